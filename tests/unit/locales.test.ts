import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { findUiLiterals } from '../helpers/ui-literals';
import { LOCALE_NAMES, readMessages } from '../helpers/messages';

const ROOT = join(import.meta.dirname, '../..');
const en = readMessages('en');
const keys = new Set(Object.keys(en));
const others = LOCALE_NAMES.filter((locale) => locale !== 'en');

/** The `$name$` placeholders and `$1` substitutions a message uses, sorted. */
const slots = (message: string) => (message.match(/\$[A-Za-z_]\w*\$|\$\d/g) ?? []).map((s) => s.toLowerCase()).sort();

/** Source folders whose text reaches people, and the parts of them that have no UI of their own. */
const UI_FOLDERS = ['components', 'entrypoints', 'utils'];
const NOT_UI: Array<[prefix: string, why: string]> = [
  ['utils/extract/', 'the engine: pure, no UI; its one message for people (page too large) is worded again by the UI'],
  ['utils/cli/', 'the command-line tool: English terminal output'],
];

/** KeyboardEvent.key values and the key caps hints show. */
const KEY_NAMES = ['Esc', 'Escape', 'Enter', 'Home', 'End', 'Delete', 'Backspace'];

/** Literals that may stand outside the locale files, and why. Printed by the test. */
const ALLOWED: Array<[text: string, why: string]> = [
  ['Lede', 'the brand'],
  ['Markdown', 'an export format’s own name (HTML and EPUB too)'],
  ['Aa', 'glyph of the reading settings button (its name is a message)'],
  ['A−', 'glyph of the smaller-text button (its name is a message)'],
  ['A+', 'glyph of the larger-text button (its name is a message)'],
  ...KEY_NAMES.map((key): [string, string] => [key, 'a keyboard key name, in code only (never as JSX text or a label)']),
  ['No message "', 'developer error: a key missing from every locale'],
  ['HTML sanitiser unavailable in this environment', 'developer error: a test environment without a DOM'],
  ['No DOMParser here: pass a parse function', 'developer error: a Node caller without a parser'],
];
const allowed = new Set(ALLOWED.map(([text]) => text));

const walk = (dir: string): string[] =>
  readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = `${dir}/${name}`;
    if (statSync(join(ROOT, path)).isDirectory()) return walk(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
const uiFiles = UI_FOLDERS.flatMap(walk).filter((file) => !NOT_UI.some(([prefix]) => file.startsWith(prefix)));
/** Every source that may name a message: the UI files, the manifest config, the engine-free rest. */
const sources = [...UI_FOLDERS.flatMap(walk), 'wxt.config.ts'].map((file) => [file, readFileSync(join(ROOT, file), 'utf8')] as const);

describe('locales', () => {
  it('has English and at least one more complete locale', () => {
    expect(others.length).toBeGreaterThan(0);
  });

  it.each(others)('%s has exactly the English keys, each with the same placeholders', (locale) => {
    const messages = readMessages(locale);
    expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    for (const [key, { message }] of Object.entries(messages)) {
      expect(message.trim(), `${locale}/${key}`).not.toBe('');
      expect(slots(message), `${locale}/${key}`).toEqual(slots(en[key]!.message));
    }
  });

  it('gives every English message a description for translators', () => {
    expect(Object.entries(en).filter(([, m]) => !m.description).map(([key]) => key)).toEqual([]);
  });

  it('gives every counted message an "other" form, the fallback of every plural rule', () => {
    const counted = Object.keys(en).filter((key) => /_(zero|one|two|few|many)$/.test(key));
    expect(counted.filter((key) => !keys.has(key.replace(/_[a-z]+$/, '_other')))).toEqual([]);
  });

  it('resolves every message the sources name, and every message is used', () => {
    const named = sources.flatMap(([, text]) => [
      ...[...text.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!),
      ...[...text.matchAll(/\bt\(\s*'(\w+)'/g)].map((m) => m[1]!),
      ...[...text.matchAll(/\btn\(\s*'(\w+)'/g)].map((m) => `${m[1]!}_other`),
    ]);
    expect(named.filter((key) => !keys.has(key))).toEqual([]);
    // Used: named as a literal somewhere (t('key'), a Record of MessageKeys, __MSG_key__), or a counted message's stem.
    const literals = new Set(sources.flatMap(([, text]) => [
      ...[...text.matchAll(/['"`](\w+)['"`]/g)].map((m) => m[1]!),
      ...[...text.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!),
    ]));
    const unused = Object.keys(en).filter((key) => !literals.has(key) && !literals.has(key.replace(/_[a-z]+$/, '')));
    expect(unused).toEqual([]);
  });
});

describe('user-visible text', () => {
  it('prints what may stay outside the locale files', () => {
    console.info(
      [
        'UI literal allow-list:',
        ...ALLOWED.map(([text, why]) => `  "${text}": ${why}`),
        'Not scanned:',
        ...NOT_UI.map(([prefix, why]) => `  ${prefix}: ${why}`),
      ].join('\n'),
    );
    expect(uiFiles.length).toBeGreaterThan(50);
  });

  it.each(uiFiles)('%s shows no string outside the locale files', (file) => {
    const found = findUiLiterals(file, readFileSync(join(ROOT, file), 'utf8'), keys)
      .filter(({ text, where }) => !allowed.has(text) || (KEY_NAMES.includes(text) && where !== 'sentence'))
      .map(({ line, where, text }) => `${file}:${line} ${where} "${text}"`);
    expect(found).toEqual([]);
  });
});

describe('the user-visible text scan', () => {
  const scan = (source: string, file = 'x.tsx') => findUiLiterals(file, source, keys).map(({ where, text }) => `${where} ${text}`);

  it.each([
    ['JSX text', '<p>Hello there</p>', ['jsx-text Hello there']],
    ['a literal in a JSX child', "<p>{busy ? 'Saving…' : t('save')}</p>", ['jsx-expression Saving…']],
    ['a template in a JSX child', '<p>{`${n} min read`}</p>', ['jsx-expression min read']],
    ['aria-label', '<div aria-label="Reading settings" />', ['aria-label Reading settings']],
    ['title as a template', '<b title={`Open in a tab (${key})`} />', ['title Open in a tab (']],
    ['placeholder', '<input placeholder="Search" />', ['placeholder Search']],
    ['alt', '<img alt="A photo" />', ['alt A photo']],
    ['a component prop', '<Pending label="Opening…" />', ['label Opening…']],
    ['confirm()', "confirm('Delete everything?')", ['confirm() Delete everything?']],
    ['a setter of a message', "setMessage('Stored images deleted.')", ['setMessage() Stored images deleted.']],
    ['a message property', "({ ok: false, message: 'The page was closed.' })", ['message: The page was closed.']],
    ['an assigned title', "document.title = 'Library · Lede'", ['.title = Library · Lede']],
    ['a sentence in a table', "const M = { quota: 'There is no room left.' }", ['sentence There is no room left.']],
    ['a label in a table', "const L = { light: 'Light' }", ['sentence Light']],
    ['text inside an HTML template', '`<h2>Captions: ${title}</h2>`', ['sentence Captions:']],
  ])('finds %s', (_name, source, expected) => {
    expect(scan(source)).toEqual(expected);
  });

  it.each([
    ['a message key', "<p>{t('save')}</p>"],
    ['a counted message', "<p>{tn('readingMinutes', 5)}</p>"],
    ['class names', '<p class="item__state item__state--unread" />'],
    ['a comparison', "<p>{busy === 'export' ? t('exporting') : null}</p>"],
    ['symbols', '<span aria-hidden="true">×</span>'],
    ['a selector', "el.closest('input, textarea, select')"],
    ['a rel value', "link.setAttribute('rel', 'noopener noreferrer')"],
    ['CSS', "const CSS = 'body { line-height: 1.5; }'"],
    ['a type', "type S = 'saving' | 'saved'"],
    ['an import', "import { x } from './Some Module'"],
    ['a log', "console.warn('Something odd happened')"],
  ])('ignores %s', (_name, source) => {
    expect(scan(source)).toEqual([]);
  });
});
