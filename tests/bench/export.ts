/**
 * Export and import benchmark (not a test): real Chromium, the built
 * extension's library page, the real store filled with 1,000 articles
 * (corpus engine output varied by the library benchmark's generator, through
 * saveArticle), and the export code the page's buttons load.
 *
 * Timed in the page, each from the records in IndexedDB to the file's bytes
 * (or from the file's text to the committed import):
 * - backup: read every record + JSON backup (what "Back up all" does);
 * - import into an empty library (after deleting every record): parse,
 *   validate, defuse HTML, plan and apply in one transaction;
 * - import again into the full library (every record unchanged);
 * - Markdown zip, EPUB and HTML zip of all 1,000;
 * - then with stored images (one incompressible 48 KB image for each article
 *   whose story has one, written straight into the images table): the
 *   backup with images, and the three exports with their images loaded the
 *   way the Export button loads them (exportImages).
 * Peak memory: the page's JS heap plus ArrayBuffer backing stores, where
 * zip bytes and images live (CDP Runtime.getHeapUsage, polled every
 * 20 ms) above its level before the step. Goal: backup and import < 10 s each.
 *
 * Usage: npm run bench:export (builds first). BENCH_EXPORT_SIZE=200 to change the size.
 */
import { loadavg } from 'node:os';
import type { CDPSession, Page } from 'playwright-core';
import { launchWithExtension } from '../e2e/harness';
import { injectExport, injectStore } from '../e2e/store-in-page';
import { corpusArticles, FILL_SOURCE } from './library-corpus';

const GOAL_MS = 10_000;

interface Step {
  name: string;
  ms: number;
  peakMb: number;
  detail: string;
}

/** Runs `expression` (a promise of a detail string) in the page, timing it there and polling the heap from here. */
async function step(page: Page, cdp: CDPSession, name: string, expression: string): Promise<Step> {
  await cdp.send('HeapProfiler.collectGarbage');
  const used = (usage: { usedSize: number; backingStorageSize: number }) => usage.usedSize + usage.backingStorageSize;
  const base = used(await cdp.send('Runtime.getHeapUsage'));
  let peak = base;
  let polling = true;
  const poll = (async () => {
    while (polling) {
      // The page may be gone when a step fails; the step's own error is the one to report.
      const usage = await cdp.send('Runtime.getHeapUsage').catch(() => undefined);
      if (usage) peak = Math.max(peak, used(usage));
      await new Promise((done) => setTimeout(done, 20));
    }
  })();
  let ms: number;
  let detail: string;
  try {
    [ms, detail] = await page.evaluate<[number, string]>(`(async () => {
      const t0 = performance.now();
      const detail = await (${expression});
      return [performance.now() - t0, String(detail)];
    })()`);
  } finally {
    polling = false;
    await poll;
  }
  return { name, ms, peakMb: (peak - base) / 1024 / 1024, detail };
}

/**
 * In the page: one image row for each article whose story has an absolute
 * http(s) <img src>, `bytes` of random data (as incompressible as a JPEG),
 * written straight into the images table as a save with images on would.
 */
const STORE_IMAGES = `async (bytes) => {
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('lede-library');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const articles = await new Promise((resolve) => {
    const request = db.transaction('articles').objectStore('articles').getAll();
    request.onsuccess = () => resolve(request.result);
  });
  const rows = [];
  for (const article of articles) {
    const src = /<img\\b[^>]*?\\ssrc="(https?:[^"]+)"/i.exec(article.contentHtml)?.[1]?.replaceAll('&amp;', '&');
    if (!src) continue;
    const data = new Uint8Array(bytes);
    for (let i = 0; i < bytes; i += 65536) crypto.getRandomValues(data.subarray(i, i + 65536));
    const url = new URL(src).href;
    rows.push({ articleId: article.id, url, type: 'image/jpeg', blob: new Blob([data], { type: 'image/jpeg' }), size: bytes });
  }
  await new Promise((resolve, reject) => {
    const tx = db.transaction('images', 'readwrite');
    for (const row of rows) tx.objectStore('images').put(row);
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  return rows.length + ' of ' + articles.length + ' articles, ' + (rows.length * bytes / 1048576).toFixed(1) + ' MB';
}`;

async function main() {
  const size = Number(process.env.BENCH_EXPORT_SIZE ?? 1000);
  const browser = await launchWithExtension();
  try {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
    const bases = await corpusArticles(page);
    const evaluate = <T,>(expression: string) => page.evaluate<T>(expression);
    await injectStore(evaluate);
    await injectExport(evaluate);
    await evaluate(`globalThis.bases = ${JSON.stringify(bases)}`);
    await evaluate(`(${FILL_SOURCE})({ bases: globalThis.bases, from: 0, to: ${size}, batch: 50, now: ${Date.now()} })`);
    const cdp = await browser.context.newCDPSession(page);
    const steps: Step[] = [];
    const mb = (bytes: string) => `(${bytes}).length / 1048576`;
    steps.push(await step(page, cdp, `backup (JSON) of ${size}`, `globalThis.ledeExport.backupFile().then((f) => { globalThis.backup = f.data; return f.count + ' articles, ' + (${mb('f.data')}).toFixed(1) + ' MB'; })`));
    for (const format of ['markdown', 'epub', 'html']) {
      steps.push(await step(page, cdp, `${format} of ${size}`, `globalThis.ledeExport.loadRecords('all').then((r) => { const f = globalThis.ledeExport.exportFile(r, '${format}'); return f.name + ', ' + (f.data.length / 1048576).toFixed(1) + ' MB'; })`));
    }
    await evaluate(`(async () => { for (const s of await globalThis.ledeStore.listSummaries()) await globalThis.ledeStore.removeArticle(s.id); })()`);
    steps.push(await step(page, cdp, `import into an empty library`, `globalThis.ledeExport.importBackup(globalThis.backup).then((r) => r.added + ' added')`));
    steps.push(await step(page, cdp, `import again (all unchanged)`, `globalThis.ledeExport.importBackup(globalThis.backup).then((r) => r.unchanged + ' unchanged')`));
    const stored = await evaluate<string>(`(${STORE_IMAGES})(48 * 1024)`);
    steps.push(await step(page, cdp, `backup with images`, `globalThis.ledeExport.backupFile(true).then((f) => f.images + ' images, ' + (${mb('f.data')}).toFixed(1) + ' MB')`));
    for (const format of ['markdown', 'epub', 'html']) {
      steps.push(await step(page, cdp, `${format} of ${size}, with images`, `globalThis.ledeExport.loadRecords('all').then(async (r) => { const f = globalThis.ledeExport.exportFile(r, '${format}', await globalThis.ledeExport.exportImages(r, '${format}')); return f.name + ', ' + (f.data.length / 1048576).toFixed(1) + ' MB'; })`));
    }
    console.log(`Export and import, ${size} articles, real Chromium (library page), times measured in the page; load average ${loadavg()[0].toFixed(1)}`);
    console.log(`  (stored for the steps "with images": ${stored})`);
    for (const s of steps) console.log(`  ${s.name.padEnd(32)} ${(s.ms / 1000).toFixed(2).padStart(6)} s   peak memory +${s.peakMb.toFixed(0).padStart(4)} MB   ${s.detail}`);
    const backup = steps[0];
    const imported = steps.find((s) => s.name.startsWith('import into'))!;
    for (const s of [backup, imported]) {
      console.log(`Goal ${s.name.split(' (')[0]} < ${GOAL_MS / 1000} s: ${s.ms < GOAL_MS ? 'met' : 'NOT met'} (${(s.ms / 1000).toFixed(2)} s)`);
    }
  } finally {
    await browser.close();
  }
}

await main();
