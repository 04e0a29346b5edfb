import type { Ref } from 'preact';

export interface LibraryBarProps {
  query: string;
  /** The chosen site, or null for all. */
  site: string | null;
  /** Every site with its number of articles, for the filter. */
  sites: ReadonlyArray<{ site: string; count: number }>;
  /** What the list shows, in words ("3 articles", "1 match"), announced politely. */
  summary: string;
  /** The search box, for the `/` key. */
  searchRef?: Ref<HTMLInputElement>;
  onQuery: (query: string) => void;
  onSite: (site: string | null) => void;
}

/** The library's header: title, full-text search, the site filter and what the list shows. */
export function LibraryBar({ query, site, sites, summary, searchRef, onQuery, onSite }: LibraryBarProps) {
  return (
    <header class="library-bar">
      <div class="library-bar__row">
        <h1 class="library-bar__title">Library</h1>
        <form class="library-bar__search" role="search" onSubmit={(event) => event.preventDefault()}>
          <label class="visually-hidden" for="library-search">Search saved articles</label>
          <input
            ref={searchRef}
            id="library-search"
            type="search"
            placeholder="Search titles, text and captions (press /)"
            autoComplete="off"
            spellcheck={false}
            value={query}
            onInput={(event) => onQuery((event.currentTarget as HTMLInputElement).value)}
          />
        </form>
        <label class="library-bar__site">
          <span class="visually-hidden">Show articles from</span>
          <select
            value={site ?? ''}
            onChange={(event) => onSite((event.currentTarget as HTMLSelectElement).value || null)}
          >
            <option value="">All sites</option>
            {sites.map(({ site: name, count }) => (
              <option key={name} value={name}>
                {name} ({count})
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="library-bar__summary" role="status">{summary}</p>
    </header>
  );
}
