import { useEmptyLibrary } from '../../helpers/library';
import { afterEach, describe, expect, it } from 'vitest';
import { IDBObjectStore as FakeObjectStore, forceCloseDatabase } from 'fake-indexeddb';
import { makeArticle } from '../../helpers/article';
import { StoreError, toStoreError } from '@/utils/library/errors';
import { library } from '@/utils/library/schema';
import { countArticles, getArticle, removeArticle, saveArticle } from '@/utils/library/store';
import { searchLibrary } from '@/utils/library/search';

useEmptyLibrary();

const KEY = 'https://news.example/harbour';
const originalPut = FakeObjectStore.prototype.put;

/**
 * From the next write to `storeName` on, the transaction aborts with a
 * QuotaExceededError, as Chrome's IndexedDB does when a write does not fit:
 * the request fails and the whole transaction is rolled back.
 */
function failWritesTo(storeName: string): void {
  FakeObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<typeof originalPut>) {
    const request = originalPut.apply(this, args);
    if (this.name === storeName) {
      // fake-indexeddb's "abort a transaction" steps, with the error Chrome gives.
      (this.transaction as unknown as { _abort(name: string): void })._abort('QuotaExceededError');
    }
    return request;
  };
}

afterEach(() => {
  FakeObjectStore.prototype.put = originalPut;
});

describe('a write that runs out of room', () => {
  it.each(['articles', 'summaries'])(
    'rejects with a quota StoreError and changes nothing stored (fails at %s)',
    async (storeName) => {
      const before = await saveArticle(makeArticle({ title: 'Saved before' }), KEY, 1000);
      failWritesTo(storeName);
      const failed = saveArticle(makeArticle({ title: 'Would overwrite' }), KEY, 2000);
      await expect(failed).rejects.toBeInstanceOf(StoreError);
      await expect(failed).rejects.toMatchObject({ kind: 'quota' });
      await expect(saveArticle(makeArticle(), `${KEY}/new`)).rejects.toMatchObject({ kind: 'quota' });
      FakeObjectStore.prototype.put = originalPut;

      expect(await getArticle(before.id)).toEqual(before);
      expect(await countArticles()).toBe(1);
      expect(await library().searchJournal.count()).toBe(1);
      expect((await searchLibrary('overwrite')).length).toBe(0);
    },
  );

  it('says what happened and what to do', async () => {
    failWritesTo('articles');
    const error = (await saveArticle(makeArticle(), KEY).catch((e: unknown) => e)) as StoreError;
    expect(error.message).toMatch(/no room left/i);
    expect(error.message).toMatch(/Nothing already saved was changed/);
  });
});

describe('a database closed under a write', () => {
  it('rejects with a closed StoreError, keeps what was stored, and works again on the next call', async () => {
    const before = await saveArticle(makeArticle(), KEY, 1000);
    const db = library();
    const pending = removeArticle(before.id);
    // The package types its argument as the class; it takes the connection.
    forceCloseDatabase(db.backendDB() as unknown as Parameters<typeof forceCloseDatabase>[0]);
    await expect(pending).rejects.toMatchObject({ kind: 'closed' });
    expect(await getArticle(before.id)).toEqual(before);
    expect(await removeArticle(before.id)).toEqual(before);
    expect(await countArticles()).toBe(0);
  });
});

describe('toStoreError', () => {
  it.each([
    [{ name: 'AbortError', inner: { name: 'QuotaExceededError' } }, 'quota'],
    [{ name: 'QuotaExceededError' }, 'quota'],
    [{ name: 'DatabaseClosedError' }, 'closed'],
    [{ name: 'AbortError', inner: { name: 'InvalidStateError' } }, 'closed'],
    [new Error('disk on fire'), 'unknown'],
  ])('%o is %s', (error, kind) => {
    expect(toStoreError(error).kind).toBe(kind);
  });
});
