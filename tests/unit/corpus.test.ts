/**
 * No regressions against plain Readability: over the shared corpus of real
 * pages (../shared/corpus/readability-test-pages, each with Readability's own
 * expected.html), the engine must keep the blocks Readability keeps.
 * Recall = share of expected.html's blocks found in our textContent.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticle } from '@/utils/extract';
import { CORPUS } from '../helpers/corpus';
import { parsePage } from '../helpers/page';
import { missingBlocks, referenceBlocks } from '../helpers/recall';

/** The address Readability's own tests give these pages. */
const URL = 'http://fakehost/test/page.html';

/**
 * Pages below 95% recall, each with the reason. A page that drops below 95%
 * and is not here fails the test; a page here that recovers fails too, so
 * the list stays true.
 */
const BELOW_95: Record<string, string> = {
  breitbart: 'Two "Sign up for our newsletter" promo lines inside the story (2 of its 11 blocks) are removed on purpose.',
  'bug-1255978': 'The video player\'s "Share" and "Fullscreen" buttons are removed on purpose.',
  cnn: 'Two in-story "Related: …" link lines (like the seed\'s "RELATED:" lines) are removed on purpose.',
  'citylab-1': 'The CityLab Daily newsletter box ("Cities are changing fast…") is removed on purpose.',
  'firefox-nightly-blog':
    'The newsletter form beside the comments is removed on purpose; without it plain Readability itself no longer joins the comment thread to the post (checked by removing only that form).',
  mathjax:
    'isProbablyReaderable says no; with "Try anyway" Readability\'s lower thresholds drop the MathML formulas (plain Readability with the same options loses them too).',
  'mozilla-1': 'Carousel "Next" buttons and the "Replay" control are removed on purpose.',
  'yahoo-2': 'The slideshow goes to galleries on purpose: its counter ("1 / 5") and the current-caption panel (the first photo\'s caption, twice).',
};

interface Row {
  name: string;
  blocks: number;
  found: number;
  missing: string[];
}

function measure(name: string): Row {
  const dir = join(CORPUS, name);
  const doc = parsePage(readFileSync(join(dir, 'source.html'), 'utf8'), URL);
  // A page the readerable check turns away is measured as "Try anyway" reads it.
  const article = extractArticle(doc, URL) ?? extractArticle(doc, URL, { lenient: true });
  const blocks = referenceBlocks(readFileSync(join(dir, 'expected.html'), 'utf8'), doc);
  const missing = missingBlocks(blocks, article?.textContent ?? '');
  return { name, blocks: blocks.length, found: blocks.length - missing.length, missing };
}

const pages = existsSync(CORPUS) ? readdirSync(CORPUS).filter((name) => existsSync(join(CORPUS, name, 'expected.html'))) : [];

describe('the engine against plain Readability over the corpus', () => {
  it('finds the corpus beside the repository', () => {
    expect(pages.length).toBeGreaterThan(100);
  });

  it('keeps at least 99% of the blocks Readability keeps, and every page below 95% is explained', () => {
    const rows = pages.map(measure);
    const total = rows.reduce((sum, row) => sum + row.blocks, 0);
    const found = rows.reduce((sum, row) => sum + row.found, 0);
    const low = rows.filter((row) => row.blocks > 0 && row.found / row.blocks < 0.95);
    const report = low.map((row) => `${row.name} ${((100 * row.found) / row.blocks).toFixed(1)}%: ${row.missing.slice(0, 3).join(' | ').slice(0, 240)}`);
    expect(low.map((row) => row.name).sort(), report.join('\n')).toEqual(Object.keys(BELOW_95).sort());
    expect(found / total).toBeGreaterThanOrEqual(0.99);
  }, 120_000);
});
