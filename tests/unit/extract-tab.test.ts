import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { extractFromTab, extractFromTabId } from '@/utils/extract-tab';
import type { ExtractResult } from '@/utils/extract-result';
import { makeArticle } from '../helpers/article';

const article = makeArticle({ title: 'A story', url: 'https://news.example/a' });
const tab = { id: 7, url: 'https://news.example/a' };

/** Makes the second executeScript call (the extraction file) resolve or reject as given. */
function injection(outcome: ExtractResult | Error | unknown) {
  return vi.spyOn(browser.scripting, 'executeScript').mockImplementation((async (details: { files?: string[] }) => {
    if (!details.files) return [{ frameId: 0, result: undefined }];
    if (outcome instanceof Error) throw outcome;
    return [{ frameId: 0, result: outcome }];
  }) as never);
}

describe('extractFromTab', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('does not inject into a restricted page', async () => {
    const spy = injection({ ok: true, article });
    expect(await extractFromTab({ id: 1, url: 'chrome://settings' })).toEqual({ state: 'restricted', url: 'chrome://settings' });
    expect(spy).not.toHaveBeenCalled();
  });

  it('passes the lenient option to the page, then injects the extraction file', async () => {
    const spy = injection({ ok: true, article, key: 'https://news.example/canonical' });
    expect(await extractFromTab(tab, { lenient: true })).toEqual({
      state: 'article',
      article,
      key: 'https://news.example/canonical',
    });
    expect(spy).toHaveBeenCalledTimes(2);
    expect(spy.mock.calls[0][0]).toMatchObject({ target: { tabId: 7 }, args: [{ lenient: true }] });
    expect(spy.mock.calls[1][0]).toMatchObject({ target: { tabId: 7 }, files: ['/extract.js'] });
  });

  it('says how to allow file access for a file:// page the browser refuses', async () => {
    injection(new Error('Cannot access contents of url "file:///home/me/a.html". Extension manifest must request permission to access this host.'));
    const file = { id: 7, url: 'file:///home/me/a.html' };
    expect(await extractFromTab(file)).toEqual({ state: 'file-access', url: file.url });
  });

  // Chromium's words, as its real refusals read (tests/e2e/file-access.test.ts meets them): without the user's
  // grant, activeTab reveals no address for a file:// page, and the refusal is that of a missing host permission.
  it.each<[string, boolean, Error, object]>([
    // The same words for a file:// page, about:blank and a page source: "maybe a file".
    ['a file:// page, file access off', false, new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.'), { maybeFile: true }],
    ['a chrome:// page, file access off', false, new Error('Cannot access a chrome:// URL'), {}],
    ['the web store, file access off', false, new Error('The extensions gallery cannot be scripted.'), {}],
  ])('with the address hidden: %s', async (_, allowed, refusal, extra) => {
    vi.spyOn(browser.extension, 'isAllowedFileSchemeAccess').mockImplementation((() => Promise.resolve(allowed)) as never);
    const spy = injection(refusal);
    expect(await extractFromTab({ id: 7 })).toEqual({ state: 'restricted', url: '', ...extra });
    expect(spy).toHaveBeenCalledTimes(1);
  });

  it('with the address hidden and file access on, does not try at all', async () => {
    vi.spyOn(browser.extension, 'isAllowedFileSchemeAccess').mockImplementation((() => Promise.resolve(true)) as never);
    const spy = injection({ ok: true, article });
    expect(await extractFromTab({ id: 7 })).toEqual({ state: 'restricted', url: '' });
    expect(spy).not.toHaveBeenCalled();
  });

  it('keys a page the script gave no key for by its URL without the fragment', async () => {
    injection({ ok: true, article });
    expect(await extractFromTab({ id: 7, url: 'https://news.example/a#part-2' })).toMatchObject({
      key: 'https://news.example/a',
    });
  });

  it.each<[string, unknown, unknown]>([
    ['no article', { ok: false, reason: 'no-article' }, { state: 'no-article', url: tab.url }],
    ['a PDF or other non-HTML document', { ok: false, reason: 'not-html', contentType: 'application/pdf' }, { state: 'not-html', contentType: 'application/pdf' }],
    ['a frameset', { ok: false, reason: 'frameset' }, { state: 'frameset', url: tab.url }],
    ['a page that navigated away mid-read', new Error('Frame with ID 0 was removed.'), { state: 'navigated', url: tab.url }],
    ['an engine error', { ok: false, reason: 'error', message: 'boom' }, { state: 'error', message: 'boom' }],
    ['a page too large to read, in the UI language', { ok: false, reason: 'error', message: 'this page is too large', elements: 1234567 }, {
      state: 'error',
      message: "this page is too large to read (1,234,567 elements). Try a shorter page, such as the article's print or AMP version.",
    }],
    ['a page the browser forbids', new Error('Cannot access contents of the page.'), { state: 'restricted', url: tab.url }],
    ['the web store', new Error('The extensions gallery cannot be scripted.'), { state: 'restricted', url: tab.url }],
    ['an unexpected failure', new Error('Out of memory'), { state: 'error', message: 'Out of memory' }],
    ['nothing (the document was replaced mid-read)', null, { state: 'navigated', url: tab.url }],
    ['a result of the wrong shape', { ok: true, article: { ...article, title: 42 } }, {
      state: 'error',
      message: 'the page sent back something unexpected (article.title: expected a string). Reload it and try again.',
    }],
    ['a story too long to show', { ok: true, article: { ...article, contentHtml: 'x'.repeat(5_000_001) } }, {
      state: 'error',
      message: 'this article is too long to show (over 5 million characters).',
    }],
  ])('maps %s to its popup state', async (_, outcome, expected) => {
    injection(outcome);
    expect(await extractFromTab(tab)).toEqual(expected);
  });
});

// The popup opened by the background knows the tab's id from its own address: the injection goes out before the
// tab's address is in, and the address then decides exactly as it does for extractFromTab.
describe('extractFromTabId', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('sends the injection before the tab\'s address has come back', async () => {
    const spy = injection({ ok: true, article, key: 'https://news.example/canonical' });
    let answer: (value: { url?: string }) => void = () => {};
    const read = extractFromTabId(7, new Promise((resolve) => (answer = resolve)));
    await Promise.resolve();
    expect(spy).toHaveBeenCalledTimes(1);
    answer(tab);
    expect(await read).toEqual({ state: 'article', article, key: 'https://news.example/canonical' });
  });

  it.each<[string, { url?: string } | Error, ExtractResult | Error, unknown]>([
    ['a restricted page, even if the browser let the script run', { url: 'chrome://settings' }, { ok: true, article }, { state: 'restricted', url: 'chrome://settings' }],
    ['a file:// page the browser refuses', { url: 'file:///home/me/a.html' }, new Error('Cannot access contents of url "file:///home/me/a.html". Extension manifest must request permission to access this host.'), { state: 'file-access', url: 'file:///home/me/a.html' }],
    ['no article', tab, { ok: false, reason: 'no-article' }, { state: 'no-article', url: tab.url }],
    ['a page that navigated away mid-read', tab, new Error('Frame with ID 0 was removed.'), { state: 'navigated', url: tab.url }],
    ['a tab whose details could not be had', new Error('No tab with id: 7.'), new Error('No tab with id: 7.'), { state: 'navigated', url: '' }],
  ])('gives the same outcome as extractFromTab: %s', async (_, details, outcome, expected) => {
    vi.spyOn(browser.extension, 'isAllowedFileSchemeAccess').mockImplementation((() => Promise.resolve(false)) as never);
    injection(outcome);
    const tabDetails = details instanceof Error ? Promise.reject(details) : Promise.resolve(details);
    expect(await extractFromTabId(7, tabDetails)).toEqual(expected);
  });
});
