/**
 * `web-ext lint` (Mozilla's add-on linter, what the add-ons site runs on
 * upload) on the Firefox build: no errors, and every warning explained in
 * web-ext-lint-warnings.json.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import webExt from 'web-ext';
import { FIREFOX_BUILD } from './lede';

interface Message {
  code: string;
  message: string;
  file?: string;
  line?: number;
  column?: number;
}

interface Allowed {
  code: string;
  file: string;
  near: string;
  source: string;
  why: string;
}

const allowed: Allowed[] = JSON.parse(readFileSync(join(import.meta.dirname, 'web-ext-lint-warnings.json'), 'utf8')).warnings;

/** `file` with * as any run of characters, as a whole-name pattern. */
const filePattern = (glob: string) =>
  new RegExp(`^${glob.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);

/** The text around the reported position of `warning` in the build. */
function surroundings(warning: Message): string {
  if (!warning.file || !warning.line) return '';
  const line = readFileSync(join(FIREFOX_BUILD, warning.file), 'utf8').split('\n')[warning.line - 1] ?? '';
  const column = warning.column ?? 0;
  return line.slice(Math.max(0, column - 600), column + 300);
}

const matches = (entry: Allowed, warning: Message) =>
  entry.code === warning.code && filePattern(entry.file).test(warning.file ?? '') && surroundings(warning).includes(entry.near);

describe('web-ext lint on the Firefox build', () => {
  it('finds no errors, and only warnings explained in web-ext-lint-warnings.json', async () => {
    const result = (await webExt.cmd.lint({ sourceDir: FIREFOX_BUILD, output: 'none' }, { shouldExitProgram: false })) as {
      errors: Message[];
      warnings: Message[];
      notices: Message[];
    };
    const describe = (m: Message) => `${m.code} ${m.file ?? ''}:${m.line ?? ''}:${m.column ?? ''} ${m.message}`;
    expect(result.errors.map(describe)).toEqual([]);
    const unexplained = result.warnings.filter((w) => !allowed.some((entry) => matches(entry, w)));
    expect(unexplained.map((w) => `${describe(w)} near: ${surroundings(w).slice(0, 600)}`)).toEqual([]);
    const stale = allowed.filter((entry) => !result.warnings.some((w) => matches(entry, w)));
    expect(stale.map((entry) => `no longer warned, delete the entry: ${entry.source}`)).toEqual([]);
  });
});
