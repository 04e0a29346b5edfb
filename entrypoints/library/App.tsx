import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ExportPanel } from '@/components/ExportPanel';
import { LibraryBar } from '@/components/LibraryBar';
import { LibraryList } from '@/components/LibraryList';
import { LibraryNotice } from '@/components/LibraryNotice';
import { Pending } from '@/components/Pending';
import { StatusMessage } from '@/components/StatusMessage';
import { StoragePanel } from '@/components/StoragePanel';
import { UndoToast } from '@/components/UndoToast';
import { warmSearch, type SavedSummary } from '@/utils/library';
import { listedRows, listLine, savedReaderHref, siteCounts, summariesById } from '@/utils/library-view';
import type { Settings } from '@/utils/settings';
import { t } from '@/utils/i18n';
import { markPainted, useSettings } from '@/utils/use-settings';
import { useLibraryData, useSearch, type FirstPage } from './use-library';
import { readViewState } from './view-state';
import { usePlace } from './use-place';
import { useLibraryActions } from './use-library-actions';
import { useLibraryKeys } from './use-library-keys';
import { useOfflineImages } from './use-offline-images';

export interface AppProps {
  /** Loads started before the first render (main.tsx), so the list paints as soon as they settle. */
  firstPage?: Promise<FirstPage>;
  initialSettings?: Promise<Settings>;
}

/** The library page's container: it owns the data, the search and the keys; components only render. */
export function App({ firstPage, initialSettings }: AppProps) {
  const [settings] = useSettings(initialSettings);
  const library = useLibraryData(firstPage);
  const viewState = useMemo(() => readViewState(location.href, history.state), []);
  const [query, setQuery] = useState(viewState.query);
  const [site, setSite] = useState<string | null>(viewState.site);
  const [version, setVersion] = useState(0);
  const search = useSearch(query, version);
  const { toast, setToast, toggleRead, remove, undo } = useLibraryActions(library, () => setVersion((v) => v + 1));
  const [selected, setSelected] = useState(0);
  // Each keyboard move bumps it: the selected row takes focus (0: leave focus where it is).
  const [focusTick, setFocusTick] = useState(0);
  const searchRef = useRef<HTMLInputElement>(null);
  const scrollTop = useRef(viewState.scrollTop);

  const summaries = library.summaries;
  const byId = useMemo(() => summariesById(summaries ?? []), [summaries]);
  const rows = useMemo(
    () => (summaries ? listedRows(summaries, search.hits, site, byId) : []),
    [summaries, byId, search.hits, site],
  );
  const listed = useMemo(() => rows.map((row) => row.summary), [rows]);
  const sites = useMemo(() => (summaries ? siteCounts(summaries) : []), [summaries]);
  const current = rows[Math.min(selected, rows.length - 1)];
  const storage = useOfflineImages(current?.summary.id ?? null);

  useEffect(() => {
    document.title = t('libraryPageTitle');
  }, []);
  usePlace({
    query, site, scrollTop, rows, setSelected,
    selectedId: current?.summary.id ?? null,
    // The rows are final once the whole list is read and, when searching, this query's answer is in.
    settled: library.complete && (!query.trim() || search.query === query),
    restoreId: viewState.selectedId,
  });
  useEffect(() => {
    // Saved from another tab while this one was hidden: show it on return.
    const onVisible = () => {
      if (document.visibilityState !== 'visible') return;
      void library.reload();
      setVersion((v) => v + 1);
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [library.reload]);

  const ready = summaries !== null && settings !== null;
  // Right after the first list is written, before its paint; the mark lands just after it (the benchmark's end).
  useLayoutEffect(() => {
    if (ready) markPainted('lede:library-painted');
  }, [ready]);

  useEffect(() => {
    if (!library.complete) return;
    performance.mark('lede:library-complete');
    // Load the search index while the user looks at the list, not on the first key press.
    void warmSearch().then(() => performance.mark('lede:search-ready'), () => {});
  }, [library.complete]);
  // Results of a search written: the search benchmark's end (its start is marked as the query changes).
  useLayoutEffect(() => {
    if (search.hits) markPainted('lede:search-painted');
  }, [search.hits]);

  const changeQuery = useCallback((next: string) => {
    performance.mark('lede:search-start');
    setQuery(next);
    setSelected(0);
    setFocusTick(0);
  }, []);
  const changeSite = useCallback((next: string | null) => {
    setSite(next);
    setSelected(0);
    setFocusTick(0);
  }, []);

  const move = (index: number) => {
    if (rows.length === 0) return;
    setSelected(Math.max(0, Math.min(rows.length - 1, index)));
    setFocusTick((tick) => tick + 1);
  };

  useLibraryKeys({
    searchRef,
    count: rows.length,
    selected: Math.min(selected, rows.length - 1),
    onClear: () => {
      if (!query) return false;
      changeQuery('');
      return true;
    },
    onMove: move,
    onOpen: () => {
      if (!current) return false;
      location.assign(savedReaderHref(current.summary.id));
      return true;
    },
    onDelete: () => {
      if (!current) return false;
      // The row that takes its place takes the focus.
      setFocusTick((tick) => tick + 1);
      void remove(current.summary);
      return true;
    },
    onUndo: () => {
      if (!toast?.undo) return false;
      void undo();
      return true;
    },
  });

  if (library.error && !summaries) {
    return (
      <StatusMessage
        title={t('libraryOpenFailed')}
        role="alert"
        actions={<button type="button" onClick={() => void library.reload()}>{t('tryAgain')}</button>}
      >
        <p>{library.error}</p>
      </StatusMessage>
    );
  }
  if (!ready) return <Pending label={t('libraryOpening')} />;

  const searching = search.hits !== null;
  const summary = listLine({
    pending: query.trim() !== '' && search.query !== query,
    query: search.hits ? search.query : null,
    count: rows.length,
    site,
    complete: library.complete,
  });

  return (
    <div class="library">
      <LibraryBar
        query={query}
        site={site}
        sites={sites}
        summary={summary}
        searchRef={searchRef}
        onQuery={changeQuery}
        onSite={changeSite}
      />
      <ExportPanel
        current={current?.summary ?? null}
        listed={listed}
        total={summaries.length}
        onImported={() => {
          void library.reload();
          setVersion((v) => v + 1);
        }}
        onMessage={(message, error) => setToast({ message, error })}
      />
      <StoragePanel
        setting={storage.setting}
        figures={storage.figures}
        message={storage.message}
        onToggle={storage.toggle}
        onCap={(bytes) => void storage.setCap(bytes)}
        onDropImages={() => void storage.dropImages()}
      />
      <main class="library__main">
        {summaries.length === 0 ? (
          <LibraryNotice kind="empty" />
        ) : search.error ? (
          <StatusMessage title={t('searchFailed')} role="alert">
            <p>{search.error}</p>
          </StatusMessage>
        ) : rows.length === 0 ? (
          <LibraryNotice
            kind={searching ? 'no-matches' : 'no-site'}
            query={search.query}
            site={site}
            onClearSearch={() => changeQuery('')}
            onAllSites={() => changeSite(null)}
          />
        ) : (
          <LibraryList
            rows={rows}
            selected={Math.min(selected, rows.length - 1)}
            focusTick={focusTick}
            measureKey={`${settings.font}/${settings.textSize}`}
            initialScrollTop={viewState.scrollTop}
            onScroll={(top) => (scrollTop.current = top)}
            onSelect={setSelected}
            onToggleRead={(index) => void toggleRead(rows[index].summary)}
            onDelete={(index) => {
              setSelected(index);
              void remove(rows[index].summary);
            }}
          />
        )}
      </main>
      <UndoToast
        message={toast?.message ?? null}
        error={toast?.error}
        onUndo={toast?.undo ? () => void undo() : undefined}
        onDismiss={() => setToast(null)}
      />
    </div>
  );
}
