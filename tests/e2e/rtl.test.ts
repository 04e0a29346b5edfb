/**
 * An article in a right-to-left language reads right to left in the popup
 * (the article's own lang and dir), while Lede's controls keep the UI's.
 */
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './fixture';
import { Popup } from './popup';

const env = useExtensionBrowser();

describe('right-to-left articles', () => {
  it.each([
    ['dir on <html>', 'rtl-html'],
    ['dir on <body>', 'rtl-body'],
  ])('renders an Arabic article right to left (%s)', async (_name, page) => {
    const tab = await env.browser.context.newPage();
    await tab.goto(`${env.origin}/e2e/${page}.html`);
    const popup = await Popup.open(env.browser, tab);
    await popup.waitFor("document.querySelector('.article')");
    const shown = await popup.evaluate<Record<string, string | null>>(`(() => {
      const article = document.querySelector('.article');
      const paragraph = article.querySelector('.article__body p');
      return {
        lang: article.getAttribute('lang'),
        dir: article.getAttribute('dir'),
        paragraph: getComputedStyle(paragraph).direction,
        title: getComputedStyle(article.querySelector('.article__title')).direction,
        toolbar: getComputedStyle(document.querySelector('.toolbar')).direction,
      };
    })()`);
    expect(shown).toEqual({ lang: 'ar', dir: 'rtl', paragraph: 'rtl', title: 'rtl', toolbar: 'ltr' });
    // Right to left as painted: a paragraph's text starts at its right edge.
    const edges = await popup.evaluate<{ textRight: number; boxRight: number }>(`(() => {
      const p = document.querySelector('.article__body p');
      const range = document.createRange();
      range.setStart(p.firstChild, 0);
      range.setEnd(p.firstChild, 1);
      return { textRight: range.getBoundingClientRect().right, boxRight: p.getBoundingClientRect().right };
    })()`);
    expect(Math.abs(edges.boxRight - edges.textRight)).toBeLessThan(2);
    await popup.close();
    await tab.close();
  });
});
