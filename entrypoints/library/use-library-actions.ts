import { useCallback, useState } from 'preact/hooks';
import { removeArticle, restoreArticle, setRead, type SavedArticle, type SavedSummary } from '@/utils/library';
import { errorMessage } from '@/utils/error-message';
import { t } from '@/utils/i18n';
import type { LibraryData } from './use-library';

/** The note at the bottom of the page: what just happened, the record Undo puts back, or a failure. */
export type Toast = { message: string; undo?: SavedArticle; error?: boolean } | null;

/**
 * The library's writes: read marks (shown at once, put back if the write
 * fails), delete (the record kept in the toast for Undo) and Undo.
 * `searchAgain` re-runs the current search after the library changed under it.
 */
export function useLibraryActions(library: LibraryData, searchAgain: () => void) {
  const [toast, setToast] = useState<Toast>(null);
  const { update, reload } = library;

  const toggleRead = useCallback(async (summary: SavedSummary) => {
    const flip = (read: boolean) => update((all) => all.map((s) => (s.id === summary.id ? { ...s, read } : s)));
    flip(!summary.read);
    try {
      await setRead(summary.id, !summary.read);
    } catch (error) {
      flip(summary.read);
      setToast({ message: t('readMarkFailed', errorMessage(error)), error: true });
    }
  }, [update]);

  const remove = useCallback(async (summary: SavedSummary) => {
    try {
      const record = await removeArticle(summary.id);
      update((all) => all.filter((s) => s.id !== summary.id));
      setToast(record ? { message: t('deleted', summary.title), undo: record } : null);
    } catch (error) {
      setToast({ message: t('deleteFailed', summary.title, errorMessage(error)), error: true });
    }
  }, [update]);

  const undo = useCallback(async () => {
    const record = toast?.undo;
    if (!record) return;
    try {
      await restoreArticle(record);
      await reload();
      searchAgain();
      setToast({ message: t('restored', record.title) });
    } catch (error) {
      setToast({ message: t('restoreFailed', record.title, errorMessage(error)), error: true });
    }
  }, [toast, reload, searchAgain]);

  return { toast, setToast, toggleRead, remove, undo };
}
