import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { listSummaries, searchLibrary, type SavedSummary, type SearchHit } from '@/utils/library';
import { errorMessage } from '@/utils/error-message';

/** How many of the newest articles the first paint shows: more than a tall window holds. */
export const FIRST_PAGE = 60;

/** The first screenful, newest first. */
export type FirstPage = SavedSummary[];

/**
 * Starts reading the first screenful; main.tsx calls it before the first
 * render. No count here: IndexedDB counts by walking the keys, which grows
 * with the library; the whole list, read next, gives the number.
 */
export async function loadFirstPage(): Promise<FirstPage> {
  performance.mark('lede:first-read-start');
  const page = await listSummaries({ limit: FIRST_PAGE });
  performance.mark('lede:first-read-end');
  return page;
}

/** The library as loaded: the summaries (null until the first load), or why they could not be read. */
export interface LibraryData {
  summaries: SavedSummary[] | null;
  /** Whether `summaries` holds every article (search and the site filter need them all). */
  complete: boolean;
  error: string | null;
  /** Reads the whole list again (after an Undo, or when the page comes back into view). */
  reload: () => Promise<void>;
  /** Changes the loaded list in place (a delete, a read mark) without reading it again. */
  update: (change: (summaries: SavedSummary[]) => SavedSummary[]) => void;
}

/**
 * The saved articles' summaries in two steps: the first screenful (from
 * `first`, started before the first render) is painted at once, then the
 * whole list is read after that paint. Opening the page costs the same with
 * ten thousand articles as with a hundred; the full read comes after.
 */
export function useLibraryData(first?: Promise<FirstPage>): LibraryData {
  const [summaries, setSummaries] = useState<SavedSummary[] | null>(null);
  const [complete, setComplete] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const firstLoad = useRef(first);

  const reload = useCallback(async () => {
    try {
      const all = await listSummaries();
      setSummaries(all);
      setComplete(true);
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }, []);

  useEffect(() => {
    let live = true;
    (firstLoad.current ?? loadFirstPage()).then(
      (page) => {
        if (!live) return;
        setSummaries(page);
        if (page.length < FIRST_PAGE) setComplete(true);
        // The rest after the first paint: a frame, then a task.
        else requestAnimationFrame(() => setTimeout(() => live && void reload(), 0));
      },
      (caught) => live && setError(errorMessage(caught)),
    );
    return () => {
      live = false;
    };
  }, [reload]);

  const update = useCallback((change: (summaries: SavedSummary[]) => SavedSummary[]) => {
    setSummaries((current) => (current ? change(current) : current));
  }, []);

  return { summaries, complete, error, reload, update };
}

/** A search's state: the hits for the latest query (null when there is no query), or its error. */
export interface SearchState {
  /** The query these hits answer (the box may already hold a newer one). */
  query: string;
  hits: SearchHit[] | null;
  error: string | null;
}

/**
 * Runs `query` through the library's index whenever it (or `version`: the
 * library changed) changes. Only the latest query's answer is kept, so a slow
 * early answer never replaces a later one.
 */
export function useSearch(query: string, version: number): SearchState {
  const [state, setState] = useState<SearchState>({ query: '', hits: null, error: null });
  const latest = useRef(0);
  // A layout effect: the search starts in the task of the key press that
  // changed the query, not a frame later (Preact runs plain effects after paint).
  useLayoutEffect(() => {
    const asked = ++latest.current;
    if (!query.trim()) {
      setState({ query: '', hits: null, error: null });
      return;
    }
    searchLibrary(query).then(
      (hits) => {
        if (asked !== latest.current) return;
        performance.mark('lede:search-answered');
        setState({ query, hits, error: null });
      },
      (caught) => asked === latest.current && setState({ query, hits: [], error: errorMessage(caught) }),
    );
  }, [query, version]);
  return state;
}
