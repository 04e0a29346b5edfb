/**
 * Stored images leave with the exports, and the per-article cap is the
 * user's, in real Chromium with the built extension: pages with pictures are
 * saved through the popup with offline images on (set as the switch does
 * after a grant: see offline-images.test.ts), then
 * - with the site stopped, the HTML export opens in a plain tab and shows the
 *   pictures from data: URLs, and the EPUB holds them as files (and passes
 *   epubcheck where it is installed);
 * - an HTML zip of several articles holds each stored image once, in an
 *   images/ folder, and its files show them from the unzipped folder with
 *   the site stopped;
 * - the cap chosen in the storage panel decides what a save keeps: an image
 *   over it is skipped, and the panel counts it.
 */
import type { Server } from 'node:http';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedBrowser } from './harness';
import { countImageRows, png, serveFiles, stopServer, storyWith, type SiteFiles } from './image-server';
import { refuseNetwork } from './offline';
import { saveThroughPopup } from './save-through-popup';
import { EPUBCHECK, epubcheck } from '../helpers/epubcheck';
import type { browser as extensionApi } from 'wxt/browser';

/** The extension API inside extension pages (functions below are evaluated there). */
declare const chrome: typeof extensionApi;

const MB = 1024 * 1024;
const QUAY = png(120, [30, 90, 160]);
const BEACH = png(96, [220, 190, 120]);
/** A valid PNG padded to 1.5 MB: over a 1 MB cap, under 2 MB (the cap only counts bytes). */
const BIG = Buffer.concat([png(8, [0, 0, 0]), Buffer.alloc(1.5 * MB)]);

const FILES: SiteFiles = {
  '/story.html': ['text/html; charset=utf-8', Buffer.from(storyWith('Harbour plan approved', [['/img/quay.png', 'The quay'], ['/img/beach.png', 'The beach']]))],
  '/img/quay.png': ['image/png', QUAY],
  '/img/beach.png': ['image/png', BEACH],
  '/big-1.html': ['text/html; charset=utf-8', Buffer.from(storyWith('Dredging starts at the quay', [['/img/quay.png', 'The quay'], ['/img/big.png', 'The dredger']]))],
  '/big-2.html': ['text/html; charset=utf-8', Buffer.from(storyWith('Dredging ends early', [['/img/quay.png', 'The quay'], ['/img/big.png', 'The dredger']]))],
  '/img/big.png': ['image/png', BIG],
  '/quay-1.html': ['text/html; charset=utf-8', Buffer.from(storyWith('Quay reopens to ferries', [['/img/quay.png', 'The quay'], ['/img/beach.png', 'The beach']]))],
  '/quay-2.html': ['text/html; charset=utf-8', Buffer.from(storyWith('Ferry timetable returns', [['/img/beach.png', 'The beach'], ['/img/quay.png', 'The quay']]))],
};

let browser: LoadedBrowser;
let server: Server;
let origin: string;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lede-images-export-'));
  ({ server, origin } = await serveFiles(FILES));
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  await stopServer(server);
  rmSync(dir, { recursive: true, force: true });
});

async function openLibrary(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await page.waitForSelector('.export-panel');
  return page;
}

/** Exports the selected article (or `scope`) in `format` and returns the downloaded file's path. */
async function exportAs(library: Page, format: 'html' | 'epub', scope: 'one' | 'all' = 'one'): Promise<string> {
  await library.selectOption('.export-panel select >> nth=0', scope);
  await library.selectOption('.export-panel select >> nth=1', format);
  const [file] = await Promise.all([library.waitForEvent('download'), library.click('.export-panel button:has-text("Export")')]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

describe('stored images in exports', () => {
  it('are inlined in the HTML export (shown with the site gone) and packed in the EPUB', async () => {
    const library = await openLibrary();
    await library.evaluate(() => chrome.storage.local.set({ offlineImages: { enabled: true, capBytes: 20 * 1024 * 1024 } }));
    await saveThroughPopup(browser, `${origin}/story.html`);
    await expect.poll(() => countImageRows(library), { timeout: 30_000, interval: 250 }).toBe(2);
    await stopServer(server);

    await library.reload();
    await library.waitForSelector('.export-panel');
    const html = await exportAs(library, 'html');
    expect(html).toMatch(/Harbour-plan-approved\.html$/);

    // A plain tab, nothing of the extension, and every request but the file itself refused.
    const tab = await browser.context.newPage();
    const requested = await refuseNetwork(tab);
    await tab.goto(pathToFileURL(html).href);
    await tab.waitForFunction(() => [...document.images].length === 2 && [...document.images].every((img) => img.complete));
    const shown = await tab.$$eval('img', (images) =>
      (images as HTMLImageElement[]).map((img) => ({ alt: img.alt, width: img.naturalWidth, data: img.src.startsWith('data:image/png;base64,') })),
    );
    expect(shown).toEqual([
      { alt: 'The quay', width: 120, data: true },
      { alt: 'The beach', width: 96, data: true },
    ]);
    expect(requested).toEqual([]);
    await tab.close();

    const epub = await exportAs(library, 'epub');
    const files = unzipSync(new Uint8Array(readFileSync(epub)));
    const pictures = Object.keys(files).filter((name) => name.startsWith('OEBPS/images/')).sort();
    expect(pictures).toEqual(['OEBPS/images/image-1.png', 'OEBPS/images/image-2.png']);
    expect(Buffer.from(files['OEBPS/images/image-1.png'])).toEqual(QUAY);
    expect(Buffer.from(files['OEBPS/images/image-2.png'])).toEqual(BEACH);
    const opf = strFromU8(files['OEBPS/content.opf']);
    expect(opf).toContain('href="images/image-1.png" media-type="image/png"');
    const chapter = Object.keys(files).find((name) => /chapter-\d+\.xhtml$/.test(name))!;
    expect(strFromU8(files[chapter])).toContain('src="images/image-1.png"');
    if (EPUBCHECK) expect(epubcheck(new Uint8Array(readFileSync(epub)))).toMatch(/No errors or warnings detected/);
    await library.close();
  });

  it('are written once in an HTML zip, in images/, and show from the unzipped folder with the site gone', async () => {
    // Two more stories from one site, showing the same two pictures.
    ({ server, origin } = await serveFiles(FILES));
    const library = await openLibrary();
    await saveThroughPopup(browser, `${origin}/quay-1.html`);
    await saveThroughPopup(browser, `${origin}/quay-2.html`);
    await expect.poll(() => countImageRows(library), { timeout: 30_000, interval: 250 }).toBe(6);
    await stopServer(server);

    await library.reload();
    await library.waitForSelector('.export-panel');
    const zip = await exportAs(library, 'html', 'all');
    expect(zip).toMatch(/lede-html-\d{4}-\d\d-\d\d\.zip$/);
    const files = unzipSync(new Uint8Array(readFileSync(zip)));
    const folder = join(dir, 'unzipped');
    for (const [name, bytes] of Object.entries(files)) {
      mkdirSync(dirname(join(folder, name)), { recursive: true });
      writeFileSync(join(folder, name), bytes);
    }
    const pages = Object.keys(files).filter((name) => name.endsWith('.html')).sort();
    expect(pages).toEqual(['Ferry-timetable-returns.html', 'Harbour-plan-approved.html', 'Quay-reopens-to-ferries.html']);
    // Six stored copies (two a save), four addresses (the first story's site ran on another port): four files.
    const pictures = Object.keys(files).filter((name) => name.startsWith('images/')).sort();
    expect(pictures).toHaveLength(4);
    expect(pictures.map((name) => Buffer.from(files[name])).filter((bytes) => bytes.equals(QUAY))).toHaveLength(2);
    for (const name of pages) expect(strFromU8(files[name])).not.toContain('data:image');

    const tab = await browser.context.newPage();
    const requested = await refuseNetwork(tab);
    const shown: Record<string, { alt: string; width: number; src: string }[]> = {};
    for (const name of pages) {
      await tab.goto(pathToFileURL(join(folder, name)).href);
      await tab.waitForFunction(() => [...document.images].length === 2 && [...document.images].every((img) => img.complete));
      shown[name] = await tab.$$eval('img', (images) =>
        (images as HTMLImageElement[]).map((img) => ({ alt: img.alt, width: img.naturalWidth, src: img.getAttribute('src')! })),
      );
    }
    // The two stories from one site link the same two files.
    const [ferry, , quay] = pages.map((name) => shown[name]);
    expect(ferry.map((img) => img.width)).toEqual([96, 120]);
    expect(quay.map((img) => img.width)).toEqual([120, 96]);
    expect([...ferry.map((img) => img.src)].reverse()).toEqual(quay.map((img) => img.src));
    for (const images of Object.values(shown)) {
      for (const img of images) {
        expect(img.src).toMatch(/^images\/image-\d\.png$/);
        expect(img.width).toBeGreaterThan(0);
      }
    }
    expect(requested).toEqual([]);
    await tab.close();
    await library.close();
  });
});

describe('the per-article cap', () => {
  /** The storage panel's line for the selected (newest) article, read again until it shows `expected`. */
  async function currentLine(library: Page, expected: RegExp): Promise<void> {
    await expect
      .poll(
        async () => {
          await library.reload();
          await library.locator('.storage-panel__current').waitFor();
          return library.locator('.storage-panel__current').textContent();
        },
        { timeout: 30_000, interval: 500 },
      )
      .toMatch(expected);
  }

  it('is chosen in the storage panel and decides what a save keeps; what it skips is counted', async () => {
    ({ server, origin } = await serveFiles(FILES));
    const library = await openLibrary();
    const cap = library.getByLabel('Most per article');
    await library.waitForFunction(() => document.querySelector<HTMLInputElement>('.storage-panel input')?.checked === true);
    expect(await cap.inputValue()).toBe(String(20 * MB));

    await cap.selectOption({ label: '1 MB' });
    await expect
      .poll(() => library.evaluate(() => chrome.storage.local.get('offlineImages').then((v) => v.offlineImages)))
      .toEqual({ enabled: true, capBytes: 1 * MB });
    await saveThroughPopup(browser, `${origin}/big-1.html`);
    await currentLine(library, /, 1 of 2 images kept$/);
    expect(await library.locator('.storage-panel__current').textContent()).toMatch(/^This article: [\d.]+ kB/);

    await library.getByLabel('Most per article').selectOption({ label: '2 MB' });
    await expect
      .poll(() => library.evaluate(() => chrome.storage.local.get('offlineImages').then((v) => v.offlineImages)))
      .toEqual({ enabled: true, capBytes: 2 * MB });
    await saveThroughPopup(browser, `${origin}/big-2.html`);
    await currentLine(library, /, 2 of 2 images kept$/);
    expect(await library.locator('.storage-panel__current').textContent()).toMatch(/^This article: 1\.5 MB/);
    // The choice survives a reload of the page.
    expect(await library.getByLabel('Most per article').inputValue()).toBe(String(2 * MB));
    await library.close();
  });
});
