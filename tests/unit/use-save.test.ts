import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { h, render } from 'preact';
import type { Article } from '@/utils/extract';

/**
 * The store, with a lookup the test answers when it chooses: the popup's
 * "already saved?" lookup can answer after a Save the user clicked first.
 */
const store = vi.hoisted(() => {
  let answer: (found: { id: string; savedAt: number } | undefined) => void = () => {};
  return {
    findByKey: vi.fn(
      () =>
        new Promise<{ id: string; savedAt: number } | undefined>((resolve) => {
          answer = resolve;
        }),
    ),
    saveArticle: vi.fn(async () => ({ id: 'record-1', savedAt: 2_000 })),
    removeArticle: vi.fn(async () => {}),
    answerLookup: (found: { id: string; savedAt: number } | undefined) => answer(found),
  };
});
vi.mock('@/utils/library/store', () => store);

const { useSave } = await import('@/utils/use-save');

afterEach(() => {
  cleanup();
  vi.clearAllMocks();
});

const article = { title: 'Harbour plan approved' } as Article;

/** Answers the lookup, then lets every promise it settles run (a macrotask drains them all). */
async function answer(found: { id: string; savedAt: number } | undefined): Promise<void> {
  await act(async () => {
    store.answerLookup(found);
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

describe('useSave', () => {
  it('keeps "saved" when the lookup that started before the Save answers after it', async () => {
    const { result } = renderHook(() => useSave(article, 'https://example.com/story'));
    await waitFor(() => expect(store.findByKey).toHaveBeenCalled());

    await act(async () => result.current.save());
    await waitFor(() => expect(result.current.status).toEqual({ state: 'saved', savedAt: 2_000, justNow: true }));

    // The lookup read the database before the save committed: it found nothing.
    await answer(undefined);
    expect(result.current.status).toEqual({ state: 'saved', savedAt: 2_000, justNow: true });
  });

  it('keeps "saved" when the Save click comes before the lookup has even started', async () => {
    // Outside act() effects wait for a frame, as in a popup: the click lands first.
    let api: ReturnType<typeof useSave> | undefined;
    function Probe() {
      api = useSave(article, 'https://example.com/story');
      return null;
    }
    const root = document.createElement('div');
    render(h(Probe, null), root);
    api!.save();
    await waitFor(() => expect(api!.status).toEqual({ state: 'saved', savedAt: 2_000, justNow: true }));

    // Frames pass; a lookup, if one was made, finds the record just saved.
    await new Promise((resolve) => setTimeout(resolve, 50));
    await answer({ id: 'record-1', savedAt: 2_000 });
    expect(api!.status).toEqual({ state: 'saved', savedAt: 2_000, justNow: true });
    render(null, root);
  });

  it('shows what the lookup found when nothing was done meanwhile', async () => {
    const { result } = renderHook(() => useSave(article, 'https://example.com/story'));
    await waitFor(() => expect(store.findByKey).toHaveBeenCalled());
    await answer({ id: 'record-0', savedAt: 1_000 });
    expect(result.current.status).toEqual({ state: 'saved', savedAt: 1_000, justNow: false });
  });
});
