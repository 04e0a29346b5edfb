import { browser } from 'wxt/browser';

/** The name of the port a popup opens to say it started (Chromium only). */
export const POPUP_PORT = 'lede-popup';

/**
 * Called by the popup's first module: it opens a port to the worker, which is
 * listening while it handles a toolbar click (watchPopupStart). Chromium's
 * `action.openPopup` rejects with "Failed to open popup." both when no popup
 * could open and when one opened and was closed before it was shown; the
 * port tells the second case from the first. With no click in hand there is
 * no listener, and the port simply closes.
 */
export function announcePopupStart(): void {
  try {
    const port = browser.runtime.connect({ name: POPUP_PORT });
    // Read, so that a port nobody listens to is not logged as an unchecked error.
    port.onDisconnect.addListener(() => void browser.runtime.lastError);
  } catch {
    // The extension was reloaded under this popup: nothing to tell.
  }
}

/** What the worker learns from one click's popup. */
export interface PopupStartWatch {
  /**
   * Whether a popup of ours is open or started during the click, waiting up
   * to `graceMs` for one still loading.
   */
  started(graceMs: number): Promise<boolean>;
  /** Stops listening. */
  stop(): void;
}

/** Listens, for the length of one toolbar click, for the popup announcing its start. */
export function watchPopupStart(): PopupStartWatch {
  let seen = false;
  let wake: (() => void) | undefined;
  const listener = (port: { name: string }) => {
    if (port.name !== POPUP_PORT) return;
    seen = true;
    wake?.();
  };
  browser.runtime.onConnect.addListener(listener);
  return {
    async started(graceMs) {
      if (seen || (await popupOpen())) return true;
      return new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(seen), graceMs);
        wake = () => {
          clearTimeout(timer);
          resolve(true);
        };
      });
    },
    stop: () => browser.runtime.onConnect.removeListener(listener),
  };
}

/**
 * Whether one of our popups is open now: a second click while the popup is
 * shown reaches the worker (its tab's popup is cleared again once shown), and
 * Chromium refuses to open another ("Cannot show popup for an inactive
 * window"). The click was meant for that popup, not for a reader tab.
 */
async function popupOpen(): Promise<boolean> {
  const contexts = await browser.runtime.getContexts({ contextTypes: ['POPUP'] }).catch(() => []);
  return contexts.length > 0;
}
