/**
 * Lede installed in a real Firefox: a page tab the user reads in, a toolbar
 * click, and a way to look inside Lede's own pages.
 *
 * The popup lives in the extension's process, out of reach of the chrome
 * context, so it is read from a second tab showing one of Lede's pages:
 * `browser.extension.getViews()` hands that tab the popup's window (same
 * extension, same process). That tab is opened in the background so the
 * page tab stays the active one the popup reads.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../e2e/harness';
import { launchFirefox, type RunningFirefox } from './launch';
import { inChrome } from './firefox-ui';
import type { Marionette } from './marionette';

export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv3');

/** Which of Lede's views a script looks into. */
export type ViewType = 'popup' | 'tab';

/**
 * A tab as each side names it: Marionette's handle (content commands) and
 * the tab's `browserId` (chrome-context scripts). Firefox 140 used the
 * browserId as the handle; later versions hand out a UUID instead, so the
 * two are kept apart rather than one derived from the other.
 */
interface Tab {
  handle: string;
  browserId: number;
}

export class LedeInFirefox {
  private constructor(
    private readonly firefox: RunningFirefox,
    /** The add-on id (browser_specific_settings.gecko.id). */
    readonly addonId: string,
    /** moz-extension://<uuid>/ — differs on every install. */
    readonly baseUrl: string,
    private readonly pageTab: Tab,
    private readonly probeTab: Tab,
  ) {}

  /** Starts Firefox, installs the Firefox build as a temporary add-on and opens the probe tab. */
  static async start(extensionDir = FIREFOX_BUILD): Promise<LedeInFirefox> {
    if (!existsSync(join(extensionDir, 'manifest.json'))) {
      throw new Error(`No Firefox build at ${extensionDir}: run \`npm run build:firefox\` first.`);
    }
    const firefox = await launchFirefox();
    try {
      const m = firefox.marionette;
      const addonId = await m.installTemporaryAddon(extensionDir);
      const baseUrl = await inChrome<string>(
        m,
        `${EXTENSION_PARENT}
        return ExtensionParent.GlobalManager.getExtension(arguments[0]).baseURL;`,
        [addonId],
      );
      const [pageHandle] = await m.windowHandles();
      const probeHandle = await m.newTab();
      // The new tab is the selected one, the first tab is the page tab.
      const [pageId, probeId] = await inChrome<[number, number]>(
        m,
        `const { gBrowser } = Services.wm.getMostRecentWindow('navigator:browser');
        return [gBrowser.tabs[0].linkedBrowser.browserId, gBrowser.selectedBrowser.browserId];`,
      );
      const pageTab = { handle: pageHandle!, browserId: pageId };
      const probeTab = { handle: probeHandle, browserId: probeId };
      await m.send('WebDriver:SwitchToWindow', { handle: probeTab.handle, focus: false });
      await m.navigate(`${baseUrl}reader.html`);
      await m.switchToWindow(pageTab.handle);
      return new LedeInFirefox(firefox, addonId, baseUrl, pageTab, probeTab);
    } catch (error) {
      await firefox.close();
      throw error;
    }
  }

  get marionette(): Marionette {
    return this.firefox.marionette;
  }

  /** The folder the profile's downloads land in. */
  get downloads(): string {
    return this.firefox.downloads;
  }

  /** Loads `url` in the page tab and makes it the active tab. */
  async open(url: string): Promise<void> {
    const m = this.marionette;
    await m.switchToWindow(this.pageTab.handle);
    // Select it first, then load: the popup reads the selected tab, and Marionette's switch does
    // not always select a tab that is already its current one (after a tab opened over it).
    const tabId = await inChrome<number>(
      m,
      `${EXTENSION_PARENT}
      const { gBrowser } = Services.wm.getMostRecentWindow('navigator:browser');
      const tab = gBrowser.tabs.find((t) => t.linkedBrowser.browserId === arguments[0]);
      if (!tab) throw new Error('The page tab is gone');
      gBrowser.selectedTab = tab;
      return ExtensionParent.apiManager.global.tabTracker.getId(tab);`,
      [this.pageTab.browserId],
    );
    // …and that Lede sees it as the active tab: the popup asks the extension API, not the tab strip.
    const deadline = Date.now() + 30_000;
    const activeId = "return browser.tabs.query({ active: true, currentWindow: true }).then(([tab]) => tab && tab.id);";
    while ((await this.inProbe<number | undefined>(activeId)) !== tabId) {
      if (Date.now() > deadline) throw new Error('The page tab did not become the active one');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await m.switchToWindow(this.pageTab.handle);
    await m.navigate(url);
  }

  /** What a click on Lede's toolbar button does, the activeTab grant included. */
  async clickToolbarButton(): Promise<void> {
    await inChrome(
      this.marionette,
      `${EXTENSION_PARENT}
      const extension = ExtensionParent.GlobalManager.getExtension(arguments[0]);
      const window = Services.wm.getMostRecentWindow('navigator:browser');
      ExtensionParent.apiManager.global.browserActionFor(extension).triggerAction(window);`,
      [this.addonId],
    );
  }

  /**
   * Runs `body` (a function body; `window` and `document` are the view's)
   * in the first Lede view of `type` whose URL contains `urlPart`, and
   * returns its value, or null when there is no such view.
   */
  async inView<T>(type: ViewType, body: string, urlPart = ''): Promise<T | null> {
    const m = this.marionette;
    await m.send('WebDriver:SwitchToWindow', { handle: this.probeTab.handle, focus: false });
    return m.execute<T | null>(
      `const view = browser.extension.getViews({ type: arguments[0] })
        .find((v) => v.location.href.includes(arguments[1]) && v !== window);
      if (!view) return null;
      return ((window, document) => { ${body} })(view, view.document);`,
      [type, urlPart],
    );
  }

  /** Waits until `body` returns something truthy in the view; returns it. */
  async waitInView<T>(type: ViewType, body: string, urlPart = '', timeoutMs = 20_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.inView<T>(type, body, urlPart).catch(() => null);
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`Timed out waiting in the ${type} view for: ${body}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /** Runs `body` in the probe tab, one of Lede's own pages (storage, runtime and the rest are there). */
  async inProbe<T>(body: string): Promise<T> {
    const m = this.marionette;
    await m.send('WebDriver:SwitchToWindow', { handle: this.probeTab.handle, focus: false });
    return m.execute<T>(body);
  }

  /** Closes the popup if it is open, as a click elsewhere would, and waits until it is gone. */
  async closePopup(): Promise<void> {
    await this.inView('popup', 'window.close(); return true;');
    const deadline = Date.now() + 30_000;
    while (await this.inProbe<number>("return browser.extension.getViews({ type: 'popup' }).length;")) {
      if (Date.now() > deadline) throw new Error('The popup did not close');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  /**
   * Right-clicks the page tab's content for real (WebDriver actions) and
   * picks the item labelled `label` from Firefox's context menu, as a user
   * does; the extension's menu click comes with its activeTab grant.
   */
  async chooseFromContextMenu(label: string): Promise<void> {
    const m = this.marionette;
    await m.switchToWindow(this.pageTab.handle);
    await m.send('WebDriver:PerformActions', {
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: 40, y: 40, origin: 'viewport' },
            { type: 'pointerDown', button: 2 },
            { type: 'pointerUp', button: 2 },
          ],
        },
      ],
    });
    await m.send('WebDriver:ReleaseActions');
    const picked = await inChrome<string | null>(
      m,
      `const [label, done] = [arguments[0], arguments[arguments.length - 1]];
      const menu = Services.wm.getMostRecentWindow('navigator:browser').document.getElementById('contentAreaContextMenu');
      const deadline = Date.now() + 30000;
      return new Promise((resolve) => {
        // Firefox puts an extension's items in a submenu named after it when it has several.
        const look = () => {
          if (Date.now() > deadline) return resolve(null);
          const item = menu.state === 'open' && [...menu.querySelectorAll('menuitem')].find((i) => i.label === label);
          const popup = item && item.parentNode;
          const submenu = popup && popup !== menu && popup.parentNode;
          if (submenu && popup.state !== 'open') { submenu.openMenu(true); setTimeout(look, 50); }
          else if (item) { popup.activateItem(item); resolve(item.label); }
          else setTimeout(look, 50);
        };
        look();
      });`,
      [label],
    );
    if (!picked) throw new Error(`No "${label}" in Firefox's context menu`);
  }

  /**
   * Closes every tab but the page tab and the probe tab, so a test that
   * waits for a Lede tab finds the one it opened, not one an earlier test
   * left behind (which would also let that test finish before its own tab
   * opens, and that tab then take the selection from the next test's page).
   */
  async closeOtherTabs(): Promise<void> {
    await inChrome(
      this.marionette,
      `const { gBrowser } = Services.wm.getMostRecentWindow('navigator:browser');
      const keep = new Set(arguments[0]);
      for (const tab of [...gBrowser.tabs]) if (!keep.has(tab.linkedBrowser.browserId)) gBrowser.removeTab(tab);`,
      [[this.pageTab.browserId, this.probeTab.browserId]],
    );
  }

  /** The URLs of the open tabs, in tab-strip order. */
  tabUrls(): Promise<string[]> {
    return inChrome<string[]>(
      this.marionette,
      `const window = Services.wm.getMostRecentWindow('navigator:browser');
      return window.gBrowser.tabs.map((tab) => tab.linkedBrowser.currentURI.spec);`,
    );
  }

  /** Quits Firefox and removes its profile. */
  close(): Promise<void> {
    return this.firefox.close();
  }
}

/** Chrome-context import of the module that runs extensions' browser-side parts. */
const EXTENSION_PARENT =
  "const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');";
