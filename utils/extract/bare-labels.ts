/**
 * Label lines that announce what is not story: "Kontakt:", "Auch
 * interessant:", "Lesen Sie auch die folgenden Beiträge:", "Von:",
 * "Zusatzinformationen:" — a short line ending in a colon whose section (the
 * lines up to the next label or heading) holds no paragraph of prose: a
 * contact card, a list of links, a name, a reference. A label over prose
 * ("Private Solaranlagen:" and its paragraph) introduces story and stays.
 * Recognised by shape, so in any language.
 */
import { isHeading, isProse, type Block } from './blocks';
import type { RemovalTrace } from './structure';

/** A label is a short line: longer, it is a sentence that ends in a colon. */
const MAX_LABEL = 60;
/** This many labels or more in one story make a structured text (an abstract, a fact sheet): its labels are its own. */
const SERIES = 4;

/** A paragraph, text box or heading of at most 60 characters that ends in a colon. */
function isLabel(b: Block): boolean {
  return b.text.length <= MAX_LABEL && b.text.endsWith(':') && (b.el.tagName === 'P' || b.el.tagName === 'DIV' || isHeading(b.el));
}

/**
 * Removes the labels among `blocks` (the pick's innermost blocks, in order)
 * whose section holds no block of prose, unless the story has four or more
 * labels. Only the label goes: what it announced is judged by the other
 * rules. Returns those removed.
 */
export function removeBareLabels(blocks: Block[], trace?: RemovalTrace): Set<Element> {
  const removed = new Set<Element>();
  const labels = blocks.map(isLabel);
  if (labels.filter(Boolean).length >= SERIES) return removed;
  labels.forEach((label, i) => {
    if (!label) return;
    let j = i + 1;
    for (; j < blocks.length && !labels[j] && !isHeading(blocks[j].el); j++) if (isProse(blocks[j])) return;
    // Nothing under it at all: an orphan, the orphan-heading rule's (at the end) or a kicker's (before a heading).
    if (j === i + 1) return;
    trace?.('bare-label', blocks[i].text);
    blocks[i].el.remove();
    removed.add(blocks[i].el);
  });
  return removed;
}
