/** What a key press on the library page asks for. */
export type LibraryAction = 'search' | 'next' | 'previous' | 'first' | 'last' | 'open' | 'delete' | 'clear' | 'undo';

/**
 * Where the key was pressed: the search box, another form field (keys are the
 * field's), inside the list, another control outside the list (its own
 * Enter/Space), or the page itself.
 */
export type KeyPlace = 'search' | 'field' | 'list' | 'control' | 'page';

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'defaultPrevented'>;

/** The place of a key press's target in the library page (`search` is the search box). */
export function keyPlace(target: EventTarget | null, search: Element | null): KeyPlace {
  if (!target || typeof (target as Element).closest !== 'function') return 'page';
  const element = target as HTMLElement;
  if (search && element === search) return 'search';
  if (element.isContentEditable || element.closest('input, textarea, select')) return 'field';
  if (element.closest('.vlist')) return 'list';
  if (element.closest('a[href], button')) return 'control';
  return 'page';
}

/**
 * The action for a key press, or null to leave it to the browser. Links and
 * buttons in the list keep their own Enter and Space (a link opens natively,
 * so Ctrl+Enter and middle click still open a new tab).
 */
export function libraryAction(event: KeyLike, place: KeyPlace): LibraryAction | null {
  if (event.defaultPrevented || event.altKey) return null;
  if (event.ctrlKey || event.metaKey) {
    // Undo the last delete, unless a field is taking the key for its own undo.
    return (event.key === 'z' || event.key === 'Z') && !event.shiftKey && place !== 'search' && place !== 'field'
      ? 'undo'
      : null;
  }
  if (place === 'field') return null;
  if (place === 'search') {
    const inSearch: Record<string, LibraryAction> = { ArrowDown: 'next', ArrowUp: 'previous', Enter: 'open', Escape: 'clear' };
    return inSearch[event.key] ?? null;
  }
  switch (event.key) {
    case '/':
      return 'search';
    case 'ArrowDown':
    case 'j':
      return place === 'control' ? null : 'next';
    case 'ArrowUp':
    case 'k':
      return place === 'control' ? null : 'previous';
    case 'Home':
      return place === 'list' ? 'first' : null;
    case 'End':
      return place === 'list' ? 'last' : null;
    case 'Enter':
      return place === 'page' ? 'open' : null;
    // Delete, and Backspace for keyboards without a Delete key (Mac laptops).
    case 'Delete':
    case 'Backspace':
      return place === 'list' || place === 'page' ? 'delete' : null;
    default:
      return null;
  }
}
