/**
 * The library's search index design, measured in Node (not a test): for
 * 1,000 and 10,000 articles made from the corpus (the library benchmark's
 * articles), what a page would pay to rebuild the index from the articles
 * versus loading the persisted snapshot, what one journal entry costs to
 * apply, the snapshot's size, and search latency in the engine alone.
 *
 * Usage: npm run bench:search-index (builds first; BENCH_LIBRARY_SIZES=200,2000 to change the sizes).
 */
import MiniSearch from 'minisearch';
import { performance } from 'node:perf_hooks';
import type { Article } from '../../utils/extract';
import { searchDocument } from '../../utils/library/records';
import { SEARCH_OPTIONS } from '../../utils/library/search';
import type { SavedArticle, SearchDocument } from '../../utils/library/types';
import { median, percentile } from '../helpers/corpus';
import { launchWithExtension } from '../e2e/harness';
import { corpusArticles } from './library-corpus';

const QUERIES = [
  'president', 'the', 'government', 'presid', 'goverment', 'photograph', 'photogr', 'firefox', 'firefx',
  'climate change', 'new york', 'wikipedia', 'music', 'musci', 'police said', 'university', 'zzzzqx',
];

/** Article i: corpus article i mod n, with another's paragraphs and a made-up name (as the library bench does). */
function documentFor(bases: Article[], i: number): SearchDocument {
  const base = bases[i % bases.length];
  const other = bases[(i * 7 + 3) % bases.length];
  const extra = other.textContent.split('\n').filter(Boolean).slice(0, 3).join('\n');
  const record = {
    ...base,
    id: `id-${i}`,
    title: `${base.title} — ${i.toString(36)}`,
    textContent: `${base.textContent}\n${extra}\nDispatch ${i} by ${(i * 7919).toString(36)}.`,
  } as SavedArticle;
  return searchDocument(record);
}

function time<T>(run: () => T): [T, number] {
  const start = performance.now();
  const value = run();
  return [value, performance.now() - start];
}

async function main() {
  const sizes = (process.env.BENCH_LIBRARY_SIZES ?? '1000,10000').split(',').map(Number);
  // The corpus articles as the library benchmark makes them (the engine in an extension page).
  const browser = await launchWithExtension();
  let bases: Article[];
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
    bases = await corpusArticles(page);
  } finally {
    await browser.close();
  }
  console.log(`Search index: ${bases.length} corpus articles varied into ${sizes.join(' and ')}`);
  for (const size of sizes) {
    const docs = Array.from({ length: size }, (_, i) => documentFor(bases, i));
    const [index, rebuildMs] = time(() => {
      const built = new MiniSearch(SEARCH_OPTIONS);
      built.addAll(docs);
      return built;
    });
    const [json, serialiseMs] = time(() => JSON.stringify(index));
    const [, loadMs] = time(() => MiniSearch.loadJSON(json, SEARCH_OPTIONS));
    const asyncStart = performance.now();
    const loaded = await MiniSearch.loadJSONAsync(json, SEARCH_OPTIONS);
    const loadAsyncMs = performance.now() - asyncStart;
    const extra = Array.from({ length: 50 }, (_, i) => documentFor(bases, size + i));
    const [, applyMs] = time(() => extra.forEach((doc) => loaded.add(doc)));
    const search = QUERIES.flatMap((query) => [0, 1].map(() => time(() => loaded.search(query))[1]));
    console.log(`\n${size.toLocaleString('en-US')} articles`);
    console.log(`  rebuild from the articles (addAll): ${rebuildMs.toFixed(0)} ms`);
    console.log(`  snapshot: ${(json.length / 1024 / 1024).toFixed(1)} MB of JSON, serialised in ${serialiseMs.toFixed(0)} ms`);
    console.log(`  load the snapshot: ${loadMs.toFixed(0)} ms (loadJSON), ${loadAsyncMs.toFixed(0)} ms (loadJSONAsync, yields)`);
    console.log(`  apply one journal entry (add): ${(applyMs / extra.length).toFixed(2)} ms`);
    console.log(`  search (${search.length} queries, engine only): median ${median(search).toFixed(2)} ms, p95 ${percentile(search, 95).toFixed(2)} ms`);
  }
}

await main();
