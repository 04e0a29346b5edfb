/**
 * Escaping for the Markdown converter: text from a page must come out as the
 * same text, never as Markdown syntax.
 */

/**
 * Escapes characters that mean something anywhere in a line: backslash,
 * emphasis and code markers, brackets, `<` (raw HTML, autolinks), `~`
 * (GFM strikethrough) and `&` where it would start an entity. An underscore
 * between two letters or digits stays bare, as it cannot open or close
 * emphasis there (snake_case).
 */
export function escapeInline(text: string): string {
  return text
    .replace(/[\\`*[\]<>~]/g, '\\$&')
    .replace(/&(?=#?\w+;)/g, '\\&')
    .replace(/_/g, (underscore, offset: number, whole: string) =>
      /\w/.test(whole[offset - 1] ?? '') && /\w/.test(whole[offset + 1] ?? '') ? underscore : '\\_',
    );
}

/**
 * Escapes what would make a line start a heading, list, quote or thematic
 * break ("# 1", "- x", "1. x", "+ x", "===="). Applied to each line of a
 * paragraph once its inline Markdown is built; the converter's own inline
 * syntax never starts with these.
 */
export function escapeLineStart(line: string): string {
  return line
    .replace(/^(\s*)([#>+-])/, (_, space: string, mark: string) => `${space}\\${mark}`)
    .replace(/^(\s*\d+)([.)])(?=\s|$)/, '$1\\$2')
    .replace(/^(\s*)(=+\s*)$/, '$1\\$2');
}

/** Escapes a table cell's pipes, on top of the inline escaping already done. */
export function escapeCell(markdown: string): string {
  return markdown.replace(/\|/g, '\\|');
}

/** The shortest run of backticks longer than any run inside `text`. */
export function fenceFor(text: string, min = 1): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(min, longest + 1));
}

/** `href` resolved against `base`; unparseable links are kept as written. */
export function absoluteUrl(href: string, base: string | undefined): string {
  try {
    return new URL(href, base).href;
  } catch {
    return href;
  }
}

/** A link or image destination, in angle brackets when it holds spaces or parentheses. */
export function destination(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>]/g, (c) => encodeURIComponent(c))}>` : url;
}
