/**
 * An article in a right-to-left language reads right to left in the popup
 * and the reader tab (the article's own lang and dir), while Lede's
 * controls keep the UI's.
 */
import { describe, expect, it } from 'vitest';
import { useExtensionBrowser } from './fixture';
import { Popup } from './popup';

const env = useExtensionBrowser();

/** The article's lang and dir as rendered, and which edge its first paragraph's last line hugs. */
const SHOWN = `(() => {
  const article = document.querySelector('.article');
  const paragraph = article.querySelector('.article__body p');
  const range = document.createRange();
  range.selectNodeContents(paragraph);
  const rects = [...range.getClientRects()].filter((rect) => rect.width > 0);
  const lastTop = Math.max(...rects.map((rect) => rect.top));
  const lastLine = rects.filter((rect) => Math.abs(rect.top - lastTop) < 2);
  return {
    lang: article.getAttribute('lang'),
    dir: article.getAttribute('dir'),
    paragraph: getComputedStyle(paragraph).direction,
    title: getComputedStyle(article.querySelector('.article__title')).direction,
    toolbar: getComputedStyle(document.querySelector('.toolbar')).direction,
    // Right to left as painted: the last (short) line starts at the paragraph's right edge, whatever the script.
    startsRight: Math.abs(paragraph.getBoundingClientRect().right - Math.max(...lastLine.map((rect) => rect.right))) < 2
      && Math.min(...lastLine.map((rect) => rect.left)) > paragraph.getBoundingClientRect().left + 2,
  };
})()`;

describe('right-to-left articles', () => {
  it.each([
    ['an Arabic article, dir on <html>', '/e2e/rtl-html.html', 'ar'],
    ['an Arabic article, dir on <body>', '/e2e/rtl-body.html', 'ar'],
    ["dir on <article> only (Readability's rtl-4)", '/rtl/rtl-4/source.html', null],
  ])('renders %s right to left in the popup', async (_name, path, lang) => {
    const tab = await env.browser.context.newPage();
    await tab.goto(`${env.origin}${path}`);
    const popup = await Popup.open(env.browser, tab);
    await popup.waitFor("document.querySelector('.article')");
    expect(await popup.evaluate(SHOWN)).toEqual({ lang, dir: 'rtl', paragraph: 'rtl', title: 'rtl', toolbar: 'ltr', startsRight: true });
    await popup.close();
    await tab.close();
  });

  it('renders it right to left in the reader tab too', async () => {
    const tab = await env.browser.context.newPage();
    await tab.goto(`${env.origin}/e2e/rtl-html.html`);
    const popup = await Popup.open(env.browser, tab);
    await popup.waitFor("document.querySelector('.toolbar__tab')");
    const opened = env.browser.context.waitForEvent('page');
    await popup.evaluate("document.querySelector('.toolbar__tab').click()");
    const reader = await opened;
    await reader.waitForSelector('.article');
    expect(await reader.evaluate(SHOWN)).toEqual({ lang: 'ar', dir: 'rtl', paragraph: 'rtl', title: 'rtl', toolbar: 'ltr', startsRight: true });
    await reader.close();
    await tab.close();
  });
});
