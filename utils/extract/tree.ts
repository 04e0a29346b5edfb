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

/** White space as `\s` matches it (and as `trim()` strips it). */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/**
 * Whether `squash(node.textContent).length >= limit`, reading the text only
 * until it gets there: a squashed text is its other characters plus one
 * space per run of white space between two of them.
 */
export function textReaches(node: Node, limit: number): boolean {
  if (limit <= 0) return true;
  let count = 0;
  let started = false;
  let pending = false;
  for (let at: Node | null = node; at; ) {
    if (at.nodeType === 3 || at.nodeType === 4) {
      const text = at.nodeValue ?? '';
      for (let i = 0; i < text.length; i++) {
        if (isSpace(text.charCodeAt(i))) {
          pending = started;
          continue;
        }
        count += pending ? 2 : 1;
        if (count >= limit) return true;
        started = true;
        pending = false;
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
