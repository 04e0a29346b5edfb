import { describe, expect, it } from 'vitest';
import { documentKey, fallbackKey, pageKey } from '@/utils/library/key';

describe('pageKey', () => {
  it.each([
    ['no canonical: the page URL without its fragment', 'https://a.example/story?id=1#comments', null, 'https://a.example/story?id=1'],
    ['an absolute canonical', 'https://a.example/story?utm_source=x', 'https://a.example/story', 'https://a.example/story'],
    ['a relative canonical, resolved', 'https://a.example/news/story?x=1', '/news/story', 'https://a.example/news/story'],
    ['a canonical on another host (syndication, AMP)', 'https://amp.a.example/s', 'https://www.a.example/s', 'https://www.a.example/s'],
    ['a canonical with a fragment', 'https://a.example/s', 'https://a.example/s#top', 'https://a.example/s'],
    ['a non-http canonical is ignored', 'https://a.example/s#x', 'javascript:alert(1)', 'https://a.example/s'],
    ['an empty canonical is ignored', 'https://a.example/s', '  ', 'https://a.example/s'],
    ['a canonical to the front page from a story is ignored', 'https://a.example/2024/story', 'https://a.example/', 'https://a.example/2024/story'],
    ['the front page itself keeps its canonical', 'https://a.example/?ref=x', 'https://a.example/', 'https://a.example/'],
  ])('%s', (_, url, canonical, expected) => {
    expect(pageKey(url, canonical)).toBe(expected);
  });
});

describe('fallbackKey', () => {
  it.each([
    ['https://a.example/s#x', 'https://a.example/s'],
    ['file:///home/me/page.html#x', 'file:///home/me/page.html'],
  ])('%s → %s', (url, expected) => {
    expect(fallbackKey(url)).toBe(expected);
  });
});

describe('documentKey', () => {
  it('reads the first canonical link, resolved against the base URL', () => {
    document.head.innerHTML = '<base href="https://a.example/news/"><link rel="Canonical" href="story-1">';
    expect(documentKey(document)).toBe('https://a.example/news/story-1');
    document.head.innerHTML = '';
  });
});
