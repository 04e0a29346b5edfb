/**
 * A small validator for untrusted JSON: each check throws a BackupError
 * naming the first problem and where it is ("articles[3].title: …").
 */

import { t, uiNumber, type MessageKey } from '../../i18n';

/** Why a file is not a backup this Lede can import; the message is for people. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** Validates `value` at `path`; throws BackupError. */
export type Check = (value: unknown, path: string) => void;

/** Keys that could reach an object's prototype when copied: never in a Lede backup. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

const fail = (path: string, problem: string): never => {
  throw new BackupError(t('backupFieldProblem', path, problem));
};

/** The kinds of JSON value, by `typeof`, in the UI language (null is JSON's own word). */
const KINDS: Record<string, MessageKey> = {
  string: 'backupKindText', number: 'backupKindNumber', boolean: 'backupKindBoolean', object: 'backupKindObject',
};

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return t('backupKindList');
  const key = KINDS[typeof value];
  return key ? t(key) : typeof value;
}

/** A pattern a text must match; `what` names what it must be, in the UI language. */
export interface TextPattern {
  test: (value: string) => boolean;
  what: () => string;
}

/** Text of at most `max` characters, optionally matching `pattern`. */
export function text(max: number, pattern?: TextPattern): Check {
  return (value, path) => {
    if (typeof value !== 'string') fail(path, t('backupExpectedText', kind(value)));
    const s = value as string;
    if (s.length > max) fail(path, t('backupTooLong', uiNumber(s.length), uiNumber(max)));
    if (pattern && !pattern.test(s)) fail(path, t('backupNotA', pattern.what()));
  };
}

/** A finite number from `min`, an integer when `integer`. */
export function number(min: number, integer = true): Check {
  return (value, path) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) fail(path, t('backupExpectedNumber', kind(value)));
    const n = value as number;
    if (integer && !Number.isInteger(n)) fail(path, t('backupExpectedWhole', uiNumber(n)));
    if (n < min) fail(path, t('backupExpectedAtLeast', uiNumber(min), uiNumber(n)));
  };
}

export const boolean: Check = (value, path) => {
  if (typeof value !== 'boolean') fail(path, t('backupExpectedBoolean', kind(value)));
};

/** One of the given literal values. */
export function oneOf(values: readonly unknown[]): Check {
  return (value, path) => {
    if (!values.includes(value)) {
      fail(path, t('backupExpectedOneOf', values.map((v) => JSON.stringify(v)).join(', '), JSON.stringify(value)?.slice(0, 40) ?? String(value)));
    }
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
    if (!Array.isArray(value)) fail(path, t('backupExpectedList', kind(value)));
    const items = value as unknown[];
    if (items.length > max) fail(path, t('backupTooMany', uiNumber(items.length), uiNumber(max)));
    items.forEach((x, i) => item(x, `${path}[${i}]`));
  };
}

/**
 * An object with exactly these fields (those in `optional` may be absent):
 * a missing field, an unknown one or a prototype key is a problem.
 */
export function object(fields: Record<string, Check>, optional: readonly string[] = []): Check {
  return (value, path) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, t('backupExpectedObject', kind(value)));
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (FORBIDDEN_KEYS.has(key)) fail(`${path}.${key}`, t('backupForbiddenKey'));
      if (!Object.hasOwn(fields, key)) fail(`${path}.${key}`, t('backupUnknownField'));
    }
    for (const [key, check] of Object.entries(fields)) {
      if (!Object.hasOwn(record, key)) {
        if (optional.includes(key)) continue;
        fail(path, t('backupMissingField', key));
      }
      check(record[key], `${path}.${key}`);
    }
  };
}

/** A URL with one of `schemes` (e.g. ['http:', 'https:']). */
export function url(schemes: readonly string[]): TextPattern {
  return {
    test: (value) => {
      try {
        return schemes.includes(new URL(value).protocol);
      } catch {
        return false;
      }
    },
    what: () => t('backupWhatWebAddress', schemes.map((s) => s.replace(':', '')).join('/')),
  };
}
