/**
 * Export and import from the library page in real Chromium: the real store
 * (filled with engine output of fixture pages through saveArticle), the real
 * buttons, real downloads and a real file chooser.
 * Backup all → delete all → import → the same records (content hashes);
 * importing again changes nothing; a bad file is refused with a message and
 * changes nothing; an EPUB of all and a Markdown file download.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync as readdir, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { launchWithExtension, type LoadedBrowser } from './harness';
import { recordHashes as hashRecords } from './record-hashes';
import { download as downloadTo, importFile as importInto, NEEDS_ACCESS } from './library-files';
import { injectStore } from './store-in-page';
import { engineSaved } from '../helpers/saved';

const SLUGS = ['json-ld-gallery', 'seed-classic', 'lazy-images'];
const MB = 1024 * 1024;
let browser: LoadedBrowser;
let page: Page;
let dir: string;

const evaluate = <T,>(expression: string) => page.evaluate<T>(expression);

const recordHashes = () => hashRecords(evaluate);

async function openLibrary(): Promise<void> {
  await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await page.waitForSelector('.export-panel');
  await injectStore(evaluate);
}

async function toast(): Promise<string> {
  await page.waitForSelector('.toast__message');
  return page.locator('.toast__message').innerText();
}

const download = (click: () => Promise<void>) => downloadTo(page, dir, click);
const importFile = (path: string) => importInto(page, path);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'lede-export-e2e-'));
  browser = await launchWithExtension();
  page = await browser.context.newPage();
  await openLibrary();
  for (const slug of SLUGS) {
    const { id, key, savedAt, updatedAt, read, ...article } = engineSaved(slug);
    void id; void savedAt; void updatedAt; void read;
    await evaluate(`globalThis.ledeStore.saveArticle(${JSON.stringify(article)}, ${JSON.stringify(key)})`);
  }
  const [first] = await evaluate<{ id: string }[]>('globalThis.ledeStore.listSummaries()');
  await evaluate(`globalThis.ledeStore.setRead(${JSON.stringify(first.id)}, true)`);
  await openLibrary();
});

afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('library export and import', () => {
  it('backs up, restores after deleting everything, and a second import changes nothing', async () => {
    const before = await recordHashes();
    expect(Object.keys(before)).toHaveLength(SLUGS.length);
    // Offline images on, 50 MB an article: the backup carries the setting (the access itself is not a setting).
    const offlineImages = { enabled: true, capBytes: 50 * MB };
    await evaluate(`chrome.storage.local.set({ offlineImages: ${JSON.stringify(offlineImages)} })`);

    const backup = await download(() => page.click('text=Back up all (JSON)'));
    expect(backup).toMatch(/lede-backup-\d{4}-\d\d-\d\d\.json$/);
    expect(await toast()).toBe(`Backed up ${SLUGS.length} articles and your settings.`);
    expect(JSON.parse(readFileSync(backup, 'utf8')).articles).toHaveLength(SLUGS.length);
    expect(JSON.parse(readFileSync(backup, 'utf8')).offlineImages).toEqual(offlineImages);

    const saved = JSON.parse(readFileSync(backup, 'utf8')).settings;
    // Settings changed since the backup: the import restores the backup's.
    await evaluate(`chrome.storage.local.set({ settings: ${JSON.stringify({ ...saved, theme: 'sepia', textSize: 24 })}, offlineImages: { enabled: false, capBytes: ${20 * MB} } })`);
    await evaluate(`(async () => {
      for (const s of await globalThis.ledeStore.listSummaries()) await globalThis.ledeStore.removeArticle(s.id);
    })()`);
    expect(await recordHashes()).toEqual({});
    await openLibrary();

    expect(await importFile(backup)).toMatch(new RegExp(`: ${SLUGS.length} added, 0 updated, 0 unchanged\\. ${NEEDS_ACCESS}$`));
    expect(await recordHashes()).toEqual(before);
    expect(await evaluate('chrome.storage.local.get("settings").then((v) => v.settings)')).toEqual(saved);
    // The cap is restored; "on" waits for the user's grant (this profile never gave Lede host access), and the panel shows it without a reload.
    expect(await evaluate('chrome.storage.local.get("offlineImages").then((v) => v.offlineImages)')).toEqual({ enabled: false, capBytes: 50 * MB });
    await expect.poll(() => page.getByLabel('Most per article').inputValue()).toBe(String(50 * MB));
    expect(await page.getByLabel('Keep images for offline reading').isChecked()).toBe(false);
    // The list shows them again, and search finds an imported article.
    await page.waitForFunction((n) => document.querySelector('.library-bar__summary')?.textContent?.startsWith(`${n} articles`), SLUGS.length);
    expect(await evaluate<unknown[]>("globalThis.ledeStore.searchLibrary('riverside')")).toHaveLength(1);

    await openLibrary();
    expect(await importFile(backup)).toMatch(new RegExp(`: 0 added, 0 updated, ${SLUGS.length} unchanged\\. ${NEEDS_ACCESS}$`));
    expect(await recordHashes()).toEqual(before);
  });

  it('refuses a bad file with a message and changes nothing', async () => {
    const before = await recordHashes();
    const good = readFileSync(join(dir, readdir(dir).find((n) => n.endsWith('.json'))!), 'utf8');
    const edit = (change: (backup: { version: unknown; settings: Record<string, unknown>; articles: Record<string, unknown>[] }) => void) => {
      const backup = JSON.parse(good);
      change(backup);
      return JSON.stringify(backup);
    };
    // The list: wrong version, missing fields, a 50 MB string, __proto__ / constructor keys, a truncated file.
    const cases: [string, string, RegExp][] = [
      ['truncated.json', good.slice(0, good.length / 2), /ends early: it looks truncated/],
      ['other.json', '{"hello": 1}', /Not a Lede backup/],
      ['newer.json', edit((b) => { b.version = 3; }), /newer Lede \(backup version 3\)/],
      ['missing.json', edit((b) => { delete b.articles[1].title; }), /articles\[1\]: missing field "title"/],
      ['huge.json', edit((b) => { b.articles[0].textContent = 'x'.repeat(50_000_000); }), /articles\[0\]\.textContent: 50,000,000 characters long/],
      ['proto.json', good.replace('"read":', '"__proto__":{"x":1},"read":'), /__proto__: a key Lede never writes/],
      ['constructor.json', edit((b) => { b.articles[2] = { ...b.articles[2], ...JSON.parse('{"constructor":{"prototype":{"polluted":true}}}') }; }), /articles\[2\]\.constructor: a key Lede never writes/],
    ];
    for (const [name, text, message] of cases) {
      await openLibrary();
      const path = join(dir, name);
      writeFileSync(path, text);
      const said = await importFile(path);
      expect(said).toMatch(message);
      expect(said).toMatch(/Nothing in your library was changed\.$/);
      expect(await recordHashes()).toEqual(before);
    }
  });

  it('an imported article with script in its title and story reads inert', async () => {
    await openLibrary();
    const backup = JSON.parse(readFileSync(join(dir, readdir(dir).find((n) => n.startsWith('lede-backup'))!), 'utf8'));
    const [record] = backup.articles;
    const hostile = {
      ...record,
      id: 'hostile-id',
      key: 'https://evil.example/story',
      url: 'https://evil.example/story',
      title: '<img src=x onerror="document.title=\'pwned\'">Headline',
      contentHtml: '<p>Story text.</p><img src="x" onerror="document.title=\'pwned\'"><script>document.title="pwned"</script>'
        + '<a href="javascript:document.title=\'pwned\'">link</a><iframe srcdoc="<script>parent.document.title=1</script>"></iframe>',
    };
    const path = join(dir, 'hostile.json');
    writeFileSync(path, JSON.stringify({ ...backup, articles: [hostile] }));
    expect(await importFile(path)).toMatch(/: 1 added, 0 updated, 0 unchanged\./);
    // Stored defused: no handler, script or frame left in the database.
    const stored = await evaluate<{ contentHtml: string; title: string }>("globalThis.ledeStore.getArticle('hostile-id')");
    expect(stored.contentHtml).not.toMatch(/onerror|<script|<iframe|javascript:/i);
    expect(stored.contentHtml).toContain('Story text.');
    expect(stored.title).toBe(hostile.title);

    const dialogs: string[] = [];
    page.on('dialog', (dialog) => void dialog.dismiss().then(() => dialogs.push(dialog.message())));
    await page.goto(`chrome-extension://${browser.extensionId}/reader.html?saved=hostile-id`);
    await page.waitForSelector('.article__title');
    expect(await page.locator('.article__title').innerText()).toBe(hostile.title);
    expect(await page.locator('.article__body').innerText()).toContain('Story text.');
    expect(await page.locator('.article__body script, .article__body iframe, [onerror]').count()).toBe(0);
    // Had any of it run, the document's title would be "pwned" (or 1).
    expect(await page.title()).toBe(`${hostile.title} · Lede`);
    expect(dialogs).toEqual([]);
    await openLibrary();
    await evaluate("globalThis.ledeStore.removeArticle('hostile-id')");
  });

  it('exports all as one EPUB and the selected article as Markdown', async () => {
    await openLibrary();
    await page.selectOption('.export-panel select >> nth=0', 'all');
    await page.selectOption('.export-panel select >> nth=1', 'epub');
    const epub = await download(() => page.click('.export-panel button:has-text("Export")'));
    const files = unzipSync(new Uint8Array(readFileSync(epub)));
    expect(Object.keys(files)[0]).toBe('mimetype');
    expect(Object.keys(files).filter((n) => /chapter-\d+\.xhtml$/.test(n))).toHaveLength(SLUGS.length);

    await page.selectOption('.export-panel select >> nth=0', 'one');
    await page.selectOption('.export-panel select >> nth=1', 'markdown');
    const md = await download(() => page.click('.export-panel button:has-text("Export")'));
    expect(md).toMatch(/\.md$/);
    const text = readFileSync(md, 'utf8');
    expect(text.startsWith('---\ntitle: ')).toBe(true);
    expect(strFromU8(files['OEBPS/content.opf'])).toContain('<dc:language>');
  });
});
