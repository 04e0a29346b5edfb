/**
 * Scans of Lede's views for what the XSS corpus must never leave live, as
 * expressions evaluated in the view (the popup, the reader tab, the library
 * page). Shared by tests/e2e/xss.test.ts and xss-library.test.ts.
 */
import { XSS_SCAN_SOURCE, type XssFindings } from '../helpers/xss-scan';
import type { LoadedBrowser } from './harness';

/** The scan of the article a popup or reader tab shows (`.article`). */
export const ARTICLE_SCAN = `((root) => {${XSS_SCAN_SOURCE}})(document.querySelector('.article'))`;

/** Lede's own ids (its components', not the page's) are not clobbering. */
const OWN_IDS = / id=(article-title|captions|captions-title|gallery-\d+)$/;

/** The findings without Lede's own ids. */
export const pageOnly = (found: XssFindings): XssFindings => ({
  ...found,
  namedClobbers: found.namedClobbers.filter((c) => !OWN_IDS.test(c)),
});

/** What the library page's scan returns. */
export interface LibraryFindings {
  /** Rows scanned. */
  rows: number;
  /** The scan of every row's stored text (title, site, meta, excerpt), Lede's own title link set aside. */
  found: XssFindings;
  /** Elements in a row's text other than the text-only ones Lede writes (span, p, mark). */
  notText: string[];
  /** Title links that do not open the saved copy in Lede's reader. */
  foreignLinks: string[];
  /** The whole document: any on* attribute, script-capable address or element that runs or loads. */
  page: { handlers: string[]; scriptUrls: string[]; forbidden: string[] };
  /** The rows' titles as shown. */
  titles: string[];
  /** The words the search marked. */
  marks: string[];
}

/**
 * The body of `() => { handlers, scriptUrls, forbidden }` for a whole
 * document, as source: any on* attribute, script-capable address, or element
 * that runs or loads, anywhere in the body (a page's own controls included).
 */
const PAGE_SCAN_SOURCE = `
  const page = { handlers: [], scriptUrls: [], forbidden: [] };
  const runs = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'meta', 'link', 'style', 'template', 'noscript', 'math', 'video', 'audio', 'applet', 'portal']);
  const scriptUrl = /^(javascript|vbscript|livescript):|^data:(?!image\\/(png|gif|jpeg|webp|avif)[;,])/i;
  for (const el of document.body.querySelectorAll('*')) {
    if (runs.has(el.localName) || el.localName === 'script') page.forbidden.push(el.localName);
    for (const attr of el.attributes) {
      if (attr.name.toLowerCase().startsWith('on')) page.handlers.push(el.localName + ' ' + attr.name);
      if (scriptUrl.test(attr.value.replace(/[\\u0000-\\u0020]/g, ''))) page.scriptUrls.push(el.localName + ' ' + attr.name + '=' + attr.value.slice(0, 60));
    }
  }
  return page;
`;

/**
 * The library page's scan. Its rows hold only stored metadata, rendered as
 * text: each row's text part is scanned like an article, and must hold no
 * element but the text-only ones; the title link must be Lede's own. The
 * whole page (its own controls included) must hold no handler, no
 * script-capable address and nothing that runs or loads.
 */
export const LIBRARY_SCAN = `(() => {
  const scan = (root) => {${XSS_SCAN_SOURCE}};
  const merged = { handlers: [], scriptUrls: [], forbidden: [], styles: [], foreignNamespace: [], unsafeLinks: [], referrerImages: [], namedClobbers: [] };
  const notText = [], foreignLinks = [], titles = [], marks = [];
  const rows = document.querySelectorAll('.item__main');
  for (const row of rows) {
    const text = row.cloneNode(true);
    for (const link of text.querySelectorAll('a.item__title')) {
      if (!/^reader\\.html\\?saved=[\\w%-]+$/.test(link.getAttribute('href') || '')) foreignLinks.push(link.getAttribute('href'));
      titles.push(link.textContent);
      const span = document.createElement('span');
      span.append(...link.childNodes);
      link.replaceWith(span);
    }
    for (const el of text.querySelectorAll('*')) if (!['span', 'p', 'mark'].includes(el.localName)) notText.push(el.outerHTML.slice(0, 80));
    for (const mark of text.querySelectorAll('mark')) marks.push(mark.textContent);
    const found = scan(text);
    for (const key of Object.keys(merged)) merged[key].push(...found[key]);
  }
  const page = (() => {${PAGE_SCAN_SOURCE}})();
  return { rows: rows.length, found: merged, notText, foreignLinks, page, titles, marks };
})()`;

/** Caption view on, as a user who reads captions has it (the setting the views read). */
export async function turnCaptionsOn(browser: LoadedBrowser): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/reader.html`);
  await page.evaluate('chrome.storage.local.set({ settings: { showCaptions: true } })');
  await page.close();
}

/** What the scan of an exported HTML file returns. */
export interface ExportFindings {
  /** The story (the sanitised part), scanned like an article. */
  story: XssFindings;
  /** The whole document, as for the library page. */
  page: LibraryFindings['page'];
}

/** The scan of an HTML file the library exported, opened in a tab. */
export const EXPORT_SCAN = `(() => {
  const scan = (root) => {${XSS_SCAN_SOURCE}};
  return { story: scan(document.querySelector('.story')), page: (() => {${PAGE_SCAN_SOURCE}})() };
})()`;
