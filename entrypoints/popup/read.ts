import { browser } from 'wxt/browser';
import { errorMessage } from '@/utils/error-message';
import { activeTab, extractFromTab, extractFromTabId, type Outcome } from '@/utils/extract-tab';
import { tabInPopupAddress } from '@/utils/popup-address';

/** A read of the active tab: the tab (for "Open in a tab") and what came of it. */
export interface Read {
  tab?: { id?: number; index?: number };
  outcome: Outcome;
}

/**
 * Reads the active tab. The popup's entry module (main.ts) calls it first
 * thing, before Preact and the components have loaded, so the engine runs in
 * the page while the popup's own code loads. Small on purpose: everything it
 * imports is loaded before the injection can start.
 *
 * When the background opened the popup (Chromium's toolbar click), the
 * popup's address names the tab (utils/popup-address.ts): the injection then
 * goes out at once and the tab's details come beside it, one browser round
 * trip sooner than asking for the active tab first.
 */
export async function readActiveTab(options: { lenient?: boolean } = {}, tabId = tabInPopupAddress(location.search)): Promise<Read> {
  try {
    if (tabId !== undefined) {
      const tab = browser.tabs.get(tabId);
      // Marks for the click-to-article benchmark's breakdown (tests/bench/popup-phases.ts).
      performance.mark('lede:extract-start');
      const outcome = await extractFromTabId(tabId, tab, options);
      performance.mark('lede:extract-end');
      return { tab: await tab.catch(() => ({ id: tabId })), outcome };
    }
    const tab = await activeTab();
    performance.mark('lede:extract-start');
    const outcome: Outcome = tab ? await extractFromTab(tab, options) : { state: 'restricted', url: '' };
    performance.mark('lede:extract-end');
    return { tab, outcome };
  } catch (error) {
    return { outcome: { state: 'error', message: errorMessage(error) } };
  }
}
