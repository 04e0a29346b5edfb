/**
 * Small DOM helpers shared by the engine's passes. Everything here is cheap:
 * no layout, no computed style, and text is read only from small subtrees.
 */
import { byTag } from './tree';

/** Collapses runs of white space (including no-break spaces) and trims. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** The element's text, squashed. Only call on elements known to be small. */
export function textOf(el: Element): string {
  return squash(el.textContent);
}

/**
 * Hidden by markup alone (the `hidden` attribute, aria-hidden, or an inline
 * display:none / visibility:hidden), which is how carousels hide inactive
 * slides. Readability drops such nodes, so they are read before it runs.
 */
export function isHiddenByMarkup(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const style = el.getAttribute('style');
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** Class and id as one lower-case string, for token tests. */
export function classAndId(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`.toLowerCase();
}

/*
 * Attachment is tested with `root.contains(el)`, never `el.isConnected`:
 * happy-dom reports every node of a cloned Document as disconnected.
 */

/** Whether `el` lies inside (or is) any element of `set`. */
export function isInside(el: Element, set: Iterable<Element>): boolean {
  for (const container of set) if (container === el || container.contains(el)) return true;
  return false;
}

/** The share of `el`'s text that sits inside links (0 when it has no text). */
export function linkDensity(el: Element, text = textOf(el)): number {
  if (!text) return 0;
  let linked = 0;
  for (const a of byTag(el, 'a')) linked += squash(a.textContent).length;
  return Math.min(1, linked / text.length);
}

/** Resolves `href` against `base`, or returns null when it is not a URL. */
export function absoluteUrl(href: string | null | undefined, base: string): string | null {
  if (!href) return null;
  const trimmed = href.trim();
  if (!trimmed || trimmed.startsWith('data:') || trimmed.startsWith('javascript:')) return null;
  try {
    return new URL(trimmed, base).href;
  } catch {
    return null;
  }
}

/**
 * Climbs from `start` while the text it would pick up from its siblings is
 * small: the result is the smallest box around `start` that still holds its
 * title, counter and buttons, and never the story body around it.
 * `maxExtra` bounds the sibling text gathered on the whole climb; text that
 * only repeats one of `known` (a slideshow's "current caption" panel repeats
 * the caption of the slide on show) does not count towards it.
 */
export function climbWhileSmall(start: Element, maxExtra: number, stopAt: Element, known?: Set<string>): Element {
  let current = start;
  let extra = 0;
  while (current.parentElement && current.parentElement !== stopAt) {
    const parent = current.parentElement;
    if (parent.tagName === 'BODY' || parent.tagName === 'HTML' || parent.tagName === 'MAIN' || parent.tagName === 'ARTICLE') break;
    let added = 0;
    let paragraphLike = false;
    for (let sibling = parent.firstChild; sibling; sibling = sibling.nextSibling) {
      if (sibling === current || (sibling.nodeType !== 1 && sibling.nodeType !== 3)) continue;
      if (sibling.nodeType === 1 && /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test((sibling as Element).tagName)) continue;
      const text = squash(sibling.textContent);
      const repeated = known?.size && sibling.nodeType === 1 ? repeatedLength(sibling as Element, known) : 0;
      added += text.length - repeated;
      // A real paragraph beside us means the parent is story, not widget.
      if (text.length - repeated > 120 && (sibling.nodeType === 3 || /^(P|BLOCKQUOTE|H[1-6]|UL|OL)$/.test((sibling as Element).tagName))) {
        paragraphLike = true;
      }
      if (paragraphLike || extra + added > maxExtra) break;
    }
    if (paragraphLike || extra + added > maxExtra) break;
    extra += added;
    current = parent;
  }
  return current;
}

/** Characters of `el`'s text held by elements (outermost only) whose whole text is one of `known`. */
function repeatedLength(el: Element, known: Set<string>): number {
  const whole = squash(el.textContent);
  if (known.has(whole)) return whole.length;
  let length = 0;
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) length += repeatedLength(child, known);
  return length;
}
