import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { listSummaries, searchLibrary, type SavedSummary, type SearchHit } from '@/utils/library';
import { errorMessage } from '@/utils/error-message';

/** The library as loaded: the summaries (null until the first load), or why they could not be read. */
export interface LibraryData {
  summaries: SavedSummary[] | null;
  error: string | null;
  /** Reads the list again (after an Undo, or when the page comes back into view). */
  reload: () => Promise<void>;
  /** Changes the loaded list in place (a delete, a read mark) without reading it again. */
  update: (change: (summaries: SavedSummary[]) => SavedSummary[]) => void;
}

/** Loads the summaries once (from `initial` when a load was started before the first render). */
export function useLibraryData(initial?: Promise<SavedSummary[]>): LibraryData {
  const [summaries, setSummaries] = useState<SavedSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const first = useRef(initial);

  const reload = useCallback(async () => {
    const pending = first.current ?? listSummaries();
    first.current = undefined;
    try {
      setSummaries(await pending);
      setError(null);
    } catch (caught) {
      setError(errorMessage(caught));
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  const update = useCallback((change: (summaries: SavedSummary[]) => SavedSummary[]) => {
    setSummaries((current) => (current ? change(current) : current));
  }, []);

  return { summaries, error, reload, update };
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
  useEffect(() => {
    const asked = ++latest.current;
    if (!query.trim()) {
      setState({ query: '', hits: null, error: null });
      return;
    }
    searchLibrary(query).then(
      (hits) => asked === latest.current && setState({ query, hits, error: null }),
      (caught) => asked === latest.current && setState({ query, hits: [], error: errorMessage(caught) }),
    );
  }, [query, version]);
  return state;
}
