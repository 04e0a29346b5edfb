/**
 * Lede's Content Security Policy in real Chromium: its pages load and paint
 * under it with no violation, and it blocks what it is there to block.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useExtensionBrowser } from './fixture';

const env = useExtensionBrowser();

/** Opens an extension page in a tab, collecting the CSP violations it reports. */
async function openPage(path: string): Promise<{ page: Page; violations: string[] }> {
  const page = await env.browser.context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.goto(`chrome-extension://${env.browser.extensionId}/${path}`);
  return { page, violations };
}

describe('the extension pages under the CSP', () => {
  it.each(['popup.html', 'reader.html?article=missing'])('%s loads, styled, with no violation', async (path) => {
    const { page, violations } = await openPage(path);
    await page.waitForSelector('.status[role=alert]');
    // The appearance settings reach the page (CSS custom properties through the CSSOM) and the stylesheet applies.
    const styled = await page.evaluate(() => ({
      textSize: getComputedStyle(document.documentElement).getPropertyValue('--text-size'),
      titleWeight: getComputedStyle(document.querySelector('.status__title')!).fontWeight,
    }));
    expect(styled.textSize).toMatch(/^\d+px$/);
    expect(Number(styled.titleWeight)).toBeGreaterThanOrEqual(600);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('the reader tab shows an article with images, links and captions with no violation', async () => {
    const article = {
      version: 1, title: 'Harbour plan approved', byline: 'Jo Reporter', siteName: 'Example', publishedTime: null,
      lang: 'en', dir: 'ltr', excerpt: null, url: `${env.origin}/pages/seed-classic/source.html`, leadImageUrl: null,
      contentHtml: '<p>Lead <a href="/x">link</a></p><figure><img src="/pages/seed-classic/missing.jpg" alt=""></figure>',
      textContent: 'Lead link', wordCount: 2, readingMinutes: 1,
      galleries: [{ title: 'Photos', photoCount: 1, captions: [{ text: 'A caption.', imageUrl: `${env.origin}/x.jpg` }] }],
      removed: { galleries: 1, ads: 0, signups: 0, related: 0, other: 0 },
    };
    const { page: stash } = await openPage('reader.html?article=none');
    await stash.evaluate(`chrome.storage.session.set({ 'handoff:csp': { article: ${JSON.stringify(article)}, savedAt: Date.now() } })`);
    await stash.close();
    const { page, violations } = await openPage('reader.html?article=csp');
    await page.waitForSelector('.article__body img', { state: 'attached' });
    expect(await page.textContent('.article__title')).toBe(article.title);
    expect(violations).toEqual([]);
    await page.close();
  });

  it('blocks inline script, inline style, frames and fetches', async () => {
    const { page, violations } = await openPage('reader.html?article=missing');
    await page.waitForSelector('.status[role=alert]');
    const outcome = await page.evaluate(async (origin) => {
      const host = document.createElement('div');
      document.body.append(host);
      // Built with the DOM, as injected markup would be: the CSP, not the sanitiser, is what is tested here.
      const script = document.createElement('script');
      script.textContent = 'window.__inline = 1';
      host.append(script);
      const styled = document.createElement('p');
      styled.setAttribute('style', 'color: rgb(255, 0, 0)');
      host.append(styled);
      const frame = document.createElement('iframe');
      frame.src = `${origin}/e2e/no-article.html`;
      host.append(frame);
      const fetched = await fetch(`${origin}/e2e/no-article.html`).then(() => 'fetched', () => 'blocked');
      await new Promise((resolve) => setTimeout(resolve, 300));
      return {
        inline: (window as { __inline?: number }).__inline ?? null,
        color: getComputedStyle(styled).color,
        fetched,
      };
    }, env.origin);
    expect(outcome.inline).toBeNull();
    expect(outcome.color).not.toBe('rgb(255, 0, 0)');
    // connect-src allows http(s) for the offline image copies; without the
    // optional host access a cross-origin read is still refused (CORS).
    expect(outcome.fetched).toBe('blocked');
    const joined = violations.join('\n');
    expect(joined).toMatch(/script-src/);
    expect(joined).toMatch(/style-src/);
    expect(joined).toMatch(/frame-src/);
    await page.close();
  });
});
