/** The eval's scoring (tests/eval/score.ts) follows the corpus README to the letter. */
import { describe, expect, it } from 'vitest';
import { addTallies, locate, metrics, scorePage } from '../eval/score';

const truth = { with: ['first  sentence', 'last one'], without: ['Home', 'Impressum'] };

describe('scorePage', () => {
  it.each([
    ['all found, nothing leaked', 'The first sentence.\nThe last one.', { tp: 2, fn: 0, fp: 0, tn: 2 }],
    ['whitespace normalised on both sides', 'The first\nsentence and\t the last   one', { tp: 2, fn: 0, fp: 0, tn: 2 }],
    ['boilerplate leaked', 'Home\nThe first sentence. Impressum', { tp: 1, fn: 1, fp: 2, tn: 0 }],
    ['substring match is case-sensitive', 'FIRST SENTENCE home', { tp: 0, fn: 2, fp: 0, tn: 2 }],
    ['no output misses every with snippet', null, { tp: 0, fn: 2, fp: 0, tn: 2 }],
  ])('%s', (_, text, expected) => {
    expect(scorePage(text, truth)).toEqual(expected);
  });
});

describe('metrics', () => {
  it('computes precision, recall and F1 from summed tallies', () => {
    const sum = addTallies([{ tp: 3, fp: 1, fn: 0, tn: 1 }, { tp: 1, fp: 0, fn: 4, tn: 2 }]);
    expect(sum).toEqual({ tp: 4, fp: 1, fn: 4, tn: 3 });
    expect(metrics(sum)).toEqual({ precision: 0.8, recall: 0.5, f1: 8 / 13 });
  });

  it('gives 0, not NaN, for an empty tally', () => {
    expect(metrics({ tp: 0, fp: 0, fn: 0, tn: 0 })).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('locate', () => {
  it('finds a snippet across a line break at offsets of the text itself', () => {
    const text = 'Intro line\nfirst sentence here';
    const span = locate(text, 'line first');
    expect(span && text.slice(...span)).toBe('line\nfirst');
    expect(locate(text, 'absent')).toBeNull();
  });
});
