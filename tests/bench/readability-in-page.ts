/**
 * Plain Readability in real Chromium, the popup benchmark's denominator
 * (tests/bench/popup.ts): `new Readability(document.cloneNode(true)).parse()`
 * timed in the page, two ways.
 *
 * - **Cold** (the goal's): the page loaded in a tab of its own, and
 *   Readability run once, first thing, in a new isolated world, as Lede's
 *   engine runs at the click: no earlier read has touched the document, the
 *   world's DOM wrappers are made as it walks, and its functions are compiled
 *   on their first call. Only the parse is timed (not the source's own
 *   evaluation, as the engine's time starts once its script runs).
 * - **Warm** (what the benchmark printed before): in the page's main world,
 *   in the tab Lede has just read, after the engine walked the same document.
 *   That flatters Readability 1.5–2×, so it is printed beside the cold one,
 *   never used for the verdict.
 */
import type { LoadedBrowser } from '../e2e/harness';
import { READABILITY_SOURCE } from '../helpers/corpus';

/** The expression that times one parse of the document it runs in; evaluates to ms. */
export const READABILITY_IN_PAGE = `(() => {
  ${READABILITY_SOURCE}
  const start = performance.now();
  new Readability(document.cloneNode(true)).parse();
  return performance.now() - start;
})()`;

/** Loads `url` in a new tab and times Readability's first parse there, in a fresh isolated world (ms). */
export async function readabilityCold(browser: LoadedBrowser, url: string): Promise<number> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: 15_000 }).catch(() => {});
    const cdp = await browser.context.newCDPSession(page);
    try {
      const { frameTree } = await cdp.send('Page.getFrameTree');
      const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
        frameId: frameTree.frame.id,
        worldName: 'readability-bench',
      });
      const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
        expression: READABILITY_IN_PAGE,
        contextId: executionContextId,
        returnByValue: true,
      });
      if (exceptionDetails) throw new Error(`Readability failed on ${url}: ${exceptionDetails.text}`);
      return result.value as number;
    } finally {
      await cdp.detach().catch(() => {});
    }
  } finally {
    await page.close();
  }
}
