import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  loadSettings,
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
