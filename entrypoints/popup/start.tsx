import { render } from 'preact';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { loadSettings } from '@/utils/settings';
import { App, type AppProps } from './App';

/** Renders the popup around the read main.ts has already started; the settings load starts here. */
export function start(firstRead: AppProps['firstRead']): void {
  const firstSettings = loadSettings().then((settings) => (performance.mark('lede:settings-loaded'), settings));
  render(
    <ErrorBoundary>
      <App firstRead={firstRead} firstSettings={firstSettings} />
    </ErrorBoundary>,
    document.getElementById('app')!,
  );
}
