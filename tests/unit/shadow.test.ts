// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { flattenShadowRoots } from '@/utils/extract/shadow';

function page(light: string, attach: (doc: Document) => void): { original: Document; clone: Document } {
  const original = document.implementation.createHTMLDocument('t');
  original.body.innerHTML = light; // test input, built here
  attach(original);
  return { original, clone: original.cloneNode(true) as Document };
}

function shadow(host: Element, html: string, mode: 'open' | 'closed' = 'open'): ShadowRoot {
  const root = host.attachShadow({ mode });
  root.innerHTML = html; // test input, built here
  return root;
}

describe('flattenShadowRoots', () => {
  it.each<[string, string, string, string]>([
    ['shadow content replaces the light children', '<x-a><b>light</b></x-a>', '<p>shadow</p>', '<x-a><p>shadow</p></x-a>'],
    ['the default slot takes the unslotted light children', '<x-a><b>one</b> two</x-a>', '<p><slot></slot></p>', '<x-a><p><b>one</b> two</p></x-a>'],
    ['a named slot takes its own', '<x-a><b slot="t">T</b><i>body</i></x-a>', '<h1><slot name="t"></slot></h1><slot></slot>', '<x-a><h1><b slot="t">T</b></h1><i>body</i></x-a>'],
    ['an empty slot shows its fallback', '<x-a></x-a>', '<slot name="t">fallback</slot>', '<x-a>fallback</x-a>'],
  ])('%s', (_, light, inner, expected) => {
    const { original, clone } = page(light, (doc) => shadow(doc.querySelector('x-a')!, inner));
    expect(flattenShadowRoots(original, clone)).toBe(1);
    expect(clone.body.innerHTML).toBe(expected);
    expect(original.body.innerHTML).toBe(light); // the page is never changed
  });

  it('follows shadow roots nested in shadow roots', () => {
    const { original, clone } = page('<x-a></x-a>', (doc) => {
      const outer = shadow(doc.querySelector('x-a')!, '<x-b></x-b>');
      shadow(outer.querySelector('x-b')!, '<p>deep</p>');
    });
    expect(flattenShadowRoots(original, clone)).toBe(2);
    expect(clone.body.innerHTML).toBe('<x-a><x-b><p>deep</p></x-b></x-a>');
  });

  it('finds hosts anywhere in the page, one inside another\'s light children included', () => {
    const light = '<header><p>nav</p></header><main><p>lead</p><div><x-a><x-b slot="s"></x-b></x-a></div></main><x-c></x-c>';
    const { original, clone } = page(light, (doc) => {
      shadow(doc.querySelector('x-a')!, '<section><slot name="s"></slot></section>');
      shadow(doc.querySelector('x-b')!, '<p>inner</p>');
      shadow(doc.querySelector('x-c')!, '<p>last</p>');
    });
    expect(flattenShadowRoots(original, clone)).toBe(3);
    expect(clone.body.innerHTML).toBe(
      '<header><p>nav</p></header><main><p>lead</p><div><x-a><section><x-b slot="s"><p>inner</p></x-b></section></x-a></div></main><x-c><p>last</p></x-c>',
    );
  });

  it('leaves closed shadow roots closed', () => {
    const { original, clone } = page('<x-a>light</x-a>', (doc) => shadow(doc.querySelector('x-a')!, '<p>secret</p>', 'closed'));
    expect(flattenShadowRoots(original, clone)).toBe(0);
    expect(clone.body.innerHTML).toBe('<x-a>light</x-a>');
  });
});
