import { WIDTHS, type Settings, type Theme } from './settings';

/** A theme as painted: 'auto' resolved against the system's scheme. */
export type PaintedTheme = Exclude<Theme, 'auto'>;

/** The theme to paint for `theme` when the system prefers dark (or not). */
export function resolveTheme(theme: Theme, prefersDark: boolean): PaintedTheme {
  if (theme !== 'auto') return theme;
  return prefersDark ? 'dark' : 'light';
}

/** True when the system asks for a dark scheme. */
export function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
}

/**
 * Puts the settings on the page's root element: `data-theme` and `data-font`
 * select the CSS blocks, two custom properties carry the size and measure.
 * The root rather than a wrapper so the page background (the popup's edges,
 * overscroll) is themed too.
 */
export function applyAppearance(root: HTMLElement, settings: Settings, prefersDark: boolean): void {
  root.dataset.theme = resolveTheme(settings.theme, prefersDark);
  root.dataset.font = settings.font;
  root.style.setProperty('--text-size', `${settings.textSize}px`);
  root.style.setProperty('--measure', `${WIDTHS[settings.width]}ch`);
}
