/**
 * The JSON-LD articleBody check (utils/extract/article-body.ts) reads a body
 * the site HTML-escaped inside the JSON with every named entity HTML knows,
 * so a pick that holds the story is recognised as holding it and kept.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { decodeEntities } from '@/utils/extract/article-body';
import { loadFixture } from '../helpers/page';

describe('decodeEntities', () => {
  it.each([
    ['numeric and common named ones, without a document', 'caf&#233; &amp; &#x2019;', undefined, 'café & ’'],
    ['any named one, with a document', 'ter&ccedil;a-feira, n&atilde;o, cerim&ocirc;nia', document, 'terça-feira, não, cerimônia'],
    ['names HTML does not know stay as written', 'a &notanentity; b', document, 'a &notanentity; b'],
    ['without a document, a rarer name stays', 'n&atilde;o', undefined, 'n&atilde;o'],
  ])('%s', (_, text, doc, expected) => expect(decodeEntities(text, doc)).toBe(expected));
});

describe('a page whose JSON-LD articleBody is HTML-escaped with named entities (and an ad script in it)', () => {
  const url = 'https://news.example.com/json-ld-escaped-body/';
  const article = extractArticle(loadFixture('pages/json-ld-escaped-body/source.html', url), url)!;

  it("keeps Readability's pick, which holds the story", () => expect(article.textContent).toContain('A prefeitura anunciou nesta terça-feira'));
  it.each(['&ccedil;', '&atilde;', 'googletag'])('shows no %j', (text) => expect(article.textContent).not.toContain(text));
});
