/**
 * The last pass, over Readability's output: anything of a gallery or promo
 * that slipped through (a lone "SEE ALL", an "Advertisement" label, a
 * caption that was also printed in the story) goes. A single figure with
 * its caption is story and stays where it is.
 */
import { isGalleryControl } from './counters';
import { squash } from './dom';

const LEFTOVER = /^(?:advertisement|sponsored|related:?|read full story|continue reading|see gallery|share(?: this)?(?: article| story)?)$/i;
const ANNOUNCER = /^(?:related|read more|see also|more)\s*:/i;
const BLOCK = 'p, li, div, figcaption, h1, h2, h3, h4, h5, h6, button, a, span, small, strong';

/** The text of a block with few parts, or null for a block too big to be a leftover or a caption. */
function wholeText(el: Element): string | null {
  return el.childNodes.length > 5 ? null : squash(el.textContent);
}

function isLeftover(el: Element, text: string, captions: Set<string>): boolean {
  if (!text || el.querySelector('img, picture, video, iframe, table')) return false;
  if (text.length <= 40 && (isGalleryControl(text) || LEFTOVER.test(text))) return true;
  if (text.length < 200 && ANNOUNCER.test(text) && !!el.querySelector('a')) return true;
  return captions.has(text);
}

/**
 * Cleans `content` in place; `captions` are the texts of the harvested
 * gallery captions. Looks only at blocks whose own text starts short or
 * matches a caption, found from the text nodes up. Returns how many went.
 */
export function postClean(content: Element, captions: Set<string>): number {
  const doomed = new Set<Element>();
  const longest = Math.max(0, ...[...captions].map((c) => c.length));
  const visit = (node: Node): void => {
    const raw = node.nodeValue ?? '';
    // Cheap length test first: most text nodes are story paragraphs, far longer than any label.
    if (raw.length > 200 + longest) return;
    const value = squash(raw);
    // The node's own text must already look like a leftover; only then is its block read.
    if (!value) return;
    const suspect = captions.has(value) || ANNOUNCER.test(value) || (value.length <= 40 && (isGalleryControl(value) || LEFTOVER.test(value)));
    if (!suspect) return;
    // An announcer's label ("<strong>RELATED:</strong> <a>…</a>") speaks for its whole line.
    const block = node.parentElement?.closest(ANNOUNCER.test(value) ? 'p, li, div, h1, h2, h3, h4, h5, h6' : BLOCK);
    if (!block || block === content) return;
    const text = wholeText(block);
    if (text === null || !isLeftover(block, text, captions)) return;
    // Take the wrapping paragraph too when this block is all of it.
    const wrapper = block.parentElement?.closest('p, li, figcaption, div');
    const whole = wrapper && wrapper !== content && content.contains(wrapper) && wholeText(wrapper) === text;
    doomed.add(whole ? wrapper : block);
  };
  const walk = (el: Element): void => {
    for (let child = el.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) visit(child);
      // Code is quoted as is: a lone ">" or "Next" there is a prompt or an identifier.
      else if (child.nodeType === 1 && !/^(?:PRE|CODE|SCRIPT|STYLE)$/.test((child as Element).tagName)) walk(child as Element);
    }
  };
  walk(content);
  for (const el of doomed) el.remove();
  return doomed.size;
}

const BYLINE_WORDS = /^(?:by|and|updated|published|posted|on|at|jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december|am|pm|st|nd|rd|th|edt|est|gmt|utc|bst|cet)$/i;

/**
 * Readability keeps the page's byline line in the story when the byline
 * already came from metadata; the popup shows the byline itself, so a short
 * opening block that only repeats it (with "By", a date, a dot) goes.
 * Returns the text that went, or null.
 */
export function dropBylineEcho(content: Element, byline: string | null): string | null {
  const name = squash(byline).toLowerCase();
  if (!name) return null;
  // Only the first block with text is looked at: a name lower down is part of the story.
  const el = firstTextBlock(content);
  if (!el) return null;
  const text = squash(el.textContent).toLowerCase();
  if (text.length > 100 || !text.includes(name) || el.getElementsByTagName('img')[0]) return null;
  const rest = text.replace(name, ' ').match(/[a-z]+/g) ?? [];
  if (!rest.every((word) => BYLINE_WORDS.test(word))) return null;
  const removed = squash(el.textContent);
  el.remove();
  return removed;
}

/** Holds a paragraph or a div: a wrapper, not a block of its own. */
function holdsBlocks(el: Element): boolean {
  // The first item, not `.length`: jsdom counts a collection's length by reading every element's id and name.
  return !!el.getElementsByTagName('p')[0] || !!el.getElementsByTagName('div')[0];
}

/**
 * The first `p`, `div` or `span` in document order that is not a wrapper and
 * has text. Found by descending from the top rather than listing every block
 * of the story: it is nearly always among the first few elements.
 */
function firstTextBlock(root: Element): Element | null {
  for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
    if (/^(?:P|DIV|SPAN)$/.test(child.tagName) && !holdsBlocks(child)) {
      // Its spans hold no more text than it does: an empty block is passed over whole.
      if (squash(child.textContent)) return child;
      continue;
    }
    const found = firstTextBlock(child);
    if (found) return found;
  }
  return null;
}
