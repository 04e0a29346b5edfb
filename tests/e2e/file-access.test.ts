/**
 * A file:// page when the user has not allowed Lede to read files: in real
 * Chromium the popup says how to allow it; once allowed (the same profile,
 * the setting turned on) the page reads. The timing is in bench:hostile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, type LoadedBrowser } from './harness';
import { Popup } from './popup';
import { MESSAGE } from './bad-pages';
import { setFileAccess, storyFile } from './file-access';

let profile: string;
let browser: LoadedBrowser | undefined;
let story: string;

beforeAll(() => {
  profile = setFileAccess(false);
  story = storyFile(mkdtempSync(join(tmpdir(), 'lede-file-')));
});
afterAll(async () => {
  await browser?.close();
  rmSync(profile, { recursive: true, force: true });
  rmSync(join(new URL(story).pathname, '..'), { recursive: true, force: true });
});

/** Opens the story file and clicks Lede over it; the popup's visible text once it has answered. */
async function clickOverStory(b: LoadedBrowser): Promise<{ title: string; text: string }> {
  const page = await b.context.newPage();
  await page.goto(story);
  const popup = await Popup.open(b, page);
  const title = await popup.waitFor<string>(`document.querySelector('.article__title')?.textContent || ${MESSAGE}`, 15_000);
  const text = await popup.text();
  await popup.close();
  await page.close();
  return { title, text };
}

describe('a file:// page', () => {
  it('without "Allow access to file URLs": the popup says how to allow it', async () => {
    browser = await launchWithExtension({ profileDir: profile });
    const said = await clickOverStory(browser);
    expect(said.title).toBe('Lede needs your permission to read files');
    expect(said.text).toContain('chrome://extensions');
    expect(said.text).toContain('Allow access to file URLs');
    // Other pages keep their own message: a chrome:// page is still one no extension may read.
    const page = await browser.context.newPage();
    await page.goto('chrome://version');
    const popup = await Popup.open(browser, page);
    expect(await popup.waitFor<string>(MESSAGE)).toBe("Lede can't read this page");
    await popup.close();
  });

  it('once allowed, the same page reads', async () => {
    // The setting is read at start: the browser is closed, the profile changed, the browser started again.
    await browser?.close();
    browser = await launchWithExtension({ profileDir: setFileAccess(true, profile) });
    expect((await clickOverStory(browser)).title).toBe('Harbour plan approved');
  });
});
