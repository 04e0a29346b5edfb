import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { BADGE_MS, showSaveResult } from '@/utils/badge';
import type { SaveTabResult } from '@/utils/save-tab';
import type { SavedArticle } from '@/utils/library/types';

const TAB = 4;
const saved: SaveTabResult = { ok: true, record: { title: 'Harbour plan approved' } as SavedArticle };
const failed: SaveTabResult = { ok: false, reason: 'restricted', message: "Lede can't save this page." };

async function badge(tabId = TAB) {
  const [text, title] = await Promise.all([
    browser.action.getBadgeText({ tabId }),
    browser.action.getTitle({ tabId }),
  ]);
  return { text, title };
}

/** Lets the timer's own awaits settle after the clock moves. */
async function advance(ms: number) {
  await vi.advanceTimersByTimeAsync(ms);
}

describe('showSaveResult', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
    vi.spyOn(browser.runtime, 'getManifest').mockReturnValue({
      manifest_version: 3,
      name: 'Lede',
      version: '0.1.0',
      action: { default_title: 'Lede' },
    });
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it.each([
    ['a save', saved, { text: '✓', title: 'Lede: saved “Harbour plan approved”' }, BADGE_MS.saved],
    ['a failure', failed, { text: '!', title: "Lede: Lede can't save this page." }, BADGE_MS.failed],
  ])('shows %s on the tab, then puts the button back', async (_, result, shown, lasts) => {
    await showSaveResult(TAB, result);
    expect(await badge()).toEqual(shown);
    expect(await badge(TAB + 1)).not.toEqual(shown);
    await advance(lasts - 1);
    expect((await badge()).text).toBe(shown.text);
    await advance(1);
    expect(await badge()).toEqual({ text: '', title: 'Lede' });
  });

  it('does not wipe a newer outcome when an older one times out', async () => {
    await showSaveResult(TAB, saved);
    await advance(BADGE_MS.saved / 2);
    await showSaveResult(TAB, failed);
    await advance(BADGE_MS.saved);
    expect((await badge()).text).toBe('!');
    await advance(BADGE_MS.failed);
    expect((await badge()).text).toBe('');
  });
});
