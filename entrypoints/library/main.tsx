import { render } from 'preact';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { applyUiLanguage } from '@/utils/i18n';
import { loadSettings } from '@/utils/settings';
import { App } from './App';
import { loadFirstPage } from './use-library';
import '@/components/lede.css';
import './style.css';

// Both reads start before the first render: the list paints as soon as they settle.
const firstPage = loadFirstPage();
const settings = loadSettings();
// Handled by the App (it shows the error); this keeps an early failure from being reported as unhandled.
firstPage.catch(() => {});

applyUiLanguage();
render(
  <ErrorBoundary>
    <App firstPage={firstPage} initialSettings={settings} />
  </ErrorBoundary>,
  document.getElementById('app')!,
);
