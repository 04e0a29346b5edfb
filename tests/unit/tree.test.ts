import { describe, expect, it } from 'vitest';
import { squash } from '@/utils/extract/dom';
import { byTag, countsTo, hasTag, textReaches } from '@/utils/extract/tree';

function box(html: string): Element {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

const MEDIA = new Set(['img', 'picture', 'video']);

describe('hasTag', () => {
  it.each([
    ['<p>text</p>', false],
    ['<p>text <img src="a.jpg"></p>', true],
    ['<div><div><div><picture></picture></div></div></div>', true],
    ['<div><span></span></div><p><b></b></p><video></video>', true],
    ['<div><span></span></div><p><b></b></p>', false],
    ['', false],
  ])('%j → %s', (html, found) => expect(hasTag(box(html), MEDIA)).toBe(found));

  it('looks below the element only, never at it or past it', () => {
    const root = box('<div id="a"><span></span></div><img>');
    const a = root.querySelector('#a')!;
    expect(hasTag(a, MEDIA)).toBe(false);
    expect(hasTag(root.querySelector('img')!, MEDIA)).toBe(false);
  });
});

describe('textReaches', () => {
  it.each([
    ['', 0, true],
    ['', 1, false],
    ['  a  ', 1, true],
    ['  a  ', 2, false],
    ['<p>one</p>\n\n<p>two</p>', 7, true],
    ['<p>one</p>\n\n<p>two</p>', 8, false],
    ['a\u00a0\u00a0b', 3, true],
    ['a\u200bb', 3, true],
    ['<p>12345</p><script>6789</script>', 9, true],
  ])('%j reaches %d: %s', (html, limit, reaches) => expect(textReaches(box(html), limit)).toBe(reaches));

  it('agrees with squash(textContent).length on every tree of a seeded random set', () => {
    const pieces = [' ', '\n', '\u00a0', 'a', 'bc', '\u2003', '\ufeff', '\t', '\u3000', '\u200b', '\u0085'];
    const tags = ['div', 'span', 'p', 'b'];
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    const build = (depth: number): Node => {
      if (depth > 3 || next(3) === 0) return document.createTextNode(Array.from({ length: next(5) }, () => pieces[next(pieces.length)]).join(''));
      const el = document.createElement(tags[next(tags.length)]);
      for (let i = next(4); i > 0; i--) el.append(build(depth + 1));
      return el;
    };
    for (let run = 0; run < 500; run++) {
      const root = document.createElement('div');
      for (let i = next(4); i > 0; i--) root.append(build(1));
      const length = squash(root.textContent).length;
      for (const limit of [0, 1, 2, 3.5, 5, 8]) expect(textReaches(root, limit)).toBe(length >= limit);
    }
  });
});

describe('countsTo', () => {
  const root = box('<ul><li><a href="/1">one</a></li><li><a href="/2">two</a></li></ul><svg><a href="/3"></a></svg>');
  it.each([0, 1, 4, 5, 6])('counts li and a up to %i as the selector does', (count) => {
    expect(countsTo(root, new Set(['li', 'a']), count)).toBe(root.querySelectorAll('li, a').length >= count);
  });
});

describe('byTag', () => {
  it('lists the elements of a tag in document order', () => {
    const root = box('<a id="1"></a><p><a id="2"><a id="3"></a></a></p><b></b><a id="4"></a>');
    expect(byTag(root, 'a').map((a) => a.id)).toEqual([...root.querySelectorAll('a')].map((a) => a.id));
  });
});
