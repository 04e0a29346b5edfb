import { useState } from 'preact/hooks';
import type { Gallery } from '@/utils/extract';
import { t, tn } from '@/utils/i18n';
import { httpUrl } from '@/utils/safe-url';

export interface CaptionViewProps {
  /** Galleries in page order, as the engine found them. */
  galleries: Gallery[];
  /** Stored copies of thumbnails (remote URL → blob: URL). */
  localImages?: ReadonlyMap<string, string>;
}

/** "1 photo", "15 photos" in the UI language. */
export function photoCountLabel(count: number): string {
  return tn('photoCount', count);
}

/**
 * The captions of the galleries taken out of the story, grouped under each
 * gallery's title and photo count, in page order. Thumbnails only for
 * http(s) image URLs, loaded lazily and without a referrer.
 */
export function CaptionView({ galleries, localImages }: CaptionViewProps) {
  return (
    <aside class="captions" id="captions" aria-labelledby="captions-title" tabIndex={-1}>
      <h2 class="captions__title" id="captions-title">{t('captionsHeading')}</h2>
      {galleries.map((gallery, g) => (
        <section class="gallery" key={g} aria-labelledby={`gallery-${g}`}>
          <h3 class="gallery__title" id={`gallery-${g}`}>
            {gallery.title || t('galleryUntitled', g + 1)}
          </h3>
          <p class="gallery__count">{photoCountLabel(gallery.photoCount)}</p>
          <ol class="gallery__captions">
            {gallery.captions.map((caption, c) => {
              const src = httpUrl(caption.imageUrl);
              return (
                <li class="caption" key={c}>
                  {src && <Thumbnail src={localImages?.get(src) ?? src} />}
                  <p class="caption__text">
                    {caption.text}
                    {caption.credit && <span class="caption__credit"> {caption.credit}</span>}
                  </p>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </aside>
  );
}

/** A caption's photo, small; gone rather than a broken-image icon when it fails to load (offline, hotlink blocked). */
function Thumbnail({ src }: { src: string }) {
  // The address that failed, not a flag: a saved article's stored copy can
  // arrive after the remote one failed offline, and must still show.
  const [failed, setFailed] = useState<string | null>(null);
  if (failed === src) return null;
  return (
    <img
      class="caption__thumb"
      src={src}
      alt=""
      loading="lazy"
      referrerpolicy="no-referrer"
      width={72}
      height={72}
      onError={() => setFailed(src)}
    />
  );
}
