/**
 * Lede's library in real Firefox, as a user goes: articles saved from the
 * popup, then, on the library page, Export (Markdown, HTML, EPUB) and Back
 * up as real downloads from a moz-extension page, search, a backup imported again
 * after everything was deleted, and offline images — Firefox's own
 * permission prompt answered, the images fetched by the background with the
 * granted host access (the test site sends no CORS header) and shown from
 * storage with the site gone. Clicks in Lede's pages are real mouse events
 * (WebDriver:ElementClick), which count as the user's gesture.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { basename, join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { ROOT, serveDirectory } from '../e2e/harness';
import { png, serveFiles, stopServer, storyWith } from '../e2e/image-server';
import { seed, squash } from '../helpers/seed';
import { answerPermissionPrompt, click, clickButton, element, finishedDownloads, selectTab, waitInTab } from './firefox-ui';
import { LedeInFirefox } from './lede';
import type { Marionette } from './marionette';
import { saveAndOpenLibrary, saveWithPopup } from './popup-actions';

let lede: LedeInFirefox;
let m: Marionette;
let server: Server;
let origin: string;

const SEED = '/pages/seed-classic/source.html';
const RTL = '/e2e/rtl-body.html';
const EXPORT_PANEL = '.export-panel:not(.storage-panel)';
const IMAGE_ORIGINS = "{ origins: ['http://*/*', 'https://*/*'] }";
/** The offline-images switch, once usable: it is disabled until the setting has loaded. */
const IMAGES_SWITCH = '.storage-panel input[type=checkbox]:not(:disabled)';

beforeAll(async () => {
  ({ server, origin } = await serveDirectory(join(ROOT, 'tests/fixtures')));
  lede = await LedeInFirefox.start();
  m = lede.marionette;
});

afterAll(async () => {
  await lede?.close();
  server?.close();
});

beforeEach(async () => {
  // Settings and the optional host access as on a new install; saved articles stay, as a user's do.
  await lede.inProbe(`return Promise.all([browser.storage.local.clear(), browser.permissions.remove(${IMAGE_ORIGINS})]).then(() => true);`);
  await lede.closePopup();
  await lede.closeOtherTabs();
});

/** The titles the library lists now (the selected tab is the library). */
function listedTitles(): Promise<string[]> {
  return waitInTab<string[]>(
    m,
    "const titles = [...document.querySelectorAll('.item__title')].map((a) => a.textContent); return titles.length && titles;",
    'the library list',
  );
}

/** The library page's toast, once it says something that matches `pattern`. */
function toastMatching(pattern: RegExp): Promise<string> {
  return waitInTab<string>(
    m,
    `const text = document.querySelector('.toast__message')?.textContent; return ${pattern}.test(text ?? '') && text;`,
    `a toast matching ${pattern}`,
  );
}

/** Clicks the library's entry titled `title` (a real click); the reader then shows it in this tab. */
async function openFromLibrary(title: string): Promise<void> {
  await listedTitles();
  await m.clickElement(await m.findElement(`//a[contains(@class, 'item__title') and normalize-space()=${JSON.stringify(title)}]`, 'xpath'));
  await selectTab(m, 'reader.html?saved=');
}

/** Picks `format` in the export panel's format menu, as a user does, and clicks Export. */
async function exportAs(format: 'markdown' | 'html' | 'epub'): Promise<void> {
  await click(m, `${EXPORT_PANEL} option[value=${format}]`);
  await clickButton(m, 'Export');
}

describe('the library in Firefox', () => {
  it('exports every saved article as Markdown, HTML and EPUB, and backs up, as downloads', async () => {
    await saveWithPopup(lede, origin + RTL);
    await saveAndOpenLibrary(lede, origin + SEED);
    const titles = await listedTitles();
    expect(titles).toEqual(expect.arrayContaining([seed.title, 'المجلس البلدي يوافق على خطة تطوير الميناء القديم']));
    const before = (await finishedDownloads(m, 0)).length;

    await click(m, `${EXPORT_PANEL} option[value=all]`);
    await exportAs('markdown');
    await toastMatching(/^Exported/);
    await exportAs('html');
    await toastMatching(/as HTML\.$/);
    await exportAs('epub');
    await toastMatching(/as EPUB\.$/);
    await clickButton(m, 'Back up all (JSON)');
    await toastMatching(/^Backed up/);

    const downloads = (await finishedDownloads(m, before + 4)).slice(before);
    expect(downloads.map((d) => [d.succeeded, d.error])).toEqual(Array(4).fill([true, null]));
    for (const d of downloads) expect(d.path.startsWith(lede.downloads)).toBe(true);
    const [markdown, html, epub, backup] = downloads.map((d) => d.path);
    expect(basename(markdown!)).toMatch(/^lede-markdown-\d{4}-\d\d-\d\d.*\.zip$/);
    expect(basename(html!)).toMatch(/^lede-html-\d{4}-\d\d-\d\d.*\.zip$/);
    expect(basename(epub!)).toMatch(new RegExp(`^lede-${titles.length}-articles-\\d{4}-\\d\\d-\\d\\d.*\\.epub$`));
    expect(basename(backup!)).toMatch(/^lede-backup-\d{4}-\d\d-\d\d.*\.json$/);

    // What is in each file: one document an article, each with its title.
    // (HTML escapes the seed title's apostrophes; the few entities an escaper writes are undone.)
    const texts = (path: string, suffix: string) =>
      Object.entries(unzipSync(readFileSync(path)))
        .filter(([name]) => name.endsWith(suffix))
        .map(([, bytes]) => strFromU8(bytes).replace(/&#0*39;|&#x0*27;|&apos;/gi, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&'));
    for (const [files, count] of [[texts(markdown!, '.md'), titles.length], [texts(html!, '.html'), titles.length]] as const) {
      expect(files).toHaveLength(count);
      for (const title of titles) expect(files.some((text) => text.includes(title))).toBe(true);
    }
    const book = unzipSync(readFileSync(epub!));
    expect(strFromU8(book.mimetype!)).toBe('application/epub+zip');
    const chapters = Object.entries(book).filter(([name]) => name.endsWith('.xhtml') && !name.endsWith('nav.xhtml'));
    expect(chapters).toHaveLength(titles.length);
    const saved = JSON.parse(readFileSync(backup!, 'utf8')) as { articles: Array<{ title: string }> };
    expect(saved.articles.map((a) => a.title).sort()).toEqual([...titles].sort());
  });

  it('finds saved articles by words of their text, typed in the search box', async () => {
    await saveWithPopup(lede, origin + RTL);
    await saveAndOpenLibrary(lede, origin + SEED);
    const search = await element(m, '#library-search');
    for (const [words, title] of [
      ['Ankara gallery', seed.title],
      ['المستودعات', 'المجلس البلدي يوافق على خطة تطوير الميناء القديم'],
    ] as const) {
      await m.clearElement(search);
      await m.sendKeys(search, words);
      const shown = await waitInTab<string[]>(
        m,
        `const titles = [...document.querySelectorAll('.item__title')].map((a) => a.textContent);
        return /^1 match/.test(document.querySelector('.library-bar__summary').textContent) && titles;`,
        `one match for ${words}`,
      );
      expect(shown).toEqual([title]);
    }
  });

  it('imports a backup after every article was deleted, and reads an imported article', async () => {
    await saveAndOpenLibrary(lede, origin + SEED);
    const titles = await listedTitles();
    const before = (await finishedDownloads(m, 0)).length;
    await clickButton(m, 'Back up all (JSON)');
    const [backup] = (await finishedDownloads(m, before + 1)).slice(before);
    expect(backup!.succeeded).toBe(true);

    for (let left = titles.length; left > 0; left--) {
      await click(m, '.item__delete');
      await toastMatching(/^Deleted/);
      await waitInTab(m, `return document.querySelectorAll('.item__title').length === ${left - 1};`, `${left - 1} articles left`);
    }

    await m.sendKeys(await element(m, `${EXPORT_PANEL} input[type=file]`), backup!.path);
    expect(await toastMatching(/^Import/)).toBe(`Imported ${basename(backup!.path)}: ${titles.length} added, 0 updated, 0 unchanged.`);
    expect((await listedTitles()).sort()).toEqual([...titles].sort());

    await openFromLibrary(seed.title);
    const text = await waitInTab<string>(m, "return document.querySelector('.article__body') && document.querySelector('.article').innerText;");
    for (const paragraph of seed.paragraphs) expect(squash(text)).toContain(squash(paragraph));
  });
});

describe('offline images in Firefox', () => {
  it("stay off when the user answers Firefox's prompt with Don't allow", async () => {
    await saveAndOpenLibrary(lede, origin + SEED);
    await click(m, IMAGES_SWITCH);
    expect(await answerPermissionPrompt(m, false)).toContain('Lede');
    expect(await waitInTab<string>(m, "return document.querySelector('.storage-panel__message')?.textContent;")).toBe(
      'Images are not kept: Lede was not allowed to fetch them.',
    );
    expect(await m.execute('return document.querySelector(".storage-panel input").checked;')).toBe(false);
    expect(await lede.inProbe(`return browser.permissions.contains(${IMAGE_ORIGINS});`)).toBe(false);
  });

  it('are kept once the user allows them, and show from storage with the site gone', async () => {
    const site = await serveFiles(
      {
        '/story.html': ['text/html; charset=utf-8', Buffer.from(storyWith('Harbour plan approved', [['/img/quay.png', 'The quay'], ['/img/beach.png', 'The beach']]))],
        '/img/quay.png': ['image/png', png(120, [30, 90, 160])],
        '/img/beach.png': ['image/png', png(120, [220, 190, 120])],
      },
      { cors: false },
    );
    try {
      await saveAndOpenLibrary(lede, origin + SEED);
      await click(m, IMAGES_SWITCH);
      expect(await answerPermissionPrompt(m, true)).toContain('Lede');
      expect(await waitInTab<string>(m, "return document.querySelector('.storage-panel__message')?.textContent;")).toBe(
        'Articles you save from now on keep their images on this computer.',
      );
      expect(await lede.inProbe(`return browser.permissions.contains(${IMAGE_ORIGINS});`)).toBe(true);

      await saveWithPopup(lede, `${site.origin}/story.html`);
      // The background fetches the images after the save, in a transaction of its own.
      await selectTab(m, 'library.html');
      await waitInTab(m, COUNT_IMAGE_ROWS.replace('COUNT', '2'), 'two stored images');
    } finally {
      await stopServer(site.server);
    }
    await selectTab(m, 'library.html');
    await openFromLibrary('Harbour plan approved');
    const shown = await waitInTab<Array<{ alt: string; width: number; blob: boolean }>>(
      m,
      `const images = [...document.querySelectorAll('.article__body img')];
      return images.length === 2 && images.every((img) => img.complete && img.naturalWidth > 0) &&
        images.map((img) => ({ alt: img.alt, width: img.naturalWidth, blob: img.src.startsWith('blob:') }));`,
      'both images shown',
    );
    expect(shown).toEqual([
      { alt: 'The quay', width: 120, blob: true },
      { alt: 'The beach', width: 120, blob: true },
    ]);
  });
  it('come back on from a backup where Firefox already allows them; the cap comes back too', async () => {
    await saveAndOpenLibrary(lede, origin + SEED);
    await click(m, IMAGES_SWITCH);
    expect(await answerPermissionPrompt(m, true)).toContain('Lede');
    await waitInTab(m, "return document.querySelector('.storage-panel input').checked;", 'the switch on');
    const before = (await finishedDownloads(m, 0)).length;
    await clickButton(m, 'Back up all (JSON)');
    const [backup] = (await finishedDownloads(m, before + 1)).slice(before);
    expect(JSON.parse(readFileSync(backup!.path, 'utf8')).offlineImages).toEqual({ enabled: true, capBytes: 20 * 1024 * 1024 });

    // Turned off and a smaller cap since, with the access still granted: the import puts the backup's back.
    await lede.inProbe('return browser.storage.local.set({ offlineImages: { enabled: false, capBytes: 5 * 1024 * 1024 } }).then(() => true);');
    await selectTab(m, 'library.html');
    await waitInTab(m, "return !document.querySelector('.storage-panel input').checked;", 'the switch off');
    await m.sendKeys(await element(m, `${EXPORT_PANEL} input[type=file]`), backup!.path);
    expect(await toastMatching(/^Import/)).toMatch(/: 0 added, 0 updated, \d+ unchanged\.$/);
    expect(await lede.inProbe('return browser.storage.local.get("offlineImages").then((v) => v.offlineImages);')).toEqual({
      enabled: true,
      capBytes: 20 * 1024 * 1024,
    });
    await selectTab(m, 'library.html');
    await waitInTab(m, "return document.querySelector('.storage-panel input').checked;", 'the switch on again');
  });
});

/** Resolves true once the library database holds COUNT image rows (run in one of Lede's pages). */
const COUNT_IMAGE_ROWS = `return new Promise((resolve) => {
  const open = indexedDB.open('lede-library');
  open.onerror = () => resolve(false);
  open.onsuccess = () => {
    const db = open.result;
    const count = db.transaction('images').objectStore('images').count();
    count.onsuccess = () => { db.close(); resolve(count.result === COUNT); };
    count.onerror = () => { db.close(); resolve(false); };
  };
});`;
