import { browser, type Browser } from 'wxt/browser';
import { errorMessage } from './error-message';
import { openReaderTab, readerUrlForTab } from './handoff';
import { popupForTab } from './popup-address';
import { watchPopupStart } from './popup-started';

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
 * click comes here again. Its address names the tab (utils/popup-address.ts):
 * the popup then sends its read at once, with no `tabs.query` in front of it.
 * Should the popup fail to open, the reader tab shows the article instead: a
 * click is never lost. A second click while the popup opens or is shown (a
 * double click) fails the same way, yet a popup is there: it announces its
 * start (utils/popup-started.ts), and then no reader tab opens.
 */
export async function onActionClicked(tab: Browser.tabs.Tab): Promise<void> {
  const tabId = tab.id;
  if (tabId === undefined) return;
  const popup = watchPopupStart();
  try {
    await browser.action.setPopup({ tabId, popup: popupForTab(tabId) });
    // Asked first: opening the popup is the long part, and the browser does it while the page reads.
    const opening = browser.action.openPopup(tab.windowId === undefined ? undefined : { windowId: tab.windowId });
    void startEarlyRead(tabId);
    await opening;
  } catch {
    if (!(await popup.started(POPUP_START_GRACE_MS))) await openReaderTab(readerUrlForTab(tabId), tab).catch(() => {});
  } finally {
    popup.stop();
    await browser.action.setPopup({ tabId, popup: '' }).catch(() => {});
  }
}

/**
 * How long a failed opening waits for a popup that may still be starting
 * before it opens the reader tab instead. On a second click while the popup
 * opens, Chromium rejects the first opening and the popup's first script runs
 * 50–80 ms later (quiet machine); a window that cannot show one never sends it.
 */
const POPUP_START_GRACE_MS = 500;

/** How often, and how long apart, the early read asks again while the click's activeTab grant is not yet in place. */
const GRANT_TRIES = 12;
const GRANT_WAIT_MS = 15;

/**
 * Runs the injected script in the tab with `early` set: it reads and keeps the
 * result in the page. The flag goes first and the script only once the flag is
 * in: sent together, the flag could be refused and the script still run (a
 * plain read whose result only the background would see). The script is sent
 * within ~10 ms of the click, so it runs before the popup's own read, which
 * then takes its result. A page Lede may not read refuses both: the popup's
 * own read then says why.
 */
async function startEarlyRead(tabId: number): Promise<void> {
  const target = { tabId };
  for (let attempt = 1; ; attempt++) {
    try {
      await browser.scripting.executeScript({
        target,
        // Now, not at document idle: a page still busy at the click held the flag back until after
        // the popup's own read (yahoo-2, the corpus's largest page, read afresh every time).
        injectImmediately: true,
        func: () => {
          (globalThis as { __ledeOptions?: unknown }).__ledeOptions = { early: true };
        },
      });
      break;
    } catch (error) {
      // Chromium grants activeTab for the click, yet now and then refuses an injection sent at once
      // ("must request permission"), then allows it 15–80 ms later (seen in 1–4 clicks of 40, the
      // popups that read afresh). Ask again while the popup is still opening; other refusals are final.
      if (attempt >= GRANT_TRIES || !/must request permission/i.test(errorMessage(error))) return;
      await new Promise((resolve) => setTimeout(resolve, GRANT_WAIT_MS));
    }
  }
  await browser.scripting.executeScript({ target, files: ['/extract.js'] }).catch(() => {});
}
