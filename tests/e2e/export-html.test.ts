/**
 * The HTML export opened in a plain Chromium tab (no extension) with the
 * network cut off: the article renders, stored images show from the file
 * itself, and nothing of the page runs.
 */
// The export sanitises with the project's DOMPurify setup, which needs a DOM: jsdom's here.
// @vitest-environment jsdom
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { articleHtml } from '../../utils/export/html';
import { CHROMIUM, CHROMIUM_FLAGS, ROOT } from './harness';
import { refuseNetwork } from './offline';
import { fixtureArticles } from '../helpers/saved';

const PNG = new Uint8Array(readFileSync(join(ROOT, 'public/icon/48.png')));
let browser: Browser;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lede-html-export-'));
  browser = await chromium.launch({ executablePath: CHROMIUM, headless: false, args: ['--headless=new', ...CHROMIUM_FLAGS] });
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('HTML export in a plain tab, offline', () => {
  it('renders the article, shows stored images and runs no script', async () => {
    const [kitchen] = fixtureArticles();
    const article = {
      ...kitchen,
      contentHtml: `${kitchen.contentHtml}<p id="x">Tail</p><img src="https://evil.example/p.gif" onerror="document.title='pwned'"><script>document.title='pwned'</script>`,
    };
    const images = new Map([['https://img.example/chamber.jpg', { type: 'image/png', bytes: PNG }]]);
    const file = join(dir, 'article.html');
    writeFileSync(file, articleHtml(article, { images }));

    const context = await browser.newContext();
    const blocked = await refuseNetwork(context);
    await context.setOffline(true);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(file).href);

    expect(await page.title()).toBe(kitchen.title);
    expect(await page.locator('h1').innerText()).toBe(kitchen.title);
    expect(await page.locator('.story table td').count()).toBe(6);
    expect(await page.locator('.story li').count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator('.captions li').count()).toBe(4);
    await expect.poll(() => page.evaluate(() => {
      const img = document.querySelector<HTMLImageElement>('img[alt="The chamber at night"]');
      return img?.complete ? img.naturalWidth : 0;
    })).toBe(48);
    // The stylesheet applied: the story is set to a reading measure.
    const width = await page.evaluate(() => document.querySelector('article')!.getBoundingClientRect().width);
    expect(width).toBeLessThan(900);
    // Only the unstored images were asked for, and refused; nothing ran.
    expect(blocked.every((url) => /^https:\/\/(img|evil)\.example\//.test(url))).toBe(true);
    expect(await page.title()).not.toBe('pwned');
    expect(errors).toEqual([]);
    await context.close();
  });
});
