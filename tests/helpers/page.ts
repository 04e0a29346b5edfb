import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM } from 'jsdom';

export const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** Parses `html` as a page at `url` (Readability resolves links against it). Scripts never run. */
export function parsePage(html: string, url: string): Document {
  return new JSDOM(html, { url }).window.document;
}

/** Loads a fixture file (a path under tests/fixtures) as a page at `url`. */
export function loadFixture(path: string, url = 'https://example.com/article'): Document {
  return parsePage(readFileSync(join(FIXTURES, path), 'utf8'), url);
}
