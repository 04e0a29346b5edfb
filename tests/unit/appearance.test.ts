import { describe, expect, it } from 'vitest';
import { applyAppearance, resolveTheme } from '@/utils/appearance';
import { DEFAULT_SETTINGS, type Theme } from '@/utils/settings';

describe('appearance', () => {
  it.each([
    ['auto', false, 'light'],
    ['auto', true, 'dark'],
    ['light', true, 'light'],
    ['dark', false, 'dark'],
    ['sepia', true, 'sepia'],
  ] as Array<[Theme, boolean, string]>)('paints theme %s (system dark: %s) as %s', (theme, dark, painted) => {
    expect(resolveTheme(theme, dark)).toBe(painted);
  });

  it.each([
    ['light', false],
    ['dark', false],
    ['sepia', true],
  ] as Array<[Theme, boolean]>)('puts theme %s, font, size and measure on the root', (theme, dark) => {
    const root = document.createElement('html');
    applyAppearance(root, { ...DEFAULT_SETTINGS, theme, font: 'sans', textSize: 20, width: 'wide' }, dark);
    expect(root.dataset.theme).toBe(theme);
    expect(root.dataset.font).toBe('sans');
    expect(root.style.getPropertyValue('--text-size')).toBe('20px');
    expect(root.style.getPropertyValue('--measure')).toBe('80ch');
  });

  it('follows the system when the theme is auto', () => {
    const root = document.createElement('html');
    applyAppearance(root, DEFAULT_SETTINGS, true);
    expect(root.dataset.theme).toBe('dark');
    applyAppearance(root, DEFAULT_SETTINGS, false);
    expect(root.dataset.theme).toBe('light');
  });
});
