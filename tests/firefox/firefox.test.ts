/**
 * Lede in real Firefox (Debian's firefox-esr, headless, driven over
 * Marionette), as far as a user goes: toolbar click, popup, article,
 * captions, the reader tab, Save and the library, the context menu, the
 * keys. `npm run build:firefox` runs first.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { ROOT, serveDirectory } from '../e2e/harness';
import { seed, squash } from '../helpers/seed';
import { suggestedKeys } from '../helpers/manifest';
import { FIREFOX_BUILD, LedeInFirefox } from './lede';
import { readWithPopup as readPage } from './popup-actions';

let lede: LedeInFirefox;
let server: Server;
let origin: string;

beforeAll(async () => {
  ({ server, origin } = await serveDirectory(join(ROOT, 'tests/fixtures')));
  lede = await LedeInFirefox.start();
});

afterAll(async () => {
  await lede?.close();
  server?.close();
});

beforeEach(async () => {
  // Every test starts as a new install would: no settings, no popup open, no Lede tab but the probe.
  await lede.inProbe('return browser.storage.local.clear().then(() => true);');
  await lede.closePopup();
  await lede.closeOtherTabs();
});

/** Opens `path` from the fixtures (or a full URL), clicks the toolbar button and waits until the popup settles. */
function readWithPopup(path: string): Promise<string> {
  return readPage(lede, path.includes(':') ? path : origin + path);
}

const SEED = '/pages/seed-classic/source.html';

describe('Lede in Firefox after a toolbar click', () => {
  it('shows the title, all 21 paragraphs and the subheading of the seed article', async () => {
    const text = squash(await readWithPopup(SEED));
    expect(text).toContain(seed.title);
    expect(seed.paragraphs).toHaveLength(21);
    for (const paragraph of seed.paragraphs) expect(text).toContain(squash(paragraph));
    expect(text).toContain(seed.subheading);
    const meta = await lede.inView<string[]>(
      'popup',
      "return ['.article__site', '.article__byline'].map((s) => document.querySelector(s).textContent);",
    );
    expect(meta).toEqual(['AOL.com', 'Reuters']);
  });

  it('shows both galleries and all 22 captions when the caption switch is clicked', async () => {
    await readWithPopup(SEED);
    expect(await lede.inView('popup', "return document.querySelector('.captions');")).toBeNull();
    await lede.inView('popup', "document.querySelector('[role=switch]').click(); return true;");
    const galleries = await lede.waitInView<Array<{ title: string; captions: string[] }>>(
      'popup',
      `const galleries = [...document.querySelectorAll('.gallery')];
      return galleries.length && galleries.map((g) => ({
        title: g.querySelector('.gallery__title').textContent,
        captions: [...g.querySelectorAll('.caption')].map((c) => c.textContent),
      }));`,
    );
    expect(galleries.map((g) => g.title)).toEqual(seed.galleries.map((g) => g.title));
    const shown = galleries.flatMap((g) => g.captions.map(squash));
    expect(shown).toEqual(seed.galleries.flatMap((g) => g.captions).map(squash));
    expect(shown).toHaveLength(22);
  });

  it('opens the same article in a reader tab beside the page', async () => {
    await readWithPopup(SEED);
    const popupBody = await lede.inView<string>('popup', "return document.querySelector('.article__body').innerHTML;");
    await lede.inView('popup', "document.querySelector('.toolbar__tab').click(); return true;");
    const reader = await lede.waitInView<{ title: string; body: string }>(
      'tab',
      `const body = document.querySelector('.article__body');
      return body && { title: document.title, body: body.innerHTML };`,
      'reader.html?article=',
    );
    expect(reader.title).toBe(`${seed.title} · Lede`);
    expect(reader.body).toBe(popupBody);
    const tabs = await lede.tabUrls();
    const page = tabs.indexOf(origin + SEED);
    expect(tabs[page + 1]).toMatch(/^moz-extension:\/\/[^/]+\/reader\.html\?article=/);
  });

  it('opens the reader tab with the page\'s article from "Read with Lede" in the context menu', async () => {
    await lede.open(origin + SEED);
    await lede.chooseFromContextMenu('Read with Lede');
    const reader = await lede.waitInView<{ title: string; text: string }>(
      'tab',
      `const article = document.querySelector('.article__body') && document.querySelector('.article');
      return article && { title: document.title, text: article.innerText };`,
      'reader.html?article=',
    );
    expect(reader.title).toBe(`${seed.title} · Lede`);
    const tabs = await lede.tabUrls();
    expect(tabs[tabs.indexOf(origin + SEED) + 1]).toMatch(/^moz-extension:\/\/[^/]+\/reader\.html\?article=/);
    for (const paragraph of seed.paragraphs) expect(squash(reader.text)).toContain(squash(paragraph));
  });

  it('saves the article, says so after the commit, and knows it on the next open', async () => {
    const notice = "const note = document.querySelector('.save-note'); return note && note.textContent;";
    await readWithPopup(`${SEED}?saved-in-firefox`);
    await lede.inView('popup', "document.querySelector('.toolbar__save').click(); return true;");
    expect(await lede.waitInView<string>('popup', notice)).toContain('Saved to your library.');
    await readWithPopup(`${SEED}?saved-in-firefox`);
    expect(await lede.waitInView<string>('popup', notice)).toMatch(/^In your library since/);
  });

  it("shows the keys to open Lede and to save a page, as bound, in the popup's hint", async () => {
    await readWithPopup(SEED);
    const hint = await lede.waitInView<string>(
      'popup',
      "const hint = document.querySelector('.screen__hint').textContent; return hint.includes('opens Lede') && hint;",
    );
    expect(hint).toContain('Alt+Shift+L opens Lede · Alt+Shift+S saves a page');
  });

  it('saves the article, lists it in the library, and opens it from there', async () => {
    await readWithPopup(SEED);
    await lede.inView('popup', "document.querySelector('.toolbar__save').click(); return true;");
    const saved = await lede.waitInView<string>('popup', "return document.querySelector('.save-note')?.textContent;");
    expect(saved).toContain('Saved to your library.');
    const openLibrary = "[...document.querySelectorAll('.save-note button')].find((b) => b.textContent === 'Open library').click(); return true;";
    await lede.inView('popup', openLibrary);
    const titles = await lede.waitInView<string[]>(
      'tab',
      "const titles = [...document.querySelectorAll('.item__title')].map((a) => a.textContent); return titles.length && titles;",
      'library.html',
    );
    expect(titles).toContain(seed.title);
    const openSeed = `[...document.querySelectorAll('.item__title')].find((a) => a.textContent === ${JSON.stringify(seed.title)}).click(); return true;`;
    await lede.inView('tab', openSeed, 'library.html');
    const text = await lede.waitInView<string>(
      'tab',
      "return document.querySelector('.article__body') && document.querySelector('.article').innerText;",
      'reader.html?saved=',
    );
    for (const paragraph of seed.paragraphs) expect(squash(text)).toContain(squash(paragraph));
  });

  it('reads an Arabic article right to left', async () => {
    expect(await readWithPopup('/e2e/rtl-body.html')).toContain('المجلس البلدي');
    const shown = await lede.inView<string[]>(
      'popup',
      `const article = document.querySelector('.article');
      return [article.lang, article.dir, window.getComputedStyle(article.querySelector('.article__body p')).direction];`,
    );
    expect(shown).toEqual(['ar', 'rtl', 'rtl']);
  });

  it('says it cannot read a page of the browser', async () => {
    expect(await readWithPopup('about:robots')).toContain("Lede can't read this page");
  });

  it('says there is no article on a page without one', async () => {
    const text = await readWithPopup('/e2e/no-article.html');
    expect(text).toContain('No article found');
  });

  it('binds the suggested key of every command, opening Lede included', async () => {
    const bound = await lede.inProbe<Array<{ name: string; shortcut: string }>>(
      'return browser.commands.getAll().then((all) => all.map(({ name, shortcut }) => ({ name, shortcut })));',
    );
    const suggested = suggestedKeys(FIREFOX_BUILD);
    expect(suggested._execute_action).toBe('Alt+Shift+L');
    expect(Object.fromEntries(bound.map((command) => [command.name, command.shortcut]))).toEqual(suggested);
  });
});
