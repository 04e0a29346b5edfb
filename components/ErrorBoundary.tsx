import { Component, type ComponentChildren } from 'preact';
import { t } from '@/utils/i18n';
import { StatusMessage } from './StatusMessage';

export interface ErrorBoundaryProps {
  children: ComponentChildren;
  /** Offered as "Try again"; by default the page reloads. */
  onRetry?: () => void;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/** Turns a render error anywhere below into a message and a way out, never a blank page. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  retry = () => {
    if (this.props.onRetry) {
      this.setState({ error: null });
      this.props.onRetry();
    } else {
      location.reload();
    }
  };

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <StatusMessage
        title={t('errorTitle')}
        role="alert"
        actions={<button type="button" onClick={this.retry}>{t('tryAgain')}</button>}
      >
        <p>{t('errorShowArticle', error.message)}</p>
      </StatusMessage>
    );
  }
}
