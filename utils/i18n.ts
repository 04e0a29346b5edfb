import { browser } from 'wxt/browser';
import { formatBytes, formatDate, formatNumber, matchingLocale, pluralMessage } from './locale-format';

/** The keys of public/_locales/en/messages.json, the reference locale. */
export type MessageKey = keyof typeof import('../public/_locales/en/messages.json');

/** The stems of counted messages: `article` for `article_one` and `article_other`. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}_other` ? Base : never) : never;

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

/**
 * The counted message `base` for `count` ("1 gallery", "3 galleries"): the
 * form the UI language's plural rules pick, the count as `$1` in its digits,
 * `more` as `$2`….
 */
export function tn(base: PluralKey, count: number, ...more: Array<string | number>): string {
  const lookup = (key: string, substitutions: string[]) =>
    browser.i18n.getMessage(key as MessageKey, substitutions);
  const message = pluralMessage(lookup, uiLanguage(), base, count, ...more.map(String));
  if (!message) throw new Error(`No message "${base}_other" in public/_locales`);
  return message;
}

/**
 * The UI language as a locale tag for Intl ("en-US", "de"): the browser's
 * (browser.i18n.getUILanguage()) where Lede's messages are in it, else the
 * language of the messages shown (see matchingLocale).
 */
export function uiLanguage(): string {
  return matchingLocale(browser.i18n.getUILanguage(), t('localeTag'));
}

/**
 * Tags an extension page with the UI language and its direction (the
 * browser's `@@bidi_dir`), so screen readers, hyphenation and quotes follow
 * the language the page's text is in.
 */
export function applyUiLanguage(root: HTMLElement = document.documentElement): void {
  root.lang = uiLanguage();
  root.dir = browser.i18n.getMessage('@@bidi_dir' as MessageKey) === 'rtl' ? 'rtl' : 'ltr';
}

/** A number in the UI language's digits. */
export function uiNumber(value: number): string {
  return formatNumber(value, uiLanguage());
}

/** A size in bytes in the UI language: "1.5 MB", "1,5 MB". */
export function uiBytes(bytes: number): string {
  return formatBytes(bytes, uiLanguage());
}

/** A date in the UI language: long ("19 December 2016") or short ("29 Nov 2026"). */
export function uiDate(value: string | number, style: 'long' | 'short' = 'long'): string {
  return formatDate(value, uiLanguage(), style);
}
