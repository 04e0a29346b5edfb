import type { Article } from '@/utils/extract';
import { loadOfflineImages } from '@/utils/settings';
import { imageUrlsOf, keepImages, type ImageOutcome } from './images';

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
