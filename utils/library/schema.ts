import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import { searchDocument, toSummary } from './records';
import type { SavedArticle, SavedSummary, SearchDocument } from './types';

/** The database's name in the extension origin's IndexedDB. */
export const DB_NAME = 'lede-library';

/**
 * One change to the search index, written in the same transaction as the
 * change to the articles. Pages holding the index in memory apply the
 * entries they have not seen; compaction folds them into the snapshot.
 */
export interface JournalEntry {
  /** Order of the changes (auto-increment). */
  seq?: number;
  op: 'put' | 'delete';
  /** The article's id. */
  id: string;
  /** What to index, for 'put'. */
  doc?: SearchDocument;
}

/** A row of the searchIndex table. */
export interface IndexRow {
  /** 'snapshot' holds the index; 'meta' repeats its `upTo` so checking it does not load the index. */
  name: 'snapshot' | 'meta';
  /** The journal entries up to and including this seq are in the snapshot (and deleted from the journal). */
  upTo: number;
  /** MiniSearch's JSON (a string: IndexedDB clones one string far faster than a deep object). */
  data?: string;
}

/** A row of the images table: one image of one saved article, kept for offline reading. */
export interface ImageRow {
  /** The saved article it belongs to (deleting the article drops its rows). */
  articleId: string;
  /** The image's absolute http(s) URL as the article's HTML or captions use it. */
  url: string;
  /** MIME type the server sent (image/*). */
  type: string;
  /** The bytes. */
  blob: Blob;
  /** blob.size, kept so the storage figures need not read blobs. */
  size: number;
}

/** The library database. Tables are declared by MIGRATIONS; these are their types. */
export type LibraryDb = Dexie & {
  /** Whole records, bodies included: read one at a time. */
  articles: EntityTable<SavedArticle, 'id'>;
  /** The list's copy of each record, without the body (same ids). */
  summaries: EntityTable<SavedSummary, 'id'>;
  /** Search index changes not yet in the snapshot. */
  searchJournal: EntityTable<JournalEntry, 'seq'>;
  /** The persisted search index. */
  searchIndex: EntityTable<IndexRow, 'name'>;
  /** Offline copies of articles' images (opt-in), keyed by [articleId+url]. */
  images: Table<ImageRow, [string, string]>;
};

/** One schema version: Dexie's store declarations (changed tables only) and the upgrade from the version before. */
export interface Migration {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

/**
 * Every schema version, oldest first. Add a version at the end (never edit a
 * shipped one) and a fixture pair tests/fixtures/library/v<N>/ (before.json
 * at version N-1, after.json at N): tests/unit/library-migrations.test.ts
 * runs each upgrade from its fixture.
 */
export const MIGRATIONS: Migration[] = [
  // v1: whole articles, one per dedupe key.
  { version: 1, stores: { articles: 'id, &key' } },
  // v2: the list reads summaries (no bodies) newest first; search keeps a
  // persisted MiniSearch snapshot plus a journal of changes since it.
  {
    version: 2,
    stores: { summaries: 'id, &key, savedAt', searchJournal: '++seq', searchIndex: 'name' },
    async upgrade(tx) {
      await tx
        .table<SavedArticle>('articles')
        .orderBy('id')
        .each(async (record) => {
          await tx.table('summaries').put(toSummary(record));
          await journalPut(tx, record);
        });
    },
  },
  // v3: offline image copies, per article (opt-in; existing libraries start with none).
  { version: 3, stores: { images: '[articleId+url], articleId' } },
  // v4: the search index cuts Chinese and Japanese text into pairs of characters (search.ts
  // `tokenize`): the old snapshot is dropped and every article journalled again, so the next
  // search builds the index anew.
  {
    version: 4,
    stores: {},
    async upgrade(tx) {
      await tx.table('searchIndex').clear();
      await tx.table('searchJournal').clear();
      await tx
        .table<SavedArticle>('articles')
        .orderBy('id')
        .each((record) => journalPut(tx, record));
    },
  },
];

/** Journals `record` for the search index (an upgrade's way to have it indexed). */
async function journalPut(tx: Transaction, record: SavedArticle): Promise<void> {
  await tx.table('searchJournal').add({ op: 'put', id: record.id, doc: searchDocument(record) });
}

/** The current schema version. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

export interface OpenOptions {
  name?: string;
  /** Declare the schema only up to this version (migration tests build old databases with it). */
  upTo?: number;
  /** Another IndexedDB implementation (tests). */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** A connection to the library database with its schema declared (Dexie opens it on first use). */
export function openLibrary(options: OpenOptions = {}): LibraryDb {
  const db = new Dexie(options.name ?? DB_NAME, {
    // A commit waits until the data is on disk: Chrome's default ("relaxed")
    // reports success before, and Lede says "Saved" on commit.
    chromeTransactionDurability: 'strict',
    ...(options.indexedDB && { indexedDB: options.indexedDB }),
    ...(options.IDBKeyRange && { IDBKeyRange: options.IDBKeyRange }),
  }) as LibraryDb;
  for (const migration of MIGRATIONS) {
    if (options.upTo !== undefined && migration.version > options.upTo) break;
    const version = db.version(migration.version).stores(migration.stores);
    if (migration.upgrade) version.upgrade(migration.upgrade);
  }
  return db;
}

let shared: LibraryDb | undefined;

/**
 * This page's (or worker's) connection. A cache, not state: every context
 * opens the same database, and a closed connection is reopened on next use.
 */
export function library(): LibraryDb {
  if (!shared || shared.hasBeenClosed()) shared = openLibrary();
  return shared;
}

/**
 * Drops `db` if it is this context's connection, so the next call opens a
 * fresh one. Called after any failed operation: on a full disk Chromium
 * leaves the connection unusable (every later transaction fails as
 * "closing") without the close event that would make Dexie reopen it, and
 * only a new connection works once there is room again (seen in real
 * Chromium: the page stayed broken until reloaded). Opening anew is cheap.
 */
export function dropConnection(db: LibraryDb): void {
  if (shared !== db) return;
  shared = undefined;
  db.close();
}

/** Closes this context's connection (tests; a page that is going away). */
export function closeLibrary(): void {
  shared?.close();
  shared = undefined;
}
