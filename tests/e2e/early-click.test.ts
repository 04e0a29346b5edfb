/**
 * A toolbar click that comes while a just-updated background worker is still
 * on its first run. Chromium drops such a click when the action has no popup
 * to open (no popup, no reader tab); the manifest keeps its default popup and
 * the worker clears it only once its click listener is in (utils/action-click.ts),
 * so the click opens the ordinary popup, which reads the tab itself.
 *
 * The update is real: the same directory loaded again through CDP
 * (Extensions.loadUnpacked), which reloads the extension and starts its new
 * worker from scratch, and the click is sent at once, without waiting for
 * the worker. Whether it lands before or after the worker's first run, the
 * reader must see the article.
 */
import { describe, expect, it } from 'vitest';
import { seed, squash } from '../helpers/seed';
import { useExtensionBrowser } from './fixture';
import { EXTENSION_DIR } from './harness';
import { Popup } from './popup';

const env = useExtensionBrowser();

/** Loads the built extension again, as an update does; resolves when the new version is loaded (its worker may still be starting). */
async function update(): Promise<void> {
  const { id } = (await env.browser.cdp.send('Extensions.loadUnpacked' as 'Browser.getVersion', { path: EXTENSION_DIR } as never)) as unknown as { id: string };
  expect(id).toBe(env.browser.extensionId);
}

describe('a toolbar click right after an update', () => {
  it('shows the article, update after update, and the next click still shows it', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.origin}/pages/seed-classic/source.html`);
    // Three updates: each gives the click a fresh first run to fall into.
    for (let round = 1; round <= 3; round++) {
      await update();
      const popup = await Popup.open(env.browser, page, 20_000);
      await popup.waitFor("document.querySelector('.article, .status[role=alert]')", 20_000);
      expect(squash(await popup.text())).toContain(seed.title);
      // Once its first run is over, the worker has taken the click back from the default popup.
      await expect.poll(() => popup.evaluate<string>('chrome.action.getPopup({})'), { timeout: 20_000 }).toBe('');
      await popup.close();
    }
    // A later click goes through the worker (the read starts at the click) and shows the article too.
    const popup = await Popup.open(env.browser, page, 20_000);
    await popup.waitFor("document.querySelector('.article, .status[role=alert]')", 20_000);
    expect(squash(await popup.text())).toContain(seed.title);
    expect(await popup.evaluate<boolean>("performance.getEntriesByName('lede:read-kept').length > 0")).toBe(true);
    await popup.close();
    await page.close();
  });
});
