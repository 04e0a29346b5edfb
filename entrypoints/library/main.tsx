import { render } from 'preact';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { listSummaries } from '@/utils/library';
import { loadSettings } from '@/utils/settings';
import { App } from './App';
import '@/components/lede.css';
import './style.css';

// Both reads start before the first render: the list paints as soon as they settle.
const summaries = listSummaries();
const settings = loadSettings();
// Handled by the App (it shows the error); this keeps an early failure from being reported as unhandled.
summaries.catch(() => {});

render(
  <ErrorBoundary>
    <App initialSummaries={summaries} initialSettings={settings} />
  </ErrorBoundary>,
  document.getElementById('app')!,
);
