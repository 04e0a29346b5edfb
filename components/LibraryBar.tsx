import type { Ref } from 'preact';
import { t, uiNumber } from '@/utils/i18n';

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
        <h1 class="library-bar__title">{t('libraryHeading')}</h1>
        <form class="library-bar__search" role="search" onSubmit={(event) => event.preventDefault()}>
          <label class="visually-hidden" for="library-search">{t('searchLabel')}</label>
          <input
            ref={searchRef}
            id="library-search"
            type="search"
            placeholder={t('searchPlaceholder')}
            autoComplete="off"
            spellcheck={false}
            value={query}
            onInput={(event) => onQuery((event.currentTarget as HTMLInputElement).value)}
          />
        </form>
        <label class="library-bar__site">
          <span class="visually-hidden">{t('siteFilterLabel')}</span>
          <select
            value={site ?? ''}
            onChange={(event) => onSite((event.currentTarget as HTMLSelectElement).value || null)}
          >
            <option value="">{t('allSites')}</option>
            {sites.map(({ site: name, count }) => (
              <option key={name} value={name}>
                {t('siteOption', name, uiNumber(count))}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="library-bar__summary" role="status">{summary}</p>
    </header>
  );
}
