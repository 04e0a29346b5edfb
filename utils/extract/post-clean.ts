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

/**
 * Cleans `content` in place; `captions` are the texts of the harvested
 * gallery captions. Returns how many elements went.
 */
export function postClean(content: Element, captions: Set<string>): number {
  let removed = 0;
  const candidates = content.querySelectorAll('p, span, div, a, button, li, h1, h2, h3, h4, h5, h6, figcaption, small, strong');
  for (const el of candidates) {
    if (!el.isConnected || el.querySelector('img, picture, video, iframe, table')) continue;
    const text = squash(el.textContent);
    if (!text) continue;
    const short = text.length <= 40;
    const isAnnouncer = text.length < 200 && ANNOUNCER.test(text) && !!el.querySelector('a');
    if ((short && (isGalleryControl(text) || LEFTOVER.test(text))) || isAnnouncer || captions.has(text)) {
      // A figure's own caption is never a gallery caption of this page unless it is the same text.
      el.remove();
      removed++;
    }
  }
  return removed;
}
