import { render } from 'preact';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { applyUiLanguage } from '@/utils/i18n';
import { loadSettings } from '@/utils/settings';
import { loadSanitizer } from '@/utils/sanitizer-loader';
import { App, readActiveTab } from './App';
import '@/components/lede.css';
import './style.css';

// Started before the first render: the popup's first paint waits on both.
// The sanitiser loads beside the read, and the article is handed over once both are in,
// so it renders in one synchronous pass (SafeHtml).
const firstRead = Promise.all([readActiveTab(), loadSanitizer().catch(() => undefined)]).then(([read]) => read);
const firstSettings = loadSettings();

applyUiLanguage();
render(
  <ErrorBoundary>
    <App firstRead={firstRead} firstSettings={firstSettings} />
  </ErrorBoundary>,
  document.getElementById('app')!,
);
