import type { RefObject } from 'preact';
import { keyPlace, libraryAction } from '@/utils/library-keys';
import { useKeydown } from '@/utils/use-settings';

/** What the library's keys act on. Each handler returns false when it had nothing to do (the key then goes on). */
export interface LibraryKeyTargets {
  searchRef: RefObject<HTMLInputElement>;
  /** Rows in the list, and the selected one's index. */
  count: number;
  selected: number;
  /** Moves the selection to `index` (clamped) and focus with it. */
  onMove: (index: number) => void;
  onClear: () => boolean;
  onOpen: () => boolean;
  onDelete: () => boolean;
  onUndo: () => boolean;
}

/** The library page's keyboard: which key does what is utils/library-keys.ts; this applies it. */
export function useLibraryKeys({ searchRef, count, selected, onMove, onClear, onOpen, onDelete, onUndo }: LibraryKeyTargets): void {
  useKeydown((event) => {
    const place = keyPlace(event.target, searchRef.current);
    const action = libraryAction(event, place);
    if (!action) return;
    let handled = true;
    switch (action) {
      case 'search':
        searchRef.current?.focus();
        searchRef.current?.select();
        break;
      case 'next':
        // From the search box, the first press enters the list at its current row.
        onMove(place === 'search' ? selected : selected + 1);
        break;
      case 'previous':
        onMove(selected - 1);
        break;
      case 'first':
        onMove(0);
        break;
      case 'last':
        onMove(count - 1);
        break;
      case 'clear':
        handled = onClear();
        break;
      case 'open':
        handled = onOpen();
        break;
      case 'delete':
        handled = onDelete();
        break;
      case 'undo':
        handled = onUndo();
        break;
    }
    if (handled) event.preventDefault();
  });
}
