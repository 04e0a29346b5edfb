/**
 * JSON held in a page's inline scripts, read without running any of them.
 *
 * Newsroom systems often ship a gallery's slides only as data: a framework's
 * state (`<script id="__NEXT_DATA__" type="application/json">`,
 * `window.__INITIAL_STATE__ = {…}`) or a CMS variable (`var gallery = {…};`,
 * `window.slides = JSON.parse("…")`). This module finds such literals by
 * scanning for an assignment, then the balanced brackets that follow it
 * (strings respected), and keeps only what `JSON.parse` accepts: a JavaScript
 * object literal that is not strict JSON is skipped, never evaluated.
 */

/** Bounds on the work, so a page with megabytes of inline script stays cheap. */
export const SCRIPT_LIMITS = {
  /** Characters of one script that are looked at. */
  maxScriptChars: 3_000_000,
  /** Characters of all scripts of a page that are looked at. */
  maxPageChars: 6_000_000,
  /** Literals parsed per page. */
  maxValues: 40,
};

/**
 * Where a literal starts: an `=` (not `==`, `!=`, `<=`, `>=`, `=>`) right
 * after a name or `]` — `var X =`, `window.X =`, `window["X"] =`,
 * `a.b.c =` — followed by `{` or `[`. Matching the rare `= {` first and
 * looking back keeps the scan linear over megabytes of script.
 */
const ASSIGNMENT = /([\w$\]])\s*=\s*(?=[{[])/g;
/** `JSON.parse("…")` or `JSON.parse('…')`: an escaped JSON string. */
const JSON_PARSE = /\bJSON\.parse\(\s*(?=["'])/g;
/** Scripts worth reading at all: gallery data names its captions or descriptions. */
const WORTH_READING = /caption|description|credit|cutline/i;

/** What the bracket scan stops on: a quote or a bracket (everything else is skipped by the regex engine). */
const BRACKET_OR_QUOTE = /["'{}[\]]/g;
/** Inside a string: an escape, a raw newline or either quote (the caller tells which one closes it). */
const STRING_STOP = /[\\\n"']/g;

/**
 * The index just past the bracket that closes the one at `start`, or -1 when
 * it does not close within `limit` characters. Quoted strings (either quote)
 * are skipped whole, so brackets inside captions do not count. Regex jumps,
 * not a loop over every character: this runs over megabytes of script, on
 * a click, before any JIT has warmed it.
 */
export function closingBracket(source: string, start: number, limit = source.length): number {
  let depth = 0;
  const end = Math.min(source.length, limit);
  BRACKET_OR_QUOTE.lastIndex = start;
  for (let match = BRACKET_OR_QUOTE.exec(source); match && match.index < end; match = BRACKET_OR_QUOTE.exec(source)) {
    const i = match.index;
    const c = source.charCodeAt(i);
    if (c === 34 || c === 39) {
      const close = stringEnd(source, i, end);
      if (close === -1) return -1;
      BRACKET_OR_QUOTE.lastIndex = close + 1;
    } else if (c === 123 || c === 91) depth++;
    else {
      depth--;
      if (depth === 0) return i + 1;
      if (depth < 0) return -1;
    }
  }
  return -1;
}

/** The index of the quote that closes the string opened at `open`, escapes skipped; -1 at a raw newline or past `end`. */
function stringEnd(source: string, open: number, end: number): number {
  const quote = source.charCodeAt(open);
  STRING_STOP.lastIndex = open + 1;
  for (let match = STRING_STOP.exec(source); match && match.index < end; match = STRING_STOP.exec(source)) {
    const c = source.charCodeAt(match.index);
    if (c === 92) STRING_STOP.lastIndex = match.index + 2; // an escape: skip the character it escapes
    else if (c === 10) return -1; // a raw newline: not a string literal, so not JSON
    else if (c === quote) return match.index;
  }
  return -1;
}

/**
 * Decodes the JavaScript string literal starting at `start` (a quote), or
 * returns null when it is not a plain literal. Handles the escapes JSON
 * strings in scripts use (`\"`, `\\`, `\/`, `\n`, `\uXXXX`, `\xXX`, `\'`).
 */
export function stringLiteral(source: string, start: number, limit = source.length): string | null {
  const quote = source[start];
  let out = '';
  const end = Math.min(source.length, limit);
  for (let i = start + 1; i < end; i++) {
    const c = source[i];
    if (c === quote) return out;
    if (c === '\n') return null;
    if (c !== '\\') {
      out += c;
      continue;
    }
    const e = source[++i];
    if (e === 'u' || e === 'x') {
      const width = e === 'u' ? 4 : 2;
      const hex = source.slice(i + 1, i + 1 + width);
      if (!/^[0-9a-f]+$/i.test(hex) || hex.length !== width) return null;
      out += String.fromCharCode(parseInt(hex, 16));
      i += width;
    } else out += ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' } as Record<string, string>)[e] ?? e;
  }
  return null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The JSON literals in one script's source (at most `budget` of them). */
export function literalsIn(source: string, budget = SCRIPT_LIMITS.maxValues): unknown[] {
  const values: unknown[] = [];
  const text = source.length > SCRIPT_LIMITS.maxScriptChars ? source.slice(0, SCRIPT_LIMITS.maxScriptChars) : source;
  // A whole-script JSON document (type="application/json", or a bare object).
  const trimmed = text.trim();
  if (/^[{[]/.test(trimmed)) {
    const whole = parseJson(trimmed);
    if (whole !== undefined) return [whole];
  }
  let resumeAt = 0;
  for (const pattern of [ASSIGNMENT, JSON_PARSE]) {
    pattern.lastIndex = 0;
    resumeAt = 0;
    for (let match = pattern.exec(text); match && values.length < budget; match = pattern.exec(text)) {
      const start = match.index + match[0].length;
      if (start < resumeAt) continue;
      if (pattern === JSON_PARSE) {
        const decoded = stringLiteral(text, start);
        const value = decoded && /^\s*[{[]/.test(decoded) ? parseJson(decoded) : undefined;
        if (value !== undefined) values.push(value);
        continue;
      }
      const end = closingBracket(text, start);
      if (end === -1) continue;
      const value = parseJson(text.slice(start, end));
      if (value !== undefined) {
        values.push(value);
        // Assignments nested in what was just parsed are part of it.
        resumeAt = end;
        pattern.lastIndex = end;
      }
    }
  }
  return values;
}

/**
 * The JSON values of a page's inline scripts: whole JSON documents
 * (`type="application/json"`), object and array literals assigned in
 * scripts, and `JSON.parse("…")` strings. JSON-LD is left to json-ld.ts;
 * scripts that name no caption, description or credit are not read.
 */
export function scriptJsonValues(scripts: Iterable<Element>): unknown[] {
  const values: unknown[] = [];
  let chars = 0;
  for (const script of scripts) {
    if (script.hasAttribute('src')) continue;
    const type = (script.getAttribute('type') ?? '').trim().toLowerCase();
    if (type === 'application/ld+json' || (type && !/(?:javascript|ecmascript|json|module)$/.test(type))) continue;
    const source = script.textContent ?? '';
    if (chars >= SCRIPT_LIMITS.maxPageChars || values.length >= SCRIPT_LIMITS.maxValues) break;
    chars += Math.min(source.length, SCRIPT_LIMITS.maxScriptChars);
    if (source.length < 40 || !WORTH_READING.test(source)) continue;
    values.push(...literalsIn(source, SCRIPT_LIMITS.maxValues - values.length));
  }
  return values;
}
