/**
 * Schema.org JSON-LD, which most news sites embed for search engines: the
 * article's headline, author, date, publisher and often its full text, and
 * sometimes the photo galleries (ImageGallery of ImageObject).
 */

import type { DataGallery } from './data-galleries';

type Node = Record<string, unknown>;

/** What the engine uses from the page's JSON-LD. */
export interface JsonLdInfo {
  headline: string | null;
  author: string | null;
  datePublished: string | null;
  publisher: string | null;
  articleBody: string | null;
  image: string | null;
  /** ImageGallery / MediaGallery nodes, ItemLists of ImageObjects, and runs of 3+ captioned ImageObjects. */
  galleries: DataGallery[];
}

/** No JSON-LD: what the engine uses when reading it failed. */
export const NO_JSON_LD: JsonLdInfo = Object.freeze({
  headline: null,
  author: null,
  datePublished: null,
  publisher: null,
  articleBody: null,
  image: null,
  galleries: [],
});

const ARTICLE_TYPES = /^(?:Article|NewsArticle|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting|Report|ScholarlyArticle|TechArticle|OpinionNewsArticle|LiveBlogPosting|SocialMediaPosting)$/;

const GALLERY_TYPES = /^(?:ImageGallery|MediaGallery)$/;

function types(node: Node): string[] {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

/** Every object in the JSON-LD blocks, @graph and nested arrays flattened. */
function collectNodes(value: unknown, into: Node[], depth = 0): void {
  if (depth > 6 || !value || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, into, depth + 1);
    return;
  }
  const node = value as Node;
  if (node['@type']) into.push(node);
  if (node['@graph']) collectNodes(node['@graph'], into, depth + 1);
  // A gallery nested in the article ("associatedMedia": {"@type": "ImageGallery", …}).
  for (const key of ['associatedMedia', 'hasPart', 'mainEntity']) {
    const inner = node[key];
    for (const item of Array.isArray(inner) ? inner : [inner]) {
      if (item && typeof item === 'object' && types(item as Node).some((t) => GALLERY_TYPES.test(t))) collectNodes(item, into, depth + 1);
    }
  }
}

/** A name from a string, a {name} object or a list of either. */
export function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((n): n is string => !!n);
    return names.length ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return nameOf((value as Node).name);
  return null;
}

/** A URL from a string, an ImageObject or a list (the first). */
function urlOf(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return value.length ? urlOf(value[0]) : null;
  if (value && typeof value === 'object') {
    const node = value as Node;
    return urlOf(node.contentUrl ?? node.url);
  }
  return null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.replace(/\s+/g, ' ').trim() : null;
}

/** The list's items: ListItem wrappers ({"item": …}) unwrapped. */
function listItems(value: unknown): unknown[] {
  const list = Array.isArray(value) ? value : value ? [value] : [];
  return list.map((v) => (v && typeof v === 'object' && (v as Node).item && typeof (v as Node).item === 'object' ? (v as Node).item : v));
}

/** Captions of ImageObjects (other media, such as a gallery's VideoObjects, are skipped when typed otherwise). */
function imageCaptions(media: unknown[]): DataGallery['captions'] {
  return media
    .filter((m): m is Node => !!m && typeof m === 'object' && (types(m as Node).length === 0 || types(m as Node).includes('ImageObject')))
    .map((m) => {
      const caption = text(m.caption) ?? text(m.description) ?? text(m.name) ?? '';
      const credit = nameOf(m.creditText) ?? nameOf(m.copyrightHolder) ?? nameOf(m.author) ?? undefined;
      const imageUrl = urlOf(m) ?? undefined;
      return { text: caption, ...(credit ? { credit } : {}), ...(imageUrl ? { imageUrl } : {}) };
    })
    .filter((c) => c.text || c.imageUrl);
}

function galleryOf(node: Node): DataGallery | null {
  const media = [node.associatedMedia, node.image, node.hasPart, node.itemListElement].flatMap(listItems);
  const mainEntity = node.mainEntity as Node | undefined;
  if (mainEntity && typeof mainEntity === 'object') media.push(...listItems(mainEntity.itemListElement));
  const captions = imageCaptions(media);
  if (captions.length < 2) return null;
  return { title: text(node.name) ?? text(node.headline) ?? '', captions, source: 'json-ld' };
}

/**
 * Photos listed without an ImageGallery: an ItemList of ImageObjects, or a
 * block that is a plain array of them. Three or more, most with a caption,
 * as for script data; an article's own "image" list (one photo in several
 * sizes) never qualifies, being a property, not a node of its own.
 */
function imageListOf(items: unknown[], title: string): DataGallery | null {
  const captions = imageCaptions(items.filter((m) => m && typeof m === 'object' && types(m as Node).includes('ImageObject')));
  const urls = new Set(captions.map((c) => c.imageUrl));
  if (urls.size < 3 || captions.filter((c) => c.text).length < Math.max(3, captions.length / 2)) return null;
  return { title, captions, source: 'json-ld' };
}

/** Reads JSON-LD blocks: all of `doc`'s, or the given script elements. Malformed blocks are skipped. */
export function readJsonLd(source: Document | Iterable<Element>): JsonLdInfo {
  const nodes: Node[] = [];
  const scripts = 'querySelectorAll' in source ? source.querySelectorAll('script[type="application/ld+json"]') : source;
  const lists: DataGallery[] = [];
  for (const script of scripts) {
    try {
      // Some CMSs wrap the JSON in CDATA comments.
      const value: unknown = JSON.parse((script.textContent ?? '').replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, ''));
      collectNodes(value, nodes);
      const list = Array.isArray(value) ? imageListOf(value, '') : null;
      if (list) lists.push(list);
    } catch {
      // Invalid JSON-LD is common; the page's other metadata still applies.
    }
  }
  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPES.test(t)));
  const galleries = nodes
    .filter((n) => types(n).some((t) => GALLERY_TYPES.test(t)))
    .map(galleryOf)
    .filter((g): g is NonNullable<typeof g> => !!g);
  for (const list of nodes.filter((n) => types(n).includes('ItemList'))) {
    const gallery = imageListOf(listItems(list.itemListElement), text(list.name) ?? '');
    if (gallery) galleries.push(gallery);
  }
  galleries.push(...lists);
  return {
    headline: text(article?.headline) ?? text(article?.name),
    author: nameOf(article?.author),
    datePublished: text(article?.datePublished),
    publisher: nameOf(article?.publisher),
    articleBody: typeof article?.articleBody === 'string' ? article.articleBody : null,
    image: urlOf(article?.image),
    galleries,
  };
}
