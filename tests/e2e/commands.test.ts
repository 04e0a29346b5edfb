/**
 * Keyboard commands in real Chromium: every key Lede suggests in its manifest
 * is the one Chromium binds on install (Chromium silently leaves a command
 * unbound when its suggested key clashes with one of the browser's own).
 */
import { describe, expect, it } from 'vitest';
import { suggestedKeys } from '../helpers/manifest';
import { EXTENSION_DIR } from './harness';
import { useExtensionBrowser } from './fixture';
import { Popup } from './popup';

const env = useExtensionBrowser();

describe('keyboard commands in Chromium', () => {
  it('binds the suggested key of every command, opening Lede included', async () => {
    const suggested = suggestedKeys(EXTENSION_DIR);
    expect(suggested._execute_action).toBe('Alt+Shift+L');
    const page = await env.browser.context.newPage();
    await page.goto(`chrome-extension://${env.browser.extensionId}/reader.html`);
    const bound = await page.evaluate<Array<{ name: string; shortcut: string }>>('chrome.commands.getAll()');
    await page.close();
    expect(Object.fromEntries(bound.map((command) => [command.name, command.shortcut]))).toEqual(suggested);
  });

  it("shows both keys, as bound, in the popup's key hint", async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.origin}/pages/seed-classic/source.html`);
    const popup = await Popup.open(env.browser, page);
    const hint = await popup.waitFor<string>("document.querySelector('.screen__hint')?.textContent.includes('opens Lede') && document.querySelector('.screen__hint').textContent");
    expect(hint).toContain('Alt+Shift+L opens Lede · Alt+Shift+S saves a page');
    await popup.close();
    await page.close();
  });
});
