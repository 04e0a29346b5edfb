/**
 * Saves a page into the library as a user does: Lede's toolbar button over
 * the page, then Save in the popup, waiting for "Saved" (said only after the
 * database transaction has committed).
 */
import type { LoadedBrowser } from './harness';
import { Popup } from './popup';

/** Saves the page at `url` through the popup; resolves once the popup says it is saved. */
export async function saveThroughPopup(browser: LoadedBrowser, url: string): Promise<void> {
  const page = await browser.context.newPage();
  await page.goto(url);
  const popup = await Popup.open(browser, page);
  await popup.waitFor("document.querySelector('.article') && document.querySelector('.toolbar__save')");
  await popup.evaluate("document.querySelector('.toolbar__save').click()");
  await popup.waitFor("document.querySelector('.save-note')?.textContent.startsWith('Saved to your library.')");
  await popup.close();
  await page.close();
}
