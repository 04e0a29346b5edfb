/**
 * Which Node DOM gives Readability the same results as Chromium?
 *
 * Runs plain Readability on every corpus page in real Chromium (JavaScript
 * off, nothing fetched but the page) and in each Node DOM, then compares
 * title, byline, excerpt and text, and times parsing and extraction.
 *
 *   npm run bench:dom [-- --json]
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Readability } from '@mozilla/readability';
import { CHROMIUM_FLAGS, serveDirectory } from '../e2e/harness';
import { CORPUS, formatTable, loadCorpus, median, pageUrl, READABILITY_SOURCE } from '../helpers/corpus';
import { NODE_DOMS, type NodeDom } from './node-doms';
import { canonicalHtml, normalizeSpace, tokenF1 } from './similarity';

/** What plain Readability returned for one page, reduced to what is compared. */
interface Result {
  ok: boolean;
  title: string;
  byline: string;
  excerpt: string;
  text: string;
  content: string;
  /** `content` in a canonical form, free of serializer differences. */
  canonical: string;
  /** Readability's time (clone + parse), ms. */
  extractMs: number;
  /** Time to build the DOM from the HTML string, ms (Node only). */
  parseMs: number;
  error?: string;
}

const FLAGS = ['--headless=new', ...CHROMIUM_FLAGS];


function reduce(parsed: ReturnType<Readability['parse']>, extractMs: number, parseMs: number): Result {
  return {
    ok: !!parsed,
    title: normalizeSpace(parsed?.title),
    byline: normalizeSpace(parsed?.byline),
    excerpt: normalizeSpace(parsed?.excerpt),
    text: normalizeSpace(parsed?.textContent),
    content: parsed?.content ?? '',
    canonical: canonicalHtml(parsed?.content ?? ''),
    extractMs,
    parseMs,
  };
}

/** Runs Readability in Chromium on every page; the script is injected from node_modules. */
async function inChromium(names: string[], origin: string): Promise<Map<string, Result>> {
  const profile = mkdtempSync(join(tmpdir(), 'lede-dom-compare-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: false, // --headless=new is in FLAGS: Playwright's own flag picks the old mode.
    args: FLAGS,
    // The Node DOMs run no page scripts, so neither does Chromium.
    javaScriptEnabled: false,
  });
  const results = new Map<string, Result>();
  try {
    const page = await context.newPage();
    // Only the page itself: no images, styles or scripts from anywhere.
    await page.route('**/*', (route) =>
      route.request().resourceType() === 'document' ? route.continue() : route.abort(),
    );
    for (const name of names) {
      await page.goto(pageUrl(origin, name), { waitUntil: 'domcontentloaded' });
      const out = (await page.evaluate(`(() => {
        ${READABILITY_SOURCE}
        const start = performance.now();
        const parsed = new Readability(document.cloneNode(true)).parse();
        return { parsed, ms: performance.now() - start };
      })()`)) as { parsed: ReturnType<Readability['parse']>; ms: number };
      results.set(name, reduce(out.parsed, out.ms, 0));
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
  return results;
}

function inNode(dom: NodeDom, html: string, url: string): Result {
  const t0 = performance.now();
  let page;
  try {
    page = dom.parse(html, url);
    const t1 = performance.now();
    const parsed = new Readability(page.document.cloneNode(true) as Document).parse();
    const t2 = performance.now();
    return reduce(parsed, t2 - t1, t1 - t0);
  } catch (error) {
    return { ...reduce(null, 0, 0), error: String(error) };
  } finally {
    page?.close();
  }
}

/** Per-DOM totals against Chromium. */
interface Score {
  dom: string;
  pages: number;
  sameFound: number;
  sameTitle: number;
  sameByline: number;
  sameExcerpt: number;
  sameText: number;
  sameContent: number;
  sameCanonical: number;
  meanF1: number;
  minF1: number;
  errors: number;
  parseMs: number;
  extractMs: number;
  worst: string[];
  /** Pages whose content tree differs from Chromium's. */
  treeDiffers: string[];
}

function score(dom: string, chrome: Map<string, Result>, mine: Map<string, Result>): Score {
  const f1s: [string, number][] = [];
  const s: Score = {
    dom, pages: chrome.size, sameFound: 0, sameTitle: 0, sameByline: 0, sameExcerpt: 0, sameText: 0,
    sameContent: 0, sameCanonical: 0, meanF1: 0, minF1: 1, errors: 0, parseMs: 0, extractMs: 0, worst: [], treeDiffers: [],
  };
  const parse: number[] = [];
  const extract: number[] = [];
  for (const [name, want] of chrome) {
    const got = mine.get(name)!;
    if (got.error) s.errors++;
    if (got.ok === want.ok) s.sameFound++;
    if (got.title === want.title) s.sameTitle++;
    if (got.byline === want.byline) s.sameByline++;
    if (got.excerpt === want.excerpt) s.sameExcerpt++;
    if (got.text === want.text) s.sameText++;
    if (got.content === want.content) s.sameContent++;
    if (got.canonical === want.canonical) s.sameCanonical++;
    else s.treeDiffers.push(name);
    f1s.push([name, tokenF1(got.text, want.text)]);
    parse.push(got.parseMs);
    extract.push(got.extractMs);
  }
  s.meanF1 = f1s.reduce((sum, [, f]) => sum + f, 0) / f1s.length;
  s.minF1 = Math.min(...f1s.map(([, f]) => f));
  s.parseMs = median(parse);
  s.extractMs = median(extract);
  s.worst = f1s.filter(([, f]) => f < 0.99).sort((a, b) => a[1] - b[1]).slice(0, 8)
    .map(([name, f]) => `${name} ${f.toFixed(3)}`);
  return s;
}

async function main(): Promise<void> {
  const json = process.argv.includes('--json');
  const corpus = loadCorpus();
  const log = (line: string) => json || console.log(line);
  log(`Readability in Chromium on ${corpus.length} pages…`);
  const { server, origin } = await serveDirectory(CORPUS);
  // Node parses each page at the very URL Chromium loaded it from, so links resolve alike.
  const chrome = await inChromium(corpus.map((page) => page.name), origin).finally(() => server.close());
  const scores: Score[] = [];
  for (const dom of NODE_DOMS) {
    log(`Readability in ${dom.name}…`);
    // Warm up the JIT on a few pages before timing.
    for (const page of corpus.slice(0, 5)) inNode(dom, page.html, pageUrl(origin, page.name));
    const mine = new Map<string, Result>();
    for (const page of corpus) {
      mine.set(page.name, inNode(dom, page.html, pageUrl(origin, page.name)));
      // jsdom frees cloned documents only once the event loop turns (weak references).
      await nextTurn();
    }
    scores.push(score(dom.name, chrome, mine));
  }
  const chromeExtract = median([...chrome.values()].map((r) => r.extractMs));
  if (json) {
    console.log(JSON.stringify({ pages: corpus.length, chromiumExtractMsMedian: chromeExtract, scores }, null, 2));
    return;
  }
  const n = corpus.length;
  const pct = (k: number) => `${k}/${n}`;
  console.log('');
  console.log(formatTable(
    ['DOM', 'found', 'title', 'byline', 'excerpt', 'text =', 'html =', 'tree =', 'mean F1', 'min F1', 'errors', 'parse ms', 'Readability ms'],
    [
      ['chromium', '', '', '', '', '', '', '', '', '', '', '', chromeExtract.toFixed(1)],
      ...scores.map((s) => [
        s.dom, pct(s.sameFound), pct(s.sameTitle), pct(s.sameByline), pct(s.sameExcerpt), pct(s.sameText),
        pct(s.sameContent), pct(s.sameCanonical), s.meanF1.toFixed(4), s.minF1.toFixed(3), String(s.errors),
        s.parseMs.toFixed(1), s.extractMs.toFixed(1),
      ]),
    ],
  ));
  console.log('\nSame as Chromium: found = both found or both not; text = textContent equal after collapsing');
  console.log('whitespace; html = content HTML identical; tree = same elements,\nsorted attributes and text after reparsing (serializer differences such as <DIV> or attribute\norder ignored). F1 = word-level F1 against Chromium’s text.');
  console.log('Times are medians per page.');
  for (const s of scores) if (s.worst.length) console.log(`${s.dom} least alike: ${s.worst.join(', ')}`);
  for (const s of scores) {
    const some = s.treeDiffers.slice(0, 10).join(', ');
    if (some) console.log(`${s.dom} tree differs: ${some}${s.treeDiffers.length > 10 ? ', …' : ''}`);
  }
}

await main();
