/**
 * "Is what we read an article?" — decided on the result, after reading.
 *
 * Readability's isProbablyReaderable answers another question (should
 * Firefox offer its Reader View button?) before anything is read, from <p>
 * and <pre> alone, so it turns away stories written in <div>s; whoever clicks
 * Lede has already asked for the article. The rule, in one sentence: what
 * was read is an article when it holds at least MIN_STORY_WORDS words of its
 * own prose — blocks of PROSE_BLOCK_WORDS or more words, under half of them
 * link text, that are not a short blurb under a link headline (as in a list
 * of teasers or search results).
 */
import { countWords } from './text';

/** Block-level elements: text on either side of one of these starts a new block. */
const BLOCK = /^(?:ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|BR|DD|DETAILS|DIV|DL|DT|FIGCAPTION|FIGURE|FOOTER|H[1-6]|HEADER|HR|LI|MAIN|NAV|OL|P|PRE|SECTION|SUMMARY|TABLE|TD|TH|TR|UL)$/;
const SKIP = /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/;

/** A block shorter than this is a label, a heading, a date line or a control, not prose. */
export const PROSE_BLOCK_WORDS = 8;
/** At or above this share of link text a block is a link (a menu entry, a headline, a result title). */
const LINK_BLOCK_DENSITY = 0.8;
/** Below this share of link text a long block is prose. */
const PROSE_DENSITY = 0.5;
/** A blurb is short: a longer block under a linked heading is a section of a listicle, not a teaser. */
const BLURB_MAX_WORDS = 50;
/** Two sentences or so: the least of its own prose a page must have to be an article. */
export const MIN_STORY_WORDS = 25;

/** One block of text and how much of it sits in links. */
interface Block {
  words: number;
  chars: number;
  linkChars: number;
  /** Inside a heading: a section heading ends a run of link headlines. */
  heading: boolean;
}

/** The numbers the verdict is taken on. */
export interface ReadShape {
  /** Words in prose blocks (see PROSE_BLOCK_WORDS and PROSE_DENSITY). */
  proseWords: number;
  /** Of those, the words of blurbs: short prose right after a link block, with only short lines between. */
  teaserWords: number;
}

/** The blocks of `root` in document order; each block's text goes to `lines` when given. */
function blocksOf(root: Node, lines?: string[]): Block[] {
  const blocks: Block[] = [];
  let text = '';
  let linkChars = 0;
  let headings = 0;
  const flush = () => {
    const squashed = text.replace(/\s+/g, ' ').trim();
    if (squashed) {
      lines?.push(squashed);
      blocks.push({ words: countWords(squashed), chars: squashed.length, linkChars: Math.min(linkChars, squashed.length), heading: headings > 0 });
    }
    text = '';
    linkChars = 0;
  };
  const walk = (node: Node, inLink: boolean): void => {
    if (node.nodeType === 3) {
      const value = node.nodeValue ?? '';
      text += value;
      if (inLink) linkChars += value.replace(/\s+/g, ' ').trim().length;
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.test(tag)) return;
    const block = BLOCK.test(tag);
    const heading = /^H[1-6]$/.test(tag);
    if (block) flush();
    if (heading) headings++;
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, inLink || tag === 'A');
    if (block) flush();
    if (heading) headings--;
  };
  walk(root, false);
  flush();
  return blocks;
}

/**
 * Measures what Readability and the clean-up left in `root`. `lines`, when
 * given, gets the text of each block: joined with line breaks they are
 * `blockText(root)` (text.ts), whose blocks and white space are the same, so
 * the engine walks the story once for both.
 */
export function readShape(root: Node, lines?: string[]): ReadShape {
  const shape: ReadShape = { proseWords: 0, teaserWords: 0 };
  let afterLink = false;
  for (const block of blocksOf(root, lines)) {
    const density = block.linkChars / block.chars;
    if (density >= LINK_BLOCK_DENSITY) afterLink = true;
    else if (density < PROSE_DENSITY && block.words >= PROSE_BLOCK_WORDS) {
      shape.proseWords += block.words;
      if (afterLink && block.words <= BLURB_MAX_WORDS) shape.teaserWords += block.words;
      afterLink = false;
    } else if (block.heading) afterLink = false;
  }
  return shape;
}

/** The rule above: true when `root` holds an article's worth of its own prose. */
export function isArticle(root: Node): boolean {
  return isArticleShape(readShape(root));
}

/** The rule above, on a shape already measured. */
export function isArticleShape({ proseWords, teaserWords }: ReadShape): boolean {
  return proseWords - teaserWords >= MIN_STORY_WORDS;
}
