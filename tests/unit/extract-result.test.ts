import { describe, expect, it } from 'vitest';
import { checkArticle, checkExtractResult } from '@/utils/extract-result';
import { makeArticle, GALLERIES } from '../helpers/article';

const article = makeArticle({ galleries: GALLERIES });

describe('checkExtractResult', () => {
  it('keeps a well-formed article exactly', () => {
    expect(checkExtractResult({ ok: true, article })).toEqual({ ok: true, article });
  });

  it('drops fields no one asked for, however they got there', () => {
    const result = checkExtractResult({ ok: true, article: { ...article, __proto__: { polluted: 1 }, extra: '<script>' }, more: 1 });
    expect(Object.keys(result)).toEqual(['ok', 'article']);
    expect(result.ok && Object.keys(result.article).sort()).toEqual(Object.keys(article).sort());
  });

  it('keeps the injected script\'s timing (numbers only, nothing else in it)', () => {
    const timing = { start: 1_764_000_000_000.25, done: 1_764_000_000_031.5 };
    expect(checkExtractResult({ ok: true, article, timing: { ...timing, extra: 'x' } })).toEqual({ ok: true, article, timing });
    const early = { start: 1_764_000_000_000.5, done: 1_764_000_000_020 };
    expect(checkExtractResult({ ok: true, article, timing: { ...timing, early: { ...early, extra: 'x' } } })).toEqual({ ok: true, article, timing: { ...timing, early } });
  });

  it.each([
    ['no-article', { ok: false, reason: 'no-article' }],
    ['not-html', { ok: false, reason: 'not-html', contentType: 'application/pdf' }],
    ['error', { ok: false, reason: 'error', message: 'boom' }],
  ])('keeps a %s failure', (_, value) => {
    expect(checkExtractResult(value)).toEqual(value);
  });

  it.each<[string, unknown, RegExp]>([
    ['a string', 'article', /result: expected an object/],
    ['an unknown reason', { ok: false, reason: 'pwned' }, /result\.reason/],
    ['a title that is not text', { ok: true, article: { ...article, title: { toString: 1 } } }, /article\.title: expected a string/],
    ['a missing body', { ok: true, article: { ...article, contentHtml: undefined } }, /article\.contentHtml/],
    ['a negative word count', { ok: true, article: { ...article, wordCount: -1 } }, /article\.wordCount/],
    ['a NaN reading time', { ok: true, article: { ...article, readingMinutes: NaN } }, /article\.readingMinutes/],
    ['a direction that is neither', { ok: true, article: { ...article, dir: 'auto' } }, /article\.dir/],
    ['galleries that are not a list', { ok: true, article: { ...article, galleries: {} } }, /article\.galleries: expected an array/],
    ['a caption without text', { ok: true, article: { ...article, galleries: [{ title: '', photoCount: 1, captions: [{}] }] } }, /captions\[0\]\.text/],
    ['a timing that is not a number', { ok: true, article, timing: { start: '0', done: 1 } }, /timing\.start: expected a non-negative number/],
    ['a timing without its end', { ok: true, article, timing: { start: 1 } }, /timing\.done/],
    ['an early read without its end', { ok: true, article, timing: { start: 1, done: 2, early: { start: 1 } } }, /timing\.early\.done/],
    ['a body over the size limit', { ok: true, article: { ...article, contentHtml: 'x'.repeat(5_000_001) } }, /at most 5000000/],
  ])('refuses %s', (_, value, message) => {
    expect(() => checkExtractResult(value)).toThrow(message);
  });

  it('cuts metadata a page made endless, keeping the article', () => {
    const checked = checkArticle({ ...article, title: 'T'.repeat(100_000), byline: 'B'.repeat(5_000) }, 'article');
    expect(checked.title).toHaveLength(2_000);
    expect(checked.title.endsWith('…')).toBe(true);
    expect(checked.byline).toHaveLength(2_000);
  });
});
