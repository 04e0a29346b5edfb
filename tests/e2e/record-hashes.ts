/** Content hashes of what the library holds, to compare a library before a backup with the one restored from it. */
import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import type { PageEvaluate } from './store-in-page';

/** `value` with object keys sorted, so equal records give equal JSON. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, canonical((value as Record<string, unknown>)[k])]));
  }
  return value;
}

/** Every stored record, by key, as a SHA-256 of its canonical JSON (needs injectStore). */
export async function recordHashes(evaluate: PageEvaluate): Promise<Record<string, string>> {
  const records = await evaluate<Record<string, unknown>[]>(`(async () => {
    const summaries = await globalThis.ledeStore.listSummaries();
    return Promise.all(summaries.map((s) => globalThis.ledeStore.getArticle(s.id)));
  })()`);
  return Object.fromEntries(records.map((r) => [r.key as string, createHash('sha256').update(JSON.stringify(canonical(r))).digest('hex')]));
}

/** Every stored image row as "articleId url type sha256-of-bytes", sorted, read in an extension page. */
export function imageHashes(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('lede-library');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise<{ articleId: string; url: string; type: string; blob: Blob }[]>((resolve) => {
      const request = db.transaction('images').objectStore('images').getAll();
      request.onsuccess = () => resolve(request.result);
    });
    db.close();
    const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');
    const lines = await Promise.all(
      rows.map(async (row) => `${row.articleId} ${row.url} ${row.type} ${hex(await crypto.subtle.digest('SHA-256', await row.blob.arrayBuffer()))}`),
    );
    return lines.sort();
  });
}
