/**
 * Paragraph-level recall: how many of a reference text's blocks appear in
 * our text. Used to check the engine against plain Readability's output
 * over the shared corpus.
 */
import { blockText } from '@/utils/extract/text';

/** Lower-case, single-spaced, with quotes and dashes folded so markup differences don't count. */
export function normalise(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u201b]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f]/g, '"')
    .replace(/[\u2013\u2014]/g, '-')
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** The reference's blocks (one per line of blockText), normalised, empty ones dropped. */
export function referenceBlocks(html: string, doc: Document): string[] {
  const div = doc.createElement('div');
  div.innerHTML = html;
  return blockText(div).split('\n').map(normalise).filter(Boolean);
}

/** Which reference blocks are missing from `text`. */
export function missingBlocks(blocks: string[], text: string): string[] {
  const haystack = normalise(text.replace(/\n/g, ' '));
  return blocks.filter((block) => !haystack.includes(block));
}
