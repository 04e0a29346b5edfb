import type { Outcome } from '@/utils/extract-tab';
import { t } from '@/utils/i18n';
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

/** What kind of document a content type names, in the user's words. */
export function documentKind(contentType: string): string {
  const type = contentType.toLowerCase();
  if (type === 'application/pdf') return 'a PDF document';
  if (type.startsWith('image/')) return 'an image';
  if (type.startsWith('video/') || type.startsWith('audio/')) return 'a media file';
  if (/json/.test(type)) return 'a JSON file';
  if (/xml/.test(type)) return 'an XML file';
  if (type.startsWith('text/')) return 'a plain text file';
  return 'a file';
}

/**
 * What went wrong and what to do about it, for every page Lede cannot read.
 * Each message names the next step; none is blank.
 */
export function OutcomeMessage({ outcome, onTryAnyway, onTryAgain }: OutcomeMessageProps) {
  const again = <button type="button" onClick={onTryAgain}>Try again</button>;
  switch (outcome.state) {
    case 'waiting':
      return outcome.loading ? (
        <StatusMessage title="Waiting for the page to load" actions={again}>
          <p>
            The page is still loading. Lede shows the article as soon as it is ready; if it never
            finishes, stop loading it and click Lede again.
          </p>
        </StatusMessage>
      ) : (
        <StatusMessage title="The page is busy" actions={again}>
          <p>
            The page hasn't answered yet. Lede shows the article as soon as it does; if nothing
            happens, reload the page and click Lede again.
          </p>
        </StatusMessage>
      );
    case 'restricted':
      return (
        <StatusMessage title="Lede can't read this page" role="alert">
          <p>
            Browsers don't let extensions read their own pages, extension stores or page sources.
            Open a news article and click Lede again.
          </p>
          {outcome.maybeFile && !isFirefox() && <p>{t('restrictedMaybeFile')}</p>}
        </StatusMessage>
      );
    case 'file-access':
      return (
        <StatusMessage title="Lede needs your permission to read files" role="alert">
          {isFirefox() ? (
            <p>Firefox doesn't let extensions read files on this computer. Open the article from the web instead.</p>
          ) : (
            <p>
              To read pages saved on this computer, open <strong>chrome://extensions</strong>, click
              <strong> Details</strong> under Lede and turn on <strong>Allow access to file URLs</strong>.
              Then reload this page and click Lede again.
            </p>
          )}
        </StatusMessage>
      );
    case 'not-html':
      return (
        <StatusMessage title={`This is ${documentKind(outcome.contentType)}, not a web page`} role="alert">
          <p>Lede reads articles on web pages. Open the page of the story and click Lede there.</p>
        </StatusMessage>
      );
    case 'frameset':
      return (
        <StatusMessage title="This page is made of frames" role="alert">
          <p>
            The article is in one of its frames. Open that frame on its own (right-click in it, then
            open the frame in a new tab) and click Lede there.
          </p>
        </StatusMessage>
      );
    case 'navigated':
      return (
        <StatusMessage title="The page changed while Lede was reading it" role="alert">
          <p>It went to another address or reloaded. Click Lede again to read the page as it is now.</p>
        </StatusMessage>
      );
    case 'no-article':
      return (
        <StatusMessage
          title="No article found"
          role="alert"
          actions={<button type="button" onClick={onTryAnyway}>Try anyway</button>}
        >
          <p>This page doesn't look like an article. Lede can try anyway with looser rules.</p>
        </StatusMessage>
      );
    case 'error':
      return (
        <StatusMessage title="Something went wrong" role="alert" actions={again}>
          <p>Lede couldn't read this page: {outcome.message}</p>
        </StatusMessage>
      );
  }
}
