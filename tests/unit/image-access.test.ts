/** Restoring the offline-images setting from a backup: the cap always, "on" only with the access already held. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { IMAGE_ORIGINS, restoreOfflineImages } from '@/utils/library/image-access';
import { loadOfflineImages, offlineImagesItem } from '@/utils/settings';

const MB = 1024 * 1024;

describe('restoreOfflineImages', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  // [backup's switch, access held here] → [switch after the import, access given back, the user is asked to grant]
  it.each([
    [true, true, true, false, false],
    [true, false, false, false, true],
    [false, true, false, true, false],
    [false, false, false, false, false],
  ])('backup on=%s, access held=%s: on=%s, access given back=%s, user asked=%s', async (wanted, held, on, removed, asked) => {
    await offlineImagesItem.setValue({ enabled: !wanted, capBytes: 20 * MB });
    const contains = vi.spyOn(browser.permissions, 'contains').mockResolvedValue(held as never);
    const remove = vi.spyOn(browser.permissions, 'remove').mockResolvedValue(true as never);
    expect(await restoreOfflineImages({ enabled: wanted, capBytes: 50 * MB })).toBe(asked);
    expect(await loadOfflineImages()).toEqual({ enabled: on, capBytes: 50 * MB });
    expect(contains).toHaveBeenCalledWith(IMAGE_ORIGINS);
    expect(remove).toHaveBeenCalledTimes(removed ? 1 : 0);
  });

  it('treats a browser that cannot answer as access not held', async () => {
    vi.spyOn(browser.permissions, 'contains').mockRejectedValue(new Error('no permissions API'));
    expect(await restoreOfflineImages({ enabled: true, capBytes: 5 * MB })).toBe(true);
    expect(await loadOfflineImages()).toEqual({ enabled: false, capBytes: 5 * MB });
  });
});
