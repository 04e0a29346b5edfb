import { browser } from 'wxt/browser';
import type { Article } from './extract';
import { tabInPopupAddress } from './popup-address';

/**
 * Hands the exact Article the popup shows to the reader tab, so the tab never
 * re-reads the page (the page may have changed, and the popup's article is
 * the one that will be saved).
 *
 * `storage.session` (Chrome 102+, Firefox 115+) keeps it in memory until the
 * browser quits, which is the lifetime a reader tab needs. Where it is
 * missing, `storage.local` stands in and old hand-offs are pruned on write.
 */

const PREFIX = 'handoff:';
/** How long a hand-off kept in storage.local stays; session storage needs no pruning. */
const LOCAL_TTL_MS = 24 * 60 * 60 * 1000;

interface Stored {
  article: Article;
  savedAt: number;
}

function area() {
  const session = (browser.storage as { session?: typeof browser.storage.local }).session;
  return session ?? browser.storage.local;
}

/** A random id: unguessable, so a web page cannot name another article. */
function newId(): string {
  return crypto.randomUUID();
}

/** The reader page's URL for a hand-off id. */
export function readerUrl(id: string): string {
  return browser.runtime.getURL(`/reader.html?article=${encodeURIComponent(id)}`);
}

/**
 * The reader page's URL that reads tab `tabId` itself ("Read with Lede" in
 * the page's context menu, whose click grants activeTab on that tab).
 */
export function readerUrlForTab(tabId: number): string {
  return browser.runtime.getURL(`/reader.html?tab=${tabId}`);
}

/** The tab a reader page's URL asks it to read, or null. */
export function tabIdFromUrl(url: string): number | null {
  return tabInPopupAddress(new URL(url).search) ?? null;
}

/** Opens a reader page beside the page it reads (`from`), as "open link in new tab" does. */
export async function openReaderTab(url: string, from?: { id?: number; index?: number }): Promise<void> {
  await browser.tabs.create({
    url,
    ...(from?.index !== undefined && { index: from.index + 1 }),
    ...(from?.id !== undefined && { openerTabId: from.id }),
  });
}

/** The hand-off id in a reader page's URL, or null. */
export function idFromUrl(url: string): string | null {
  return new URL(url).searchParams.get('article');
}

/** Stores `article` for a reader tab and returns its id. */
export async function stashArticle(article: Article, now = Date.now()): Promise<string> {
  const storageArea = area();
  if (storageArea === browser.storage.local) await pruneLocal(now);
  const id = newId();
  const stored: Stored = { article, savedAt: now };
  await storageArea.set({ [PREFIX + id]: stored });
  return id;
}

/**
 * The article stored under `id`, or null when it is gone (the browser quit,
 * or the id is wrong). Kept, not consumed: reloading the tab shows it again.
 */
export async function takeArticle(id: string): Promise<Article | null> {
  const key = PREFIX + id;
  const found = (await area().get(key))[key] as Stored | undefined;
  return found?.article ?? null;
}

async function pruneLocal(now: number): Promise<void> {
  const all = await browser.storage.local.get(null);
  const stale = Object.entries(all)
    .filter(([key, value]) => key.startsWith(PREFIX) && now - ((value as Stored).savedAt ?? 0) > LOCAL_TTL_MS)
    .map(([key]) => key);
  if (stale.length) await browser.storage.local.remove(stale);
}
