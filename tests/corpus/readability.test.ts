/**
 * `npm run test:corpus` (run by `npm run eval`): the engine against plain
 * Readability over all of Readability's test pages
 * (../shared/corpus/readability-test-pages, each with Readability's own
 * expected.html). Not part of `npm test`: the corpus lives beside the clone;
 * a vendored sample of it is (tests/unit/readability-sample.test.ts).
 *
 * Goals, printed and asserted: no page refused that plain Readability reads
 * as an article (150+ words of prose), and paragraph recall against plain
 * Readability ≥ 99%. Recall = share of expected.html's blocks found in our
 * textContent.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS } from '../helpers/corpus';
import { ARTICLE_PROSE_WORDS, BELOW_95, measureRecall, totalRecall, type RecallRow } from '../helpers/recall';

/** Paragraph recall the engine must keep against plain Readability. */
const GOAL_RECALL = 0.99;


const pages = existsSync(CORPUS) ? readdirSync(CORPUS).filter((name) => existsSync(join(CORPUS, name, 'expected.html'))).sort() : [];
const percent = (value: number) => `${(100 * value).toFixed(2)}%`;

describe('the engine against plain Readability over the corpus', () => {
  let rows: RecallRow[] = [];
  beforeAll(() => {
    rows = pages.map((name) => measureRecall(CORPUS, name));
  });

  it('finds the corpus beside the repository, and prints the goals', () => {
    expect(pages.length, `no corpus at ${CORPUS}`).toBeGreaterThan(100);
    const articles = rows.filter((row) => row.plainProse >= ARTICLE_PROSE_WORDS);
    const refused = articles.filter((row) => row.refused).map((row) => row.name);
    const recall = totalRecall(rows);
    console.log(
      [
        `Readability corpus: ${rows.length} pages; plain Readability reads ${articles.length} as articles (${ARTICLE_PROSE_WORDS}+ words of prose)`,
        `Refused by the engine (default mode): ${rows.filter((row) => row.refused).map((row) => row.name).join(', ') || 'none'}`,
        `Goal: no page refused that plain Readability reads as an article — ${refused.length ? `NOT met (${refused.join(', ')})` : 'met'}`,
        `Goal: paragraph recall against plain Readability ≥ ${percent(GOAL_RECALL)} — ${recall >= GOAL_RECALL ? 'met' : 'NOT met'} (${percent(recall)})`,
      ].join('\n'),
    );
  });

  it('refuses no page plain Readability reads as an article', () => {
    const refused = rows.filter((row) => row.plainProse >= ARTICLE_PROSE_WORDS && row.refused);
    expect(refused.map((row) => `${row.name} (${row.plainProse} words of prose)`)).toEqual([]);
  });

  it('keeps at least 99% of the blocks Readability keeps, and every page below 95% is explained', () => {
    const low = rows.filter((row) => row.blocks > 0 && row.found / row.blocks < 0.95);
    const report = low.map((row) => `${row.name} ${percent(row.found / row.blocks)}: ${row.missing.slice(0, 3).join(' | ').slice(0, 240)}`);
    expect(low.map((row) => row.name).sort(), report.join('\n')).toEqual(Object.keys(BELOW_95).sort());
    expect(totalRecall(rows)).toBeGreaterThanOrEqual(GOAL_RECALL);
  });
});
