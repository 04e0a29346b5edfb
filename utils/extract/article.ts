/**
 * The Article: what the engine returns, what the popup shows and what the
 * library will save. Plain data only (it crosses `scripting.executeScript`
 * and is stored as JSON), so no DOM nodes, class instances or Dates.
 */

/** Bumped whenever a field changes meaning, so saved articles can be migrated. */
export const ARTICLE_VERSION = 1;

/** One photo of a gallery, as the page captioned it. */
export interface Caption {
  /** Caption text, without the credit when the credit could be separated. */
  text: string;
  /** Photographer / agency credit, e.g. "REUTERS/Umit Bektas". */
  credit?: string;
  /** Absolute URL of the photo, where the page gave one. */
  imageUrl?: string;
}

/** A photo gallery or slideshow taken out of the story. */
export interface Gallery {
  /** The gallery's own title ("Twin suicide bombings in Ankara, Turkey"), or "" if it had none. */
  title: string;
  /** The photo count the page states ("15 PHOTOS"), else the number of captions found. */
  photoCount: number;
  /** Captions in page order. */
  captions: Caption[];
}

/** How many blocks of each kind the engine took out before Readability ran. */
export interface RemovedCounts {
  galleries: number;
  ads: number;
  signups: number;
  related: number;
  other: number;
}

/** Nothing removed: the counts of a page read without the clean-up. */
export function noneRemoved(): RemovedCounts {
  return { galleries: 0, ads: 0, signups: 0, related: 0, other: 0 };
}

export interface Article {
  /** Shape version of this object; see ARTICLE_VERSION. */
  version: number;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 where the page gave a parseable date, else the page's own string. */
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl' | null;
  excerpt: string | null;
  /** The page the article was read from. */
  url: string;
  leadImageUrl: string | null;
  /** Cleaned story HTML. Not sanitised: every extension page must sanitise before rendering. */
  contentHtml: string;
  /** Story text with a line break between blocks (paragraphs, headings, list items). */
  textContent: string;
  wordCount: number;
  readingMinutes: number;
  galleries: Gallery[];
  removed: RemovedCounts;
  /**
   * Steps of the engine that failed on this page and what was done instead
   * ("the post-clean failed (TypeError: …): skipped"); empty when all went
   * well. Optional: articles saved before it existed have none.
   */
  warnings?: string[];
}
