/**
 * Hostile-page benchmark (not a test): real Chromium, the built extension.
 * Click → message or article, for every bad page of tests/e2e/bad-pages.ts
 * and for the huge, deep, giant-text and shadow-root pages.
 *
 * Usage: npm run bench:hostile  (needs `wxt build`; the script runs it)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, serveDirectory, ROOT, type LoadedBrowser } from '../e2e/harness';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../utils/extract';
import { Popup } from '../e2e/popup';
import { BAD_PAGES, HOSTILE, LEAVING, openTab, serveBadPages } from '../e2e/bad-pages';
import { setFileAccess, storyFile } from '../e2e/file-access';
import { bigTextPage } from '../helpers/hostile-pages';

/**
 * The engine alone in Node (linkedom: no layout), for the page whose cost in
 * Chromium is the browser's own: shown, 50 MB of text keeps Chromium's main
 * thread busy laying it out for minutes, so no script of Lede's gets to run.
 */
function engineInNode(name: string, html: string): string {
  const { document } = parseHTML(html);
  const start = performance.now();
  let said: string;
  try {
    said = extractArticle(document as unknown as Document, 'https://news.example/story', {})?.title ?? 'no article';
  } catch (error) {
    said = `error: ${(error as Error).message}`;
  }
  return `  ${name.padEnd(32)} ${`${Math.round(performance.now() - start)} ms`.padStart(9)}  ${said}`;
}

const browser = await launchWithExtension();
const fixtures = await serveDirectory(join(ROOT, 'tests/fixtures'));
const bad = await serveBadPages();

interface Timing {
  /** Click → the first thing said (an article, a problem, or a notice that the page is slow). */
  firstMs: number;
  /** Click → the final answer: the article or a problem (not a notice). */
  finalMs: number;
  said: string;
}

/** Times the popup over `url` (in `over`, Lede's usual browser unless given). */
async function time(url: string, waitUntil: 'commit' | 'load' = 'load', over: LoadedBrowser = browser): Promise<Timing> {
  const page = await openTab(() => over.context.newPage(), url, waitUntil);
  const popup = await Popup.open(over, page, 30_000, url);
  await popup.waitFor("document.querySelector('.article__title, .status__title')", 60_000);
  const firstMs = Date.now() - popup.clickedAt;
  const said = await popup
    .waitFor<string>("document.querySelector('.article__title, .status[role=alert] .status__title')?.textContent", 60_000)
    .catch(() => popup.evaluate<string>("'(after 60 s still) ' + document.querySelector('.status__title')?.textContent"));
  const finalMs = Date.now() - popup.clickedAt;
  if (process.env.BENCH_VERBOSE) console.log(url.slice(0, 60), firstMs, finalMs, said);
  await popup.close();
  await page.close();
  return { firstMs, finalMs, said };
}

// One warm-up: the first popup also starts the extension's process.
await time(`${fixtures.origin}/e2e/no-article.html`);
const rows: Array<[string, Timing]> = [];
for (const path of Object.keys(HOSTILE)) rows.push([path.slice(1, -5), await time(`${bad.origin}${path}`)]);
for (const bp of BAD_PAGES) {
  rows.push([bp.name, await time(bp.url({ bad: bad.origin, fixtures: fixtures.origin }), bp.waitUntil ?? 'commit')]);
}
rows.push(['a page navigating away mid-read', await time(`${bad.origin}${LEAVING.path}`, 'commit')]);
// file:// without "Allow access to file URLs": a profile of its own, as the user's setting leaves it.
const profile = setFileAccess(false);
const files = mkdtempSync(join(tmpdir(), 'lede-bench-file-'));
const noFileAccess = await launchWithExtension({ profileDir: profile });
await time(`${fixtures.origin}/e2e/no-article.html`, 'load', noFileAccess);
rows.push(['file:// without file access', await time(storyFile(files), 'load', noFileAccess)]);
await noFileAccess.close();
rmSync(profile, { recursive: true, force: true });
rmSync(files, { recursive: true, force: true });
console.log('Hostile pages: click → first answer / final answer (article title or message headline)');
for (const [name, { firstMs, finalMs, said }] of rows) {
  console.log(`  ${name.padEnd(32)} ${`${firstMs} ms`.padStart(9)} ${`${finalMs} ms`.padStart(9)}  ${said}`);
}

console.log('The engine alone in Node (linkedom), no browser:');
console.log(engineInNode('text-50mb (shown)', bigTextPage()));

await browser.close();
fixtures.server.close();
bad.server.close();
