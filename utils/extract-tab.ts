import { browser } from 'wxt/browser';
import type { Article } from './extract';
import { errorMessage } from './error-message';
import { checkExtractResult, MAX_BODY_CHARS, type ExtractResult, type InjectTiming } from './extract-result';
import { fallbackKey } from './library/key';
import { isRestrictedError, isRestrictedUrl } from './restricted';
import { Invalid } from './validate';
import { t, uiNumber } from './i18n';

/** Every outcome a user can meet when asking for the article of a tab. */
export type Outcome =
  /** `key`: where the library files this page (its canonical URL, else its URL without the fragment). */
  | { state: 'article'; article: Article; key: string }
  /**
   * `maybeFile`: Chromium hid the address and Lede may not read files, so it
   * cannot tell a file:// page from about:blank or a page source (the
   * refusal is the same): the message then also says how to allow files.
   */
  | { state: 'restricted'; url: string; maybeFile?: boolean }
  | { state: 'no-article'; url: string }
  /** A file:// page, and the user has not turned on "Allow access to file URLs". */
  | { state: 'file-access'; url: string }
  /** A document that is not a web page: a PDF, an image, JSON, XML, plain text. */
  | { state: 'not-html'; contentType: string }
  /** A page made of <frame>s: the article is in one of them. */
  | { state: 'frameset'; url: string }
  /** The page went elsewhere (or reloaded) while Lede was reading it. */
  | { state: 'navigated'; url: string }
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
  if (tab.id === undefined || (await offLimits(url))) return { state: 'restricted', url };
  return outcomeOf(await inject(tab.id, options), url);
}

/**
 * The same as extractFromTab for a tab known by its id before its address:
 * the injection goes out at once and the address (`tab`, asked for beside
 * it) decides as before once both are in. A page no extension may read is
 * refused by the browser itself, so nothing is read there that extractFromTab
 * would not have read; its outcome is the same.
 */
export async function extractFromTabId(
  id: number,
  tab: Promise<{ url?: string } | undefined>,
  options: { lenient?: boolean } = {},
): Promise<Outcome> {
  const injection = inject(id, options);
  const url = (await tab.catch(() => undefined))?.url ?? '';
  const injected = await injection;
  if (await offLimits(url)) return { state: 'restricted', url };
  return outcomeOf(injected, url);
}

/**
 * Whether the address alone says Lede may not read the page. A tab whose
 * address the activeTab grant does not reveal is a page no extension may
 * read, or (as Chromium hides it the same way) a file:// page the user has
 * not allowed: only trying tells which.
 */
async function offLimits(url: string): Promise<boolean> {
  return isRestrictedUrl(url) && !(url === '' && !(await fileAccessAllowed()));
}

/** What one injection of the extraction script came to: its result, or the browser's refusal. */
type Injection = { result: unknown } | { error: unknown };

/** Runs the extraction script in the tab; never rejects. */
async function inject(tabId: number, options: { lenient?: boolean }): Promise<Injection> {
  try {
    const target = { tabId };
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
    performance.mark('lede:inject-sent');
    const [injection] = await browser.scripting.executeScript({ target, files: ['/extract.js'] });
    performance.mark('lede:result-received');
    return { result: injection?.result };
  } catch (error) {
    return { error };
  }
}

/** The outcome a user sees for one injection into the page at `url`. */
function outcomeOf(injection: Injection, url: string): Outcome {
  if ('error' in injection) return failureOutcome(injection.error, url);
  try {
    return resultOutcome(injection.result, url);
  } catch (error) {
    return failureOutcome(error, url);
  }
}

/** The outcome of the script's result. */
function resultOutcome(value: unknown, url: string): Outcome {
  // A document replaced mid-read hands back no result rather than an error.
  if (value === undefined || value === null) return { state: 'navigated', url };
  const result = checkResult(value);
  if ('state' in result) return result;
  if (result.ok) {
    if (result.timing) markInjectTiming(result.timing);
    return { state: 'article', article: result.article, key: result.key ?? fallbackKey(url) };
  }
  if (result.reason === 'no-article') return { state: 'no-article', url };
  if (result.reason === 'not-html') return { state: 'not-html', contentType: result.contentType };
  if (result.reason === 'frameset') return { state: 'frameset', url };
  if (result.elements !== undefined) return { state: 'error', message: t('pageTooLarge', uiNumber(result.elements)) };
  return { state: 'error', message: result.message };
}

/** The outcome of an injection that failed (or whose result could not be taken up). */
function failureOutcome(error: unknown, url: string): Outcome {
  const message = errorMessage(error);
  if (isNavigatedError(message)) return { state: 'navigated', url };
  // Chromium's words for a file:// page without the user's grant are those of any forbidden page.
  if (isRestrictedError(message)) return restrictedOutcome(url, message);
  return { state: 'error', message };
}

/**
 * The injected script's start and end as marks on the popup's timeline, for
 * the click-to-article benchmark's breakdown (tests/bench/popup.ts).
 */
function markInjectTiming({ start, done, early }: InjectTiming): void {
  performance.mark('lede:inject-start', { startTime: start - performance.timeOrigin });
  performance.mark('lede:engine-done', { startTime: done - performance.timeOrigin });
  // Read at the click, before this document existed: its times relative to this document's start (often negative).
  if (early) {
    performance.mark('lede:read-kept', {
      detail: { start: early.start - performance.timeOrigin, done: early.done - performance.timeOrigin },
    });
  }
}

/** The injected script's result checked (the page shaped what it saw), or the error outcome to show instead. */
function checkResult(value: unknown): ExtractResult | Outcome {
  try {
    return checkExtractResult(value);
  } catch (error) {
    if (!(error instanceof Invalid)) throw error;
    if (/^article\.(contentHtml|textContent)$/.test(error.path)) {
      return { state: 'error', message: t('tooLongToShow', uiNumber(MAX_BODY_CHARS / 1_000_000)) };
    }
    return { state: 'error', message: t('unexpectedResult', error.message) };
  }
}

/** Whether the user let Lede read file:// pages (unknown counts as yes: no guess at a file). */
async function fileAccessAllowed(): Promise<boolean> {
  try {
    return await browser.extension.isAllowedFileSchemeAccess();
  } catch {
    return true;
  }
}

/**
 * The outcome of an injection the browser refused. A file:// page says so by
 * its address. With the address hidden (as Chromium hides it from an
 * extension without file access), the refusal for a missing host permission
 * comes from a file:// page, about:blank or a page source alike, never from
 * a chrome:// page or a store, whose refusals have words of their own.
 */
function restrictedOutcome(url: string, message: string): Outcome {
  if (url.startsWith('file:')) return { state: 'file-access', url };
  if (url === '' && /must request permission/i.test(message)) return { state: 'restricted', url, maybeFile: true };
  return { state: 'restricted', url };
}

/** executeScript's errors when the tab's document went away mid-read (navigation, reload, close). */
function isNavigatedError(message: string): boolean {
  return /frame .*(?:was removed|not found)|document .*unloaded|no frame with id|tab was closed|no tab with id/i.test(message);
}
