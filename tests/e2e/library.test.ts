/**
 * The library in real Chromium: the seed page saved, listed in library.html,
 * read back from the database with its server stopped (captions too),
 * searched (a body word, a caption word, a typo), deleted and restored with
 * Undo, driven by the keyboard, and axe-clean in every state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchWithExtension, ROOT, serveDirectory, type LoadedBrowser } from './harness';
import { seriousViolations } from './axe';
import { injectStore } from './store-in-page';
import { searchLibrary as search } from './library';
import { saveThroughPopup } from './save-through-popup';
import { seed, squash } from '../helpers/seed';

let browser: LoadedBrowser;
let server: Server;
let origin: string;

beforeAll(async () => {
  // A server of this file's own: the test stops it to show a saved article needs no network.
  ({ server, origin } = await serveDirectory(join(ROOT, 'tests/fixtures')));
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections();
  server?.close();
});

const libraryUrl = () => `chrome-extension://${browser.extensionId}/library.html`;
const axe = (page: Page) => seriousViolations((expression) => page.evaluate(expression));
const titles = (page: Page) => page.$$eval('.item__title', (links) => links.map((link) => link.textContent));

async function openLibrary(): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(libraryUrl());
  await page.waitForSelector('.library-row, .status');
  return page;
}


const allCaptions = seed.galleries.flatMap((gallery) => gallery.captions);
// Words found in one place only: the story's text, a caption.
const BODY_WORD = 'ambassador';
const CAPTION_WORD = 'disembarks';

describe('the library page', () => {
  it('starts empty and says how to save', async () => {
    const page = await openLibrary();
    expect(await page.textContent('.status h1')).toBe('Nothing saved yet');
    expect(await page.textContent('.status')).toContain("Click Save in Lede's popup, or right-click a page → Save page to Lede.");
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('lists the seed page saved from the popup, with its title, site, date and reading time', async () => {
    await saveThroughPopup(browser, `${origin}/pages/seed-classic/source.html`);
    const page = await openLibrary();
    expect(await titles(page)).toEqual([seed.title]);
    const meta = await page.textContent('.item__meta');
    expect(meta).toMatch(/Saved \w+/);
    expect(meta).toMatch(/\d+ min read/);
    expect(await page.textContent('.library-bar__summary')).toBe('1 article');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('opens the saved article with its server stopped: the whole text and, switched on, the captions', async () => {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
    const page = await openLibrary();
    await page.click('.item__title');
    await page.waitForSelector('.article');
    expect(page.url()).toMatch(/\/reader\.html\?saved=[0-9a-f-]{36}$/);
    const text = squash(await page.textContent('.article__body') ?? '');
    for (const paragraph of seed.paragraphs) expect(text).toContain(squash(paragraph));
    await page.click('[role=switch]');
    await page.waitForSelector('.captions');
    const captions = await page.$$eval('.caption', (nodes) => nodes.map((node) => node.textContent ?? ''));
    expect(captions.map(squash)).toEqual(allCaptions.map(squash));
    expect(await axe(page)).toEqual([]);
    // Back to the library from the reader.
    await page.click('a.toolbar__library');
    await page.waitForSelector('.library-row');
    expect(await page.textContent('.item__meta')).toContain('Read'); // opening it marked it read
    await page.close();
  });

  it('finds it by a body word, a caption word and with a typo, marking the match', async () => {
    const page = await openLibrary();
    await search(page, BODY_WORD);
    expect(await titles(page)).toEqual([seed.title]);
    await search(page, CAPTION_WORD.toLowerCase());
    expect(await titles(page)).toEqual([seed.title]);
    expect(await page.textContent('.item__found mark')).toBe(CAPTION_WORD.toLowerCase());
    await search(page, 'ambasador');
    expect(await titles(page)).toEqual([seed.title]);
    expect(await axe(page)).toEqual([]);
    await search(page, 'zzqxv');
    expect(await page.textContent('.status h1')).toBe('No saved article matches “zzqxv”');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('works with the keyboard: / searches, arrows select, Delete removes, Undo restores, Enter opens', async () => {
    const page = await openLibrary();
    await page.keyboard.press('/');
    expect(await page.evaluate('document.activeElement.id')).toBe('library-search');
    await page.keyboard.type(BODY_WORD);
    await page.waitForFunction(() => document.querySelector('.library-bar__summary')?.textContent?.startsWith('1 match'));
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => document.activeElement?.className === 'item__title');
    await page.keyboard.press('Delete');
    await page.waitForSelector('.toast__undo');
    expect(await page.textContent('.toast__message')).toBe(`Deleted “${seed.title}”.`);
    expect(await axe(page)).toEqual([]);
    // Gone from the index too: the same search finds nothing.
    await search(page, `${BODY_WORD} `);
    expect(await titles(page)).toEqual([]);
    await page.click('.toast__undo');
    await page.waitForSelector('.library-row');
    expect(await titles(page)).toEqual([seed.title]);
    await search(page, BODY_WORD);
    expect(await titles(page)).toEqual([seed.title]);
    // Enter in the search box opens the selected article.
    await page.keyboard.press('Enter');
    await page.waitForSelector('.article');
    expect(await page.textContent('.article__title')).toBe(seed.title);
    // Back: the same search, the article still selected.
    await page.goBack();
    await page.waitForSelector('.library-row--selected');
    expect(await page.inputValue('#library-search')).toBe(BODY_WORD);
    expect(await page.textContent('.library-row--selected .item__title')).toBe(seed.title);
    await page.close();
  });

  it('renders only the rows on screen of a long library, and reaches the last by keyboard', async () => {
    const page = await openLibrary();
    await injectStore((expression) => page.evaluate(expression));
    await page.evaluate(`Promise.all(Array.from({ length: 400 }, (_, i) => ledeStore.saveArticle({
      version: 1, title: 'Filler story ' + i, byline: null, siteName: 'Filler', publishedTime: null, lang: 'en', dir: 'ltr',
      excerpt: 'Filler excerpt ' + i, url: 'https://filler.example/' + i, leadImageUrl: null,
      contentHtml: '<p>Filler body ' + i + '</p>', textContent: 'Filler body ' + i, wordCount: 3, readingMinutes: 1,
      galleries: [], removed: { galleries: 0, ads: 0, signups: 0, related: 0, other: 0 },
    }, 'https://filler.example/' + i, 1000 + i)))`);
    await page.reload();
    await page.waitForSelector('.library-row');
    await page.waitForFunction(() => document.querySelector('.library-bar__summary')?.textContent === '401 articles');
    const rendered = await page.$$eval('.library-row', (rows) => rows.length);
    expect(rendered).toBeGreaterThan(5);
    expect(rendered).toBeLessThan(40);
    await page.focus('.library-row--selected .item__title');
    await page.keyboard.press('End');
    await page.waitForFunction(() => document.activeElement?.textContent === 'Filler story 0');
    expect(await page.$$eval('.library-row', (rows) => rows.length)).toBeLessThan(40);
    expect(await page.evaluate('document.activeElement.closest("li").getAttribute("aria-posinset")')).toBe('401');
    expect(await axe(page)).toEqual([]);
    await page.close();
  });

  it('says plainly when a saved article is gone, with a link to the library', async () => {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/reader.html?saved=00000000-0000-4000-8000-000000000000`);
    await page.waitForSelector('.status[role=alert]');
    expect(await page.textContent('.status h1')).toBe('This article is no longer in your library');
    expect(await axe(page)).toEqual([]);
    await page.click('.status a');
    await page.waitForSelector('.library-row');
    await page.close();
  });
});
