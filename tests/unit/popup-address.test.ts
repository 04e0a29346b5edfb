import { describe, expect, it } from 'vitest';
import { tabIdFromUrl } from '@/utils/handoff';
import { popupForTab, tabInPopupAddress } from '@/utils/popup-address';

describe('the popup address that names its tab', () => {
  it('names the tab the background opened the popup for', () => {
    expect(popupForTab(42)).toBe('popup.html?tab=42');
    expect(tabInPopupAddress(new URL(`chrome-extension://x/${popupForTab(42)}`).search)).toBe(42);
  });

  it.each<[string, number | undefined]>([
    ['', undefined],
    ['?tab=', undefined],
    ['?tab=-1', undefined],
    ['?tab=1.5', undefined],
    ['?tab=12abc', undefined],
    ['?tab=1e3', undefined],
    ['?other=3', undefined],
    ['?tab=0', 0],
    ['?tab=1234567', 1234567],
  ])('reads %j as %j', (search, expected) => {
    expect(tabInPopupAddress(search)).toBe(expected);
  });

  it('reads the reader tab\'s ?tab= by the same rule', () => {
    expect(tabIdFromUrl('chrome-extension://x/reader.html?tab=7')).toBe(7);
    expect(tabIdFromUrl('chrome-extension://x/reader.html?tab=7x')).toBeNull();
    expect(tabIdFromUrl('chrome-extension://x/reader.html?article=abc')).toBeNull();
  });
});
