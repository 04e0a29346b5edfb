import { StatusMessage } from './StatusMessage';

export interface LibraryNoticeProps {
  /** Why the list is empty: nothing saved, nothing matches the search, nothing from the chosen site. */
  kind: 'empty' | 'no-matches' | 'no-site';
  /** The search as typed (for 'no-matches'). */
  query?: string;
  /** The chosen site, if any. */
  site?: string | null;
  onClearSearch?: () => void;
  onAllSites?: () => void;
}

/** What to do when the list shows nothing: each case says how to get articles on it. */
export function LibraryNotice({ kind, query = '', site = null, onClearSearch, onAllSites }: LibraryNoticeProps) {
  if (kind === 'empty') {
    return (
      <StatusMessage title="Nothing saved yet">
        <p>Click Save in Lede's popup, or right-click a page → Save page to Lede.</p>
        <p>Saved articles stay on this computer and open here, even offline.</p>
      </StatusMessage>
    );
  }
  const actions = (
    <>
      {kind === 'no-matches' && onClearSearch && <button type="button" onClick={onClearSearch}>Clear the search</button>}
      {site && onAllSites && <button type="button" onClick={onAllSites}>Show all sites</button>}
    </>
  );
  if (kind === 'no-site') {
    return (
      <StatusMessage title={`No saved articles from ${site}`} actions={actions}>
        <p>Choose another site, or All sites.</p>
      </StatusMessage>
    );
  }
  return (
    <StatusMessage title={`No saved article matches “${query.trim()}”`} actions={actions}>
      <p>
        Check the spelling, or try fewer or shorter words: the search matches the start of words and forgives a typo.
        {site ? ` Only articles from ${site} were searched.` : ''}
      </p>
    </StatusMessage>
  );
}
