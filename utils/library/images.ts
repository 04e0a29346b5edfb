import type { Article } from '@/utils/extract';
import type { ImageMap, StoredImage } from '@/utils/export/images';
import { library, type ImageRow } from './schema';

/**
 * Offline copies of saved articles' images (opt-in). A save commits the
 * article first; the images follow in a transaction of their own, so
 * "Saved" never waits on the network and a failed image never fails a save.
 */

/** What keeping one article's images did: how many were stored, how many skipped (too big, failed, not an image). */
export interface ImageOutcome {
  stored: number;
  skipped: number;
  /** Bytes stored for the article. */
  bytes: number;
}

/** Fetches one image; injectable for tests. */
export type ImageFetch = (url: string) => Promise<Response>;

/** No cookies and no referrer: the copy is fetched as a stranger, telling the site nothing about the reader. */
export const fetchImage: ImageFetch = (url) => fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer' });

const ENTITIES: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#39;': "'", '&lt;': '<', '&gt;': '>' };

/**
 * Every http(s) image an article shows: the body's <img src> (the engine
 * serialises attributes double-quoted, with entities), the lead image and
 * the gallery thumbnails. Relative sources resolve against the article's URL.
 * A regex, not a DOM parser: saves also run in the service worker, which has none.
 */
export function imageUrlsOf(article: Pick<Article, 'contentHtml' | 'url' | 'leadImageUrl' | 'galleries'>): string[] {
  const found: string[] = [];
  for (const match of article.contentHtml.matchAll(/<img\b[^>]*?\ssrc="([^"]*)"/gi)) {
    found.push(match[1].replace(/&(amp|quot|#39|lt|gt);/g, (entity) => ENTITIES[entity]));
  }
  if (article.leadImageUrl) found.push(article.leadImageUrl);
  for (const gallery of article.galleries) for (const caption of gallery.captions) if (caption.imageUrl) found.push(caption.imageUrl);
  const urls = new Set<string>();
  for (const raw of found) {
    try {
      const url = new URL(raw, article.url);
      if (url.protocol === 'http:' || url.protocol === 'https:') urls.add(url.href);
    } catch {
      // Not a URL: nothing to keep.
    }
  }
  return [...urls];
}

/**
 * Fetches the `urls` not yet stored for `articleId`, one at a time, and
 * stores those that fit in `capBytes` (counting what is already kept);
 * images the article no longer uses are dropped. Oversized, failed and
 * non-image responses are skipped and counted; a copy kept by an earlier
 * save is never replaced by a failure (a re-save while offline loses nothing).
 */
export async function keepImages(
  articleId: string,
  urls: readonly string[],
  capBytes: number,
  fetcher: ImageFetch = fetchImage,
): Promise<ImageOutcome> {
  const db = library();
  const kept = new Map((await db.images.where('articleId').equals(articleId).toArray()).map((row) => [row.url, row.size]));
  const rows: ImageRow[] = [];
  let bytes = 0;
  let skipped = 0;
  for (const url of urls) bytes += kept.get(url) ?? 0;
  for (const url of urls) {
    if (kept.has(url)) continue;
    try {
      const response = await fetcher(url);
      const type = (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
      const declared = Number(response.headers.get('content-length'));
      if (!response.ok || !type.startsWith('image/') || (declared > 0 && bytes + declared > capBytes)) {
        skipped++;
        void response.body?.cancel().catch(() => {});
        continue;
      }
      const blob = await response.blob();
      if (bytes + blob.size > capBytes) {
        skipped++;
        continue;
      }
      bytes += blob.size;
      rows.push({ articleId, url, type, blob: new Blob([blob], { type }), size: blob.size });
    } catch {
      skipped++;
    }
  }
  const wanted = new Set(urls);
  await db.transaction('rw', db.images, db.articles, async () => {
    await db.images
      .where('articleId')
      .equals(articleId)
      .filter((row) => !wanted.has(row.url))
      .delete();
    // The article may have been deleted while its images downloaded.
    if (await db.articles.get(articleId)) await db.images.bulkPut(rows);
  });
  const stored = urls.filter((url) => kept.has(url)).length + rows.length;
  return { stored, skipped, bytes };
}

/** An article's stored images by URL. */
export async function imagesOf(articleId: string): Promise<Map<string, Blob>> {
  const rows = await library().images.where('articleId').equals(articleId).toArray();
  return new Map(rows.map((row) => [row.url, row.blob]));
}

/** How many images are stored for `articleId`. */
export function imageCountOf(articleId: string): Promise<number> {
  return library().images.where('articleId').equals(articleId).count();
}

/** Bytes of stored images per article id. */
export async function imageBytesByArticle(): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  await library().images.each((row) => sizes.set(row.articleId, (sizes.get(row.articleId) ?? 0) + row.size));
  return sizes;
}

/** Adds `rows` to `map` as the exports take them, one copy per URL (a copy already there is not read again). */
async function addRows(map: Map<string, StoredImage>, rows: ImageRow[]): Promise<void> {
  for (const row of rows) {
    if (!map.has(row.url)) map.set(row.url, { type: row.type, bytes: new Uint8Array(await row.blob.arrayBuffer()) });
  }
}

/** Every stored image as the exports take them (one copy per URL). */
export async function allImages(): Promise<ImageMap> {
  const map = new Map<string, StoredImage>();
  await addRows(map, await library().images.toArray());
  return map;
}

/**
 * The stored images of exactly `articleIds` (one copy per URL), read through
 * the articleId index an article at a time: an export holds the images it
 * writes, never the rest of the library's.
 */
export async function imagesOfArticles(articleIds: Iterable<string>): Promise<ImageMap> {
  const map = new Map<string, StoredImage>();
  const table = library().images;
  for (const id of new Set(articleIds)) await addRows(map, await table.where('articleId').equals(id).toArray());
  return map;
}

/**
 * Stores imported images for every saved article whose body, lead image or
 * captions use their URL; images no article uses are dropped.
 */
export async function importImages(images: ImageMap): Promise<number> {
  const db = library();
  const rows: ImageRow[] = [];
  await db.articles.each((article) => {
    for (const url of imageUrlsOf(article)) {
      const image = images.get(url);
      if (image) {
        const blob = new Blob([image.bytes as Uint8Array<ArrayBuffer>], { type: image.type });
        rows.push({ articleId: article.id, url, type: image.type, blob, size: blob.size });
      }
    }
  });
  await db.images.bulkPut(rows);
  return rows.length;
}

/** Drops every stored image (the setting turned off). */
export function clearImages(): Promise<void> {
  return library().images.clear();
}

/** Drops images whose article is gone (deleted, and its Undo window over). */
export async function pruneOrphanImages(): Promise<number> {
  const db = library();
  return db.transaction('rw', db.images, db.articles, async () => {
    const ids = new Set(await db.articles.toCollection().primaryKeys());
    return db.images.filter((row) => !ids.has(row.articleId)).delete();
  });
}
