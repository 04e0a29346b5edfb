/**
 * Lazy-loaded images keep their real address in data-* attributes or in a
 * <noscript> fallback until scripts swap it in. The engine copies it into
 * src/srcset first, because galleries need the address and sanitising later
 * drops every data-* attribute.
 */

const SRC_ATTRIBUTES = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src'];
const SRCSET_ATTRIBUTES = ['data-srcset', 'data-lazy-srcset'];

/** A src that is only a stand-in: empty, an inline data: image, or a spacer/placeholder file. */
export function isPlaceholderSrc(src: string | null): boolean {
  if (!src || !src.trim()) return true;
  const value = src.trim();
  if (value.startsWith('data:')) return true;
  return /(^|[/_.-])(blank|spacer|pixel|placeholder|transparent|lazy|loading|grey|gray)[^/]*\.(gif|png|svg|jpe?g)(\?|$)/i.test(value);
}

/** The real address of an image from its lazy-loading attributes, or null. */
export function lazySource(img: Element): { src: string | null; srcset: string | null } {
  let src: string | null = null;
  for (const name of SRC_ATTRIBUTES) {
    const value = img.getAttribute(name);
    if (value && value.trim() && !value.trim().startsWith('data:')) {
      src = value.trim();
      break;
    }
  }
  let srcset: string | null = null;
  for (const name of SRCSET_ATTRIBUTES) {
    const value = img.getAttribute(name);
    if (value && value.trim()) {
      srcset = value.trim();
      break;
    }
  }
  return { src, srcset };
}

/** The first <img> inside a <noscript>, whether the parser kept its markup as elements or as text. */
function noscriptImage(noscript: Element): Element | null {
  const direct = firstImage(noscript);
  if (direct) return direct;
  const raw = noscript.textContent ?? '';
  if (!/<img\b/i.test(raw)) return null;
  const template = noscript.ownerDocument.createElement('template');
  // Inert: a <template>'s content runs no script and loads nothing; only its <img> is read.
  // eslint-disable-next-line no-unsanitized/property
  template.innerHTML = raw;
  return template.content.querySelector('img');
}

/** The first <img> under `el` (a tag lookup: cheaper than a selector on jsdom, and this runs for every <noscript>). */
function firstImage(el: Element | null | undefined): Element | null {
  return el?.getElementsByTagName('img')[0] ?? null;
}

/** Copies a lazy <img>/<source>'s real address into src/srcset. Returns whether it changed anything. */
export function resolveLazyImage(img: Element): boolean {
  const { src, srcset } = lazySource(img);
  let changed = false;
  if (img.tagName === 'IMG' && src && img.getAttribute('src') !== src) {
    img.setAttribute('src', src);
    changed = true;
  }
  if (srcset && img.getAttribute('srcset') !== srcset) {
    img.setAttribute('srcset', srcset);
    changed = true;
  }
  return changed;
}

/**
 * Replaces the placeholder before a <noscript> (or the <noscript> itself when
 * there is none) with the image inside it. Returns the image put in, or null.
 */
export function resolveNoscript(noscript: Element): Element | null {
  const fallback = noscriptImage(noscript);
  if (!fallback) return null;
  // The placeholder is the image just before the <noscript>, usually in the same parent.
  const previous = noscript.previousElementSibling;
  const placeholder = previous?.tagName === 'IMG' ? previous : firstImage(previous);
  const replacement = noscript.ownerDocument.importNode(fallback, true) as Element;
  if (placeholder && isPlaceholderSrc(placeholder.getAttribute('src'))) {
    placeholder.replaceWith(replacement);
    noscript.remove();
    return replacement;
  }
  if (!placeholder && !firstImage(noscript.parentElement)) {
    noscript.replaceWith(replacement);
    return replacement;
  }
  return null;
}
