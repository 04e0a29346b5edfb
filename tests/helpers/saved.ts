/** Saved articles for the export and import tests. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SavedArticle } from '../../utils/library/types';
import { extractArticle } from '../../utils/extract';
import { makeArticle } from './article';
import { FIXTURES, parsePage } from './page';

/** A complete SavedArticle; override any field. */
export function makeSaved(overrides: Partial<SavedArticle> = {}): SavedArticle {
  return {
    ...makeArticle(),
    id: '6f1c2a52-3b1e-4f7a-9d55-0a1b2c3d4e5f',
    key: 'https://news.example/harbour',
    savedAt: Date.UTC(2026, 10, 20, 9, 30),
    updatedAt: Date.UTC(2026, 10, 21, 8, 0),
    read: false,
    ...overrides,
  };
}

/** The hand-written fixture articles (tests/fixtures/export/articles.json): every block kind the exports handle. */
export function fixtureArticles(): SavedArticle[] {
  return JSON.parse(readFileSync(join(FIXTURES, 'export/articles.json'), 'utf8')) as SavedArticle[];
}

/** A fixture page read by the engine and saved: real engine output, galleries included. */
export function engineSaved(slug: string): SavedArticle {
  const url = `https://news.example.com/${slug}/`;
  const article = extractArticle(parsePage(readFileSync(join(FIXTURES, 'pages', slug, 'source.html'), 'utf8'), url), url);
  if (!article) throw new Error(`no article in fixture ${slug}`);
  return makeSaved({ ...article, id: `id-${slug}`, key: url });
}
