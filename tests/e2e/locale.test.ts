/**
 * Lede in a German Chromium: what the browser shows of Lede (its
 * description, the shortcut descriptions, the messages behind the menus)
 * comes from public/_locales/de.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension, ROOT, type LoadedBrowser } from './harness';

const de = JSON.parse(readFileSync(join(ROOT, 'public/_locales/de/messages.json'), 'utf8')) as Record<string, { message: string }>;
let browser: LoadedBrowser;

beforeAll(async () => {
  // LANGUAGE too: on Linux, Chromium takes its UI language from the environment as well as from --lang.
  process.env.LANGUAGE = 'de';
  browser = await launchWithExtension({ extraArgs: ['--lang=de'] });
});
afterAll(async () => {
  delete process.env.LANGUAGE;
  await browser?.close();
});

describe('Lede in German', () => {
  it('takes its description, shortcut and menu texts from the German locale', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/reader.html`);
    const shown = await page.evaluate(`(async () => {
      const self = await chrome.management.getSelf();
      const commands = await chrome.commands.getAll();
      return {
        description: self.description,
        save: commands.find((c) => c.name === 'save-page').description,
        menus: ['menuRead', 'menuSave', 'menuLibrary'].map((key) => chrome.i18n.getMessage(key)),
      };
    })()`);
    expect(shown).toEqual({
      description: de.extDescription!.message,
      save: de.commandSave!.message,
      menus: [de.menuRead!.message, de.menuSave!.message, de.menuLibrary!.message],
    });
    await page.close();
  });
});
