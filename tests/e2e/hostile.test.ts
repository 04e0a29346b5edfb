/**
 * Huge, deep, giant-text and shadow-root pages in real Chromium: each ends
 * with its article in the popup. Times go to `npm run bench:hostile`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { useExtensionBrowser } from './fixture';
import { Popup } from './popup';
import { HOSTILE, openTab, serveBadPages } from './bad-pages';
import { STORY_MARKER } from '../helpers/hostile-pages';

const env = useExtensionBrowser();
let pages: { server: Server; origin: string };

beforeAll(async () => {
  pages = await serveBadPages();
});
afterAll(() => pages?.server.close());

describe('a hostile page ends with its article', () => {
  it.each(Object.keys(HOSTILE))('%s', async (path) => {
    const url = `${pages.origin}${path}`;
    const page = await openTab(() => env.browser.context.newPage(), url, 'load');
    const popup = await Popup.open(env.browser, page, 30_000, url);
    await popup.waitFor("document.querySelector('.article, .status[role=alert]')", 45_000);
    expect(await popup.text()).toContain(STORY_MARKER);
    await popup.close();
    await page.close();
  }, 120_000);
});
