import { useEmptyLibrary } from '../../helpers/library';
import { describe, expect, it } from 'vitest';
import { GALLERIES, makeArticle } from '../../helpers/article';
import {
  countArticles,
  findByKey,
  getArticle,
  listSummaries,
  removeArticle,
  restoreArticle,
  saveArticle,
  setRead,
} from '@/utils/library/store';
import { library } from '@/utils/library/schema';

useEmptyLibrary();

const KEY = 'https://news.example/harbour';

describe('saveArticle', () => {
  it('stores the article exactly, with id, key, dates and read state', async () => {
    const article = makeArticle({ galleries: GALLERIES });
    const saved = await saveArticle(article, KEY, 1000);
    expect(saved).toMatchObject({ ...article, key: KEY, savedAt: 1000, updatedAt: 1000, read: false });
    expect(saved.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(await getArticle(saved.id)).toEqual(saved);
  });

  it('updates the record saved under the same key, keeping id, savedAt and read', async () => {
    const first = await saveArticle(makeArticle(), KEY, 1000);
    await setRead(first.id, true);
    const second = await saveArticle(makeArticle({ title: 'Harbour plan approved, work starts' }), KEY, 2000);
    expect(second).toMatchObject({ id: first.id, savedAt: 1000, updatedAt: 2000, read: true });
    expect(await countArticles()).toBe(1);
    expect((await getArticle(first.id))?.title).toBe('Harbour plan approved, work starts');
    expect((await findByKey(KEY))?.title).toBe('Harbour plan approved, work starts');
  });

  it('never makes a duplicate when one page is saved many times at once', async () => {
    const saves = Array.from({ length: 10 }, (_, i) => saveArticle(makeArticle({ title: `Take ${i}` }), KEY, 1000 + i));
    const records = await Promise.all(saves);
    expect(new Set(records.map((r) => r.id)).size).toBe(1);
    expect(await countArticles()).toBe(1);
  });

  it('keeps ten different pages saved at once as ten records', async () => {
    await Promise.all(
      Array.from({ length: 10 }, (_, i) => saveArticle(makeArticle({ url: `${KEY}?n=${i}` }), `${KEY}?n=${i}`)),
    );
    expect(await countArticles()).toBe(10);
  });
});

describe('the list', () => {
  it('lists summaries newest first, without bodies, and pages through them', async () => {
    for (let i = 0; i < 5; i++) await saveArticle(makeArticle({ galleries: GALLERIES }), `${KEY}/${i}`, 1000 + i);
    const all = await listSummaries();
    expect(all.map((s) => s.key)).toEqual([4, 3, 2, 1, 0].map((i) => `${KEY}/${i}`));
    expect(all[0]).not.toHaveProperty('contentHtml');
    expect(all[0]).not.toHaveProperty('textContent');
    expect(all[0].captionCount).toBe(5);
    expect((await listSummaries({ offset: 1, limit: 2 })).map((s) => s.savedAt)).toEqual([1003, 1002]);
  });

  it('finds a saved page by key, and nothing for an unsaved one', async () => {
    const saved = await saveArticle(makeArticle(), KEY);
    expect((await findByKey(KEY))?.id).toBe(saved.id);
    expect(await findByKey('https://news.example/other')).toBeUndefined();
  });
});

describe('remove, restore and read state', () => {
  it('removes a record and its summary, returning it, and Undo puts it back whole', async () => {
    const saved = await saveArticle(makeArticle({ galleries: GALLERIES }), KEY);
    const removed = await removeArticle(saved.id);
    expect(removed).toEqual(saved);
    expect(await getArticle(saved.id)).toBeUndefined();
    expect(await findByKey(KEY)).toBeUndefined();
    await restoreArticle(removed!);
    expect(await getArticle(saved.id)).toEqual(saved);
    expect((await listSummaries()).map((s) => s.id)).toEqual([saved.id]);
  });

  it('removing a missing id returns undefined and changes nothing', async () => {
    await saveArticle(makeArticle(), KEY);
    expect(await removeArticle('no-such-id')).toBeUndefined();
    expect(await countArticles()).toBe(1);
  });

  it('Undo after the page was saved again keeps the newer copy, never a duplicate', async () => {
    const old = await saveArticle(makeArticle(), KEY, 1000);
    await removeArticle(old.id);
    const fresh = await saveArticle(makeArticle({ title: 'Newer' }), KEY, 2000);
    await restoreArticle(old);
    expect((await listSummaries()).map((s) => s.id)).toEqual([fresh.id]);
  });

  it('marks read and unread in the record and its summary', async () => {
    const saved = await saveArticle(makeArticle(), KEY);
    await setRead(saved.id, true);
    expect((await getArticle(saved.id))?.read).toBe(true);
    expect((await findByKey(KEY))?.read).toBe(true);
    await setRead(saved.id, false);
    expect((await findByKey(KEY))?.read).toBe(false);
  });
});

describe('one transaction per write', () => {
  it('writes the article, its summary and a search journal entry together', async () => {
    const saved = await saveArticle(makeArticle(), KEY);
    const db = library();
    expect(await db.summaries.get(saved.id)).toBeDefined();
    expect((await db.searchJournal.toArray()).map((e) => [e.op, e.id])).toEqual([['put', saved.id]]);
    await removeArticle(saved.id);
    expect((await db.searchJournal.toArray()).map((e) => e.op)).toEqual(['put', 'delete']);
  });
});
