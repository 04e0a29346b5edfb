/** What a key press inside the popup or the reader asks for. */
export type Shortcut = 'captions' | 'tab' | 'save' | 'close';

/** The keys, for hints and button titles. */
export const SHORTCUT_KEYS: Record<Shortcut, string> = { captions: 'C', tab: 'T', save: 'S', close: 'Esc' };

type KeyEventLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'defaultPrevented'> & {
  target: EventTarget | null;
};

/** True for elements that take typed text: keys there belong to the user. */
function takesText(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  return Boolean(element.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]'));
}

/**
 * The shortcut a key press means, or null. Never with a modifier held (those
 * are the browser's), never while typing in a form control. Shift is allowed
 * so Caps Lock or "C" still works.
 */
export function shortcutFor(event: KeyEventLike): Shortcut | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return null;
  if (takesText(event.target)) return null;
  switch (event.key) {
    case 'c':
    case 'C':
      return 'captions';
    case 't':
    case 'T':
      return 'tab';
    case 's':
    case 'S':
      return 'save';
    case 'Escape':
      return 'close';
    default:
      return null;
  }
}
