/**
 * Scoring for trafilatura's evaluation set, as its README describes it:
 * whitespace normalised on both sides, then substring match. A `with`
 * snippet found is a true positive (missing: false negative); a `without`
 * snippet found is a false positive (absent: true negative). No output at
 * all misses every `with` snippet.
 */

/** One page's ground truth: snippets that must and must not be in the article. */
export interface Truth {
  with: string[];
  without: string[];
}

/** Snippet counts for one extractor, on one page or summed. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

/** `\s+` to one space, trimmed: the scoring's only normalisation. */
export function normaliseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Scores `text` (null: no output) against `truth`. */
export function scorePage(text: string | null, truth: Truth): Tally {
  const haystack = text === null ? null : normaliseSpace(text);
  const found = (snippet: string) => haystack !== null && haystack.includes(normaliseSpace(snippet));
  const hits = truth.with.filter(found).length;
  const leaks = truth.without.filter(found).length;
  return { tp: hits, fn: truth.with.length - hits, fp: leaks, tn: truth.without.length - leaks };
}

/** Sum of tallies. */
export function addTallies(tallies: Tally[]): Tally {
  const sum: Tally = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const t of tallies) {
    sum.tp += t.tp;
    sum.fp += t.fp;
    sum.fn += t.fn;
    sum.tn += t.tn;
  }
  return sum;
}

/** Precision, recall and F1 of a tally (0 where undefined). */
export function metrics(t: Tally): { precision: number; recall: number; f1: number } {
  const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 0;
  const recall = t.tp + t.fn ? t.tp / (t.tp + t.fn) : 0;
  const f1 = 2 * t.tp + t.fp + t.fn ? (2 * t.tp) / (2 * t.tp + t.fp + t.fn) : 0;
  return { precision, recall, f1 };
}

/**
 * Where each snippet found in `text` sits, as [start, end) offsets into
 * `text` itself. `text` must already be single-spaced within lines (the
 * engine's block text is); its line breaks count as the spaces they
 * normalise to, so offsets carry over unchanged.
 */
export function locate(text: string, snippet: string): [number, number] | null {
  const flat = text.replace(/\n/g, ' ');
  const needle = normaliseSpace(snippet);
  const at = flat.indexOf(needle);
  return at < 0 || !needle ? null : [at, at + needle.length];
}
