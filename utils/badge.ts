import { browser } from 'wxt/browser';
import { t } from './i18n';
import type { SaveTabResult } from './save-tab';

/** How long the toolbar button shows the outcome of a save. */
export const BADGE_MS = { saved: 4_000, failed: 15_000 } as const;

/** The toolbar button's API: `action` in Manifest V3, `browserAction` in Firefox's V2 build. */
function toolbarButton(): typeof browser.action {
  return browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
}

function defaultTitle(): string {
  const manifest = browser.runtime.getManifest() as {
    name: string;
    action?: { default_title?: string };
    browser_action?: { default_title?: string };
  };
  return (manifest.action ?? manifest.browser_action)?.default_title ?? manifest.name;
}

/**
 * Shows a save's outcome on the toolbar button of `tabId`: ✓ and the
 * article's title, or ! and why it failed in the button's title, for a few
 * seconds.
 *
 * The reset is a setTimeout, not chrome.alarms (a permission more, and
 * alarms fire no sooner than 30 s): the worker was just woken by the menu
 * click or command and stays alive at least 30 s after its last event, longer
 * than these timeouts. Were it stopped first, the badge stays until the tab
 * is closed or saved again, which misleads no one. No state is kept: the
 * timer checks that the badge still shows its own mark.
 */
export async function showSaveResult(tabId: number, result: SaveTabResult): Promise<void> {
  const button = toolbarButton();
  const text = result.ok ? '✓' : '!';
  const title = result.ok ? t('badgeSaved', result.record.title) : t('badgeFailed', result.message);
  await Promise.all([
    button.setBadgeBackgroundColor({ tabId, color: result.ok ? '#1a7f37' : '#b3261e' }),
    button.setBadgeText({ tabId, text }),
    button.setTitle({ tabId, title }),
  ]);
  setTimeout(() => void clearIf(tabId, text), result.ok ? BADGE_MS.saved : BADGE_MS.failed);
}

async function clearIf(tabId: number, text: string): Promise<void> {
  const button = toolbarButton();
  try {
    if ((await button.getBadgeText({ tabId })) !== text) return;
    await Promise.all([button.setBadgeText({ tabId, text: '' }), button.setTitle({ tabId, title: defaultTitle() })]);
  } catch {
    // The tab was closed meanwhile.
  }
}
