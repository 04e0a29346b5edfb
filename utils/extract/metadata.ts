/**
 * Article metadata: Readability's reading of the page's meta tags first, the
 * page's JSON-LD where Readability found nothing, and a lead image from
 * og:image, JSON-LD or the first figure of the story.
 */
import { absoluteUrl, squash } from './dom';
import type { JsonLdInfo } from './json-ld';

/** What Readability's parse() reports about the page, the fields the engine uses. */
export interface ParsedMeta {
  title?: string | null;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  excerpt?: string | null;
  lang?: string | null;
  dir?: string | null;
}

/**
 * An ISO 8601 date where `value` is one already or a date Date can read
 * ("Dec 19, 2016 2:52 PM"), else the page's own string.
 */
export function normaliseDate(value: string | null | undefined): string | null {
  const text = squash(value);
  if (!text) return null;
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(text)) return text.replace(' ', 'T');
  const time = Date.parse(text);
  return Number.isNaN(time) ? text : new Date(time).toISOString();
}

/** The titles the page's head gives: og:title, twitter:title, then <title> (those it has). */
function headTitles(doc: Document): string[] {
  const titles: string[] = [];
  const metas = doc.head?.getElementsByTagName('meta') ?? [];
  for (let i = 0, n = metas.length; i < n; i++) {
    const key = (metas[i].getAttribute('property') ?? metas[i].getAttribute('name') ?? '').toLowerCase();
    if (key === 'og:title' || key === 'twitter:title') titles.push(squash(metas[i].getAttribute('content')));
  }
  titles.push(squash(doc.title));
  return titles.filter(Boolean);
}

/** What the page calls its title: its head's titles and the JSON-LD headline. */
export function pageTitles(doc: Document, jsonLd: JsonLdInfo): string[] {
  return [...headTitles(doc), squash(jsonLd.headline)].filter(Boolean);
}

/** Lower-cased words of `text`: runs of letters and digits. */
export function titleWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Whether `title` could be the story `titles` name: one holds the other, or
 * they share a word. Headlines are often rewritten for the head (a shorter
 * one on the page, a longer one for search engines), but keep a word.
 */
function sameTitle(title: string, titles: string[]): boolean {
  const own = titleWords(title);
  return titles.some((other) => {
    const a = title.toLowerCase();
    const b = other.toLowerCase();
    if (a.includes(b) || b.includes(a)) return true;
    const theirs = new Set(titleWords(other));
    return own.some((w) => theirs.has(w));
  });
}

/**
 * The story's title: Readability's, else the JSON-LD headline, each only
 * when it is the title the page's head gives in other words — structured
 * data filled in by a template can hold a placeholder such as the CMS's own
 * name — else og:title / twitter:title / <title>.
 */
function storyTitle(parsed: ParsedMeta, jsonLd: JsonLdInfo, doc: Document): string {
  const head = headTitles(doc);
  const fits = (title: string) => !!title && (!head.length || sameTitle(title, head));
  return [squash(parsed.title), squash(jsonLd.headline)].find(fits) ?? head[0] ?? '';
}

/** Title, byline, site name and date, each from the first source that has it. */
export function mergeMetadata(parsed: ParsedMeta, jsonLd: JsonLdInfo, doc: Document) {
  return {
    title: storyTitle(parsed, jsonLd, doc),
    byline: squash(parsed.byline) || squash(jsonLd.author) || null,
    siteName: squash(parsed.siteName) || squash(jsonLd.publisher) || null,
    publishedTime: normaliseDate(parsed.publishedTime) ?? normaliseDate(jsonLd.datePublished),
    excerpt: squash(parsed.excerpt) || null,
    lang: parsed.lang || doc.documentElement.getAttribute('lang') || null,
    dir: parsed.dir === 'rtl' ? ('rtl' as const) : parsed.dir === 'ltr' ? ('ltr' as const) : declaredDirection(doc),
  };
}

/**
 * The direction the page declares for most of its paragraphs' text (`dir`
 * on them or on an ancestor), or null where it declares none. For when
 * Readability reports none: it reads `dir` off the ancestors of the node it
 * keeps, and loses it when it wraps the story in a new element (a short
 * page whose `dir` sits on its <article>: Readability's test page rtl-4).
 */
export function declaredDirection(doc: Document): 'ltr' | 'rtl' | null {
  const weight = { ltr: 0, rtl: 0 };
  // A tag lookup and a climb, not `querySelectorAll('p')` + `closest('[dir]')`: this runs on every page
  // Readability gives no direction for, and selectors cost ten times as much on jsdom.
  const paragraphs = doc.getElementsByTagName('p');
  for (let i = 0, n = paragraphs.length; i < n; i++) {
    let holder: Element | null = paragraphs[i];
    while (holder && !holder.hasAttribute('dir')) holder = holder.parentElement;
    const dir = holder?.getAttribute('dir')?.trim().toLowerCase();
    if (dir === 'ltr' || dir === 'rtl') weight[dir] += paragraphs[i].textContent?.length ?? 0;
  }
  if (!weight.ltr && !weight.rtl) return null;
  return weight.rtl > weight.ltr ? 'rtl' : 'ltr';
}

/**
 * The metadata as Readability alone reported it (the page's <title> when it
 * gave none): for a page where mergeMetadata threw.
 */
export function rawMetadata(parsed: ParsedMeta | null, doc: Document): ReturnType<typeof mergeMetadata> {
  const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
  return {
    title: text(parsed?.title) ?? text(doc.title) ?? '',
    byline: text(parsed?.byline),
    siteName: text(parsed?.siteName),
    publishedTime: text(parsed?.publishedTime),
    excerpt: text(parsed?.excerpt),
    lang: text(parsed?.lang),
    dir: parsed?.dir === 'rtl' || parsed?.dir === 'ltr' ? parsed.dir : null,
  };
}

/** The meta tags that name a lead image, matched case-insensitively as the page may write them. */
const IMAGE_META = new Set(['og:image', 'twitter:image']);

/**
 * The first `<meta property|name="og:image|twitter:image">` in document order.
 * A loop over the page's meta tags, not a selector: on jsdom a four-way
 * case-insensitive attribute selector walked the whole page at ten times the cost.
 */
function imageMeta(doc: Document): Element | null {
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0, n = metas.length; i < n; i++) {
    const meta = metas[i];
    const property = meta.getAttribute('property');
    const name = meta.getAttribute('name');
    if ((property && IMAGE_META.has(property.toLowerCase())) || (name && IMAGE_META.has(name.toLowerCase()))) return meta;
  }
  return null;
}

/** og:image (or twitter:image), else the JSON-LD image, else the story's first image. */
export function leadImage(doc: Document, jsonLd: JsonLdInfo, content: Element, baseUrl: string): string | null {
  return (
    absoluteUrl(imageMeta(doc)?.getAttribute('content'), baseUrl) ??
    absoluteUrl(jsonLd.image, baseUrl) ??
    absoluteUrl(content.getElementsByTagName('img')[0]?.getAttribute('src'), baseUrl)
  );
}
