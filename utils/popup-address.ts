/**
 * The popup's address when the background opens it for a tab (Chromium: the
 * toolbar click reaches the worker, utils/action-click.ts). It names the tab,
 * so the popup's read goes out first thing, without a `tabs.query` round trip
 * in front of it; the tab's details are asked for beside the read.
 */

/** The popup page, as the manifest names it. */
export const POPUP_PAGE = 'popup.html';

/** The popup's address for the tab the background opens it over. */
export function popupForTab(tabId: number): string {
  return `${POPUP_PAGE}?tab=${tabId}`;
}

/**
 * The tab the popup's address names (its `location.search`), if any: a whole, non-negative number only.
 * The reader tab's `?tab=` is read the same way (utils/handoff.ts).
 */
export function tabInPopupAddress(search: string): number | undefined {
  const value = new URLSearchParams(search).get('tab');
  if (value === null || !/^\d{1,15}$/.test(value)) return undefined;
  return Number(value);
}
