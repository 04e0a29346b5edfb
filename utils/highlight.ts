/**
 * Splitting text into plain and matched runs, for highlighting search hits
 * safely: the caller renders each run as a text node or a <mark>, never as
 * HTML, so a stored title can never become markup.
 */
import { foldTerm } from '@/utils/library';

/** One run of text; `match` when it is a word the search matched. */
export interface TextRun {
  text: string;
  match: boolean;
}

/**
 * What separates words: white space and punctuation, as MiniSearch's default
 * tokenizer splits them. The capture group keeps the separators in `split`.
 */
const SEPARATORS = /([\n\r\p{Z}\p{P}]+)/u;


/**
 * `text` cut into runs, the words whose folded form is one of `terms` (the
 * index's matched terms, as a search hit lists them) marked. Adjacent plain
 * runs are joined, so an unmatched text is one run.
 */
export function highlightRuns(text: string, terms: readonly string[]): TextRun[] {
  if (!text) return [];
  const wanted = new Set(terms.map(foldTerm));
  if (wanted.size === 0) return [{ text, match: false }];
  const runs: TextRun[] = [];
  for (const piece of text.split(SEPARATORS)) {
    if (!piece) continue;
    const match = !SEPARATORS.test(piece) && wanted.has(foldTerm(piece));
    const last = runs[runs.length - 1];
    if (last && !last.match && !match) last.text += piece;
    else runs.push({ text: piece, match });
  }
  return runs;
}

/** The matched terms that appear in none of `texts`: shown apart, so a match in the body is still visible. */
export function termsNotIn(terms: readonly string[], texts: ReadonlyArray<string | null>): string[] {
  const present = new Set<string>();
  for (const text of texts) {
    for (const run of highlightRuns(text ?? '', terms)) if (run.match) present.add(foldTerm(run.text));
  }
  return [...new Set(terms.map(foldTerm))].filter((term) => !present.has(term));
}
