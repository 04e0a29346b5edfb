/**
 * What importing a backup does to the library, decided before anything is
 * written (pure, so it is tested as a table). Articles match by key (the
 * page's URL); the newer `updatedAt` wins; an article read on either side
 * stays read; nothing local is ever deleted.
 */
import type { SavedArticle } from '../../library/types';
import { t } from '../../i18n';

/** What the plan needs to know of a local record (the list's summary has it all). */
export type LocalRecord = Pick<SavedArticle, 'id' | 'key' | 'savedAt' | 'updatedAt' | 'read'>;

/** A record the import leaves out, and why. */
export interface Rejected {
  key: string;
  reason: string;
}

/** The changes an import makes. */
export interface ImportPlan {
  /** New to this library: stored as they are in the backup. */
  add: SavedArticle[];
  /** Newer in the backup: stored under the local id, keeping the earlier savedAt and a read state. */
  replace: SavedArticle[];
  /** Not newer in the backup but read there: only marked read here. */
  markRead: string[];
  /** Same or older in the backup: left alone. */
  unchanged: number;
  rejected: Rejected[];
}

/**
 * Plans importing `incoming` into a library holding `local`. `newId` gives an
 * id to a new record whose backup id is already another local record's (a
 * key change since; the local record is kept).
 */
export function planImport(
  incoming: SavedArticle[],
  local: LocalRecord[],
  newId: () => string = () => crypto.randomUUID(),
): ImportPlan {
  const plan: ImportPlan = { add: [], replace: [], markRead: [], unchanged: 0, rejected: [] };
  // The same page twice in one backup (an edited file): the newest copy counts.
  const newest = new Map<string, SavedArticle>();
  for (const record of incoming) {
    const seen = newest.get(record.key);
    if (!seen) {
      newest.set(record.key, record);
      continue;
    }
    const [keep, drop] = record.updatedAt > seen.updatedAt ? [record, seen] : [seen, record];
    newest.set(record.key, keep);
    plan.rejected.push({ key: drop.key, reason: t('backupDuplicate') });
  }
  const byKey = new Map(local.map((record) => [record.key, record]));
  const ids = new Set(local.map((record) => record.id));
  for (const record of newest.values()) {
    const mine = byKey.get(record.key);
    if (!mine) {
      const id = ids.has(record.id) ? newId() : record.id;
      ids.add(id);
      plan.add.push(id === record.id ? record : { ...record, id });
    } else if (record.updatedAt > mine.updatedAt) {
      plan.replace.push({
        ...record,
        id: mine.id,
        savedAt: Math.min(mine.savedAt, record.savedAt),
        read: mine.read || record.read,
      });
    } else if (record.read && !mine.read) {
      plan.markRead.push(mine.id);
    } else {
      plan.unchanged++;
    }
  }
  return plan;
}

/** What an import did, for the message shown after it. */
export interface ImportReport {
  added: number;
  updated: number;
  unchanged: number;
  rejected: Rejected[];
}

/** The report of a plan once applied. */
export function reportOf(plan: ImportPlan): ImportReport {
  return {
    added: plan.add.length,
    updated: plan.replace.length + plan.markRead.length,
    unchanged: plan.unchanged,
    rejected: plan.rejected,
  };
}
