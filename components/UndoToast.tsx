import { t } from '@/utils/i18n';

export interface UndoToastProps {
  /** What happened, e.g. "Deleted “Harbour plan”." Null: nothing to say (the region stays, empty). */
  message: string | null;
  /** Offered when the action can be undone. */
  onUndo?: () => void;
  onDismiss: () => void;
  /** A failure: announced assertively and styled as one. */
  error?: boolean;
}

/**
 * The note after a delete, with Undo. It stays until dismissed or replaced
 * (no timer: people who need more time get it). The live region is always in
 * the page, so screen readers announce each new message.
 */
export function UndoToast({ message, onUndo, onDismiss, error = false }: UndoToastProps) {
  return (
    <div class="toast-region" role={error ? 'alert' : 'status'}>
      {message && (
        <div class={error ? 'toast toast--error' : 'toast'}>
          <span class="toast__message">{message}</span>
          {onUndo && (
            <button type="button" class="toast__undo" onClick={onUndo}>
              {t('undo')}
            </button>
          )}
          <button type="button" class="toast__dismiss" onClick={onDismiss}>
            <span aria-hidden="true">×</span>
            <span class="visually-hidden">{t('dismiss')}</span>
          </button>
        </div>
      )}
    </div>
  );
}
