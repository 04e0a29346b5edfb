/**
 * Reading a backup file: parse, then check the version and every field
 * before anything is stored. The first problem rejects the whole file with a
 * message naming it; nothing is half-imported.
 */
import { ARTICLE_VERSION } from '../../extract/article';
import type { SavedArticle } from '../../library/types';
import { FONTS, IMAGE_CAPS, TEXT_SIZES, THEMES, WIDTHS, type OfflineImages, type Settings } from '../../settings';
import { BackupError, boolean, list, nullable, number, object, oneOf, text, url, type Check } from './checks';
import { BACKUP_FORMAT, BACKUP_VERSION, READABLE_VERSIONS, type Backup } from './format';
import { t } from '../../i18n';

export { BackupError } from './checks';

/** Longest story (HTML or text) a backup may hold: far above any article, far below what would hang a tab. */
export const MAX_BODY = 10_000_000;
/** Longest title, byline, caption and other short text. */
export const MAX_SHORT = 10_000;
/** Longest URL. */
export const MAX_URL = 8_192;
/** Longest base64 image: a 20 MB image (the largest a save keeps) is 26.7 M characters. */
export const MAX_IMAGE = 28_000_000;

/**
 * Addresses are checked for being addresses, not for their scheme: the
 * engine keeps what the page gave (a lead image can be a data: or a
 * relative-turned-odd URL), a backup must restore it, and every renderer and
 * export lets only http(s) through (httpUrl). Image files, which are fetched, must be http(s).
 */
const anyUrl = { test: (value: string) => URL.canParse(value), what: () => t('backupWhatAddress') };
const webUrl = url(['http:', 'https:']);
const count = number(0);
const epochMs = number(0);

const caption = object({ text: text(MAX_SHORT), credit: text(MAX_SHORT), imageUrl: text(MAX_URL) }, ['credit', 'imageUrl']);
const gallery = object({ title: text(MAX_SHORT), photoCount: count, captions: list(caption, 10_000) });

/** Every field of a saved article. Typed by SavedArticle's keys: a new field fails to compile until it is checked here. */
const ARTICLE_FIELDS: Record<keyof SavedArticle, Check> = {
  version: (value, path) => {
    number(1)(value, path);
    if ((value as number) > ARTICLE_VERSION) throw new BackupError(t('backupFieldProblem', path, t('backupNewerArticle', value as number)));
  },
  id: text(200, { test: (s) => s.trim() !== '', what: () => t('backupWhatId') }),
  key: text(MAX_URL, { test: (s) => s.trim() !== '', what: () => t('backupWhatKey') }),
  title: text(MAX_SHORT),
  byline: nullable(text(MAX_SHORT)),
  siteName: nullable(text(MAX_SHORT)),
  publishedTime: nullable(text(200)),
  lang: nullable(text(100)),
  dir: oneOf(['ltr', 'rtl', null]),
  excerpt: nullable(text(MAX_SHORT * 10)),
  url: text(MAX_URL, anyUrl),
  leadImageUrl: nullable(text(MAX_URL)),
  contentHtml: text(MAX_BODY),
  textContent: text(MAX_BODY),
  wordCount: count,
  readingMinutes: number(0, false),
  galleries: list(gallery, 1_000),
  removed: object({ galleries: count, ads: count, signups: count, related: count, other: count }),
  warnings: list(text(MAX_SHORT), 1_000),
  savedAt: epochMs,
  updatedAt: epochMs,
  read: boolean,
};

const SETTINGS_FIELDS: Record<keyof Settings, Check> = {
  theme: oneOf(THEMES),
  font: oneOf(FONTS),
  textSize: oneOf(TEXT_SIZES),
  width: oneOf(Object.keys(WIDTHS)),
  showCaptions: boolean,
};

const OFFLINE_IMAGES_FIELDS: Record<keyof OfflineImages, Check> = {
  enabled: boolean,
  capBytes: oneOf(IMAGE_CAPS),
};

const base64 = { test: (s: string) => s.length % 4 === 0 && /^[A-Za-z0-9+/]*={0,2}$/.test(s), what: () => t('backupWhatBase64') };
const image = object({
  url: text(MAX_URL, webUrl),
  type: text(100, { test: (s) => /^image\/[\w.+-]+$/.test(s), what: () => t('backupWhatImageType') }),
  data: text(MAX_IMAGE, base64),
});

/** The fields of a version 1 file. */
const FIELDS_V1 = {
  format: oneOf([BACKUP_FORMAT]),
  version: oneOf(READABLE_VERSIONS),
  exportedAt: text(100, { test: (s) => !Number.isNaN(Date.parse(s)), what: () => t('backupWhatDate') }),
  settings: object(SETTINGS_FIELDS),
  // `warnings` came later (the engine's fallbacks): backups made before it have none.
  articles: list(object(ARTICLE_FIELDS, ['warnings']), 1_000_000),
  images: list(image, 1_000_000),
};

/** Each version's fields: version 2 added the offline-images setting (required in it, unknown to version 1). */
const FIELDS: Record<(typeof READABLE_VERSIONS)[number], Record<string, Check>> = {
  1: FIELDS_V1,
  2: { ...FIELDS_V1, offlineImages: object(OFFLINE_IMAGES_FIELDS) },
};

/** Parses `json`, saying "empty", "a zip" or "truncated" for the files users pick by mistake or get cut. */
function parse(json: string): unknown {
  if (!json.trim()) throw new BackupError(t('backupEmpty'));
  // A zip's local file header, "PK\x03\x04": an EPUB or a zip export chosen instead of the backup.
  if (json.startsWith('PK\u0003\u0004')) throw new BackupError(t('backupZip'));
  try {
    return JSON.parse(json);
  } catch (error) {
    const message = (error as Error).message;
    // Engines say "Unexpected end of JSON input", or name the position where the text stopped.
    const position = Number(/position (\d+)/.exec(message)?.[1] ?? Number.NaN);
    if (/end of (JSON )?input/i.test(message) || position >= json.trimEnd().length) {
      throw new BackupError(t('backupTruncated'));
    }
    // The parser quotes the file: a binary one would put control characters in the message.
    throw new BackupError(t('backupNotJson', message.replace(/[\p{Cc}\uFFFD]+/gu, '…')));
  }
}

/** The backup in `json`, checked field by field; throws BackupError naming the first problem. */
export function readBackup(json: string): Backup {
  const value = parse(json);
  if (typeof value !== 'object' || value === null || Array.isArray(value) || (value as { format?: unknown }).format !== BACKUP_FORMAT) {
    throw new BackupError(t('backupNoFormat', BACKUP_FORMAT));
  }
  const version = (value as { version?: unknown }).version;
  if (typeof version === 'number' && version > BACKUP_VERSION) {
    throw new BackupError(t('backupNewer', version, BACKUP_VERSION));
  }
  if (!(READABLE_VERSIONS as readonly unknown[]).includes(version)) {
    throw new BackupError(t('backupUnknownVersion', JSON.stringify(version)?.slice(0, 20) ?? '', BACKUP_VERSION));
  }
  try {
    object(FIELDS[version as Backup['version']], ['images'])(value, 'backup');
  } catch (error) {
    if (error instanceof BackupError) throw new BackupError(t('backupInvalid', error.message));
    throw error;
  }
  return value as Backup;
}
