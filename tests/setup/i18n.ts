/**
 * Unit tests: the fake browser's i18n.getMessage reads the English messages
 * (the fake throws "not implemented"), so components that call t() render
 * the strings a user with an English browser sees.
 */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import en from '../../public/_locales/en/messages.json';

type Entry = { message: string; placeholders?: Record<string, { content: string }> };
const messages: Record<string, Entry> = en;

/** As the browser does: named placeholders to their content, then $1…$9 to the substitutions, `$$` to `$`. */
fakeBrowser.i18n.getMessage = (key: string, substitutions?: string | string[]) => {
  const entry = messages[key];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const named = entry.message.replace(/\$(\w+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? '');
  return named.replace(/\$(\$|[1-9])/g, (_, slot: string) => (slot === '$' ? '$' : (subs[Number(slot) - 1] ?? '')));
};
