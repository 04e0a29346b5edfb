import { errorMessage } from '@/utils/error-message';
import { activeTab, extractFromTab, type Outcome } from '@/utils/extract-tab';

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
 */
export async function readActiveTab(options: { lenient?: boolean } = {}): Promise<Read> {
  try {
    const tab = await activeTab();
    // Marks for the click-to-article benchmark's breakdown (tests/bench/popup-phases.ts).
    performance.mark('lede:extract-start');
    const outcome: Outcome = tab ? await extractFromTab(tab, options) : { state: 'restricted', url: '' };
    performance.mark('lede:extract-end');
    return { tab, outcome };
  } catch (error) {
    return { outcome: { state: 'error', message: errorMessage(error) } };
  }
}
