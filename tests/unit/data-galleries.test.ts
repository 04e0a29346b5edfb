/**
 * Galleries in script data: the JSON literals found in scripts without
 * running them, and which arrays of them are galleries.
 */
import { describe, expect, it } from 'vitest';
import { dedupe, findDataGalleries, gallerySlides, photoKey } from '@/utils/extract/data-galleries';
import { mergeCaptions, takeMatching } from '@/utils/extract/data-join';
import { closingBracket, literalsIn, scriptJsonValues, stringLiteral } from '@/utils/extract/script-json';
import { attributeCaption, lightboxSet } from '@/utils/extract/lightbox';

const slide = (n: number, extra: Record<string, unknown> = {}) => ({ url: `https://x.example/p${n}.jpg`, caption: `Caption number ${n}`, ...extra });

describe('literalsIn', () => {
  it.each([
    ['a whole JSON document', '{"a":[1,2]}', [{ a: [1, 2] }]],
    ['var X = {…};', 'var gallery = {"slides":[1]};', [{ slides: [1] }]],
    ['window.X = […]', 'window.photos = [{"a":"}"}];', [[{ a: '}' }]]],
    ['window["X"] = {…}', 'window["__INITIAL_STATE__"] = {"b":true}', [{ b: true }]],
    ['a.b.c = {…}', 'App.data.state = {"c":null};', [{ c: null }]],
    ['JSON.parse("…") with escapes', 'window.g = JSON.parse("{\\"t\\":\\"caf\\u00e9 \\\\/ 1\\"}");', [{ t: 'café / 1' }]],
    ["JSON.parse('…')", "var g = JSON.parse('[{\"x\":\"it\\'s\"}]');", [[{ x: "it's" }]]],
    ['an object literal that is not JSON is skipped', 'var cfg = { autoplay: false, speed: 400 };', []],
    ['a value built by a function is never run', 'window.x = (function(){ return {"a":1}; })();', []],
    ['a comparison is no assignment', 'if (a == {"x":1}) {}', []],
  ])('%s', (_, source, expected) => expect(literalsIn(source)).toEqual(expected));

  it('stops at the budget', () => {
    expect(literalsIn('var a = {"x":1}; var b = {"y":2}; var c = {"z":3};', 2)).toHaveLength(2);
  });
});

describe('closingBracket and stringLiteral', () => {
  it.each([
    ['{"a":"]}"}', 0, 10],
    ["{'a':'}'}", 0, 9],
    ['[[1],[2]] tail', 0, 9],
    ['{"a":1', 0, -1],
  ])('%s from %i → %i', (source, start, end) => expect(closingBracket(source, start)).toBe(end));

  it('gives up past its limit', () => expect(closingBracket('{"a":1}', 0, 3)).toBe(-1));
  it('decodes \\x and \\u escapes', () => expect(stringLiteral('"a\\x41\\u0042\\n"', 0)).toBe('aAB\n'));
  it('refuses an unterminated string', () => expect(stringLiteral('"abc', 0)).toBeNull());
});

describe('scriptJsonValues', () => {
  it('reads inline scripts and JSON data blocks, skipping JSON-LD, external and non-script types', () => {
    document.body.innerHTML = `
      <script type="application/json" id="__NEXT_DATA__">{"caption":"a", "padding": "to forty characters"}</script>
      <script>window.__PRELOADED_STATE__ = {"description":"b"}; /* padding */</script>
      <script type="application/ld+json">{"caption":"c"}</script>
      <script type="text/template">var t = {"caption":"d"};</script>
      <script src="/x.js">var s = {"caption":"e"};</script>
      <script>var noData = {"width":1}; var more = {"height":2}; /* padding padding */</script>`;
    expect(scriptJsonValues(document.querySelectorAll('script'))).toEqual([{ caption: 'a', padding: 'to forty characters' }, { description: 'b' }]);
    document.body.innerHTML = '';
  });
});

describe('gallerySlides', () => {
  it.each([
    ['three captioned photos', [slide(1), slide(2), slide(3)], 'items', 3],
    ['photo nested in an image object, credit by name', [1, 2, 3].map((n) => ({ image: { src: `https://x.example/i${n}.jpg` }, caption: { text: `Cap ${n}` }, credit: { name: 'Jo' } })), 'slides', 3],
    ['description counts under a photo key', [1, 2, 3].map((n) => ({ src: `/p/${n}.png`, description: `Desc ${n}` })), 'photos', 3],
    ['HTML captions are read as text', [1, 2, 3].map((n) => slide(n, { caption: `<p>Cap <b>${n}</b></p>` })), '', 3],
    ['the same photo twice is one slide', [slide(1), slide(1), slide(2), slide(3)], '', 3],
  ])('%s', (_, items, key, count) => expect(gallerySlides(items, key)?.length).toBe(count));

  it.each([
    ['only two photos', [slide(1), slide(2)], 'photos'],
    ['teasers: headline and page address', [1, 2, 3].map((n) => ({ headline: `Story ${n}`, url: `/news/story-${n}`, description: 'Dek', image: { url: `https://x.example/t${n}.jpg` } })), 'items'],
    ['people: name, bio and picture, no photo key', [1, 2, 3].map((n) => ({ name: `Person ${n}`, description: 'Bio', image: `https://x.example/a${n}.jpg` })), 'authors'],
    ['photos without captions', [1, 2, 3].map((n) => ({ url: `https://x.example/p${n}.jpg`, width: 800 })), 'images'],
    ['a video playlist', [1, 2, 3].map((n) => slide(n, { type: 'video', m3u8: `https://v.example/${n}.m3u8` })), 'playlist'],
    ['clips with stream files', [1, 2, 3].map((n) => slide(n, { stream: `https://v.example/${n}.mp4` })), 'items'],
    ['a story body mixing text and images', [{ type: 'text', content: 'A' }, slide(1), slide(2), slide(3)], 'content_elements'],
  ])('rejects %s', (_, items, key) => expect(gallerySlides(items, key)).toBeNull());
});

describe('findDataGalleries', () => {
  it('finds a gallery deep in state, titled by its holder, once', () => {
    const gallery = { title: 'In pictures', slides: [slide(1), slide(2), slide(3)] };
    const state = { page: { a: { gallery }, cache: { 'Gallery:1': { headline: 'In pictures', items: [slide(1), slide(2), slide(3)] } } } };
    expect(findDataGalleries([state]).map((g) => [g.title, g.captions.length, g.source])).toEqual([['In pictures', 3, 'script']]);
  });

  it('stops at its depth bound', () => {
    let deep: unknown = { photos: [slide(1), slide(2), slide(3)] };
    for (let i = 0; i < 60; i++) deep = { next: deep };
    expect(findDataGalleries([deep])).toEqual([]);
  });

  it('keeps the fuller of two copies', () => {
    const small = { title: '', captions: [slide(1), slide(2), slide(3)].map((s) => ({ text: s.caption, imageUrl: s.url })), source: 'script' as const };
    const full = { ...small, title: 'T', captions: [...small.captions, { text: 'four', imageUrl: 'https://x.example/p4.jpg' }] };
    expect(dedupe([small, full])).toEqual([full]);
  });
});

describe('photoKey', () => {
  it.each([
    ['https://cdn.example/a/photo-800x600.jpg?w=300', 'photo'],
    ['/uploads/photo.jpg', 'photo'],
    ['https://cdn.example/b/photo.webp#x', 'photo'],
    [undefined, ''],
  ])('%s → %s', (url, key) => expect(photoKey(url)).toBe(key));
});

describe('lightbox attributes', () => {
  it.each([
    ['<a href="/b.jpg" data-lightbox="set1"><img></a>', 'data-lightbox=set1'],
    ['<a href="/b.jpg" data-fancybox="g"><img></a>', 'data-fancybox=g'],
    ['<a href="/b.jpg" rel="lightbox[trip]"><img></a>', 'rel=lightbox[trip]'],
    ['<a href="/b.jpg" class="thumb glightbox"><img></a>', 'class=glightbox'],
    ['<a href="/story"><img></a>', null],
  ])('%s → %s', (html, set) => {
    document.body.innerHTML = html;
    expect(lightboxSet(document.querySelector('a')!)).toBe(set);
  });

  it.each([
    ['<div><a data-lightbox="s" data-title="Boats at dawn" data-credit="Jo"><img></a></div>', { text: 'Boats at dawn', credit: 'Jo' }],
    ['<div data-caption="<b>Bold</b> caption &amp; more"><img></div>', { text: 'Bold caption & more' }],
    ['<div><a data-fancybox="g" title="Link title"><img></a></div>', { text: 'Link title' }],
    ['<div><a href="/s" title="A tooltip"><img></a></div>', null],
    ['<div><a class="glightbox" data-glightbox="title: Pier; description: At noon"><img></a></div>', { text: 'Pier At noon' }],
  ])('%s', (html, caption) => {
    document.body.innerHTML = html;
    expect(attributeCaption(document.body.firstElementChild!)).toEqual(caption);
  });
});

describe('joining data and markup', () => {
  const gallery = (title: string, n: number) => ({ title, source: 'script' as const, captions: Array.from({ length: n }, (_, i) => ({ text: `${title} ${i}`, imageUrl: `https://x.example/${title}-${i}.jpg` })) });

  it.each([
    ['the same title', 'Floods', null, false, 'Floods'],
    ['as many photos as stated', 'Other title', 6, false, 'Six'],
    ['the only candidate, its size within the count', '', 8, true, 'Six'],
    ['not the only candidate when the count says otherwise', '', 20, true, null],
    ['nothing without a match', 'Other title', 9, false, null],
  ])('takes %s', (_, title, count, only, expected) => {
    const unplaced = only ? [gallery('Six', 6)] : [gallery('Floods', 4), gallery('Six', 6)];
    expect(takeMatching(unplaced, title, count, only)?.title ?? null).toBe(expected);
  });

  it('fills a shown slide from data, and takes the data list when it holds more photos', () => {
    const shown = [{ text: 'Rendering 1', imageUrl: 'https://x.example/a-300x200.jpg' }];
    const data = [{ text: 'The lawn', credit: 'Studio', imageUrl: '/a.jpg' }, { text: 'The pier', imageUrl: '/b.jpg' }];
    expect(mergeCaptions(shown, data, new Map([['https://x.example/a-300x200.jpg', 'Rendering 1']]))).toEqual(data);
    expect(mergeCaptions([{ text: '', imageUrl: '/b.jpg' }], data.slice(1), new Map())).toEqual([{ text: 'The pier', imageUrl: '/b.jpg' }]);
  });
});
