import { useEmptyLibrary } from '../../helpers/library';
import MiniSearch from 'minisearch';
import { describe, expect, it, vi } from 'vitest';
import { GALLERIES, makeArticle } from '../../helpers/article';
import { library } from '@/utils/library/schema';
import { removeArticle, restoreArticle, saveArticle } from '@/utils/library/store';
import {
  COMPACT_AFTER,
  compactSearchIndex,
  forgetSearchIndex,
  searchLibrary,
  SEARCH_OPTIONS,
  tokenize,
} from '@/utils/library/search';

useEmptyLibrary();

const harbour = makeArticle({
  title: 'Harbour plan approved',
  byline: 'Jo Reporter',
  siteName: 'The Daily Example',
  textContent: 'The council approved the harbour plan on Monday.\nConstruction of the breakwater starts in spring.',
  galleries: GALLERIES,
});
const budget = makeArticle({
  title: 'Government budget delayed',
  byline: 'Ann Other',
  siteName: 'Другая газета',
  url: 'https://other.example/budget',
  textContent: 'The finance ministry postponed the budget. Café owners worry about the delay.',
});

async function ids(query: string, options?: { site?: string }): Promise<string[]> {
  return (await searchLibrary(query, options)).map((hit) => hit.id);
}

describe('searchLibrary', () => {
  it.each([
    ['a word of the body', 'breakwater'],
    ['a caption word', 'ambassador'],
    ['a photo credit', 'Bektas'],
    ['a word of the title', 'harbour'],
    ['the byline', 'Reporter'],
    ['a prefix', 'breakw'],
    ['a typo', 'brekwater'],
    ['two words, both required', 'council spring'],
    ['two words, the last one a prefix', 'council spr'],
  ])('finds an article by %s', async (_, query) => {
    const a = await saveArticle(harbour, 'https://news.example/harbour');
    await saveArticle(budget, 'https://other.example/budget');
    expect(await ids(query)).toEqual([a.id]);
  });

  it('folds accents and case, both ways', async () => {
    const b = await saveArticle(budget, 'https://other.example/budget');
    expect(await ids('CAFE')).toEqual([b.id]);
    expect(await ids('другая')).toEqual([b.id]);
  });

  it('returns the matched terms for highlighting', async () => {
    await saveArticle(harbour, 'https://news.example/harbour');
    const [hit] = await searchLibrary('brekwater');
    expect(hit.terms).toEqual(['breakwater']);
  });

  it('takes only the last word as a prefix', async () => {
    await saveArticle(harbour, 'https://news.example/harbour');
    expect(await ids('counc spring')).toEqual([]);
  });

  it('allows no typo in a word under five letters (it would match half the language)', async () => {
    await saveArticle(harbour, 'https://news.example/harbour');
    expect(await ids('pkan')).toEqual([]);
    expect(await ids('plan')).toHaveLength(1);
  });

  it('finds nothing for an empty query or a word in no article', async () => {
    await saveArticle(harbour, 'https://news.example/harbour');
    expect(await ids('  ')).toEqual([]);
    expect(await ids('zeppelin')).toEqual([]);
  });

  it('keeps only one site when asked', async () => {
    const a = await saveArticle(harbour, 'https://news.example/harbour');
    await saveArticle(budget, 'https://other.example/budget');
    expect(await ids('the', { site: 'The Daily Example' })).toEqual([a.id]);
  });

  it('stops finding an article after delete, finds it again after Undo', async () => {
    const a = await saveArticle(harbour, 'https://news.example/harbour');
    expect(await ids('breakwater')).toEqual([a.id]);
    const removed = await removeArticle(a.id);
    expect(await ids('breakwater')).toEqual([]);
    await restoreArticle(removed!);
    expect(await ids('breakwater')).toEqual([a.id]);
  });

  it('finds the new text after an update, and not the old', async () => {
    const a = await saveArticle(harbour, 'https://news.example/harbour');
    expect(await ids('breakwater')).toEqual([a.id]);
    await saveArticle({ ...harbour, textContent: 'The pier will be rebuilt.', galleries: [] }, a.key);
    expect(await ids('breakwater')).toEqual([]);
    expect(await ids('pier')).toEqual([a.id]);
  });
});

describe('Chinese and Japanese text', () => {
  const nhk = makeArticle({
    title: '子どもへの体罰を禁止する法律ができる',
    textContent: '親などが子どもに体罰をすることを禁止する法律が国会で決まりました。',
  });
  const xinhua = makeArticle({
    title: '北京举行国际马拉松比赛',
    url: 'https://zh.example/marathon',
    textContent: '来自三十多个国家的选手参加了比赛。',
  });

  it.each([
    ['mixed with Latin words, punctuation split first', 'NHK「やさしい日本語」2019', ['NHK', 'やさ', 'さし', 'しい', 'い日', '日本', '本語', '2019']],
    ['one character alone', '本 book', ['本', 'book']],
    ['a run between Latin letters', 'Tokyo東京Osaka', ['Tokyo', '東京', 'Osaka']],
    ['Korean, which is written with spaces, kept in words', '서울 시장', ['서울', '시장']],
  ])('tokenize: %s', (_, text, expected) => {
    expect(tokenize(text)).toEqual(expected);
  });

  it.each([
    ['a word inside a Japanese title', '体罰', 'nhk'],
    ['a longer phrase inside a sentence of the body', '国会で決まりました', 'nhk'],
    ['one character, as a prefix', '罰', 'nhk'],
    ['a Chinese word inside the title', '马拉松', 'xinhua'],
    ['a Chinese word of the body', '国家', 'xinhua'],
  ])('finds %s', async (_, query, which) => {
    const a = await saveArticle(nhk, 'https://www3.nhk.example/easy/1');
    const b = await saveArticle(xinhua, 'https://zh.example/marathon');
    expect(await ids(query)).toEqual([which === 'nhk' ? a.id : b.id]);
  });

  it('does not find a phrase whose characters are there but not in that order', async () => {
    await saveArticle(nhk, 'https://www3.nhk.example/easy/1');
    expect(await ids('罰体')).toEqual([]);
  });
});

describe('the persisted index', () => {
  it('picks up saves made elsewhere (another page, the popup) since it was loaded', async () => {
    await saveArticle(harbour, 'https://news.example/harbour');
    expect(await ids('finance')).toEqual([]);
    const b = await saveArticle(budget, 'https://other.example/budget');
    expect(await ids('finance')).toEqual([b.id]);
  });

  it('is compacted into a snapshot that a fresh page loads instead of rebuilding', async () => {
    const a = await saveArticle(harbour, 'https://news.example/harbour');
    await saveArticle(budget, 'https://other.example/budget');
    await compactSearchIndex();
    const db = library();
    expect(await db.searchJournal.count()).toBe(0);
    const snapshot = await db.searchIndex.get('snapshot');
    expect(snapshot?.upTo).toBe(2);
    expect((await db.searchIndex.get('meta'))?.upTo).toBe(2);

    // A fresh page: the snapshot alone answers (the articles table is not read).
    forgetSearchIndex();
    await db.articles.clear();
    expect(await ids('breakwater')).toEqual([a.id]);
  });

  it('a page whose index is older than a snapshot written elsewhere reloads it', async () => {
    await saveArticle(harbour, 'https://news.example/harbour');
    expect(await ids('finance')).toEqual([]); // this page has loaded the index
    const b = await saveArticle(budget, 'https://other.example/budget');
    // Another page compacts: its snapshot holds both, the journal is emptied.
    const db = library();
    const other = new MiniSearch(SEARCH_OPTIONS);
    for (const entry of await db.searchJournal.toArray()) other.add(entry.doc!);
    await db.searchIndex.bulkPut([
      { name: 'snapshot', upTo: 2, data: JSON.stringify(other) },
      { name: 'meta', upTo: 2 },
    ]);
    await db.searchJournal.clear();
    expect(await ids('finance')).toEqual([b.id]);
  });

  it(`compacts by itself once ${COMPACT_AFTER} changes pile up`, async () => {
    for (let i = 0; i < COMPACT_AFTER; i++) {
      await saveArticle(makeArticle({ title: `Story ${i}` }), `https://news.example/${i}`);
    }
    expect(await library().searchJournal.count()).toBe(COMPACT_AFTER);
    await searchLibrary('story');
    // Compaction waits for the page to be idle.
    await vi.waitFor(async () => expect(await library().searchJournal.count()).toBe(0), { timeout: 10_000 });
    expect((await library().searchIndex.get('meta'))?.upTo).toBe(COMPACT_AFTER);
  });
});
