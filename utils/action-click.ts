import { browser, type Browser } from 'wxt/browser';
import { openReaderTab, readerUrlForTab } from './handoff';

/** The popup page, as the manifest would name it. */
const POPUP = 'popup.html';

/**
 * The toolbar button's click (and its key, `_execute_action`) in Chromium,
 * whose manifest has no default popup so that the click comes here first:
 * the read of the tab starts at the click, while Chromium spends its ~250 ms
 * opening the popup, rather than when the popup's first script runs. The
 * popup then reads the tab as always and finds the result kept in the page
 * (utils/kept-read.ts). See docs/benchmarks.md for the figures.
 *
 * The tab's popup is set for the one opening and cleared after, so the next
 * click comes here again. Should the popup fail to open, the reader tab
 * shows the article instead: a click is never lost.
 */
export async function onActionClicked(tab: Browser.tabs.Tab): Promise<void> {
  const tabId = tab.id;
  if (tabId === undefined) return;
  try {
    await browser.action.setPopup({ tabId, popup: POPUP });
    // Asked first: opening the popup is the long part, and the browser does it while the page reads.
    const opening = browser.action.openPopup(tab.windowId === undefined ? undefined : { windowId: tab.windowId });
    startEarlyRead(tabId);
    await opening;
  } catch {
    await openReaderTab(readerUrlForTab(tabId), tab).catch(() => {});
  } finally {
    await browser.action.setPopup({ tabId, popup: '' }).catch(() => {});
  }
}

/**
 * Runs the injected script in the tab with `early` set: it reads and keeps the
 * result in the page. Both injections are sent at once; the browser runs them
 * in order. A page Lede may not read refuses both: the popup's own read then
 * says why.
 */
function startEarlyRead(tabId: number): void {
  const target = { tabId };
  void browser.scripting
    .executeScript({
      target,
      func: () => {
        (globalThis as { __ledeOptions?: unknown }).__ledeOptions = { early: true };
      },
    })
    .catch(() => {});
  void browser.scripting.executeScript({ target, files: ['/extract.js'] }).catch(() => {});
}
