/**
 * Readability 0.6.0 (pinned), asked its questions more cheaply: a few of its
 * private helpers replaced on the engine's instances by versions that give
 * the same answer for every node and do less work for it.
 *
 * Why: a CPU profile of the engine over the corpus (jsdom) charged 40% of
 * Readability's own time to its tag lookups, which run through a generic
 * selector engine in jsdom (the command line and the tests), and much of the
 * rest to tests that read a whole subtree's text, or build an inline style
 * object, for every element of the page before a cheaper test decides. Each
 * replacement is pure (reads only) and is checked against the original on
 * every fixture page (tests/unit/readability-fast.test.ts); with any other
 * Readability version the originals stay (see `fastReadability`).
 */
import { byTag } from './tree';

/** The elements under `node` (not `node` itself) whose tag is one of `tagNames`, in document order: `querySelectorAll(tagNames.join(','))`. */
export function nodesWithTags(node: Element | Document, tagNames: readonly string[]): Element[] {
  if (tagNames.length === 1) return byTag(node, tagNames[0]!);
  let found: Element[] = [];
  let lists = 0;
  for (const tag of tagNames) {
    const some = byTag(node, tag);
    if (!some.length) continue;
    found = lists++ ? found.concat(some) : some;
  }
  // Two tags' elements interleave in the page: back into document order, as a selector list returns them.
  if (lists > 1) found.sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
  return found;
}

/** Whether any text under `root` is more than white space: `root.textContent.trim() !== ''`, stopping at the first such text. */
export function hasVisibleText(root: Node): boolean {
  for (let at: Node | null = root.firstChild; at; ) {
    // Text and CDATA are what textContent joins; `\S` is exactly what trim() keeps.
    if ((at.nodeType === 3 || at.nodeType === 4) && /\S/.test(at.nodeValue ?? '')) return true;
    if (at.firstChild) {
      at = at.firstChild;
      continue;
    }
    while (!at.nextSibling) {
      at = at.parentNode;
      if (!at || at === root) return false;
    }
    at = at.nextSibling;
  }
  return false;
}

/** The private helpers replaced, as Readability 0.6.0 declares them. */
interface Helpers {
  _getAllNodesWithTag(node: Element | Document, tagNames: string[]): ArrayLike<Element>;
  _isElementWithoutContent(node: Node): boolean;
  _isValidByline(node: Element, matchString: string): boolean;
  _isProbablyVisible(node: Element): boolean;
  REGEXPS: { byline: RegExp };
}

/** Which of Readability's helpers each replacement stands for (the originals' own names). */
const REPLACED = ['_getAllNodesWithTag', '_isElementWithoutContent', '_isValidByline', '_isProbablyVisible'] as const;

/**
 * Gives `reader` (a Readability instance) the cheaper helpers; returns it.
 * Only when every original is there to stand for (another version of
 * Readability keeps its own, and the tests comparing both fail).
 */
export function fastReadability<T extends object>(reader: T): T {
  const helpers = reader as unknown as Helpers;
  if (!REPLACED.every((name) => typeof helpers[name] === 'function')) return reader;
  const original = {
    withoutContent: helpers._isElementWithoutContent,
    visible: helpers._isProbablyVisible,
  };
  helpers._getAllNodesWithTag = nodesWithTags;
  // "No content" starts with the subtree's whole text trimmed: most boxes have text, and the first word says so.
  helpers._isElementWithoutContent = function (this: Helpers, node) {
    return node.nodeType === 1 && !hasVisibleText(node) && original.withoutContent.call(this, node);
  };
  // The byline tests read the node's whole text first, for every element until a byline is found: the cheap ones go first.
  helpers._isValidByline = function (this: Helpers, node, matchString) {
    const itemprop = node.getAttribute('itemprop');
    const named = node.getAttribute('rel') === 'author' || !!itemprop?.includes('author') || this.REGEXPS.byline.test(matchString);
    if (!named) return false;
    const length = (node.textContent ?? '').trim().length;
    return length > 0 && length < 100;
  };
  // Inline display and visibility come from the style attribute alone: without one, there is no style object to build.
  helpers._isProbablyVisible = function (this: Helpers, node) {
    if (node.hasAttribute('style')) return original.visible.call(this, node);
    if (node.hasAttribute('hidden')) return false;
    if (node.getAttribute('aria-hidden') !== 'true') return true;
    // Hidden from assistive technology, unless it is a fallback image (Wikimedia's math).
    const className = (node as { className?: unknown }).className;
    return typeof className === 'string' && className.includes('fallback-image');
  };
  return reader;
}
