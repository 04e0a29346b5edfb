/**
 * What the library page's export and import buttons run. Loaded only when
 * the user exports or imports (a dynamic import), so the zip, EPUB and
 * Markdown code never weighs on the library's first paint.
 */
import { allImages, imagesOfArticles, importImages } from '../library/images';
import { library } from '../library/schema';
import { failureOn } from '../library/store';
import type { SavedArticle } from '../library/types';
import { errorMessage } from '../error-message';
import { restoreOfflineImages } from '../library/image-access';
import { loadOfflineImages, loadSettings, normalizeSettings, updateSettings } from '../settings';
import { applyImport } from './backup/apply';
import { createBackup } from './backup/create';
import type { ImportReport } from './backup/merge-plan';
import { MAX_BACKUP_CHARS } from './backup/format';
import { readBackup } from './backup/validate';
import { defuseHtml } from './defuse';
import { fromBase64, type ImageMap } from './images';
import type { ExportFile } from './download';
import { articlesEpub } from './epub';
import { fileNameFor } from './file-name';
import { articleHtml } from './html';
import { articleMarkdown } from './markdown';
import { htmlZip, markdownZip } from './zip';
import { t, uiBytes } from '../i18n';

export { downloadFile } from './download';

/** Formats an article or a selection can be exported in. */
export type ExportFormat = 'markdown' | 'html' | 'epub';

const today = () => new Date().toISOString().slice(0, 10);

/** The whole records for `ids`, in that order ('all': every record, newest save first). */
export async function loadRecords(ids: string[] | 'all'): Promise<SavedArticle[]> {
  const db = library();
  if (ids === 'all') return (await db.articles.toArray()).sort((a, b) => b.savedAt - a.savedAt);
  const records = await db.articles.bulkGet(ids);
  return records.filter((record): record is SavedArticle => record !== undefined);
}

/**
 * The stored images an export of `articles` in `format` writes: none for a
 * single Markdown file (one .md has no folder to hold them: it keeps the
 * remote addresses), else those of exactly these articles.
 */
export async function exportImages(articles: SavedArticle[], format: ExportFormat): Promise<ImageMap | undefined> {
  if (format === 'markdown' && articles.length === 1) return undefined;
  return imagesOfArticles(articles.map((article) => article.id));
}

/**
 * The file for `articles` in `format`: one article gives one file, several a
 * zip (or one EPUB). Stored `images` are inlined in a single HTML file as
 * data: URLs, and written once as files in an EPUB and in a zip's images/
 * folder (Markdown or HTML), which the articles link to.
 */
export function exportFile(articles: SavedArticle[], format: ExportFormat, images?: ImageMap): ExportFile {
  if (!articles.length) throw new Error(t('exportNothing'));
  const one = articles.length === 1 ? articles[0] : undefined;
  if (format === 'epub') {
    const name = one ? fileNameFor(one.title, 'epub') : `lede-${articles.length}-articles-${today()}.epub`;
    return { name, type: 'application/epub+zip', data: articlesEpub(articles, { images }) };
  }
  if (format === 'markdown') {
    if (one) return { name: fileNameFor(one.title, 'md'), type: 'text/markdown;charset=utf-8', data: articleMarkdown(one) };
    return { name: `lede-markdown-${today()}.zip`, type: 'application/zip', data: markdownZip(articles, { images }) };
  }
  if (one) return { name: fileNameFor(one.title, 'html'), type: 'text/html;charset=utf-8', data: articleHtml(one, { images }) };
  return { name: `lede-html-${today()}.zip`, type: 'application/zip', data: htmlZip(articles, { images }) };
}

/** A JSON backup of the whole library and the settings; with `withImages`, the stored images too (base64). */
export async function backupFile(withImages = false): Promise<ExportFile & { count: number; images: number }> {
  const [articles, settings, offlineImages, images] = await Promise.all([
    loadRecords('all'),
    loadSettings(),
    loadOfflineImages(),
    withImages ? allImages() : undefined,
  ]);
  let data;
  try {
    data = createBackup({ articles, settings, offlineImages, images });
  } catch (error) {
    // JSON.stringify's "Invalid string length": past MAX_BACKUP_CHARS.
    if (!(error instanceof RangeError)) throw error;
    throw new Error(t(withImages ? 'backupTooLargeWithImages' : 'backupTooLarge', uiBytes(MAX_BACKUP_CHARS)), { cause: error });
  }
  return { name: `lede-backup-${today()}.json`, type: 'application/json', data, count: articles.length, images: images?.size ?? 0 };
}

/**
 * The text of the file chosen for an import. A file longer than any backup
 * can be is refused before it is read (reading it would fail, or take the
 * page's memory).
 */
export async function backupText(file: Blob): Promise<string> {
  const refuse = (why: string, cause?: unknown) => new Error(t('importNothingChanged', why), { cause });
  if (file.size > MAX_BACKUP_CHARS) throw refuse(t('backupFileTooLarge', uiBytes(file.size), uiBytes(MAX_BACKUP_CHARS)));
  return file.text().catch((error: unknown) => {
    throw refuse(errorMessage(error), error);
  });
}

/** What an import did: the merge's counts, and whether the backup wants offline images that need the user's grant. */
export interface ImportResult extends ImportReport {
  /** The backup kept images for offline reading, and Lede lacks the access here: the switch must be turned on. */
  imagesNeedAccess: boolean;
  /**
   * Why the settings or the images could not all be stored, after the
   * articles were (a full disk, for one): the articles stay imported.
   */
  laterFailure?: string;
}

/**
 * Imports a backup file's text: checked whole first (a refused file throws
 * a message naming the first problem, and nothing is changed), HTML defused,
 * merged in one transaction (a failure there changes nothing either), then
 * the backup's settings applied (a version 1 file has no offline-images
 * setting: the one here stays) and its images stored. A failure in those
 * last steps comes back as `laterFailure`: the articles are in by then.
 */
export async function importBackup(json: string): Promise<ImportResult> {
  let backup;
  try {
    backup = readBackup(json);
  } catch (error) {
    throw new Error(t('importNothingChanged', errorMessage(error)), { cause: error });
  }
  // A StoreError says itself that nothing already saved was changed.
  const report = await applyImport(backup.articles, defuseHtml);
  let imagesNeedAccess = false;
  try {
    await updateSettings(normalizeSettings(backup.settings));
    if (backup.offlineImages) imagesNeedAccess = await restoreOfflineImages(backup.offlineImages);
    if (backup.images?.length) {
      // After the articles' commit: images attach to the articles that use them.
      const map = new Map(backup.images.map((image) => [image.url, { type: image.type, bytes: fromBase64(image.data) }]));
      await importImages(map).catch(async (error: unknown) => {
        throw await failureOn(library(), error);
      });
    }
  } catch (error) {
    return { ...report, imagesNeedAccess, laterFailure: errorMessage(error) };
  }
  return { ...report, imagesNeedAccess };
}
