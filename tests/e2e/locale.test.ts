/**
 * Lede in a German Chromium: what the browser shows of Lede (its
 * description, the shortcut descriptions, the messages behind the menus)
 * and Lede's own pages come from public/_locales/de, counts and dates in
 * German forms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Server } from 'node:http';
import { launchWithExtension, ROOT, serveDirectory, type LoadedBrowser } from './harness';
import { Popup } from './popup';

const de = JSON.parse(readFileSync(join(ROOT, 'public/_locales/de/messages.json'), 'utf8')) as Record<string, { message: string }>;
let browser: LoadedBrowser;
let server: Server;
let origin: string;

beforeAll(async () => {
  ({ server, origin } = await serveDirectory(join(ROOT, 'tests/fixtures')));
  // LANGUAGE too: on Linux, Chromium takes its UI language from the environment as well as from --lang.
  process.env.LANGUAGE = 'de';
  browser = await launchWithExtension({ extraArgs: ['--lang=de'] });
});
afterAll(async () => {
  delete process.env.LANGUAGE;
  await browser?.close();
  server?.close();
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

  it('shows the popup and the library in German: controls, key hint, reading time, count and date', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(`${origin}/pages/seed-classic/source.html`);
    const popup = await Popup.open(browser, tab);
    await popup.waitFor("document.querySelector('.article') && document.querySelector('.toolbar__save')");
    const shown = await popup.evaluate<Record<string, string | null>>(`(() => {
      const text = (selector) => document.querySelector(selector)?.textContent.trim() ?? null;
      return {
        lang: document.documentElement.lang,
        save: text('.toolbar__save'),
        tab: text('.toolbar__tab'),
        settings: document.querySelector('.toolbar__settings').title,
        reading: text('.article__reading'),
        readingLang: document.querySelector('.article__reading').lang,
        hint: text('.screen__hint'),
      };
    })()`);
    // Headless Chromium's getUILanguage() stays en-US under --lang=de while the messages come from de:
    // the page is tagged (and counts and dates formatted) in the language of the messages it shows.
    expect(shown.lang).toBe('de');
    expect(shown).toMatchObject({
      save: de.save!.message,
      tab: de.openInTab!.message,
      settings: de.readingSettingsTitle!.message,
      readingLang: 'de',
    });
    expect(shown.reading).toMatch(/^\d+ Min\. Lesezeit$/);
    expect(shown.hint).toContain('Tasten: C Bildunterschriften');
    await popup.evaluate("document.querySelector('.toolbar__save').click()");
    const notice = await popup.waitFor<string>("document.querySelector('.save-note')?.textContent.includes('gespeichert') && document.querySelector('.save-note').textContent");
    expect(notice).toContain(de.savedJustNow!.message);
    await popup.close();
    await tab.close();

    // The library lists it with a German count and a German date.
    const library = await browser.context.newPage();
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await library.locator('.item').first().waitFor();
    expect(await library.locator('h1').textContent()).toBe(de.libraryHeading!.message);
    expect(await library.locator('.library-bar__summary').textContent()).toBe('1 Artikel');
    const today = new Intl.DateTimeFormat('de', { year: 'numeric', month: 'short', day: 'numeric' }).format(new Date());
    expect(await library.locator('.item__meta').textContent()).toContain(`Gespeichert am ${today}`);
    await library.close();
  });
});
