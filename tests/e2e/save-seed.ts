/**
 * Saves a page into the library as a user would, for the library's tests.
 * Until the popup's Save lands, the page is read by the engine and saved
 * with the store's own saveArticle in an extension page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '../../utils/extract';
import { parseHtml } from '../../utils/cli/parse-html';
import { ROOT, type LoadedBrowser } from './harness';
import { injectStore } from './store-in-page';

/** Saves the seed page served at `url`; resolves once the save has committed. */
export async function saveSeedPage(browser: LoadedBrowser, url: string): Promise<void> {
  const html = readFileSync(join(ROOT, 'tests/fixtures/pages/seed-classic/source.html'), 'utf8');
  const article = extractArticle(parseHtml(html, url), url);
  if (!article) throw new Error('The engine found no article in the seed page');
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${browser.extensionId}/library.html`);
  await injectStore((expression) => page.evaluate(expression));
  await page.evaluate(`ledeStore.saveArticle(${JSON.stringify(article)}, ${JSON.stringify(url)})`);
  await page.close();
}
