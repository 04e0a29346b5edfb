import { describe, expect, it } from 'vitest';
import { isRestrictedError, isRestrictedUrl } from '@/utils/restricted';

describe('isRestrictedUrl', () => {
  it.each([
    ['chrome://version', true],
    ['chrome-extension://abc/popup.html', true],
    ['about:blank', true],
    ['about:reader?url=https://example.com', true],
    ['view-source:https://example.com/', true],
    ['edge://settings', true],
    ['https://chromewebstore.google.com/detail/xyz', true],
    ['https://chrome.google.com/webstore/category/extensions', true],
    ['https://addons.mozilla.org/en-US/firefox/', true],
    ['', true],
    [undefined, true],
    ['not a url', true],
    ['https://www.aol.com/article/news/2016/12/19/x/', false],
    ['http://127.0.0.1:8080/page.html', false],
    ['https://chrome.google.com/search', false],
    ['file:///home/me/saved.html', false],
  ])('%s → %s', (url, restricted) => {
    expect(isRestrictedUrl(url)).toBe(restricted);
  });
});

describe('isRestrictedError', () => {
  it.each([
    ['Cannot access a chrome:// URL', true],
    ['Cannot access contents of the page. Extension manifest must request permission to access the respective host.', true],
    ['The extensions gallery cannot be scripted.', true],
    ['Frame with ID 0 is showing error page', true],
    ['Missing host permission for the tab', true],
    ['Could not load file: extract.js', false],
    ['No tab with id: 4', false],
  ])('%s → %s', (message, restricted) => {
    expect(isRestrictedError(message)).toBe(restricted);
  });
});
