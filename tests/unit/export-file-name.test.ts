import { describe, expect, it } from 'vitest';
import { fileNameFor, MAX_BASE_LENGTH, uniqueNames } from '@/utils/export/file-name';

describe('fileNameFor', () => {
  it.each([
    ['Harbour plan approved', 'Harbour-plan-approved.md'],
    ['Budget "deal": what\'s in it?', "Budget-deal-what's-in-it.md"],
    ['a/b\\c|d*e<f>g', 'a-b-c-d-e-f-g.md'],
    ['  ..Dots and spaces..  ', 'Dots-and-spaces.md'],
    ['عنوان المقال', 'عنوان-المقال.md'],
    ['日本語の記事', '日本語の記事.md'],
    ['line\nbreak\ttab\u0000nul', 'line-break-tab-nul.md'],
    ['', 'article.md'],
    ['???', 'article.md'],
    ['CON', 'article.md'],
  ])('%j → %j', (title, name) => expect(fileNameFor(title, 'md')).toBe(name));

  it('caps the length at a word boundary', () => {
    const name = fileNameFor('word '.repeat(60), 'epub');
    expect(name.length).toBeLessThanOrEqual(MAX_BASE_LENGTH + '.epub'.length);
    expect(name).toMatch(/^word(-word)+\.epub$/);
  });

  it('never splits a character made of two code units', () => {
    const name = fileNameFor('😀'.repeat(100), 'md');
    expect(Array.from(name.replace('.md', ''))).toHaveLength(MAX_BASE_LENGTH);
    expect(name).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])/);
  });
});

describe('uniqueNames', () => {
  it('numbers repeats, ignoring case', () => {
    const unique = uniqueNames();
    expect(['a.md', 'A.md', 'a.md', 'b.md'].map(unique)).toEqual(['a.md', 'A-2.md', 'a-3.md', 'b.md']);
  });
});
