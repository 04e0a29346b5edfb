import { Fragment } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { termsNotIn } from '@/utils/highlight';
import { siteOf } from '@/utils/library';
import { t, tn, uiDate } from '@/utils/i18n';
import { savedReaderHref, type ListedSummary } from '@/utils/library-view';
import { Highlight } from './Highlight';

export interface LibraryItemProps {
  summary: ListedSummary;
  /** The search terms this article matched; none when not searching. */
  terms: readonly string[];
  /** The keyboard's current row: its controls are the list's tab stops. */
  selected: boolean;
  /** A focus request: each new value above 0 moves focus to this row's link (an arrow key put the selection here). */
  focus: number;
  /** Focus entered this row (a click or Tab): it becomes the selection. */
  onSelect: () => void;
  onToggleRead: () => void;
  onDelete: () => void;
}

/**
 * One saved article in the list: its title (a link to the reader), site,
 * saved date, reading time and excerpt, with read and delete buttons. Every
 * stored string renders as text; matches are marked, not injected.
 */
export function LibraryItem({ summary, terms, selected, focus, onSelect, onToggleRead, onDelete }: LibraryItemProps) {
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (focus > 0) link.current?.focus({ preventScroll: true });
  }, [focus]);
  const tab = selected ? 0 : -1;
  const elsewhere = terms.length ? termsNotIn(terms, [summary.title, summary.excerpt]) : [];
  const titleId = `item-${summary.id}`;
  return (
    <div class="item" data-id={summary.id} onFocusIn={onSelect}>
      <div class="item__main">
        <a
          ref={link}
          class="item__title"
          id={titleId}
          href={savedReaderHref(summary.id)}
          tabIndex={tab}
          lang={summary.lang ?? undefined}
          dir={summary.dir ?? undefined}
        >
          <Highlight text={summary.title || t('untitled')} terms={terms} />
        </a>
        <p class="item__meta">
          <span class="item__site">{siteOf(summary)}</span>
          <span>{t('itemSaved', uiDate(summary.savedAt, 'short'))}</span>
          <span>{tn('readingMinutes', summary.readingMinutes)}</span>
          {summary.read ? (
            <span class="item__state">{t('itemRead')}</span>
          ) : (
            <span class="item__state item__state--unread">{t('itemUnread')}</span>
          )}
        </p>
        <p class="item__excerpt" lang={summary.lang ?? undefined} dir={summary.dir ?? undefined}>
          {elsewhere.length > 0 && (
            <span class="item__found">
              {t('itemFoundInText')}{' '}
              {elsewhere.map((term, i) => (
                <Fragment key={term}>
                  {i > 0 && ', '}
                  <mark>{term}</mark>
                </Fragment>
              ))}
              {summary.excerpt ? ' · ' : ''}
            </span>
          )}
          <Highlight text={summary.excerpt ?? ''} terms={terms} />
        </p>
      </div>
      <div class="item__actions">
        <button type="button" class="item__read" tabIndex={tab} aria-describedby={titleId} onClick={onToggleRead}>
          {summary.read ? t('markUnread') : t('markRead')}
        </button>
        <button type="button" class="item__delete" tabIndex={tab} aria-describedby={titleId} onClick={onDelete}>
          {t('delete')}
        </button>
      </div>
    </div>
  );
}
