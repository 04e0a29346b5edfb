/**
 * The engine in a real browser: the popup, after a real toolbar click on
 * seed renditions other than seed-classic, shows every paragraph and no
 * gallery text (no caption, no control word); the one written in <div>s
 * only, which Readability's isProbablyReaderable turns away, included. Pages
 * that are not articles get "No article found" (utils/extract/verdict.ts).
 */
import { describe, expect, it } from 'vitest';
import { seed, squash } from '../helpers/seed';
import { useExtensionBrowser } from './fixture';
import { Popup } from './popup';

const env = useExtensionBrowser();

describe.each(['seed-figure-carousel', 'seed-generated-classes', 'seed-div-paragraphs'])('the popup on %s', (slug) => {
  it('shows all 21 paragraphs and the subheading, and no gallery text', async () => {
    const page = await env.browser.context.newPage();
    await page.goto(`${env.origin}/pages/${slug}/source.html`);
    const popup = await Popup.open(env.browser, page);
    await popup.waitFor("document.querySelector('.article, .status[role=alert]')");
    const body = squash(await popup.evaluate<string>("document.querySelector('.article__body')?.innerText ?? ''"));
    for (const paragraph of seed.paragraphs) expect(body).toContain(squash(paragraph));
    expect(body).toContain(seed.subheading);
    for (const caption of seed.galleries.flatMap((g) => g.captions)) expect(body).not.toContain(squash(caption).slice(0, 60));
    for (const control of seed.controls) expect(body).not.toContain(control);
    for (const line of seed.signup) expect(body).not.toContain(squash(line));
    await popup.close();
    await page.close();
  });
});

describe('the popup on pages that are not articles', () => {
  // The home page passes isProbablyReaderable: only the verdict on what was read turns it away.
  it.each(['/not-articles/home.html', '/not-articles/search.html', '/not-articles/login.html'])('says "No article found" on %s and offers to try anyway', async (path) => {
    const page = await env.browser.context.newPage();
    await page.goto(env.origin + path);
    const popup = await Popup.open(env.browser, page);
    await popup.waitFor("document.querySelector('.article, .status[role=alert]')");
    expect(await popup.text()).toContain('No article found');
    expect(await popup.evaluate<string>("document.querySelector('.status button')?.textContent ?? ''")).toBe('Try anyway');
    await popup.close();
    await page.close();
  });
});
