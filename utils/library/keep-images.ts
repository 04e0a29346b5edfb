import type { Article } from '@/utils/extract';
import { loadOfflineImages } from '@/utils/settings';
import { imageUrlsOf, keepImages, type ImageOutcome } from './images';
import { getArticle } from './store';

/**
 * After a save has committed: keeps the article's images when the user
 * turned offline images on. Never throws (the article is saved either way);
 * undefined when the setting is off or the images could not be stored.
 */
export async function keepImagesIfEnabled(article: Article, articleId: string): Promise<ImageOutcome | undefined> {
  try {
    const setting = await loadOfflineImages();
    if (!setting.enabled) return undefined;
    return await keepImages(articleId, imageUrlsOf(article), setting.capBytes);
  } catch {
    return undefined;
  }
}

/** The message a page sends the background after a save, so the download outlives a popup that closes. */
export interface KeepImagesMessage {
  type: 'lede:keep-images';
  /** The saved article's id. */
  id: string;
}

/** Whether `message` asks the background to keep a saved article's images (an id is a UUID: short). */
export function isKeepImagesMessage(message: unknown): message is KeepImagesMessage {
  const m = message as Partial<KeepImagesMessage> | null;
  return typeof m === 'object' && m !== null && m.type === 'lede:keep-images' && typeof m.id === 'string' && m.id.length <= 64;
}

/**
 * Whether a message comes from one of Lede's own pages (popup, library,
 * reader): this extension, at an address inside it, in a top-level frame
 * (no page may frame Lede's: its CSP says frame-ancestors 'none'). The
 * injected extraction script also runs as this extension, in pages'
 * isolated worlds; its sender carries the page's address, so it fails this
 * check.
 */
export function isFromOwnPage(
  sender: { id?: string; url?: string; frameId?: number },
  extensionId: string,
  extensionOrigin: string,
): boolean {
  return sender.id === extensionId && typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin)
    && (sender.frameId === undefined || sender.frameId === 0);
}

/** The background's side: reads the committed article and keeps its images. */
export async function keepImagesOfSaved(id: string): Promise<ImageOutcome | undefined> {
  const article = await getArticle(id).catch(() => undefined);
  return article ? keepImagesIfEnabled(article, id) : undefined;
}
