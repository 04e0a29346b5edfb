/**
 * Paragraphs of the story that are only a photo credit or a copyright
 * notice, recognised by shape (credits.ts), so in any language: "©"
 * lines, "Photo: …" / "(Image credit: …)", and a slash credit ("AFP / Jane
 * Doe", "Bild: Werk/Jane Doe") right after a picture. A figure's caption
 * keeps its credit: the figure and its caption are story.
 */
import { innermostBlocks, isHeading } from './blocks';
import { isCopyrightLine, isSlashCredit, isWordedCredit } from './credits';
import type { RemovalTrace } from './structure';

const MEDIA = 'img, picture, video, iframe, table';

/** Inside a figure or a table: a caption, credit included, is the figure's; a cell is the table's. */
const OWNED = 'figure, figcaption, table';

/** Whether a picture sits just before `el` (or just before its parent, when `el` opens it). */
function afterPicture(el: Element): boolean {
  const before = el.previousElementSibling ?? el.parentElement?.previousElementSibling;
  return !!before && (/^(?:IMG|PICTURE)$/.test(before.tagName) || !!before.querySelector('img, picture'));
}

/** Removes the credit and copyright lines of `content`; returns how many went. */
export function removeCreditLines(content: Element, trace?: RemovalTrace): number {
  let count = 0;
  for (const b of innermostBlocks(content)) {
    if (isHeading(b.el) || b.text.length > 120 || b.el.querySelector(MEDIA) || b.el.closest(OWNED)) continue;
    if (isCopyrightLine(b.text) || isWordedCredit(b.text) || (isSlashCredit(b.text) && afterPicture(b.el))) {
      trace?.('credit-line', b.text);
      b.el.remove();
      count++;
    }
  }
  return count;
}
