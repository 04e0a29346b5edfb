/**
 * A second opinion for pages where Readability's pick is not an article
 * (verdict.ts) although the page holds one: Readability crowned a table of
 * names, a list of signatories or a block of product facts instead of the
 * story beside it. The candidate is the element whose own blocks of prose
 * hold the most text, found on a freshly cleaned copy of the page, and it is
 * read only when it is an article itself. Asked only after the verdict said
 * no, so a page Readability reads as an article never changes.
 */
import { Readability } from '@mozilla/readability';
import { bodyCoverage } from './article-body';
import { squash } from './dom';
import { blockText, countWords } from './text';
import { fastReadability } from './readability-fast';
import { PROSE_BLOCK_WORDS } from './verdict';

/** The candidate must hold at least this much prose (characters outside links). */
const MIN_PROSE_CHARS = 500;
/** Readability on the candidate alone must keep this share of its sentences, else the candidate is read as it is. */
const MIN_KEPT = 0.6;

/** Blocks of prose; list items and table cells are not (names, steps and facts are lists and tables). */
const PROSE = new Set(['P', 'PRE', 'BLOCKQUOTE', 'H2', 'H3']);
/** What makes a <div> a wrapper rather than a block of its own. */
const STRUCTURE = new Set(['P', 'DIV', 'UL', 'OL', 'TABLE', 'LI', 'H2', 'H3']);
/** Page chrome by element, and what never holds prose. */
const SKIP = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'FORM', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'svg', 'SELECT', 'TEXTAREA', 'IFRAME']);
const CHROME_ROLE = new Set(['navigation', 'banner', 'contentinfo', 'complementary']);
/** Never part of a story read as is. */
const NOT_TEXT = 'script, style, noscript, template, form, iframe, button, input, select, textarea, svg';

/**
 * Characters of `el`'s text outside links, or 0 when it is not a block of
 * prose: shorter than the verdict's prose block (a name, a label, a menu
 * entry), or mostly links.
 */
function proseChars(el: Element): number {
  const text = squash(el.textContent);
  if (countWords(text) < PROSE_BLOCK_WORDS) return 0;
  let linked = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0, n = links.length; i < n; i++) linked += squash(links[i].textContent).length;
  return linked <= text.length * 0.5 ? text.length - linked : 0;
}

/**
 * The element whose child blocks of prose hold the most characters outside
 * links, past navigation, headers, footers, asides and forms; null when no
 * element holds MIN_PROSE_CHARS.
 */
export function densestBlock(root: Element): { el: Element; prose: number } | null {
  const score = new Map<Element, number>();
  const add = (block: Element) => {
    const prose = proseChars(block);
    if (prose && block.parentElement) score.set(block.parentElement, (score.get(block.parentElement) ?? 0) + prose);
  };
  // Returns whether `el` holds structure (paragraphs, lists, tables, divs) below it.
  const walk = (el: Element): boolean => {
    let structured = false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const tag = child.tagName;
      if (SKIP.has(tag) || CHROME_ROLE.has(child.getAttribute('role') ?? '')) continue;
      const inner = walk(child);
      if (PROSE.has(tag) || (tag === 'DIV' && !inner)) add(child);
      structured ||= inner || STRUCTURE.has(tag);
    }
    return structured;
  };
  walk(root);
  let best: { el: Element; prose: number } | null = null;
  for (const [el, prose] of score) if (!best || prose > best.prose) best = { el, prose };
  return best && best.prose >= MIN_PROSE_CHARS ? best : null;
}

/**
 * The story in `block` (an element of a cleaned copy of the page): what
 * Readability reads in the block alone when that keeps most of its
 * sentences (`minKept`; 0: whenever it reads anything), else the block
 * itself less what is never text. The structural pass, post-clean and
 * sanitiser still run on it.
 */
export function readBlock(block: Element, url: string, minKept = MIN_KEPT): Element {
  const doc = block.ownerDocument.implementation.createHTMLDocument('');
  const base = doc.createElement('base');
  base.setAttribute('href', url);
  doc.head.append(base);
  const copy = doc.importNode(block, true) as Element;
  doc.body.append(copy.cloneNode(true));
  const parsed = fastReadability(new Readability(doc, { charThreshold: MIN_PROSE_CHARS, serializer: (node: Node) => node as Element })).parse();
  const content = parsed?.content as Element | null | undefined;
  const text = blockText(copy);
  if (content && (minKept <= 0 || bodyCoverage(text, blockText(content)) >= minKept)) return content;
  for (const el of copy.querySelectorAll(NOT_TEXT)) el.remove();
  return copy;
}
