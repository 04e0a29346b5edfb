import { describe, expect, it } from 'vitest';
import { highlightRuns, termsNotIn } from '@/utils/highlight';

const marked = (text: string, terms: string[]) =>
  highlightRuns(text, terms).map((run) => (run.match ? `[${run.text}]` : run.text)).join('');

describe('highlightRuns', () => {
  it.each([
    ['Harbour plan approved', ['harbour'], '[Harbour] plan approved'],
    ['The plan, the harbour; the plan.', ['plan'], 'The [plan], the harbour; the [plan].'],
    ['Café culture returns', ['cafe'], '[Café] culture returns'],
    ['Harbourside is not the harbour', ['harbour'], 'Harbourside is not the [harbour]'],
    ['Harbour <b>plan</b>', ['harbour'], '[Harbour] <b>plan</b>'],
    ['Nothing here', ['harbour'], 'Nothing here'],
    ['Nothing here', [], 'Nothing here'],
    ['', ['harbour'], ''],
  ])('%s with %j → %s', (text, terms, expected) => {
    expect(marked(text, terms)).toBe(expected);
  });

  it('keeps the text exactly: runs join back to the input', () => {
    const text = 'Ankara — the ambassador’s last speech\n“Do not forget Aleppo”';
    expect(highlightRuns(text, ['ambassador', 'aleppo']).map((run) => run.text).join('')).toBe(text);
  });

  it('joins neighbouring plain runs, so an unmatched text is a single run', () => {
    expect(highlightRuns('one two three', ['four'])).toEqual([{ text: 'one two three', match: false }]);
  });
});

describe('termsNotIn', () => {
  it('lists the matched terms that neither the title nor the excerpt shows', () => {
    expect(termsNotIn(['harbour', 'spring', 'council'], ['Harbour plan', 'The council met.'])).toEqual(['spring']);
    expect(termsNotIn(['harbour'], [null, 'Harbour'])).toEqual([]);
  });
});
