/** Block-level elements: text on either side of one of these is a separate line. */
const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL',
]);

/**
 * The text of `root` with one line per block. Readability's own textContent
 * is `node.textContent`, which glues the last word of a paragraph to the
 * first word of the next.
 */
export function blockText(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      parts.push((node.nodeValue ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
    const block = BLOCK_TAGS.has(tag);
    if (block) parts.push('\n');
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) parts.push('\n');
  };
  walk(root);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/**
 * `text` as the reader sees it, for the Article's `textContent`: in Unicode's
 * composed form (NFC). A page may store "ü" as "u" and a combining mark, or a
 * Bengali vowel sign as its two parts; they look the same as the composed
 * letter but match nothing typed (search, copy, find in page). `contentHtml`
 * keeps what the page had. Soft hyphens (U+00AD) stay: removing them too was
 * measured and cost more than it gained (see docs/engine.md).
 */
export function readerText(text: string): string {
  return text.normalize('NFC');
}

/** The lines of `after` that differ from the same line of `before` (readerText keeps the lines): for the eval's trace. */
export function changedLines(before: string, after: string): string[] {
  const old = before.split('\n');
  return after.split('\n').filter((line, i) => line !== old[i]);
}

/**
 * Chinese and Japanese are written without spaces between words: each
 * character counts as one, which also matches their reading speed (about
 * 250–350 characters a minute against ~230 English words).
 */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * Words in `text`: runs of non-space characters holding a letter or digit
 * (a lone dash or bullet is no word), plus one per Chinese or Japanese character.
 */
export function countWords(text: string): number {
  const unspaced = text.match(UNSPACED)?.length ?? 0;
  const spaced = (unspaced ? text.replace(UNSPACED, ' ') : text).match(/\S+/g) ?? [];
  return unspaced + spaced.filter((token) => HAS_LETTER_OR_DIGIT.test(token)).length;
}

/** Average adult silent-reading speed for non-fiction, words per minute. */
export const WORDS_PER_MINUTE = 230;

/** Minutes to read `words` words, at least 1 for any text. */
export function readingMinutes(words: number): number {
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
