// @vitest-environment node
// Node's Blob survives structuredClone (as a browser's does); happy-dom's does not, so IndexedDB would store a plain object.
import { useEmptyLibrary } from '../../helpers/library';
import { describe, expect, it } from 'vitest';
import { makeArticle } from '../../helpers/article';
import { saveArticle, removeArticle } from '@/utils/library/store';
import {
  allImages,
  clearImages,
  imageBytesByArticle,
  imagesOf,
  imagesOfArticles,
  imageUrlsOf,
  importImages,
  keepImages,
  pruneOrphanImages,
  type ImageFetch,
} from '@/utils/library/images';

useEmptyLibrary();

const KB = 1024;

/** A fake network: url → [status, content type, size in bytes]; anything else fails like a dropped connection. */
function network(table: Record<string, [number, string, number]>): ImageFetch {
  return async (url) => {
    const entry = table[url];
    if (!entry) throw new TypeError('Failed to fetch');
    const [status, type, size] = entry;
    return new Response(new Uint8Array(size).fill(7), { status, headers: { 'content-type': type } });
  };
}

const NET = network({
  'https://img.example/a.jpg': [200, 'image/jpeg', 10 * KB],
  'https://img.example/b.png': [200, 'image/png; charset=binary', 30 * KB],
  'https://img.example/c.webp': [200, 'image/webp', 15 * KB],
  'https://img.example/missing.jpg': [404, 'text/html', 1 * KB],
  'https://img.example/page.html': [200, 'text/html', 1 * KB],
});

async function savedId(): Promise<string> {
  return (await saveArticle(makeArticle(), 'https://news.example/harbour', 1000)).id;
}

describe('imageUrlsOf', () => {
  it.each([
    ['body images, entities decoded, relative resolved', '<p><img alt="x" src="/img/a.jpg?w=1&amp;h=2"></p>', ['https://news.example/img/a.jpg?w=1&h=2']],
    ['no duplicates', '<img src="https://img.example/a.jpg"><img src="https://img.example/a.jpg">', ['https://img.example/a.jpg']],
    ['no data: or javascript: sources', '<img src="data:image/png;base64,AAAA"><img src="javascript:alert(1)">', []],
    ['no img, no images', '<p>src="https://img.example/a.jpg"</p>', []],
  ])('%s', (_, contentHtml, expected) => {
    const article = makeArticle({ contentHtml, url: 'https://news.example/story', leadImageUrl: null, galleries: [] });
    expect(imageUrlsOf(article)).toEqual(expected);
  });

  it('adds the lead image and the gallery thumbnails', () => {
    const article = makeArticle({
      contentHtml: '<p>text</p>',
      leadImageUrl: 'https://img.example/lead.jpg',
      galleries: [{ title: 'G', photoCount: 1, captions: [{ text: 'c', imageUrl: 'https://img.example/t.jpg' }] }],
    });
    expect(imageUrlsOf(article)).toEqual(['https://img.example/lead.jpg', 'https://img.example/t.jpg']);
  });
});

describe('keepImages', () => {
  it('stores images within the cap and counts the ones skipped', async () => {
    const id = await savedId();
    const urls = [
      'https://img.example/a.jpg', // 10 KB: stored
      'https://img.example/b.png', // 30 KB: past the 32 KB cap with a.jpg, skipped
      'https://img.example/c.webp', // 15 KB: fits (25 KB)
      'https://img.example/missing.jpg', // 404
      'https://img.example/page.html', // not an image
      'https://img.example/offline.jpg', // network error
    ];
    const outcome = await keepImages(id, urls, 32 * KB, NET);
    expect(outcome).toEqual({ stored: 2, skipped: 4, bytes: 25 * KB });
    const stored = await imagesOf(id);
    expect([...stored.keys()]).toEqual(['https://img.example/a.jpg', 'https://img.example/c.webp']);
    expect(stored.get('https://img.example/c.webp')?.type).toBe('image/webp');
    expect(stored.get('https://img.example/a.jpg')?.size).toBe(10 * KB);
    expect(await imageBytesByArticle()).toEqual(new Map([[id, 25 * KB]]));
  });

  it('on a re-save, drops images no longer used and keeps copies it cannot fetch again', async () => {
    const id = await savedId();
    await keepImages(id, ['https://img.example/a.jpg', 'https://img.example/c.webp'], 1e9, NET);
    const offline: ImageFetch = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await keepImages(id, ['https://img.example/a.jpg', 'https://img.example/b.png'], 1e9, offline)).toEqual({
      stored: 1,
      skipped: 1,
      bytes: 10 * KB,
    });
    expect([...(await imagesOf(id)).keys()]).toEqual(['https://img.example/a.jpg']);
  });

  it('counts kept copies against the cap', async () => {
    const id = await savedId();
    await keepImages(id, ['https://img.example/b.png'], 1e9, NET);
    expect(await keepImages(id, ['https://img.example/b.png', 'https://img.example/c.webp'], 40 * KB, NET)).toEqual({
      stored: 1,
      skipped: 1,
      bytes: 30 * KB,
    });
  });

  it('stores nothing for an article deleted while its images downloaded', async () => {
    const id = await savedId();
    await removeArticle(id);
    await keepImages(id, ['https://img.example/a.jpg'], 1e9, NET);
    expect((await imagesOf(id)).size).toBe(0);
  });
});

describe('housekeeping and backups', () => {
  it('prunes the images of deleted articles and clears all', async () => {
    const id = await savedId();
    await keepImages(id, ['https://img.example/a.jpg'], 1e9, NET);
    expect(await pruneOrphanImages()).toBe(0);
    await removeArticle(id);
    expect(await pruneOrphanImages()).toBe(1);
    const other = await savedId();
    await keepImages(other, ['https://img.example/a.jpg'], 1e9, NET);
    await clearImages();
    expect((await imagesOf(other)).size).toBe(0);
  });

  it('round-trips through the exports’ image map', async () => {
    const article = makeArticle({ contentHtml: '<img src="https://img.example/a.jpg">', leadImageUrl: null, galleries: [] });
    const id = (await saveArticle(article, 'https://news.example/harbour', 1000)).id;
    await keepImages(id, ['https://img.example/a.jpg'], 1e9, NET);
    const map = await allImages();
    expect(map.get('https://img.example/a.jpg')).toMatchObject({ type: 'image/jpeg' });
    expect(map.get('https://img.example/a.jpg')?.bytes.length).toBe(10 * KB);
    await clearImages();
    const unused = { type: 'image/png', bytes: new Uint8Array(3) };
    expect(await importImages(new Map([...map, ['https://img.example/unused.png', unused]]))).toBe(1);
    expect((await imagesOf(id)).get('https://img.example/a.jpg')?.size).toBe(10 * KB);
  });

  it('gives an export the images of exactly its articles, one copy per address', async () => {
    const save = (key: string, contentHtml: string) =>
      saveArticle(makeArticle({ contentHtml, leadImageUrl: null, galleries: [] }), key, 1000).then((r) => r.id);
    const first = await save('https://news.example/1', '<img src="https://img.example/a.jpg"><img src="https://img.example/b.png">');
    const second = await save('https://news.example/2', '<img src="https://img.example/a.jpg">');
    const other = await save('https://news.example/3', '<img src="https://img.example/c.webp">');
    await keepImages(first, ['https://img.example/a.jpg', 'https://img.example/b.png'], 1e9, NET);
    await keepImages(second, ['https://img.example/a.jpg'], 1e9, NET);
    await keepImages(other, ['https://img.example/c.webp'], 1e9, NET);

    const map = await imagesOfArticles([second, first, second]);
    expect([...map.keys()].sort()).toEqual(['https://img.example/a.jpg', 'https://img.example/b.png']);
    expect(map.get('https://img.example/b.png')).toMatchObject({ type: 'image/png' });
    expect(map.get('https://img.example/b.png')?.bytes.length).toBe(30 * KB);
    expect((await imagesOfArticles([other])).has('https://img.example/c.webp')).toBe(true);
    expect((await imagesOfArticles([])).size).toBe(0);
    expect((await imagesOfArticles(['no-such-id'])).size).toBe(0);
  });
});
