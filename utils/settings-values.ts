/**
 * The reading settings' types, defaults and validation, without the storage
 * module: the popup's entry reads the settings with these before its UI (and
 * wxt's storage with it) has loaded (utils/settings-read.ts). utils/settings.ts
 * re-exports all of it.
 */

/** Colour schemes; 'auto' follows the system's prefers-color-scheme. */
export const THEMES = ['auto', 'light', 'dark', 'sepia'] as const;
export type Theme = (typeof THEMES)[number];

/** Typefaces for the body, as Firefox Reader View offers them. */
export const FONTS = ['serif', 'sans'] as const;
export type Font = (typeof FONTS)[number];

/** Line lengths, in characters of the body font. */
export const WIDTHS = { narrow: 55, medium: 65, wide: 80 } as const;
export type Width = keyof typeof WIDTHS;

/** Body text sizes in CSS pixels, smallest first. */
export const TEXT_SIZES = [14, 15, 16, 17, 18, 20, 22, 24, 27] as const;

/** Every remembered reading setting. Stored as one object: the pages read and write it together. */
export interface Settings {
  /** Colour scheme of the popup and the reader tab. */
  theme: Theme;
  /** Body typeface. */
  font: Font;
  /** Body text size in CSS pixels; one of TEXT_SIZES. */
  textSize: number;
  /** Longest line of the body (the measure). */
  width: Width;
  /** Whether the gallery captions are shown with the story; off until the user asks. */
  showCaptions: boolean;
}

/** What a new install starts with. */
export const DEFAULT_SETTINGS: Settings = {
  theme: 'auto',
  font: 'serif',
  textSize: 17,
  width: 'medium',
  showCaptions: false,
};

/** The storage key the settings live under, in `storage.local`. */
export const SETTINGS_KEY = 'settings';

/**
 * Keeps only known fields with valid values: storage may hold a value written
 * by another version, or edited by hand.
 */
export function normalizeSettings(value: Partial<Record<keyof Settings, unknown>> | null | undefined): Settings {
  const v = value ?? {};
  const pick = <T,>(ok: boolean, given: unknown, fallback: T): T => (ok ? (given as T) : fallback);
  return {
    theme: pick(THEMES.includes(v.theme as Theme), v.theme, DEFAULT_SETTINGS.theme),
    font: pick(FONTS.includes(v.font as Font), v.font, DEFAULT_SETTINGS.font),
    textSize: pick(
      (TEXT_SIZES as readonly number[]).includes(v.textSize as number),
      v.textSize,
      DEFAULT_SETTINGS.textSize,
    ),
    width: pick(typeof v.width === 'string' && Object.hasOwn(WIDTHS, v.width), v.width, DEFAULT_SETTINGS.width),
    showCaptions: pick(typeof v.showCaptions === 'boolean', v.showCaptions, DEFAULT_SETTINGS.showCaptions),
  };
}
