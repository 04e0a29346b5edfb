/**
 * The popup's entry starts the read of the tab and loads its UI beside it
 * (entrypoints/popup/main.ts). When that UI cannot load, the popup says so
 * rather than staying blank: here its chunk is missing from a copy of the
 * built extension.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension, ROOT, serveDirectory, type LoadedBrowser } from './harness';
import { Popup } from './popup';

let dir: string;
let browser: LoadedBrowser;
let server: Server;
let origin: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lede-broken-popup-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  const ui = readdirSync(join(dir, 'chunks')).filter((file) => /^start-.+\.js$/.test(file));
  expect(ui).toHaveLength(1);
  rmSync(join(dir, 'chunks', ui[0]));
  ({ server, origin } = await serveDirectory(join(ROOT, 'tests/fixtures')));
  browser = await launchWithExtension({ extensionDir: dir });
});

afterAll(async () => {
  await browser?.close();
  server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the popup when its UI cannot load', () => {
  it('says Lede could not start, with the reason, instead of a blank popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/pages/seed-classic/source.html`);
    const popup = await Popup.open(browser, page);
    const text = await popup.waitFor<string>("document.getElementById('app').textContent");
    expect(text).toMatch(/^Lede couldn't start: .+\. Close the popup and open it again\.$/);
    await popup.close();
  });
});
