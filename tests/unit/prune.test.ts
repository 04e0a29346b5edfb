// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { MAX_TEXT_NODE_CHARS, MAX_WRAPPER_CHAIN, PageTooLargeError, pruneHostile } from '@/utils/extract/prune';
import { extractArticle } from '@/utils/extract';
import { hugePage, shadowPage, STORY_MARKER } from '../helpers/hostile-pages';
import { parsePage } from '../helpers/page';

/** Small limits: jsdom is far slower than a browser on 100,000 elements (bench:hostile measures those). */
const SMALL = { hugePage: 400, maxElements: 2_000 };

function body(html: string): HTMLElement {
  const doc = document.implementation.createHTMLDocument('t');
  doc.body.innerHTML = html; // test input, built here
  return doc.body;
}

/** `depth` nested divs around `inner`, built with the DOM (jsdom's parser and removal recurse per level). */
function nested(depth: number, inner: string): HTMLElement {
  const root = body('');
  let at: Element = root;
  for (let i = 0; i < depth; i++) at = at.appendChild(root.ownerDocument.createElement('div'));
  at.innerHTML = inner; // test input, built here
  return root;
}

function depthOf(element: Element | null): number {
  let depth = 0;
  for (let at = element; at?.parentElement; at = at.parentElement) depth++;
  return depth;
}

describe('pruneHostile', () => {
  it('leaves an ordinary page alone', () => {
    const root = body('<nav><ul><li><a href="/">Home</a></li></ul></nav><article><p>Story.</p></article>');
    const before = root.innerHTML;
    expect(pruneHostile(root)).toEqual({ truncatedText: 0, collapsedWrappers: 0, linkFarms: 0, elements: 6 });
    expect(root.innerHTML).toBe(before);
  });

  it('cuts a giant text node, but not a script’s', () => {
    const root = body('<p></p><script type="application/ld+json"></script>');
    root.querySelector('p')!.textContent = 'x'.repeat(MAX_TEXT_NODE_CHARS * 3);
    root.querySelector('script')!.textContent = 'y'.repeat(MAX_TEXT_NODE_CHARS * 3);
    expect(pruneHostile(root).truncatedText).toBe(1);
    expect(root.querySelector('p')!.textContent).toHaveLength(MAX_TEXT_NODE_CHARS + 1);
    expect(root.querySelector('script')!.textContent).toHaveLength(MAX_TEXT_NODE_CHARS * 3);
  });

  it('collapses a deep chain of bare wrappers, keeping the outer ones and the content', () => {
    const root = nested(300, '<article><p>Story.</p><p>More.</p></article>');
    const report = pruneHostile(root);
    expect(report.collapsedWrappers).toBeGreaterThan(250);
    const article = root.querySelector('article')!;
    expect(depthOf(article)).toBe(MAX_WRAPPER_CHAIN + 2); // body's wrappers, then the article
    expect(article.textContent).toBe('Story.More.');
  });

  it('keeps a shallow chain as it is', () => {
    const root = nested(MAX_WRAPPER_CHAIN - 2, '<p>Story.</p>');
    expect(pruneHostile(root).collapsedWrappers).toBe(0);
  });

  it('drops the link farms of a huge page, and nothing of the story', () => {
    const doc = parsePage(hugePage(SMALL.hugePage * 2), 'https://news.example/a');
    const report = pruneHostile(doc.body, SMALL);
    expect(report.linkFarms).toBe(1);
    expect(report.elements).toBeLessThan(50);
    expect(doc.body.textContent).toContain(STORY_MARKER);
  });

  it('keeps a list of thumbnails (maybe a gallery) even on a huge page', () => {
    const thumbs = Array.from({ length: 200 }, (_, i) => `<li><a href="/p/${i}"><img src="/t/${i}.jpg"></a></li>`).join('');
    const filler = '<i></i>'.repeat(SMALL.hugePage);
    const root = body(`<ul>${thumbs}</ul><div>${filler}</div>`);
    expect(pruneHostile(root, SMALL).linkFarms).toBe(0);
    expect(root.querySelectorAll('img')).toHaveLength(200);
  });

  it('gives up with a message past the ceiling', () => {
    const root = body('<b></b>'.repeat(SMALL.maxElements + 1));
    expect(() => pruneHostile(root, SMALL)).toThrow(PageTooLargeError);
    expect(() => pruneHostile(root, SMALL)).toThrow(/too large to read \(2,001 elements\)/);
  });
});

describe('extractArticle on hostile pages', () => {
  it('reads a story inside an open shadow root', () => {
    const doc = parsePage('<!doctype html><html><head><title>Harbour plan approved</title></head><body><news-story></news-story></body></html>', 'https://news.example/a');
    const host = doc.querySelector('news-story')!;
    // jsdom does not parse declarative shadow roots: attach one as a component would.
    const template = parsePage(shadowPage(), 'https://news.example/a').querySelector('template')!;
    host.attachShadow({ mode: 'open' }).innerHTML = template.innerHTML; // test input, built here
    const article = extractArticle(doc, 'https://news.example/a');
    expect(article?.textContent).toContain(STORY_MARKER);
  });
});
