import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, settingsItem, updateSettings } from '@/utils/settings';
import { readSettings } from '@/utils/settings-read';

beforeEach(() => fakeBrowser.reset());

// The popup's entry reads the settings without wxt's storage item: it must see what the item sees.
describe('readSettings', () => {
  it.each<[string, () => Promise<unknown>]>([
    ['nothing stored', async () => {}],
    ['a change made through the item', () => updateSettings({ theme: 'sepia', textSize: 20, showCaptions: true })],
    ['a value written by hand, partly invalid', () => fakeBrowser.storage.local.set({ settings: { theme: 'neon', font: 'sans', width: 'wide' } })],
    ['something that is not an object', () => fakeBrowser.storage.local.set({ settings: 'dark' })],
    ['the item set whole', () => settingsItem.setValue({ ...DEFAULT_SETTINGS, width: 'narrow' })],
  ])('gives what loadSettings gives: %s', async (_, store) => {
    await store();
    expect(await readSettings()).toEqual(await loadSettings());
  });
});
