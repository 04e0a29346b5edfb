import { t } from '@/utils/i18n';
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
      <StatusMessage title={t('emptyLibraryTitle')}>
        <p>{t('emptyLibraryHow', t('save'), t('menuSave'))}</p>
        <p>{t('emptyLibraryOffline')}</p>
      </StatusMessage>
    );
  }
  const actions = (
    <>
      {kind === 'no-matches' && onClearSearch && <button type="button" onClick={onClearSearch}>{t('clearSearch')}</button>}
      {site && onAllSites && <button type="button" onClick={onAllSites}>{t('showAllSites')}</button>}
    </>
  );
  if (kind === 'no-site') {
    return (
      <StatusMessage title={t('noSiteTitle', site ?? '')} actions={actions}>
        <p>{t('noSiteBody', t('allSites'))}</p>
      </StatusMessage>
    );
  }
  return (
    <StatusMessage title={t('noMatchesTitle', query.trim())} actions={actions}>
      <p>{site ? t('noMatchesBodyOnSite', site) : t('noMatchesBody')}</p>
    </StatusMessage>
  );
}
