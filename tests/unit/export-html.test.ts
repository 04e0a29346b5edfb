/** HTML export: one self-contained, script-free file an article. */
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { articleHtml, EXPORT_CSP, EXPORT_CSP_LINKED } from '@/utils/export/html';
import { htmlZip } from '@/utils/export/zip';
import { ROOT } from '../e2e/harness';
import { fixtureArticles, makeSaved } from '../helpers/saved';

const PNG = new Uint8Array(readFileSync(join(ROOT, 'public/icon/16.png')));
const parseDoc = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('HTML export', () => {
  const [kitchen] = fixtureArticles();

  it('is one document with its style inline, a strict CSP and no script', () => {
    const doc = parseDoc(articleHtml(kitchen, { now: new Date(Date.UTC(2026, 10, 29)) }));
    expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(EXPORT_CSP);
    expect(EXPORT_CSP).toMatch(/default-src 'none'/);
    expect(EXPORT_CSP).not.toMatch(/script-src/);
    expect(doc.querySelectorAll('link[rel=stylesheet], script')).toHaveLength(0);
    expect(doc.querySelector('style')?.textContent).toContain('max-width: 65ch');
    expect(doc.title).toBe(kitchen.title);
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.querySelector('.story table')).not.toBeNull();
    expect(doc.querySelector('a[href^="javascript"]')).toBeNull();
    expect([...doc.querySelectorAll('.captions h2')].map((h) => h.textContent)).toEqual([
      'Captions: Scenes from the vote', 'Captions: Gallery 2',
    ]);
  });

  it('inlines stored images as data: URLs and leaves the others remote', () => {
    const images = new Map([
      ['https://img.example/chamber.jpg', { type: 'image/png', bytes: PNG }],
      ['https://img.example/g1.jpg', { type: 'image/png', bytes: PNG }],
    ]);
    const doc = parseDoc(articleHtml(kitchen, { images }));
    const srcs = [...doc.querySelectorAll('img')].map((img) => img.getAttribute('src')!);
    expect(srcs.filter((src) => src.startsWith('data:image/png;base64,'))).toHaveLength(2);
    expect(srcs).toContain('https://img.example/chart.png');
    expect(doc.querySelector('.captions a')?.getAttribute('href')).toBe('https://img.example/g2.jpg');
  });

  it('in a zip, writes each stored image once in images/ and links it from every file that shows it', () => {
    const images = new Map([
      ['https://img.example/chamber.jpg', { type: 'image/png', bytes: PNG }],
      ['https://img.example/g1.jpg', { type: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 1]) }],
    ]);
    const twin = { ...kitchen, id: 'other', key: 'https://news.example/kitchen-sink-2' };
    const files = unzipSync(htmlZip([kitchen, twin], { images }));
    const names = Object.keys(files).sort();
    // Numbered in the order the first file shows them.
    expect(names.filter((name) => name.startsWith('images/'))).toEqual(['images/image-1.jpg', 'images/image-2.png']);
    expect(files['images/image-2.png']).toEqual(PNG);
    const pages = names.filter((name) => name.endsWith('.html'));
    expect(pages).toHaveLength(2);
    for (const name of pages) {
      const html = strFromU8(files[name]);
      expect(html).not.toContain('data:image');
      const doc = parseDoc(html);
      expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(EXPORT_CSP_LINKED);
      const srcs = [...doc.querySelectorAll('img')].map((img) => img.getAttribute('src'));
      expect(srcs).toEqual(expect.arrayContaining(['images/image-1.jpg', 'images/image-2.png', 'https://img.example/chart.png']));
      expect(doc.querySelector('.captions a')?.getAttribute('href')).toBe('https://img.example/g2.jpg');
    }
    // Only the images' own folder is added to what a file may load: still no script, nothing else.
    expect(EXPORT_CSP_LINKED).toBe(EXPORT_CSP.replace('img-src ', "img-src 'self' "));
  });

  it('lets no srcset or <picture> source win over a stored image', () => {
    const article = makeSaved({
      url: 'https://news.example/story',
      contentHtml: '<picture><source srcset="https://img.example/a.webp 1x" type="image/webp"><img src="https://img.example/a.jpg" srcset="https://img.example/a-2x.jpg 2x" alt="A"></picture>'
        + '<picture><source srcset="https://img.example/b.webp"><img src="https://img.example/b.jpg" alt="B"></picture>',
    });
    const doc = parseDoc(articleHtml(article, { images: new Map([['https://img.example/a.jpg', { type: 'image/png', bytes: PNG }]]) }));
    const [a, b] = doc.querySelectorAll('img');
    expect(a.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    expect(a.hasAttribute('srcset')).toBe(false);
    expect(a.closest('picture')!.querySelectorAll('source')).toHaveLength(0);
    // An unstored picture keeps its sources: online, they still choose the best file.
    expect(b.getAttribute('src')).toBe('https://img.example/b.jpg');
    expect(b.closest('picture')!.querySelectorAll('source')).toHaveLength(1);
  });

  it.each([
    ['title', { title: '<script>alert(1)</script><img src=x onerror=alert(2)>' }],
    ['byline', { byline: '"><script>alert(1)</script>' }],
    ['content', { contentHtml: '<p>ok</p><script>alert(1)</script><img src="x" onerror="alert(2)"><a href="javascript:alert(3)">j</a><iframe src="https://evil.example"></iframe>' }],
    ['caption', { galleries: [{ title: '<b onmouseover=alert(1)>g</b>', photoCount: 1, captions: [{ text: '<script>x</script>', imageUrl: 'javascript:alert(1)' }] }] }],
  ])('keeps script out of the %s', (_field, overrides) => {
    const html = articleHtml(makeSaved(overrides as Parameters<typeof makeSaved>[0]));
    const doc = parseDoc(html);
    expect(doc.querySelectorAll('script, iframe')).toHaveLength(0);
    // Written as text it is inert; what matters is no element carries a handler or a script URL.
    for (const element of doc.querySelectorAll('*')) {
      for (const attr of element.attributes) {
        expect(attr.name).not.toMatch(/^on/i);
        expect(attr.value).not.toMatch(/^\s*javascript:/i);
      }
    }
  });
});
