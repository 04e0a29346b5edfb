import { describe, expect, it } from 'vitest';
import type { ExtractResult } from '@/utils/extract-result';
import { KEPT_MS, keepRead, takeKept, takeOptions } from '@/utils/kept-read';

const article = { ok: true, article: { title: 'Kept' }, key: 'https://a.example/story', timing: { start: 100, done: 130 } } as unknown as ExtractResult;
const href = 'https://a.example/story';
const now = 1_000_000;
const popupTiming = { start: 5_000, done: 5_000 };

describe('takeOptions', () => {
  it.each([
    ['nothing left', {}, {}],
    ['"Try anyway"', { __ledeOptions: { lenient: true } }, { lenient: true }],
    ['the early read', { __ledeOptions: { early: true } }, { early: true }],
  ])('%s: returns the options and removes them, so the next run starts clean', (_, scope, expected) => {
    expect(takeOptions(scope)).toEqual(expected);
    expect(takeOptions(scope)).toEqual({});
  });
});

describe('takeKept', () => {
  it('hands the kept article back once, with the early read timed apart', () => {
    const scope = {};
    keepRead(article, href, now, scope);
    expect(takeKept(href, popupTiming, now + 300, scope)).toEqual({
      ...article,
      timing: { start: 5_000, done: 5_000, early: { start: 100, done: 130 } },
    });
    // "Try again" reads the page afresh.
    expect(takeKept(href, popupTiming, now + 400, scope)).toBeUndefined();
  });

  it('hands back a kept failure as it is', () => {
    const scope = {};
    const failure: ExtractResult = { ok: false, reason: 'no-article' };
    keepRead(failure, href, now, scope);
    expect(takeKept(href, popupTiming, now + 10, scope)).toEqual(failure);
  });

  it.each([
    ['another address (a same-document navigation)', 'https://a.example/other', now + 10],
    ['kept too long ago', href, now + KEPT_MS + 1],
    ['a clock that went back', href, now - 1],
  ])('refuses a kept read of %s, and drops it', (_, readHref, at) => {
    const scope = {};
    keepRead(article, href, now, scope);
    expect(takeKept(readHref, popupTiming, at, scope)).toBeUndefined();
    expect(takeKept(href, popupTiming, now + 10, scope)).toBeUndefined();
  });

  it('finds nothing where nothing was kept', () => {
    expect(takeKept(href, popupTiming, now, {})).toBeUndefined();
  });
});
