/**
 * What `npm run eval` prints: the scores side by side, the goals, time per
 * page, and the pages where the engine loses most against Readability.
 */
import { EXTRACTORS, type ExtractorName } from './corpus';
import type { PageResult } from './run-pages';
import { addTallies, metrics } from './score';
import { formatTable, median, percentile } from '../helpers/corpus';

/** Issue 7's goals for the engine's default mode on this set. */
export const GOALS = { f1: 0.925, precision: 0.9, recall: 0.93 } as const;

/** The extractors the results hold (a --baseline fills in those not run). */
// Only extractors every page has: with --files, the pages not run come from a saved run that may hold more.
const namesIn = (results: PageResult[]) =>
  (Object.keys(EXTRACTORS) as ExtractorName[]).filter((n) => results.length > 0 && results.every((r) => r.outcomes[n]));
const LABELS: Record<ExtractorName, string> = {
  readability: 'Readability (plain, textContent)',
  engine: 'engine, default (popup)',
  lenient: 'engine, lenient (Try anyway)',
};

/** The summary as data (for --json and for docs/benchmarks.md). */
export function summarise(results: PageResult[]) {
  const per = Object.fromEntries(
    namesIn(results).map((name) => {
      const outcomes = results.map((r) => r.outcomes[name]);
      const tally = addTallies(outcomes);
      const ms = outcomes.map((o) => o.ms);
      return [name, {
        ...tally,
        ...metrics(tally),
        empty: outcomes.filter((o) => o.empty).length,
        errors: outcomes.filter((o) => o.error).length,
        msMedian: median(ms),
        msP95: percentile(ms, 95),
        msTotal: ms.reduce((a, b) => a + b, 0),
      }];
    }),
  ) as Record<ExtractorName, ReturnType<typeof metrics> & { tp: number; fp: number; fn: number; tn: number; empty: number; errors: number; msMedian: number; msP95: number; msTotal: number }>;
  const engine = per.engine ?? per.lenient ?? per.readability;
  const goals = {
    f1: { goal: GOALS.f1, value: engine.f1, met: engine.f1 >= GOALS.f1 },
    precision: { goal: GOALS.precision, value: engine.precision, met: engine.precision >= GOALS.precision },
    recall: { goal: GOALS.recall, value: engine.recall, met: engine.recall >= GOALS.recall },
  };
  return { pages: results.length, parseMsMedian: median(results.map((r) => r.parseMs)), per, goals };
}

/** Snippet score of one outcome: hits minus leaks, the unit the loss list ranks by. */
const net = (o: { tp: number; fp: number }) => o.tp - o.fp;

const clip = (text: string, n = 70) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

/** The printed report. */
export function formatReport(results: PageResult[], losers = 15): string {
  const s = summarise(results);
  const f = (x: number) => x.toFixed(3);
  const names = namesIn(results);
  const any = s.per[names[0]];
  const out: string[] = [];
  out.push(`trafilatura eval set: ${s.pages} pages, ${any.tp + any.fn} "with" and ${any.fp + any.tn} "without" snippets\n`);
  out.push(formatTable(
    ['', 'precision', 'recall', 'F1', 'TP', 'FP', 'FN', 'no output', 'errors', 'ms median', 'ms p95'],
    names.map((name) => {
      const p = s.per[name];
      return [LABELS[name], f(p.precision), f(p.recall), f(p.f1), String(p.tp), String(p.fp), String(p.fn), String(p.empty), String(p.errors), p.msMedian.toFixed(1), p.msP95.toFixed(1)];
    }),
  ));
  out.push(`\nParsing (jsdom, not in the times above): median ${s.parseMsMedian.toFixed(1)} ms a page.`);
  if (s.per.engine && s.per.readability) {
    out.push(`Engine time over Readability's (sum over pages): ${(s.per.engine.msTotal / Math.max(1, s.per.readability.msTotal)).toFixed(2)}× (npm run bench:engine times the goal).`);
  }
  out.push(...ruleReport(results));
  if (s.per.engine && s.per.readability) out.push(...lossReport(results, losers));
  out.push('\nGoals (engine, default mode):');
  for (const [key, g] of Object.entries(s.goals)) {
    out.push(`  ${key.padEnd(9)} ≥ ${g.goal.toFixed(3)}: ${f(g.value)} — ${g.met ? 'met' : 'NOT met'}`);
  }
  return out.join('\n');
}

/** What each structural rule removed (and each recall rule added), and the snippets in it: its gain and its cost. */
function ruleReport(results: PageResult[]): string[] {
  const rules = new Map<string, { pages: number; blocks: number; with: number; without: number }>();
  for (const r of results) {
    for (const [rule, e] of Object.entries(r.outcomes.engine?.rules ?? {})) {
      const sum = rules.get(rule) ?? { pages: 0, blocks: 0, with: 0, without: 0 };
      sum.pages++;
      sum.blocks += e.blocks;
      sum.with += e.with;
      sum.without += e.without;
      rules.set(rule, sum);
    }
  }
  // Rules named "+…" add what the pick had lost: for them a `with` snippet is the gain and a `without` one the cost.
  const removing = [...rules].filter(([rule]) => !rule.startsWith('+'));
  const adding = [...rules].filter(([rule]) => rule.startsWith('+'));
  const out: string[] = [];
  if (removing.length) out.push("\nStructural rules (engine, default): what each removed from Readability's pick", formatTable(
    ['rule', 'pages', 'blocks', '"without" in it (gain)', '"with" in it (cost)'],
    removing.map(([rule, e]) => [rule, String(e.pages), String(e.blocks), String(e.without), String(e.with)]),
  ));
  if (adding.length) out.push('\nRecall rules (engine, default): what each added to the story', formatTable(
    ['rule', 'pages', 'blocks', '"with" in it (gain)', '"without" in it (cost)'],
    adding.map(([rule, e]) => [rule, String(e.pages), String(e.blocks), String(e.with), String(e.without)]),
  ));
  return out;
}

/** The pages where the engine scores worst against plain Readability. */
function lossReport(results: PageResult[], losers: number): string[] {
  const out: string[] = [];
  const deltas = results
    .map((r) => ({ r, delta: net(r.outcomes.engine) - net(r.outcomes.readability) }))
    .sort((a, b) => a.delta - b.delta);
  const lost = deltas.filter((d) => d.delta < 0);
  const won = deltas.filter((d) => d.delta > 0).length;
  out.push(`\nAgainst Readability, page by page (hits − leaks): engine better on ${won}, worse on ${lost.length}.`);
  if (lost.length) out.push(`Pages where the engine loses most (npm run eval -- --page <file> shows one):`);
  for (const { r, delta } of lost.slice(0, losers)) {
    const e = r.outcomes.engine;
    const why = [
      e.empty ? (e.error ? `error: ${clip(e.error, 60)}` : 'no output') : '',
      ...e.missed.filter((m) => !r.outcomes.readability.missed.includes(m)).map((m) => `missed "${clip(m, 50)}"`),
      ...e.leaked.filter((m) => !r.outcomes.readability.leaked.includes(m)).map((m) => `leaked "${clip(m, 50)}"`),
    ].filter(Boolean);
    out.push(`  ${String(delta).padStart(3)}  ${r.file}  ${why.join('; ')}`);
  }
  return out;
}
