import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHtml } from '../../utils/cli/parse-html';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/**
 * Parses `html` as a page at `url` (Readability resolves links against it),
 * with the DOM the command line uses (jsdom: see utils/cli/parse-html.ts).
 * Scripts never run.
 */
export const parsePage = parseHtml;

/** Loads a fixture file (a path under tests/fixtures) as a page at `url`. */
export function loadFixture(path: string, url = 'https://example.com/article'): Document {
  return parsePage(readFileSync(join(FIXTURES, path), 'utf8'), url);
}
