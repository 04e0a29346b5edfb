import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Article } from './extract';
import { errorMessage } from './error-message';
import { afterPaint } from './use-settings';
import { browser } from 'wxt/browser';
import type { KeepImagesMessage } from './library/keep-images';

/** Where the page shown in the popup stands with the library. */
export type SaveStatus =
  /** Looking it up (after the article is painted). */
  | { state: 'checking' }
  | { state: 'unsaved' }
  | { state: 'saving' }
  | { state: 'removing' }
  /** In the library; `justNow` when this popup saved it, else it was saved before. */
  | { state: 'saved'; savedAt: number; justNow: boolean }
  | { state: 'removed' }
  | { state: 'failed'; message: string };

/**
 * The store, loaded on demand: Dexie stays out of the popup's first bundle,
 * so the article paints before any of it is parsed. The store module has no
 * search engine in it.
 */
const loadStore = () => import('./library/store');

/**
 * For the popup: whether the shown page is saved, and Save / Remove. The
 * lookup starts after the article's first paint (mark `lede:library-lookup`),
 * so it cannot delay it.
 */
export function useSave(article: Article | null, key: string | null) {
  const [status, setStatus] = useState<SaveStatus>({ state: 'checking' });
  const savedId = useRef<string | undefined>(undefined);
  const busy = useRef(false);
  /**
   * The page a Save or Remove was run for. Once the user has acted, what the
   * action said stands: the lookup is skipped, and one under way is ignored
   * (a click can come before the lookup starts, or before it answers, and a
   * lookup that read the database first would put "Save" back, or "since").
   */
  const actedOn = useRef<string | null>(null);

  useEffect(() => {
    if (!article || !key || actedOn.current === key) return;
    let live = true;
    setStatus({ state: 'checking' });
    // After the article's paint (asked for earlier, by the layout effect that marks it).
    new Promise<void>((resolve) => afterPaint(resolve))
      .then(() => {
        performance.mark('lede:library-lookup');
        return loadStore();
      })
      .then((store) => store.findByKey(key))
      .then(
        (found) => {
          if (!live || busy.current || actedOn.current === key) return;
          // For the benchmark: when the "In your library" notice (or the plain Save button) is known.
          performance.mark('lede:library-known');
          savedId.current = found?.id;
          setStatus(found ? { state: 'saved', savedAt: found.savedAt, justNow: false } : { state: 'unsaved' });
        },
        (error: unknown) =>
          live && !busy.current && actedOn.current !== key && setStatus({ state: 'failed', message: errorMessage(error) }),
      );
    return () => {
      live = false;
    };
  }, [article, key]);

  /** Runs one store operation at a time (a double S press saves once). */
  const run = useCallback(async (pending: SaveStatus, step: () => Promise<SaveStatus>) => {
    if (busy.current) return;
    busy.current = true;
    setStatus(pending);
    try {
      setStatus(await step());
    } catch (error) {
      setStatus({ state: 'failed', message: errorMessage(error) });
    } finally {
      busy.current = false;
    }
  }, []);

  const save = useCallback(() => {
    if (!article || !key) return;
    actedOn.current = key;
    void run({ state: 'saving' }, async () => {
      // Resolves only once the transaction has committed.
      const record = await (await loadStore()).saveArticle(article, key);
      savedId.current = record.id;
      // Images (when kept) follow in their own transaction, in the background: the popup may close first.
      void browser.runtime.sendMessage({ type: 'lede:keep-images', id: record.id } satisfies KeepImagesMessage).catch(() => {});
      return { state: 'saved', savedAt: record.savedAt, justNow: true };
    });
  }, [article, key, run]);

  const remove = useCallback(() => {
    const id = savedId.current;
    if (!id) return;
    actedOn.current = key;
    void run({ state: 'removing' }, async () => {
      await (await loadStore()).removeArticle(id);
      savedId.current = undefined;
      return { state: 'removed' };
    });
  }, [key, run]);

  return { status, save, remove };
}
