// The reader tab on a saved article: the real store (fake-indexeddb), no network.
// @vitest-environment jsdom
import { useEmptyLibrary } from '../../helpers/library';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, configure, fireEvent, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/reader/App';
import { getArticle, saveArticle } from '@/utils/library';
import { GALLERIES, makeArticle } from '../../helpers/article';
import { loadSanitizer } from '@/utils/sanitizer-loader';

// The sanitiser loads on first use: have it loaded before any render, so no import is left running at teardown.
beforeAll(() => loadSanitizer());

useEmptyLibrary();
// The real store on a shared, loaded machine: give each wait more than the default second.
configure({ asyncUtilTimeout: 5_000 });
beforeEach(() => {
  fakeBrowser.reset();
  Element.prototype.scrollIntoView = () => {};
});
afterEach(cleanup);

async function openSaved(id: string) {
  history.replaceState(null, '', `/reader.html?saved=${id}`);
  const view = render(<App />);
  await waitFor(() => expect(view.container.querySelector('.article, .status')).not.toBeNull());
  return view;
}

describe('the reader tab on a saved article', () => {
  it('shows it from the library, captions included, with a way back to the library', async () => {
    const saved = await saveArticle(makeArticle({ galleries: GALLERIES }), 'https://news.example/harbour');
    const { container } = await openSaved(saved.id);
    expect(container.querySelector('.article__title')!.textContent).toBe('Harbour plan approved');
    // The sanitiser loads on first use (utils/sanitizer-loader.ts): the body follows the title.
    await waitFor(() => expect(container.querySelector('.article__body')!.textContent).toContain('Work starts in spring.'));
    expect(container.querySelector<HTMLAnchorElement>('a.toolbar__library')!.getAttribute('href')).toBe('library.html');
    fireEvent.click(container.querySelector('[role=switch]')!);
    await waitFor(() => expect(container.querySelectorAll('.caption')).toHaveLength(5));
  });

  it('marks the article read when it is opened', async () => {
    const saved = await saveArticle(makeArticle(), 'https://news.example/harbour');
    expect(saved.read).toBe(false);
    await openSaved(saved.id);
    await waitFor(async () => expect((await getArticle(saved.id))!.read).toBe(true));
  });

  it.each(['no-such-id', ''])('says plainly when the article %j is not in the library, linking to it', async (id) => {
    const { container } = await openSaved(id);
    const status = container.querySelector('.status[role=alert]')!;
    expect(status.querySelector('h1')!.textContent).toBe('This article is no longer in your library');
    expect(status.querySelector('a')!.getAttribute('href')).toBe('library.html');
    expect(container.querySelector('.article')).toBeNull();
  });
});
