/**
 * The story's lead (standfirst, dek, intro) when Readability's pick starts
 * below it. Pages put the lead between the headline and the body, often in
 * the article's header (`<header><h1/><p class="lead"/></header><div
 * class="body">…`), a sibling of an ancestor of the body that Readability's
 * sibling rule never reaches. Read by position, in any language: the blocks
 * of prose right after the headline and before the first block Readability
 * kept.
 */
import { isHiddenByMarkup, linkDensity, squash } from './dom';
import { titleWords } from './metadata';
import { countWords } from './text';
import { byTag, hasTag, textReaches } from './tree';
import { PROSE_BLOCK_WORDS } from './verdict';

/** Elements that make a block of text (a leaf of these is one block). */
const BLOCKISH = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'HEADER', 'MAIN', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'UL', 'OL', 'LI', 'DL', 'DD', 'DT', 'BLOCKQUOTE', 'TABLE', 'TBODY', 'TR', 'TD', 'TH', 'PRE',
]);
/** Never a lead: page chrome, media and their captions, controls, code. */
const SKIP = new Set([
  'NAV', 'ASIDE', 'FOOTER', 'FORM', 'FIGURE', 'FIGCAPTION', 'PICTURE', 'VIDEO', 'AUDIO', 'IFRAME', 'SCRIPT', 'STYLE',
  'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'SELECT', 'TEXTAREA', 'LABEL', 'SVG', 'svg', 'TIME', 'ADDRESS',
]);
const CHROME_ROLE = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog']);
/** How far past the headline to look: a lead is the next few blocks, not the page. */
const MAX_BLOCKS = 10;
const MAX_CHARS = 4000;
/** A window block this long is distinct enough to find in the pick's text. */
const ANCHOR_CHARS = 25;

/** One block after the headline: a copy (Readability edits the page) and its text. */
export interface LeadBlock {
  el: Element;
  text: string;
  prose: boolean;
}

/** Whether a heading's text is the page's title (or the title with the site's name around it). */
export function matchesTitle(heading: string, titles: string[]): boolean {
  const own = titleWords(heading);
  if (own.length < 2) return false;
  return titles.some((title) => {
    const theirs = new Set(titleWords(title));
    const shared = own.filter((w) => theirs.has(w)).length;
    return shared >= Math.min(3, own.length) && shared >= own.length * 0.75;
  });
}

/** The page's headline: the first <h1> (else <h2>) whose text is the title. */
function headline(root: Element, titles: string[]): Element | null {
  for (const tag of ['h1', 'h2']) {
    for (const heading of byTag(root, tag).slice(0, 20)) if (matchesTitle(squash(heading.textContent), titles)) return heading;
  }
  return null;
}

const PHOTO = new Set(['img', 'picture']);
const MEDIA = new Set(['img', 'picture', 'video']);

/** A box that shows a photo and hardly any text (a label, a counter). */
function isPhotoBox(el: Element | null): boolean {
  // The text first: both tests stop early, and most boxes fail this one.
  return !!el && !textReaches(el, 40) && (el.tagName === 'IMG' || hasTag(el, PHOTO));
}

/**
 * A caption (or an author's bio) written without <figure>: within a few
 * levels up, while the boxes hold hardly any text beside the block, a box
 * holds a photo (photo, caption and credit; the author's picture, name and
 * bio) or comes right after a box that is one.
 */
function isCaption(el: Element, text: string): boolean {
  let box: Element | null = el;
  for (let level = 0; box && level < 4; level++, box = box.parentElement) {
    // `el`'s own text is `text`; a box around it may be the page, so its text is read only as far as the limit.
    if (box !== el && textReaches(box, text.length * 1.5)) return false;
    if ((box !== el && hasTag(box, MEDIA)) || isPhotoBox(box.previousElementSibling)) return true;
  }
  return false;
}

/** The window's walk: characters left to read. */
interface Walk {
  chars: number;
}

/**
 * Leaf blocks of `el` in document order into `out` (skipping chrome, media
 * and hidden boxes); returns whether `el` held any block.
 */
function leaves(el: Element, out: LeadBlock[], budget: Walk): boolean {
  if (SKIP.has(el.tagName) || CHROME_ROLE.has(el.getAttribute('role') ?? '') || isHiddenByMarkup(el)) return true;
  let held = false;
  for (let child = el.firstElementChild; child && out.length < MAX_BLOCKS && budget.chars > 0; child = child.nextElementSibling) {
    held = leaves(child, out, budget) || held;
  }
  if (held || !BLOCKISH.has(el.tagName)) return held;
  const text = squash(el.textContent);
  if (!text) return false;
  budget.chars -= text.length;
  // A second <h1> is another headline, never this story's lead; a line beside a photo is its caption.
  const prose = el.tagName !== 'H1' && countWords(text) >= PROSE_BLOCK_WORDS && linkDensity(el, text) < 0.5 && !isCaption(el, text);
  out.push({ el: el.cloneNode(true) as Element, text, prose });
  return true;
}

/**
 * Before Readability: the first blocks after the page's headline (a heading
 * whose text is one of `titles`), copied. Empty when no heading is the title.
 */
export function leadWindow(root: Element, titles: string[]): LeadBlock[] {
  const heading = headline(root, titles.filter(Boolean));
  if (!heading) return [];
  const out: LeadBlock[] = [];
  const budget: Walk = { chars: MAX_CHARS };
  for (let at: Element | null = heading; at && at !== root && out.length < MAX_BLOCKS && budget.chars > 0; at = at.parentElement) {
    for (let sib = at.nextElementSibling; sib && out.length < MAX_BLOCKS && budget.chars > 0; sib = sib.nextElementSibling) leaves(sib, out, budget);
  }
  return out;
}

/** The outermost element of `content` whose text starts with `text` (the anchor block as the pick holds it). */
function holderOf(content: Element, text: string): Element | null {
  const head = text.slice(0, ANCHOR_CHARS);
  let found: Element | null = null;
  const walk = (el: Element): boolean => {
    for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
      const own = squash(child.textContent);
      if (own.startsWith(head)) {
        found = child;
        return true;
      }
      if (own.includes(head)) return walk(child);
    }
    return false;
  };
  walk(content);
  return found;
}

/**
 * After Readability: the window's blocks of prose that come before the first
 * block the pick kept, put back in front of it — when `allowed()` says so
 * (asked only when there is a lead to put back). None when the pick holds no
 * block of the window (it is elsewhere on the page). Returns how many blocks
 * were put back.
 */
export function restoreLead(content: Element, window: LeadBlock[], allowed: () => boolean = () => true): number {
  if (!window.length) return 0;
  // The native textContent, not blockText: a block's own text is whole in it, and it costs a tenth.
  const kept = squash(content.textContent);
  const anchor = window.findIndex((block) => block.text.length >= ANCHOR_CHARS && kept.includes(block.text));
  if (anchor <= 0) return 0;
  const lead = window.slice(0, anchor).filter((block) => block.prose && !kept.includes(block.text));
  if (!lead.length || !allowed()) return 0;
  // Just before the block the pick kept first, so what opened the pick (a breadcrumb, a date line) still opens it.
  const at = holderOf(content, window[anchor].text);
  const doc = content.ownerDocument;
  for (const block of lead) {
    const copy = doc.importNode(block.el, true);
    if (at?.parentNode) at.parentNode.insertBefore(copy, at);
    else content.insertBefore(copy, content.firstChild);
  }
  return lead.length;
}
