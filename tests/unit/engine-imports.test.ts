/**
 * The engine is a pure core: DOM in, plain data out. It loads without the
 * messages module, the browser API or any other module of Lede's pages.
 * WXT's auto-imports (off: wxt.config.ts) once added `import { t } from
 * utils/i18n` to engine files whose callbacks take a parameter named `t`,
 * and `import { text, count } from utils/validate` where locals had those
 * names; these modules fail to load here, so such an import fails the test.
 */
import { describe, expect, it, vi } from 'vitest';

const { refuse } = vi.hoisted(() => ({
  refuse: (name: string) => () => {
    throw new Error(`the engine imported ${name}`);
  },
}));
vi.mock('@/utils/i18n', refuse('utils/i18n'));
vi.mock('@/utils/validate', refuse('utils/validate'));
vi.mock('@/utils/settings', refuse('utils/settings'));
vi.mock('wxt/browser', refuse('wxt/browser'));
vi.mock('preact', refuse('preact'));

describe('the engine', () => {
  it('loads and reads a page without the messages module, the browser API or Preact', async () => {
    const { extractArticle } = await import('@/utils/extract');
    const doc = new DOMParser().parseFromString(
      `<html><head><title>A story</title></head><body><article><h1>A story</h1>${'<p>The council approved the new harbour plan on Monday after a long public debate about the old quay.</p>'.repeat(8)}</article></body></html>`,
      'text/html',
    );
    expect(extractArticle(doc, 'https://news.example/story')?.title).toBe('A story');
  });
});
