/**
 * The locale files as the browser reads them, for Node tests: a message
 * lookup with chrome.i18n.getMessage's substitution rules, so tests assert
 * the real text users see.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One entry of a messages.json file. */
export interface MessageEntry {
  message: string;
  description?: string;
  placeholders?: Record<string, { content: string; example?: string }>;
}
/** A locale's messages.json. */
export type Messages = Record<string, MessageEntry>;

const LOCALES = join(import.meta.dirname, '../../public/_locales');

/** Every locale folder under public/_locales. */
export const LOCALE_NAMES = readdirSync(LOCALES);

/** A locale's messages.json, parsed. */
export function readMessages(locale: string): Messages {
  return JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8')) as Messages;
}

/**
 * chrome.i18n.getMessage over `locale` with English as the fallback: named
 * placeholders (`$name$`, whose content may be `$1`) first, then `$1`…`$9`
 * from `substitutions`, `$$` for a dollar sign; '' for an unknown key.
 */
export function messageLookup(locale: string): (key: string, substitutions?: string | string[]) => string {
  const own = readMessages(locale);
  const en = readMessages('en');
  return (key, substitutions = []) => {
    const entry = own[key] ?? en[key];
    if (!entry) return '';
    const values = typeof substitutions === 'string' ? [substitutions] : substitutions;
    const placeholders = Object.fromEntries(
      Object.entries(entry.placeholders ?? {}).map(([name, { content }]) => [name.toLowerCase(), content]),
    );
    return entry.message
      .replace(/\$([A-Za-z_]\w*)\$/g, (whole, name: string) => placeholders[name.toLowerCase()] ?? whole)
      .replace(/\$(\$|[1-9])/g, (_whole, which: string) => (which === '$' ? '$' : (values[Number(which) - 1] ?? '')));
  };
}
