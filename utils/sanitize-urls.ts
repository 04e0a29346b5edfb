/**
 * URL rules for sanitised article HTML. An extension page resolves a relative
 * URL against itself (chrome-extension://…/popup.html), so every URL an
 * article keeps must be absolute, and of a scheme that cannot run script.
 */

/** Schemes a link may keep: web pages and mail. */
const LINK_SCHEMES = new Set(['http:', 'https:', 'mailto:']);
/** Schemes anything the page fetches (images, media) may keep. */
const FETCH_SCHEMES = new Set(['http:', 'https:']);
/** Inline images that cannot carry script, even in a top-level frame. */
const DATA_IMAGE = /^data:image\/(?:png|gif|jpeg|webp|avif)[;,]/i;

/** The article's own URL, when it can anchor relative URLs (http(s) only). */
export function baseFor(url: string | undefined): URL | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return FETCH_SCHEMES.has(parsed.protocol) ? parsed : null;
  } catch {
    return null;
  }
}

function resolve(value: string, base: URL | null, schemes: Set<string>): string | null {
  // An empty URL would resolve to the article itself.
  if (!value.trim()) return null;
  try {
    // Without an http(s) base a relative URL has nothing safe to resolve against.
    const url = base ? new URL(value, base) : new URL(value);
    return schemes.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/** A link target (`a`/`area` href): absolute http(s) or mailto, else null. */
export function linkUrl(value: string, base: URL | null): string | null {
  return resolve(value, base, LINK_SCHEMES);
}

/** Something the browser fetches (src, poster, cite): absolute http(s), else null. */
export function fetchUrl(value: string, base: URL | null): string | null {
  return resolve(value, base, FETCH_SCHEMES);
}

/** An `<img src>`: absolute http(s), or a raster `data:image/…`, else null. */
export function imageUrl(value: string, base: URL | null): string | null {
  return DATA_IMAGE.test(value.trim()) ? value.trim() : fetchUrl(value, base);
}

/** One candidate of a srcset: its URL and its descriptor ("", "2x", "640w"). */
export interface SrcsetEntry {
  url: string;
  descriptor: string;
}

const WHITESPACE = /[\t\n\f\r ]/;
const DESCRIPTOR = /^(?:\d+w|\d+(?:\.\d+)?x|\d+h)?$/;

/**
 * Splits a srcset into candidates as the HTML standard's parser does: a URL
 * runs to the next whitespace (it may hold commas), trailing commas end it,
 * and descriptors run to the next comma outside parentheses.
 */
export function parseSrcset(value: string): SrcsetEntry[] {
  const entries: SrcsetEntry[] = [];
  let i = 0;
  while (i < value.length) {
    while (i < value.length && (WHITESPACE.test(value[i]) || value[i] === ',')) i++;
    if (i >= value.length) break;
    const start = i;
    while (i < value.length && !WHITESPACE.test(value[i])) i++;
    let url = value.slice(start, i);
    let descriptor = '';
    if (url.endsWith(',')) {
      url = url.replace(/,+$/, '');
    } else {
      const from = i;
      let depth = 0;
      while (i < value.length && (value[i] !== ',' || depth > 0)) {
        if (value[i] === '(') depth++;
        else if (value[i] === ')') depth = Math.max(0, depth - 1);
        i++;
      }
      descriptor = value.slice(from, i).trim();
      i++;
    }
    entries.push({ url, descriptor });
  }
  return entries;
}

/**
 * The srcset with every candidate checked on its own (a browser fetches any
 * of them): kept only when absolute http(s) with a well-formed descriptor.
 * Null when none is left.
 */
export function cleanSrcset(value: string, base: URL | null): string | null {
  const kept = parseSrcset(value).flatMap(({ url, descriptor }) => {
    const href = fetchUrl(url, base);
    return href && DESCRIPTOR.test(descriptor) ? [descriptor ? `${href} ${descriptor}` : href] : [];
  });
  return kept.length ? kept.join(', ') : null;
}
