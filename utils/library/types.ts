import type { Article } from '@/utils/extract';

/** A saved article: the Article exactly as the popup showed it, plus what the library needs. */
export interface SavedArticle extends Article {
  /** Random UUID, stable across updates of the same page. */
  id: string;
  /** Dedupe key: the page's canonical URL when declared, else the tab URL without its fragment. */
  key: string;
  /** Epoch ms of the first save. */
  savedAt: number;
  /** Epoch ms of the latest save or update (an import merge keeps the newer one). */
  updatedAt: number;
  /** Read state, kept across updates and imports. */
  read: boolean;
}

/** What the list needs, without the body (the list must not load bodies). */
export type SavedSummary = Pick<
  SavedArticle,
  | 'id'
  | 'key'
  | 'url'
  | 'title'
  | 'byline'
  | 'siteName'
  | 'excerpt'
  | 'publishedTime'
  | 'lang'
  | 'dir'
  | 'wordCount'
  | 'readingMinutes'
  | 'leadImageUrl'
  | 'savedAt'
  | 'updatedAt'
  | 'read'
> & {
  /** Captions over all galleries, so the list can say "12 captions" without the body. */
  captionCount: number;
};

/** One search result. */
export interface SearchHit {
  id: string;
  score: number;
  /** Matched terms as indexed (lower case, accents folded), for highlighting. */
  terms: string[];
}

/** The text the search index holds for one article; nothing else of it is indexed. */
export interface SearchDocument {
  id: string;
  title: string;
  byline: string;
  siteName: string;
  textContent: string;
  /** Gallery titles, captions and credits, one per line. */
  captions: string;
  /** The site filter's value (see siteOf); the one stored field. */
  site: string;
}
