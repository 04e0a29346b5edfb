/**
 * The engine against plain Readability on a vendored sample of Readability's
 * test pages (tests/fixtures/readability, Apache-2.0): what `npm run eval`
 * checks over the whole corpus, carried by the repository so that `npm test`
 * needs nothing beside the clone.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/page';
import { ARTICLE_PROSE_WORDS, BELOW_95, measureRecall } from '../helpers/recall';

const SAMPLE = join(FIXTURES, 'readability');
const names = readdirSync(SAMPLE).filter((name) => existsSync(join(SAMPLE, name, 'expected.html')));

describe('a sample of Readability test pages', () => {
  it('is there, with its licence', () => {
    expect(names.length).toBeGreaterThanOrEqual(10);
    for (const file of ['LICENSE.md', 'NOTICE']) expect(existsSync(join(SAMPLE, file))).toBe(true);
  });

  // A page the corpus run lists below 95% (with its reason) must stay below: the list stays true.
  it.each(names)('%s: read as an article, with at least 95% of the blocks plain Readability keeps, or listed', (name) => {
    const row = measureRecall(SAMPLE, name);
    expect(row.plainProse).toBeGreaterThanOrEqual(ARTICLE_PROSE_WORDS);
    expect(row.refused).toBe(false);
    const recall = row.found / row.blocks;
    if (BELOW_95[name]) expect(recall, BELOW_95[name]).toBeLessThan(0.95);
    else expect(recall, row.missing.join(' | ')).toBeGreaterThanOrEqual(0.95);
  });
});
