/**
 * Markdown export: golden files (tests/fixtures/export/*.md) for the
 * hand-written articles (tables, lists, quotes, code, figures, captions,
 * right-to-left) and a real engine output with galleries. A missing or
 * different baseline fails; UPDATE_FIXTURES=1 writes it instead (review it).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import MarkdownIt from 'markdown-it';
import { articleMarkdown } from '@/utils/export/markdown';
import { markdownZip } from '@/utils/export/zip';
import { frontMatter, yamlString } from '@/utils/export/yaml';
import { fileNameFor } from '@/utils/export/file-name';
import { FIXTURES } from '../helpers/page';
import { engineSaved, fixtureArticles, makeSaved } from '../helpers/saved';

const UPDATE = process.env.UPDATE_FIXTURES === '1';
const parse = (html: string) => new DOMParser().parseFromString(`<body>${html}`, 'text/html').body;

function golden(name: string, actual: string): void {
  const path = join(FIXTURES, 'export', name);
  const expected = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (UPDATE && actual !== expected) {
    writeFileSync(path, actual);
    return;
  }
  if (expected === undefined) throw new Error(`No baseline ${path}: run with UPDATE_FIXTURES=1 and review it.`);
  expect(actual).toBe(expected);
}

describe('Markdown export golden files', () => {
  const [kitchen, rtl] = fixtureArticles();
  it.each([
    ['kitchen-sink.md', kitchen],
    ['rtl.md', rtl],
    ['json-ld-gallery.md', engineSaved('json-ld-gallery')],
    ['seed-figure-carousel.md', engineSaved('seed-figure-carousel')],
  ])('%s', (name, article) => golden(name, articleMarkdown(article, { parse })));
});

describe('Markdown export', () => {
  const md = new MarkdownIt();

  it('front matter is YAML a parser reads back to the same strings', () => {
    const title = 'Quote " backslash \\ colon: hash # dash - newline\n tab\t nel\u0085 bom\ufeff';
    const block = frontMatter([['title', title], ['tags', ['a: b', '#c']], ['empty', null]]);
    const lines = block.split('\n');
    expect(lines[0]).toBe('---');
    expect(block).not.toContain('empty');
    // Every escape JSON.parse understands is a YAML double-quoted escape with the same meaning.
    expect(JSON.parse(yamlString(title))).toBe(title);
    expect(yamlString(title)).not.toMatch(/[\u0085\ufeff\n]/);
    expect(lines).toContain('  - "a: b"');
  });

  it('the story renders back to the same structure', () => {
    const [kitchen] = fixtureArticles();
    const html = md.render(articleMarkdown(kitchen, { parse }).replace(/^---[\s\S]*?---\n/, ''));
    const root = parse(html);
    expect(root.querySelectorAll('table td')).toHaveLength(6);
    expect(root.querySelectorAll('ul ul li')).toHaveLength(2);
    expect(root.querySelector('ol')?.getAttribute('start')).toBe('3');
    expect(root.querySelectorAll('blockquote p')).toHaveLength(2);
    expect(root.querySelector('pre code')?.textContent).toContain('return sum(xs)  # <all>');
    expect(root.querySelector('img')?.getAttribute('src')).toBe('https://img.example/chamber.jpg');
    expect(root.querySelector('a[href^="javascript"]')).toBeNull();
    // One section a gallery, one item a caption.
    expect([...root.querySelectorAll('h2')].map((h) => h.textContent)).toEqual([
      'What changes', 'Captions: Scenes from the vote', 'Captions: Gallery 2',
    ]);
  });

  it('writes tags when a record has them', () => {
    const text = articleMarkdown({ ...makeSaved(), tags: ['politics', 'budget'] } as ReturnType<typeof makeSaved>, { parse });
    expect(text).toContain('tags:\n  - "politics"\n  - "budget"\n');
  });
});

describe('Markdown zip', () => {
  it('holds one file an article, names from titles, and stored images in images/', () => {
    const [kitchen, rtl] = fixtureArticles();
    const images = new Map([
      ['https://img.example/chamber.jpg', { type: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 1, 2]) }],
      ['https://img.example/g1.jpg', { type: 'image/jpeg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 3]) }],
    ]);
    const twin = { ...kitchen, id: 'other', key: 'https://news.example/kitchen-sink-2' };
    const files = unzipSync(markdownZip([kitchen, rtl, twin], { parse, images, mtime: new Date(Date.UTC(2026, 0, 1)) }));
    const base = fileNameFor(kitchen.title, 'md').replace(/\.md$/, '');
    expect(Object.keys(files).sort()).toEqual(
      [`${base}.md`, `${base}-2.md`, 'images/image-1.jpg', 'images/image-2.jpg', 'عنوان-المقال.md'].sort(),
    );
    const text = strFromU8(files[`${base}.md`]);
    expect(text).toContain('![The chamber at night](images/image-1.jpg)');
    expect(text).toContain('![](images/image-2.jpg)');
    // Not stored: the remote URL stays.
    expect(text).toContain('(https://img.example/g2.jpg)');
    expect(files['images/image-1.jpg']).toEqual(images.get('https://img.example/chamber.jpg')!.bytes);
  });
});
