/**
 * One click-to-article sample of the popup benchmark (tests/bench/popup.ts),
 * and the variants it is compared with in the same run: the background's
 * worker stopped before the click (as after 30 s idle, the usual state when
 * a reader clicks), and the build with a default popup (the popup starts the
 * read itself, as before the background took the click).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension, type LoadedBrowser } from '../e2e/harness';
import { Popup } from '../e2e/popup';
import { READ_MARKS, type Marks } from './popup-phases';

/** One click: toolbar click → painted, and its two shares; null when the page showed no article. */
export interface Click {
  /** Toolbar click → article painted (ms, wall clock). */
  total: number;
  /** Click → the popup's document starts (Chromium's share). */
  browser: number;
  /** Popup document start → painted (Lede's share as measured since issue 12). */
  lede: number;
  marks: Marks;
  /** The browser's own first-paint entry of the popup (ms from document start), if it has one yet. */
  firstPaint?: number;
  /** Where the early read (at the click) ran, relative to the popup's document start, if the popup took it. */
  early?: { start: number; done: number };
}

/** Stops the extension's service worker, as Chromium does after 30 s without events. */
export async function stopWorker(browser: LoadedBrowser): Promise<void> {
  const { targetInfos } = (await browser.cdp.send('Target.getTargets' as 'Browser.getVersion')) as unknown as {
    targetInfos: Array<{ type: string; targetId: string; url: string }>;
  };
  const prefix = `chrome-extension://${browser.extensionId}/`;
  for (const target of targetInfos) {
    if (target.type !== 'service_worker' || !target.url.startsWith(prefix)) continue;
    await browser.cdp.send('Target.closeTarget', { targetId: target.targetId }).catch(() => {});
  }
  // Let the browser finish tearing it down before the click.
  await new Promise((resolve) => setTimeout(resolve, 300));
}

/** Loads `url` in a fresh tab, clicks the toolbar button and waits for the article (or a status). */
export async function clickOnce(
  browser: LoadedBrowser,
  url: string,
  { coldWorker = false, inPage }: { coldWorker?: boolean; inPage?: string } = {},
): Promise<{ click: Click | null; inPage?: unknown }> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 15_000 }).catch(() => {});
    if (coldWorker) await stopWorker(browser);
    const popup = await Popup.open(browser, page);
    try {
      const outcome = await popup.waitFor<string>(
        `performance.getEntriesByName('lede:article-painted').length ? 'article'
          : document.querySelector('.status[role=alert]') ? 'status' : ''`,
        15_000,
      );
      if (outcome !== 'article') return { click: null };
      const { origin, marks, early, firstPaint } = await popup.evaluate<{ origin: number; marks: Marks; early?: Click['early']; firstPaint?: number }>(
        `({ origin: performance.timeOrigin, marks: ${READ_MARKS},
            early: performance.getEntriesByName('lede:read-kept')[0]?.detail,
            firstPaint: performance.getEntriesByName('first-paint')[0]?.startTime })`,
      );
      const painted = marks['lede:article-painted'];
      const click: Click = {
        total: origin + painted - popup.clickedAt,
        browser: origin - popup.clickedAt,
        lede: painted,
        marks,
        ...(early && { early }),
        ...(firstPaint !== undefined && { firstPaint }),
      };
      return { click, ...(inPage !== undefined && { inPage: await page.evaluate(inPage) }) };
    } finally {
      await popup.close();
    }
  } finally {
    await page.close();
  }
}

/**
 * The copy's worker: Lede's own, with the clearing of the manifest's default
 * popup ignored (utils/action-click.ts `takeToolbarClick`), so that Chromium
 * opens the popup itself and the background never sees the click. Per-tab
 * calls pass through. The extension API may be called with a callback (the
 * polyfill) or for a promise; both are answered.
 */
const KEEP_DEFAULT_POPUP = `const ledeSetPopup = chrome.action.setPopup.bind(chrome.action);
chrome.action.setPopup = function (details, callback) {
  if (details && details.tabId !== undefined) return ledeSetPopup(...arguments);
  if (typeof callback === 'function') callback();
  return Promise.resolve();
};
importScripts('background.js');
`;

/**
 * A copy of the built extension with the design switched off: the default
 * popup stays in place, Chromium opens the popup itself and the popup starts
 * the read, as every build did before the background took the click. Returns
 * the copy's directory.
 */
export function withDefaultPopup(extensionDir: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'lede-default-popup-'));
  cpSync(extensionDir, dir, { recursive: true });
  const manifestPath = join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    action?: { default_popup?: string };
    background?: { service_worker?: string; type?: string };
  };
  if (manifest.action?.default_popup !== 'popup.html' || manifest.background?.service_worker !== 'background.js' || manifest.background.type) {
    throw new Error('withDefaultPopup: the manifest no longer has the default popup and the classic worker it expects');
  }
  writeFileSync(join(dir, 'keep-default-popup.js'), KEEP_DEFAULT_POPUP);
  manifest.background = { service_worker: 'keep-default-popup.js' };
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}

/** Removes a directory made by withDefaultPopup. */
export const removeCopy = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** click → painted samples of the four variants compared in the same run. */
export interface Comparison {
  /** This build: the background starts the read at the click; its worker running, or stopped before the click. */
  warm: Click[];
  cold: Click[];
  /** The default-popup build: the popup starts the read. */
  previousWarm: Click[];
  previousCold: Click[];
}

/**
 * This build (in `browser`, already warm) against the default-popup build
 * (withDefaultPopup, a second browser open at the same time), interleaved
 * page by page with the order rotating, so a change in the machine's load
 * weighs on all four alike: each page is clicked with the worker running
 * and stopped first, in each build.
 */
export async function compareWithDefaultPopup(browser: LoadedBrowser, origin: string, names: string[]): Promise<Comparison> {
  const dir = withDefaultPopup(EXTENSION_DIR);
  const previous = await launchWithExtension({ extensionDir: dir });
  const rounds: Comparison = { warm: [], cold: [], previousWarm: [], previousCold: [] };
  const variants: Array<[LoadedBrowser, boolean, Click[]]> = [
    [browser, false, rounds.warm],
    [browser, true, rounds.cold],
    [previous, false, rounds.previousWarm],
    [previous, true, rounds.previousCold],
  ];
  try {
    await clickOnce(previous, `${origin}/${names[0]}/source.html`); // starts the extension's process
    for (const [index, name] of names.entries()) {
      for (let k = 0; k < variants.length; k++) {
        const [target, coldWorker, into] = variants[(index + k) % variants.length];
        const { click } = await clickOnce(target, `${origin}/${name}/source.html`, { coldWorker });
        if (click) into.push(click);
      }
    }
  } finally {
    await previous.close();
    removeCopy(dir);
  }
  return rounds;
}
