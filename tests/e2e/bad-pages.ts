/**
 * Pages a user meets that hold no readable article, each with the message
 * Lede must answer with. Shared by tests/e2e/bad-pages.test.ts (asserts the
 * messages) and tests/bench/hostile.ts (times them).
 */
import { createServer, type Server, type ServerResponse } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { ROOT } from './harness';
import { bigTextPage, deepPage, hugePage, scriptDeepPage, shadowPage } from '../helpers/hostile-pages';

const ARTICLE = readFileSync(join(ROOT, 'tests/fixtures/pages/seed-classic/source.html'), 'utf8');
const PNG = readFileSync(join(ROOT, 'public/icon/48.png'));

/** Sends the first part of `html`, then the rest after `holdMs`: a page still loading. */
function trickle(res: ServerResponse, html: string, holdMs: number): void {
  const cut = html.indexOf('</p>') + 4; // at least a paragraph in, so the page is visibly there
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.write(html.slice(0, cut) + ' '.repeat(4096)); // past the parser's first flush
  const timer = setTimeout(() => res.end(html.slice(cut)), holdMs);
  res.on('close', () => clearTimeout(timer));
}

/** Hostile pages by path: generated on first request (they are megabytes), then kept. */
export const HOSTILE: Record<string, () => string> = {
  '/huge-100k.html': () => hugePage(100_000),
  '/deep-10k.html': () => deepPage(10_000),
  '/script-deep-10k.html': () => scriptDeepPage(10_000),
  '/text-50mb-hidden.html': () => bigTextPage(50 * 1024 * 1024, { hidden: true }),
  '/shadow.html': () => shadowPage(),
};

/** Serves the bad and hostile pages on 127.0.0.1 at a free port. */
export async function serveBadPages(): Promise<{ server: Server; origin: string }> {
  const generated = new Map<string, string>();
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const send = (type: string, body: string | Buffer) => res.writeHead(200, { 'content-type': type }).end(body);
    if (HOSTILE[path]) {
      if (!generated.has(path)) generated.set(path, HOSTILE[path]());
      return send('text/html; charset=utf-8', generated.get(path)!);
    }
    switch (path) {
      case '/data.json':
        return send('application/json', JSON.stringify({ title: 'Council approves harbour plan', items: [1, 2, 3] }));
      case '/feed.xml':
        return send('application/xml', '<?xml version="1.0"?><feed><title>News</title><entry><title>Story</title></entry></feed>');
      case '/photo.png':
        return send('image/png', PNG);
      case '/frames.html':
        return send('text/html', '<!doctype html><html><head><title>Frames</title></head><frameset cols="30%,70%"><frame src="/nav.html"><frame src="/article.html"></frameset></html>');
      case '/nav.html':
        return send('text/html', '<p><a href="/article.html">Story</a></p>');
      case '/article.html':
        return send('text/html; charset=utf-8', ARTICLE);
      case '/loading.html':
        return trickle(res, ARTICLE, 4_000);
      case '/leaving.html':
        // Still loading when Lede is clicked; goes to another page before it finishes.
        return trickle(res, ARTICLE.replace('<body', '<body data-x><script>setTimeout(() => { location.href = "/article.html?next"; }, 1200)</script'), 10_000);
      default:
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export interface BadPage {
  name: string;
  /** The URL to open, given the bad-page server's and the fixture server's origins. */
  url: (origins: { bad: string; fixtures: string }) => string;
  /** Text the popup's message must contain (its headline). */
  says: string;
  /** Waits after navigating, before the click (default: until the page commits). */
  waitUntil?: 'commit' | 'load';
}

/** Every case, in the order of the list. */
export const BAD_PAGES: BadPage[] = [
  { name: 'a chrome:// page', url: () => 'chrome://version', says: "Lede can't read this page" },
  { name: 'an about: page', url: () => 'about:blank', says: "Lede can't read this page" },
  { name: 'the Chrome Web Store', url: () => 'https://chromewebstore.google.com/detail/lede/abcdefghijklmnopabcdefghijklmnop', says: "Lede can't read this page" },
  { name: 'addons.mozilla.org', url: () => 'https://addons.mozilla.org/en-US/firefox/addon/lede/', says: "Lede can't read this page" },
  { name: 'a view-source: page', url: ({ fixtures }) => `view-source:${fixtures}/pages/seed-classic/source.html`, says: "Lede can't read this page" },
  { name: "a PDF in the browser's viewer", url: ({ fixtures }) => `${fixtures}/e2e/document.pdf`, says: 'This is a PDF document, not a web page', waitUntil: 'load' },
  { name: 'a page still loading', url: ({ bad }) => `${bad}/loading.html`, says: 'Waiting for the page to load' },
  { name: 'a frameset', url: ({ bad }) => `${bad}/frames.html`, says: 'This page is made of frames', waitUntil: 'load' },
  { name: 'a page with no article', url: ({ fixtures }) => `${fixtures}/e2e/no-article.html`, says: 'No article found', waitUntil: 'load' },
  { name: 'a JSON document', url: ({ bad }) => `${bad}/data.json`, says: 'This is a JSON file, not a web page', waitUntil: 'load' },
  { name: 'an XML document', url: ({ bad }) => `${bad}/feed.xml`, says: 'This is an XML file, not a web page', waitUntil: 'load' },
  { name: 'an image opened as a page', url: ({ bad }) => `${bad}/photo.png`, says: 'This is an image, not a web page', waitUntil: 'load' },
];

/** The page that navigates away while Lede reads it: first the wait, then this. */
export const LEAVING = { path: '/leaving.html', says: 'The page changed while Lede was reading it' };

/** Opens `url` in a fresh tab; a failed load (no network for the stores) still leaves the tab at `url`. */
export async function openTab(newPage: () => Promise<Page>, url: string, waitUntil: 'commit' | 'load' = 'commit'): Promise<Page> {
  const page = await newPage();
  await page.goto(url, { waitUntil }).catch(() => {});
  return page;
}

/** Waits for the popup's message, the headline of the status shown. */
export const MESSAGE = "document.querySelector('.status__title')?.textContent";
