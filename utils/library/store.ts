import type { Article } from '@/utils/extract';
import { storeFailure, type StoreError } from './errors';
import { searchDocument, toSummary } from './records';
import { dropConnection, library, type LibraryDb } from './schema';
import type { SavedArticle, SavedSummary } from './types';

/**
 * The library's reads and writes. Every write is one IndexedDB transaction
 * over the article, its summary and the search journal, so it lands whole
 * or not at all; promises resolve only after the transaction committed.
 * This module does not load the search engine (the popup imports it).
 */

/**
 * A failed operation on `db` as the StoreError to throw; the connection is
 * dropped so the next operation opens a fresh one (see dropConnection).
 */
export async function failureOn(db: LibraryDb, error: unknown, transactionError?: unknown): Promise<StoreError> {
  const failure = await storeFailure(error, { transactionError, connectionLost: !db.isOpen() });
  dropConnection(db);
  return failure;
}

/** Runs a read and turns any failure into a StoreError. */
async function guarded<T>(body: (db: LibraryDb) => Promise<T>): Promise<T> {
  const db = library();
  try {
    return await body(db);
  } catch (error) {
    throw await failureOn(db, error);
  }
}

const WRITE_TABLES = ['articles', 'summaries', 'searchJournal'] as const;

/**
 * Runs `body` in one read-write transaction over an article's tables; resolves
 * after the commit. A failure says why from the transaction's own error.
 */
async function write<T>(body: (db: LibraryDb) => Promise<T>): Promise<T> {
  const db = library();
  let idbTransaction: IDBTransaction | undefined;
  try {
    return await db.transaction('rw', WRITE_TABLES, async (tx) => {
      idbTransaction = tx.idbtrans;
      return body(db);
    });
  } catch (error) {
    throw await failureOn(db, error, idbTransaction?.error);
  }
}

/**
 * Saves `article` under `key`; the same key again updates that record,
 * keeping its id, savedAt and read state. Resolves after the commit.
 */
export async function saveArticle(article: Article, key: string, now = Date.now()): Promise<SavedArticle> {
  const record = await write(async (db) => {
    // Read and write in one transaction: IndexedDB runs overlapping
    // read-write transactions one after the other, so two saves of one
    // page cannot both miss the other (and the unique key index is the backstop).
    const existing = await db.summaries.where('key').equals(key).first();
    const saved: SavedArticle = {
      ...article,
      id: existing?.id ?? crypto.randomUUID(),
      key,
      savedAt: existing?.savedAt ?? now,
      updatedAt: now,
      read: existing?.read ?? false,
    };
    await db.articles.put(saved);
    await db.summaries.put(toSummary(saved));
    await db.searchJournal.add({ op: 'put', id: saved.id, doc: searchDocument(saved) });
    return saved;
  });
  void keepStorage();
  return record;
}

/** The whole record (body included), or undefined. */
export function getArticle(id: string): Promise<SavedArticle | undefined> {
  return guarded((db) => db.articles.get(id));
}

/** The summary saved under `key`, or undefined: the popup's "already saved?" (one index lookup, no body). */
export function findByKey(key: string): Promise<SavedSummary | undefined> {
  return guarded((db) => db.summaries.where('key').equals(key).first());
}

/**
 * Summaries, newest savedAt first. `offset`/`limit` page through them for a
 * list that renders only what is on screen.
 */
export function listSummaries(options: { offset?: number; limit?: number } = {}): Promise<SavedSummary[]> {
  return guarded((db) => {
    let query = db.summaries.orderBy('savedAt').reverse();
    if (options.offset) query = query.offset(options.offset);
    if (options.limit !== undefined) query = query.limit(options.limit);
    return query.toArray();
  });
}

/** How many articles are saved. */
export function countArticles(): Promise<number> {
  return guarded((db) => db.summaries.count());
}

/** Deletes a record; returns it (for Undo), or undefined when there was none. */
export function removeArticle(id: string): Promise<SavedArticle | undefined> {
  return write(async (db) => {
    const record = await db.articles.get(id);
    if (!record) return undefined;
    await db.articles.delete(id);
    await db.summaries.delete(id);
    await db.searchJournal.add({ op: 'delete', id });
    return record;
  });
}

/**
 * Puts a removed record back (Undo). If the page was saved again in the
 * meantime, that newer copy stays and this one is dropped: never a duplicate.
 */
export function restoreArticle(record: SavedArticle): Promise<void> {
  return write(async (db) => {
    const existing = await db.summaries.where('key').equals(record.key).first();
    if (existing && existing.id !== record.id) return;
    await db.articles.put(record);
    await db.summaries.put(toSummary(record));
    await db.searchJournal.add({ op: 'put', id: record.id, doc: searchDocument(record) });
  });
}

/** Marks a record read or unread. */
export function setRead(id: string, read: boolean): Promise<void> {
  return write(async (db) => {
    await db.articles.update(id, { read });
    await db.summaries.update(id, { read });
  });
}

/**
 * Asks the browser not to evict the library under storage pressure. Where
 * the API is missing (a service worker has no `persist`) or refuses, Lede
 * still works: `unlimitedStorage` already exempts it from quota eviction in Chrome.
 */
async function keepStorage(): Promise<void> {
  try {
    const storage = globalThis.navigator?.storage;
    if (typeof storage?.persist !== 'function') return;
    if (await storage.persisted()) return;
    await storage.persist();
  } catch {
    // Best effort: the save itself has already committed.
  }
}
