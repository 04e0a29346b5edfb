import { browser } from 'wxt/browser';
import { extractFromTab, type Outcome } from '@/utils/extract-tab';
import { readerUrl, stashArticle } from '@/utils/handoff';
import { t } from '@/utils/i18n';

/** What reading a page's tab from the reader gave. */
export type TabRead =
  | { state: 'article'; article: Extract<Outcome, { state: 'article' }>['article']; saved: null }
  | { state: 'unread'; outcome: Exclude<Outcome, { state: 'article' }> };

/**
 * Reads tab `tabId` for the reader page ("Read with Lede"), as the popup
 * reads its tab. An article is handed off like the popup's, and the
 * reader's address becomes that hand-off's, so a reload shows the same
 * article even after the page has moved on.
 */
export async function readTabForReader(tabId: number, options: { lenient?: boolean } = {}): Promise<TabRead> {
  const tab = await browser.tabs.get(tabId).catch(() => undefined);
  if (!tab) return { state: 'unread', outcome: { state: 'error', message: t('pageClosed') } };
  const outcome = await extractFromTab(tab, options);
  if (outcome.state !== 'article') return { state: 'unread', outcome };
  const id = await stashArticle(outcome.article);
  // Same page, new query: only the search part changes.
  history.replaceState(null, '', new URL(readerUrl(id)).search);
  return { state: 'article', article: outcome.article, saved: null };
}
