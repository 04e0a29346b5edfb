/**
 * Counts and dates for the UI language, with no browser API: the locale and
 * the message lookup come in as arguments, so Node tests run it as is.
 */

/** Intl formatters are slow to build and immutable: one per locale and options (a list formats many rows). */
const formatters = new Map<string, Intl.PluralRules | Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.PluralRules | Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (!formatter) formatters.set(key, (formatter = make()));
  return formatter;
}

/** Looks a message up by key, filling `$1`…; '' when no locale has it (chrome.i18n's own answer). */
export type Lookup = (key: string, substitutions: string[]) => string;

/**
 * The message for `count` of something: the key `${base}_${category}` for
 * the locale's plural category (one, few, many, other…; Intl.PluralRules),
 * else `${base}_other`, with the count formatted for the locale as `$1`.
 */
export function pluralMessage(lookup: Lookup, locale: string, base: string, count: number, ...rest: string[]): string {
  const substitutions = [formatNumber(count, locale), ...rest];
  const category = cached(`plural ${locale}`, () => new Intl.PluralRules(locale)).select(count);
  return lookup(`${base}_${category}`, substitutions) || lookup(`${base}_other`, substitutions);
}

/** A number with the locale's digit grouping: "12,345" in English, "12.345" in German. */
export function formatNumber(value: number, locale: string): string {
  return cached(`number ${locale}`, () => new Intl.NumberFormat(locale)).format(value);
}

/** A size in bytes in the largest fitting unit, one decimal under 10: "512 KB", "1.5 MB" ("1,5 MB" in German). */
export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = Math.max(0, bytes);
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const digits = value < 10 && unit > 0 ? 1 : 0;
  return cached(`bytes ${locale} ${unit} ${digits}`, () => new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: unit === 0 ? 'long' : 'short',
    maximumFractionDigits: digits,
  })).format(value);
}

/** Date styles Lede shows: a long one for articles ("19 December 2016"), a short one for lists ("29 Nov 2026"). */
const DATE_STYLES = {
  long: { year: 'numeric', month: 'long', day: 'numeric' },
  short: { year: 'numeric', month: 'short', day: 'numeric' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

/** A date for people in `locale`; `value` as ISO text or epoch milliseconds. */
export function formatDate(value: string | number, locale: string, style: keyof typeof DATE_STYLES = 'long'): string {
  return cached(`date ${locale} ${style}`, () => new Intl.DateTimeFormat(locale, DATE_STYLES[style])).format(new Date(value));
}

/**
 * The locale to format counts and dates in, so they match the text around
 * them: the browser's UI language (with its region: en-GB writes "19
 * December") when the messages shown are in that language, else the
 * messages' own language. The two differ when the browser has no Lede
 * locale for its language (a French browser reads English), and in headless
 * Chromium, whose getUILanguage() stays en-US under --lang=de while the
 * messages come from de.
 */
export function matchingLocale(browserTag: string | null | undefined, messagesTag: string): string {
  const browserLocale = usableLocale(browserTag, messagesTag);
  const language = (tag: string) => tag.split('-')[0]!.toLowerCase();
  return language(browserLocale) === language(messagesTag) ? browserLocale : messagesTag;
}

/** A locale tag a formatter accepts: `wanted` when Intl knows it, else `fallback`. */
export function usableLocale(wanted: string | null | undefined, fallback: string): string {
  if (!wanted) return fallback;
  try {
    return Intl.getCanonicalLocales(wanted)[0] ?? fallback;
  } catch {
    return fallback;
  }
}
