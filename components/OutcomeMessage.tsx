import type { Outcome } from '@/utils/extract-tab';
import { StatusMessage } from './StatusMessage';

export interface OutcomeMessageProps {
  /** A read of a page that gave no article. */
  outcome: Exclude<Outcome, { state: 'article' }>;
  /** Reads the page again with looser rules ("Try anyway"). */
  onTryAnyway: () => void;
  /** Reads the page again ("Try again"). */
  onTryAgain: () => void;
}

/** What a user is told when reading a page gave no article, and what they can do next. */
export function OutcomeMessage({ outcome, onTryAnyway, onTryAgain }: OutcomeMessageProps) {
  switch (outcome.state) {
    case 'restricted':
      return (
        <StatusMessage title="Lede can't read this page" role="alert">
          <p>
            Browsers don't let extensions read their own pages, extension stores, the PDF viewer or
            page sources. Open a news article and click Lede again.
          </p>
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
        <StatusMessage
          title="Something went wrong"
          role="alert"
          actions={<button type="button" onClick={onTryAgain}>Try again</button>}
        >
          <p>Lede couldn't read this page: {outcome.message}</p>
        </StatusMessage>
      );
  }
}
