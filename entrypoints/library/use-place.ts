import { useEffect, useRef, type MutableRef } from 'preact/hooks';
import type { ListedRow } from '@/utils/library-view';
import { rememberPlace, rememberSearch } from './view-state';

export interface PlaceOptions {
  query: string;
  site: string | null;
  /** The list's scroll offset, kept up to date by the list. */
  scrollTop: MutableRef<number>;
  /** The selected article now. */
  selectedId: string | null;
  rows: readonly ListedRow[];
  /** Whether `rows` are final (the whole list read, the search answered). */
  settled: boolean;
  /** The article selected when the page was left, to select again. */
  restoreId: string | null;
  setSelected: (index: number) => void;
}

/**
 * Keeps the library's place for Back: the search and site in the address as
 * they change, the scroll offset and selection in the history entry as the
 * page is left; and on return, selects the article that was selected.
 */
export function usePlace({ query, site, scrollTop, selectedId, rows, settled, restoreId, setSelected }: PlaceOptions): void {
  useEffect(() => rememberSearch(query, site), [query, site]);

  const selected = useRef(selectedId);
  selected.current = selectedId;
  useEffect(() => {
    const onHide = () => rememberPlace(scrollTop.current, selected.current);
    addEventListener('pagehide', onHide);
    return () => removeEventListener('pagehide', onHide);
  }, [scrollTop]);

  const pending = useRef(restoreId);
  useEffect(() => {
    if (!pending.current || !settled) return;
    const index = rows.findIndex((row) => row.summary.id === pending.current);
    pending.current = null;
    if (index >= 0) setSelected(index);
  }, [rows, settled, setSelected]);
}
