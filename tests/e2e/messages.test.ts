/**
 * Message hygiene in real Chromium: the background's one listener (keep a
 * saved article's images) answers Lede's own pages only, and only a message
 * of the right shape and size. The extraction script runs as this extension
 * too, in pages' isolated worlds: a page that subverted it could send the
 * same message, so the test sends it from there and the background must
 * ignore it. The answer to the message tells whether the listener acted
 * (an ImageOutcome) or ignored it (no answer); the stored images confirm it.
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { launchWithExtension, ROOT, type LoadedBrowser } from './harness';
import { backgroundWorker, grantActiveTab, readLibrary, tabIdOf } from './library';
import { countImageRows } from './image-server';
import { saveThroughPopup } from './save-through-popup';
import { Popup } from './popup';
import type { browser as extensionApi } from 'wxt/browser';

declare const chrome: typeof extensionApi;

const PNG = readFileSync(join(ROOT, 'public/icon/48.png'));
const PARAGRAPH = 'The harbour board approved the new breakwater on Monday after a long public consultation, and work is due to start in the spring. ';
const STORY = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour plan approved</title></head>
<body><article><h1>Harbour plan approved</h1><p>${PARAGRAPH.repeat(4)}</p>
<figure><img src="/img/quay.png" alt="The quay" width="48" height="48"><figcaption>The old quay.</figcaption></figure>
<p>${PARAGRAPH.repeat(4)}</p></article></body></html>`;

/** A story of 6 million characters in 10,000-character paragraphs (none long enough for the engine to cut). */
const LONG = STORY.replace('</article>', `${`<p>${PARAGRAPH.repeat(78)}</p>`.repeat(600)}</article>`);

let browser: LoadedBrowser;
let server: Server;
let origin: string;
let id: string;
let library: Page;

/** What the background answered a message: the listener's value, or none (it ignored the message). */
type Answer = { answer: unknown } | { none: string };

/** Sends `message` from a Lede page (evaluated there); the answer. */
async function SEND(message: unknown): Promise<Answer> {
  try {
    const answer = await chrome.runtime.sendMessage(message);
    return answer === undefined ? { none: 'undefined' } : { answer };
  } catch (error) {
    return { none: String(error) };
  }
}

const storedImages = () => countImageRows(library);

beforeAll(async () => {
  server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const cors = { 'access-control-allow-origin': '*' };
    if (path === '/story.html') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(STORY);
    if (path === '/long.html') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(LONG);
    if (path === '/img/quay.png') return void res.writeHead(200, { 'content-type': 'image/png', ...cors }).end(PNG);
    res.writeHead(404).end();
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchWithExtension();
  // Saved with offline images off: nothing kept yet. Then turned on, as the switch leaves it after a grant.
  await saveThroughPopup(browser, `${origin}/story.html`);
  [{ id }] = (await readLibrary(browser)).articles;
  library = await browser.context.newPage();
  await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await library.evaluate(() => chrome.storage.local.set({ offlineImages: { enabled: true, capBytes: 20 * 1024 * 1024 } }));
});
afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe("the background's message listener", () => {
  it('ignores the message sent from a web page (the isolated world Lede injects into)', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/story.html`);
    await grantActiveTab(browser, page);
    const worker = await backgroundWorker(browser);
    const tabId = await tabIdOf(worker, page);
    // The same send as SEND, run by the worker in the page's isolated world (a function of its own: it is serialised).
    const [{ result }] = await worker.evaluate(
      ({ tabId, message }) =>
        chrome.scripting.executeScript({
          target: { tabId },
          func: async (m: unknown) => {
            try {
              const answer = await chrome.runtime.sendMessage(m);
              return answer === undefined ? { none: 'undefined' } : { answer };
            } catch (error) {
              return { none: String(error) };
            }
          },
          args: [message],
        }),
      { tabId, message: { type: 'lede:keep-images', id } },
    );
    expect(result).toMatchObject({ none: expect.any(String) });
    expect(await storedImages()).toBe(0);
    await page.close();
  });

  it.each<[string, unknown]>([
    ['an id longer than an id', { type: 'lede:keep-images', id: 'x'.repeat(65) }],
    ['a megabyte of id', { type: 'lede:keep-images', id: 'x'.repeat(1_000_000) }],
    ['an id that is not text', { type: 'lede:keep-images', id: { toString: null } }],
    ['another type', { type: 'lede:keep-everything', id: 'x' }],
    ['no object', 'lede:keep-images'],
    ['nothing', null],
  ])('ignores %s, even from a Lede page', async (_, message) => {
    const said = await library.evaluate(SEND, message);
    expect(said).toMatchObject({ none: expect.any(String) });
    expect(await storedImages()).toBe(0);
  });

  it('acts on the right message from a Lede page (so the ignoring above is the checks at work)', async () => {
    const said = await library.evaluate(SEND, { type: 'lede:keep-images', id });
    expect(said).toEqual({ answer: { stored: 1, skipped: 0, bytes: PNG.length } });
    expect(await storedImages()).toBe(1);
  });
});

describe("executeScript's result", () => {
  it('is checked like any outside input: a story over the size limit gets a message, not a frozen popup', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/long.html`);
    const popup = await Popup.open(browser, page);
    const said = await popup.waitFor<string>("document.querySelector('.status[role=alert]')?.innerText", 30_000);
    expect(said).toContain('this article is too long to show (over 5 million characters)');
    await popup.close();
    await page.close();
  }, 60_000);
});
