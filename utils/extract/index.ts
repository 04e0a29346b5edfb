/**
 * The extraction engine: a document in, a plain serialisable Article out.
 *
 * Pure on purpose: no wxt, browser or preact imports, so the same code runs
 * in the injected script, in vitest and in the command-line tool.
 *
 * Pipeline (order matters, see docs): clone → resolve lazy images → harvest
 * galleries → remove boilerplate → Readability → JSON-LD check → post-clean
 * → is it an article? Every step runs guarded (fallback.ts).
 */
import { Readability } from '@mozilla/readability';
import { ARTICLE_VERSION, noneRemoved, type Article, type Gallery, type RemovedCounts } from './article';
import { articleBodyHtml, bodyCoverage, shouldUseArticleBody } from './article-body';
import { removeBoilerplate } from './boilerplate';
import { scriptGalleries } from './data-galleries';
import { continueStory, originsOf } from './continuation';
import { describe, Guard } from './fallback';
import { harvestGalleries } from './galleries';
import { NO_JSON_LD, readJsonLd, type JsonLdInfo } from './json-ld';
import { leadWindow, restoreLead, type LeadBlock } from './lead';
import { leadImage, mergeMetadata, pageTitles, rawMetadata } from './metadata';
import { dropBylineEcho, postClean } from './post-clean';
import { noscriptBlock } from './noscript';
import { PageTooLargeError, pruneHostile } from './prune';
import { fastReadability } from './readability-fast';
import { scanPage } from './scan';
import { densestBlock, readBlock } from './second-opinion';
import { flattenShadowRoots } from './shadow';
import type { StoryMeta } from './date-lines';
import { structuralClean, type RemovalTrace } from './structure';
import { blockText, changedLines, countWords, readerText, readingMinutes } from './text';
import { isArticle, isArticleShape, readShape } from './verdict';

export type { Article, Caption, Gallery, RemovedCounts } from './article';

export interface ExtractOptions {
  /**
   * "Try anyway": show whatever Readability finds, even when it does not pass
   * the is-this-an-article rule (verdict.ts), with Readability's thresholds
   * lowered for pages it judges too short or too list-like.
   */
  lenient?: boolean;
  /** Told of each block the structural pass removes (rule, text): for `npm run eval` and debugging. */
  trace?: RemovalTrace;
  /** Collects milliseconds per engine step (summed by step name): for `npm run bench:engine`. */
  timings?: Map<string, number>;
}

/** What the passes before Readability found and took out. */
interface Prepared {
  jsonLd: JsonLdInfo;
  galleries: Gallery[];
  counts: RemovedCounts;
  /** Characters of text in the page's <p> elements (the scan's count): what a second opinion could find. */
  paragraphChars: number;
  /** The blocks right after the headline, for a lead Readability's pick starts below (lead.ts). */
  lead: LeadBlock[];
}

/** The passes that need the page as published, before Readability edits it (steps 1–3). */
function prepare(doc: Document, url: string): Prepared {
  // The scan resolves lazy images as it walks, before anything reads them.
  const page = doc.body ?? doc.documentElement;
  const scan = scanPage(page);
  // JSON-LD sits in <head> or anywhere in the body (the scan collected those).
  const headScripts = doc.head ? [...doc.head.querySelectorAll('script[type="application/ld+json" i]')] : [];
  const jsonLd = readJsonLd(page === doc.body ? [...headScripts, ...scan.jsonLd] : scan.jsonLd);
  const data = [...jsonLd.galleries, ...scriptGalleries(doc.head, scan.scripts)];
  const harvest = harvestGalleries(page, url, scan, data);
  const counts = removeBoilerplate(page, scan);
  counts.related += harvest.rails;
  const lead = leadWindow(page, pageTitles(doc, jsonLd));
  return { jsonLd, galleries: harvest.galleries, counts: { galleries: harvest.removed, ...counts }, paragraphChars: scan.paragraphChars, lead };
}

/**
 * The engine's copy of the page: a clone (Readability rewrites the DOM it
 * parses), with open shadow roots flattened into it (a story inside a web
 * component is part of the page as shown) and pruned to bounds no page can
 * stretch (prune.ts: giant text, deep nesting, huge link farms).
 */
function clonePage(document: Document): Document {
  const doc = document.cloneNode(true) as Document;
  flattenShadowRoots(document, doc);
  pruneHostile(doc.body ?? doc.documentElement);
  return doc;
}

/** A pick with fewer words of prose than this gets a second opinion even when it reads as an article. */
const POOR_PICK_WORDS = 200;
/** The second opinion overrules an article only with this many times its prose … */
const OVERRULE_FACTOR = 2;
/** … and shares under this share of its sentences with the pick, and of the pick's with it. */
const MAX_SHARED = 0.5;

/**
 * The story from the block with the most prose on a freshly cleaned copy of
 * the page, cleaned as Readability's pick is, when it reads as an article
 * (and, over a `pick` that reads as one, holds twice its prose and is a
 * different container, not a bigger one around it); else null. Costs a second clone and clean-up, on
 * refused and prose-poor pages only.
 */
function secondOpinion(
  document: Document, url: string, captions: Set<string>, pick: { words: number; text: string } | null,
): { content: Element; removed: number } | null {
  const fresh = clonePage(document);
  prepare(fresh, url);
  const block = densestBlock(fresh.body ?? fresh.documentElement);
  if (!block) return null;
  const content = readBlock(block.el, url);
  const removed = structuralClean(content, url) + postClean(content, captions);
  const shape = readShape(content);
  if (!isArticleShape(shape)) return null;
  if (pick) {
    // A different container, not a bigger one around the pick: they share under half of either's sentences.
    const text = blockText(content);
    if (shape.proseWords < pick.words * OVERRULE_FACTOR || bodyCoverage(text, pick.text) >= MAX_SHARED || bodyCoverage(pick.text, text) >= MAX_SHARED) return null;
  }
  return { content, removed };
}

/** The story in the page's <noscript> (noscript.ts), cleaned as a pick is, when it reads as an article; else null. */
function noscriptOpinion(document: Document, url: string, captions: Set<string>, trace?: RemovalTrace): { content: Element; removed: number } | null {
  const block = noscriptBlock(document);
  if (!block) return null;
  // Readability's reading of it whenever it finds one: a <noscript> may hold the whole page, menus and all.
  const content = readBlock(block, url, 0);
  const removed = structuralClean(content, url) + postClean(content, captions);
  if (!isArticleShape(readShape(content))) return null;
  trace?.('+noscript', blockText(content));
  return { content, removed };
}

/** Readability on `doc`, returning the article element rather than its HTML. */
function readability(doc: Document, lenient: boolean) {
  return fastReadability(new Readability(doc, {
    charThreshold: lenient ? 20 : 500,
    nbTopCandidates: lenient ? 10 : 5,
    // Keep the element: serialising and re-parsing it costs a quarter of Readability's own time.
    serializer: (node: Node) => node as Element,
  })).parse();
}

/**
 * Extract the article from `document`, which is read but never changed: the
 * engine works on a clone, as Readability rewrites the DOM it parses.
 * Returns null when no article is found. Never throws for a page: a step
 * that fails is skipped or replaced (fallback.ts) and named in `warnings`.
 */
export function extractArticle(document: Document, url: string, options: ExtractOptions = {}): Article | null {
  const guard = new Guard(options.timings);
  const lenient = !!options.lenient;
  try {
    return read(document, url, lenient, guard, options.trace);
  } catch (error) {
    // Too large to read is an answer for the user, not a step to fall back from.
    if (error instanceof PageTooLargeError) throw error;
    // Only a step outside every guard lands here (cloning the page, reading its text).
    guard.warnings.push(`the engine failed (${describe(error)}): plain Readability's reading instead`);
    return guard.run('plain Readability', () => plainArticle(document, url, lenient, guard), 'no article', () => null);
  }
}

function read(document: Document, url: string, lenient: boolean, guard: Guard, trace?: RemovalTrace): Article | null {
  let doc = clonePage(document);

  // 1–3: galleries and boilerplate out. A pass that throws may have left the
  // clone half edited: start again from the page as published, without them.
  const prepared = guard.run('the clean-up before Readability', () => prepare(doc, url), 'read without it', () => {
    doc = clonePage(document);
    return { jsonLd: guard.run('JSON-LD', () => readJsonLd(doc), 'not used', () => NO_JSON_LD), galleries: [], counts: noneRemoved(), paragraphChars: Infinity, lead: [] };
  });
  const { jsonLd, galleries, counts } = prepared;

  // 4: Readability on what is left; on the untouched page if that throws.
  const origins = originsOf(doc.body ?? doc.documentElement);
  const parsed = guard.run('Readability after the clean-up', () => readability(doc, lenient), "plain Readability's reading instead", () =>
    readability(clonePage(document), lenient),
  );
  let body = parsed?.content ?? doc.createElement('div');
  const repaired = guard.run('the JSON-LD articleBody check', () => {
    if (!jsonLd.articleBody || !shouldUseArticleBody(jsonLd.articleBody, blockText(body), doc)) return false;
    // The page's own text into the page's own (cloned) document, in its tab; sanitised before any extension page shows it.
    // eslint-disable-next-line no-unsanitized/property
    body.innerHTML = articleBodyHtml(doc, jsonLd.articleBody);
    return true;
  }, 'skipped', () => false);
  // The lead above the pick (lead.ts), put back now when the pick is an article; a pick that is not one may be
  // the wrong container (a list of names under the letter), so the second opinion is asked first.
  const restore = (allowed?: () => boolean) => guard.run('the lead', () => restoreLead(body, prepared.lead, allowed), 'skipped', () => 0);
  // Only next to a pick that is an article: one that is not may be the wrong container (second-opinion.ts).
  const pickIsArticle = () => guard.run('the article check', () => isArticle(body), 'read as an article', () => true);
  if (!repaired) guard.run('the story continued', () => continueStory(body, origins, trace, pickIsArticle), 'skipped', () => 0);
  let leadFirst = true;
  if (!repaired) restore(() => (leadFirst = pickIsArticle()));

  // 5: post-clean and the numbers.
  // A caption printed again in the story, with or without its credit.
  const captions = new Set(galleries.flatMap((g) => g.captions.flatMap((c) => (c.credit ? [c.text, `${c.text} ${c.credit}`] : [c.text]))));
  const meta = guard.run('metadata', () => mergeMetadata(parsed ?? {}, jsonLd, document), "Readability's own", () => rawMetadata(parsed, document));
  const storyMeta: StoryMeta = { byline: meta.byline, dated: !!meta.publishedTime };
  counts.other += guard.run('the structural pass', () => structuralClean(body, url, trace, storyMeta), 'skipped', () => 0);
  meta.publishedTime ??= storyMeta.lineDate ?? null;
  counts.other += guard.run('the post-clean', () => postClean(body, captions), 'skipped', () => 0);
  const echo = guard.run('the byline-echo check', () => dropBylineEcho(body, meta.byline), 'skipped', () => null);
  if (echo) counts.other++;
  // Decided on what was read (verdict.ts); a rule that throws lets the page through.
  const lines: string[] = [];
  let shape = guard.run('the article check', () => readShape(body, lines), 'read as an article', () => null);
  let article = !shape || isArticleShape(shape);
  let replaced = false;
  /** Whether the story changed after `pickText` was read (the lead put back late). */
  let restoredLate = false;
  // Readability may have crowned the wrong container (second-opinion.ts): asked when its pick is not an article, or is poor in prose.
  // The article check's walk read the story's lines on the way (one walk, not two).
  const pickText = shape ? lines.join('\n') : blockText(body);
  // Over a pick that reads as one, only when the page's paragraphs hold twice its text: most short stories stop here, cheaply.
  const poor = !!shape && shape.proseWords < POOR_PICK_WORDS && prepared.paragraphChars >= pickText.length * OVERRULE_FACTOR;
  if (!article || poor) {
    const pick = article && shape ? { words: shape.proseWords, text: pickText } : null;
    const second = guard.run('the second opinion', () => secondOpinion(document, url, captions, pick) ?? (pick ? null : noscriptOpinion(document, url, captions, trace)), 'skipped', () => null);
    if (second) {
      body = second.content;
      counts.other += second.removed;
      replaced = true;
    } else if (!article && !leadFirst && !repaired && restore()) {
      restoredLate = true;
      shape = guard.run('the article check', () => readShape(body), 'read as an article', () => null);
      article = !shape || isArticleShape(shape);
    }
    if (!replaced && !article && !lenient) return null;
  }
  // The pick's text is the story's unless something changed it since: one walk, not two.
  const storyText = replaced || restoredLate ? blockText(body) : pickText;
  const textContent = readerText(storyText);
  if (!textContent) return null;
  if (trace && textContent !== storyText) for (const line of changedLines(storyText, textContent)) trace('+reader-text', line);
  // Readability takes the first paragraph of its own pick as excerpt; after a repair that pick is gone.
  const excerptGone = !!meta.excerpt && (meta.excerpt === echo || !!storyMeta.taken?.includes(meta.excerpt));
  if (excerptGone || repaired || replaced) meta.excerpt = textContent.split('\n')[0];
  const wordCount = countWords(textContent);

  return {
    version: ARTICLE_VERSION,
    ...meta,
    url,
    leadImageUrl: guard.run('the lead image', () => leadImage(document, jsonLd, body, url), 'none', () => null),
    contentHtml: body.innerHTML,
    textContent,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    galleries,
    removed: counts,
    warnings: guard.warnings,
  };
}

/** Last resort: plain Readability on a fresh clone, with no step of ours. */
function plainArticle(document: Document, url: string, lenient: boolean, guard: Guard): Article | null {
  const parsed = readability(clonePage(document), lenient);
  const textContent = parsed?.content ? readerText(blockText(parsed.content)) : '';
  if (!parsed?.content || !textContent) return null;
  const wordCount = countWords(textContent);
  return {
    version: ARTICLE_VERSION,
    ...rawMetadata(parsed, document),
    url,
    leadImageUrl: null,
    contentHtml: parsed.content.innerHTML,
    textContent,
    wordCount,
    readingMinutes: readingMinutes(wordCount),
    galleries: [],
    removed: noneRemoved(),
    warnings: guard.warnings,
  };
}
