/**
 * The extraction engine: a document in, a plain serialisable Article out.
 *
 * Pure on purpose: no wxt, browser or preact imports, so the same code runs
 * in the injected script, in vitest and in the command-line tool.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { ARTICLE_VERSION, type Article } from './article';
import { blockText, countWords, readingMinutes } from './text';

export type { Article, Caption, Gallery, RemovedCounts } from './article';

export interface ExtractOptions {
  /**
   * "Try anyway": skip the is-this-an-article check and lower Readability's
   * thresholds, for pages it judges too short or too list-like.
   */
  lenient?: boolean;
}

/**
 * Extract the article from `document`, which is read but never changed: the
 * engine works on a clone, as Readability rewrites the DOM it parses.
 * Returns null when no article is found.
 */
export function extractArticle(
  document: Document,
  url: string,
  options: ExtractOptions = {},
): Article | null {
  // Firefox shows its Reader View button only where this holds; Lede's button
  // is always there, so a page that fails it gets "No article found" and a
  // "Try anyway" instead of a page of navigation links.
  if (!options.lenient && !isProbablyReaderable(document)) return null;
  const doc = document.cloneNode(true) as Document;
  const parsed = new Readability(doc, {
    charThreshold: options.lenient ? 20 : 500,
    nbTopCandidates: options.lenient ? 10 : 5,
  }).parse();
  if (!parsed || !parsed.content) return null;

  const body = doc.createElement('div');
  body.innerHTML = parsed.content;
  const textContent = blockText(body);
  if (!textContent) return null;
  const wordCount = countWords(textContent);

  return {
    version: ARTICLE_VERSION,
    title: parsed.title?.trim() || document.title.trim(),
    byline: parsed.byline?.trim() || null,
    siteName: parsed.siteName?.trim() || null,
    publishedTime: parsed.publishedTime?.trim() || null,
    lang: parsed.lang || document.documentElement.lang || null,
    dir: parsed.dir === 'rtl' ? 'rtl' : parsed.dir === 'ltr' ? 'ltr' : null,
    excerpt: parsed.excerpt?.trim() || null,
    url,
    leadImageUrl: null,
    contentHtml: parsed.content,
    textContent,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    galleries: [],
    removed: { galleries: 0, ads: 0, signups: 0, related: 0, other: 0 },
  };
}
