/** Readability's right-to-left test pages (tests/fixtures/rtl): the direction is found wherever the page sets it. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '@/utils/extract';
import { FIXTURES, parsePage } from '../helpers/page';

const PAGE_URL = 'https://example.com/rtl';

describe('right-to-left pages', () => {
  it.each([
    ['rtl-1', 'dir on <html>'],
    ['rtl-2', 'dir on <body>, ltr on <html>'],
    ['rtl-3', 'dir on <main>'],
    ['rtl-4', 'dir on <article>'],
  ])('%s (%s): the Article reads right to left', (name) => {
    // Readability reports rtl for 1–3 and null for rtl-4 (it keeps dir="rtl" inside the content there);
    // the Article says rtl for all four, so its title and byline turn too.
    const folder = join(FIXTURES, 'rtl', name);
    const article = extractArticle(parsePage(readFileSync(join(folder, 'source.html'), 'utf8'), PAGE_URL), PAGE_URL, { lenient: true });
    expect(article?.dir).toBe('rtl');
  });
});
