import { t, type MessageKey } from '../i18n';

/** What went wrong with the library's database, as far as a user can act on it. */
export type StoreErrorKind = 'quota' | 'closed' | 'unknown';

const MESSAGES: Record<StoreErrorKind, MessageKey> = {
  quota: 'storeQuota',
  closed: 'storeClosed',
  unknown: 'storeUnknown',
};

/** A failed library operation. `message` is written for the user; `cause` keeps the original error. */
export class StoreError extends Error {
  readonly kind: StoreErrorKind;

  constructor(kind: StoreErrorKind, options?: { cause?: unknown; detail?: string }) {
    super(options?.detail ? t('storeErrorDetail', t(MESSAGES[kind]), options.detail) : t(MESSAGES[kind]), { cause: options?.cause });
    this.name = 'StoreError';
    this.kind = kind;
  }
}

/** Error names (DOMException or Dexie) that mean the connection is gone rather than the data being bad. */
const CLOSED_NAMES = new Set(['DatabaseClosedError', 'InvalidStateError', 'TransactionInactiveError']);

/**
 * The names along an error's chain: Dexie wraps the IndexedDB error it got
 * (`inner`), and an aborted transaction carries the abort's cause.
 */
function names(error: unknown): string[] {
  const found: string[] = [];
  let current = error as { name?: unknown; inner?: unknown; cause?: unknown } | undefined;
  for (let depth = 0; current && depth < 5; depth++) {
    if (typeof current.name === 'string') found.push(current.name);
    current = (current.inner ?? current.cause) as typeof current;
  }
  return found;
}

/** What else is known when an operation failed. */
export interface FailureContext {
  /**
   * The IndexedDB transaction's own `error`: when a transaction aborts, its
   * pending requests fail with a bare AbortError and only the transaction
   * says why (QuotaExceededError at commit, for one).
   */
  transactionError?: unknown;
  /** The connection was closed under the operation (forced close, shutdown, an upgrade elsewhere). */
  connectionLost?: boolean;
}

/**
 * Room left for the library below which a failed operation is put down to a
 * full disk: a save or an import needs far less than this when it fits.
 */
export const LOW_ROOM_BYTES = 10 * 1024 * 1024;

/** How long the storage estimate may take: a failure's message must not wait on a browser in trouble. */
export const ESTIMATE_WAIT_MS = 2000;

/** Whether the browser says almost no room is left for Lede's storage (false when it cannot say in time). */
async function roomIsLow(): Promise<boolean> {
  try {
    // The timer is left to run out: it only settles a race that is already decided.
    const late = new Promise<undefined>((done) => setTimeout(done, ESTIMATE_WAIT_MS));
    const estimate = await Promise.race([navigator.storage.estimate(), late]);
    return estimate?.usage !== undefined && estimate.quota !== undefined && estimate.quota - estimate.usage < LOW_ROOM_BYTES;
  } catch {
    return false;
  }
}

/**
 * toStoreError, and where that cannot name the cause, a look at the room
 * left: Chromium reports a full disk not as a QuotaExceededError but as an
 * "Internal error: backing store error…" UnknownError or an aborted
 * transaction, and then closes the connection (every later operation fails
 * as "closed"). Its storage estimate then puts the quota within a few kB of
 * the usage (measured on a full 64 MB disk: 8 kB apart; on a healthy one the
 * quota is a share of the free disk), so a quota within LOW_ROOM_BYTES of
 * the usage means the disk is full.
 */
export async function storeFailure(error: unknown, context: FailureContext = {}): Promise<StoreError> {
  const known = toStoreError(error, context);
  if (known.kind === 'quota' || !(await roomIsLow())) return known;
  return new StoreError('quota', { cause: error });
}

/** Any error from Dexie or IndexedDB as a StoreError with a message a user can act on. */
export function toStoreError(error: unknown, context: FailureContext = {}): StoreError {
  if (error instanceof StoreError) return error;
  const chain = [...names(error), ...names(context.transactionError)];
  if (chain.includes('QuotaExceededError')) return new StoreError('quota', { cause: error });
  if (context.connectionLost || chain.some((name) => CLOSED_NAMES.has(name))) {
    return new StoreError('closed', { cause: error });
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new StoreError('unknown', { cause: error, detail });
}
