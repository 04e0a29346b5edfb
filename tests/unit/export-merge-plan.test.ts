/** Import planning: match by key, newer updatedAt wins, read stays read, never delete. */
import { describe, expect, it } from 'vitest';
import { planImport, reportOf, type LocalRecord } from '@/utils/export/backup/merge-plan';
import { makeSaved } from '../helpers/saved';

const local = (key: string, updatedAt: number, read = false, id = `local-${key}`, savedAt = 100): LocalRecord => ({ id, key, updatedAt, read, savedAt });
const incoming = (key: string, updatedAt: number, read = false, id = `backup-${key}`, savedAt = 50) =>
  makeSaved({ id, key, url: `https://news.example/${key}`, updatedAt, read, savedAt, title: `${key}@${updatedAt}` });

describe('planImport', () => {
  it.each([
    ['new page → added as it is', [incoming('a', 10)], [], { added: 1, updated: 0, unchanged: 0 }],
    ['newer in the backup → updated', [incoming('a', 20)], [local('a', 10)], { added: 0, updated: 1, unchanged: 0 }],
    ['same updatedAt → unchanged', [incoming('a', 10)], [local('a', 10)], { added: 0, updated: 0, unchanged: 1 }],
    ['older in the backup → unchanged', [incoming('a', 5)], [local('a', 10)], { added: 0, updated: 0, unchanged: 1 }],
    ['older but read in the backup → marked read', [incoming('a', 5, true)], [local('a', 10)], { added: 0, updated: 1, unchanged: 0 }],
    ['older and unread in the backup, read here → unchanged', [incoming('a', 5)], [local('a', 10, true)], { added: 0, updated: 0, unchanged: 1 }],
    ['local records not in the backup are untouched', [incoming('a', 5)], [local('b', 1), local('c', 1)], { added: 1, updated: 0, unchanged: 0 }],
    ['empty backup', [], [local('a', 1)], { added: 0, updated: 0, unchanged: 0 }],
  ])('%s', (_name, records, mine, expected) => {
    const report = reportOf(planImport(records, mine));
    expect({ added: report.added, updated: report.updated, unchanged: report.unchanged }).toEqual(expected);
    expect(report.rejected).toEqual([]);
  });

  it('an update keeps the local id, the earlier savedAt, and read if either side read it', () => {
    const plan = planImport([incoming('a', 20, false, 'backup-id', 300)], [local('a', 10, true, 'mine', 100)]);
    expect(plan.replace).toHaveLength(1);
    expect(plan.replace[0]).toMatchObject({ id: 'mine', savedAt: 100, updatedAt: 20, read: true, title: 'a@20' });
  });

  it('an added record keeps everything, id included', () => {
    const record = incoming('a', 10, true, 'kept-id', 7);
    expect(planImport([record], []).add).toEqual([record]);
  });

  it('gives a new id to an added record whose id another local record has', () => {
    const plan = planImport([incoming('a', 10, false, 'taken')], [local('b', 1, false, 'taken')], () => 'fresh');
    expect(plan.add[0].id).toBe('fresh');
  });

  it('takes the newest copy of a page that appears twice and rejects the other', () => {
    const plan = planImport([incoming('a', 10), incoming('a', 30), incoming('a', 20)], []);
    expect(plan.add.map((r) => r.updatedAt)).toEqual([30]);
    expect(plan.rejected).toHaveLength(2);
    expect(plan.rejected[0].reason).toMatch(/appears again in the backup/);
  });

  it('importing the result again changes nothing', () => {
    const records = [incoming('a', 10, true), incoming('b', 20)];
    const first = planImport(records, []);
    const after = first.add.map(({ id, key, savedAt, updatedAt, read }) => ({ id, key, savedAt, updatedAt, read }));
    expect(reportOf(planImport(records, after))).toEqual({ added: 0, updated: 0, unchanged: 2, rejected: [] });
  });
});
