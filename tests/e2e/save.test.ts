/**
 * Saving from the popup in real Chromium, read back from the extension's
 * real IndexedDB: Saved only after the commit, one record per page, nothing
 * half-written when the popup closes mid-save, still there after a relaunch.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seed, squash } from '../helpers/seed';
import { useExtensionBrowser } from './fixture';
import { readFileSync } from 'node:fs';
import { lazyFiles, pageFiles, POPUP_FIRST_PAINT } from '../bench/bundle-size';
import { EXTENSION_DIR, launchWithExtension, serveDirectory, ROOT, type LoadedBrowser } from './harness';
import { readLibrary, type StoredLibrary } from './library';
import { Popup } from './popup';

const env = useExtensionBrowser();
const SEED = '/pages/seed-classic/source.html';

/** Opens `url` in a new tab, clicks the toolbar button and waits for the article. */
async function popupOver(browser: LoadedBrowser, url: string): Promise<Popup> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const popup = await Popup.open(browser, page);
  await popup.waitFor("document.querySelector('.article')");
  return popup;
}

/** The notice under the bar, once it says something. */
function notice(popup: Popup): Promise<string> {
  return popup.waitFor<string>("document.querySelector('.save-note')?.textContent");
}

/** Every stored record is whole: its summary, its journal entry, its full body. */
function expectWhole(library: StoredLibrary, fullHtml: string): void {
  expect(library.summaries.map((s) => s.id).sort()).toEqual(library.articles.map((a) => a.id).sort());
  for (const article of library.articles) {
    expect(article.contentHtml).toBe(fullHtml);
    expect(library.journal.some((entry) => entry.id === article.id && entry.op === 'put')).toBe(true);
  }
}

describe('Save in the popup', () => {
  it('loads no database code before the article: the store comes later, on demand', () => {
    // Dexie's own error name marks its code in a bundle.
    const hasDexie = (file: string) => readFileSync(join(EXTENSION_DIR, file), 'utf8').includes('DatabaseClosedError');
    const first = pageFiles(EXTENSION_DIR, 'popup.html', POPUP_FIRST_PAINT);
    // The UI the entry loads dynamically (start.tsx) is part of what loads before the article.
    expect(first.some((file) => /\/start-[^/]+\.js$/.test(file))).toBe(true);
    expect(first.filter(hasDexie)).toEqual([]);
    expect(lazyFiles(EXTENSION_DIR, first).some(hasDexie)).toBe(true);
  });

  it('saves the article as shown, says Saved after the commit, and knows it on the next open', async () => {
    const url = `${env.origin}${SEED}?from=popup#comments`;
    const popup = await popupOver(env.browser, url);
    expect(await popup.evaluate("document.querySelector('.toolbar__save').textContent")).toBe('Save');
    // The "already saved?" lookup starts only after the article has painted.
    const marks = await popup.waitFor<Record<string, number>>(`(() => {
      const at = (name) => performance.getEntriesByName(name)[0]?.startTime;
      const painted = at('lede:article-painted'), lookup = at('lede:library-lookup');
      return painted !== undefined && lookup !== undefined && { painted, lookup };
    })()`);
    expect(marks.lookup).toBeGreaterThanOrEqual(marks.painted);
    await popup.evaluate("document.querySelector('.toolbar__save').click()");
    expect(await notice(popup)).toContain('Saved to your library.');
    // Saved is said only once the record is readable by another page.
    const library = await readLibrary(env.browser);
    const record = library.articles.find((a) => a.key === `${env.origin}${SEED}?from=popup`);
    expect(record).toBeDefined();
    expect(record!.title).toBe(seed.title);
    expect(squash(record!.textContent)).toContain(squash(seed.paragraphs.at(-1)!));
    expect(record!.galleries.map((g) => g.captions.length)).toEqual(seed.galleries.map((g) => g.captions.length));
    expect(record!.read).toBe(false);
    expect(await popup.evaluate("[...document.querySelectorAll('.save-note button')].map(b => b.textContent)")).toEqual([
      'Open library',
      'Remove',
    ]);
    await popup.close();

    // Opened again on the same page: it says so from the start, and S updates it.
    const again = await popupOver(env.browser, url);
    expect(await notice(again)).toMatch(/In your library since/);
    expect(await again.evaluate("document.querySelector('.toolbar__save').textContent")).toBe('Update');
    await again.evaluate("document.querySelector('.article').dispatchEvent(new KeyboardEvent('keydown', { key: 's', bubbles: true }))");
    expect(await again.waitFor<string>("document.querySelector('.save-note')?.textContent.includes('Saved to') && document.querySelector('.save-note').textContent")).toContain('Saved to your library.');
    const after = await readLibrary(env.browser);
    const same = after.articles.filter((a) => a.key === record!.key);
    expect(same).toHaveLength(1);
    expect(same[0].id).toBe(record!.id);
    expect(same[0].savedAt).toBe(record!.savedAt);
    expect(same[0].updatedAt).toBeGreaterThan(record!.updatedAt);

    // Remove takes it out.
    await again.evaluate("[...document.querySelectorAll('.save-note button')].find(b => b.textContent === 'Remove').click()");
    expect(await again.waitFor<string>("document.querySelector('.save-note')?.textContent.includes('Removed') && document.querySelector('.save-note').textContent")).toContain('Removed from your library.');
    expect((await readLibrary(env.browser)).articles.some((a) => a.key === record!.key)).toBe(false);
    await again.close();
  });

  it('never leaves a half-written record when the popup closes right after Save; an acknowledged save is there', async () => {
    const before = await readLibrary(env.browser);
    const reference = await popupOver(env.browser, `${env.origin}${SEED}?reference`);
    const fullHtml = await reference.evaluate<string>(
      "document.querySelector('.toolbar__save').click(), new Promise((done) => { const wait = () => document.querySelector('.save-note')?.textContent.startsWith('Saved') ? done(null) : setTimeout(wait, 20); wait(); })",
    ).then(async () => {
      const library = await readLibrary(env.browser);
      return library.articles.find((a) => a.key.endsWith('?reference'))!.contentHtml;
    });
    await reference.close();

    for (let attempt = 0; attempt < 6; attempt++) {
      const popup = await popupOver(env.browser, `${env.origin}${SEED}?closed=${attempt}`);
      // Click, then close the popup as the user would, after 0, 4, 8… ms.
      await popup.evaluate(`document.querySelector('.toolbar__save').click(), new Promise((done) => setTimeout(done, ${attempt * 4}))`);
      await popup.close();
    }
    const acked = await popupOver(env.browser, `${env.origin}${SEED}?acked`);
    await acked.evaluate("document.querySelector('.toolbar__save').click()");
    await notice(acked);
    await acked.close();

    const library = await readLibrary(env.browser);
    expectWhole(library, fullHtml);
    expect(library.articles.some((a) => a.key.endsWith('?acked'))).toBe(true);
    expect(library.articles.length).toBeGreaterThanOrEqual(before.articles.length + 2);
  }, 240_000); // eight popups: slow on a loaded machine
});

describe('a relaunch on the same profile', () => {
  it('still has the saved article', async () => {
    const profileDir = mkdtempSync(join(tmpdir(), 'lede-relaunch-'));
    const { server, origin } = await serveDirectory(join(ROOT, 'tests/fixtures'));
    try {
      const first = await launchWithExtension({ profileDir });
      const popup = await popupOver(first, `${origin}${SEED}`);
      await popup.evaluate("document.querySelector('.toolbar__save').click()");
      expect(await notice(popup)).toContain('Saved to your library.');
      const saved = await readLibrary(first);
      await first.close();

      const second = await launchWithExtension({ profileDir });
      try {
        const library = await readLibrary(second);
        expect(library.articles).toEqual(saved.articles);
        expect(library.articles).toHaveLength(1);
        const again = await popupOver(second, `${origin}${SEED}`);
        expect(await notice(again)).toMatch(/In your library since/);
        await again.close();
      } finally {
        await second.close();
      }
    } finally {
      server.close();
      rmSync(profileDir, { recursive: true, force: true });
    }
  });
});
