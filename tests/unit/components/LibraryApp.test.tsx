// The library page's container on the real store (fake-indexeddb) and WXT's fake browser (settings).
// @vitest-environment jsdom
import { useEmptyLibrary } from '../../helpers/library';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, configure, fireEvent, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/library/App';
import { FIRST_PAGE } from '@/entrypoints/library/use-library';
import { getArticle, saveArticle, searchLibrary } from '@/utils/library';
import { GALLERIES, makeArticle } from '../../helpers/article';
import { loadSanitizer } from '@/utils/sanitizer-loader';

// The sanitiser loads on first use: have it loaded before any render, so no import is left running at teardown.
beforeAll(() => loadSanitizer());

useEmptyLibrary();
// The real store on a shared, loaded machine: give each wait more than the default second.
configure({ asyncUtilTimeout: 5_000 });
beforeEach(() => {
  fakeBrowser.reset();
  history.replaceState(null, '', '/library.html');
});
afterEach(async () => {
  cleanup();
  // The page warms the search index once its list is read, and a search may
  // then fold the journal into a snapshot on a timer: let both finish before
  // the library is emptied, or they would carry the old index into the next test.
  await searchLibrary('');
  await new Promise((done) => setTimeout(done, 0));
  await searchLibrary('');
});

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 29);

async function saveThree() {
  const harbour = await saveArticle(makeArticle({ galleries: GALLERIES }), 'https://news.example/harbour', NOW - 2 * DAY);
  const bridge = await saveArticle(
    makeArticle({
      title: 'Bridge reopens', siteName: 'Other Times', url: 'https://other.example/bridge', excerpt: 'Traffic is back.',
      contentHtml: '<p>The bridge reopened to traffic.</p>', textContent: 'The bridge reopened to traffic.',
    }),
    'https://other.example/bridge', NOW - DAY,
  );
  const market = await saveArticle(
    makeArticle({ title: 'Market moves', url: 'https://news.example/market', excerpt: 'Stalls return.', textContent: 'Stalls return to the square.' }),
    'https://news.example/market', NOW,
  );
  return { harbour, bridge, market };
}

async function openLibrary() {
  const view = render(<App />);
  await waitFor(() => expect(view.container.querySelector('.library-row, .status')).not.toBeNull());
  return view;
}

const titles = (container: Element) => [...container.querySelectorAll('.item__title')].map((a) => a.textContent);
const summaryText = (container: Element) => container.querySelector('.library-bar__summary')!.textContent;

async function search(container: Element, query: string) {
  fireEvent.input(container.querySelector('#library-search')!, { target: { value: query } });
  await waitFor(() => expect(summaryText(container)).toContain(`for “${query.trim()}”`));
}

describe('the library page', () => {
  it('says what to do when nothing is saved', async () => {
    const { container } = await openLibrary();
    expect(container.querySelector('.status h1')!.textContent).toBe('Nothing saved yet');
    expect(container.textContent).toContain("Click Save in Lede's popup, or right-click a page → Save page to Lede.");
  });

  it('lists saved articles newest first and counts them', async () => {
    await saveThree();
    const { container } = await openLibrary();
    expect(titles(container)).toEqual(['Market moves', 'Bridge reopens', 'Harbour plan approved']);
    expect(summaryText(container)).toBe('3 articles');
    expect(document.title).toBe('Library · Lede');
  });

  it('paints the newest screenful first, then reads the rest: a long library ends up whole', async () => {
    for (let i = 0; i < FIRST_PAGE + 10; i++) {
      await saveArticle(makeArticle({ title: `Story ${i}`, url: `https://news.example/${i}` }), `https://news.example/${i}`, NOW - i * DAY);
    }
    const { container } = await openLibrary();
    expect(titles(container)[0]).toBe('Story 0');
    await waitFor(() => expect(summaryText(container)).toBe(`${FIRST_PAGE + 10} articles`));
    fireEvent.keyDown(container.querySelector('#library-search')!, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement!.textContent).toBe('Story 0'));
    await waitFor(() => {
      fireEvent.keyDown(document.activeElement!, { key: 'End' });
      expect(document.activeElement!.textContent).toBe(`Story ${FIRST_PAGE + 9}`);
    });
  });

  it('finds an article by a body word, a caption word and with a typo, marking the match', async () => {
    await saveThree();
    const { container } = await openLibrary();
    await search(container, 'harbour');
    expect(titles(container)).toEqual(['Harbour plan approved']);
    expect(container.querySelector('.item__title mark')!.textContent).toBe('Harbour');
    await search(container, 'embassy'); // only in a caption
    expect(titles(container)).toEqual(['Harbour plan approved']);
    expect(container.querySelector('.item__found mark')!.textContent).toBe('embassy');
    await search(container, 'trafic'); // a typo
    expect(titles(container)).toEqual(['Bridge reopens']);
  });

  it('says so when nothing matches, and clears the search on request', async () => {
    await saveThree();
    const { container, getByText } = await openLibrary();
    await search(container, 'zzzqqq');
    expect(container.querySelector('.status h1')!.textContent).toBe('No saved article matches “zzzqqq”');
    fireEvent.click(getByText('Clear the search'));
    await waitFor(() => expect(titles(container)).toHaveLength(3));
  });

  it('filters by site', async () => {
    await saveThree();
    const { container } = await openLibrary();
    fireEvent.change(container.querySelector('select')!, { target: { value: 'Other Times' } });
    await waitFor(() => expect(titles(container)).toEqual(['Bridge reopens']));
    expect(summaryText(container)).toBe('1 article from Other Times');
  });

  it('marks an article read and unread in the store', async () => {
    const { market } = await saveThree();
    const { container } = await openLibrary();
    const button = () => container.querySelector<HTMLButtonElement>('.item__read')!;
    fireEvent.click(button());
    await waitFor(async () => expect((await getArticle(market.id))!.read).toBe(true));
    expect(button().textContent).toBe('Mark unread');
    fireEvent.click(button());
    await waitFor(async () => expect((await getArticle(market.id))!.read).toBe(false));
  });

  it('deletes an article, stops finding it, and brings it back with Undo', async () => {
    const { harbour } = await saveThree();
    const { container, getByText } = await openLibrary();
    await search(container, 'harbour');
    fireEvent.click(container.querySelector('.item__delete')!);
    await waitFor(() => expect(container.querySelector('.toast__message')?.textContent).toBe('Deleted “Harbour plan approved”.'));
    expect(await getArticle(harbour.id)).toBeUndefined();
    await search(container, 'harbour ');
    expect(titles(container)).toEqual([]);
    fireEvent.click(getByText('Undo'));
    await waitFor(() => expect(titles(container)).toEqual(['Harbour plan approved']));
    expect((await getArticle(harbour.id))!.textContent).toBe(harbour.textContent);
    expect(container.querySelector('.toast__message')!.textContent).toBe('Restored “Harbour plan approved”.');
  });

  it('works with the keyboard: / searches, arrows move, Delete removes the selected one', async () => {
    const { bridge } = await saveThree();
    const { container } = await openLibrary();
    fireEvent.keyDown(document.body, { key: '/' });
    expect(document.activeElement).toBe(container.querySelector('#library-search'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement!.textContent).toBe('Market moves'));
    fireEvent.keyDown(document.activeElement!, { key: 'ArrowDown' });
    await waitFor(() => expect(document.activeElement!.textContent).toBe('Bridge reopens'));
    expect(container.querySelector('.library-row--selected .item__title')!.textContent).toBe('Bridge reopens');
    fireEvent.keyDown(document.activeElement!, { key: 'Delete' });
    await waitFor(() => expect(titles(container)).toEqual(['Market moves', 'Harbour plan approved']));
    expect(await getArticle(bridge.id)).toBeUndefined();
    await waitFor(() => expect(document.activeElement!.textContent).toBe('Harbour plan approved'));
    fireEvent.keyDown(document.activeElement!, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(titles(container)).toEqual(['Market moves', 'Bridge reopens', 'Harbour plan approved']));
  });

  it('keeps the search in the address, and opens with it', async () => {
    await saveThree();
    history.replaceState(null, '', '/library.html?q=bridge');
    const { container } = await openLibrary();
    await waitFor(() => expect(titles(container)).toEqual(['Bridge reopens']));
    await search(container, 'market');
    expect(new URL(location.href).searchParams.get('q')).toBe('market');
  });
});
