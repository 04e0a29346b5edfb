import { describe, expect, it } from 'vitest';
import { blockText, countWords, readerText, readingMinutes } from '@/utils/extract/text';

describe('blockText', () => {
  it('puts a line break between blocks instead of gluing words', () => {
    const div = document.createElement('div');
    div.innerHTML = '<h2>Heading</h2><p>End of one.</p><p>Start of <b>two</b>.</p><ul><li>a</li><li>b</li></ul>line<br>break';
    expect(blockText(div)).toBe('Heading\nEnd of one.\nStart of two.\na\nb\nline\nbreak');
  });

  it('ignores scripts and collapses white space', () => {
    const div = document.createElement('div');
    div.innerHTML = '<p>  many\n   spaces </p><script>var x = 1;</script><p></p>';
    expect(blockText(div)).toBe('many spaces');
  });
});

describe('readerText', () => {
  it.each([
    ['an umlaut stored as a letter and a combining mark', 'gepru\u0308ft, scho\u0308n', 'geprüft, schön'],
    ['a Bengali vowel sign written as its two parts', '\u0995\u09C7\u09BE', '\u0995\u09CB'],
    ['text that is already composed', 'Ça coûte 3 € — 東京', 'Ça coûte 3 € — 東京'],
    ['hyphens, soft hyphens and line breaks (kept as the page has them)', 'E-Mail\nWäh\u00adrend', 'E-Mail\nWäh\u00adrend'],
  ])('reads %s', (_, text, expected) => expect(readerText(text)).toBe(expected));
});

describe('reading time', () => {
  it.each([
    ['', 0],
    ['one two three', 3],
    ['  spaced   out\nwords ', 3],
    ["don't stop — it's 2016 · ok", 5],
    ['俄罗斯驻土耳其大使遇刺。', 11],
    ['日本語のテキスト', 8],
    ['한국어는 띄어 씁니다', 3],
    ['Lede 读新闻', 4],
  ])('countWords(%j) = %i', (text, words) => expect(countWords(text)).toBe(words));

  it.each([
    [0, 0],
    [1, 1],
    [230, 1],
    [700, 3],
    [2300, 10],
  ])('readingMinutes(%i) = %i', (words, minutes) => expect(readingMinutes(words)).toBe(minutes));
});
