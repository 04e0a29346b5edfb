/**
 * The optional host access that keeping images for offline reading needs,
 * and restoring that setting from a backup. Only the user's click on the
 * library's switch can grant the access (a permission request needs a user
 * gesture, and a file must never grant itself access to every site).
 */
import { browser } from 'wxt/browser';
import { normalizeCapBytes, offlineImagesItem, type OfflineImages } from '../settings';

/** The optional host access that fetching a saved page's images needs (as in the manifest). */
export const IMAGE_ORIGINS = { origins: ['http://*/*', 'https://*/*'] };

/** Whether Lede holds the access now; false where the browser cannot say (no permissions API). */
async function hasImageAccess(): Promise<boolean> {
  try {
    return await browser.permissions.contains(IMAGE_ORIGINS);
  } catch {
    return false;
  }
}

/**
 * Applies a backup's offline-images setting as it was: the cap always; "on"
 * only where Lede already holds the access, and "off" gives the access back
 * as the switch does. True when the backup had it on and the access is
 * missing: the user is asked to turn the switch on.
 */
export async function restoreOfflineImages(wanted: OfflineImages): Promise<boolean> {
  const granted = await hasImageAccess();
  await offlineImagesItem.setValue({ enabled: wanted.enabled && granted, capBytes: normalizeCapBytes(wanted.capBytes) });
  if (!wanted.enabled && granted) await browser.permissions.remove(IMAGE_ORIGINS).catch(() => false);
  return wanted.enabled && !granted;
}
