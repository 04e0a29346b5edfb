import { render } from 'preact';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { App, type AppProps } from './App';

/** Renders the popup around the read and the settings load main.ts has already started. */
export function start(firstRead: AppProps['firstRead'], firstSettings: AppProps['firstSettings']): void {
  render(
    <ErrorBoundary>
      <App firstRead={firstRead} firstSettings={firstSettings} />
    </ErrorBoundary>,
    document.getElementById('app')!,
  );
}
