import { t, uiBytes, uiNumber } from '@/utils/i18n';
import { IMAGE_CAPS, type OfflineImages } from '@/utils/settings';
import './export-panel.css';

/** What the storage panel shows. */
export interface StorageFigures {
  /** navigator.storage.estimate(): the origin's usage and quota, when the browser tells. */
  usage?: number;
  quota?: number;
  /** All stored images, bytes. */
  imageBytes: number;
  /** The selected article: its images' bytes and its text length (characters of HTML and text). */
  current?: {
    imageBytes: number;
    textLength: number;
    /** Images stored for it, and images it shows (body, lead, gallery thumbnails): the rest were skipped or never kept. */
    imagesKept: number;
    imagesTotal: number;
  };
}

export interface StoragePanelProps {
  setting: OfflineImages | null;
  figures: StorageFigures;
  message: string | null;
  onToggle: (on: boolean) => void;
  /** A per-article cap chosen from the menu, in bytes. */
  onCap: (bytes: number) => void;
  onDropImages: () => void;
}

/** The library's storage: the offline-images switch, what is stored, and what it takes. */
export function StoragePanel({ setting, figures, message, onToggle, onCap, onDropImages }: StoragePanelProps) {
  const on = setting?.enabled ?? false;
  return (
    <section class="export-panel storage-panel" aria-label={t('storageLabel')}>
      <div class="export-panel__row">
        <label>
          <input
            type="checkbox"
            checked={on}
            disabled={!setting}
            onChange={(e) => onToggle((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          {t('keepImagesLabel')}
        </label>
        <label>
          {t('storageImageCap')}{' '}
          <select
            value={String(setting?.capBytes ?? '')}
            disabled={!setting}
            onChange={(e) => onCap(Number((e.currentTarget as HTMLSelectElement).value))}
          >
            {IMAGE_CAPS.map((cap) => (
              <option key={cap} value={cap}>
                {uiBytes(cap)}
              </option>
            ))}
          </select>
        </label>
        <span class="storage-panel__note">
          {on
            ? t('keepImagesOnNote', uiBytes(setting!.capBytes))
            : t('keepImagesOffNote')}
        </span>
      </div>
      <div class="export-panel__row storage-panel__figures">
        {figures.usage !== undefined && (
          <span>
            {figures.quota
              ? t('storageUsageOfQuota', uiBytes(figures.usage), uiBytes(figures.quota))
              : t('storageUsage', uiBytes(figures.usage))}
          </span>
        )}
        <span>{t('storageImages', uiBytes(figures.imageBytes))}</span>
        {figures.current && (
          <span class="storage-panel__current">
            {t(
              'storageCurrent',
              uiBytes(figures.current.imageBytes + figures.current.textLength),
              uiBytes(figures.current.imageBytes),
              uiBytes(figures.current.textLength),
            )}
            {figures.current.imagesTotal > 0 &&
              `, ${t('storageImagesKept', uiNumber(figures.current.imagesKept), uiNumber(figures.current.imagesTotal))}`}
          </span>
        )}
        {!on && figures.imageBytes > 0 && (
          <button type="button" onClick={onDropImages}>
            {t('deleteStoredImages')}
          </button>
        )}
      </div>
      {message && (
        <p class="export-panel__row storage-panel__message" role="status">
          {message}
        </p>
      )}
    </section>
  );
}
