import { browser, type Browser } from 'wxt/browser';
import { showSaveResult } from './badge';
import { SAVE_COMMAND } from './command-keys';
import { activeTab } from './extract-tab';
import { openReaderTab, readerUrlForTab } from './handoff';
import { t } from './i18n';
import { openLibraryTab } from './library/pages';
import { saveTab } from './save-tab';

/** The context menu items' ids. */
export const MENU = { readPage: 'lede-read-page', savePage: 'lede-save-page', openLibrary: 'lede-open-library' } as const;

/**
 * Creates Lede's context menu items: "Read with Lede" and "Save page to Lede" on pages, and
 * "Open Lede library" on the toolbar button's own menu. Menus persist across
 * restarts, so this runs on install and update (removeAll first: an update
 * re-runs it).
 */
export async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  const manifestVersion = browser.runtime.getManifest().manifest_version;
  browser.contextMenus.create({ id: MENU.readPage, title: t('menuRead'), contexts: ['page'] });
  browser.contextMenus.create({ id: MENU.savePage, title: t('menuSave'), contexts: ['page'] });
  browser.contextMenus.create({
    id: MENU.openLibrary,
    title: t('menuLibrary'),
    // The toolbar button's menu is 'action' in Manifest V3, 'browser_action' in Firefox's V2.
    contexts: [manifestVersion === 3 ? 'action' : ('browser_action' as 'action')],
  });
}

/** Saves the tab and shows the outcome on its toolbar button. */
export async function saveAndReport(tab?: Browser.tabs.Tab): Promise<void> {
  // A command names its tab (Chrome 86+, Firefox); else it is the active one.
  const target = tab?.id !== undefined ? tab : await activeTab();
  const result = await saveTab(target);
  if (target?.id !== undefined) await showSaveResult(target.id, result);
}

/** A click on one of Lede's context menu items. */
export async function onMenuClicked(info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab): Promise<void> {
  // The reader tab reads the page itself, so it shows the reading and any failure.
  if (info.menuItemId === MENU.readPage && tab?.id !== undefined) await openReaderTab(readerUrlForTab(tab.id), tab);
  else if (info.menuItemId === MENU.savePage) await saveAndReport(tab);
  else if (info.menuItemId === MENU.openLibrary) await openLibraryTab();
}

/** A keyboard command (manifest `commands`). */
export async function onCommand(command: string, tab?: Browser.tabs.Tab): Promise<void> {
  if (command === SAVE_COMMAND) await saveAndReport(tab);
}
