import type { Outcome } from '@/utils/extract-tab';
import { t, type MessageKey } from '@/utils/i18n';
import { StatusMessage } from './StatusMessage';

/** Every outcome of reading a tab that is not an article, plus the wait for a slow page. */
export type Problem = Exclude<Outcome, { state: 'article' }> | { state: 'waiting'; loading: boolean };

export interface OutcomeMessageProps {
  /** A read of a page that gave no article (or has not answered yet). */
  outcome: Problem;
  /** Reads the page again with looser rules ("Try anyway"). */
  onTryAnyway: () => void;
  /** Reads the page again ("Try again"). */
  onTryAgain: () => void;
}

/** True in Firefox, whose settings pages and wording differ from Chromium's. */
function isFirefox(): boolean {
  return typeof location !== 'undefined' && location.protocol === 'moz-extension:';
}

/** The kinds of document Lede names when a tab shows something other than a web page. */
export type DocumentKind = 'pdf' | 'image' | 'media' | 'json' | 'xml' | 'text' | 'file';

/** What kind of document a content type names. */
export function documentKind(contentType: string): DocumentKind {
  const type = contentType.toLowerCase();
  if (type === 'application/pdf') return 'pdf';
  if (type.startsWith('image/')) return 'image';
  if (type.startsWith('video/') || type.startsWith('audio/')) return 'media';
  if (/json/.test(type)) return 'json';
  if (/xml/.test(type)) return 'xml';
  if (type.startsWith('text/')) return 'text';
  return 'file';
}

/** "This is a PDF document, not a web page": one whole sentence a kind, so each language words it its own way. */
const NOT_HTML_TITLES: Record<DocumentKind, MessageKey> = {
  pdf: 'notHtmlPdf', image: 'notHtmlImage', media: 'notHtmlMedia', json: 'notHtmlJson',
  xml: 'notHtmlXml', text: 'notHtmlText', file: 'notHtmlFile',
};

/** The title for a tab that shows `contentType` instead of a web page, in the UI language. */
export function notHtmlTitle(contentType: string): string {
  return t(NOT_HTML_TITLES[documentKind(contentType)]);
}

/**
 * What went wrong and what to do about it, for every page Lede cannot read.
 * Each message names the next step; none is blank.
 */
export function OutcomeMessage({ outcome, onTryAnyway, onTryAgain }: OutcomeMessageProps) {
  const again = <button type="button" onClick={onTryAgain}>{t('tryAgain')}</button>;
  switch (outcome.state) {
    case 'waiting':
      return outcome.loading ? (
        <StatusMessage title={t('waitingLoadingTitle')} actions={again}>
          <p>{t('waitingLoadingBody')}</p>
        </StatusMessage>
      ) : (
        <StatusMessage title={t('waitingBusyTitle')} actions={again}>
          <p>{t('waitingBusyBody')}</p>
        </StatusMessage>
      );
    case 'restricted':
      return (
        <StatusMessage title={t('restrictedTitle')} role="alert">
          <p>{t('restrictedBody')}</p>
          {outcome.maybeFile && !isFirefox() && <p>{t('restrictedMaybeFile')}</p>}
        </StatusMessage>
      );
    case 'file-access':
      return (
        <StatusMessage title={t('fileAccessTitle')} role="alert">
          <p>{isFirefox() ? t('fileAccessFirefox') : t('fileAccessChrome')}</p>
        </StatusMessage>
      );
    case 'not-html':
      return (
        <StatusMessage title={notHtmlTitle(outcome.contentType)} role="alert">
          <p>{t('notHtmlBody')}</p>
        </StatusMessage>
      );
    case 'frameset':
      return (
        <StatusMessage title={t('framesetTitle')} role="alert">
          <p>{t('framesetBody')}</p>
        </StatusMessage>
      );
    case 'navigated':
      return (
        <StatusMessage title={t('navigatedTitle')} role="alert">
          <p>{t('navigatedBody')}</p>
        </StatusMessage>
      );
    case 'no-article':
      return (
        <StatusMessage
          title={t('noArticleTitle')}
          role="alert"
          actions={<button type="button" onClick={onTryAnyway}>{t('tryAnyway')}</button>}
        >
          <p>{t('noArticleBody')}</p>
        </StatusMessage>
      );
    case 'error':
      return (
        <StatusMessage title={t('errorTitle')} role="alert" actions={again}>
          <p>{t('errorReadPage', outcome.message)}</p>
        </StatusMessage>
      );
  }
}
