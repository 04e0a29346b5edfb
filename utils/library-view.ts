/**
 * The library page's view of the saved articles: pure functions from the
 * summaries (and a search's hits) to what the list shows. No database, no DOM.
 */
import { siteOf, type SavedSummary, type SearchHit } from '@/utils/library';
import { t, tn, uiNumber } from './i18n';

/** The fields of a saved article's summary that the library page shows. */
export type ListedSummary = Pick<
  SavedSummary,
  'id' | 'url' | 'title' | 'siteName' | 'excerpt' | 'lang' | 'dir' | 'readingMinutes' | 'savedAt' | 'read'
>;

/** A row of the list: the summary and the search terms it matched (none when not searching). */
export interface ListedRow<S extends ListedSummary = ListedSummary> {
  summary: S;
  terms: string[];
}

/** Each site with its number of articles, most articles first, then by name. */
export function siteCounts(summaries: readonly ListedSummary[]): Array<{ site: string; count: number }> {
  const counts = new Map<string, number>();
  for (const summary of summaries) {
    const site = siteOf(summary);
    counts.set(site, (counts.get(site) ?? 0) + 1);
  }
  return [...counts]
    .map(([site, count]) => ({ site, count }))
    .sort((a, b) => b.count - a.count || a.site.localeCompare(b.site));
}

/** A search's hits as the list needs them: an article's id and the index terms it matched. */
export type HitLike = Pick<SearchHit, 'id' | 'terms'>;

/** The summaries by id, for turning hits into rows (build it once per list, not per search). */
export function summariesById<S extends ListedSummary>(summaries: readonly S[]): ReadonlyMap<string, S> {
  return new Map(summaries.map((summary) => [summary.id, summary]));
}

/**
 * The rows to show: every summary in the order given (newest first) when
 * there are no hits, else the hits in their order (best first) that still
 * exist; either way only `site`'s when one is chosen.
 */
export function listedRows<S extends ListedSummary>(
  summaries: readonly S[],
  hits: readonly HitLike[] | null,
  site: string | null,
  byId: ReadonlyMap<string, S> = summariesById(summaries),
): Array<ListedRow<S>> {
  const onSite = (summary: S) => site === null || siteOf(summary) === site;
  if (hits === null) return summaries.filter(onSite).map((summary) => ({ summary, terms: [] }));
  const rows: Array<ListedRow<S>> = [];
  for (const hit of hits) {
    const summary = byId.get(hit.id);
    if (summary && onSite(summary)) rows.push({ summary, terms: hit.terms });
  }
  return rows;
}

/** The reader page's address for a saved article, relative to library.html (both sit at the extension's root). */
export function savedReaderHref(id: string): string {
  return `reader.html?saved=${encodeURIComponent(id)}`;
}


/** What the line under the search box says about the list. */
export function listLine({ pending, query, count, site, complete }: {
  /** A query is typed whose answer has not come yet. */
  pending: boolean;
  /** The query the shown hits answer, or null when not searching. */
  query: string | null;
  /** Rows shown. */
  count: number;
  site: string | null;
  /** Whether the whole list is read (else only the newest screenful is). */
  complete: boolean;
}): string {
  if (pending) return t('listSearching');
  if (query !== null) return site ? tn('listMatchesOnSite', count, query.trim(), site) : tn('listMatches', count, query.trim());
  if (!complete) return t('listNewest', uiNumber(count));
  return site ? tn('listArticlesFromSite', count, site) : tn('articleCount', count);
}
