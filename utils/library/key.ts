/**
 * The library's dedupe key for a page. Pure (no browser APIs): the injected
 * extraction script computes it in the page, where `link[rel=canonical]` is.
 */

/** `url` without its fragment, or null when it is not an absolute http(s) URL. */
function webUrl(url: string, base?: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url, base);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  parsed.hash = '';
  return parsed;
}

/** The tab URL without its fragment: the key when the page declares no usable canonical URL. */
export function fallbackKey(pageUrl: string): string {
  const parsed = webUrl(pageUrl);
  if (parsed) return parsed.href;
  const hash = pageUrl.indexOf('#');
  return hash === -1 ? pageUrl : pageUrl.slice(0, hash);
}

/**
 * The key for a page at `pageUrl` that declares `canonicalHref` (the raw
 * `href` of its first `link[rel=canonical]`, or null): the canonical URL,
 * resolved against `baseUrl` (the document's base URL) and without its
 * fragment, when it is http(s);
 * else the page URL without its fragment.
 *
 * A canonical that points at the site's front page from a page that is not
 * the front page is a template mistake some sites make; taking it would fold
 * every article of the site into one record, so it is ignored.
 */
export function pageKey(pageUrl: string, canonicalHref: string | null | undefined, baseUrl = pageUrl): string {
  const page = webUrl(pageUrl);
  const canonical = canonicalHref?.trim() ? webUrl(canonicalHref.trim(), baseUrl) : null;
  if (!canonical) return fallbackKey(pageUrl);
  const toFront = canonical.pathname === '/' && canonical.search === '';
  if (toFront && page && page.pathname !== '/') return page.href;
  return canonical.href;
}

/** The key of a live document (used by the injected script). */
export function documentKey(doc: Document): string {
  const link = doc.querySelector<HTMLLinkElement>('link[rel~="canonical" i][href]');
  return pageKey(doc.URL, link?.getAttribute('href'), doc.baseURI);
}
