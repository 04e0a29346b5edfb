/**
 * Golden files: every folder under tests/fixtures/pages holds a source.html
 * and the engine's expected output for it (expected.json: metadata, the text
 * as a list of blocks, galleries with captions, removed counts).
 *
 * A missing or different baseline fails. Run with UPDATE_FIXTURES=1 to write
 * it instead (then review the diff before committing it).
 *
 * Baselines are made with jsdom; the same page read with happy-dom must give
 * the same output, since the engine runs on whichever DOM its host has.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { Window } from 'happy-dom';
import { extractArticle, type Article } from '@/utils/extract';
import { FIXTURES, parsePage } from '../helpers/page';

const PAGES = join(FIXTURES, 'pages');
const UPDATE = process.env.UPDATE_FIXTURES === '1';

/** The address a fixture page is read at: its folder on a fictional news site. */
export const fixtureUrl = (slug: string) => `https://news.example.com/${slug}/`;

/**
 * The reviewable part of an Article: contentHtml is left out, its text is
 * kept as blocks and its images as their addresses.
 */
function golden(article: Article | null) {
  if (!article) return null;
  const { title, byline, siteName, publishedTime, lang, excerpt, leadImageUrl, wordCount, galleries, removed } = article;
  const content = document.createElement('div');
  content.innerHTML = article.contentHtml;
  const images = [...content.querySelectorAll('img')].map((img) => img.getAttribute('src'));
  const blocks = article.textContent.split('\n');
  return { title, byline, siteName, publishedTime, lang, excerpt, leadImageUrl, wordCount, blocks, images, galleries, removed };
}

const slugs = readdirSync(PAGES).filter((slug) => existsSync(join(PAGES, slug, 'source.html')));

describe('golden files', () => {
  it('has the fixture pages', () => expect(slugs.length).toBeGreaterThanOrEqual(13));

  it.each(slugs)('%s (jsdom)', (slug) => {
    const html = readFileSync(join(PAGES, slug, 'source.html'), 'utf8');
    const actual = golden(extractArticle(parsePage(html, fixtureUrl(slug)), fixtureUrl(slug)));
    const path = join(PAGES, slug, 'expected.json');
    const expected = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
    if (UPDATE && !isDeepStrictEqual(actual, expected)) {
      writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
      return;
    }
    if (expected === undefined) throw new Error(`No baseline ${path}: run with UPDATE_FIXTURES=1 and review it.`);
    expect(actual).toEqual(expected);
  });

  it.each(slugs)('%s (happy-dom gives the same)', (slug) => {
    const url = fixtureUrl(slug);
    const window = new Window({
      url,
      settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
    });
    const html = readFileSync(join(PAGES, slug, 'source.html'), 'utf8');
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    const fromHappyDom = golden(extractArticle(doc, url));
    window.close();
    expect(fromHappyDom).toEqual(golden(extractArticle(parsePage(html, url), url)));
  });
});
