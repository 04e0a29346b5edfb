import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { toStoreError } from './errors';
import { library, type JournalEntry, type LibraryDb } from './schema';
import type { SearchDocument, SearchHit } from './types';

/**
 * Full-text search over the library (MiniSearch). The index is persisted:
 * a snapshot (MiniSearch's JSON, one row) plus the journal of changes that
 * every save and delete writes in its own transaction. A page loads the
 * snapshot once, applies the journal entries it has not seen before each
 * search (so saves from the popup or the background show up at once) and
 * folds a long journal back into the snapshot. Nothing is rebuilt from
 * scratch except the very first time (no snapshot yet). See docs/library.md.
 */

/** Journal entries past the snapshot before a page writes a new snapshot. */
export const COMPACT_AFTER = 50;

/** Lower case with accents folded: "Café" and "cafe" index and match alike. */
export function foldTerm(term: string): string {
  return term.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** Where MiniSearch's own tokenizer splits: white space and punctuation. */
const SEPARATORS = /[\n\r\p{Z}\p{P}]+/u;
/** Chinese and Japanese characters (and the katakana long-vowel mark): written without spaces between words. */
const UNSPACED_CHARS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u30fc';
const UNSPACED = new RegExp(`[${UNSPACED_CHARS}]+`, 'gu');
const ONE_UNSPACED = new RegExp(`^[${UNSPACED_CHARS}]$`, 'u');

/**
 * Words of `text` for the index and for queries: split on white space and
 * punctuation, and each run of Chinese or Japanese text cut into
 * overlapping pairs of characters ("体罰を禁止" → 体罰 罰を を禁 禁止), so a
 * word inside a run is found — without this, a whole sentence of those
 * scripts is one token that only its first word can find. A lone character
 * stays itself.
 */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const word of text.split(SEPARATORS)) {
    let last = 0;
    for (const match of word.matchAll(UNSPACED)) {
      if (match.index > last) tokens.push(word.slice(last, match.index));
      const chars = Array.from(match[0]);
      if (chars.length === 1) tokens.push(match[0]);
      for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
      last = match.index + match[0].length;
    }
    if (last < word.length) tokens.push(word.slice(last));
  }
  return tokens;
}

/** Index and query options; a snapshot must be loaded with the options it was built with. */
export const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'byline', 'siteName', 'textContent', 'captions'],
  // Only what the site filter needs: results are shown from the summaries.
  storeFields: ['site'],
  tokenize,
  processTerm: (term) => foldTerm(term) || null,
  searchOptions: {
    // The word being typed is a prefix; the words before it are whole (a
    // prefix of a common word, "the" → "there", "these", "theory"…, costs
    // the most and narrows nothing). One letter is no prefix, but one
    // Chinese or Japanese character is (it is often a word of its own).
    prefix: (term, i, terms) => i === terms.length - 1 && (term.length >= 2 || ONE_UNSPACED.test(term)),
    // One edit in words of 5-9 letters, two from 10, none below: typo-tolerant
    // without short words matching everything ("the" ~ "she", "tie", "they").
    // A fraction (0.2) would be rounded: one edit from 3 letters.
    fuzzy: (term) => (term.length < 5 ? false : term.length < 10 ? 1 : 2),
    combineWith: 'AND',
    boost: { title: 3, byline: 2, siteName: 2 },
  },
};

interface Loaded {
  index: MiniSearch<SearchDocument>;
  /** The snapshot's upTo when loaded or last written by this page. */
  snapshotUpTo: number;
  /** The last journal entry applied. */
  applied: number;
}

let loaded: Loaded | undefined;
/** Index work runs one step at a time: a load, a catch-up, a compaction. */
let chain: Promise<unknown> = Promise.resolve();

function queue<T>(step: () => Promise<T>): Promise<T> {
  const run = chain.then(step);
  // A failed step drops the in-memory index: the next search reloads it.
  chain = run.catch(() => {
    loaded = undefined;
  });
  return run;
}

function apply(index: MiniSearch<SearchDocument>, entries: JournalEntry[]): void {
  for (const entry of entries) {
    if (index.has(entry.id)) index.discard(entry.id);
    if (entry.op === 'put' && entry.doc) index.add(entry.doc);
  }
}

async function load(db: LibraryDb): Promise<Loaded> {
  const { snapshot, entries } = await db.transaction('r', [db.searchIndex, db.searchJournal], async () => {
    const snapshot = await db.searchIndex.get('snapshot');
    const entries = await db.searchJournal.where('seq').above(snapshot?.upTo ?? 0).toArray();
    return { snapshot, entries };
  });
  const index =
    snapshot?.data !== undefined
      ? await MiniSearch.loadJSONAsync<SearchDocument>(snapshot.data, SEARCH_OPTIONS)
      : new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  apply(index, entries);
  const snapshotUpTo = snapshot?.upTo ?? 0;
  return { index, snapshotUpTo, applied: entries.at(-1)?.seq ?? snapshotUpTo };
}

async function catchUp(db: LibraryDb, current: Loaded): Promise<Loaded> {
  const { meta, entries } = await db.transaction('r', [db.searchIndex, db.searchJournal], async () => ({
    meta: await db.searchIndex.get('meta'),
    entries: await db.searchJournal.where('seq').above(current.applied).toArray(),
  }));
  // Another page compacted past what this one has seen: the entries in
  // between are gone from the journal, so take its snapshot instead.
  if ((meta?.upTo ?? 0) > current.applied) return load(db);
  apply(current.index, entries);
  current.applied = entries.at(-1)?.seq ?? current.applied;
  return current;
}

/** Writes this page's index as the snapshot and drops the journal entries it holds. */
async function compact(db: LibraryDb, current: Loaded): Promise<void> {
  const upTo = current.applied;
  if (upTo <= current.snapshotUpTo) return;
  const data = JSON.stringify(current.index);
  await db.transaction('rw', [db.searchIndex, db.searchJournal], async () => {
    const meta = await db.searchIndex.get('meta');
    if ((meta?.upTo ?? 0) >= upTo) return; // another page got as far
    await db.searchIndex.bulkPut([{ name: 'snapshot', upTo, data }, { name: 'meta', upTo }]);
    await db.searchJournal.where('seq').belowOrEqual(upTo).delete();
  });
  current.snapshotUpTo = upTo;
}

/** The index, loaded once per page and brought up to date with the journal. */
function ready(): Promise<Loaded> {
  const db = library();
  return queue(async () => {
    loaded = loaded ? await catchUp(db, loaded) : await load(db);
    return loaded;
  });
}

/** Loads the index ahead of the first search (a page can call it once its list is painted). */
export async function warmSearch(): Promise<void> {
  await searchLibrary('');
}

/** Folds the journal into the snapshot now (otherwise done after a search once COMPACT_AFTER entries pile up). */
export async function compactSearchIndex(): Promise<void> {
  try {
    const current = await ready();
    await queue(() => compact(library(), current));
  } catch (error) {
    throw toStoreError(error);
  }
}

function whenIdle(run: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 5_000 });
  else setTimeout(run, 0);
}

/** Forgets this page's in-memory index (tests: behave like a page opened afresh). */
export function forgetSearchIndex(): void {
  loaded = undefined;
}

/**
 * Articles matching `query` (every word; the last one also as a prefix;
 * a typo allowed in longer words), best first. `site` keeps only one site's (see siteOf).
 */
export async function searchLibrary(query: string, options: { site?: string } = {}): Promise<SearchHit[]> {
  let current: Loaded;
  try {
    current = await ready();
  } catch (error) {
    throw toStoreError(error);
  }
  if (current.applied - current.snapshotUpTo >= COMPACT_AFTER) {
    // Serialising a large index blocks the page for a moment: do it when the
    // page is idle, after this search's answer, not while the user types.
    whenIdle(() => void queue(() => compact(library(), current)).catch(() => {}));
  }
  const text = query.trim();
  if (!text) return [];
  const { site } = options;
  const results: SearchResult[] = current.index.search(
    text,
    site === undefined ? {} : { filter: (result) => result.site === site },
  );
  return results.map((result) => ({ id: result.id as string, score: result.score, terms: result.terms }));
}
