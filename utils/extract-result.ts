import type { Article, Caption, Gallery, RemovedCounts } from './extract';
import { bounded, count, type Check, Invalid, list, nullable, oneOf, optional, record, text } from './validate';

/**
 * The page shapes what the injected script sees (its DOM, its title, its
 * JSON-LD), so the script's result is checked like any input from outside:
 * right shape, right types, bounded sizes. Nothing else in it is kept.
 */

/** What the injected script returns (see entrypoints/extract.ts). */
export type ExtractResult =
  /** `key`: the library's dedupe key, computed in the page (it needs `link[rel=canonical]`). */
  | { ok: true; article: Article; key?: string; timing?: InjectTiming }
  | { ok: false; reason: 'no-article' }
  | { ok: false; reason: 'not-html'; contentType: string }
  | { ok: false; reason: 'frameset' }
  /** `elements`: the page was too large to read, with this many elements. */
  | { ok: false; reason: 'error'; message: string; elements?: number };

/**
 * When the injected script's main() started and when the engine was done, in
 * wall-clock milliseconds (`performance.timeOrigin + performance.now()` in the
 * page), for the popup benchmark's breakdown. Not shown anywhere.
 */
export interface InjectTiming {
  start: number;
  done: number;
  /** The article was read at the toolbar click and kept in the page (utils/kept-read.ts): that read's start and end. */
  early?: { start: number; done: number };
}

/** Longest story Lede renders, in characters of HTML (about 50 times a long feature). */
export const MAX_BODY_CHARS = 5_000_000;
/** Metadata lines (title, byline, caption…) are cut here. */
const LINE = 2_000;
const URL_CHARS = 8_192;

const caption = record<Caption>({
  text: text(LINE * 4),
  credit: optional(text(LINE)),
  imageUrl: optional(text(URL_CHARS)),
});

const gallery = record<Gallery>({
  title: text(LINE),
  photoCount: count,
  captions: list(caption, 5_000),
});

const removed = record<RemovedCounts>({
  galleries: count, ads: count, signups: count, related: count, other: count,
});

/** An Article as stored or sent: every field checked, sizes bounded. */
export const checkArticle: Check<Article> = record<Article>({
  version: count,
  title: text(LINE),
  byline: nullable(text(LINE)),
  siteName: nullable(text(LINE)),
  publishedTime: nullable(text(200)),
  lang: nullable(text(100)),
  dir: oneOf('ltr', 'rtl', null),
  excerpt: nullable(text(LINE * 4)),
  url: text(URL_CHARS),
  leadImageUrl: nullable(text(URL_CHARS)),
  contentHtml: bounded(MAX_BODY_CHARS),
  textContent: bounded(MAX_BODY_CHARS),
  wordCount: count,
  readingMinutes: count,
  galleries: list(gallery, 1_000),
  removed,
  warnings: optional(list(text(LINE), 200)),
});

const injectTiming = record<InjectTiming>({
  start: count,
  done: count,
  early: optional(record<{ start: number; done: number }>({ start: count, done: count })),
});

const failure = record<{ ok: false; reason: 'no-article' | 'not-html' | 'frameset' | 'error'; contentType?: string; message?: string; elements?: number }>({
  ok: oneOf(false),
  reason: oneOf('no-article', 'not-html', 'frameset', 'error'),
  contentType: optional(text(200)),
  message: optional(text(LINE)),
  elements: optional(count),
});

/** The injected script's result, checked; throws Invalid when it is not one. */
export function checkExtractResult(value: unknown): ExtractResult {
  if (typeof value !== 'object' || value === null) throw new Invalid('result', 'an object');
  if ((value as { ok?: unknown }).ok === true) {
    const { article, key, timing } = value as { article?: unknown; key?: unknown; timing?: unknown };
    const checkedKey = optional(text(URL_CHARS))(key, 'key');
    const checkedTiming = optional(injectTiming)(timing, 'timing');
    return {
      ok: true,
      article: checkArticle(article, 'article'),
      ...(checkedKey !== undefined && { key: checkedKey }),
      ...(checkedTiming !== undefined && { timing: checkedTiming }),
    };
  }
  const result = failure(value, 'result');
  if (result.reason === 'not-html') return { ok: false, reason: 'not-html', contentType: result.contentType ?? '' };
  if (result.reason === 'error') {
    return { ok: false, reason: 'error', message: result.message ?? '', ...(result.elements !== undefined && { elements: result.elements }) };
  }
  return { ok: false, reason: result.reason };
}
