import { t } from '@/utils/i18n';
import { IMAGE_CAPS_MB, type OfflineImages } from '@/utils/settings';
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

/** "1.5 MB": bytes in KB/MB/GB, one decimal under 10. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} bytes` : `${value < 10 ? value.toFixed(1) : Math.round(value)} ${units[unit]}`;
}

/** The library's storage: the offline-images switch, what is stored, and what it takes. */
export function StoragePanel({ setting, figures, message, onToggle, onCap, onDropImages }: StoragePanelProps) {
  const on = setting?.enabled ?? false;
  return (
    <section class="export-panel storage-panel" aria-label="Storage">
      <div class="export-panel__row">
        <label>
          <input
            type="checkbox"
            checked={on}
            disabled={!setting}
            onChange={(e) => onToggle((e.currentTarget as HTMLInputElement).checked)}
          />{' '}
          Keep images for offline reading
        </label>
        <label>
          {t('storageImageCap')}{' '}
          <select
            value={String(setting?.capBytes ?? '')}
            disabled={!setting}
            onChange={(e) => onCap(Number((e.currentTarget as HTMLSelectElement).value))}
          >
            {IMAGE_CAPS_MB.map((mb) => (
              <option key={mb} value={mb * 1024 * 1024}>
                {formatBytes(mb * 1024 * 1024)}
              </option>
            ))}
          </select>
        </label>
        <span class="storage-panel__note">
          {on
            ? `Up to ${formatBytes(setting!.capBytes)} an article; bigger or failed images are skipped.`
            : 'Lede needs to fetch pictures from the sites you save, to keep copies on this computer. Off: images need the network.'}
        </span>
      </div>
      <div class="export-panel__row storage-panel__figures">
        {figures.usage !== undefined && (
          <span>
            Lede uses {formatBytes(figures.usage)}
            {figures.quota ? ` of ${formatBytes(figures.quota)} available` : ''}
          </span>
        )}
        <span>Images: {formatBytes(figures.imageBytes)}</span>
        {figures.current && (
          <span class="storage-panel__current">
            This article: {formatBytes(figures.current.imageBytes + figures.current.textLength)} (images{' '}
            {formatBytes(figures.current.imageBytes)}, text {formatBytes(figures.current.textLength)})
            {figures.current.imagesTotal > 0 &&
              `, ${t('storageImagesKept', figures.current.imagesKept, figures.current.imagesTotal)}`}
          </span>
        )}
        {!on && figures.imageBytes > 0 && (
          <button type="button" onClick={onDropImages}>
            Delete stored images
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
