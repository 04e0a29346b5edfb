import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach } from 'vitest';
import { closeLibrary, DB_NAME } from '@/utils/library/schema';
import { forgetSearchIndex } from '@/utils/library/search';

/**
 * For a unit test file of the store: fake-indexeddb as the global IndexedDB
 * (imported first, before Dexie looks for one) and an empty library for
 * every test.
 */
export function useEmptyLibrary(): void {
  afterEach(async () => {
    closeLibrary();
    forgetSearchIndex();
    await Dexie.delete(DB_NAME);
  });
}
