import { browser } from 'wxt/browser';
import type { Article } from './extract';
import { errorMessage } from './error-message';
import { checkExtractResult, MAX_BODY_CHARS, type ExtractResult } from './extract-result';
import { isRestrictedError, isRestrictedUrl } from './restricted';
import { Invalid } from './validate';

export type { ExtractResult } from './extract-result';

/** Every outcome a user can meet when asking for the article of a tab. */
export type Outcome =
  | { state: 'article'; article: Article }
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
    if (injection?.result === undefined || injection.result === null) {
      return { state: 'error', message: 'The page returned nothing. Reload it and try again.' };
    }
    const result = checkResult(injection.result);
    if ('state' in result) return result;
    if (result.ok) return { state: 'article', article: result.article };
    if (result.reason === 'no-article') return { state: 'no-article', url };
    if (result.reason === 'not-html') return { state: 'restricted', url };
    return { state: 'error', message: result.message };
  } catch (error) {
    const message = errorMessage(error);
    if (isRestrictedError(message)) return { state: 'restricted', url };
    return { state: 'error', message };
  }
}

/** The injected script's result checked (the page shaped what it saw), or the error outcome to show instead. */
function checkResult(value: unknown): ExtractResult | Outcome {
  try {
    return checkExtractResult(value);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    if (/^article\.(contentHtml|textContent)$/.test(error.path)) {
      const millions = MAX_BODY_CHARS / 1_000_000;
      return { state: 'error', message: `this article is too long to show (over ${millions} million characters).` };
    }
    return { state: 'error', message: `the page sent back something unexpected (${error.message}). Reload it and try again.` };
  }
}
