import { t, tn } from '@/utils/i18n';
import { SHORTCUT_KEYS } from '@/utils/shortcuts';

export interface CaptionSwitchProps {
  /** Whether captions are shown. */
  checked: boolean;
  /** How many galleries the article has; 0 disables the switch and says why. */
  galleryCount: number;
  onToggle: () => void;
}

/** The caption view's on/off switch: a real button with role="switch", so Space/Enter work and its state is announced. */
export function CaptionSwitch({ checked, galleryCount, onToggle }: CaptionSwitchProps) {
  const empty = galleryCount === 0;
  return (
    <button
      type="button"
      class="switch"
      role="switch"
      aria-checked={empty ? false : checked}
      // Only while the captions exist: aria-controls must name an element that is there.
      aria-controls={checked && !empty ? 'captions' : undefined}
      disabled={empty}
      title={empty ? undefined : t('captionSwitchTitle', SHORTCUT_KEYS.captions)}
      onClick={onToggle}
    >
      <span class="switch__track" aria-hidden="true" />
      <span class="switch__label">
        {empty ? t('captionSwitchNone') : tn('captionSwitchLabel', galleryCount)}
      </span>
    </button>
  );
}
