/**
 * Library benchmark (not a test): real Chromium, the built extension, the
 * store's own saveArticle filling the real IndexedDB with corpus articles.
 *
 * For 1,000 and then 10,000 saved articles (the same profile, filled up):
 * - list painted: opening library.html → the page's `lede:library-painted`
 *   mark (taken just after the frame that paints the first list), measured
 *   from the navigation's start (the mark's own startTime), over fresh tabs;
 * - search latency: a query typed into the search box (`lede:search-start`)
 *   → the results painted (`lede:search-painted`), median and p95 over a
 *   set of queries (words, prefixes, typos, two words), after one
 *   unmeasured search that loads the persisted index;
 * - the database's size (navigator.storage.estimate).
 * Goals at 10,000: list painted < 100 ms, search p95 < 30 ms; the 10k/1k
 * ratios show whether anything grows with the library.
 *
 * Usage: npm run bench:library (builds first). BENCH_LIBRARY_SIZES=200,2000 to change the sizes.
 */
import { loadavg } from 'node:os';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension } from '../e2e/harness';
import { injectStore } from '../e2e/store-in-page';
import { median, percentile } from '../helpers/corpus';
import { corpusArticles, FILL_SOURCE } from './library-corpus';

const GOAL_PAINT_MS = 100;
const GOAL_SEARCH_P95_MS = 30;
const OPENS = 7;
const QUERIES = [
  'president', 'the', 'government', 'presid', 'goverment', 'photograph', 'photogr', 'firefox', 'firefx',
  'climate change', 'new york', 'wikipedia', 'kalomi', 'Renta', 'dispatch 42', 'zzzzqx', 'music', 'musci',
  'police said', 'university',
];

interface Figures {
  size: number;
  fillMs: number;
  indexBuildMs: number;
  paint: number[];
  /** Open → the HTML parsed, before Lede's script runs (navigation timing's domInteractive): the browser's share. */
  parsed: number[];
  /** Open → the search index loaded (the page warms it after the whole list is read). */
  ready: number[];
  /** Open → the whole list read (after the first paint). */
  complete: number[];
  firstSearchMs: number;
  search: number[];
  /** Typed → searchLibrary's answer (the store and index alone, before rendering). */
  answered: number[];
  bytes: number;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;

/** Opens library.html in a fresh tab and returns the page with its painted mark's time. */
async function openLibrary(context: BrowserContext, url: string) {
  const page = await context.newPage();
  await page.goto(url);
  // A function, not a string: the extension page's CSP forbids eval, which a string predicate needs.
  await page.waitForFunction(() => performance.getEntriesByName('lede:library-painted').length > 0, null, { timeout: 60_000 });
  const painted = await page.evaluate<number>("performance.getEntriesByName('lede:library-painted')[0].startTime");
  await page.waitForFunction(() => performance.getEntriesByName('lede:library-complete').length > 0, null, { timeout: 60_000 });
  const complete = await page.evaluate<number>("performance.getEntriesByName('lede:library-complete')[0].startTime");
  const parsed = await page.evaluate<number>("performance.getEntriesByType('navigation')[0].domInteractive");
  // The page then loads the search index; wait for it, so the next tab does not share the machine with it.
  await page.waitForFunction(() => performance.getEntriesByName('lede:search-ready').length > 0, null, { timeout: 120_000 });
  const ready = await page.evaluate<number>("performance.getEntriesByName('lede:search-ready')[0].startTime");
  return { page, painted, complete, parsed, ready };
}

/** Types `query` into the search box and returns start → results painted, and start → the store's answer. */
async function timedSearch(page: Page, query: string): Promise<{ painted: number; answered: number }> {
  const before = await page.evaluate<number>("performance.getEntriesByName('lede:search-painted').length");
  await page.fill('#library-search', query);
  await page.waitForFunction((n) => performance.getEntriesByName('lede:search-painted').length > n, before, { timeout: 60_000 });
  return page.evaluate<{ painted: number; answered: number }>(`(() => {
    const last = (name) => performance.getEntriesByName(name).at(-1).startTime;
    const start = last('lede:search-start');
    return { painted: last('lede:search-painted') - start, answered: last('lede:search-answered') - start };
  })()`);
}

async function measure(context: BrowserContext, url: string, size: number, fillMs: number, indexBuildMs: number): Promise<Figures> {
  const paint: number[] = [];
  const complete: number[] = [];
  const parsed: number[] = [];
  const ready: number[] = [];
  let last: Page | undefined;
  for (let i = 0; i < OPENS; i++) {
    await last?.close();
    const opened = await openLibrary(context, url);
    last = opened.page;
    // The first pays for starting the extension's process.
    if (i > 0) {
      paint.push(opened.painted);
      complete.push(opened.complete);
      parsed.push(opened.parsed);
      ready.push(opened.ready);
    }
  }
  const page = last!;
  const count = await page.evaluate<string>("document.querySelector('.library-bar__summary').textContent");
  if (!count.startsWith(size.toLocaleString('en-US'))) throw new Error(`Expected ${size} articles listed, the page says: ${count}`);
  // The index is loaded (the page warmed it): this first query pays only for itself.
  const firstSearchMs = (await timedSearch(page, 'warm')).painted;
  const search: number[] = [];
  const answered: number[] = [];
  for (let round = 0; round < 2; round++) {
    for (const query of QUERIES) {
      const timing = await timedSearch(page, query);
      search.push(timing.painted);
      answered.push(timing.answered);
    }
  }
  const bytes = await page.evaluate<number>('navigator.storage.estimate().then((e) => e.usage ?? 0)');
  await page.close();
  return { size, fillMs, indexBuildMs, paint, parsed, complete, ready, firstSearchMs, search, answered, bytes };
}

async function main() {
  const sizes = (process.env.BENCH_LIBRARY_SIZES ?? '1000,10000').split(',').map(Number);
  const started = Date.now();
  const browser = await launchWithExtension();
  const url = `chrome-extension://${browser.extensionId}/library.html`;
  const results: Figures[] = [];
  try {
    const extractor = await browser.context.newPage();
    await extractor.goto(url);
    const bases = await corpusArticles(extractor);
    await extractor.close();
    console.log(`Library benchmark: ${bases.length} corpus articles (engine in Chromium, ${((Date.now() - started) / 1000).toFixed(1)} s), varied into ${sizes.join(' and ')} saved articles; load average ${loadavg()[0].toFixed(1)}`);
    let filled = 0;
    for (const size of sizes) {
      // A filler tab per size, closed before measuring: every extension page shares one renderer
      // process, and the filler's copy of the index would otherwise weigh on the pages measured.
      const filler = await browser.context.newPage();
      await filler.goto(url);
      await injectStore((expression) => filler.evaluate(expression));
      await filler.evaluate(`globalThis.bases = ${JSON.stringify(bases)}`);
      const t0 = Date.now();
      await filler.evaluate(`(${FILL_SOURCE})({ bases: globalThis.bases, from: ${filled}, to: ${size}, batch: 50, now: ${Date.now()} })`);
      const fillMs = Date.now() - t0;
      filled = size;
      // The first search after the saves folds their journal into the persisted index (what a first library open after a big import pays).
      const t1 = Date.now();
      await filler.evaluate("globalThis.ledeStore.searchLibrary('warm').then(() => globalThis.ledeStore.compactSearchIndex?.())");
      const indexBuildMs = Date.now() - t1;
      await filler.close();
      const figures = await measure(browser.context, url, size, fillMs, indexBuildMs);
      results.push(figures);
      report(figures);
    }
  } finally {
    await browser.close();
  }
  if (results.length >= 2) ratios(results[0], results.at(-1)!);
  console.log(`Total bench time ${(Date.now() - started) / 1000} s`);
}

function report(f: Figures): void {
  console.log(`\n${f.size.toLocaleString('en-US')} articles (filled in ${(f.fillMs / 1000).toFixed(1)} s with saveArticle; index folded in ${(f.indexBuildMs / 1000).toFixed(1)} s)`);
  console.log(`  list painted (open → first list painted, ${f.paint.length} fresh tabs): median ${ms(median(f.paint))}  p95 ${ms(percentile(f.paint, 95))}`);
  console.log(`    of which the browser opening the page (navigation → HTML parsed, before Lede's script): median ${ms(median(f.parsed))}`);
  console.log(`  whole list read (after that paint; search and the site filter need it): median ${ms(median(f.complete))}`);
  console.log(`  search index loaded (the page warms it after the whole list): median ${ms(median(f.ready))} after opening`);
  console.log(`  first search after that: ${ms(f.firstSearchMs)}`);
  console.log(`  search, typed → results painted (${f.search.length} queries): median ${ms(median(f.search))}  p95 ${ms(percentile(f.search, 95))}  max ${ms(Math.max(...f.search))}`);
  console.log(`    of which searchLibrary answering: median ${ms(median(f.answered))}  p95 ${ms(percentile(f.answered, 95))}`);
  console.log(`  database size (storage.estimate): ${(f.bytes / 1024 / 1024).toFixed(1)} MB`);
}

function ratios(small: Figures, large: Figures): void {
  const growth = large.size / small.size;
  const ratio = (a: number, b: number) => `${(b / a).toFixed(2)}×`;
  console.log(`\nRatios ${large.size.toLocaleString('en-US')} / ${small.size.toLocaleString('en-US')} (the library grew ${growth}×):`);
  console.log(`  list painted median ${ratio(median(small.paint), median(large.paint))}, whole list ${ratio(median(small.complete), median(large.complete))}, search median ${ratio(median(small.search), median(large.search))}, search p95 ${ratio(percentile(small.search, 95), percentile(large.search, 95))}, index loaded ${ratio(median(small.ready), median(large.ready))}, database ${ratio(small.bytes, large.bytes)}`);
  const paintMet = median(large.paint) < GOAL_PAINT_MS;
  const searchMet = percentile(large.search, 95) < GOAL_SEARCH_P95_MS;
  console.log(`  Goal list painted < ${GOAL_PAINT_MS} ms at ${large.size.toLocaleString('en-US')}: ${paintMet ? 'met' : 'NOT met'} (median ${ms(median(large.paint))})`);
  console.log(`  Goal search p95 < ${GOAL_SEARCH_P95_MS} ms at ${large.size.toLocaleString('en-US')}: ${searchMet ? 'met' : 'NOT met'} (${ms(percentile(large.search, 95))})`);
}

await main();
