/**
 * What the library page remembers for Back: the search and site in its
 * address (so a search can be bookmarked too), the scroll offset and the
 * selected article in the history entry (written as the page is left, not on
 * every scroll).
 */

/** The view the page opens with. */
export interface ViewState {
  query: string;
  site: string | null;
  scrollTop: number;
  /** The article that was selected (usually the one opened). */
  selectedId: string | null;
}

/** The view in a library address (`?q=…&site=…`) and its history entry's state. */
export function readViewState(href: string, state: unknown): ViewState {
  const params = new URL(href).searchParams;
  const { scrollTop, selectedId } = (state ?? {}) as { scrollTop?: unknown; selectedId?: unknown };
  return {
    query: params.get('q') ?? '',
    site: params.get('site') || null,
    scrollTop: typeof scrollTop === 'number' && scrollTop > 0 ? scrollTop : 0,
    selectedId: typeof selectedId === 'string' ? selectedId : null,
  };
}

/** The library address for a search and site, from the current one. */
export function viewUrl(href: string, query: string, site: string | null): string {
  const url = new URL(href);
  url.search = '';
  if (query) url.searchParams.set('q', query);
  if (site) url.searchParams.set('site', site);
  return url.toString();
}

/** Puts the search and site in the address bar without a new history entry. */
export function rememberSearch(query: string, site: string | null): void {
  const next = viewUrl(location.href, query, site);
  if (next !== location.href) history.replaceState(history.state, '', next);
}

/** Keeps the scroll offset and the selected article in the history entry, for coming back to the same place. */
export function rememberPlace(scrollTop: number, selectedId: string | null): void {
  history.replaceState({ ...(history.state as object | null), scrollTop, selectedId }, '');
}
