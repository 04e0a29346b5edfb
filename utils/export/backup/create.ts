/** Writing a backup file. */
import type { SavedArticle } from '../../library/types';
import type { OfflineImages, Settings } from '../../settings';
import { toBase64, type ImageMap } from '../images';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from './format';

/** What goes into a backup. */
export interface BackupInput {
  articles: SavedArticle[];
  settings: Settings;
  offlineImages: OfflineImages;
  /** Stored images to include (base64); leave out for a text-only backup. */
  images?: ImageMap;
  now?: Date;
}

/** The backup as a JSON string (one object; indented only when `pretty`). */
export function createBackup(input: BackupInput, pretty = false): string {
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt: (input.now ?? new Date()).toISOString(),
    settings: input.settings,
    offlineImages: input.offlineImages,
    articles: input.articles,
  };
  if (input.images) {
    backup.images = [...input.images].map(([url, image]) => ({ url, type: image.type, data: toBase64(image.bytes) }));
  }
  return JSON.stringify(backup, null, pretty ? 2 : undefined);
}
