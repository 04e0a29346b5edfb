import { browser } from 'wxt/browser';
import { normalizeSettings, SETTINGS_KEY, type Settings } from './settings-values';

/**
 * The remembered settings, read with the browser's own storage API rather
 * than wxt's storage item (utils/settings.ts `loadSettings`, which gives the
 * same value): the popup's entry starts this read first thing, so it comes
 * back beside the read of the tab instead of after the UI's chunk (which
 * carries wxt's storage) has loaded. The item has no migrations; were one
 * added, this read must apply it too (tests/unit/settings-read.test.ts).
 */
export async function readSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return normalizeSettings(stored[SETTINGS_KEY] as Partial<Record<keyof Settings, unknown>> | undefined);
}
