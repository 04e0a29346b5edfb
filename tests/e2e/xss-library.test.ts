/**
 * The XSS corpus on into the library, in real Chromium: the 8 vector pages
 * saved with the popup's Save, then the library page (list, search with
 * highlighting on words of the hostile titles) and each saved copy in the
 * reader tab (caption view on); then a JSON backup made with the library's
 * button, every article deleted with its Delete button, the backup imported
 * through the file chooser, and all of it read again. A hostile backup file
 * crafted by hand imports inert; invalid ones are refused with a message.
 * Throughout, the beacon server must hear nothing (no script ran, nothing
 * but images loaded), no dialog opens, no view navigates, and the scans of
 * every view find nothing live.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { useExtensionBrowser } from './fixture';
import { download, importFile } from './library-files';
import { searchLibrary } from './library';
import { saveThroughPopup } from './save-through-popup';
import { serveXss } from './xss-pages';
import { ARTICLE_SCAN, EXPORT_SCAN, LIBRARY_SCAN, pageOnly, turnCaptionsOn, type ExportFindings, type LibraryFindings } from './xss-views';
import { NOTHING, type XssFindings } from '../helpers/xss-scan';
import { fire } from '../helpers/xss-vectors';
import { hostileRecord } from './hostile-backup';

const env = useExtensionBrowser();
let xss: Awaited<ReturnType<typeof serveXss>>;
let dir: string;
/** The backup the round trip made: the hostile file is crafted from it. */
let backupPath: string;
const dialogs: string[] = [];
/** Addresses any of Lede's views went to on its own (a view that leaves its page). */
const navigations: string[] = [];

beforeAll(async () => {
  xss = await serveXss();
  dir = mkdtempSync(join(tmpdir(), 'lede-xss-library-'));
  await turnCaptionsOn(env.browser);
});
afterAll(() => {
  xss?.pages.close();
  xss?.beacon.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const extensionUrl = (path: string) => `chrome-extension://${env.browser.extensionId}/${path}`;

/** A new tab at `url`, its dialogs (dismissed) and any move to another page recorded. */
async function watched(url: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const home = new URL(url);
  page.on('framenavigated', (frame) => {
    const to = new URL(frame.url());
    // The library keeps its search in its own address (history.replaceState): the same page.
    if (frame === page.mainFrame() && (to.origin !== home.origin || to.pathname !== home.pathname)) navigations.push(frame.url());
  });
  await page.goto(url);
  return page;
}

/** The library page, once its list (or its empty state) is shown. */
async function openLibrary(): Promise<Page> {
  const page = await watched(extensionUrl('library.html'));
  await page.waitForSelector('.item, .status');
  return page;
}

/** The library page's scan, after checking the page is still the library. */
async function scanLibrary(page: Page): Promise<LibraryFindings> {
  expect(new URL(page.url()).pathname).toBe('/library.html');
  return page.evaluate<LibraryFindings>(LIBRARY_SCAN);
}

/** What a clean library scan of `rows` rows looks like (titles and marks aside). */
const cleanLibrary = (rows: number) => ({ rows, found: NOTHING, notText: [], foreignLinks: [], page: { handlers: [], scriptUrls: [], forbidden: [] } });
const withoutText = ({ titles, marks, ...rest }: LibraryFindings) => (void titles, void marks, rest);

/** Opens each saved copy in the reader tab (captions on) and scans it; the findings that are not empty. */
async function readSaved(ids: string[], stage: string): Promise<Array<{ id: string; stage: string; found: XssFindings }>> {
  const dirty = [];
  for (const id of ids) {
    const reader = await watched(extensionUrl(`reader.html?saved=${encodeURIComponent(id)}`));
    await reader.waitForSelector('.article .captions', { timeout: 20_000 });
    // Let anything lazy (images, media, timers) have its chance.
    await reader.mouse.wheel(0, 20_000);
    await reader.waitForTimeout(300);
    expect(new URL(reader.url()).pathname).toBe('/reader.html');
    const found = pageOnly(await reader.evaluate<XssFindings>(ARTICLE_SCAN));
    if (JSON.stringify(found) !== JSON.stringify(NOTHING)) dirty.push({ id, stage, found });
    await reader.close();
  }
  return dirty;
}

/** The list, a search for `words` (each must mark something), then every saved copy: all clean. */
async function checkLibrary(rows: number, words: string[], stage: string): Promise<string[]> {
  const page = await openLibrary();
  await page.waitForFunction((n) => document.querySelectorAll('.item').length === n, rows);
  const listed = await scanLibrary(page);
  expect(withoutText(listed)).toEqual(cleanLibrary(rows));
  // The hostile markup in the titles shows as the text it is.
  expect(listed.titles.filter((title) => title.includes('<')).length).toBeGreaterThan(0);
  for (const word of words) {
    await searchLibrary(page, word);
    const found = await scanLibrary(page);
    expect(withoutText(found)).toEqual(cleanLibrary(found.rows));
    expect(found.rows).toBeGreaterThan(0);
    expect(found.marks.filter((mark) => mark.toLowerCase().includes(word)).length).toBeGreaterThan(0);
  }
  const ids = await page.$$eval('.item', (items) => items.map((item) => (item as HTMLElement).dataset.id!));
  await page.close();
  expect(await readSaved(ids, stage)).toEqual([]);
  return ids;
}

/** No beacon heard (no script ran, nothing but images loaded), no dialog, no view left its page. */
function expectNothingRan(): void {
  expect(xss.hits).toEqual([]);
  expect(dialogs).toEqual([]);
  expect(navigations).toEqual([]);
}

describe('the XSS corpus through the library and a backup', () => {
  it('saved with the popup: the list, search and every saved copy run nothing', async () => {
    for (let n = 0; n < xss.pageCount; n++) await saveThroughPopup(env.browser, `${xss.origin}/xss/${n}.html`);
    await checkLibrary(xss.pageCount, ['harbour', 'onerror'], 'saved');
    expectNothingRan();
  }, 240_000);

  it('backed up, all deleted, imported through the file chooser: read again, still nothing runs', async () => {
    const page = await openLibrary();
    const backup = (backupPath = await download(page, dir, () => page.click('text=Back up all (JSON)')));
    const file = JSON.parse(readFileSync(backup, 'utf8'));
    expect(file.articles).toHaveLength(xss.pageCount);
    // The records hold the hostile markup as the engine kept it: only rendering defuses it.
    expect(file.articles.filter((a: { title: string }) => a.title.includes('onerror')).length).toBeGreaterThan(0);
    // Every article deleted with its own Delete button.
    for (let left = xss.pageCount; left > 0; left--) {
      await page.click('.item__delete >> nth=0');
      await page.waitForFunction((n) => document.querySelectorAll('.item').length === n, left - 1);
    }
    await page.waitForSelector('.status');
    expect(await importFile(page, backup)).toMatch(new RegExp(`: ${xss.pageCount} added, 0 updated, 0 unchanged\\.$`));
    await page.close();
    await checkLibrary(xss.pageCount, ['harbour', 'onerror'], 'imported');
    expectNothingRan();
  }, 240_000);

  it('a hostile backup file imports inert; invalid ones are refused with a message and change nothing', async () => {
    const file = JSON.parse(readFileSync(backupPath, 'utf8'));
    const hostile = hostileRecord(file.articles[0], xss.beaconOrigin);
    const page = await openLibrary();
    const path = join(dir, 'hostile.json');
    writeFileSync(path, JSON.stringify({ ...file, articles: [hostile] }));
    expect(await importFile(page, path)).toMatch(/: 1 added, 0 updated, 0 unchanged\.$/);
    await page.close();
    const ids = await checkLibrary(xss.pageCount + 1, ['hostile', 'script'], 'hostile backup');
    expect(ids).toContain(hostile.id);

    // Metadata shows as the text it is; the javascript: address gives no "Original page" link.
    const reader = await watched(extensionUrl(`reader.html?saved=${hostile.id}`));
    await reader.waitForSelector('.article .captions');
    expect(await reader.locator('.article__title').innerText()).toBe(hostile.title);
    expect(await reader.locator('.article__byline').innerText()).toBe(hostile.byline);
    expect(await reader.locator('.article__source').count()).toBe(0);
    expect(await reader.locator('.article__body').innerText()).toContain('Backup story text.');
    expect(await reader.title()).toBe(`${hostile.title} · Lede`);
    await reader.close();

    const good = JSON.stringify({ ...file, articles: [hostile] });
    const refused: Array<[name: string, text: string, says: RegExp]> = [
      ['__proto__ in an article', good.replace('"read":', '"__proto__":{"polluted":1},"read":'), /articles\[0\]\.__proto__: a key Lede never writes/],
      ['__proto__ in a caption', good.replace('"credit":', '"__proto__":{"polluted":1},"credit":'), /captions\[0\]\.__proto__: a key Lede never writes/],
      ['constructor in the settings', good.replace('"theme":', '"constructor":{"prototype":{"polluted":1}},"theme":'), /settings\.constructor: a key Lede never writes/],
      ['a javascript: image file', JSON.stringify({ ...file, articles: [hostile], images: [{ url: `javascript:${fire('bk-file')}`, type: 'image/png', data: '' }] }), /images\[0\]\.url: not a http\/https address/],
      ['markup where text belongs', JSON.stringify({ ...file, articles: [{ ...hostile, title: { html: '<script>' } }] }), /articles\[0\]\.title: expected text, found an object/],
      ['a title past the limit', JSON.stringify({ ...file, articles: [{ ...hostile, title: 'x'.repeat(10_001) }] }), /articles\[0\]\.title: 10,001 characters long/],
    ];
    const library = await openLibrary();
    for (const [name, text, says] of refused) {
      const bad = join(dir, `${name.replace(/\W+/g, '-')}.json`);
      writeFileSync(bad, text);
      const said = await importFile(library, bad);
      expect(said, name).toMatch(/^Import failed: /);
      expect(said, name).toMatch(says);
      expect(said, name).toMatch(/Nothing in your library was changed\.$/);
    }
    expect(await library.evaluate('({}).polluted ?? Object.prototype.polluted ?? null')).toBe(null);
    await library.reload();
    await library.waitForFunction((n) => document.querySelectorAll('.item').length === n, xss.pageCount + 1);

    // The scan would notice: a handler put into a row by hand is found.
    await library.evaluate(`(() => {
      const handler = document.createElement('i');
      handler.setAttribute('onclick', 'x');
      document.querySelector('.item__excerpt').append(document.createElement('b'), handler);
    })()`);
    const noticed = await scanLibrary(library);
    expect(noticed.found.handlers).toEqual(['i onclick']);
    expect(noticed.notText).toHaveLength(2);
    await library.close();
    expectNothingRan();
  }, 240_000);

  it('exported from the library as HTML: each file, opened in a tab, runs nothing', async () => {
    const library = await openLibrary();
    await library.selectOption('.export-panel select >> nth=0', 'all');
    await library.selectOption('.export-panel select >> nth=1', 'html');
    const zip = unzipSync(new Uint8Array(readFileSync(await download(library, dir, () => library.click('.export-panel button:has-text("Export")')))));
    await library.close();
    const names = Object.keys(zip);
    expect(names).toHaveLength(xss.pageCount + 1);
    const dirty = [];
    for (const name of names) {
      const path = join(dir, name);
      writeFileSync(path, zip[name]);
      const page = await watched(pathToFileURL(path).href);
      await page.mouse.wheel(0, 20_000);
      await page.waitForTimeout(300);
      const found = await page.evaluate<ExportFindings>(EXPORT_SCAN);
      if (JSON.stringify(found) !== JSON.stringify({ story: NOTHING, page: { handlers: [], scriptUrls: [], forbidden: [] } })) dirty.push({ name, found });
      if (name.startsWith('Hostile')) expect(await page.locator('h1').innerText()).toContain('<script>');
      await page.close();
    }
    expect(dirty).toEqual([]);
    expect(names.filter((name) => name.startsWith('Hostile'))).toHaveLength(1);
    expectNothingRan();
  }, 240_000);
});
