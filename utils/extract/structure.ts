/**
 * Boilerplate that Readability keeps inside its pick, recognised by shape
 * rather than wording, so it works in any language: blocks made of links
 * (navigation, "more from", teaser lists, tag clouds), one-line link
 * announcers ("<label>: <link>"), and headings left with nothing under them.
 * Runs on Readability's output, which is small, so reading the text of every
 * block costs little.
 */
import { innermostBlocks, isProse, type Block } from './blocks';
import { squash } from './dom';
import { removeBareLabels } from './bare-labels';
import { removeCreditLines } from './credit-lines';
import { removeDateLines, type StoryMeta } from './date-lines';
import { removeFollowLines } from './follow-lines';
import { removeTeaserTail } from './teaser-tail';
import { textReaches } from './tree';

/**
 * Called for each block removed, with the rule's name and the block's text (for `npm run eval`); a rule that
 * adds text the pick had lost reports what it added under a name starting with `+`.
 */
export type RemovalTrace = (rule: string, text: string) => void;

const CONTAINER = /^(?:UL|OL|DL|NAV|ASIDE|TABLE|DIV|SECTION|FOOTER|HEADER|P|LI|FIGURE)$/;
const HEADING = /^H[1-6]$/;

/** Characters of `el`'s text inside links, how many links there are, and how many lead elsewhere on the same site. */
function linkText(el: Element, host = ''): { chars: number; links: number; local: number } {
  let chars = 0;
  let links = 0;
  let local = 0;
  for (const a of linksOf(el)) {
    const text = squash(a.textContent);
    if (!text) continue;
    chars += text.length;
    links++;
    if (host && siteOf(a.getAttribute('href') ?? '', `https://${host}/`) === host) local++;
  }
  return { chars, links, local };
}

/**
 * The links (with an href) inside `el`, in document order. A tag lookup, not
 * an `a[href]` selector: jsdom runs selectors through a generic engine, several
 * times slower, and this runs for every block of the story.
 */
function linksOf(el: Element): Element[] {
  const anchors = el.getElementsByTagName('a');
  const links: Element[] = [];
  for (let i = 0, n = anchors.length; i < n; i++) if (anchors[i].hasAttribute('href')) links.push(anchors[i]);
  return links;
}

/** The host of `href` (resolved against `base`), less "www.". */
function siteOf(href: string, base?: string): string {
  try {
    return new URL(href, base).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** More links than this in one block is a reference list or an index, which readers keep. */
const MAX_LINKS = 12;

/**
 * A block of links: two to a dozen, carrying most of its text, with little
 * prose between them (a sentence with links in it is story), most of them
 * to the page's own site — navigation, tags and "more from" lists do; a
 * list of sources or external links is the author's.
 */
function isLinkBlock(el: Element, text: string, host: string): boolean {
  if (el.tagName === 'LI') return false;
  const { chars, links, local } = linkText(el, host);
  if (links < 2 || links > MAX_LINKS || local < links * 0.67) return false;
  const prose = text.length - chars;
  return chars >= text.length * 0.6 && prose < 150;
}

/**
 * "<label>: <link>" on a line of its own (a "read also" line in any
 * language): a short label ending in a colon, then a link that is most of the line.
 */
function isAnnouncer(el: Element, text: string): boolean {
  if (text.length > 200 || !/^(?:P|DIV|LI|H[2-6])$/.test(el.tagName)) return false;
  const { chars, links } = linkText(el);
  if (links !== 1 || chars < text.length * 0.5) return false;
  const before = squash(textBefore(el, linksOf(el)[0]));
  return before.length > 0 && before.length <= 30 && before.endsWith(':') && before.split(' ').length <= 4;
}

/** The text of `root` before `stop` in document order. */
function textBefore(root: Element, stop: Node): string {
  let out = '';
  const walk = (node: Node): boolean => {
    if (node === stop) return true;
    if (node.nodeType === 3) out += node.nodeValue ?? '';
    for (let child = node.firstChild; child; child = child.nextSibling) if (walk(child)) return true;
    return false;
  };
  walk(root);
  return out;
}

/**
 * The first and last blocks of prose among `blocks` (the pick's innermost
 * blocks, in document order): 80+ characters outside links, so a teaser
 * card wrapped in one link is all link.
 */
function proseBounds(blocks: Block[]): [Element, Element] | null {
  const prose = blocks.filter(isProse);
  return prose.length ? [prose[0].el, prose[prose.length - 1].el] : null;
}

/**
 * Removes announcer lines anywhere, and link blocks before the story's first
 * paragraph of prose or after its last (navigation, "more from", tags): a
 * list of links between paragraphs (a table of contents, "see also" in the
 * middle of a text) is the author's. Top down: a block that qualifies goes
 * whole, one that doesn't is searched inside. Never a block holding half
 * the story or more.
 */
function removeLinkBlocks(content: Element, blocks: Block[], total: number, host: string, trace?: RemovalTrace): number {
  const bounds = proseBounds(blocks);
  // Node.DOCUMENT_POSITION_FOLLOWING (4) / PRECEDING (2): the first prose comes after `el`, the last before it.
  const atEdge = (el: Element) =>
    !bounds || (!el.contains(bounds[0]) && (el.compareDocumentPosition(bounds[0]) & 4) !== 0) ||
    (!el.contains(bounds[1]) && (el.compareDocumentPosition(bounds[1]) & 2) !== 0);
  let removed = 0;
  const visit = (el: Element): void => {
    // A snapshot: the loop removes children as it goes.
    const children: Element[] = [];
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) children.push(child);
    for (const child of children) {
      // A fact table (an infobox) is data, links and all: neither it nor a list in one of its cells is navigation.
      if (child.tagName === 'TABLE' && isFactTable(child)) continue;
      if (!CONTAINER.test(child.tagName) && !HEADING.test(child.tagName)) {
        visit(child);
        continue;
      }
      const text = squash(child.textContent);
      if (!text) continue;
      if (text.length < total * 0.5) {
        const rule = isAnnouncer(child, text) ? 'announcer'
          : CONTAINER.test(child.tagName) && atEdge(child) && isLinkBlock(child, text, host) ? 'link-block' : null;
        if (rule) {
          trace?.(rule, text);
          child.remove();
          removed++;
          continue;
        }
      }
      visit(child);
    }
  };
  visit(content);
  return removed;
}

/**
 * A table of facts: two or more rows that pair a header cell with a data
 * cell ("Founded | 1998", "Official languages | English, Māori") — an
 * infobox or a fact box, whose values are often all links.
 */
function isFactTable(table: Element): boolean {
  let pairs = 0;
  // Its own rows (in a tbody or not), never a nested table's.
  const rows = [...table.children].flatMap((part) => (part.tagName === 'TR' ? [part] : [...part.children]));
  for (const row of rows) {
    const first = row.firstElementChild;
    if (first?.tagName === 'TH' && first.nextElementSibling?.tagName === 'TD' && ++pairs >= 2) return true;
  }
  return false;
}

/** A label line: a short paragraph ending in a colon ("Mehr zum Thema:", "Contact:", "À lire aussi :"). */
function isLabel(el: Element): boolean {
  if ((el.tagName !== 'P' && el.tagName !== 'DIV') || textReaches(el, 41)) return false;
  const text = squash(el.textContent);
  return text.length > 0 && text.length <= 40 && text.endsWith(':');
}

/**
 * Headings and label lines ("Mehr zum Thema:") with nothing of their own
 * under them at the end of the story: what they announced (a link list, a
 * comment box, a contact card) was removed.
 */
function removeOrphanHeadings(content: Element, trace?: RemovalTrace): number {
  // The story as a sequence of headings and of anything else that shows (text, images), in order.
  const sequence: (Element | 'content')[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        if (/\S/.test(child.nodeValue ?? '') && sequence.at(-1) !== 'content') sequence.push('content');
      } else if (child.nodeType === 1) {
        const el = child as Element;
        if ((HEADING.test(el.tagName) || isLabel(el)) && !el.querySelector('img')) sequence.push(el);
        else if (/^(?:IMG|PICTURE|VIDEO|IFRAME)$/.test(el.tagName)) sequence.push('content');
        else walk(el);
      }
    }
  };
  walk(content);
  let removed = 0;
  // Only at the very end: a heading straight before another can be a kicker or a section title.
  for (let i = sequence.length - 1; i >= 0; i--) {
    const item = sequence[i];
    // A "heading" as long as a paragraph is the story set in large type (some sites write all of it in <h> tags).
    if (item === 'content' || squash(item.textContent).length >= 80) break;
    trace?.('orphan-heading', squash(item.textContent));
    item.remove();
    removed++;
  }
  return removed;
}

/**
 * Removes the boilerplate Readability kept, by structure only. Returns how
 * many blocks went.
 */
export function structuralClean(content: Element, url: string, trace?: RemovalTrace, meta?: StoryMeta): number {
  const total = squash(content.textContent).length;
  if (!total) return 0;
  // The pick's lines, read once: the link blocks need the story's bounds, the line rules judge what the link blocks left.
  const blocks = innermostBlocks(content);
  let removed = removeLinkBlocks(content, blocks, total, siteOf(url), trace);
  let live = removed ? blocks.filter((b) => attached(b.el, content)) : blocks;
  const none = () => new Set<Element>();
  for (const rule of [
    removeCreditLines,
    (b: Block[]) => (meta ? removeDateLines(b, meta, trace) : none()),
    removeBareLabels,
    (b: Block[]) => removeFollowLines(b, url, trace),
  ]) {
    const gone = rule(live, trace);
    if (gone.size) live = live.filter((b) => !gone.has(b.el));
    removed += gone.size;
  }
  removed += removeTeaserTail(live, url, trace);
  // Headings last: what they announced may have gone.
  return removed + removeOrphanHeadings(content, trace);
}

/** Whether `el` is still inside `root` (a parent walk: cheaper than `contains` from the root down). */
function attached(el: Element, root: Element): boolean {
  for (let up: Element | null = el; up; up = up.parentElement) if (up === root) return true;
  return false;
}
