/**
 * The issue's end-to-end case, in real Chromium with the built extension:
 * three fixture pages (one with a gallery) are saved through the popup with
 * offline images on; with the site stopped, the gallery article shows its
 * pictures from storage; a backup with images, deleting everything and
 * importing it gives back the same records and the same image rows (content
 * hashes), and the pictures show again with no network.
 *
 * The pages are the fixtures' own HTML; their absolute addresses
 * (https://news.example.com/…) are pointed at the test site so that their
 * gallery thumbnails are fetched too. Every image path answers with a PNG.
 */
import type { Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageUrlsOf } from '../../utils/library/images';
import type { SavedArticle } from '../../utils/library/types';
import { FIXTURES } from '../helpers/page';
import { launchWithExtension, type LoadedBrowser } from './harness';
import { countImageRows, png, serveFiles, stopServer, type SiteFiles } from './image-server';
import { NEEDS_ACCESS } from './library-files';
import { imageHashes, recordHashes } from './record-hashes';
import { saveThroughPopup } from './save-through-popup';
import { injectStore } from './store-in-page';
import type { browser as extensionApi } from 'wxt/browser';

/** The extension API inside extension pages (functions below are evaluated there). */
declare const chrome: typeof extensionApi;

const SLUGS = ['json-ld-gallery', 'seed-classic', 'lazy-images'];
const PICTURE = png(64, [120, 160, 90]);

let browser: LoadedBrowser;
let server: Server;
let origin: string;
let dir: string;
let library: Page;
const evaluate = <T,>(expression: string) => library.evaluate<T>(expression);

/** The fixture pages at /<slug>/, their own host's addresses made the test site's, and a PNG at every image path. */
function siteFiles(at: string): SiteFiles {
  const files: SiteFiles = {};
  for (const slug of SLUGS) {
    const html = readFileSync(join(FIXTURES, 'pages', slug, 'source.html'), 'utf8').replaceAll('https://news.example.com', at);
    files[`/${slug}/`] = ['text/html; charset=utf-8', Buffer.from(html)];
    for (const [path] of html.matchAll(/\/img\/[\w.-]+\.(?:jpg|jpeg|png|webp)/g)) files[path] = ['image/png', PICTURE];
  }
  return files;
}

async function openLibrary(): Promise<void> {
  await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await library.waitForSelector('.export-panel');
  await injectStore(evaluate);
}

async function toast(pattern: RegExp): Promise<string> {
  await library.waitForFunction((source) => new RegExp(source).test(document.querySelector('.toast__message')?.textContent ?? ''), pattern.source);
  return library.locator('.toast__message').innerText();
}

/**
 * Opens a saved article in the reader and returns its pictures (the story's
 * and the caption thumbnails) once all have loaded. They load lazily: each is
 * scrolled into view. A thumbnail that fails is removed, so count them too.
 */
async function shownImages(id: string): Promise<{ thumb: boolean; blob: boolean; width: number }[]> {
  const reader = await browser.context.newPage();
  await reader.goto(`chrome-extension://${browser.extensionId}/reader.html?saved=${id}`);
  await reader.waitForSelector('.article__body');
  const pictures = reader.locator('.article__body img, .caption__thumb');
  await expect.poll(() => pictures.count(), { timeout: 20_000 }).toBeGreaterThan(0);
  for (const picture of await pictures.all()) await picture.scrollIntoViewIfNeeded();
  await reader.waitForFunction(
    () => [...document.querySelectorAll<HTMLImageElement>('.article__body img, .caption__thumb')].every((img) => img.complete),
    undefined,
    { timeout: 20_000 },
  );
  const shown = await reader.$$eval('.article__body img, .caption__thumb', (images) =>
    (images as HTMLImageElement[]).map((img) => ({
      thumb: img.classList.contains('caption__thumb'),
      blob: img.src.startsWith('blob:'),
      width: img.naturalWidth,
    })),
  );
  await reader.close();
  return shown;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lede-images-backup-'));
  ({ server, origin } = await serveFiles(siteFiles));
  browser = await launchWithExtension();
  library = await browser.context.newPage();
});
afterAll(async () => {
  await browser?.close();
  await stopServer(server);
  rmSync(dir, { recursive: true, force: true });
});

describe('offline images through a backup', () => {
  it('saves three pages with their images, shows them offline, and restores them exactly from a backup', async () => {
    await openLibrary();
    // Captions shown with the story: the gallery's thumbnails are pictures to keep too.
    await library.evaluate(() =>
      chrome.storage.local.set({ offlineImages: { enabled: true, capBytes: 20 * 1024 * 1024 }, settings: { showCaptions: true } }),
    );
    for (const slug of SLUGS) await saveThroughPopup(browser, `${origin}/${slug}/`);

    const records = await evaluate<SavedArticle[]>(`(async () => {
      const summaries = await globalThis.ledeStore.listSummaries();
      return Promise.all(summaries.map((s) => globalThis.ledeStore.getArticle(s.id)));
    })()`);
    expect(records).toHaveLength(SLUGS.length);
    const gallery = records.find((r) => r.url.endsWith('/json-ld-gallery/'))!;
    expect(gallery.galleries.length).toBeGreaterThan(0);
    // Every image an article shows is served: all of them end up stored.
    const expected = records.reduce((sum, record) => sum + imageUrlsOf(record).length, 0);
    expect(expected).toBeGreaterThan(SLUGS.length);
    await expect.poll(() => countImageRows(library), { timeout: 60_000, interval: 250 }).toBe(expected);

    await stopServer(server);
    const offline = await shownImages(gallery.id);
    const thumbnails = gallery.galleries.flatMap((g) => g.captions).filter((caption) => caption.imageUrl).length;
    expect(thumbnails).toBeGreaterThan(0);
    expect(offline.filter((img) => img.thumb)).toHaveLength(thumbnails);
    expect(offline.every((img) => img.blob && img.width === 64)).toBe(true);

    const beforeRecords = await recordHashes(evaluate);
    const beforeImages = await imageHashes(library);
    expect(beforeImages).toHaveLength(expected);

    await library.getByLabel('with images').check();
    const [download] = await Promise.all([library.waitForEvent('download'), library.click('text=Back up all (JSON)')]);
    const backup = join(dir, download.suggestedFilename());
    await download.saveAs(backup);
    expect(await toast(/^Backed up/)).toBe(`Backed up ${SLUGS.length} articles, ${expected} stored images and your settings.`);
    const written = JSON.parse(readFileSync(backup, 'utf8')) as { images: { url: string }[] };
    expect(new Set(written.images.map((image) => image.url)).size).toBe(written.images.length);

    await evaluate(`(async () => {
      for (const s of await globalThis.ledeStore.listSummaries()) await globalThis.ledeStore.removeArticle(s.id);
    })()`);
    // The library page drops the images of deleted articles when it opens.
    await openLibrary();
    await expect.poll(() => countImageRows(library)).toBe(0);
    expect(await recordHashes(evaluate)).toEqual({});

    await library.setInputFiles('.export-panel input[type=file]', backup);
    // The setting comes back too; "on" waits for a grant this profile cannot give (see NEEDS_ACCESS).
    expect(await toast(/^(Imported|Import failed)/)).toMatch(new RegExp(`: ${SLUGS.length} added, 0 updated, 0 unchanged\\. ${NEEDS_ACCESS}$`));
    expect(await recordHashes(evaluate)).toEqual(beforeRecords);
    expect(await imageHashes(library)).toEqual(beforeImages);
    expect(await shownImages(gallery.id)).toEqual(offline);
  });
});
