/**
 * Bounds on what a hostile or broken page can make the engine do, applied to
 * the clone before anything walks it. Everything here is sized so that real
 * articles never meet it: the largest pages of the test corpus have under
 * 15,000 elements, wrapper chains under 40 deep and no text node near 100,000
 * characters.
 */
import { byTag, countsTo } from './tree';

/** Past this many elements a page is huge: the costly, link-only parts go before the engine walks it. */
export const HUGE_PAGE_ELEMENTS = 20_000;
/** Past this many elements, after pruning, the engine gives up with a message instead of freezing the tab. */
export const MAX_ELEMENTS = 150_000;
/** A text node is cut here: no story has a 100,000-character paragraph, but a page can have 50 MB of one. */
export const MAX_TEXT_NODE_CHARS = 100_000;
/** Wrapper chains (a div holding only a div …) deeper than this are collapsed. */
export const MAX_WRAPPER_CHAIN = 32;
/** A list of at least this many items that is nearly all link text is navigation, not story. */
const LINK_FARM_ITEMS = 30;
const LINK_FARM_DENSITY = 0.8;

/** Thrown when a page is too big to read even after pruning; its message is for the user. */
export class PageTooLargeError extends Error {
  constructor(readonly elements: number) {
    super(`this page is too large to read (${elements.toLocaleString('en')} elements). Try a shorter page, such as the article's print or AMP version.`);
  }
}

/** What pruning did, for tests and benchmarks. */
export interface PruneReport {
  truncatedText: number;
  collapsedWrappers: number;
  linkFarms: number;
  elements: number;
}

/** What a link farm is counted in (`querySelectorAll('li, a')`). */
const FARM_ITEMS = new Set(['li', 'a']);

const RAW_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEXTAREA']);

/** Elements with no meaning of their own: bare layout wrappers (and custom elements). */
const WRAPPERS = /^(?:DIV|SPAN|SECTION|FONT|CENTER|[A-Z][A-Z0-9]*-[A-Z0-9-]*)$/;

/** An element whose only content is one element (whitespace aside). */
function onlyChild(element: Element): Element | null {
  const child = element.firstElementChild;
  // Not childElementCount: Blink counts the children on every call.
  if (!child || child !== element.lastElementChild) return null;
  for (let node = element.firstChild; node; node = node.nextSibling) {
    if (node.nodeType === 3 && node.nodeValue!.trim()) return null;
  }
  return child;
}

/** A text node of the page's text (not of a script) longer than MAX_TEXT_NODE_CHARS is cut there. */
function truncate(text: Text): boolean {
  // Scripts hold data the engine reads whole (JSON-LD, a framework's state), often longer.
  if (text.length <= MAX_TEXT_NODE_CHARS || RAW_TEXT.has(text.parentElement?.tagName ?? '')) return false;
  text.data = `${text.data.slice(0, MAX_TEXT_NODE_CHARS)}…`;
  return true;
}

/**
 * One walk over `root` that cuts giant text nodes and collapses wrapper
 * chains, counting the elements left. Readability's cleaning is quadratic in
 * nesting depth; a page can nest thousands of bare wrappers. Keeps the outer
 * MAX_WRAPPER_CHAIN of a chain (their classes can matter to the engine) and
 * puts the chain's content in place of the rest, in one move (unwrapping
 * level by level costs a DOM mutation per level, each slower the deeper it is).
 */
function walkAndCollapse(root: Element): Walked {
  const chain = new Map<Element, number>();
  const svgs: Element[] = [];
  const lists: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 5 /* NodeFilter.SHOW_ELEMENT | SHOW_TEXT */);
  let truncatedText = 0;
  let collapsedWrappers = 0;
  let elements = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) {
      if (truncate(node as Text)) truncatedText++;
      continue;
    }
    elements++;
    let element = node as Element;
    const parent = element.parentElement;
    const depth = parent && onlyChild(parent) === element ? (chain.get(parent) ?? 0) + 1 : 0;
    if (depth > MAX_WRAPPER_CHAIN && isWrapper(element)) {
      let end = element;
      for (let next = onlyChild(end); next && isWrapper(end); next = onlyChild(end)) {
        end = next;
        collapsedWrappers++;
      }
      element.replaceWith(end);
      walker.currentNode = end;
      element = end;
    }
    // Only chain links are kept: most elements are not an only child, and a parent not in the map is depth 0.
    if (depth) chain.set(element, depth);
    // What a huge page prunes next, listed now rather than queried again over the whole page (the collapse
    // removes only bare wrappers, so these are what `querySelectorAll('svg')` and `('ul, ol, nav')` would give).
    const name = element.localName;
    if (name === 'svg') svgs.push(element);
    else if (name === 'ul' || name === 'ol' || name === 'nav') lists.push(element);
  }
  return { truncatedText, collapsedWrappers, elements, svgs, lists };
}

/** What the walk did and found, in document order. */
interface Walked {
  truncatedText: number;
  collapsedWrappers: number;
  elements: number;
  svgs: Element[];
  /** Every <ul>, <ol> and <nav>: the candidate link farms. */
  lists: Element[];
}

function isWrapper(element: Element): boolean {
  return WRAPPERS.test(element.tagName) && onlyChild(element) !== null;
}

/** Link-only lists and navigation of a huge page (`lists`, in document order): what Readability would score and drop, at a great cost. */
function removeLinkFarms(lists: Element[]): number {
  let count = 0;
  for (const list of lists) {
    // Counted only up to the bound: a farm's list can hold most of the page.
    if (!list.isConnected || !countsTo(list, FARM_ITEMS, LINK_FARM_ITEMS)) continue;
    const text = list.textContent!.replace(/\s+/g, '').length;
    if (!text) continue; // thumbnails only: maybe a gallery, the engine decides
    let linked = 0;
    for (const link of byTag(list, 'a')) linked += link.textContent!.replace(/\s+/g, '').length;
    if (linked / text >= LINK_FARM_DENSITY) {
      list.remove();
      count++;
    }
  }
  return count;
}

/** The element counts pruneHostile works with (tests shrink them). */
export interface PruneLimits {
  hugePage: number;
  maxElements: number;
}

/**
 * Prunes `root` (in the engine's clone) so that no page can make the engine
 * freeze its tab; throws PageTooLargeError when a page is too large all the same.
 */
export function pruneHostile(
  root: Element,
  limits: PruneLimits = { hugePage: HUGE_PAGE_ELEMENTS, maxElements: MAX_ELEMENTS },
): PruneReport {
  const walked = walkAndCollapse(root);
  const { truncatedText, collapsedWrappers } = walked;
  let elements = walked.elements;
  let linkFarms = 0;
  if (elements > limits.hugePage) {
    // Icons: an inline <svg> can hold hundreds of paths, and the sanitiser drops SVG anyway.
    for (const svg of walked.svgs) svg.replaceChildren();
    linkFarms = removeLinkFarms(walked.lists);
    elements = root.getElementsByTagName('*').length;
  }
  if (elements > limits.maxElements) throw new PageTooLargeError(elements);
  return { truncatedText, collapsedWrappers, linkFarms, elements };
}
