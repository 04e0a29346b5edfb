// The reader tab's container with WXT's fake browser: real settings module, real hand-off.
// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { App } from '@/entrypoints/reader/App';
import { stashArticle } from '@/utils/handoff';
import { loadSettings } from '@/utils/settings';
import { GALLERIES, makeArticle } from '../../helpers/article';
import { loadSanitizer } from '@/utils/sanitizer-loader';

// The sanitiser loads on first use: have it loaded before any render, so no import is left running at teardown.
beforeAll(() => loadSanitizer());

beforeEach(() => {
  fakeBrowser.reset();
  // jsdom does no layout and has no scrollIntoView; turning captions on calls it.
  Element.prototype.scrollIntoView = () => {};
});
afterEach(() => {
  cleanup();
  delete document.documentElement.dataset.theme;
});

async function openReader(id: string) {
  history.replaceState(null, '', `/reader.html?article=${id}`);
  const view = render(<App />);
  await waitFor(() => expect(view.container.querySelector('.article, .status')).not.toBeNull());
  return view;
}

const toggle = (container: Element) => container.querySelector<HTMLButtonElement>('[role=switch]')!;

describe('the reader tab', () => {
  it('shows the handed-off article and titles the tab with it', async () => {
    const id = await stashArticle(makeArticle({ title: 'Harbour <b>plan</b>' }));
    const { container } = await openReader(id);
    expect(container.querySelector('.article__title')?.textContent).toBe('Harbour <b>plan</b>');
    expect(document.title).toBe('Harbour <b>plan</b> · Lede');
  });

  it('remembers the caption toggle through the settings module, across pages', async () => {
    const id = await stashArticle(makeArticle({ galleries: GALLERIES }));
    let { container } = await openReader(id);
    expect(toggle(container).getAttribute('aria-checked')).toBe('false');
    fireEvent.click(toggle(container));
    await waitFor(() => expect(container.querySelectorAll('.caption')).toHaveLength(5));
    await waitFor(async () => expect((await loadSettings()).showCaptions).toBe(true));
    cleanup();

    ({ container } = await openReader(id));
    expect(toggle(container).getAttribute('aria-checked')).toBe('true');
    expect(container.querySelectorAll('.gallery')).toHaveLength(2);
  });

  it('toggles the captions with the c key', async () => {
    const id = await stashArticle(makeArticle({ galleries: GALLERIES }));
    const { container } = await openReader(id);
    fireEvent.keyDown(document.activeElement ?? document.body, { key: 'c' });
    await waitFor(() => expect(toggle(container).getAttribute('aria-checked')).toBe('true'));
    fireEvent.keyDown(document.body, { key: 'c', ctrlKey: true });
    expect(toggle(container).getAttribute('aria-checked')).toBe('true');
  });

  it('paints the chosen theme on the page root', async () => {
    const id = await stashArticle(makeArticle());
    const { container } = await openReader(id);
    fireEvent.click(container.querySelector('.toolbar__settings')!);
    fireEvent.click(container.querySelector('input[name=theme][value=sepia]')!);
    await waitFor(() => expect(document.documentElement.dataset.theme).toBe('sepia'));
    await waitFor(async () => expect((await loadSettings()).theme).toBe('sepia'));
  });

  it('says the article is gone when the hand-off is missing', async () => {
    const { container } = await openReader('no-such-id');
    const status = container.querySelector('.status[role=alert]');
    expect(status?.textContent).toContain('This article is no longer here');
    expect(container.querySelector('.article')).toBeNull();
  });
});
