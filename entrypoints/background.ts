import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { takeToolbarClick } from '@/utils/action-click';
import { createMenus, onCommand, onMenuClicked } from '@/utils/background-actions';
import { isFromOwnPage, isKeepImagesMessage, keepImagesOfSaved } from '@/utils/library/keep-images';

/**
 * Wiring only: the context menus, the save-page command and the toolbar click. Listeners are
 * added synchronously on every start (a Manifest V3 worker is stopped when
 * idle and started again for the next event); nothing is kept in globals.
 */
export default defineBackground(() => {
  browser.runtime.onInstalled.addListener(() => void createMenus());
  browser.contextMenus.onClicked.addListener((info, tab) => void onMenuClicked(info, tab));
  browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
  // Chromium only: Firefox keeps its default popup, and the popup reads the tab.
  if (!import.meta.env.FIREFOX) takeToolbarClick();
  // A popup's save hands the image download here: the popup may close before it ends.
  browser.runtime.onMessage.addListener((message: unknown, sender) => {
    if (!isFromOwnPage(sender, browser.runtime.id, browser.runtime.getURL('/'))) return undefined;
    if (!isKeepImagesMessage(message)) return undefined;
    return keepImagesOfSaved(message.id);
  });
});
