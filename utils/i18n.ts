import { browser } from 'wxt/browser';

/** The keys of public/_locales/en/messages.json, the reference locale. */
export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

/**
 * The message `key` in the browser's UI language (English where a locale
 * lacks it), with `$1`… placeholders filled from `substitutions`. Throws on
 * a key no locale has, so a typo cannot show an empty label.
 */
export function t(key: MessageKey, ...substitutions: Array<string | number>): string {
  const message = browser.i18n.getMessage(key, substitutions.map(String));
  if (!message) throw new Error(`No message "${key}" in public/_locales`);
  return message;
}
