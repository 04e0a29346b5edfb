/**
 * Readability's tag lookups without a selector engine (readability-tags.ts):
 * the same elements in the same order as `querySelectorAll`, and the same
 * reading of whole pages, in jsdom (the command line) and happy-dom.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { nodesWithTags, withTagLookup } from '@/utils/extract/readability-tags';
import { FIXTURES, loadFixture } from '../helpers/page';

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

function same(root: Element | Document): void {
  for (const tags of TAG_LISTS) expect(nodesWithTags(root, tags), tags.join(',')).toEqual([...root.querySelectorAll(tags.join(','))]);
}

describe('nodesWithTags', () => {
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

  it.each(PAGES)('%s: Readability reads the page the same with it (jsdom)', (path) => {
    const read = (tagged: boolean) => {
      const reader = new Readability(loadFixture(path), { serializer: (node: Node) => (node as Element).outerHTML });
      const parsed = (tagged ? withTagLookup(reader) : reader).parse();
      return JSON.stringify(parsed);
    };
    expect(read(true)).toBe(read(false));
  });
});
