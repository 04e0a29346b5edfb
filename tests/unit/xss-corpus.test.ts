// The XSS corpus against the sanitiser alone, plus a property-based fuzz.
// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { sanitizeHtml, sanitizeToFragment } from '@/utils/sanitize';
import { xssVectors } from '../helpers/xss-vectors';
import { NOTHING, scanForXss } from '../helpers/xss-scan';

const BASE = 'https://news.example/world/story.html';
const vectors = xssVectors();

/** Where a vector can sit in an article's HTML. */
const PLACES: Array<[string, (v: string) => string]> = [
  ['in the story', (v) => `<p>First paragraph.</p>${v}<p>Last paragraph.</p>`],
  ['inside a sentence', (v) => `<p>The council met ${v} on Monday.</p>`],
  ['in a figure caption', (v) => `<figure><img src="https://img.example/f.jpg" alt=""><figcaption>Caption ${v}</figcaption></figure>`],
  ['in a list and a table', (v) => `<ul><li>${v}</li></ul><table><tbody><tr><td>${v}</td></tr></tbody></table>`],
];

function rendered(html: string): HTMLElement {
  const div = document.createElement('div');
  div.append(sanitizeToFragment(html, BASE));
  return div;
}

/** Vectors in batches: one sanitiser run per batch keeps the suite fast; a failing batch is narrowed to its vectors. */
const BATCH = 34;
const batches = Array.from({ length: Math.ceil(vectors.length / BATCH) }, (_, i) => vectors.slice(i * BATCH, (i + 1) * BATCH));

describe('the XSS corpus through the sanitiser', () => {
  it('has at least 400 vectors, each with its own id', () => {
    expect(vectors.length).toBeGreaterThanOrEqual(400);
    expect(new Set(vectors.map((v) => v.id)).size).toBe(vectors.length);
  });

  it('the scan sees the payloads when nothing sanitises them (it can fail)', () => {
    const raw = document.createElement('template');
    raw.innerHTML = vectors.map((v) => v.html).join(''); // a template's content is inert
    const found = scanForXss(raw.content);
    expect(found.handlers.length).toBeGreaterThan(150);
    expect(found.scriptUrls.length).toBeGreaterThan(100);
    expect(found.forbidden.length).toBeGreaterThan(50);
    expect(found.namedClobbers.length).toBeGreaterThan(20);
  });

  it.each(PLACES)('leaves nothing live %s', (_, place) => {
    const live = (html: string) => JSON.stringify(scanForXss(rendered(html))) !== JSON.stringify(NOTHING);
    const failures = batches
      .filter((batch) => live(batch.map((v) => place(v.html)).join('')))
      .flatMap((batch) => batch.filter((v) => live(place(v.html))).map((v) => ({ id: v.id, html: v.html, found: scanForXss(rendered(place(v.html))) })));
    expect(failures).toEqual([]);
  }, 120_000);

  it('is idempotent on every vector', () => {
    const changed = (html: string) => {
      const once = sanitizeHtml(html, BASE);
      return sanitizeHtml(once, BASE) !== once;
    };
    const failures = batches.filter((batch) => changed(batch.map((v) => `<p>${v.html}</p>`).join('')))
      .flatMap((batch) => batch.filter((v) => changed(`<p>${v.html}</p>`)).map((v) => v.id));
    expect(failures).toEqual([]);
  }, 120_000);
});

/** HTML made of corpus pieces, tags, attributes and raw text in any order. */
const htmlSoup = fc
  .array(
    fc.oneof(
      fc.constantFrom(...vectors.map((v) => v.html)),
      fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<a href="', '">', '<svg>', '</svg>', '<math>', '<table>', '<td>', '<noscript>', '<style>', '"', "'", '<!--', '-->', '<![CDATA[', ']]>', '<img src=x ', 'onerror=', 'javascript:', '&#x6A;', '</title>', '<textarea>', '<template>'),
      fc.string({ maxLength: 12 }),
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

/** More runs on demand (`LEDE_FUZZ_RUNS=20000 npx vitest run tests/unit/xss-corpus.test.ts`); each run draws a new seed. */
const RUNS = Number(process.env.LEDE_FUZZ_RUNS) || 100;
const FUZZ_TIMEOUT = 120_000 + RUNS * 1_000;

describe('the sanitiser under fuzzing', () => {
  it('sanitising twice equals sanitising once', () => {
    fc.assert(fc.property(htmlSoup, (html) => {
      const once = sanitizeHtml(html, BASE);
      expect(sanitizeHtml(once, BASE)).toBe(once);
    }), { numRuns: RUNS });
  }, FUZZ_TIMEOUT);

  it('lets no handler, script URL or forbidden element through', () => {
    fc.assert(fc.property(htmlSoup, (html) => {
      expect(scanForXss(rendered(html))).toEqual(NOTHING);
    }), { numRuns: RUNS });
  }, FUZZ_TIMEOUT);
});
