/**
 * Real-browser tests build some files in Node (export-html.test.ts writes an
 * HTML export with articleHtml, then opens it in Chromium). Those modules
 * call t(), which reads browser.i18n: here Node gets the English messages,
 * with the browser's substitution rules, as an English browser would.
 */
import { messageLookup } from '../helpers/messages';

const scope = globalThis as { chrome?: unknown };
const lookup = messageLookup('en');
scope.chrome ??= {
  i18n: {
    getMessage: (key: string, substitutions?: string | string[]) => lookup(key, substitutions),
    getUILanguage: () => 'en-US',
  },
};
