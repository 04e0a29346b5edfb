/**
 * The engine against plain Readability inside real Chromium, like for like
 * (not a test: timings go to the terminal only).
 *
 *   npm run bench:engine-page   (BENCH_PAGES=n, default 40; BENCH_ROUNDS=n warm runs, default 5)
 *   BENCH_BASELINE=dir: also time the engine of another checkout (its utils/extract) in the same
 *   pages, in a world of its own, to compare two versions on a noisy machine.
 *   BENCH_ORDER=1: also bench:popup's arrangement on fresh loads of each page: plain Readability
 *   cold alone, against plain Readability in the main world after the engine ran.
 *   BENCH_HUGE=n: also time the engine on the hostile page of n elements (tests/helpers/hostile-pages.ts,
 *   100,000 for issue 12's "must not take seconds"), printed on its own.
 *
 * `bench:popup` times the engine as the popup meets it (its first run in a
 * fresh isolated world, while the popup loads on the other core) and plain
 * Readability later, in the page's own world, on an idle machine. This one
 * times both alike: each corpus page is loaded in a tab, and the engine and
 * Readability each get an isolated world of their own (as the injected
 * script does), loaded from bundles built the same way. Each one's first run
 * there is "cold" (its code compiled and run for the first time in that
 * world, as on a click), the median of the next runs "warm". Both include
 * their clone of the page (`new Readability(document.cloneNode(true))`, as
 * bench:popup and bench:engine time it). Per-step times are the engine's
 * own (`ExtractOptions.timings`); "the clone alone" is `document.cloneNode(true)`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_FLAGS, ROOT, serveDirectory } from '../e2e/harness';
import { CORPUS, corpusNames, formatTable, median, percentile } from '../helpers/corpus';
import { hugePage } from '../helpers/hostile-pages';

/** A bundle of `contents` as one minified IIFE script (as the build ships it). */
async function bundle(contents: string, resolveDir = ROOT): Promise<string> {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'ts' },
    nodePaths: [join(ROOT, 'node_modules')],
    bundle: true, format: 'iife', write: false, minify: !process.env.BENCH_PROFILE, target: 'chrome120',
    tsconfig: `${ROOT}/tsconfig.json`, logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

interface Run { ms: number; steps: [string, number][] }

const ENGINE_RUN = (global: string) => `(() => {
  const timings = new Map();
  const start = performance.now();
  try { globalThis.${global}(document, location.href, { timings }); } catch {}
  return { ms: performance.now() - start, steps: [...timings] };
})()`;
const READABILITY_RUN = `(() => {
  const start = performance.now();
  new globalThis.LedeReadability(document.cloneNode(true)).parse();
  return { ms: performance.now() - start, steps: [] };
})()`;
const CLONE_RUN = `(() => { const start = performance.now(); document.cloneNode(true); return { ms: performance.now() - start, steps: [] }; })()`;

/** A fresh isolated world in the page's main frame with `script` evaluated in it; returns its context id. */
async function world(cdp: CDPSession, name: string, script: string): Promise<number> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: name });
  await evaluate(cdp, executionContextId, `${script};0`);
  return executionContextId;
}

/** Evaluates `expression` in the world `contextId` (the page's main world when undefined). */
async function evaluate<T>(cdp: CDPSession, contextId: number | undefined, expression: string): Promise<T> {
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId, returnByValue: true });
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as T;
}

interface PageResult {
  name: string; engineCold: Run; readabilityCold: Run; engineWarm: Run[]; readabilityWarm: Run[]; clone: number[];
  /** The BENCH_BASELINE engine's runs, when one is given. */
  baselineCold?: Run; baselineWarm: Run[];
}

interface Scripts { engine: string; readability: string; baseline?: string }

async function measure(page: Page, name: string, index: number, scripts: Scripts, rounds: number): Promise<PageResult> {
  const cdp = await page.context().newCDPSession(page);
  const engineWorld = await world(cdp, 'lede-bench-engine', scripts.engine);
  const readabilityWorld = await world(cdp, 'lede-bench-readability', scripts.readability);
  const baselineWorld = scripts.baseline ? await world(cdp, 'lede-bench-baseline', scripts.baseline) : 0;
  const engine = () => evaluate<Run>(cdp, engineWorld, ENGINE_RUN('ledeExtract'));
  const readability = () => evaluate<Run>(cdp, readabilityWorld, READABILITY_RUN);
  const baseline = () => (baselineWorld ? evaluate<Run>(cdp, baselineWorld, ENGINE_RUN('ledeBaseline')) : Promise.resolve(undefined));
  // Rotate which goes first, page by page and round by round: the first run in a page pays for
  // what Blink caches on the page's nodes for every world (node lists, for one).
  const runners = [engine, readability, baseline];
  const pair = async (turn: number) => {
    const out: (Run | undefined)[] = [];
    const count = baselineWorld ? 3 : 2;
    for (let k = 0; k < count; k++) {
      const which = (turn + k) % count;
      out[which] = await runners[which]();
    }
    return [out[0]!, out[1]!, out[2]] as const;
  };
  // BENCH_PROFILE=dir: a CPU profile of the cold runs, one file per page (read with any .cpuprofile viewer).
  const profile = process.env.BENCH_PROFILE;
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
  }
  const [engineCold, readabilityCold, baselineCold] = await pair(index);
  if (profile) {
    const { profile: data } = await cdp.send('Profiler.stop');
    mkdirSync(profile, { recursive: true });
    writeFileSync(join(profile, `${name}.cpuprofile`), JSON.stringify(data));
  }
  const engineWarm: Run[] = [];
  const readabilityWarm: Run[] = [];
  const clone: number[] = [];
  const baselineWarm: Run[] = [];
  for (let round = 0; round < rounds; round++) {
    const [e, r, b] = await pair(index + round + 1);
    engineWarm.push(e);
    readabilityWarm.push(r);
    if (b) baselineWarm.push(b);
    clone.push((await evaluate<Run>(cdp, readabilityWorld, CLONE_RUN)).ms);
  }
  await cdp.detach();
  return { name, engineCold, readabilityCold, engineWarm, readabilityWarm, clone, baselineCold, baselineWarm };
}

/** `count` pages spread evenly over the sorted corpus (bench:popup's sample). */
function samplePages(count: number): string[] {
  const all = corpusNames();
  if (count >= all.length) return all;
  return Array.from({ length: count }, (_, i) => all[Math.floor((i * all.length) / count)]);
}

async function main(): Promise<void> {
  const names = samplePages(Number(process.env.BENCH_PAGES ?? 40));
  const rounds = Number(process.env.BENCH_ROUNDS ?? 5);
  const baselineDir = process.env.BENCH_BASELINE;
  const scripts: Scripts = {
    engine: await bundle("import { extractArticle } from '@/utils/extract'; globalThis.ledeExtract = extractArticle;"),
    readability: await bundle("import { Readability } from '@mozilla/readability'; globalThis.LedeReadability = Readability;"),
    baseline: baselineDir ? await bundle("import { extractArticle } from './utils/extract'; globalThis.ledeBaseline = extractArticle;", baselineDir) : undefined,
  };
  const { server, origin } = await serveDirectory(CORPUS);
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: false, args: ['--headless=new', ...CHROMIUM_FLAGS] });
  const results: PageResult[] = [];
  let order: string | undefined;
  let huge: string | undefined;
  try {
    for (const [i, name] of [names[0], ...names].entries()) {
      const page = await browser.newPage();
      await page.goto(`${origin}/${name}/source.html`, { waitUntil: 'load', timeout: 15_000 }).catch(() => {});
      const result = await measure(page, name, i, scripts, rounds);
      if (i > 0) results.push(result); // the first page warms the browser's process, not the code
      if (process.env.BENCH_VERBOSE) {
        console.log(`  ${name.padEnd(34)} cold ${result.engineCold.ms.toFixed(1)} / ${result.readabilityCold.ms.toFixed(1)}  warm ${median(result.engineWarm.map((r) => r.ms)).toFixed(1)} / ${median(result.readabilityWarm.map((r) => r.ms)).toFixed(1)}`);
      }
      await page.close();
    }
    if (process.env.BENCH_ORDER) order = await orderEffect(names, (name) => freshPage(browser, origin, name), scripts);
    if (process.env.BENCH_HUGE) huge = await hugeRun(browser, Number(process.env.BENCH_HUGE), scripts, rounds);
  } finally {
    await browser.close();
    server.close();
  }
  report(results, rounds);
  if (order) console.log(order);
  if (huge) console.log(huge);
}

/** The engine (and the baseline's, and plain Readability) on the generated page of `elements` elements. */
async function hugeRun(browser: Browser, elements: number, scripts: Scripts, rounds: number): Promise<string> {
  const page = await browser.newPage();
  const url = 'http://huge.example/story';
  await page.route(url, (route) => route.fulfill({ body: hugePage(elements), contentType: 'text/html' }));
  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  const result = await measure(page, 'huge', 0, scripts, rounds);
  await page.close();
  const warm = (runs: Run[]) => median(runs.map((r) => r.ms)).toFixed(1);
  const line = (label: string, cold: Run | undefined, runs: Run[]) => cold ? `  ${label.padEnd(20)} cold ${cold.ms.toFixed(1)} ms, warm ${warm(runs)} ms` : '';
  return [
    `\nThe generated page of ${elements.toLocaleString('en')} elements (BENCH_HUGE):`,
    line('the engine', result.engineCold, result.engineWarm),
    line('baseline engine', result.baselineCold, result.baselineWarm),
    line('plain Readability', result.readabilityCold, result.readabilityWarm),
  ].filter(Boolean).join('\n');
}

/** A freshly loaded corpus page and a CDP session on it. */
interface Tab { cdp: CDPSession; close: () => Promise<void> }

async function freshPage(browser: Browser, origin: string, name: string): Promise<Tab> {
  const page = await browser.newPage();
  await page.goto(`${origin}/${name}/source.html`, { waitUntil: 'load', timeout: 15_000 }).catch(() => {});
  const cdp = await page.context().newCDPSession(page);
  return { cdp, close: () => page.close() };
}

/**
 * Plain Readability, cold, on its own fresh load of each page, against the
 * way bench:popup times it: in the page's main world after the engine has run
 * there. The first code to run in a page pays for what Blink then keeps for
 * every world, so the second is the cheaper.
 */
async function orderEffect(names: string[], open: (name: string) => Promise<Tab>, scripts: Scripts): Promise<string> {
  const alone: number[] = [];
  const after: number[] = [];
  const engine: number[] = [];
  for (const name of names) {
    let tab = await open(name);
    alone.push((await evaluate<Run>(tab.cdp, await world(tab.cdp, 'lede-bench-readability', scripts.readability), READABILITY_RUN)).ms);
    await tab.close();
    tab = await open(name);
    engine.push((await evaluate<Run>(tab.cdp, await world(tab.cdp, 'lede-bench-engine', scripts.engine), ENGINE_RUN('ledeExtract'))).ms);
    await evaluate(tab.cdp, undefined, `${scripts.readability};0`);
    after.push((await evaluate<Run>(tab.cdp, undefined, READABILITY_RUN)).ms);
    await tab.close();
  }
  const ms = (values: number[]) => median(values).toFixed(1);
  return [
    `\nOrder (fresh loads of each page, cold, medians; BENCH_ORDER):`,
    `  plain Readability alone, first in the page:                  ${ms(alone)} ms`,
    `  the engine, first in the page:                               ${ms(engine)} ms  (${(median(engine) / median(alone)).toFixed(2)}× Readability alone)`,
    `  plain Readability after it, main world (bench:popup's way):  ${ms(after)} ms  (the engine ${(median(engine) / median(after)).toFixed(2)}× that)`,
  ].join('\n');
}

function report(results: PageResult[], rounds: number): void {
  const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
  const warm = (runs: Run[]) => median(runs.map((r) => r.ms));
  const rows: [string, number[], number[]][] = [
    ['cold (first run in a fresh world)', results.map((r) => r.engineCold.ms), results.map((r) => r.readabilityCold.ms)],
    [`warm (median of ${rounds} more)`, results.map((r) => warm(r.engineWarm)), results.map((r) => warm(r.readabilityWarm))],
  ];
  if (results[0]?.baselineCold) {
    rows.push(
      ['baseline engine, cold', results.map((r) => r.baselineCold!.ms), results.map((r) => r.readabilityCold.ms)],
      ['baseline engine, warm', results.map((r) => warm(r.baselineWarm)), results.map((r) => warm(r.readabilityWarm))],
    );
  }
  const ms = (value: number) => value.toFixed(1);
  const x = (value: number) => `${value.toFixed(2)}×`;
  console.log(`\nEngine vs plain Readability in Chromium, isolated worlds, ${results.length} corpus pages (ms per page)\n`);
  console.log(formatTable(['', 'engine median', 'Readability median', 'ratio', 'engine total', 'Readability total', 'ratio', 'engine p95', 'Readability p95'],
    rows.map(([label, e, r]) => [label, ms(median(e)), ms(median(r)), x(median(e) / median(r)), ms(sum(e)), ms(sum(r)), x(sum(e) / sum(r)), ms(percentile(e, 95)), ms(percentile(r, 95))])));
  const clone = results.map((r) => median(r.clone));
  console.log(`\nThe clone alone (document.cloneNode(true), warm): median ${ms(median(clone))}, total ${ms(sum(clone))}`);
  for (const [label, pick] of [['cold', (r: PageResult) => [r.engineCold]], ['warm', (r: PageResult) => r.engineWarm]] as const) {
    const totals = new Map<string, number>();
    for (const result of results) {
      const runs = pick(result);
      for (const run of runs) for (const [step, value] of run.steps) totals.set(step, (totals.get(step) ?? 0) + value / runs.length);
    }
    const engineTotal = sum(results.map((r) => (label === 'cold' ? r.engineCold.ms : sum(r.engineWarm.map((w) => w.ms)) / r.engineWarm.length)));
    const covered = sum([...totals.values()]);
    console.log(`\nEngine per step, ${label}, summed over the pages (ms; engine total ${ms(engineTotal)}):`);
    for (const [step, value] of [...totals].sort((a, b) => b[1] - a[1])) console.log(`  ${step.padEnd(40)} ${ms(value).padStart(9)}`);
    console.log(`  ${'the rest (cloning the page, glue)'.padEnd(40)} ${ms(engineTotal - covered).padStart(9)}`);
  }
}

await main();
