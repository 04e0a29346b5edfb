/**
 * A second opinion on Readability's pick, for pages where it chose the wrong
 * container (a table of names, a list of signatories, a teaser beside the
 * story): the element whose own blocks hold the most prose. When
 * Readability's text holds little of that prose, the dense block is read
 * instead. Cheap: one query over the page's leaf blocks before Readability
 * runs, and a second Readability run only on the pages that disagree.
 */
import { Readability } from '@mozilla/readability';
import { bodyCoverage } from './article-body';
import { squash } from './dom';
import { blockText } from './text';

/** A block shorter than this is a label or a menu entry, not prose. */
const MIN_BLOCK = 25;
/** The dense block must hold at least this much prose to overrule Readability. */
const MIN_PROSE = 500;
/** Readability "missed" the dense block when its text holds less than this share of the block's sentences. */
const MAX_COVERAGE = 0.3;

/** Where prose is not: page chrome by element or ARIA role. */
const CHROME = 'nav, header, footer, aside, form, [role="navigation"], [role="banner"], [role="contentinfo"], [role="complementary"]';

/**
 * The leaf blocks of prose in `root` (outside page chrome), each with its
 * characters outside links. List items and table cells are not prose here:
 * slides with long captions, recipe steps and tables of names are lists,
 * and a list is what Readability's wrong picks are made of.
 */
function* proseBlocks(root: Element): Generator<[Element, number]> {
  for (const block of root.querySelectorAll('p, pre, blockquote, div, h2, h3')) {
    if (block.tagName === 'DIV' && block.querySelector('p, div, ul, ol, table, li, h2, h3')) continue;
    const text = squash(block.textContent);
    if (text.length < MIN_BLOCK || block.closest(CHROME)) continue;
    let linked = 0;
    for (const a of block.querySelectorAll('a')) linked += squash(a.textContent).length;
    if (linked <= text.length * 0.5) yield [block, text.length - linked];
  }
}

/** Characters of prose in `root`. */
function proseOf(root: Element): number {
  let sum = 0;
  for (const [, prose] of proseBlocks(root)) sum += prose;
  return sum;
}

/** The element whose child blocks hold the most prose (characters outside links), or null. */
export function densestBlock(root: Element): { el: Element; prose: number } | null {
  const score = new Map<Element, number>();
  for (const [block, prose] of proseBlocks(root)) {
    if (block.parentElement) score.set(block.parentElement, (score.get(block.parentElement) ?? 0) + prose);
  }
  let best: { el: Element; prose: number } | null = null;
  for (const [el, prose] of score) if (!best || prose > best.prose) best = { el, prose };
  return best && best.prose >= MIN_PROSE ? best : null;
}

/**
 * Readability's content for the dense block alone, when Readability's own
 * pick is poor in prose (under 500 characters, or a quarter of the block's:
 * names in a list, a table, a teaser) and holds less than 30% of the block's sentences;
 * else null. A pick rich in prose stays even when the block is elsewhere:
 * that block is a comment thread longer than the story. `block` is a copy
 * taken before Readability changed the page.
 */
export function readDenseBlock(block: Element, picked: Element, url: string): Element | null {
  const pickedProse = proseOf(picked);
  if (pickedProse >= MIN_PROSE && pickedProse >= proseOf(block) * 0.25) return null;
  const denseText = blockText(block);
  if (bodyCoverage(denseText, blockText(picked)) >= MAX_COVERAGE) return null;
  const doc = block.ownerDocument.implementation.createHTMLDocument('');
  const base = doc.createElement('base');
  base.setAttribute('href', url);
  doc.head.append(base);
  const copy = doc.importNode(block, true);
  doc.body.append(copy.cloneNode(true));
  const parsed = new Readability(doc, { charThreshold: MIN_PROSE, serializer: (node: Node) => node as Element }).parse();
  const content = parsed?.content as Element | null | undefined;
  if (content && bodyCoverage(denseText, blockText(content)) >= 0.6) return content;
  // Readability, even on the block alone, picks something else in it (a big table): take the block as it is,
  // less what is never text. The structural pass and the sanitiser still run on it.
  for (const el of copy.querySelectorAll('script, style, noscript, template, form, iframe, button, input, select, textarea, svg')) el.remove();
  return copy;
}
