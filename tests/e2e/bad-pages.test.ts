/**
 * Every bad page gets a message that says what to do, in real Chromium,
 * after a real toolbar click. The time to the message goes to
 * `npm run bench:hostile`, not here.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { useExtensionBrowser } from './fixture';
import { Popup } from './popup';
import { BAD_PAGES, LEAVING, MESSAGE, openTab, serveBadPages } from './bad-pages';

const env = useExtensionBrowser();
let bad: { server: Server; origin: string };

beforeAll(async () => {
  bad = await serveBadPages();
});
afterAll(() => bad?.server.close());

/** Opens the case's page, clicks Lede and returns the popup. */
async function clickOver(url: string, waitUntil?: 'commit' | 'load'): Promise<Popup> {
  const page = await openTab(() => env.browser.context.newPage(), url, waitUntil);
  return Popup.open(env.browser, page, 10_000, url);
}

describe('a page Lede cannot read gets a message saying what to do', () => {
  it.each(BAD_PAGES)('$name', async ({ url, says, waitUntil }) => {
    const popup = await clickOver(url({ bad: bad.origin, fixtures: env.origin }), waitUntil);
    expect(await popup.waitFor<string>(MESSAGE)).toContain(says);
    // Something to do, not only what went wrong; and no uncaught error left the page blank.
    expect((await popup.text()).length).toBeGreaterThan(says.length + 40);
    await popup.close();
  });

  it('a page still loading shows its article once it has loaded', async () => {
    const popup = await clickOver(`${bad.origin}/loading.html`);
    expect(await popup.waitFor<string>(MESSAGE)).toContain('Waiting for the page to load');
    await popup.waitFor("document.querySelector('.article')", 15_000);
    await popup.close();
  });

  it('a page that navigates away while being read', async () => {
    const popup = await clickOver(`${bad.origin}${LEAVING.path}`);
    await popup.waitFor(`(${MESSAGE} ?? '').includes(${JSON.stringify(LEAVING.says)})`, 15_000);
    await popup.close();
  });
});
