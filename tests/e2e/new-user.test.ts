/**
 * A new user's first session, in real Chromium with the built extension and
 * only the UI a user has: the seed page read in the popup and saved, the
 * library opened from the popup's own button, a search, the article read
 * with its site stopped, every export format downloaded, a backup, every
 * article deleted with its row's Delete, and the backup imported through
 * the file chooser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { launchWithExtension, ROOT, serveDirectory, type LoadedBrowser } from './harness';
import { stopServer } from './image-server';
import { download, importFile } from './library-files';
import { Popup } from './popup';
import { seed, squash } from '../helpers/seed';

let browser: LoadedBrowser;
let server: Server;
let origin: string;
let dir: string;
let library: Page;
/** The backup file downloaded in the third step. */
let backup: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lede-new-user-'));
  ({ server, origin } = await serveDirectory(join(ROOT, 'tests/fixtures')));
  browser = await launchWithExtension();
});
afterAll(async () => {
  await browser?.close();
  if (server) await stopServer(server);
  rmSync(dir, { recursive: true, force: true });
});

/** The library's toast once it has said something new. */
async function toast(): Promise<string> {
  await library.waitForSelector('.toast__message');
  return library.locator('.toast__message').innerText();
}

describe("a new user's first session", () => {
  it('reads the seed page in the popup, saves it and opens the library from the popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/pages/seed-classic/source.html`);
    const popup = await Popup.open(browser, page);
    await popup.waitFor("document.querySelector('.article__title') && document.querySelector('.toolbar__save')");
    expect(await popup.evaluate("document.querySelector('.article__title').textContent")).toBe(seed.title);
    await popup.evaluate("document.querySelector('.toolbar__save').click()");
    await popup.waitFor("document.querySelector('.save-note')?.textContent.startsWith('Saved to your library.')");
    const opened = browser.context.waitForEvent('page');
    await popup.evaluate("[...document.querySelectorAll('.save-note button')].find((b) => b.textContent === 'Open library').click()");
    library = await opened;
    await library.waitForSelector('.item__title');
    expect(new URL(library.url()).pathname).toBe('/library.html');
    expect(await library.$$eval('.item__title', (links) => links.map((link) => link.textContent))).toEqual([seed.title]);
  });

  it('finds it by a word of its story and reads it with the site stopped', async () => {
    await library.fill('input[type=search]', 'ambassador');
    await library.waitForFunction(() => document.querySelector('.library-bar__summary')?.textContent === '1 match for “ambassador”');
    await library.fill('input[type=search]', '');
    await stopServer(server);
    await Promise.all([library.waitForURL(/reader\.html\?saved=/), library.click('.item__title')]);
    await library.waitForSelector('.article__body p');
    const text = squash(await library.innerText('.article__body'));
    for (const paragraph of seed.paragraphs) expect(text).toContain(squash(paragraph));
    await library.goBack();
    await library.waitForSelector('.export-panel');
  });

  it('exports it in every format, and backs up', async () => {
    const got: string[] = [];
    for (const format of ['markdown', 'html', 'epub'] as const) {
      await library.selectOption('.export-panel select >> nth=1', format);
      const path = await download(library, dir, () => library.click('.export-panel button:has-text("Export")'));
      expect(await toast()).toMatch(/^Exported “Russian ambassador/);
      got.push(path.slice(path.lastIndexOf('.')));
      if (format === 'epub') expect(Object.keys(unzipSync(new Uint8Array(readFileSync(path))))[0]).toBe('mimetype');
      else expect(readFileSync(path, 'utf8')).toContain('Andrei Karlov');
    }
    expect(got).toEqual(['.md', '.html', '.epub']);
    backup = await download(library, dir, () => library.click('text=Back up all (JSON)'));
    expect(await toast()).toBe('Backed up 1 article and your settings.');
    expect(JSON.parse(readFileSync(backup, 'utf8')).articles).toHaveLength(1);
  });

  it('deletes everything with the rows’ Delete, then gets it back from the backup', async () => {
    for (let left = await library.locator('.item__delete').count(); left > 0; left--) {
      await library.locator('.item__delete').first().click();
      await library.waitForFunction((n) => document.querySelectorAll('.item__delete').length === n, left - 1);
    }
    await library.waitForSelector('.status h1');
    expect(await library.textContent('.status h1')).toBe('Nothing saved yet');
    expect(await importFile(library, backup)).toMatch(/: 1 added, 0 updated, 0 unchanged\.$/);
    await library.waitForSelector('.item__title');
    expect(await library.$$eval('.item__title', (links) => links.map((link) => link.textContent))).toEqual([seed.title]);
  });
});
