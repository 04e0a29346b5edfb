/**
 * Small checkers for data that crosses a trust boundary (an injected
 * script's result, a message, a backup file). Each returns the value
 * rebuilt from what it checked, or throws an Invalid, so nothing unchecked
 * rides along.
 */

/** A value that failed a check; `path` says where. */
export class Invalid extends Error {
  constructor(readonly path: string, expected: string) {
    super(`${path || 'value'}: expected ${expected}`);
  }
}

/** Checks and rebuilds one value found at `path`. */
export type Check<T> = (value: unknown, path: string) => T;

/** A string, cut to `max` characters (metadata a page can make as long as it likes). */
export const text = (max: number): Check<string> => (value, path) => {
  if (typeof value !== 'string') throw new Invalid(path, 'a string');
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
};

/** A string no longer than `max` characters, refused (not cut) when longer: HTML cut short is broken HTML. */
export const bounded = (max: number): Check<string> => (value, path) => {
  if (typeof value !== 'string') throw new Invalid(path, 'a string');
  if (value.length > max) throw new Invalid(path, `at most ${max} characters`);
  return value;
};

/** A finite, non-negative number. */
export const count: Check<number> = (value, path) => {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new Invalid(path, 'a non-negative number');
  return value;
};

/** `check`, or null. */
export const nullable = <T>(check: Check<T>): Check<T | null> => (value, path) =>
  value === null ? null : check(value, path);

/** `check`, or absent (the key is left out, not set to undefined). */
export const optional = <T>(check: Check<T>): Check<T | undefined> => (value, path) =>
  value === undefined ? undefined : check(value, path);

/** One of `values`. */
export const oneOf = <T extends string | number | boolean | null>(...values: T[]): Check<T> => (value, path) => {
  if (!values.includes(value as T)) throw new Invalid(path, values.map(String).join(' | '));
  return value as T;
};

/** An array of at most `max` items, each checked. */
export const list = <T>(item: Check<T>, max: number): Check<T[]> => (value, path) => {
  if (!Array.isArray(value)) throw new Invalid(path, 'an array');
  if (value.length > max) throw new Invalid(path, `at most ${max} items`);
  return value.map((entry, i) => item(entry, `${path}[${i}]`));
};

/** A plain object with exactly the checked keys kept (others are dropped). */
export const record = <T extends object>(fields: { [K in keyof T]-?: Check<T[K]> }): Check<T> => (value, path) => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Invalid(path, 'an object');
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, check] of Object.entries(fields) as Array<[string, Check<unknown>]>) {
    const checked = check(Object.hasOwn(source, key) ? source[key] : undefined, path ? `${path}.${key}` : key);
    if (checked !== undefined) out[key] = checked;
  }
  return out as T;
};
