/**
 * Drives the real action popup. Playwright does not list extension popups
 * among its pages, so the popup is reached through a CDP session of its own
 * (Target.attachToTarget, messages relayed by the browser session).
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { LoadedBrowser } from './harness';

interface TargetInfo {
  targetId: string;
  type: string;
  url: string;
}

interface CdpReply {
  id: number;
  result?: Record<string, unknown>;
  error?: { message: string };
}

export class Popup {
  private nextId = 0;
  private readonly pending = new Map<number, (reply: CdpReply) => void>();

  private constructor(
    private readonly browser: LoadedBrowser,
    readonly targetId: string,
    private readonly sessionId: string,
    /** Wall-clock time (Date.now()) just before the toolbar click was sent; the benchmark's start. */
    readonly clickedAt: number,
    /** The tab the popup was opened over. */
    private readonly tabTargetId: string,
  ) {
    browser.cdp.on('Target.receivedMessageFromTarget', (event) => {
      if (event.sessionId !== this.sessionId) return;
      const reply = JSON.parse(event.message) as CdpReply;
      this.pending.get(reply.id)?.(reply);
      this.pending.delete(reply.id);
    });
  }

  /** Clicks Lede's toolbar button over `page` for real and attaches to the popup it opens. */
  static async open(browser: LoadedBrowser, page: Page, timeoutMs = 10_000, url = page.url()): Promise<Popup> {
    await page.bringToFront();
    // `url`: the tab's own URL where Playwright's differs (a failed load, view-source:).
    const tab = await findTarget(browser, (t) => t.type === 'tab' && (t.url === url || t.url === page.url()), timeoutMs);
    const popupUrl = `chrome-extension://${browser.extensionId}/popup.html`;
    const before = await targets(browser);
    // Extensions.triggerAction is what a click on the toolbar button does:
    // it grants activeTab and opens the popup.
    const clickedAt = Date.now();
    await browser.cdp.send('Extensions.triggerAction' as 'Browser.getVersion', {
      id: browser.extensionId,
      targetId: tab.targetId,
    } as never);
    const popup = await findTarget(
      browser,
      // With a query when the background opened it: the address names the tab (utils/popup-address.ts).
      (t) => (t.url === popupUrl || t.url.startsWith(`${popupUrl}?`)) && !before.some((old) => old.targetId === t.targetId),
      timeoutMs,
    );
    const { sessionId } = (await browser.cdp.send('Target.attachToTarget', {
      targetId: popup.targetId,
      flatten: false,
    })) as { sessionId: string };
    return new Popup(browser, popup.targetId, sessionId, clickedAt, tab.targetId);
  }

  /** Clicks the toolbar button again, over the same tab, without waiting for anything. */
  async click(): Promise<void> {
    await this.browser.cdp.send('Extensions.triggerAction' as 'Browser.getVersion', {
      id: this.browser.extensionId,
      targetId: this.tabTargetId,
    } as never);
  }

  /** Sends one CDP command to the popup's page. */
  async send<T = Record<string, unknown>>(method: string, params: object = {}): Promise<T> {
    const id = ++this.nextId;
    const reply = new Promise<CdpReply>((resolve) => this.pending.set(id, resolve));
    await this.browser.cdp.send('Target.sendMessageToTarget', {
      sessionId: this.sessionId,
      message: JSON.stringify({ id, method, params }),
    });
    const { result, error } = await reply;
    if (error) throw new Error(`${method}: ${error.message}`);
    return result as T;
  }

  /** Evaluates `expression` in the popup and returns its (JSON-serialisable) value. */
  async evaluate<T>(expression: string): Promise<T> {
    const { result, exceptionDetails } = await this.send<{
      result: { value: T };
      exceptionDetails?: { text: string; exception?: { description?: string } };
    }>('Runtime.evaluate', { expression, returnByValue: true, awaitPromise: true });
    if (exceptionDetails) {
      throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    }
    return result.value;
  }

  /** Waits until `expression` is truthy in the popup; returns its value. */
  async waitFor<T>(expression: string, timeoutMs = 10_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await this.evaluate<T>(expression).catch(() => undefined);
      if (value) return value;
      if (Date.now() > deadline) {
        // What the popup shows instead is most of the diagnosis.
        const shown = await this.evaluate<string>('document.body?.innerText.replace(/\\s+/g, " ").slice(0, 400) ?? ""').catch(() => '(unreadable)');
        throw new Error(`Timed out waiting in the popup for: ${expression}\nThe popup shows: ${shown}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /** The popup's visible text. */
  text(): Promise<string> {
    return this.evaluate<string>('document.body.innerText');
  }

  /** Writes a PNG of the popup as it is painted. */
  async screenshot(path: string): Promise<void> {
    const { data } = await this.send<{ data: string }>('Page.captureScreenshot', { format: 'png' });
    writeFileSync(path, Buffer.from(data, 'base64'));
  }

  /** Closes the popup as the user would (Esc or a click elsewhere). */
  async close(): Promise<void> {
    await this.browser.cdp.send('Target.closeTarget', { targetId: this.targetId }).catch(() => {});
    // Gone before the next click: a click while the popup is still closing may open none (seen: 3 of 30).
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline && (await targets(this.browser)).some((t) => t.targetId === this.targetId)) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** The URLs of the extension's own pages open now (popups and tabs), each once. */
export async function extensionTargets(browser: LoadedBrowser): Promise<string[]> {
  const prefix = `chrome-extension://${browser.extensionId}/`;
  const pages = new Map((await targets(browser)).filter((t) => t.url.startsWith(prefix)).map((t) => [t.targetId, t.url]));
  return [...pages.values()];
}

async function targets(browser: LoadedBrowser): Promise<TargetInfo[]> {
  const { targetInfos } = (await browser.cdp.send('Target.getTargets', {
    filter: [{ type: 'tab' }, { type: 'page' }],
  } as never)) as { targetInfos: TargetInfo[] };
  return targetInfos;
}

async function findTarget(
  browser: LoadedBrowser,
  match: (target: TargetInfo) => boolean,
  timeoutMs: number,
): Promise<TargetInfo> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = (await targets(browser)).find(match);
    if (found) return found;
    if (Date.now() > deadline) throw new Error('Timed out waiting for a browser target');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
