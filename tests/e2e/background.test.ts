/**
 * Saving without the popup: the context menu item and the keyboard command,
 * fired on Lede's real background worker (the native menu and shortcuts
 * cannot be driven headless), with the activeTab grant a user's click gives.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { seed } from '../helpers/seed';
import { useExtensionBrowser } from './fixture';
import {
  backgroundWorker,
  badgeOf,
  clearBadge,
  fire,
  grantActiveTab,
  manifestOf,
  menuExists,
  readLibrary,
  tabIdOf,
  tabUrls,
} from './library';

const env = useExtensionBrowser();
const SEED = '/pages/seed-classic/source.html';
const SAVE_MENU = { menuItemId: 'lede-save-page' };
const SAVE_COMMAND = { command: 'save-page' };

async function openPage(url: string): Promise<Page> {
  const page = await env.browser.context.newPage();
  await page.goto(url);
  return page;
}

describe('the background', () => {
  it('adds its two menu items, the command, and exactly the permissions it needs', async () => {
    const worker = await backgroundWorker(env.browser);
    // Created on install, which may still be under way just after the launch.
    await expect.poll(() => menuExists(worker, 'lede-save-page'), { timeout: 20_000 }).toBe(true);
    await expect.poll(() => menuExists(worker, 'lede-open-library'), { timeout: 20_000 }).toBe(true);
    expect(await menuExists(worker, 'no-such-item')).toBe(false);
    const manifest = await manifestOf(worker);
    expect(manifest.permissions).toEqual(['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.commands?.['save-page']?.suggested_key).toEqual({ default: 'Alt+Shift+S' });
  });

  it('opens the library from the toolbar button\'s menu', async () => {
    const worker = await backgroundWorker(env.browser);
    const page = await openPage(`${env.origin}${SEED}?library`);
    const opened = env.browser.context.waitForEvent('page', { timeout: 20_000 });
    await fire(worker, { menuItemId: 'lede-open-library' }, await tabIdOf(worker, page));
    const library = await opened;
    // The tab's address as the extension sees it (the page may not be built on this branch yet).
    await expect.poll(() => tabUrls(worker)).toContain(`chrome-extension://${env.browser.extensionId}/library.html`);
    await library.close();
    await page.close();
  });

  /** Opens `url`, fires `event` on its tab (after a user's grant, where a page can have one), returns the badge. */
  async function saveVia(url: string, event: typeof SAVE_MENU | typeof SAVE_COMMAND) {
    const page = await openPage(url);
    if (!url.startsWith('chrome:')) await grantActiveTab(env.browser, page);
    const worker = await backgroundWorker(env.browser);
    const tabId = await tabIdOf(worker, page);
    await fire(worker, event, tabId);
    const badge = await badgeOf(worker, tabId);
    await page.close();
    return badge;
  }

  it.each([
    ['the context menu', SAVE_MENU, 'menu'],
    ['the save-page command', SAVE_COMMAND, 'command'],
  ])('saves the page from %s and shows ✓ on the button', async (_, event, tag) => {
    const url = `${env.origin}${SEED}?via=${tag}`;
    const badge = await saveVia(url, event);
    expect(badge).toEqual({ text: '✓', title: `Lede: saved “${seed.title}”` });
    const records = (await readLibrary(env.browser)).articles.filter((a) => a.key === url);
    expect(records).toHaveLength(1);
    expect(records[0].title).toBe(seed.title);
  });

  it.each([
    ['a restricted page', 'chrome://version', SAVE_MENU, /can't save this page: browsers don't let extensions read it/],
    ['a page with no article', '/e2e/no-article.html', SAVE_COMMAND, /found no article to save/],
  ])('on %s saves nothing and shows ! with the reason', async (_, path, event, reason) => {
    const before = await readLibrary(env.browser);
    const badge = await saveVia(path.startsWith('/') ? `${env.origin}${path}` : path, event);
    expect(badge.text).toBe('!');
    expect(badge.title).toMatch(reason);
    expect((await readLibrary(env.browser)).articles).toHaveLength(before.articles.length);
  });

  it('saves ten tabs at once as ten records, and the same page twice as one, updated', async () => {
    const pages: Page[] = [];
    const worker = await backgroundWorker(env.browser);
    const tabIds: number[] = [];
    for (let i = 0; i < 10; i++) {
      const page = await openPage(`${env.origin}${SEED}?tab=${i}`);
      await grantActiveTab(env.browser, page);
      pages.push(page);
      tabIds.push(await tabIdOf(worker, page));
    }
    await Promise.all(tabIds.map((tabId) => fire(worker, SAVE_MENU, tabId)));
    for (const tabId of tabIds) expect((await badgeOf(worker, tabId)).text).toBe('✓');
    const saved = (await readLibrary(env.browser)).articles.filter((a) => a.key.includes('?tab='));
    expect(saved.map((a) => a.key).sort()).toEqual(pages.map((p) => p.url()).sort());

    // The first page again, twice at once: still one record, same id, newer updatedAt.
    const first = saved.find((a) => a.key === pages[0].url())!;
    await clearBadge(worker, tabIds[0]);
    await Promise.all([fire(worker, SAVE_COMMAND, tabIds[0]), fire(worker, SAVE_MENU, tabIds[0])]);
    // Both saves have committed once the journal holds their two entries.
    await expect
      .poll(async () => (await readLibrary(env.browser)).journal.filter((e) => e.id === first.id).length, {
        timeout: 20_000,
      })
      .toBe(3);
    const library = await readLibrary(env.browser);
    const records = library.articles.filter((a) => a.key === first.key);
    expect(records).toEqual([expect.objectContaining({ id: first.id, savedAt: first.savedAt })]);
    expect(records[0].updatedAt).toBeGreaterThan(first.updatedAt);
    expect(library.summaries.filter((s) => s.key === first.key)).toHaveLength(1);
    for (const page of pages) await page.close();
  }, 240_000); // eleven popups: slow on a loaded machine
});
