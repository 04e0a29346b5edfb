/**
 * The popup benchmark's extra rounds (tests/bench/popup.ts): a saved page
 * against an unsaved one, and memory over many reads in one tab.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { LoadedBrowser } from '../e2e/harness';
import { Popup } from '../e2e/popup';
import { CORPUS, corpusNames, median } from '../helpers/corpus';

/** Opens the popup over `page` and waits for the article's paint mark; null when the page shows no article. */
export async function openAndPaint(browser: LoadedBrowser, page: Page): Promise<{ popup: Popup; painted: number } | null> {
  const popup = await Popup.open(browser, page);
  const outcome = await popup.waitFor<string>(
    `performance.getEntriesByName('lede:article-painted').length ? 'article'
      : document.querySelector('.status[role=alert]') ? 'status' : ''`,
    30_000,
  );
  if (outcome !== 'article') {
    await popup.close();
    return null;
  }
  const painted = await popup.evaluate<number>(`performance.getEntriesByName('lede:article-painted')[0].startTime`);
  return { popup, painted };
}

/** Popup start → the library lookup's answer (mark `lede:library-known`), in ms. */
function libraryKnown(popup: Popup): Promise<number> {
  return popup.waitFor<number>(`performance.getEntriesByName('lede:library-known')[0]?.startTime`, 30_000);
}

export interface SavedRound {
  /** Popup start → painted, the page not saved (its second popup, so both sides are warm). */
  unsavedPaint: number[];
  /** Popup start → painted, the same page saved. */
  savedPaint: number[];
  /** Popup start → the lookup's answer, unsaved and saved ("In your library" shown). */
  unsavedKnown: number[];
  savedKnown: number[];
}

/**
 * For each page: a warm-up popup, one popup on the unsaved page, Save, then
 * one popup on the now saved page — the same page and tab on both sides.
 */
export async function savedVsUnsaved(browser: LoadedBrowser, origin: string, names: string[]): Promise<SavedRound> {
  const round: SavedRound = { unsavedPaint: [], savedPaint: [], unsavedKnown: [], savedKnown: [] };
  for (const name of names) {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/${name}/source.html`, { waitUntil: 'load', timeout: 15_000 }).catch(() => {});
    const warm = await openAndPaint(browser, page);
    if (!warm) {
      await page.close();
      continue;
    }
    await libraryKnown(warm.popup);
    await warm.popup.close();
    const unsaved = (await openAndPaint(browser, page))!;
    const unsavedKnown = await libraryKnown(unsaved.popup);
    await unsaved.popup.evaluate(`document.querySelector('.toolbar__save').click(), new Promise((done) => {
      const wait = () => document.querySelector('.save-note')?.textContent.startsWith('Saved') ? done(null) : setTimeout(wait, 20);
      wait();
    })`);
    await unsaved.popup.close();
    const saved = (await openAndPaint(browser, page))!;
    const savedKnown = await libraryKnown(saved.popup);
    const notice = await saved.popup.evaluate<string>(`document.querySelector('.save-note')?.textContent ?? ''`);
    await saved.popup.close();
    await page.close();
    if (!notice.startsWith('In your library')) throw new Error(`${name}: the saved page's popup said "${notice}"`);
    round.unsavedPaint.push(unsaved.painted);
    round.savedPaint.push(saved.painted);
    round.unsavedKnown.push(unsavedKnown);
    round.savedKnown.push(savedKnown);
  }
  return round;
}

/** The corpus pages by source size, largest first. */
export function largestPages(): string[] {
  return corpusNames()
    .map((name) => ({ name, size: statSync(join(CORPUS, name, 'source.html')).size }))
    .sort((a, b) => b.size - a.size)
    .map((p) => p.name);
}

/** Reads measured at each end of the memory round: a median of several, so one popup torn down late does not decide. */
const MEMORY_WINDOW = 5;

export interface MemoryRound {
  page: string;
  /** Used JS heap after a forced GC, in bytes: the medians over the first and the last MEMORY_WINDOW reads, and every sample. */
  popup: HeapEnds;
  /** The tab's renderer heap (its page and the isolated world the injected script runs in share the isolate). */
  tab: HeapEnds;
  reads: number;
}

/** A heap at the start and the end of the reads (medians), with the samples they come from. */
export interface HeapEnds {
  first: number;
  last: number;
  firstSamples: number[];
  lastSamples: number[];
}

interface HeapSession {
  send(method: string, params?: object): Promise<unknown>;
}

async function usedHeap(session: HeapSession): Promise<number> {
  // Twice: one collection can leave garbage a second one frees (up to 0.3 MB of a 1.5 MB popup heap seen).
  await session.send('HeapProfiler.collectGarbage');
  await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await session.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usedSize;
}

/**
 * `reads` popups in a row over one tab showing the largest corpus article:
 * the popup's heap (each popup is a new document) and the tab's, after GC,
 * at the first read and the last.
 */
export async function memoryOverReads(browser: LoadedBrowser, origin: string, reads: number): Promise<MemoryRound> {
  const window = Math.max(1, Math.min(MEMORY_WINDOW, Math.floor(reads / 2)));
  for (const name of largestPages().slice(0, 5)) {
    const page = await browser.context.newPage();
    await page.goto(`${origin}/${name}/source.html`, { waitUntil: 'load', timeout: 15_000 }).catch(() => {});
    const tabSession = await browser.context.newCDPSession(page);
    const tab = { send: (method: string, params?: object) => tabSession.send(method as 'Runtime.getHeapUsage', params as never) };
    const popupSamples: { first: number[]; last: number[] } = { first: [], last: [] };
    const tabSamples: { first: number[]; last: number[] } = { first: [], last: [] };
    let ok = true;
    for (let read = 1; read <= reads && ok; read++) {
      const opened = await openAndPaint(browser, page);
      if (!opened) {
        ok = false;
        break;
      }
      const end = read <= window ? 'first' : read > reads - window ? 'last' : undefined;
      if (end) {
        popupSamples[end].push(await usedHeap({ send: (m, p) => opened.popup.send(m, p) }));
        tabSamples[end].push(await usedHeap(tab));
      }
      await opened.popup.close();
    }
    await tabSession.detach().catch(() => {});
    await page.close();
    const ends = (samples: { first: number[]; last: number[] }): HeapEnds => ({
      first: median(samples.first), last: median(samples.last), firstSamples: samples.first, lastSamples: samples.last,
    });
    if (ok) return { page: name, popup: ends(popupSamples), tab: ends(tabSamples), reads };
  }
  throw new Error('None of the five largest corpus pages showed an article');
}

/** Median difference, saved minus unsaved. */
export const medianDelta = (saved: number[], unsaved: number[]) => median(saved) - median(unsaved);
