/**
 * "Read with Lede" in the page's context menu, fired on Lede's real
 * background worker (the native menu cannot be clicked headless), after the
 * activeTab grant a user's click gives: the reader tab opens beside the page
 * and reads it, or says why it cannot.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { browser as extensionApi } from 'wxt/browser';
import { seed, squash } from '../helpers/seed';
import { useExtensionBrowser } from './fixture';
import { backgroundWorker, fire, grantActiveTab, menuExists, tabIdOf } from './library';

/** The extension API inside the worker (the function below is evaluated there). */
declare const chrome: typeof extensionApi;

const env = useExtensionBrowser();
const READ_MENU = { menuItemId: 'lede-read-page' };

/** Opens `url`, fires "Read with Lede" on its tab and returns the page and the reader tab that opened. */
async function readWithMenu(url: string, grant = true): Promise<{ page: Page; reader: Page }> {
  const page = await env.browser.context.newPage();
  await page.goto(url);
  if (grant) await grantActiveTab(env.browser, page);
  const worker = await backgroundWorker(env.browser);
  const opened = env.browser.context.waitForEvent('page', { timeout: 20_000 });
  await fire(worker, READ_MENU, await tabIdOf(worker, page));
  const reader = await opened;
  await reader.waitForSelector('.article, .status[role=alert]', { timeout: 20_000 });
  return { page, reader };
}

describe('"Read with Lede" in the context menu', () => {
  it('is on the page menu beside "Save page to Lede"', async () => {
    const worker = await backgroundWorker(env.browser);
    // Created on install, which may still be under way just after the launch.
    await expect.poll(() => menuExists(worker, 'lede-read-page'), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => menuExists(worker, 'lede-save-page'), { timeout: 20_000 }).toBe(true);
  });

  it("opens the reader tab beside the page with the page's article, and a reload keeps it", async () => {
    const { page, reader } = await readWithMenu(`${env.origin}/pages/seed-classic/source.html?via=menu`);
    const text = squash(await reader.innerText('.article'));
    expect(text).toContain(seed.title);
    for (const paragraph of seed.paragraphs) expect(text).toContain(squash(paragraph));
    expect(text).toContain(seed.subheading);
    expect(await reader.title()).toBe(`${seed.title} · Lede`);
    // The reader's address became an ordinary hand-off: a reload shows the same article.
    expect(reader.url()).toMatch(new RegExp(`^chrome-extension://${env.browser.extensionId}/reader\\.html\\?article=`));
    await reader.reload();
    await reader.waitForSelector('.article__title');
    expect(await reader.textContent('.article__title')).toBe(seed.title);
    const worker = await backgroundWorker(env.browser);
    type Tab = { id: number; index: number; openerTabId?: number };
    const [pageTab, readerTab] = await worker.evaluate<Array<Tab | undefined>>(
      `(async (urls) => {
        const tabs = await chrome.tabs.query({});
        return urls.map((url) => tabs.find((tab) => tab.url === url));
      })(${JSON.stringify([page.url(), reader.url()])})`,
    );
    expect(readerTab?.index).toBe(pageTab!.index + 1);
    expect(readerTab?.openerTabId).toBe(pageTab!.id);
    await reader.close();
    await page.close();
  });

  it('says so in the reader tab when the page has no article, and tries anyway on request', async () => {
    const { page, reader } = await readWithMenu(`${env.origin}/e2e/no-article.html`);
    expect(await reader.textContent('.status__title')).toBe('No article found');
    await reader.click('.status button');
    await reader.waitForSelector('.article__title');
    expect(await reader.textContent('.article__title')).toBe('Sign in');
    await reader.close();
    await page.close();
  });

  it("says it can't read a page of the browser", async () => {
    const { page, reader } = await readWithMenu('chrome://version', false);
    expect(await reader.textContent('.status__title')).toBe("Lede can't read this page");
    await reader.close();
    await page.close();
  });
});
