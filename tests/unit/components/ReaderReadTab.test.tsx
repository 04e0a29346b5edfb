// The reader tab reading a page's tab itself ("Read with Lede"), with WXT's fake browser.
// The page's side (scripting.executeScript) is the one part stubbed: the real one is in tests/e2e/read-menu.test.ts.
// @vitest-environment jsdom
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { App } from '@/entrypoints/reader/App';
import { idFromUrl, takeArticle } from '@/utils/handoff';
import type { ExtractResult } from '@/utils/extract-result';
import { makeArticle } from '../../helpers/article';
import { loadSanitizer } from '@/utils/sanitizer-loader';

// The sanitiser loads on first use: have it loaded before any render, so no import is left running at teardown.
beforeAll(() => loadSanitizer());

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});
afterEach(() => cleanup());

/** The page answers each extraction with the next of `results`; returns the spy. */
function pageAnswers(...results: ExtractResult[]) {
  return vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async (details: { files?: string[] }) => {
    if (!details.files) return [{ frameId: 0, result: undefined }];
    return [{ frameId: 0, result: results.shift() }];
  }) as never);
}

async function openReaderOnTab(tabId: number) {
  history.replaceState(null, '', `/reader.html?tab=${tabId}`);
  const view = render(<App />);
  await waitFor(() => expect(view.container.querySelector('.article, .status[role=alert]')).not.toBeNull());
  return view;
}

describe('the reader tab opened on a page ("Read with Lede")', () => {
  it('reads the page and becomes an ordinary hand-off, so a reload shows the same article', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example.com/story' });
    const article = makeArticle({ title: 'Harbour plan approved' });
    pageAnswers({ ok: true, article });
    const { container } = await openReaderOnTab(tab.id!);
    expect(container.querySelector('.article__title')?.textContent).toBe('Harbour plan approved');
    const id = idFromUrl(location.href);
    expect(id).not.toBeNull();
    expect(await takeArticle(id!)).toEqual(article);
  });

  it('says there is no article, and tries anyway with looser rules when asked', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://news.example.com/login' });
    const spy = pageAnswers({ ok: false, reason: 'no-article' }, { ok: true, article: makeArticle({ title: 'Sign in' }) });
    const { container } = await openReaderOnTab(tab.id!);
    expect(container.textContent).toContain('No article found');
    fireEvent.click(container.querySelector('.status button')!);
    await waitFor(() => expect(container.querySelector('.article__title')?.textContent).toBe('Sign in'));
    expect(spy.mock.calls.some(([details]) => (details as { args?: unknown[] }).args?.[0])).toBe(true);
  });

  it.each([
    ['a browser page', 'chrome://settings', "Lede can't read this page"],
    ['a page whose tab is gone', null, 'The page was closed.'],
  ])('explains %s', async (_name, url, message) => {
    const tabId = url ? (await fakeBrowser.tabs.create({ url })).id! : 999;
    pageAnswers();
    const { container } = await openReaderOnTab(tabId);
    expect(container.textContent).toContain(message);
  });
});
