/**
 * The story's lines as the reader sees them: the innermost blocks of
 * Readability's pick (paragraphs, list items, cells, captions, headings and
 * the `<div>`s that hold text but no other block), each with its text and
 * the share of it inside links. Listed in one walk over the pick, which is
 * small, for the structural rules that judge a line by its shape.
 */
import { squash } from './dom';

/** One innermost block of the pick. */
export interface Block {
  el: Element;
  /** Its text, squashed. */
  text: string;
  /** Characters of `text` inside links (all of it when the block sits inside a link). */
  linkChars: number;
}

/** Elements that start a line of their own (as in text.ts's blockText). */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE',
  'TBODY', 'THEAD', 'TFOOT', 'TD', 'TH', 'TR', 'UL',
]);

/** Whether `el` is a heading. */
export const isHeading = (el: Element): boolean => /^H[1-6]$/.test(el.tagName);

/** Characters inside links under `el`. A tag lookup, not a selector: it runs for every block. */
function linkCharsOf(el: Element): number {
  let chars = 0;
  const anchors = el.getElementsByTagName('a');
  for (let i = 0, n = anchors.length; i < n; i++) if (anchors[i].hasAttribute('href')) chars += squash(anchors[i].textContent).length;
  return chars;
}

/** The innermost blocks of `root` with text, in document order. */
export function innermostBlocks(root: Element): Block[] {
  const blocks: Block[] = [];
  // Returns whether `el` holds a block; `inLink` when an ancestor is a link (a teaser card wrapped in one <a>).
  const walk = (el: Element, inLink: boolean): boolean => {
    let holds = false;
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      if (/^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(child.tagName)) continue;
      const link = inLink || (child.tagName === 'A' && child.hasAttribute('href'));
      const block = BLOCK.has(child.tagName);
      const inner = walk(child, link);
      if (block && !inner) {
        const text = squash(child.textContent);
        if (text) blocks.push({ el: child, text, linkChars: link ? text.length : Math.min(text.length, linkCharsOf(child)) });
      }
      holds ||= block || inner;
    }
    return holds;
  };
  walk(root, false);
  return blocks;
}

/** A block of prose: at least this many characters outside links. */
const PROSE_CHARS = 80;

/** Whether the block is a paragraph of prose (≥ 80 characters outside links). */
export const isProse = (b: Block): boolean => b.text.length - b.linkChars >= PROSE_CHARS;
