/**
 * Schema.org JSON-LD, which most news sites embed for search engines: the
 * article's headline, author, date, publisher and often its full text, and
 * sometimes the photo galleries (ImageGallery of ImageObject).
 */

type Node = Record<string, unknown>;

/** What the engine uses from the page's JSON-LD. */
export interface JsonLdInfo {
  headline: string | null;
  author: string | null;
  datePublished: string | null;
  publisher: string | null;
  articleBody: string | null;
  image: string | null;
  galleries: { title: string; captions: { text: string; credit?: string; imageUrl?: string }[] }[];
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

function galleryOf(node: Node): JsonLdInfo['galleries'][number] | null {
  const media = [node.associatedMedia, node.image, node.hasPart].flatMap((v) => (Array.isArray(v) ? v : v ? [v] : []));
  const captions = media
    .filter((m): m is Node => !!m && typeof m === 'object')
    .map((m) => {
      const caption = text(m.caption) ?? text(m.description) ?? text(m.name) ?? '';
      const credit = nameOf(m.creditText) ?? nameOf(m.copyrightHolder) ?? nameOf(m.author) ?? undefined;
      const imageUrl = urlOf(m) ?? undefined;
      return { text: caption, ...(credit ? { credit } : {}), ...(imageUrl ? { imageUrl } : {}) };
    })
    .filter((c) => c.text || c.imageUrl);
  if (captions.length < 2) return null;
  return { title: text(node.name) ?? text(node.headline) ?? '', captions };
}

/** Reads JSON-LD blocks: all of `doc`'s, or the given script elements. Malformed blocks are skipped. */
export function readJsonLd(source: Document | Iterable<Element>): JsonLdInfo {
  const nodes: Node[] = [];
  const scripts = 'querySelectorAll' in source ? source.querySelectorAll('script[type="application/ld+json"]') : source;
  for (const script of scripts) {
    try {
      // Some CMSs wrap the JSON in CDATA comments.
      collectNodes(JSON.parse((script.textContent ?? '').replace(/^\s*\/\/\s*<!\[CDATA\[|\/\/\s*\]\]>\s*$/g, '')), nodes);
    } catch {
      // Invalid JSON-LD is common; the page's other metadata still applies.
    }
  }
  const article = nodes.find((n) => types(n).some((t) => ARTICLE_TYPES.test(t)));
  const galleries = nodes
    .filter((n) => types(n).includes('ImageGallery'))
    .map(galleryOf)
    .filter((g): g is NonNullable<typeof g> => !!g);
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
