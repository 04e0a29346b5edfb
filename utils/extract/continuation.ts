/**
 * The story continued in boxes next to Readability's pick. Page builders and
 * templates cut one story into rows or sections of the same make
 * (`<div class="row">…</div><div class="row">…</div>`, each with its own
 * columns inside); Readability crowns the content of one row, and its
 * sibling rule only looks at that pick's own siblings, so the rows after it
 * were lost. The rule, in one sentence: **a box that sits right next to a box
 * holding the pick (a few levels up), is of the same make (tag and class),
 * and is prose — a paragraph of its own, few links — continues the story,
 * and so does the next one of that make, until a box of another make or
 * that is not prose.**
 */
import { isHiddenByMarkup, squash } from './dom';
import type { RemovalTrace } from './structure';

/** How far above the pick's parent a box of the story may sit. */
const MAX_LEVELS = 5;
/** Above this level a box needs a class to have a make. */
const MAX_BARE_LEVEL = 2;
/** Boxes added at most (a story is a few rows, not a feed). */
const MAX_BOXES = 12;
/** A box is prose with a paragraph of at least this many characters outside links … */
const PARAGRAPH_CHARS = 80;
/** … and under this share of its text in links. */
const MAX_LINK_SHARE = 0.2;
/** Boxes of another make between two of the story's (a table, a figure). */
const MAX_BETWEEN = 2;
/** Never story, whatever their make. */
const CHROME = 'nav, aside, footer, form, header, [role="navigation"], [role="complementary"], [role="contentinfo"]';
/** A box holding one of these is not the story's: a form, another story (its headline, or an <article> of its own). */
const NOT_QUIET = 'form, input, textarea, select, h1, article';
/** Taken out of an added box: not text. */
const NOT_TEXT = 'script, style, noscript, template, iframe, button, input, select, textarea, svg, form, nav, aside, figcaption';

/** Where an element stood before Readability moved its pick out of the page, and its class then. */
export interface Origin {
  parent: Element;
  previous: Element | null;
  /** The class attribute as it was (Readability strips the classes of what it keeps). */
  className: string | null;
}

/** The make of a box: its tag and class list. */
const makeOf = (tag: string, className: string | null): string => `${tag} ${squash(className)}`;
const make = (el: Element): string => makeOf(el.tagName, el.getAttribute('class'));

/** Every element's origin, read before Readability moves its pick out of the page (one walk, nothing computed). */
export function originsOf(root: Element): WeakMap<Element, Origin> {
  const origins = new WeakMap<Element, Origin>();
  // A walk by links, without recursion (a hostile page nests deep) and without a collection of every element.
  let el = root.firstElementChild;
  while (el) {
    origins.set(el, { parent: el.parentElement!, previous: el.previousElementSibling, className: el.getAttribute('class') });
    let next = el.firstElementChild;
    for (let up: Element | null = el; !next && up && up !== root; up = up.parentElement) next = up.nextElementSibling;
    el = next;
  }
  return origins;
}

/** Characters of `box`'s text, and of it inside links. */
function linkShare(box: Element): { text: number; linked: number } {
  const text = squash(box.textContent).length;
  let linked = 0;
  const links = box.getElementsByTagName('a');
  for (let i = 0, n = links.length; i < n; i++) linked += squash(links[i].textContent).length;
  return { text, linked };
}

/**
 * Whether `box` is quiet: no page chrome, not hidden, no form field, not
 * another story (an <article>, or a box with an <h1> of its own: a list of
 * full posts, an endless scroll's next article), few links — or none, for a
 * box with no class.
 */
function isQuiet(box: Element): boolean {
  if (box.tagName === 'ARTICLE' || box.matches(CHROME) || isHiddenByMarkup(box) || box.querySelector(NOT_QUIET)) return false;
  const { text, linked } = linkShare(box);
  return squash(box.getAttribute('class')) ? linked < text * MAX_LINK_SHARE : linked === 0;
}

/** Whether `box` (quiet) holds a paragraph of prose of its own: no links in it, outside any page chrome. */
function hasParagraph(box: Element): boolean {
  const paragraphs = box.getElementsByTagName('p');
  for (let i = 0, n = paragraphs.length; i < n; i++) {
    const p = paragraphs[i];
    if (squash(p.textContent).length < PARAGRAPH_CHARS || p.querySelector('a')) continue;
    const chrome = p.closest(CHROME);
    if (!chrome || !box.contains(chrome)) return true;
  }
  return false;
}

/**
 * The boxes from `start` on (forward or back) that continue the story, in
 * page order: up to the last one of make `want` that is quiet prose, through
 * quiet boxes of other makes between (at most MAX_BETWEEN in a row); stops at
 * a box that is not quiet, or of the make but not prose.
 */
function run(start: Element | null, want: string, forward: boolean, budget: { boxes: number }): Element[] {
  const out: Element[] = [];
  const between: Element[] = [];
  const next = (el: Element) => (forward ? el.nextElementSibling : el.previousElementSibling);
  for (let sib = start; sib && budget.boxes > 0; sib = next(sib)) {
    if (!squash(sib.textContent)) continue;
    if (!isQuiet(sib)) break;
    if (make(sib) !== want) {
      if (between.push(sib) > MAX_BETWEEN) break;
      continue;
    }
    if (!hasParagraph(sib)) break;
    out.push(...between.splice(0), sib);
    budget.boxes--;
  }
  return forward ? out : out.reverse();
}

/**
 * The top candidate's place among its old siblings: the nearest one before
 * it still in `parent`, and the one after that (Readability took what stood
 * between them).
 */
function around(top: Element, parent: Element, origins: WeakMap<Element, Origin>): { before: Element | null; after: Element | null } {
  let before = origins.get(top)?.previous ?? null;
  while (before && before.parentElement !== parent) before = origins.get(before)?.previous ?? null;
  return { before, after: before ? before.nextElementSibling : parent.firstElementChild };
}

/**
 * After Readability: puts copies of the boxes that continue the story around
 * its pick (`content`, Readability's article element) before and after it;
 * returns how many — when `allowed()` says so (asked only when there is a
 * box to add). `origins` is originsOf() the page Readability read, taken
 * before it read; `trace` is told of each box added.
 */
export function continueStory(content: Element, origins: WeakMap<Element, Origin>, trace?: RemovalTrace, allowed: () => boolean = () => true): number {
  // Readability's page wrapper holds its top candidate and the siblings it took, all once children of one parent.
  const page = content.firstElementChild?.id === 'readability-page-1' ? content.firstElementChild : content;
  let top: Element | null = null;
  for (let child = page.firstElementChild; child && !top; child = child.nextElementSibling) if (origins.has(child)) top = child;
  const root = top?.ownerDocument.body;
  if (!top || !root) return 0;
  // Readability replaces some boxes as it reads (a box holding one box gives way to it): up to the one that left the page.
  while (!root.contains(origins.get(top)!.parent) && origins.has(origins.get(top)!.parent)) top = origins.get(top)!.parent;
  const parent = origins.get(top)!.parent;
  if (!root.contains(parent)) return 0;
  const budget = { boxes: MAX_BOXES };
  // Level 0: the top candidate's own old siblings; then the siblings of each box above it.
  const place = around(top, parent, origins);
  const want = makeOf(top.tagName, origins.get(top)!.className);
  let before = run(place.before, want, false, budget);
  let after = run(place.after, want, true, budget);
  let box: Element = parent;
  for (let level = 1; !before.length && !after.length && level <= MAX_LEVELS && box !== root && box.parentElement; level++, box = box.parentElement) {
    // A box with no class is a make only close to the pick: higher up, bare <div>s are the page's layout.
    if (level > MAX_BARE_LEVEL && !squash(box.getAttribute('class'))) continue;
    before = run(box.previousElementSibling, make(box), false, budget);
    after = run(box.nextElementSibling, make(box), true, budget);
  }
  if ((!before.length && !after.length) || !allowed()) return 0;
  const doc = content.ownerDocument;
  const copy = (el: Element) => {
    const clone = doc.importNode(el, true) as Element;
    for (const junk of clone.querySelectorAll(NOT_TEXT)) junk.remove();
    return clone;
  };
  for (const el of [...before, ...after]) trace?.('+continuation', squash(el.textContent));
  page.prepend(...before.map(copy));
  page.append(...after.map(copy));
  return before.length + after.length;
}
