import DOMPurify, { type Config, type DOMPurify as Purifier } from 'dompurify';
import { finishFragment } from './sanitize-finish';

/**
 * The one way article HTML reaches an extension page, wherever it came from:
 * a page just read, the library, or a backup file. Page HTML is untrusted and
 * Readability does not sanitise its output
 * (https://github.com/mozilla/readability/issues/404).
 *
 * Two stages. DOMPurify, with the explicit profile below, removes what can
 * run script or restyle the page. Then `finishFragment` (sanitize-finish.ts)
 * walks the result, still in DOMPurify's inert document where nothing loads:
 * URLs absolute and http(s), every srcset candidate checked, links out to a
 * new tab, images without referrer, media as links. It runs on the returned
 * fragment rather than as DOMPurify hooks, because hooks are global to a
 * DOMPurify instance and this must not change anyone else's sanitising.
 */

/** Elements removed (their text stays unless DOMPurify drops it with them). */
export const FORBID_TAGS = [
  'style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'frame', 'object', 'embed',
  'link', 'meta', 'base', 'template', 'noscript',
  // A non-modal <dialog open> is absolutely positioned: it could cover Lede's own toolbar.
  'dialog',
];

/**
 * Attributes removed. Beyond script and navigation: `class` and `id` (a page's
 * classes would pick up Lede's styles; ids could collide with Lede's),
 * `background` (a legacy image fetch that cannot carry a referrer policy) and
 * `download`.
 */
export const FORBID_ATTR = [
  'style', 'srcdoc', 'formaction', 'action', 'ping', 'class', 'id', 'background', 'download',
];

/**
 * DOMPurify tests every attribute value that is not plain text against this:
 * a value with a scheme passes only as http(s) or mailto; values with no
 * scheme (relative URLs, numbers, words) pass, and finishFragment then makes
 * each URL attribute absolute or drops it.
 */
export const ALLOWED_URI_REGEXP = /^(?:(?:https?|mailto):|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i;

const PROFILE: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS,
  FORBID_ATTR,
  ALLOWED_URI_REGEXP,
  ALLOW_DATA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // `name` values get a "user-content-" prefix: no <img name="getElementById"> clobbering document's API.
  SANITIZE_NAMED_PROPS: true,
  RETURN_DOM_FRAGMENT: true,
};

let instance: Purifier | undefined;

/** A DOMPurify of our own, so no other code's hooks or config reach ours and ours reach no one's. */
function purifier(): Purifier {
  if (!instance) instance = DOMPurify(globalThis.window);
  // DOMPurify hands back its input untouched where it cannot run: fail closed.
  if (!instance.isSupported) throw new Error('HTML sanitiser unavailable in this environment');
  return instance;
}

/**
 * Article HTML as an inert DocumentFragment, ready to be inserted into an
 * extension page (`element.replaceChildren(fragment)`): no re-parse between
 * sanitising and rendering, so no mutation on the way.
 * `articleUrl` anchors the article's relative URLs; without an http(s) one
 * they are dropped.
 */
export function sanitizeToFragment(html: string, articleUrl?: string): DocumentFragment {
  const purify = purifier();
  // HTML that makes the parser build no <body> (a leading <frameset>) gives no fragment: fail closed, empty.
  const fragment: DocumentFragment | null = purify.sanitize(html, { ...PROFILE, RETURN_DOM_FRAGMENT: true });
  if (!fragment) return document.implementation.createHTMLDocument('').createDocumentFragment();
  finishFragment(fragment, articleUrl);
  return fragment;
}

/** Passes after which sanitizeHtml stops looking for a fixed point (two suffice for every case found so far). */
const MAX_PASSES = 4;

/**
 * Sanitised article HTML as a string, for writing into a file (exports).
 * Extension pages render `sanitizeToFragment`'s fragment instead.
 *
 * The parser can build trees that its own serialisation does not rebuild:
 * a table inside a paragraph fosters a `<div>` out into the paragraph, and
 * that markup, parsed again, closes the paragraph instead. A file's reader
 * parses the string again, so the string is sanitised from its own
 * serialisation until it stops changing: what is written is what is read.
 * Every pass is a whole sanitisation, so each intermediate result is safe.
 */
export function sanitizeHtml(html: string, articleUrl?: string): string {
  let out = serialise(sanitizeToFragment(html, articleUrl));
  for (let pass = 1; pass < MAX_PASSES; pass++) {
    const again = serialise(sanitizeToFragment(out, articleUrl));
    if (again === out) break;
    out = again;
  }
  return out;
}

function serialise(fragment: DocumentFragment): string {
  const holder = fragment.ownerDocument.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
}
