/**
 * What the engine costs over plain Readability, and what it keeps, on the
 * whole corpus (not a timed test: timings go to the terminal only).
 *
 *   npm run bench:engine [-- --json] [-- --rounds N] [-- --baseline DIR]
 *
 * Each page is parsed once with the command line's DOM (jsdom), then the
 * engine and Readability (clone + parse) are timed on that same document,
 * interleaved, `--rounds` times each (default 5); a page's time is its
 * median. Parsing the HTML string is outside both timings. `--baseline DIR`
 * times the engine of another checkout (DIR/utils/extract, with node_modules
 * beside it) in the same rounds, so two versions compare within one run on
 * a noisy machine.
 */
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Readability } from '@mozilla/readability';
import { extractArticle, type Article } from '../../utils/extract';
import { parseHtml } from '../../utils/cli/parse-html';
import { formatTable, loadCorpus, median, percentile, type CorpusPage } from '../helpers/corpus';

/** The engine may cost at most this many times plain Readability's time (issue 12). */
const GOAL_RATIO = 1.0;
/** The earlier, looser bound (issue 7). */
const ISSUE_7_RATIO = 1.3;

interface PageRun {
  name: string;
  engineMs: number[];
  readabilityMs: number[];
  article: Article | null;
  readabilityWords: number;
  /** Milliseconds per engine step, summed over the rounds (Guard's step names). */
  steps: Map<string, number>;
  /** The `--baseline` engine's times, when one is given. */
  baselineMs: number[];
}

type Extract = typeof extractArticle;

/** Words of an HTML fragment, counted the same way for the engine's and Readability's output. */
function wordsOf(html: string, doc: Document): number {
  const div = doc.createElement('div');
  div.innerHTML = html.replace(/<\/?(?:p|div|h\d|li|br|td|th|tr|figcaption|blockquote|pre|section|article)\b/gi, ' $&');
  return (div.textContent ?? '').match(/\S+/g)?.length ?? 0;
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

function readabilityRun(doc: Document) {
  return time(() => new Readability(doc.cloneNode(true) as Document).parse());
}

/**
 * Parses `page` once, then times the engine and Readability on it `rounds`
 * times each, alternating which goes first so neither always meets the
 * warmer cache.
 */
function measurePage(page: CorpusPage, rounds: number, baseline?: Extract): PageRun {
  const url = `https://corpus.example/${page.name}/`;
  const doc = parseHtml(page.html, url);
  const run: PageRun = { name: page.name, engineMs: [], readabilityMs: [], article: null, readabilityWords: 0, steps: new Map(), baselineMs: [] };
  for (let round = 0; round < rounds; round++) {
    const engine = () => {
      const [article, ms] = time(() => extractArticle(doc, url, { timings: run.steps }));
      run.article = article;
      run.engineMs.push(ms);
    };
    const readability = () => {
      const [parsed, ms] = readabilityRun(doc);
      run.readabilityWords = parsed?.content ? wordsOf(parsed.content, doc) : 0;
      run.readabilityMs.push(ms);
    };
    if (baseline) {
      // Three runners: each goes first, second and third in turn.
      const runners = [engine, readability, () => run.baselineMs.push(time(() => baseline(doc, url))[1])];
      for (let k = 0; k < 3; k++) runners[(round + k) % 3]();
    } else if (round % 2 === 0) {
      engine();
      readability();
    } else {
      readability();
      engine();
    }
  }
  // jsdom keeps a window alive until it is closed.
  doc.defaultView?.close();
  return run;
}

/** Each engine step's milliseconds over the corpus (mean of the rounds per page), largest first, plus what no step covers. */
function stepTotals(runs: PageRun[], rounds: number, engineTotal: number): { step: string; ms: number }[] {
  const totals = new Map<string, number>();
  for (const run of runs) for (const [step, ms] of run.steps) totals.set(step, (totals.get(step) ?? 0) + ms / rounds);
  const steps = [...totals].map(([step, ms]) => ({ step, ms })).sort((a, b) => b.ms - a.ms);
  const covered = steps.reduce((n, s) => n + s.ms, 0);
  // Means against medians: "the rest" is approximate, and can dip below zero on a noisy run.
  return [...steps, { step: 'the rest (cloning the page, glue)', ms: engineTotal - covered }];
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const roundsArg = process.argv.indexOf('--rounds');
  const rounds = roundsArg > 0 ? Number(process.argv[roundsArg + 1]) : 5;
  const pages = loadCorpus();
  const baselineArg = process.argv.indexOf('--baseline');
  const baseline = baselineArg > 0
    ? ((await import(`${process.argv[baselineArg + 1]}/utils/extract/index.ts`)) as { extractArticle: Extract }).extractArticle
    : undefined;
  const log = (line: string) => json || console.error(line);

  // Warm-up: enough pages for the JIT to settle; these timings are thrown away.
  log('Warming up…');
  for (const page of pages.slice(0, 20)) {
    measurePage(page, 2, baseline);
    await nextTurn();
  }
  const runs = new Map<string, PageRun>();
  for (const [i, page] of pages.entries()) {
    if (i % 26 === 0) log(`Pages ${i + 1}–${Math.min(pages.length, i + 26)} of ${pages.length}…`);
    runs.set(page.name, measurePage(page, rounds, baseline));
    // jsdom frees the documents cloned for Readability only once the event loop turns
    // (weak references); a synchronous loop over the corpus runs out of heap.
    await nextTurn();
  }

  // The engine decides "no article" after reading (verdict.ts), so a page it
  // declines costs it the full work: every page is timed.
  const declined = [...runs.values()].filter((run) => !run.article).map((run) => run.name);
  const all = [...runs.values()];
  const engine = all.map((run) => median(run.engineMs));
  const readability = all.map((run) => median(run.readabilityMs));
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const scratch = parseHtml('', 'about:blank');
  const engineWords = all.map((run) => (run.article ? wordsOf(run.article.contentHtml, scratch) : 0));
  const readabilityWords = all.map((run) => run.readabilityWords);
  const articles = all.map((run) => run.article).filter((a): a is Article => !!a);
  const removed = { galleries: 0, ads: 0, signups: 0, related: 0, other: 0 };
  for (const article of articles) for (const key of Object.keys(removed) as (keyof typeof removed)[]) removed[key] += article.removed[key];

  const result = {
    pages: pages.length,
    declined,
    rounds,
    articles: articles.length,
    timeMs: {
      engine: { median: median(engine), p95: percentile(engine, 95), total: sum(engine) },
      readability: { median: median(readability), p95: percentile(readability, 95), total: sum(readability) },
    },
    ratio: {
      median: median(engine) / median(readability),
      p95: percentile(engine, 95) / percentile(readability, 95),
      total: sum(engine) / sum(readability),
    },
    goal: { maxRatio: GOAL_RATIO, measuredOn: 'total', met: sum(engine) / sum(readability) <= GOAL_RATIO },
    goalIssue7: { maxRatio: ISSUE_7_RATIO, measuredOn: 'total', met: sum(engine) / sum(readability) <= ISSUE_7_RATIO },
    words: {
      engine: { total: sum(engineWords), medianPerPage: median(engineWords) },
      readability: { total: sum(readabilityWords), medianPerPage: median(readabilityWords) },
    },
    galleries: sum(articles.map((a) => a.galleries.length)),
    captions: sum(articles.map((a) => a.galleries.reduce((n, g) => n + g.captions.length, 0))),
    removed,
    // Per step, summed over the corpus (each page's rounds averaged); the rest is the clone and the unguarded glue.
    steps: stepTotals(all, rounds, sum(engine)),
    // Where the engine's extra time goes: the pages it costs most over Readability.
    costliest: all
      .map((run, i) => ({ page: run.name, engineMs: engine[i], readabilityMs: readability[i], extraMs: engine[i] - readability[i] }))
      .sort((a, b) => b.extraMs - a.extraMs)
      .slice(0, 5),
  };
  if (json) {
    console.log(JSON.stringify(result, null, 2));
    return;
  }
  const ms = (value: number) => value.toFixed(2);
  const x = (value: number) => `${value.toFixed(2)}×`;
  console.log(`\nEngine vs plain Readability: ${all.length} corpus pages, median of ${rounds} runs each, parse excluded, ms per page`);
  console.log(`(declined as not articles, timed all the same: ${declined.length}: ${declined.join(', ') || 'none'})\n`);
  console.log(formatTable(['', 'engine', 'Readability', 'ratio'], [
    ['time median', ms(result.timeMs.engine.median), ms(result.timeMs.readability.median), x(result.ratio.median)],
    ['time p95', ms(result.timeMs.engine.p95), ms(result.timeMs.readability.p95), x(result.ratio.p95)],
    ['time total (sum of medians)', ms(result.timeMs.engine.total), ms(result.timeMs.readability.total), x(result.ratio.total)],
    ['articles found', `${articles.length} of ${pages.length}`, `${readabilityWords.filter((n) => n > 0).length} of ${all.length}`, ''],
    ['words total', String(result.words.engine.total), String(result.words.readability.total),
      x(result.words.engine.total / Math.max(1, result.words.readability.total))],
    ['words median per page', String(result.words.engine.medianPerPage), String(result.words.readability.medianPerPage), ''],
  ]));
  if (baseline) {
    const base = sum(all.map((run) => median(run.baselineMs)));
    console.log(`\nBaseline engine (--baseline): total ${ms(base)} (${x(base / sum(readability))} Readability's); this engine ${x(sum(engine) / base)} the baseline's`);
  }
  console.log(`\nGalleries found: ${result.galleries}, captions: ${result.captions}`);
  console.log(`Removed before Readability: ${Object.entries(removed).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  console.log(`Most extra time: ${result.costliest.map((c) => `${c.page} +${c.extraMs.toFixed(1)} ms (${ms(c.engineMs)} vs ${ms(c.readabilityMs)})`).join(', ')}`);
  console.log(`\nPer step over the corpus (ms, mean of the rounds per page), beside Readability's total ${ms(result.timeMs.readability.total)}:`);
  for (const { step, ms: stepMs } of result.steps) console.log(`  ${step.padEnd(40)} ${ms(stepMs).padStart(10)}`);
  console.log(`\nGoal (issue 7): engine total time ≤ ${ISSUE_7_RATIO}× Readability's — ${result.goalIssue7.met ? 'met' : 'NOT met'} (${x(result.ratio.total)})`);
  console.log(`Goal (issue 12): engine total time ≤ ${GOAL_RATIO}× Readability's — ${result.goal.met ? 'met' : 'NOT met'} (${x(result.ratio.total)})`);
}

await main();
