import type { Article } from '@/utils/extract';
import type { SavedArticle, SavedSummary, SearchDocument } from './types';

/** The list's copy of a record: everything but the body. */
export function toSummary(record: SavedArticle): SavedSummary {
  return {
    id: record.id,
    key: record.key,
    url: record.url,
    title: record.title,
    byline: record.byline,
    siteName: record.siteName,
    excerpt: record.excerpt,
    publishedTime: record.publishedTime,
    lang: record.lang,
    dir: record.dir,
    wordCount: record.wordCount,
    readingMinutes: record.readingMinutes,
    leadImageUrl: record.leadImageUrl,
    savedAt: record.savedAt,
    updatedAt: record.updatedAt,
    read: record.read,
    captionCount: (record.galleries ?? []).reduce((sum, gallery) => sum + gallery.captions.length, 0),
  };
}

/**
 * The site an article is filed under: its site name when the page gave one,
 * else its host without "www.". The library's site filter and the search's
 * `site` option both use this.
 */
export function siteOf(article: Pick<Article, 'siteName' | 'url'>): string {
  if (article.siteName?.trim()) return article.siteName.trim();
  try {
    return new URL(article.url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The text the search index holds for a record. */
export function searchDocument(record: SavedArticle): SearchDocument {
  const captions = (record.galleries ?? []).flatMap((gallery) => [
    gallery.title,
    ...gallery.captions.flatMap((caption) => [caption.text, caption.credit ?? '']),
  ]);
  return {
    id: record.id,
    title: record.title,
    byline: record.byline ?? '',
    siteName: record.siteName ?? '',
    textContent: record.textContent,
    captions: captions.filter(Boolean).join('\n'),
    site: siteOf(record),
  };
}
