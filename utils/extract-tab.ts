import { browser } from 'wxt/browser';
import type { Article } from './extract';
import { errorMessage } from './error-message';
import { fallbackKey } from './library/key';
import { isRestrictedError, isRestrictedUrl } from './restricted';

/** What the injected script returns (see entrypoints/extract.ts). */
export type ExtractResult =
  /** `key`: the library's dedupe key, computed in the page (it needs `link[rel=canonical]`). */
  | { ok: true; article: Article; key?: string }
  | { ok: false; reason: 'no-article' }
  | { ok: false; reason: 'not-html'; contentType: string }
  | { ok: false; reason: 'error'; message: string };

/** Every outcome a user can meet when asking for the article of a tab. */
export type Outcome =
  /** `key`: where the library files this page (its canonical URL, else its URL without the fragment). */
  | { state: 'article'; article: Article; key: string }
  | { state: 'restricted'; url: string }
  | { state: 'no-article'; url: string }
  | { state: 'error'; message: string };

/** The tab the popup was opened over. */
export async function activeTab() {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab;
}

/**
 * Inject the extraction script into the tab and return its outcome. Needs
 * the activeTab grant that the toolbar click gives.
 */
export async function extractFromTab(
  tab: { id?: number; url?: string },
  options: { lenient?: boolean } = {},
): Promise<Outcome> {
  const url = tab.url ?? '';
  if (tab.id === undefined || isRestrictedUrl(url)) return { state: 'restricted', url };
  try {
    const target = { tabId: tab.id };
    // Files cannot take arguments: leave them on the isolated world's global
    // (the script consumes them). Plain reads skip this round trip: the
    // popup's first paint waits on it.
    if (options.lenient) {
      await browser.scripting.executeScript({
        target,
        func: (opts: { lenient?: boolean }) => {
          (globalThis as { __ledeOptions?: unknown }).__ledeOptions = opts;
        },
        args: [options],
      });
    }
    const [injection] = await browser.scripting.executeScript({ target, files: ['/extract.js'] });
    const result = injection?.result as ExtractResult | undefined;
    if (!result) return { state: 'error', message: 'The page returned nothing.' };
    if (result.ok) return { state: 'article', article: result.article, key: result.key ?? fallbackKey(url) };
    if (result.reason === 'no-article') return { state: 'no-article', url };
    if (result.reason === 'not-html') return { state: 'restricted', url };
    return { state: 'error', message: result.message };
  } catch (error) {
    const message = errorMessage(error);
    if (isRestrictedError(message)) return { state: 'restricted', url };
    return { state: 'error', message };
  }
}
