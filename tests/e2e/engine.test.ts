/**
 * The engine in a real browser: the popup, after a real toolbar click on
 * seed renditions other than seed-classic, shows every paragraph and no
 * gallery text (no caption, no control word).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { launchWithExtension, serveDirectory, ROOT, type LoadedBrowser } from './harness';
import { Popup } from './popup';

const seed = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/seed/seed.json'), 'utf8')) as {
  paragraphs: string[];
  subheading: string;
  galleries: { title: string; captions: string[] }[];
  controls: string[];
  signup: string[];
};

const squash = (text: string) => text.replace(/[\s\u00a0]+/g, ' ').trim();

let browser: LoadedBrowser;
let server: Server;
let origin: string;

beforeAll(async () => {
  ({ server, origin } = await serveDirectory(join(ROOT, 'tests/fixtures')));
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  server?.close();
});

describe.each(['seed-figure-carousel', 'seed-generated-classes'])('the popup on %s', (slug) => {
  it('shows all 21 paragraphs and the subheading, and no gallery text', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/pages/${slug}/source.html`);
    const popup = await Popup.open(browser, page);
    await popup.waitFor("document.querySelector('.article, .status[role=alert]')");
    const body = squash(await popup.evaluate<string>("document.querySelector('.article__body')?.innerText ?? ''"));
    for (const paragraph of seed.paragraphs) expect(body).toContain(squash(paragraph));
    expect(body).toContain(seed.subheading);
    for (const caption of seed.galleries.flatMap((g) => g.captions)) expect(body).not.toContain(squash(caption).slice(0, 60));
    for (const control of seed.controls) expect(body).not.toContain(control);
    for (const line of seed.signup) expect(body).not.toContain(squash(line));
    await popup.close();
    await page.close();
  });
});
