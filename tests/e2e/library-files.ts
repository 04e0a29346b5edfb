/**
 * Files in and out of the library page, as a user moves them: a download
 * saved from a button, a backup picked in the "Import backup…" chooser.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';

/**
 * The import report's note when the backup had offline images on and this
 * profile never granted Lede host access (a Chromium test profile cannot:
 * its permission prompt is not answerable headless), as a RegExp source.
 */
export const NEEDS_ACCESS = 'Your backup kept images for offline reading: tick “Keep images for offline reading” below to let Lede fetch them here\\.';

/** Clicks what makes a download in `page`, saves the file in `dir`, returns its path. */
export async function download(page: Page, dir: string, click: () => Promise<void>): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = join(dir, file.suggestedFilename());
  await file.saveAs(path);
  return path;
}

/** Picks `path` in the library's "Import backup…" file chooser; the message the page answers with. */
export async function importFile(page: Page, path: string): Promise<string> {
  // The previous message goes first, so the one waited for is this import's.
  if (await page.locator('.toast__dismiss').count()) await page.click('.toast__dismiss');
  await page.locator('.toast__message').waitFor({ state: 'detached' });
  await page.setInputFiles('.export-panel input[type=file]', path);
  await page.waitForFunction(() => /^(Imported|Import failed)/.test(document.querySelector('.toast__message')?.textContent ?? ''));
  return page.locator('.toast__message').innerText();
}
