/**
 * Readability asked more cheaply (readability-fast.ts): tag lookups without a
 * selector engine give the same elements in the same order as
 * `querySelectorAll`; each replaced helper answers as Readability's own does
 * for every element of every fixture page; and whole pages read the same, in
 * jsdom (the command line) and happy-dom.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { fastReadability, hasVisibleText, nodesWithTags } from '@/utils/extract/readability-fast';
import { FIXTURES, loadFixture, parsePage } from '../helpers/page';

/** Every tag list Readability 0.6 looks up, and a few that interleave. */
const TAG_LISTS = [
  ['p'], ['a'], ['br'], ['style'], ['font'], ['script'], ['h1'], ['table'], ['div'], ['svg'], ['nope'],
  ['h1', 'h2'], ['script', 'noscript'], ['ul', 'ol'], ['img', 'picture'], ['img', 'picture', 'figure'],
  ['img', 'embed', 'object', 'iframe'], ['object', 'embed', 'iframe'],
  ['img', 'picture', 'figure', 'video', 'audio', 'source'], ['p', 'span', 'a', 'li'],
];

const SMALL = `<div id="root"><h2>a</h2><p>one <a href="x">link</a><br><span>s</span></p><ul><li><ol><li>x</li></ol></li></ul>
  <figure><img src="a.jpg"><picture><source srcset="b.jpg"><img src="b.jpg"></picture></figure>
  <svg><a href="y"><text>svg link</text></a><style>.x{}</style></svg><h1>b</h1><noscript><img src="c.jpg"></noscript>
  <script>1</script><p><font>f</font></p><table><tr><td><h2>c</h2><iframe></iframe></td></tr></table><embed><object></object></div>`;

const PAGES = [
  ...readdirSync(join(FIXTURES, 'readability')).map((n) => `readability/${n}/source.html`).filter((p) => existsSync(join(FIXTURES, p))),
  ...['seed-classic', 'lazy-images', 'noscript-story'].map((n) => `pages/${n}/source.html`),
];

interface Helpers {
  _isElementWithoutContent(node: Node): unknown;
  _isValidByline(node: Element, matchString: string): unknown;
  _isProbablyVisible(node: Element): unknown;
}

function same(root: Element | Document): void {
  for (const tags of TAG_LISTS) expect(nodesWithTags(root, tags), tags.join(',')).toEqual([...root.querySelectorAll(tags.join(','))]);
}

describe('Readability asked more cheaply', () => {
  it('finds what querySelectorAll finds, in its order, below an element (happy-dom)', () => {
    const box = document.createElement('div');
    box.innerHTML = SMALL;
    same(box);
    same(box.querySelector('#root')!);
    same(box.querySelector('figure')!);
    same(box.querySelector('img')!);
  });

  it.each(PAGES)('%s: the same elements as querySelectorAll over the page and its body (jsdom)', (path) => {
    const doc = loadFixture(path);
    same(doc);
    same(doc.body);
  });

  it.each(PAGES)('%s: each replaced helper answers as Readability\'s own for every element (jsdom)', (path) => {
    const doc = loadFixture(path);
    const plain = new Readability(doc) as unknown as Helpers;
    const fast = fastReadability(new Readability(doc)) as unknown as Helpers;
    const all = [...doc.querySelectorAll('*')];
    expect(all.length).toBeGreaterThan(20);
    for (const el of all) {
      const match = `${String((el as HTMLElement).className)} ${el.id}`;
      expect(hasVisibleText(el), 'text').toBe(el.textContent!.trim() !== '');
      expect(fast._isElementWithoutContent(el), 'no content').toBe(!!plain._isElementWithoutContent(el));
      expect(fast._isProbablyVisible(el), 'visible').toBe(!!plain._isProbablyVisible(el));
      for (const name of [match, 'byline', 'author-bio', '']) expect(fast._isValidByline(el, name), 'byline').toBe(!!plain._isValidByline(el, name));
    }
  });

  it.each(PAGES)('%s: Readability reads the page the same with it (jsdom)', (path) => {
    const read = (tagged: boolean) => {
      const reader = new Readability(loadFixture(path), { serializer: (node: Node) => (node as Element).outerHTML });
      const parsed = (tagged ? fastReadability(reader) : reader).parse();
      return JSON.stringify(parsed);
    };
    expect(read(true)).toBe(read(false));
  });

  it.each([
    ['<p>text</p>', true],
    ['<div>  <span>\n\t</span>\u00a0<!-- a comment --></div>', false],
    ['<div><div><div></div></div><b>x</b></div>', true],
    ['<div><br><hr></div>', false],
    ['<template>hidden</template>', false],
    ['<div>\u2003\u200b</div>', true],
  ])('hasVisibleText(%j) is %s, as textContent.trim() says (jsdom)', (html, visible) => {
    const box = parsePage(`<!doctype html><body>${html}`, 'https://example.com/').body;
    expect(box.textContent!.trim() !== '').toBe(visible);
    expect(hasVisibleText(box)).toBe(visible);
  });

  it('leaves a Readability without those helpers alone', () => {
    const other = { _getAllNodesWithTag: () => [] };
    expect(fastReadability(other)).toEqual({ _getAllNodesWithTag: other._getAllNodesWithTag });
  });
});
