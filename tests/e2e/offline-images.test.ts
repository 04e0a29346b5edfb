/**
 * Images kept for offline reading, in real Chromium: with the switch on,
 * a page with pictures is saved, the site goes away, and the saved article
 * still shows them, from the database.
 *
 * The host-access prompt that turning the switch on opens is a native dialog
 * that headless Chromium cannot answer (this build has no auto-confirm
 * switch, and chrome://extensions' developerPrivate site-access calls do not
 * grant optional hosts), so the test writes the setting as the switch does
 * after a grant and the test site answers with CORS headers, which is what
 * the granted host access gives the worker's fetch.
 */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, type LoadedBrowser } from './harness';
import { countImageRows, png, serveFiles, stopServer, storyWith, type SiteFiles } from './image-server';
import { readLibrary } from './library';
import { saveThroughPopup } from './save-through-popup';
import type { browser as extensionApi } from 'wxt/browser';

/** The extension API inside extension pages (functions below are evaluated there). */
declare const chrome: typeof extensionApi;

const STORY = storyWith('Harbour plan approved', [
  ['/img/quay.png', 'The quay'],
  ['/img/beach.png', 'The beach'],
]);

const FILES: SiteFiles = {
  '/story.html': ['text/html; charset=utf-8', Buffer.from(STORY)],
  '/img/quay.png': ['image/png', png(120, [30, 90, 160])],
  '/img/beach.png': ['image/png', png(120, [220, 190, 120])],
};

describe('images kept for offline reading', () => {
  let browser: LoadedBrowser;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    ({ server, origin } = await serveFiles(FILES));
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    if (server.listening) server.close();
  });

  it('are off by default, and the library says images need the network', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
    const box = page.getByLabel('Keep images for offline reading');
    await box.waitFor();
    expect(await box.isChecked()).toBe(false);
    expect(await page.locator('.storage-panel__note').textContent()).toContain('images need the network');
    await page.close();
  });

  it('are saved with the article when on, and show from storage with the site gone', async () => {
    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await library.evaluate(() =>
      chrome.storage.local.set({ offlineImages: { enabled: true, capBytes: 20 * 1024 * 1024 } }),
    );
    await library.reload();
    const box = library.getByLabel('Keep images for offline reading');
    await library.waitForFunction(() => document.querySelector<HTMLInputElement>('.storage-panel input')?.checked === true);
    expect(await library.locator('.storage-panel__note').textContent()).toContain('Up to 20 MB an article');

    await saveThroughPopup(browser, `${origin}/story.html`);
    const [saved] = (await readLibrary(browser)).articles;
    expect(saved.title).toBe('Harbour plan approved');

    // The images follow the article in their own transaction, from the background.
    const countRows = () => countImageRows(library);
    await expect.poll(countRows, { timeout: 30_000, interval: 250 }).toBe(2);

    await stopServer(server);

    const reader = await browser.context.newPage();
    await reader.goto(`chrome-extension://${browser.extensionId}/reader.html?saved=${saved.id}`);
    await reader.waitForFunction(
      () => {
        const images = [...document.querySelectorAll<HTMLImageElement>('.article__body img')];
        return images.length === 2 && images.every((img) => img.src.startsWith('blob:') && img.complete && img.naturalWidth > 0);
      },
      undefined,
      { timeout: 20_000 },
    );
    const shown = await reader.$$eval('.article__body img', (images) =>
      (images as HTMLImageElement[]).map((img) => ({ alt: img.alt, width: img.naturalWidth, blob: img.src.startsWith('blob:') })),
    );
    expect(shown).toEqual([
      { alt: 'The quay', width: 120, blob: true },
      { alt: 'The beach', width: 120, blob: true },
    ]);

    // The library counts them: the stored images' bytes, for all and for the article.
    await library.reload();
    await library.locator('.storage-panel__current').waitFor();
    expect(await library.locator('.storage-panel__figures').textContent()).toMatch(/Images: \d/);
    await reader.close();
    await library.close();
  });

  it('turn off removing the host access, and offer to delete the stored images', async () => {
    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    const box = library.getByLabel('Keep images for offline reading');
    await box.waitFor();
    await library.waitForFunction(() => document.querySelector<HTMLInputElement>('.storage-panel input')?.checked === true);
    await box.click();
    // The note changes once the host access is given back (asynchronous): wait for it.
    await library.locator('.storage-panel__note', { hasText: 'images need the network' }).waitFor();
    await library.getByRole('button', { name: 'Delete stored images' }).click();
    await library.locator('.storage-panel__message', { hasText: 'Stored images deleted.' }).waitFor();
    expect(
      await library.evaluate(() => chrome.permissions.contains({ origins: ['http://*/*', 'https://*/*'] })),
    ).toBe(false);
    await library.close();
  });
});
