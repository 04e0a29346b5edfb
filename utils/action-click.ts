import { browser, type Browser } from 'wxt/browser';
import { openReaderTab, readerUrlForTab } from './handoff';

/** The popup page, as the manifest names it. */
const POPUP = 'popup.html';

/**
 * Chromium: takes the toolbar click (and its key) from the manifest's default
 * popup, so that it reaches onActionClicked. Called on every start of the
 * worker, first thing. The manifest keeps `default_popup` because a click
 * that comes while a just-installed or just-updated worker is still on its
 * first run is dropped by Chromium when there is no popup to open: with the
 * default popup still in place, such a click opens the ordinary popup, which
 * reads the tab itself. The cleared popup is the action's state in the
 * browser: it outlives the worker's stops (checked in Chromium: a click with
 * the worker stopped wakes it), not a browser restart (below).
 */
export function takeToolbarClick(): void {
  browser.action.onClicked.addListener((tab) => void onActionClicked(tab));
  // After the listener: Chromium hands the click to the worker only once the popup is cleared.
  void browser.action.setPopup({ popup: '' }).catch(() => {});
  // Chromium keeps a Manifest V3 action's popup for the session only (it stores MV2 browser
  // actions' defaults, not these): a listener here starts the worker with the browser, which
  // clears it again. Until then a click opens the default popup, which works, only slower.
  browser.runtime.onStartup.addListener(() => {});
}

/**
 * The toolbar button's click (and its key, `_execute_action`) in Chromium,
 * whose default popup the worker clears (takeToolbarClick) so that the click comes here first:
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
