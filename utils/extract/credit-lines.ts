/**
 * Paragraphs of the story that are only a photo credit or a copyright
 * notice, recognised by shape (credits.ts), so in any language: "©"
 * lines, "Photo: …" / "(Image credit: …)", and a slash credit ("AFP / Jane
 * Doe", "Bild: Werk/Jane Doe") right after a picture. A figure's caption
 * keeps its credit: the figure and its caption are story.
 */
import { isHeading, type Block } from './blocks';
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

/**
 * Removes the credit and copyright lines among `blocks` (the pick's
 * innermost blocks); returns those removed. The text tests come first:
 * most lines fail them, and the DOM is asked only about the few that pass.
 */
export function removeCreditLines(blocks: Block[], trace?: RemovalTrace): Set<Element> {
  const removed = new Set<Element>();
  for (const b of blocks) {
    if (b.text.length > 120) continue;
    const slash = !isCopyrightLine(b.text) && !isWordedCredit(b.text);
    if (slash && !isSlashCredit(b.text)) continue;
    if (isHeading(b.el) || b.el.querySelector(MEDIA) || b.el.closest(OWNED) || (slash && !afterPicture(b.el))) continue;
    trace?.('credit-line', b.text);
    b.el.remove();
    removed.add(b.el);
  }
  return removed;
}
