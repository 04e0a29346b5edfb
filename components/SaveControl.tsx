import { t, uiDate } from '@/utils/i18n';
import { SHORTCUT_KEYS } from '@/utils/shortcuts';
import type { SaveStatus } from '@/utils/use-save';

export interface SaveButtonProps {
  status: SaveStatus;
  onSave: () => void;
}

/** The bar's Save button: Save, Saving…, or Update for a page already in the library. */
export function SaveButton({ status, onSave }: SaveButtonProps) {
  const busy = status.state === 'saving' || status.state === 'removing';
  const saved = status.state === 'saved';
  return (
    <button
      type="button"
      class="toolbar__save"
      disabled={busy}
      aria-busy={busy}
      title={saved ? t('saveAgainTitle', SHORTCUT_KEYS.save) : t('saveTitle', SHORTCUT_KEYS.save)}
      onClick={onSave}
    >
      {status.state === 'saving' ? t('saving') : saved ? t('saveUpdate') : t('save')}
    </button>
  );
}

export interface SaveNoticeProps {
  status: SaveStatus;
  onOpenLibrary: () => void;
  onRemove: () => void;
}

/** The line under the bar that says where the page stands with the library, and what to do next. */
export function SaveNotice({ status, onOpenLibrary, onRemove }: SaveNoticeProps) {
  if (status.state === 'failed') {
    return (
      <p class="save-note save-note--failed" role="alert">
        {t('saveFailed', status.message)}
      </p>
    );
  }
  let text: string | null = null;
  if (status.state === 'saved') {
    text = status.justNow ? t('savedJustNow') : t('savedSince', uiDate(status.savedAt));
  } else if (status.state === 'removed') {
    text = t('removedFromLibrary');
  }
  return (
    // Always in the page, empty when there is nothing to say: a live region
    // that appears with its text is not announced.
    <div class="save-note" role="status">
      {text}
      {status.state === 'saved' && (
        <span class="save-note__actions">
          <button type="button" onClick={onOpenLibrary}>
            {t('openLibrary')}
          </button>
          <button type="button" onClick={onRemove}>
            {t('remove')}
          </button>
        </span>
      )}
    </div>
  );
}
