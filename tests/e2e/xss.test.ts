/**
 * The XSS corpus through the whole path in real Chromium: page → engine →
 * popup (caption view on) → reader tab. A beacon server records any script
 * that ran and any request that is not an image; dialogs and navigations
 * are watched; a DOM scan counts what survived. All must be zero.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddressInfo } from 'node:net';
import { useExtensionBrowser } from './fixture';
import { Popup } from './popup';
import { serveXss } from './xss-pages';
import { NOTHING, type XssFindings } from '../helpers/xss-scan';
import { ARTICLE_SCAN as SCAN, pageOnly, turnCaptionsOn } from './xss-views';

const env = useExtensionBrowser();
let xss: Awaited<ReturnType<typeof serveXss>>;

beforeAll(async () => {
  xss = await serveXss();
  await turnCaptionsOn(env.browser);
});
afterAll(() => {
  xss?.pages.close();
  xss?.beacon.close();
});

describe('the XSS corpus through page → engine → popup → reader tab', () => {
  it('runs nothing, loads nothing but images, leaves nothing live', async () => {
    const dialogs: string[] = [];
    const findings: Array<{ page: number; view: string; found: XssFindings }> = [];
    const context = env.browser.context;
    for (let n = 0; n < xss.pageCount; n++) {
      const page = await context.newPage();
      await page.goto(`${xss.origin}/xss/${n}.html`);
      const popup = await Popup.open(env.browser, page);
      await popup.send('Page.enable');
      await popup.waitFor("document.querySelector('.article .captions') || document.querySelector('.status[role=alert]')", 20_000);
      expect(await popup.evaluate<string>('location.pathname')).toBe('/popup.html');
      expect(await popup.text()).toContain('Construction is due to start next spring');
      findings.push({ page: n, view: 'popup', found: pageOnly(await popup.evaluate<XssFindings>(SCAN)) });
      // "Open in a tab" (T), as the user would.
      const opened = context.waitForEvent('page', { timeout: 15_000 });
      await popup.send('Input.dispatchKeyEvent', { type: 'keyDown', key: 't', code: 'KeyT', text: 't', windowsVirtualKeyCode: 84 }).catch(() => {});
      const reader = await opened;
      reader.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await reader.waitForSelector('.article .captions', { timeout: 20_000 });
      // Let anything lazy (images, media, timers) have its chance.
      await reader.mouse.wheel(0, 20_000);
      await reader.waitForTimeout(300);
      expect(new URL(reader.url()).pathname).toBe('/reader.html');
      findings.push({ page: n, view: 'reader', found: pageOnly(await reader.evaluate(SCAN) as XssFindings) });
      await reader.close();
      await page.close();
    }
    expect(findings.filter((f) => JSON.stringify(f.found) !== JSON.stringify(NOTHING))).toEqual([]);
    expect(xss.hits).toEqual([]);
    expect(dialogs).toEqual([]);
  }, 240_000);

  it('would notice: a payload run in an extension page reaches the beacon through the CSP', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`chrome-extension://${env.browser.extensionId}/reader.html`);
    const beacon = `http://127.0.0.1:${(xss.beacon.address() as AddressInfo).port}`;
    await page.evaluate(`new Image().src = ${JSON.stringify(`${beacon}/beacon?probe`)}`);
    await expect.poll(() => xss.hits.some((hit) => hit.startsWith('/beacon?probe'))).toBe(true);
    xss.hits.length = 0;
    await page.close();
  });
});
