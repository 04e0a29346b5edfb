/**
 * EPUB structure: the archive is unpacked with fflate and every part checked
 * with an XML parser (jsdom's XML mode throws on anything not well-formed):
 * mimetype first and stored, container.xml → package document, manifest and
 * spine against the files, the navigation document, every chapter. Where
 * Debian's epubcheck is installed (.ci/run installs it) the book must also
 * pass it; the test says it is skipped where it is not.
 */
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { articlesEpub } from '@/utils/export/epub';
import { engineSaved, fixtureArticles } from '../helpers/saved';
import { ROOT } from '../e2e/harness';
import { EPUBCHECK, epubcheck } from '../helpers/epubcheck';

const PNG = new Uint8Array(readFileSync(join(ROOT, 'public/icon/16.png')));

function xml(text: string, type = 'application/xml'): Document {
  return new JSDOM(text, { contentType: type }).window.document;
}

function book() {
  const [kitchen, rtl] = fixtureArticles();
  const gallery = engineSaved('json-ld-gallery');
  const images = new Map([
    ['https://img.example/chamber.jpg', { type: 'image/png', bytes: PNG }],
    ['https://img.example/g1.jpg', { type: 'image/png', bytes: PNG }],
    // An SVG can carry script: never put into a book.
    ['https://img.example/chart.png', { type: 'image/svg+xml', bytes: new TextEncoder().encode('<svg/>') }],
  ]);
  const bytes = articlesEpub([kitchen, rtl, gallery], { images, identifier: 'urn:uuid:00000000-0000-4000-8000-000000000001', now: new Date(Date.UTC(2026, 10, 29, 12)) });
  return { bytes, files: unzipSync(bytes), articles: [kitchen, rtl, gallery] };
}

describe('EPUB export', () => {
  const { bytes, files, articles } = book();

  it('starts with the mimetype, stored uncompressed with no extra field', () => {
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    expect(view.getUint32(0, true)).toBe(0x04034b50);
    expect(view.getUint16(8, true)).toBe(0); // compression method: stored
    const nameLength = view.getUint16(26, true);
    expect(view.getUint16(28, true)).toBe(0); // extra field length
    expect(strFromU8(bytes.subarray(30, 30 + nameLength))).toBe('mimetype');
    expect(strFromU8(bytes.subarray(30 + nameLength, 30 + nameLength + 20))).toBe('application/epub+zip');
  });

  it('has a container, a package whose manifest and spine match the files, and a nav', () => {
    const container = xml(strFromU8(files['META-INF/container.xml']));
    const opfPath = container.querySelector('rootfile')!.getAttribute('full-path')!;
    expect(container.querySelector('rootfile')!.getAttribute('media-type')).toBe('application/oebps-package+xml');
    const opf = xml(strFromU8(files[opfPath]));
    const dir = opfPath.replace(/[^/]+$/, '');
    const pkg = opf.documentElement;
    expect(pkg.getAttribute('version')).toBe('3.0');
    const idRef = pkg.getAttribute('unique-identifier')!;
    expect(opf.getElementById(idRef)?.textContent).toBe('urn:uuid:00000000-0000-4000-8000-000000000001');
    expect(opf.getElementsByTagName('dc:language')[0].textContent).toBe('en');
    expect(opf.getElementsByTagName('dc:title')[0].textContent).toBe('Lede: 3 articles');
    const modified = [...opf.getElementsByTagName('meta')].find((m) => m.getAttribute('property') === 'dcterms:modified');
    expect(modified?.textContent).toBe('2026-11-29T12:00:00Z');

    const items = [...opf.getElementsByTagName('item')];
    const hrefs = items.map((item) => dir + item.getAttribute('href'));
    for (const href of hrefs) expect(files[href], href).toBeDefined();
    const packaged = Object.keys(files).filter((name) => !['mimetype', 'META-INF/container.xml', opfPath].includes(name));
    expect(packaged.sort()).toEqual([...hrefs].sort());
    expect(items.filter((item) => item.getAttribute('properties') === 'nav')).toHaveLength(1);
    const ids = new Set(items.map((item) => item.getAttribute('id')));
    const spine = [...opf.getElementsByTagName('itemref')].map((ref) => ref.getAttribute('idref'));
    expect(spine).toHaveLength(articles.length);
    for (const id of spine) expect(ids.has(id)).toBe(true);

    const nav = xml(strFromU8(files[`${dir}nav.xhtml`]), 'application/xhtml+xml');
    const toc = nav.querySelector('nav')!;
    expect(toc.getAttribute('epub:type')).toBe('toc');
    const links = [...toc.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(links.filter((href) => !href!.includes('#'))).toEqual(['chapter-1.xhtml', 'chapter-2.xhtml', 'chapter-3.xhtml']);
    // A captions appendix per gallery, each an entry under its chapter.
    expect(links.filter((href) => href!.includes('#'))).toEqual(['chapter-1.xhtml#captions-1', 'chapter-1.xhtml#captions-2', 'chapter-3.xhtml#captions-1']);
  });

  it('writes every chapter as well-formed XHTML with local images only', () => {
    const chapters = Object.keys(files).filter((name) => name.endsWith('.xhtml'));
    expect(chapters).toHaveLength(articles.length + 1);
    for (const name of chapters) {
      const doc = xml(strFromU8(files[name]), 'application/xhtml+xml'); // throws when not well-formed
      expect(doc.documentElement.namespaceURI).toBe('http://www.w3.org/1999/xhtml');
      for (const img of doc.querySelectorAll('img')) {
        const src = img.getAttribute('src')!;
        expect(src).toMatch(/^images\/image-\d+\.png$/);
        expect(files[`OEBPS/${src}`]).toEqual(PNG);
      }
      expect(doc.querySelector('script, iframe, [onerror], [onclick], [style]')).toBeNull();
    }
    const first = xml(strFromU8(files['OEBPS/chapter-1.xhtml']), 'application/xhtml+xml');
    expect(first.querySelector('h1')!.textContent).toBe(articles[0].title);
    expect(first.querySelectorAll('table td')).toHaveLength(6);
    expect(first.querySelector('pre')!.textContent).toContain('return sum(xs)  # <all>');
    expect([...first.querySelectorAll('.captions li')].map((li) => li.textContent)).toContain('Protesters outside. AP');
    const rtl = xml(strFromU8(files['OEBPS/chapter-2.xhtml']), 'application/xhtml+xml');
    expect(rtl.documentElement.getAttribute('xml:lang')).toBe('ar');
    expect(rtl.body.getAttribute('dir')).toBe('rtl');
    // A block inside an inline element is repaired: its text stays.
    expect(rtl.body.textContent).toContain('داخل');
  });

  it('refuses an empty selection', () => {
    expect(() => articlesEpub([])).toThrow(/at least one article/);
  });

  it.skipIf(!EPUBCHECK)('passes epubcheck', () => {
    expect(epubcheck(bytes)).toMatch(/No errors or warnings detected/);
  }, 180_000);
});
