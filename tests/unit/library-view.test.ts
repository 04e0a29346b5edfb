import { describe, expect, it } from 'vitest';
import { listedRows, listLine, savedReaderHref, siteCounts } from '@/utils/library-view';
import { makeSummary } from '../helpers/summary';

const a = makeSummary({ id: 'a', siteName: 'Alpha', savedAt: 3 });
const b = makeSummary({ id: 'b', siteName: 'Beta', savedAt: 2 });
const c = makeSummary({ id: 'c', siteName: 'Alpha', savedAt: 1 });

describe('siteCounts', () => {
  it('counts articles per site, most first', () => {
    expect(siteCounts([a, b, c])).toEqual([{ site: 'Alpha', count: 2 }, { site: 'Beta', count: 1 }]);
  });
});

describe('listedRows', () => {
  it('shows every summary in the given order when not searching', () => {
    expect(listedRows([a, b, c], null, null).map((row) => row.summary.id)).toEqual(['a', 'b', 'c']);
  });

  it('keeps only the chosen site', () => {
    expect(listedRows([a, b, c], null, 'Alpha').map((row) => row.summary.id)).toEqual(['a', 'c']);
  });

  it('shows hits best first with their terms, skipping ids no longer in the list', () => {
    const rows = listedRows([a, b, c], [{ id: 'c', terms: ['plan'] }, { id: 'gone', terms: [] }, { id: 'a', terms: ['x'] }], null);
    expect(rows.map((row) => [row.summary.id, row.terms])).toEqual([['c', ['plan']], ['a', ['x']]]);
  });

  it('applies the site to hits too', () => {
    expect(listedRows([a, b, c], [{ id: 'b', terms: [] }, { id: 'a', terms: [] }], 'Beta').map((row) => row.summary.id)).toEqual(['b']);
  });
});

it('links a saved article to the reader by id, escaped', () => {
  expect(savedReaderHref('a b&c')).toBe('reader.html?saved=a%20b%26c');
});

describe('listLine', () => {
  const base = { pending: false, query: null, count: 3, site: null, complete: true };
  it.each([
    [{}, '3 articles'],
    [{ count: 1 }, '1 article'],
    [{ count: 10_000 }, '10,000 articles'],
    [{ site: 'Beta', count: 1 }, '1 article from Beta'],
    [{ complete: false, count: 60 }, 'The newest 60; reading the rest…'],
    [{ query: ' harbour ', count: 2 }, '2 matches for “harbour”'],
    [{ query: 'harbour', count: 1, site: 'Beta' }, '1 match for “harbour” on Beta'],
    [{ pending: true, query: 'harb' }, 'Searching…'],
  ])('%j → %s', (change, line) => expect(listLine({ ...base, ...change })).toBe(line));
});
