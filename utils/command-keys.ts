import { browser } from 'wxt/browser';
import { t } from './i18n';
/** The manifest's name for the command that opens the popup, as the toolbar button does. */
export const OPEN_COMMAND = '_execute_action';

/**
 * The manifest's name for the command that saves the page without the popup.
 * Here, not beside its handler: the popup imports this module, and the
 * handler's module brings the whole store with it.
 */
export const SAVE_COMMAND = 'save-page';

/** The keys the browser has bound to Lede's commands now ('' when the user removed one). */
export interface CommandKeys {
  open: string;
  save: string;
}

/** The current bindings (users change them in the browser's extension shortcut settings). */
export async function commandKeys(): Promise<CommandKeys> {
  const all = await browser.commands.getAll();
  const key = (name: string) => all.find((command) => command.name === name)?.shortcut ?? '';
  return { open: key(OPEN_COMMAND), save: key(SAVE_COMMAND) };
}

/** The hint for the browser-wide keys, e.g. "Alt+Shift+L opens Lede · Alt+Shift+S saves a page". */
export function commandHint({ open, save }: CommandKeys): string {
  return [
    open ? t('hintOpenKey', open) : t('hintOpenNoKey'),
    save ? t('hintSaveKey', save) : t('hintSaveNoKey'),
  ].join(' · ');
}
