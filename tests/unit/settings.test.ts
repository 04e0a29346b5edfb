import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_OFFLINE_IMAGES,
  DEFAULT_SETTINGS,
  loadOfflineImages,
  loadSettings,
  normalizeCapBytes,
  offlineImagesItem,
  normalizeSettings,
  settingsItem,
  stepTextSize,
  updateSettings,
  watchSettings,
} from '@/utils/settings';

beforeEach(() => fakeBrowser.reset());

describe('settings', () => {
  it('starts from the defaults: system theme, captions off', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(DEFAULT_SETTINGS.theme).toBe('auto');
    expect(DEFAULT_SETTINGS.showCaptions).toBe(false);
  });

  it('remembers a change in extension storage, keeping the other fields', async () => {
    await updateSettings({ showCaptions: true });
    await updateSettings({ theme: 'sepia' });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, showCaptions: true, theme: 'sepia' });
    const raw = await fakeBrowser.storage.local.get('settings');
    expect(raw.settings).toMatchObject({ showCaptions: true, theme: 'sepia' });
  });

  it('tells watchers when another page changes a setting', async () => {
    const listener = vi.fn();
    const unwatch = watchSettings(listener);
    await updateSettings({ showCaptions: true });
    expect(listener).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, showCaptions: true });
    unwatch();
  });

  it('repairs stored values it does not know, field by field', async () => {
    await settingsItem.setValue({ theme: 'neon', font: 'sans', textSize: 99, width: 'huge', showCaptions: 'yes' } as never);
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, font: 'sans' });
  });

  it.each([
    [null, DEFAULT_SETTINGS],
    [{}, DEFAULT_SETTINGS],
    [{ theme: 'dark', textSize: 20 }, { ...DEFAULT_SETTINGS, theme: 'dark', textSize: 20 }],
    [{ width: 'toString' }, DEFAULT_SETTINGS],
    [{ width: 'wide', extra: 1 }, { ...DEFAULT_SETTINGS, width: 'wide' }],
  ])('normalizes %j', (stored, expected) => {
    expect(normalizeSettings(stored as never)).toEqual(expected);
  });

  it.each([
    [17, 1, 18],
    [17, -1, 16],
    [14, -1, 14],
    [27, 1, 27],
    [19, 1, 18], // unknown size: step from the default
  ] as const)('steps text size %i by %i to %i', (from, direction, to) => {
    expect(stepTextSize(from, direction)).toBe(to);
  });
});

describe('the per-article image cap', () => {
  const MB = 1024 * 1024;
  it.each([
    ['the default for nothing stored', undefined, 20 * MB],
    ['a size the menu offers, as it is', 5 * MB, 5 * MB],
    ['the smallest and the largest', 1 * MB, 1 * MB],
    ['100 MB', 100 * MB, 100 * MB],
    ['an odd size, to the nearest offered', 3.2 * MB, 2 * MB],
    ['a tiny one, to the smallest', 10, 1 * MB],
    ['a huge one, to the largest', 10_000 * MB, 100 * MB],
    ['zero: the default', 0, 20 * MB],
    ['negative: the default', -5 * MB, 20 * MB],
    ['not a number: the default', Number.NaN, 20 * MB],
    ['infinite: the default', Number.POSITIVE_INFINITY, 20 * MB],
    ['text: the default', '5242880', 20 * MB],
  ])('%s', (_, value, expected) => {
    expect(normalizeCapBytes(value)).toBe(expected);
  });

  it('is read back normalised from storage, the switch kept', async () => {
    expect(await loadOfflineImages()).toEqual(DEFAULT_OFFLINE_IMAGES);
    await offlineImagesItem.setValue({ enabled: true, capBytes: 7 * MB });
    expect(await loadOfflineImages()).toEqual({ enabled: true, capBytes: 5 * MB });
  });
});
