import type { Article } from '@/utils/extract';
import { idFromUrl, takeArticle } from '@/utils/handoff';
// The store alone, without the search engine: the reader never searches.
import { getArticle } from '@/utils/library/store';

/** What a reader address leads to. */
export type ReaderSource =
  /** `saved` is set when the article came from the library: its id and read mark. */
  | { state: 'article'; article: Article; saved: { id: string; read: boolean } | null }
  /** A popup hand-off (`?article=`) that is gone: the browser was restarted. */
  | { state: 'gone' }
  /** A saved article (`?saved=`) that is not in the library (deleted, or another profile's link). */
  | { state: 'not-saved' };

/**
 * The article a reader address names: `?saved=<id>` from the library's
 * database (never the network, so it opens offline), `?article=<id>` from
 * the popup's hand-off.
 */
export async function loadReaderArticle(href: string): Promise<ReaderSource> {
  const saved = new URL(href).searchParams.get('saved');
  if (saved !== null) {
    const article = saved ? await getArticle(saved) : undefined;
    return article ? { state: 'article', article, saved: { id: saved, read: article.read } } : { state: 'not-saved' };
  }
  const id = idFromUrl(href);
  const article = id ? await takeArticle(id) : null;
  return article ? { state: 'article', article, saved: null } : { state: 'gone' };
}
