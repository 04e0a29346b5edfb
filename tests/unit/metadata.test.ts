/**
 * The story's title (utils/extract/metadata.ts): Readability's (which takes
 * a JSON-LD headline first) or the JSON-LD headline, each only when it names
 * the same story as the page's head — a template's placeholder (the CMS's
 * own name) is no headline — else og:title / twitter:title / <title>.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '@/utils/extract';
import { NO_JSON_LD } from '@/utils/extract/json-ld';
import { mergeMetadata } from '@/utils/extract/metadata';
import { loadFixture, parsePage } from '../helpers/page';

const HEAD_TITLE = 'Ferry operator fined after gangway collapse';

function titleOf(readability: string | null, headline: string | null, head: string): string {
  const doc = parsePage(`<!DOCTYPE html><html><head>${head}</head><body></body></html>`, 'https://news.example.com/x/');
  return mergeMetadata({ title: readability }, { ...NO_JSON_LD, headline }, doc).title;
}

describe('the story title', () => {
  it.each([
    ["Readability's, the head's in other words", 'Gangway collapse: operator fined', null, `<title>${HEAD_TITLE} | Gazette</title>`, 'Gangway collapse: operator fined'],
    ['a CMS name in its place: og:title', 'escenic', null, `<meta property="og:title" content="${HEAD_TITLE}"><title>${HEAD_TITLE} | Gazette</title>`, HEAD_TITLE],
    ['a CMS name and no og:title: the <title>', 'contentstudio', null, `<title>${HEAD_TITLE} | Gazette</title>`, `${HEAD_TITLE} | Gazette`],
    ['none from Readability: the JSON-LD headline when it fits', null, 'Operator fined after collapse', `<title>${HEAD_TITLE}</title>`, 'Operator fined after collapse'],
    ['none from Readability and a placeholder headline: the <title>', null, 'd-161500790', `<title>${HEAD_TITLE}</title>`, HEAD_TITLE],
    ['a page with no head title keeps what it has', 'escenic', null, '', 'escenic'],
    ['unspaced scripts: one title holding the other', '港口扩建工程', null, '<title>港口扩建工程_新闻网</title>', '港口扩建工程'],
  ])('%s', (_, readability, headline, head, expected) => expect(titleOf(readability, headline, head)).toBe(expected));

  it('is the headline on a page whose JSON-LD names the CMS instead', () => {
    const url = 'https://news.example.com/json-ld-placeholder-headline/';
    expect(extractArticle(loadFixture('pages/json-ld-placeholder-headline/source.html', url), url)?.title).toBe(
      'Ferry operator fined after gangway collapse injured passengers',
    );
  });
});
