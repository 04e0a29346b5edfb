import { describe, expect, it } from 'vitest';
import { isGalleryControl, parsePhotoCount } from '@/utils/extract/counters';
import { isCreditLine, splitCredit } from '@/utils/extract/credits';
import { isPlaceholderSrc, resolveLazyImage, resolveNoscript } from '@/utils/extract/lazy-images';
import { leadImage, normaliseDate } from '@/utils/extract/metadata';
import { NO_JSON_LD } from '@/utils/extract/json-ld';
import { bodyCoverage, shouldUseArticleBody } from '@/utils/extract/article-body';
import { dropBylineEcho, postClean } from '@/utils/extract/post-clean';
import { readJsonLd } from '@/utils/extract/json-ld';

describe('splitCredit', () => {
  it.each([
    ['An ambulance leaves the area. REUTERS/Umit Bektas', 'An ambulance leaves the area.', 'REUTERS/Umit Bektas'],
    ['Police secure the area. (Photo by Erhan Ortac/Getty Images)', 'Police secure the area.', '(Photo by Erhan Ortac/Getty Images)'],
    ['An injured woman is comforted. AFP PHOTO / ADEM ALTAN (Photo credit should read ADEM ALTAN/AFP/Getty Images)', 'An injured woman is comforted.', 'AFP PHOTO / ADEM ALTAN (Photo credit should read ADEM ALTAN/AFP/Getty Images)'],
    ['Water covers Main Street. (AP Photo/Dan Reyes)', 'Water covers Main Street.', '(AP Photo/Dan Reyes)'],
    ['The mayor speaks. AP Photo/Evan Vucci', 'The mayor speaks.', 'AP Photo/Evan Vucci'],
    ['Heaters burn in the orchard. Photo: Kai Brennan', 'Heaters burn in the orchard.', 'Photo: Kai Brennan'],
    ['Fans celebrate in the square. EPA-EFE/Jan Novak', 'Fans celebrate in the square.', 'EPA-EFE/Jan Novak'],
  ])('splits %j', (caption, text, credit) => expect(splitCredit(caption)).toEqual({ text, credit }));

  it.each([
    ['FILE PHOTO: The ambassador at a ceremony in Ankara on Monday.'],
    ['A crowd gathers outside the station on October 10, 2015.'],
    ['REUTERS/Umit Bektas'],
    ['Researchers compared 1990/2020 rainfall in the valley.'],
  ])('leaves %j whole', (caption) => expect(splitCredit(caption)).toEqual({ text: caption }));
});

describe('isCreditLine', () => {
  it.each([
    ['Photo: Coastal Archaeology Trust', true],
    ['(Photo by Jane Doe/Reuters)', true],
    ['Getty Images', true],
    ['© Valley Courier', true],
    ['Jane Hollis/Coastal Times', true],
    ['Volunteers sieve soil from the lowest trench', false],
    ['', false],
  ])('%j → %s', (text, credit) => expect(isCreditLine(text)).toBe(credit));
});

describe('parsePhotoCount', () => {
  it.each([
    ['9 PHOTOS', 9],
    ['15 Photos', 15],
    ['View 12 images', 12],
    ['Gallery: 7 pictures', 7],
    ['1 of 9', 9],
    ['3 / 12', 12],
    ['Image 2 of 5', 5],
    ['1/4', 4],
    ['9 of 1', null],
    ['He took 9 photos of the fire before the roof fell in', null],
    ['2016', null],
    ['', null],
  ])('%j → %s', (text, count) => expect(parsePhotoCount(text)).toBe(count));
});

describe('isGalleryControl', () => {
  it.each([
    ['See Gallery', true],
    ['HIDE CAPTION', true],
    ['SHOW CAPTION', true],
    ['SEE ALL', true],
    ['BACK TO SLIDE', true],
    ['Next', true],
    ['Previous photo', true],
    ['9 PHOTOS', true],
    ['1 of 9', true],
    ['+10', true],
    ['Full Screen', true],
    ['+10 points in the polls', false],
    ['U.S. STATE DEPARTMENT', false],
    ['See all the candidates before you vote', false],
    ['Next, the researchers plan to study voters', false],
  ])('%j → %s', (text, control) => expect(isGalleryControl(text)).toBe(control));
});

describe('lazy images', () => {
  it.each([
    ['', true],
    ['data:image/gif;base64,R0lGODlhAQABAAAAACw=', true],
    ['/img/placeholder-grey.png', true],
    ['/static/spacer.gif', true],
    ['/img/orchard-heaters.jpg', false],
  ])('isPlaceholderSrc(%j) = %s', (src, placeholder) => expect(isPlaceholderSrc(src)).toBe(placeholder));

  it.each([
    ['<img src="data:image/gif;base64,AA" data-src="/a.jpg">', '/a.jpg', null],
    ['<img data-lazy-src="/b.jpg">', '/b.jpg', null],
    ['<img src="/grey.png" data-original="/c.jpg" data-srcset="/c-1.jpg 1x, /c-2.jpg 2x">', '/c.jpg', '/c-1.jpg 1x, /c-2.jpg 2x'],
    ['<img src="/real.jpg">', '/real.jpg', null],
  ])('resolveLazyImage(%s)', (html, src, srcset) => {
    const div = document.createElement('div');
    div.innerHTML = html;
    const img = div.querySelector('img')!;
    resolveLazyImage(img);
    expect(img.getAttribute('src')).toBe(src);
    expect(img.getAttribute('srcset')).toBe(srcset);
  });

  it('swaps a placeholder for the image in the <noscript> after it', () => {
    const div = document.createElement('div');
    div.innerHTML = '<img src="/grey.png"><noscript><img src="/frost.jpg" alt="Frost"></noscript>';
    expect(resolveNoscript(div.querySelector('noscript')!)?.getAttribute('src')).toBe('/frost.jpg');
    expect(div.innerHTML).toBe('<img src="/frost.jpg" alt="Frost">');
  });

  it('leaves a real image and its <noscript> twin alone', () => {
    const div = document.createElement('div');
    div.innerHTML = '<img src="/real.jpg"><noscript><img src="/real.jpg"></noscript>';
    expect(resolveNoscript(div.querySelector('noscript')!)).toBeNull();
  });
});

describe('normaliseDate', () => {
  it.each([
    ['2016-12-19T14:52:00-05:00', '2016-12-19T14:52:00-05:00'],
    ['2024-04-03', '2024-04-03'],
    ['2024-04-03 08:15:00Z', '2024-04-03T08:15:00Z'],
    ['December 19, 2016 19:52 UTC', '2016-12-19T19:52:00.000Z'],
    ['last Tuesday', 'last Tuesday'],
    ['', null],
    [null, null],
  ])('%j → %j', (value, iso) => expect(normaliseDate(value)).toBe(iso));
});

describe('leadImage', () => {
  const page = 'https://news.example/story/';
  it.each([
    ['og:image by property', '<meta property="og:image" content="/og.jpg">', null, 'https://news.example/og.jpg'],
    ['case as the page writes it', '<meta property="OG:Image" content="/og.jpg">', null, 'https://news.example/og.jpg'],
    ['og:image by name', '<meta name="og:image" content="https://cdn.example/a.jpg">', null, 'https://cdn.example/a.jpg'],
    ['the first of them in document order', '<meta name="twitter:image" content="/tw.jpg"><meta property="og:image" content="/og.jpg">', null, 'https://news.example/tw.jpg'],
    ['other meta tags ignored', '<meta property="og:title" content="T"><meta name="description" content="/d.jpg">', null, 'https://news.example/first.jpg'],
    ['the JSON-LD image when no meta tag', '', 'https://cdn.example/ld.jpg', 'https://cdn.example/ld.jpg'],
    ['a meta tag in the body', '', null, 'https://news.example/body.jpg'],
  ])('%s', (name, head, jsonLdImage, expected) => {
    const doc = document.implementation.createHTMLDocument('t');
    doc.head.innerHTML = head;
    const story = '<p>Story.</p><img src="/first.jpg"><img src="/second.jpg">';
    doc.body.innerHTML = name === 'a meta tag in the body' ? `<meta property="og:image" content="/body.jpg">${story}` : story;
    expect(leadImage(doc, { ...NO_JSON_LD, image: jsonLdImage }, doc.body, page)).toBe(expected);
  });
});

describe('JSON-LD articleBody check', () => {
  const body = Array.from({ length: 12 }, (_, i) => `Sentence number ${i} of the declared body is long enough to be looked for in the text.`).join('\n\n');

  it.each([
    [body, 1],
    [body.split('\n\n').slice(0, 6).join(' '), 0.5],
    ['Nothing of it.', 0],
  ])('coverage of a text with part of the body', (text, coverage) => expect(bodyCoverage(body, text)).toBeCloseTo(coverage));

  it.each([
    [null, 'anything', false],
    [body, body, false],
    [body, 'reader0 wrote: a comment about something else entirely', true],
    ['Too short to trust.', 'other text', false],
  ])('shouldUseArticleBody #%#', (declared, text, use) => expect(shouldUseArticleBody(declared, text)).toBe(use));
});

describe('dropBylineEcho', () => {
  it.each([
    ['<p>Reuters · December 19, 2016</p><p>Story.</p>', 'Reuters', 'Reuters · December 19, 2016'],
    ['<div><p>By Priya Nair | Feb. 20, 2024 at 9:30 am</p><p>Story.</p></div>', 'Priya Nair', 'By Priya Nair | Feb. 20, 2024 at 9:30 am'],
    ['<p>Priya Nair said the plan would fail.</p>', 'Priya Nair', null],
    ['<p>Story first.</p><p>By Priya Nair</p>', 'Priya Nair', null],
  ])('%s', (html, byline, removed) => {
    const div = document.createElement('div');
    div.innerHTML = html;
    expect(dropBylineEcho(div, byline)).toBe(removed);
  });
});

describe('readJsonLd', () => {
  it('reads an article and a gallery out of @graph, skipping broken blocks', () => {
    document.head.innerHTML = `
      <script type="application/ld+json">{ broken</script>
      <script type="application/ld+json">{"@graph":[
        {"@type":"NewsArticle","headline":"H","author":[{"name":"A"},{"name":"B"}],"publisher":{"name":"P"},"datePublished":"2024-01-01","image":{"url":"https://x/i.jpg"}},
        {"@type":"ImageGallery","name":"G","associatedMedia":[{"contentUrl":"https://x/1.jpg","caption":"One","creditText":"C1"},{"contentUrl":"https://x/2.jpg","caption":"Two"}]}
      ]}</script>`;
    expect(readJsonLd(document)).toEqual({
      headline: 'H',
      author: 'A, B',
      datePublished: '2024-01-01',
      publisher: 'P',
      articleBody: null,
      image: 'https://x/i.jpg',
      galleries: [{ title: 'G', captions: [{ text: 'One', credit: 'C1', imageUrl: 'https://x/1.jpg' }, { text: 'Two', imageUrl: 'https://x/2.jpg' }], source: 'json-ld' }],
    });
    document.head.innerHTML = '';
  });
});

describe('postClean', () => {
  it.each([
    ['<p>Story.</p><p><strong>RELATED:</strong> <a href="/x">Other story</a></p>', '<p>Story.</p>', 1],
    ['<p>Story.</p><div><span>SEE ALL</span></div>', '<p>Story.</p>', 1],
    ['<p>Story.</p><p>Advertisement</p>', '<p>Story.</p>', 1],
    ['<p>Story.</p><p>A caption printed twice.</p>', '<p>Story.</p>', 1],
    ['<p>Story about <a href="/g">related: things</a> and more words, long enough to be story.</p>', null, 0],
    ['<pre><code><span>&gt;</span> next</code></pre>', null, 0],
    ['<figure><img src="/a.jpg"><figcaption>Workers leave the mill.</figcaption></figure>', null, 0],
  ])('%s', (html, out, removed) => {
    const div = document.createElement('div');
    div.innerHTML = html;
    expect(postClean(div, new Set(['A caption printed twice.']))).toBe(removed);
    expect(div.innerHTML).toBe(out ?? html);
  });
});
