import { describe, expect, it } from 'vitest';
import { isFromOwnPage, isKeepImagesMessage } from '@/utils/library/keep-images';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe("the background's keep-images message", () => {
  it.each([
    [{ type: 'lede:keep-images', id: '0f8e2c1a-5b9d-4e7a-8c3f-2d1b0a9e8f7c' }, true],
    [{ type: 'lede:keep-images', id: 'x'.repeat(65) }, false],
    [{ type: 'lede:keep-images', id: 42 }, false],
    [{ type: 'other', id: 'a' }, false],
    [null, false],
    ['lede:keep-images', false],
  ])('%j is a keep-images message: %s', (message, expected) => {
    expect(isKeepImagesMessage(message)).toBe(expected);
  });

  it.each([
    [{ id: ID, url: `${ORIGIN}popup.html` }, true],
    [{ id: ID, url: `${ORIGIN}library.html?q=x` }, true],
    // The injected script runs as this extension but at the page's address.
    [{ id: ID, url: 'https://news.example/story' }, false],
    [{ id: 'another-extension', url: `${ORIGIN}popup.html` }, false],
    [{ id: ID }, false],
    [{ id: ID, url: `${ORIGIN}library.html`, frameId: 0 }, true],
    // A Lede page inside a frame: never one of ours (frame-ancestors 'none').
    [{ id: ID, url: `${ORIGIN}library.html`, frameId: 3 }, false],
  ])('a message from %j is from one of our pages: %s', (sender, expected) => {
    expect(isFromOwnPage(sender, ID, ORIGIN)).toBe(expected);
  });
});
