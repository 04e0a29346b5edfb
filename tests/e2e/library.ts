/**
 * The library as the real browser stores it: read straight from IndexedDB in
 * an extension page (the database belongs to the extension's origin), and
 * Lede's background worker, whose listeners the tests fire.
 */
import type { Page, Worker } from 'playwright-core';
import type { browser as extensionApi } from 'wxt/browser';
import type { SavedArticle, SavedSummary } from '@/utils/library/types';
import type { LoadedBrowser } from './harness';
import { Popup } from './popup';

/** The extension API inside the worker (functions below are evaluated there, not here). */
declare const chrome: typeof extensionApi;

export interface StoredLibrary {
  articles: SavedArticle[];
  summaries: SavedSummary[];
  journal: Array<{ seq: number; op: string; id: string }>;
}

/**
 * Every row of the library's tables, read with plain IndexedDB in Lede's
 * background worker: an extension context of the database's origin that,
 * unlike a new tab, does not take the focus (and so close an open popup).
 */
export async function readLibrary(browser: LoadedBrowser): Promise<StoredLibrary> {
  const worker = await backgroundWorker(browser);
  return worker.evaluate(async () => {
    const empty = { articles: [], summaries: [], journal: [] };
    // Opening a database that does not exist would create it: look first.
    if (!(await indexedDB.databases()).some((info) => info.name === 'lede-library')) return empty;
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lede-library');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const all = (name: string) =>
      new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    const [articles, summaries, journal] = await Promise.all([all('articles'), all('summaries'), all('searchJournal')]);
    db.close();
    return { articles, summaries, journal } as never;
  });
}

/** Lede's background service worker (started on demand by the browser). */
export async function backgroundWorker(browser: LoadedBrowser): Promise<Worker> {
  const prefix = `chrome-extension://${browser.extensionId}/`;
  const running = browser.context.serviceWorkers().find((worker) => worker.url().startsWith(prefix));
  return running ?? browser.context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(prefix) });
}

/**
 * Gives Lede the activeTab grant for `page`, as a user's click on a context
 * menu item or a shortcut would: the real toolbar click (the popup opens and
 * is closed). The grant lasts until the tab navigates.
 */
export async function grantActiveTab(browser: LoadedBrowser, page: Page): Promise<void> {
  const popup = await Popup.open(browser, page);
  await popup.waitFor("document.querySelector('.article, .status')");
  await popup.close();
}

/** The id of the tab showing `page` (brought to the front, then asked of the worker). */
export async function tabIdOf(worker: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab.id!;
  });
}

/**
 * Fires the real listener the way the browser does for a click on a context
 * menu item or a command (the native menu cannot be clicked headless).
 */
export async function fire(
  worker: Worker,
  event: { menuItemId: string } | { command: string },
  tabId: number,
): Promise<void> {
  await worker.evaluate(
    async ({ event, tabId }) => {
      const tab = await chrome.tabs.get(tabId);
      type Dispatchable = { dispatch(...args: unknown[]): void };
      if ('menuItemId' in event) {
        const info = { menuItemId: event.menuItemId, pageUrl: tab.url, editable: false };
        (chrome.contextMenus.onClicked as unknown as Dispatchable).dispatch(info, tab);
      } else {
        (chrome.commands.onCommand as unknown as Dispatchable).dispatch(event.command, tab);
      }
    },
    { event, tabId },
  );
}

/** The toolbar button's badge text and title on a tab, once the badge says anything. */
export async function badgeOf(worker: Worker, tabId: number, timeoutMs = 20_000): Promise<{ text: string; title: string }> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const badge = await worker.evaluate(async (tabId) => {
      const [text, title] = await Promise.all([chrome.action.getBadgeText({ tabId }), chrome.action.getTitle({ tabId })]);
      return { text, title };
    }, tabId);
    if (badge.text) return badge;
    if (Date.now() > deadline) throw new Error(`No badge on tab ${tabId}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The manifest as the browser loaded it. */
export function manifestOf(worker: Worker) {
  return worker.evaluate(() => chrome.runtime.getManifest());
}

/** Clears the badge of a tab (so the next outcome can be waited for). */
export async function clearBadge(worker: Worker, tabId: number): Promise<void> {
  await worker.evaluate((tabId) => chrome.action.setBadgeText({ tabId, text: '' }), tabId);
}

/** True when the context menu item `id` exists (updating a missing one fails). */
export function menuExists(worker: Worker, id: string): Promise<boolean> {
  return worker.evaluate(
    (id) =>
      new Promise<boolean>((resolve) => {
        chrome.contextMenus.update(id, {}, () => resolve(!chrome.runtime.lastError));
      }),
    id,
  );
}

/** The addresses of the tabs the worker can see (its own pages and granted tabs), loaded or pending. */
export function tabUrls(worker: Worker): Promise<string[]> {
  return worker.evaluate(async () =>
    (await chrome.tabs.query({})).flatMap((tab) => [tab.url, tab.pendingUrl].filter((url): url is string => !!url)),
  );
}

/** Types `query` into the library page's search box and waits for the answer to that query. */
export async function searchLibrary(page: Page, query: string): Promise<void> {
  await page.fill('#library-search', query);
  await page.waitForFunction(
    (q) => document.querySelector('.library-bar__summary')?.textContent?.includes(`for “${q}”`),
    query.trim(),
  );
}
