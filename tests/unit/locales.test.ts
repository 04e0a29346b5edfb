import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const LOCALES = join(ROOT, 'public/_locales');

type Messages = Record<string, { message: string; description?: string; placeholders?: Record<string, { content: string }> }>;
const read = (locale: string): Messages => JSON.parse(readFileSync(join(LOCALES, locale, 'messages.json'), 'utf8'));
const en = read('en');
const others = readdirSync(LOCALES).filter((locale) => locale !== 'en');

/** The `$name$` placeholders and `$1` substitutions a message uses, sorted. */
const slots = (message: string) => (message.match(/\$[A-Za-z_]\w*\$|\$\d/g) ?? []).map((s) => s.toLowerCase()).sort();

/** Source files whose strings come from the locale files: the manifest, the background's menus, the library's storage panel. */
const SOURCES = ['wxt.config.ts', 'utils/background-actions.ts', 'components/StoragePanel.tsx', 'entrypoints/library/use-offline-images.ts'].map((file) => [file, readFileSync(join(ROOT, file), 'utf8')] as const);
/** Every product source file, each of which may name messages through t(). */
const PRODUCT = ['components', 'entrypoints', 'utils']
  .flatMap((dir) => readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' }).map((file) => join(dir, file)))
  .filter((file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file))
  .map((file) => [file, readFileSync(join(ROOT, file), 'utf8')] as const);

describe('locales', () => {
  it('has English and at least one more complete locale', () => {
    expect(others.length).toBeGreaterThan(0);
  });

  it.each(others)('%s has exactly the English keys, each with the same placeholders', (locale) => {
    const messages = read(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(messages)) {
      expect(message.trim(), `${locale}/${key}`).not.toBe('');
      expect(slots(message), `${locale}/${key}`).toEqual(slots(en[key]!.message));
    }
  });

  it('gives every English message a description for translators', () => {
    expect(Object.entries(en).filter(([, m]) => !m.description).map(([key]) => key)).toEqual([]);
  });

  it('resolves every message the sources name, and every message is used', () => {
    const named = [...SOURCES, ...PRODUCT].flatMap(([, text]) => [
      ...[...text.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!),
      ...[...text.matchAll(/\bt\('(\w+)'/g)].map((m) => m[1]!),
    ]);
    expect(named.filter((key) => !(key in en))).toEqual([]);
    expect(Object.keys(en).filter((key) => !named.includes(key))).toEqual([]);
  });

  it.each(SOURCES)('%s gives the browser no user-visible string outside the locale files', (_file, text) => {
    const literal = /\b(name|description|title)\s*:\s*(['"`])(?!__MSG_)[^'"`]*[A-Za-z][^'"`]*\2/g;
    // The toolbar button's tooltip is the brand, the same in every language.
    const found = [...text.matchAll(literal)].map((m) => m[0]).filter((m) => m !== "default_title: 'Lede'");
    expect(found).toEqual([]);
  });
});
