/**
 * A full disk, as Chromium reports it (seen in real Chromium with its
 * profile on a full 64 MB tmpfs): a write fails with "UnknownError:
 * Internal error: backing store error updating index keys." or an aborted
 * transaction, later operations find the connection closed, and
 * navigator.storage.estimate() puts the quota 8 kB above the usage. Each
 * must read "no room left", not "could not be read or written" or "closed".
 */
import { useEmptyLibrary } from '../../helpers/library';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBObjectStore as FakeObjectStore, forceCloseDatabase } from 'fake-indexeddb';
import { makeArticle } from '../../helpers/article';
import { makeSaved } from '../../helpers/saved';
import { ESTIMATE_WAIT_MS, StoreError, storeFailure } from '@/utils/library/errors';
import { library } from '@/utils/library/schema';
import { countArticles, saveArticle } from '@/utils/library/store';
import { createBackup } from '@/utils/export/backup/create';
import { importBackup } from '@/utils/export/run';
import { DEFAULT_OFFLINE_IMAGES, DEFAULT_SETTINGS } from '@/utils/settings';

useEmptyLibrary();

const FULL = { usage: 172_937, quota: 181_129 };
const ROOMY = { usage: 172_937, quota: 77_366_617_923 };
const originalPut = FakeObjectStore.prototype.put;

/** navigator.storage.estimate() answers `estimate` (or fails when it is an Error). */
function diskSays(estimate: { usage: number; quota: number } | Error): void {
  Object.defineProperty(navigator, 'storage', {
    configurable: true,
    value: { estimate: () => (estimate instanceof Error ? Promise.reject(estimate) : Promise.resolve(estimate)) },
  });
}

/** From the next write to `storeName` on, the transaction aborts with `name`, as Chromium's does on a full disk. */
function failWritesTo(storeName: string, name = 'UnknownError'): void {
  FakeObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof originalPut>) {
    const request = originalPut.apply(this, args);
    if (this.name === storeName) (this.transaction as unknown as { _abort(name: string): void })._abort(name);
    return request;
  };
}

beforeEach(() => diskSays(ROOMY));
afterEach(() => {
  FakeObjectStore.prototype.put = originalPut;
  Reflect.deleteProperty(navigator, 'storage');
});

const named = (name: string, message = '') => Object.assign(new Error(message), { name });

describe('storeFailure', () => {
  it.each([
    ['an UnknownError on a full disk: quota', named('UnknownError', 'Internal error: backing store error updating index keys.'), FULL, 'quota'],
    ['an UnknownError with room left: unknown', named('UnknownError', 'Internal error.'), ROOMY, 'unknown'],
    ['a closed connection on a full disk: quota', named('DatabaseClosedError'), FULL, 'quota'],
    ['a closed connection with room left: closed', named('DatabaseClosedError'), ROOMY, 'closed'],
    ['a QuotaExceededError: quota', named('QuotaExceededError'), ROOMY, 'quota'],
    ['an UnknownError, no estimate: unknown', named('UnknownError'), new Error('no storage manager'), 'unknown'],
  ] as const)('%s', async (_name, error, estimate, kind) => {
    diskSays(estimate);
    const failure = await storeFailure(error);
    expect(failure).toBeInstanceOf(StoreError);
    expect(failure.kind).toBe(kind);
  });

  it('does not wait on a storage estimate that never answers', async () => {
    vi.useFakeTimers();
    try {
      Object.defineProperty(navigator, 'storage', { configurable: true, value: { estimate: () => new Promise(() => {}) } });
      const failure = storeFailure(named('UnknownError'));
      await vi.advanceTimersByTimeAsync(ESTIMATE_WAIT_MS);
      expect((await failure).kind).toBe('unknown');
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('on a full disk', () => {
  it('a save says there is no room left', async () => {
    diskSays(FULL);
    failWritesTo('articles');
    const error = (await saveArticle(makeArticle(), 'https://news.example/a').catch((e: unknown) => e)) as StoreError;
    expect(error.kind).toBe('quota');
    expect(error.message).toMatch(/^There is no room left to save articles: the disk or the browser’s storage for Lede is full\./);
    expect(await countArticles()).toBe(0);
  });

  it('once there is room again, works without a reload: the failed connection is replaced', async () => {
    await saveArticle(makeArticle({ title: 'First' }), 'https://news.example/a');
    // What Chromium does on the full disk: it closes the connection, and opening it again fails.
    const factory = indexedDB as IDBFactory & { open: IDBFactory['open'] };
    const open = factory.open;
    factory.open = () => {
      throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
    };
    try {
      forceCloseDatabase(library().backendDB() as unknown as Parameters<typeof forceCloseDatabase>[0]);
      await expect(saveArticle(makeArticle({ title: 'Second' }), 'https://news.example/b')).rejects.toBeInstanceOf(StoreError);
    } finally {
      factory.open = open;
    }
    await saveArticle(makeArticle({ title: 'Second' }), 'https://news.example/b');
    expect(await countArticles()).toBe(2);
  });

  it('an import whose articles fit but whose images do not keeps the articles and says what failed', async () => {
    const article = makeSaved({ contentHtml: '<p>Story</p><img src="https://img.example/a.png">' });
    const json = createBackup({
      articles: [article],
      settings: DEFAULT_SETTINGS,
      offlineImages: DEFAULT_OFFLINE_IMAGES,
      images: new Map([['https://img.example/a.png', { type: 'image/png', bytes: new Uint8Array([137, 80, 78, 71]) }]]),
    });
    failWritesTo('images');
    diskSays(FULL);
    const result = await importBackup(json);
    expect(result).toMatchObject({ added: 1, imagesNeedAccess: false });
    expect(result.laterFailure).toMatch(/^There is no room left to save articles/);
    expect(await library().articles.get(article.id)).toEqual(article);
    expect(await library().images.count()).toBe(0);
  });

  it('an import that does not fit changes nothing and says so once', async () => {
    const json = createBackup({ articles: [makeSaved()], settings: DEFAULT_SETTINGS, offlineImages: DEFAULT_OFFLINE_IMAGES });
    failWritesTo('articles');
    diskSays(FULL);
    const error = (await importBackup(json).catch((e: unknown) => e)) as Error;
    expect(error.message).toMatch(/^There is no room left to save articles.*Nothing already saved was changed\.$/);
    expect(error.message.match(/changed/g)).toHaveLength(1);
    expect(await countArticles()).toBe(0);
  });
});
