/**
 * Lede's backup file (docs/backup-format.md): one JSON object holding every
 * saved article, the reading settings, the offline-images setting and, when
 * asked, the stored images.
 * Versioned: a Lede reads its own version and every older one it knows.
 */
import type { SavedArticle } from '../../library/types';
import type { OfflineImages, Settings } from '../../settings';

/** The value of `format`, so a backup is recognised whatever its file name. */
export const BACKUP_FORMAT = 'lede-backup';

/** The version this Lede writes, and the newest it reads. */
export const BACKUP_VERSION = 2;

/** Every version this Lede reads: its own and each older one (version 1 has no `offlineImages`). */
export const READABLE_VERSIONS = [1, 2] as const;

/**
 * The longest text a backup file can be: the longest string Chromium's
 * JavaScript engine makes (2^29 − 24 characters, about 512 MB; Firefox's is
 * twice that). A backup is written and read as one string, so a library
 * whose backup with images would be longer cannot be backed up with them.
 */
export const MAX_BACKUP_CHARS = 2 ** 29 - 24;

/** A stored image in a backup. */
export interface BackupImage {
  /** The image's remote URL, as the articles use it. */
  url: string;
  /** MIME type, e.g. "image/jpeg". */
  type: string;
  /** The bytes, base64. */
  data: string;
}

/** A backup file's content. */
export interface Backup {
  format: typeof BACKUP_FORMAT;
  /** Files this Lede writes say BACKUP_VERSION; older ones it reads say so. */
  version: (typeof READABLE_VERSIONS)[number];
  /** When the backup was made, ISO 8601. */
  exportedAt: string;
  /** The reading settings at that time. */
  settings: Settings;
  /** The offline-images setting at that time (from version 2; absent in version 1). */
  offlineImages?: OfflineImages;
  /** Every saved article, whole: body, captions, read state and dates. */
  articles: SavedArticle[];
  /** Stored images, only in a backup made with images. */
  images?: BackupImage[];
}
