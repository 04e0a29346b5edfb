import { describe, expect, it } from 'vitest';
import { seed, squash } from '../helpers/seed';
import { useExtensionBrowser } from './fixture';
import { Popup } from './popup';

const env = useExtensionBrowser();

/** Opens `url` in a fresh tab, clicks the toolbar button and returns the popup. */
async function popupFor(url: string): Promise<Popup> {
  const page = await env.browser.context.newPage();
  await page.goto(url);
  return Popup.open(env.browser, page);
}

/** Waits for the popup to leave its "reading" state and returns its text. */
async function settledText(popup: Popup): Promise<string> {
  await popup.waitFor("document.querySelector('.article, .status[role=alert]')");
  return popup.text();
}

describe('the popup after a real toolbar click', () => {
  it('shows the title and every paragraph of a news article', async () => {
    const popup = await popupFor(`${env.origin}/pages/seed-classic/source.html`);
    const text = squash(await settledText(popup));
    expect(text).toContain(seed.title);
    for (const paragraph of seed.paragraphs) expect(text).toContain(squash(paragraph));
    expect(text).toContain(seed.subheading);
    expect(await popup.evaluate<string>("document.querySelector('.article__site').textContent")).toBe('AOL.com');
    expect(await popup.evaluate<string>("document.querySelector('.article__byline').textContent")).toBe('Reuters');
    await popup.close();
  });

  it('starts reading at the click and shows that read, click after click', async () => {
    // The background takes the click, reads the tab while Chromium opens the popup and keeps the
    // result in the page; the popup shows it (mark lede:read-kept) instead of running the engine again.
    const page = await env.browser.context.newPage();
    await page.goto(`${env.origin}/pages/seed-classic/source.html`);
    for (let click = 1; click <= 2; click++) {
      const popup = await Popup.open(env.browser, page);
      expect(squash(await settledText(popup))).toContain(seed.title);
      expect(await popup.evaluate<number>("performance.getEntriesByName('lede:read-kept').length"), `click ${click}`).toBe(1);
      await popup.close();
    }
    await page.close();
  });

  it('says it cannot read a chrome:// page', async () => {
    const popup = await popupFor('chrome://version');
    const text = await settledText(popup);
    expect(text).toContain("Lede can't read this page");
    await popup.close();
  });

  it('says there is no article on a page without one, and offers to try anyway', async () => {
    const popup = await popupFor(`${env.origin}/e2e/no-article.html`);
    const text = await settledText(popup);
    expect(text).toContain('No article found');
    expect(await popup.evaluate<string>("document.querySelector('.status button').textContent")).toBe('Try anyway');
    await popup.close();
  });

  it('renders hostile article HTML with no script run and no handler or javascript: URL left', async () => {
    const popup = await popupFor(`${env.origin}/e2e/xss.html`);
    const text = await settledText(popup);
    expect(text).toContain('Council approves harbour plan');
    expect(text).toContain('Construction is due to start next spring');
    const found = await popup.evaluate<{
      pwned: unknown;
      title: string;
      scripts: number;
      handlers: string[];
      jsUrls: string[];
      iframes: number;
    }>(`(() => {
      const all = [...document.querySelectorAll('#app *')];
      return {
        pwned: window.__pwned ?? null,
        title: document.title,
        scripts: document.querySelectorAll('#app script').length,
        iframes: document.querySelectorAll('#app iframe').length,
        handlers: all.flatMap((el) => [...el.attributes].filter((a) => /^on/i.test(a.name)).map((a) => el.tagName + ' ' + a.name)),
        jsUrls: all.flatMap((el) => [...el.attributes].filter((a) => /^\\s*javascript:/i.test(a.value)).map((a) => el.tagName + ' ' + a.name)),
      };
    })()`);
    expect(found).toEqual({ pwned: null, title: 'Lede', scripts: 0, iframes: 0, handlers: [], jsUrls: [] });
    await popup.close();
  });
});
