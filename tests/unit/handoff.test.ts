import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { idFromUrl, readerUrl, stashArticle, takeArticle } from '@/utils/handoff';
import { GALLERIES, makeArticle } from '../helpers/article';

beforeEach(() => fakeBrowser.reset());

describe('the popup-to-reader hand-off', () => {
  it('gives the reader the exact article the popup stored, in session storage', async () => {
    const article = makeArticle({ galleries: GALLERIES });
    const id = await stashArticle(article);
    expect(await takeArticle(id)).toEqual(article);
    expect(Object.keys(await fakeBrowser.storage.session.get(null))).toEqual([`handoff:${id}`]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('keeps the article after it is read, so a reload shows it again', async () => {
    const id = await stashArticle(makeArticle());
    await takeArticle(id);
    expect(await takeArticle(id)).not.toBeNull();
  });

  it('gives a new unguessable id for every hand-off', async () => {
    const a = await stashArticle(makeArticle());
    const b = await stashArticle(makeArticle());
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers null for an id it does not hold (the browser restarted)', async () => {
    expect(await takeArticle('gone')).toBeNull();
  });

  it('round-trips the id through the reader URL', async () => {
    const id = await stashArticle(makeArticle());
    const url = readerUrl(id);
    expect(url).toMatch(/\/reader\.html\?article=/);
    expect(idFromUrl(url)).toBe(id);
    expect(idFromUrl('chrome-extension://x/reader.html')).toBeNull();
  });

  describe('where storage.session is missing', () => {
    beforeEach(() => {
      const storage = fakeBrowser.storage as { session?: unknown };
      const session = storage.session;
      delete storage.session;
      return () => {
        storage.session = session;
      };
    });

    it('falls back to storage.local and prunes hand-offs older than a day', async () => {
      const day = 24 * 60 * 60 * 1000;
      const old = await stashArticle(makeArticle({ title: 'Old' }), 1_000);
      const recent = await stashArticle(makeArticle({ title: 'Recent' }), 1_000 + day / 2);
      const fresh = await stashArticle(makeArticle({ title: 'Fresh' }), 1_000 + day + 1);
      expect(await takeArticle(old)).toBeNull();
      expect((await takeArticle(recent))?.title).toBe('Recent');
      expect((await takeArticle(fresh))?.title).toBe('Fresh');
    });
  });
});
