import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { errorMessage } from '@/utils/error-message';
import { t } from '@/utils/i18n';
import { clearImages, imageBytesByArticle, imageCountOf, imageUrlsOf, pruneOrphanImages } from '@/utils/library/images';
import { IMAGE_ORIGINS } from '@/utils/library/image-access';
import { getArticle } from '@/utils/library/store';
import type { StorageFigures } from '@/components/StoragePanel';
import { loadOfflineImages, normalizeCapBytes, offlineImagesItem, type OfflineImages } from '@/utils/settings';

/** The offline-images setting, its permission, and the storage figures of the library page. */
export function useOfflineImages(currentId: string | null) {
  const [setting, setSetting] = useState<OfflineImages | null>(null);
  const [figures, setFigures] = useState<StorageFigures>({ imageBytes: 0 });
  const [message, setMessage] = useState<string | null>(null);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    void loadOfflineImages().then(setSetting);
    // An import restores the setting, and another library tab may change it: show what is stored.
    const unwatch = offlineImagesItem.watch(() => void loadOfflineImages().then(setSetting));
    // Images of articles deleted in an earlier visit (their Undo is gone with that page).
    void pruneOrphanImages().catch(() => {});
    return unwatch;
  }, []);

  useEffect(() => {
    let live = true;
    void (async () => {
      const [estimate, sizes, article, kept] = await Promise.all([
        navigator.storage?.estimate?.().catch(() => undefined),
        imageBytesByArticle(),
        currentId ? getArticle(currentId) : undefined,
        currentId ? imageCountOf(currentId) : 0,
      ]);
      if (!live) return;
      let imageBytes = 0;
      for (const size of sizes.values()) imageBytes += size;
      setFigures({
        usage: estimate?.usage,
        quota: estimate?.quota,
        imageBytes,
        current: article && {
          imageBytes: sizes.get(article.id) ?? 0,
          textLength: article.contentHtml.length + article.textContent.length,
          imagesKept: kept,
          imagesTotal: imageUrlsOf(article).length,
        },
      });
    })().catch(() => {});
    return () => {
      live = false;
    };
  }, [currentId, tick]);

  /** Must run straight from the click: a permission request needs the user's gesture, so it comes before any await. */
  const toggle = useCallback(
    (on: boolean) => {
      if (!setting) return;
      if (on) {
        browser.permissions.request(IMAGE_ORIGINS).then(
          async (granted) => {
            if (!granted) {
              setMessage(t('imagesNotAllowed'));
              return;
            }
            const next = { ...setting, enabled: true };
            await offlineImagesItem.setValue(next);
            setSetting(next);
            setMessage(t('imagesKeptFromNow'));
          },
          (error) => setMessage(t('imagesRequestFailed', errorMessage(error))),
        );
        return;
      }
      void (async () => {
        const next = { ...setting, enabled: false };
        await offlineImagesItem.setValue(next);
        setSetting(next);
        await browser.permissions.remove(IMAGE_ORIGINS).catch(() => false);
        setMessage(null);
      })();
    },
    [setting],
  );

  /** A new per-article cap, from the menu; saves from then on keep images up to it. */
  const setCap = useCallback(
    async (bytes: number) => {
      if (!setting) return;
      const next = { ...setting, capBytes: normalizeCapBytes(bytes) };
      try {
        await offlineImagesItem.setValue(next);
        setSetting(next);
      } catch (error) {
        setMessage(t('storageCapFailed', errorMessage(error)));
      }
    },
    [setting],
  );

  const dropImages = useCallback(async () => {
    try {
      await clearImages();
      setMessage(t('imagesDeleted'));
    } catch (error) {
      setMessage(t('imagesDeleteFailed', errorMessage(error)));
    }
    setTick((t) => t + 1);
  }, []);

  return { setting, figures, message, toggle, setCap, dropImages };
}
