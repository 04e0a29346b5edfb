/**
 * Tree questions the engine asks thousands of times a page, answered by
 * walking only as far as the answer needs. `querySelector` with a list of
 * tags runs through a generic selector engine in jsdom (the command line and
 * the tests), ten times a walk's cost; `textContent` of a big box builds the
 * whole string to compare its length with a few dozen characters; and a
 * jsdom HTMLCollection answers `.length` (any named property) by reading the
 * id and name of every element in it. In Chromium these walks cost about
 * what the native calls do, and less when they stop early.
 */

/** Whether a descendant of `root` (not `root` itself) has one of the local names `names`: `!!root.querySelector('img, picture')`. */
export function hasTag(root: Element, names: ReadonlySet<string>): boolean {
  return countsTo(root, names, 1);
}

/**
 * Whether `root` has at least `count` descendants whose local name is in
 * `names` (lower case, as a selector of tags matches them), counting only
 * that far.
 */
export function countsTo(root: Element, names: ReadonlySet<string>, count: number): boolean {
  if (count <= 0) return true;
  let found = 0;
  let el = root.firstElementChild;
  while (el) {
    if (names.has(el.localName) && ++found >= count) return true;
    let next = el.firstElementChild;
    for (let up: Element | null = el; !next && up && up !== root; up = up.parentElement) next = up.nextElementSibling;
    el = next;
  }
  return false;
}

/**
 * Whether `squash(node.textContent).length >= limit`, reading the text only
 * until it gets there. Each text node's white space is collapsed by the
 * native regex (cheap even before the code is compiled, unlike a loop over
 * characters); a run of white space between two text nodes counts once.
 */
export function textReaches(node: Node, limit: number): boolean {
  if (limit <= 0) return true;
  let count = 0;
  /** Some text has been counted. */
  let started = false;
  /** White space after the text counted so far: one space, if more text follows. */
  let pending = false;
  for (let at: Node | null = node; at; ) {
    if (at.nodeType === 3 || at.nodeType === 4) {
      const text = (at.nodeValue ?? '').replace(/[\s\u00a0]+/g, ' ');
      if (text === ' ') pending = started;
      else if (text) {
        const leading = text.charCodeAt(0) === 32 ? 1 : 0;
        const trailing = text.charCodeAt(text.length - 1) === 32 ? 1 : 0;
        count += text.length - leading - trailing + ((pending || leading) && started ? 1 : 0);
        if (count >= limit) return true;
        started = true;
        pending = trailing === 1;
      }
    }
    let next: Node | null = at.firstChild;
    for (let up: Node | null = at; !next && up && up !== node; up = up.parentNode) next = up.nextSibling;
    at = next;
  }
  return false;
}

/**
 * The elements of `root.getElementsByTagName(tag)`, in document order, read
 * by index (never `.length` or an iterator: see above).
 */
export function byTag(root: Element | Document, tag: string): Element[] {
  const list = root.getElementsByTagName(tag);
  const out: Element[] = [];
  for (let i = 0, el: Element | undefined; (el = list[i]); i++) out.push(el);
  return out;
}
