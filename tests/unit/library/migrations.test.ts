import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FIXTURES } from '../../helpers/page';
import { MIGRATIONS, openLibrary, SCHEMA_VERSION, type LibraryDb } from '@/utils/library/schema';

/**
 * Each schema upgrade runs on a fixture database of the version before:
 * tests/fixtures/library/v<N>/before.json (tables at version N-1) is loaded,
 * the database is opened at version N, and every table must then equal
 * after.json. UPDATE_FIXTURES=1 writes a missing after.json (review it).
 */

const NAME = 'lede-library-migration-test';
type Tables = Record<string, unknown[]>;

async function dump(db: LibraryDb): Promise<Tables> {
  const tables: Tables = {};
  for (const table of [...db.tables].sort((a, b) => a.name.localeCompare(b.name))) {
    tables[table.name] = await table.toArray();
  }
  return tables;
}

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('schema migrations', () => {
  it('start at 1 and go up one at a time', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it.each(MIGRATIONS.filter((m) => m.version > 1).map((m) => m.version))(
    'upgrade a version %i - 1 fixture database to version %i',
    async (version) => {
      const dir = join(FIXTURES, 'library', `v${version}`);
      expect(existsSync(join(dir, 'before.json')), `add ${dir}/before.json`).toBe(true);
      const before: Tables = JSON.parse(readFileSync(join(dir, 'before.json'), 'utf8'));

      const old = openLibrary({ name: NAME, upTo: version - 1 });
      await old.transaction('rw', old.tables, async () => {
        for (const [name, rows] of Object.entries(before)) await old.table(name).bulkAdd(rows);
      });
      old.close();

      const db = openLibrary({ name: NAME, upTo: version });
      const after = await dump(db);
      db.close();
      const expectedFile = join(dir, 'after.json');
      if (!existsSync(expectedFile) && process.env.UPDATE_FIXTURES) {
        writeFileSync(expectedFile, `${JSON.stringify(after, null, 2)}\n`);
      }
      expect(existsSync(expectedFile), `add ${expectedFile} (UPDATE_FIXTURES=1 writes it)`).toBe(true);
      expect(after).toEqual(JSON.parse(readFileSync(expectedFile, 'utf8')));
    },
  );
});

describe('a library upgraded from version 1', () => {
  it('lists and finds the articles it had', async () => {
    const { DB_NAME, closeLibrary } = await import('@/utils/library/schema');
    const { listSummaries } = await import('@/utils/library/store');
    const { searchLibrary, forgetSearchIndex } = await import('@/utils/library/search');
    const before: Tables = JSON.parse(readFileSync(join(FIXTURES, 'library/v2/before.json'), 'utf8'));
    const old = openLibrary({ upTo: 1 });
    await old.table('articles').bulkAdd(before.articles);
    old.close();
    try {
      expect((await listSummaries()).map((s) => s.title)).toEqual([
        'وزارة المالية تؤجل الميزانية',
        'Harbour plan approved',
      ]);
      expect((await searchLibrary('breakwater')).map((hit) => hit.id)).toEqual([
        '0b7f5a8e-3c1d-4e5f-9a6b-7c8d9e0f1a2b',
      ]);
      expect((await searchLibrary('الميزانية')).length).toBe(1);
    } finally {
      closeLibrary();
      forgetSearchIndex();
      await Dexie.delete(DB_NAME);
    }
  }, 30_000); // Imports the store and the search index afresh: slow on a loaded machine.
});
