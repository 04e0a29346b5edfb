/**
 * Importing a checked backup into the library: one read-write transaction
 * over the articles, their summaries and the search journal, in which the
 * local records are read, the merge is planned (merge-plan.ts) and applied.
 * It lands whole or not at all; nothing local is deleted.
 */
import { searchDocument, toSummary } from '../../library/records';
import { library } from '../../library/schema';
import { failureOn } from '../../library/store';
import type { SavedArticle } from '../../library/types';
import { planImport, reportOf, type ImportReport } from './merge-plan';

/**
 * Stores `records` (already validated) by the merge rules; resolves after the
 * commit. `defuse` cleans the HTML of each record that will be written (only
 * those: an unchanged article costs nothing); it is synchronous, so it runs
 * inside the transaction without letting it commit early.
 */
export async function applyImport(records: SavedArticle[], defuse: (html: string) => string): Promise<ImportReport> {
  const db = library();
  let idbTransaction: IDBTransaction | undefined;
  try {
    return await db.transaction('rw', ['articles', 'summaries', 'searchJournal'], async (tx) => {
      idbTransaction = tx.idbtrans;
      // Summaries hold what the plan needs (id, key, dates, read) without the bodies.
      const plan = planImport(records, await db.summaries.toArray());
      const put = [...plan.add, ...plan.replace].map((record) => {
        const contentHtml = defuse(record.contentHtml);
        return contentHtml === record.contentHtml ? record : { ...record, contentHtml };
      });
      if (put.length) {
        await db.articles.bulkPut(put);
        await db.summaries.bulkPut(put.map(toSummary));
        await db.searchJournal.bulkAdd(put.map((record) => ({ op: 'put' as const, id: record.id, doc: searchDocument(record) })));
      }
      for (const id of plan.markRead) {
        await db.articles.update(id, { read: true });
        await db.summaries.update(id, { read: true });
      }
      return reportOf(plan);
    });
  } catch (error) {
    throw await failureOn(db, error, idbTransaction?.error);
  }
}
