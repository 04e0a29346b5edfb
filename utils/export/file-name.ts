/**
 * File names for exports, made from article titles: safe on Windows, macOS,
 * Linux, Android and in zip/EPUB paths, and short enough for any of them.
 */

/** Longest base name (before the extension), in characters. */
export const MAX_BASE_LENGTH = 80;

/** Names Windows reserves whatever the extension. */
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/i;

/**
 * A file name for `title` with `extension` (no dot): letters and digits of
 * any script are kept; path separators, control and reserved characters and
 * runs of spaces become one '-'; no leading or trailing dots or dashes;
 * at most MAX_BASE_LENGTH characters before the extension, cut at a word
 * boundary where there is one. An empty or all-symbol title gives `fallback`.
 */
export function fileNameFor(title: string, extension: string, fallback = 'article'): string {
  let base = title
    .normalize('NFC')
    // Control characters, the characters Windows forbids, and path separators.
    .replace(/[\u0000-\u001f\u007f-\u009f<>:"/\\|?*\u2028\u2029]+/g, ' ')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/ /g, '-')
    .replace(/-{2,}/g, '-');
  const chars = Array.from(base);
  if (chars.length > MAX_BASE_LENGTH) {
    const cut = chars.slice(0, MAX_BASE_LENGTH).join('');
    const lastDash = cut.lastIndexOf('-');
    base = lastDash > MAX_BASE_LENGTH / 2 ? cut.slice(0, lastDash) : cut;
  }
  base = base.replace(/^[.\-\s]+|[.\-\s]+$/g, '');
  if (!base || RESERVED.test(base)) base = fallback;
  return `${base}.${extension}`;
}

/**
 * Gives each name once: a name met again gets " (2)", " (3)"… before its
 * extension, compared case-insensitively (zip readers on Windows and macOS
 * fold case).
 */
export function uniqueNames(): (name: string) => string {
  const taken = new Set<string>();
  return (name) => {
    const dot = name.lastIndexOf('.');
    const [base, ext] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base}-${n}${ext}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  };
}
