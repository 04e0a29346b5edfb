/**
 * A small validator for untrusted JSON: each check throws a BackupError
 * naming the first problem and where it is ("articles[3].title: …").
 */

/** Why a file is not a backup this Lede can import; the message is for people. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** Validates `value` at `path`; throws BackupError. */
export type Check = (value: unknown, path: string) => void;

/** Keys that could reach an object's prototype when copied: never in a Lede backup. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const fail = (path: string, problem: string): never => {
  throw new BackupError(`${path}: ${problem}`);
};

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return { string: 'text', number: 'a number', boolean: 'true/false', object: 'an object' }[typeof value as string] ?? typeof value;
}

const sizeLabel = (n: number) => n.toLocaleString('en-US');

/** Text of at most `max` characters, optionally matching `pattern` (described as `what`). */
export function text(max: number, pattern?: { test: (value: string) => boolean; what: string }): Check {
  return (value, path) => {
    if (typeof value !== 'string') fail(path, `expected text, found ${kind(value)}`);
    const s = value as string;
    if (s.length > max) fail(path, `${sizeLabel(s.length)} characters long; a Lede backup holds at most ${sizeLabel(max)} here`);
    if (pattern && !pattern.test(s)) fail(path, `not ${pattern.what}`);
  };
}

/** A finite number from `min`, an integer when `integer`. */
export function number(min: number, integer = true): Check {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, `expected a number, found ${kind(value)}`);
    const n = value as number;
    if (integer && !Number.isInteger(n)) fail(path, `expected a whole number, found ${n}`);
    if (n < min) fail(path, `expected at least ${min}, found ${n}`);
  };
}

export const boolean: Check = (value, path) => {
  if (typeof value !== 'boolean') fail(path, `expected true or false, found ${kind(value)}`);
};

/** One of the given literal values. */
export function oneOf(values: readonly unknown[]): Check {
  return (value, path) => {
    if (!values.includes(value)) fail(path, `expected one of ${values.map((v) => JSON.stringify(v)).join(', ')}, found ${JSON.stringify(value)?.slice(0, 40)}`);
  };
}

/** `check` or null. */
export function nullable(check: Check): Check {
  return (value, path) => {
    if (value !== null) check(value, path);
  };
}

/** A list of at most `max` items, each passing `item`. */
export function list(item: Check, max: number): Check {
  return (value, path) => {
    if (!Array.isArray(value)) fail(path, `expected a list, found ${kind(value)}`);
    const items = value as unknown[];
    if (items.length > max) fail(path, `${sizeLabel(items.length)} items; a Lede backup holds at most ${sizeLabel(max)} here`);
    items.forEach((x, i) => item(x, `${path}[${i}]`));
  };
}

/**
 * An object with exactly these fields (those in `optional` may be absent):
 * a missing field, an unknown one or a prototype key is a problem.
 */
export function object(fields: Record<string, Check>, optional: readonly string[] = []): Check {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, `expected an object, found ${kind(value)}`);
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (FORBIDDEN_KEYS.has(key)) fail(`${path}.${key}`, 'a key Lede never writes, refused for safety');
      if (!Object.hasOwn(fields, key)) fail(`${path}.${key}`, 'not a field of a Lede backup');
    }
    for (const [key, check] of Object.entries(fields)) {
      if (!Object.hasOwn(record, key)) {
        if (optional.includes(key)) continue;
        fail(path, `missing field "${key}"`);
      }
      check(record[key], `${path}.${key}`);
    }
  };
}

/** A URL with one of `schemes` (e.g. ['http:', 'https:']). */
export function url(schemes: readonly string[]): { test: (value: string) => boolean; what: string } {
  return {
    test: (value) => {
      try {
        return schemes.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    what: `a ${schemes.map((s) => s.replace(':', '')).join('/')} address`,
  };
}
