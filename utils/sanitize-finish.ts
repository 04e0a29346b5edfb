import { baseFor, cleanSrcset, fetchUrl, imageUrl, linkUrl } from './sanitize-urls';
import { t, uiLanguage } from './i18n';

/**
 * The second stage of sanitising (see sanitize.ts), on DOMPurify's output
 * while it is still in DOMPurify's inert document, where nothing loads.
 * Every rule removes or rewrites; none adds anything a page chose.
 * Idempotent: attributes it sets are removed first and appended in a fixed
 * order, so sanitising its own output changes nothing.
 */

const LINKS = new Set(['A', 'AREA']);
const MEDIA = new Set(['VIDEO', 'AUDIO']);

type UrlRule = (value: string, base: URL | null, element: Element) => string | null;

const drop: UrlRule = () => null;

/** What each URL-bearing attribute may keep, by attribute then element. */
const URL_RULES: Record<string, UrlRule> = {
  href: (value, base, element) => (LINKS.has(element.tagName) ? linkUrl(value, base) : null),
  src: (value, base, element) => (element.tagName === 'IMG' ? imageUrl(value, base) : null),
  srcset: (value, base, element) =>
    element.tagName === 'IMG' || (element.tagName === 'SOURCE' && element.parentElement?.tagName === 'PICTURE')
      ? cleanSrcset(value, base)
      : null,
  cite: (value, base) => fetchUrl(value, base),
  poster: drop,
  'xlink:href': drop,
};

/** Sets `name` to `value` as the last attribute, wherever it was before. */
function setLast(element: Element, name: string, value: string): void {
  element.removeAttribute(name);
  element.setAttribute(name, value);
}

/**
 * Media never plays or loads inside Lede: the extension CSP forbids remote
 * media anyway, and a popup that starts fetching video when it opens would
 * be worse than a link. A video or audio with an http(s) source becomes a
 * link to it (with the poster as its picture); one without is removed.
 */
function mediaToLink(media: Element, base: URL | null): void {
  const sources = [media, ...media.querySelectorAll('source')];
  const src = sources.map((el) => fetchUrl(el.getAttribute('src') ?? '', base)).find(Boolean);
  if (!src) {
    media.remove();
    return;
  }
  const doc = media.ownerDocument;
  const link = doc.createElement('a');
  link.setAttribute('href', src);
  const poster = media.tagName === 'VIDEO' ? fetchUrl(media.getAttribute('poster') ?? '', base) : null;
  if (poster) {
    const img = doc.createElement('img');
    img.setAttribute('src', poster);
    img.setAttribute('alt', '');
    link.append(img);
  }
  link.append(media.tagName === 'VIDEO' ? t('playVideo') : t('playAudio'));
  // Lede's words inside the story: tagged with their own language.
  link.setAttribute('lang', uiLanguage());
  media.replaceWith(link);
}

/** Applies the URL, link, image and media rules to a sanitised fragment, in place. */
export function finishFragment(fragment: DocumentFragment, articleUrl?: string): void {
  const base = baseFor(articleUrl);
  for (const media of fragment.querySelectorAll('video, audio')) {
    // Media nested in media already went with its parent.
    if (fragment.contains(media)) mediaToLink(media, base);
  }
  for (const element of fragment.querySelectorAll('*')) {
    const tag = element.tagName;
    // A <source> outside <picture> (its media is gone) and a <track> have nothing left to do.
    if ((tag === 'SOURCE' && element.parentElement?.tagName !== 'PICTURE') || tag === 'TRACK') {
      element.remove();
      continue;
    }
    for (const [name, rule] of Object.entries(URL_RULES)) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      const kept = rule(value, base, element);
      if (kept === null) element.removeAttribute(name);
      else if (kept !== value) element.setAttribute(name, kept);
    }
    if (tag === 'SOURCE' && !element.hasAttribute('srcset')) element.remove();
    if (LINKS.has(tag)) {
      // Out of the extension page, into a new tab that cannot reach back (no opener, no referrer).
      setLast(element, 'target', '_blank');
      setLast(element, 'rel', 'noopener noreferrer');
    } else if (tag === 'IMG') {
      setLast(element, 'loading', 'lazy');
      setLast(element, 'referrerpolicy', 'no-referrer');
    } else if (MEDIA.has(tag)) {
      element.remove(); // Only reachable for media nested inside removed media.
    }
  }
  unnestLinks(fragment);
}

/**
 * A link inside a link gives way to its text. The parser never builds one
 * from markup, but a table's foster-parenting can (`<a><table><a>`), and so
 * can a video turned into a link inside a link. Serialised, such a tree
 * parses back as two sibling links, so keeping it would make sanitising its
 * own output change it.
 */
function unnestLinks(fragment: DocumentFragment): void {
  for (const inner of fragment.querySelectorAll('a a')) inner.replaceWith(...inner.childNodes);
}
