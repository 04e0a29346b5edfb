import { render } from 'preact';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { loadSettings } from '@/utils/settings';
import { App, readActiveTab } from './App';
import '@/components/lede.css';
import './style.css';

// Started before the first render: the popup's first paint waits on both.
const firstRead = readActiveTab();
const firstSettings = loadSettings();

render(
  <ErrorBoundary>
    <App firstRead={firstRead} firstSettings={firstSettings} />
  </ErrorBoundary>,
  document.getElementById('app')!,
);
