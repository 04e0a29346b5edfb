import { useEffect, useState } from 'preact/hooks';
import { imagesOf } from '@/utils/library/images';

/**
 * blob: URLs of a saved article's stored images, by remote URL. Each is
 * revoked when the article changes or the page unloads; until the store
 * answers (or when it fails) the map is empty and images load remotely.
 */
export function useLocalImages(savedId: string | null): ReadonlyMap<string, string> | undefined {
  const [urls, setUrls] = useState<ReadonlyMap<string, string>>();
  useEffect(() => {
    if (!savedId) return undefined;
    let live = true;
    let made: string[] = [];
    const revoke = () => {
      for (const url of made) URL.revokeObjectURL(url);
      made = [];
    };
    imagesOf(savedId)
      .then((blobs) => {
        if (!live || blobs.size === 0) return;
        const map = new Map<string, string>();
        for (const [remote, blob] of blobs) map.set(remote, URL.createObjectURL(blob));
        made = [...map.values()];
        setUrls(map);
      })
      .catch(() => {
        // No stored copies: the remote URLs still work when online.
      });
    addEventListener('pagehide', revoke);
    return () => {
      live = false;
      removeEventListener('pagehide', revoke);
      revoke();
      setUrls(undefined);
    };
  }, [savedId]);
  return urls;
}
