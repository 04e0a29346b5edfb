/**
 * Runs every extractor on a list of eval pages and scores each, one page at
 * a time (a page's failure costs that page only, counted as no output).
 */
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { EXTRACTORS, parseEvalPage, type EvalPage, type ExtractorName } from './corpus';
import { scorePage, type Tally } from './score';

/** One extractor's result on one page. */
export interface Outcome extends Tally {
  ms: number;
  /** The text was empty or missing. */
  empty: boolean;
  /** The extractor threw (message). */
  error?: string;
  /** Snippets missed (`with`) and leaked (`without`). */
  missed: string[];
  leaked: string[];
  /** Per structural rule: blocks removed, and the `with` / `without` snippets they held. */
  rules: Record<string, { blocks: number; with: number; without: number }>;
}

/** All extractors on one page. */
export interface PageResult {
  file: string;
  url: string;
  parseMs: number;
  parseError?: string;
  outcomes: Record<ExtractorName, Outcome>;
}

/** The extractors to run: all, or those named in EVAL_ONLY (comma-separated). */
export const NAMES = (process.env.EVAL_ONLY?.split(',') ?? Object.keys(EXTRACTORS)) as ExtractorName[];

type Removal = { rule: string; text: string };

function outcome(page: EvalPage, text: string | null, ms: number, error?: string, removals: Removal[] = []): Outcome {
  const tally = scorePage(text, page);
  const flat = text === null ? null : text.replace(/\s+/g, ' ');
  const has = (s: string) => flat !== null && flat.includes(s.replace(/\s+/g, ' ').trim());
  return {
    ...tally,
    ms,
    empty: !text,
    error,
    missed: page.with.filter((s) => !has(s)),
    leaked: page.without.filter(has),
    rules: ruleEffects(page, removals),
  };
}

function ruleEffects(page: EvalPage, removals: Removal[]): Outcome['rules'] {
  const rules: Outcome['rules'] = {};
  for (const { rule, text } of removals) {
    const flat = text.replace(/\s+/g, ' ');
    const held = (snippets: string[]) => snippets.filter((s) => flat.includes(s.replace(/\s+/g, ' ').trim())).length;
    const r = (rules[rule] ??= { blocks: 0, with: 0, without: 0 });
    r.blocks++;
    r.with += held(page.with);
    r.without += held(page.without);
  }
  return rules;
}

/** Parses and extracts one page with every extractor. */
export function runPage(page: EvalPage): PageResult {
  const start = performance.now();
  let doc: Document | null = null;
  let parseError: string | undefined;
  try {
    doc = parseEvalPage(page);
  } catch (error) {
    parseError = String(error);
  }
  const parseMs = performance.now() - start;
  const outcomes = {} as Record<ExtractorName, Outcome>;
  for (const name of NAMES) {
    if (!doc) {
      outcomes[name] = outcome(page, null, 0, parseError);
      continue;
    }
    const removals: Removal[] = [];
    const t0 = performance.now();
    try {
      const text = EXTRACTORS[name](doc, page.url, (rule, removed) => removals.push({ rule, text: removed }));
      outcomes[name] = outcome(page, text, performance.now() - t0, undefined, removals);
    } catch (error) {
      outcomes[name] = outcome(page, null, performance.now() - t0, String(error).slice(0, 200));
    }
  }
  doc?.defaultView?.close();
  return { file: page.file, url: page.url, parseMs, parseError, outcomes };
}

/** Runs `pages` in order, calling `onResult` after each; yields to the event loop between pages. */
export async function runPages(pages: EvalPage[], onResult: (result: PageResult, index: number) => void): Promise<void> {
  for (const [i, page] of pages.entries()) {
    onResult(runPage(page), i);
    // jsdom frees cloned documents only once the event loop turns.
    await nextTurn();
  }
}
