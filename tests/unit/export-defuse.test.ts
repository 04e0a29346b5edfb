/** Import-time defusing: dangerous HTML stripped, everything else kept byte for byte. */
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { defuseHtml, needsDefusing } from '@/utils/export/defuse';
import { engineSaved, fixtureArticles } from '../helpers/saved';

describe('defuseHtml', () => {
  it.each([
    ['script', '<p>a</p><script>alert(1)</script>', /<script/i],
    ['event handler', '<img src="x.jpg" onerror="alert(1)">', /onerror/i],
    ['handler after a slash', '<img/src="x.jpg"/onerror=alert(1)>', /onerror/i],
    ['script URL', '<a href="javascript:alert(1)">x</a>', /javascript:/i],
    ['script URL with a tab', '<a href="java\tscript:alert(1)">x</a>', /script:/i],
    ['entity-encoded script URL', '<a href="jav&#x61;script:alert(1)">x</a>', /script:/i],
    ['iframe', '<iframe src="https://evil.example"></iframe><p>t</p>', /<iframe/i],
    ['srcdoc', '<p srcdoc="<script>x</script>">t</p>', /srcdoc/i],
    ['svg script', '<svg><script>alert(1)</script></svg>', /<script/i],
    ['form', '<form action="https://evil.example"><input name="p"></form>', /<form|<input/i],
    ['math confusion', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>', /onerror/i],
  ])('strips %s', (_name, html, gone) => {
    expect(needsDefusing(html)).toBe(true);
    expect(defuseHtml(html)).not.toMatch(gone);
  });

  it.each([
    ['plain story', '<p>Hello <a href="https://a.example/x?y=1&amp;z=2">there</a>.</p>'],
    ['figure', '<figure><img src="https://a.example/i.jpg" alt="A"><figcaption>Cap</figcaption></figure>'],
    ['relative and mail links', '<a href="/x">x</a> <a href="mailto:a@b.example">m</a> <a href="#top">t</a>'],
    ['odd but harmless serialisation', '<P CLASS=page>Text<BR>more</P>'],
    ['text attributes that look like schemes', '<a href="https://w.example/x" title="Special:BookSources">x</a><img src="https://w.example/i.png" alt="Note: a" data-id="image://1">'],
  ])('keeps %s byte for byte', (_name, html) => {
    expect(needsDefusing(html)).toBe(false);
    expect(defuseHtml(html)).toBe(html);
  });

  it('keeps real engine output byte for byte', () => {
    for (const article of [fixtureArticles()[1], engineSaved('json-ld-gallery'), engineSaved('seed-classic'), engineSaved('lazy-images')]) {
      expect(defuseHtml(article.contentHtml)).toBe(article.contentHtml);
    }
  });

  it('strips only the dangerous part of a story', () => {
    const [kitchen] = fixtureArticles(); // holds one javascript: link
    const root = document.createElement('div');
    root.innerHTML = defuseHtml(kitchen.contentHtml);
    expect(root.querySelector('a[href^="javascript"]')).toBeNull();
    expect(root.querySelectorAll('table td, li, blockquote p, pre, figure img')).toHaveLength(6 + 6 + 2 + 1 + 1);
  });
});
