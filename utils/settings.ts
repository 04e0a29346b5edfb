import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, normalizeSettings, SETTINGS_KEY, TEXT_SIZES, type Settings } from './settings-values';

export * from './settings-values';

/**
 * The one storage item. `local:` rather than `sync:`: Lede sends nothing off
 * the machine, and a browser account's sync would. Bump `version` and add a
 * migration when a field changes meaning.
 */
export const settingsItem = storage.defineItem<Settings>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The remembered settings, with defaults for anything missing. */
export async function loadSettings(): Promise<Settings> {
  return normalizeSettings(await settingsItem.getValue());
}

/** Applies `patch` to the remembered settings and returns the result. */
export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = normalizeSettings({ ...(await loadSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}

/** Calls `listener` whenever another page (the popup, a reader tab) changes the settings. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(normalizeSettings(value)));
}

/** The next text size up (+1) or down (-1), staying within TEXT_SIZES. */
export function stepTextSize(current: number, direction: 1 | -1): number {
  const sizes = TEXT_SIZES as readonly number[];
  const index = sizes.indexOf(current);
  const from = index === -1 ? sizes.indexOf(DEFAULT_SETTINGS.textSize) : index;
  return sizes[Math.min(sizes.length - 1, Math.max(0, from + direction))];
}

/** Keeping images for offline reading: off until the user turns it on (it needs host access). */
export interface OfflineImages {
  /** Whether a save also stores the article's images. */
  enabled: boolean;
  /** Most bytes of images kept per article; images past it are skipped. */
  capBytes: number;
}

const MB = 1024 * 1024;

/** The per-article caps the library offers, in bytes: 1 to 100 MB (a choice of sizes: no typing, nothing to reject). */
export const IMAGE_CAPS: readonly number[] = [1, 2, 5, 10, 20, 50, 100].map((mb) => mb * MB);

/** The default: off, 20 MB an article. */
export const DEFAULT_OFFLINE_IMAGES: OfflineImages = { enabled: false, capBytes: 20 * MB };

/**
 * A per-article cap as one of IMAGE_CAPS' sizes: the nearest
 * one, so a value written by an older or a hand-edited profile still maps
 * onto the menu; the default for anything that is not a positive number.
 */
export function normalizeCapBytes(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return DEFAULT_OFFLINE_IMAGES.capBytes;
  return IMAGE_CAPS.reduce((best, cap) => (Math.abs(cap - value) < Math.abs(best - value) ? cap : best));
}

/**
 * Its own item, not a field of Settings: it is a storage choice, not a
 * reading setting, and turning it on needs host access that only the
 * user's click grants (a backup restores it: utils/library/image-access.ts).
 */
export const offlineImagesItem = storage.defineItem<OfflineImages>('local:offlineImages', {
  fallback: DEFAULT_OFFLINE_IMAGES,
  version: 1,
});

/** The offline-images setting, with defaults for anything missing or invalid. */
export async function loadOfflineImages(): Promise<OfflineImages> {
  const v: Partial<OfflineImages> = (await offlineImagesItem.getValue()) ?? {};
  return {
    enabled: v.enabled === true,
    capBytes: normalizeCapBytes(v.capBytes),
  };
}
