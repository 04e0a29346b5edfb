/**
 * A file:// page when the user has not allowed Lede to read files: in real
 * Chromium the popup says how to allow it; once allowed (the same profile,
 * the setting turned on) the page reads. The timing is in bench:hostile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, ROOT, serveDirectory, type LoadedBrowser } from './harness';
import { Popup } from './popup';
import { BAD_PAGES, MESSAGE, openTab, serveBadPages } from './bad-pages';
import { setFileAccess, storyFile } from './file-access';

/** The hint added where the page may be a file. */
const MAYBE_FILE = 'If this page is a file on this computer';
/** Bad pages whose refusal, without file access, is word for word a file:// page's. */
const REFUSED_LIKE_A_FILE = new Set(['an about: page', 'a view-source: page']);

let profile: string;
let browser: LoadedBrowser | undefined;
let story: string;
let bad: Awaited<ReturnType<typeof serveBadPages>>;
let fixtures: Awaited<ReturnType<typeof serveDirectory>>;

beforeAll(async () => {
  bad = await serveBadPages();
  fixtures = await serveDirectory(join(ROOT, 'tests/fixtures'));
  profile = setFileAccess(false);
  story = storyFile(mkdtempSync(join(tmpdir(), 'lede-file-')));
});
afterAll(async () => {
  await browser?.close();
  bad?.server.close();
  fixtures?.server.close();
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
    // Chromium hides the address and refuses as for about:blank: Lede can't tell, so it says both.
    expect(said.title).toBe("Lede can't read this page");
    expect(said.text).toContain(MAYBE_FILE);
    expect(said.text).toContain('chrome://extensions');
    expect(said.text).toContain('Allow access to file URLs');
  });

  // With file access off Chromium hides more addresses: every other bad page keeps its own message, and only
  // the pages Chromium refuses in the same words as a file get the file hint too.
  it.each(BAD_PAGES)('without file access, $name keeps its message', async ({ name, url, says, waitUntil }) => {
    const target = url({ bad: bad.origin, fixtures: fixtures.origin });
    const page = await openTab(() => browser!.context.newPage(), target, waitUntil);
    // A failed load (the stores: no network here) rejects before its error page commits; until then the
    // tab is still the new tab's about:blank, which is refused like a file. Click once it has moved on.
    if (target !== 'about:blank') await page.waitForURL((at) => at.href !== 'about:blank', { waitUntil: 'commit' });
    const popup = await Popup.open(browser!, page, 10_000, target);
    expect(await popup.waitFor<string>(MESSAGE)).toContain(says);
    expect((await popup.text()).includes(MAYBE_FILE)).toBe(REFUSED_LIKE_A_FILE.has(name));
    await popup.close();
    await page.close();
  });

  it('once allowed, the same page reads', async () => {
    // The setting is read at start: the browser is closed, the profile changed, the browser started again.
    await browser?.close();
    browser = await launchWithExtension({ profileDir: setFileAccess(true, profile) });
    expect((await clickOverStory(browser)).title).toBe('Harbour plan approved');
  });
});
