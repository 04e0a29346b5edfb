/**
 * The extraction engine: a document in, a plain serialisable Article out.
 *
 * Pure on purpose: no wxt, browser or preact imports, so the same code runs
 * in the injected script, in vitest and in the command-line tool.
 *
 * Pipeline (order matters, see docs): clone → resolve lazy images → harvest
 * galleries → remove boilerplate → Readability → JSON-LD check → post-clean.
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { ARTICLE_VERSION, type Article } from './article';
import { articleBodyHtml, shouldUseArticleBody } from './article-body';
import { removeBoilerplate } from './boilerplate';
import { harvestGalleries } from './galleries';
import { readJsonLd } from './json-ld';
import { leadImage, mergeMetadata } from './metadata';
import { dropBylineEcho, postClean } from './post-clean';
import { pruneHostile } from './prune';
import { scanPage } from './scan';
import { flattenShadowRoots } from './shadow';
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
  const doc = document.cloneNode(true) as Document;
  // A story inside a web component's open shadow root is part of the page as shown.
  const shadows = flattenShadowRoots(document, doc);
  // Firefox shows its Reader View button only where this holds; Lede's button
  // is always there, so a page that fails it gets "No article found" and a
  // "Try anyway" instead of a page of navigation links.
  if (!options.lenient && !isProbablyReaderable(shadows ? doc : document)) return null;
  // Bounds before anything walks the page: huge, deep or giant-text pages (prune.ts).
  pruneHostile(doc.body ?? doc.documentElement);

  // 1–3: everything that needs the page as published, before Readability edits it.
  // The scan resolves lazy images as it walks, before anything reads them.
  const page = doc.body ?? doc.documentElement;
  const scan = scanPage(page);
  // JSON-LD sits in <head> or anywhere in the body (the scan collected those).
  const headScripts = doc.head ? [...doc.head.querySelectorAll('script[type="application/ld+json" i]')] : [];
  const jsonLd = readJsonLd(page === doc.body ? [...headScripts, ...scan.jsonLd] : scan.jsonLd);
  const harvest = harvestGalleries(page, url, scan, jsonLd.galleries);
  const counts = removeBoilerplate(page, scan);
  counts.related += harvest.rails;

  // 4: Readability on what is left.
  const parsed = new Readability(doc, {
    charThreshold: options.lenient ? 20 : 500,
    nbTopCandidates: options.lenient ? 10 : 5,
    // Keep the element: serialising and re-parsing it costs a quarter of Readability's own time.
    serializer: (node: Node) => node as Element,
  }).parse();
  const body = parsed?.content ?? doc.createElement('div');
  const repaired = !!jsonLd.articleBody && shouldUseArticleBody(jsonLd.articleBody, blockText(body));
  if (repaired) body.innerHTML = articleBodyHtml(doc, jsonLd.articleBody!);

  // 5: post-clean and the numbers.
  // A caption printed again in the story, with or without its credit.
  const captions = new Set(harvest.galleries.flatMap((g) => g.captions.flatMap((c) => (c.credit ? [c.text, `${c.text} ${c.credit}`] : [c.text]))));
  counts.other += postClean(body, captions);
  const meta = mergeMetadata(parsed ?? {}, jsonLd, document);
  const echo = dropBylineEcho(body, meta.byline);
  if (echo) counts.other++;
  const textContent = blockText(body);
  if (!textContent) return null;
  // Readability takes the first paragraph of its own pick as excerpt; after a repair that pick is gone.
  if ((echo && meta.excerpt === echo) || repaired) meta.excerpt = textContent.split('\n')[0];
  const wordCount = countWords(textContent);

  return {
    version: ARTICLE_VERSION,
    ...meta,
    url,
    leadImageUrl: leadImage(document, jsonLd, body, url),
    contentHtml: body.innerHTML,
    textContent,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    galleries: harvest.galleries,
    removed: { galleries: harvest.removed, ...counts },
  };
}
