import { describe, expect, it } from 'vitest';
import { httpUrl } from '@/utils/safe-url';

describe('httpUrl', () => {
  it.each([
    ['https://img.example/a.jpg', 'https://img.example/a.jpg'],
    ['http://img.example/a b.jpg', 'http://img.example/a%20b.jpg'],
    ['javascript:alert(1)', null],
    ['JAVASCRIPT:alert(1)', null],
    ['data:image/png;base64,AAAA', null],
    ['blob:https://img.example/1', null],
    ['chrome-extension://abc/popup.html', null],
    ['/relative.jpg', null],
    ['', null],
    [undefined, null],
  ])('%s → %s', (url, expected) => {
    expect(httpUrl(url)).toBe(expected);
  });
});
