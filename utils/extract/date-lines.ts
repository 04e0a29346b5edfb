/**
 * Date lines at the story's edges ("23.10.2018", "Publikacja: 04.05.2021",
 * "Last updated September 14, 2016", "von Jane Doe am 14. Mai 2014, 15:40
 * Uhr"): a short line that is a date, a time and at most a short label (or
 * the byline), above the story's first paragraph of prose or below its
 * last. The Article carries the date (`publishedTime`, shown in the reader's
 * header), so a line goes only when the Article has a date or the line gives
 * it one (a date beyond doubt, above the story): the date is moved, never
 * lost. Recognised by the
 * shape of dates — digits, a year, a month as a number or as any word — so
 * in any language.
 */
import { isProse, type Block } from './blocks';
import type { RemovalTrace } from './structure';

/** A date line is short … */
const MAX_CHARS = 80;
/**
 * … and holds at most this many words beside its date, time and byline (a label: "Stand", "Publié le", "Last
 * updated"). Three would take "Von Jana Roth, 12.05.2024" where the Article has no byline, and lose the name.
 */
const MAX_OTHER_WORDS = 2;

const YEAR = '(?:19|20)\\d\\d';
/** A word standing for a month (any language): letters, perhaps shortened with a dot. */
const MONTH_WORD = '\\p{L}{3,12}\\.?';
/** Dates with a day, a month and a year: ISO, numeric either way round, and with a month word before or after the day. */
const DATE = new RegExp(
  [
    `\\b${YEAR}-\\d\\d-\\d\\d(?:[T ]\\d\\d:\\d\\d(?::\\d\\d(?:\\.\\d+)?)?(?:Z|[+-]\\d\\d:?\\d\\d)?)?`,
    `\\b\\d{1,2}[./-] ?\\d{1,2}[./-] ?(?:${YEAR}|\\d\\d)\\b`,
    `\\b${YEAR}[./]\\d{1,2}[./]\\d{1,2}\\b`,
    `\\b\\d{1,2}\\.?,? (?:de )?${MONTH_WORD},? (?:de )?${YEAR}\\b`,
    `(?<!\\p{L})${MONTH_WORD} \\d{1,2}(?:st|nd|rd|th)?,? ${YEAR}\\b`,
    `${YEAR}\\s?年\\s?\\d{1,2}\\s?月\\s?\\d{1,2}\\s?日`,
  ].join('|'),
  'gu',
);
/** Times of day with their zone or unit: 15:40 Uhr, 3:15 PM ET, 20:37:05, 14:32 IST. */
const TIME = /\b\d{1,2}:\d\d(?::\d\d)?(?:\s?[ap]\.?m\.?)?(?:\s?\p{L}{1,3}(?!\p{L}))?/giu;

/**
 * Whether `text` is a date line: short, holding a full date, and beside
 * it (and any time and the byline's words) at most a short label.
 */
export function isDateLine(text: string, byline: string | null): boolean {
  if (text.length > MAX_CHARS) return false;
  DATE.lastIndex = 0;
  if (!DATE.test(text)) return false;
  let rest = text.replace(DATE, ' ').replace(TIME, ' ').toLowerCase();
  for (const word of byline?.toLowerCase().match(/\p{L}+/gu) ?? []) rest = rest.replace(new RegExp(`(?<!\\p{L})${word}(?!\\p{L})`, 'u'), ' ');
  // Quotes and brackets around the rest are a citation ("Roadmap". Retrieved 10 May 2016.), digits left over are data.
  return (rest.match(/\p{L}+/gu)?.length ?? 0) <= MAX_OTHER_WORDS && !/\d{3,}|["“”„«»[\]]/.test(rest);
}

/** Blocks a date line can be: not a table cell (a date in a table is data), not a caption. */
const LINE = /^(?:P|DIV|LI|SPAN|TIME|ADDRESS|HEADER|FOOTER|H[1-6]|DT|DD)$/;

/** Day-first and ISO dates whose reading is not in doubt: 2021-04-29, 04.05.2021, 2016年10月14日. */
const CERTAIN = [
  { re: /\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b/u, order: [1, 2, 3] },
  { re: /\b(\d{1,2})\. ?(\d{1,2})\. ?((?:19|20)\d\d)\b/u, order: [3, 2, 1] },
  { re: /((?:19|20)\d\d)\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日/u, order: [1, 2, 3] },
];

/** The calendar date (YYYY-MM-DD) a line states beyond doubt, or null (a month word, or 05/08/2019: which is the month?). */
export function certainDate(text: string): string | null {
  for (const { re, order } of CERTAIN) {
    const m = re.exec(text);
    if (!m) continue;
    const [y, mo, d] = order.map((i) => Number(m[i]));
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
  }
  return null;
}

/** What the story's metadata says, for the rules that move a line into it rather than lose it. */
export interface StoryMeta {
  /** The Article's byline (its words may sit on a date line). */
  byline: string | null;
  /** The Article carries a publication date. */
  dated: boolean;
  /** Set by the date-line rule: the date of a line it took above an undated story, for the Article's `publishedTime`. */
  lineDate?: string;
  /** Set by the date-line rule: the lines it took (one may be Readability's excerpt). */
  taken?: string[];
}

/**
 * Removes the date lines among `blocks` (the pick's innermost blocks, in
 * order) that sit before the story's first paragraph of prose or after its
 * last. Where the Article carries no date, only a line above the story
 * whose date is certain goes, and that date becomes the Article's
 * (`meta.lineDate`): the date is moved into the header, never lost.
 * Returns the blocks removed.
 */
export function removeDateLines(blocks: Block[], meta: StoryMeta, trace?: RemovalTrace): Set<Element> {
  const removed = new Set<Element>();
  const first = blocks.findIndex(isProse);
  if (first < 0) return removed;
  let last = blocks.length - 1;
  while (!isProse(blocks[last])) last--;
  blocks.forEach((b, i) => {
    if (i >= first && (i <= last || !meta.dated)) return;
    if (!LINE.test(b.el.tagName) || !isDateLine(b.text, meta.byline) || b.el.closest('figure, table')) return;
    if (!meta.dated) {
      const date = certainDate(b.text);
      if (!date) return;
      meta.lineDate ??= date;
    }
    (meta.taken ??= []).push(b.text);
    trace?.('date-line', b.text);
    b.el.remove();
    removed.add(b.el);
  });
  return removed;
}
