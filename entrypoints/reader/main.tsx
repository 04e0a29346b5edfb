import { render } from 'preact';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { applyUiLanguage } from '@/utils/i18n';
import { loadSanitizer } from '@/utils/sanitizer-loader';
import { App } from './App';
import '@/components/lede.css';
import './style.css';

// The reader tab renders once the sanitiser is in, as when it was a static import: the article's
// body then appears with the rest of it (SafeHtml is synchronous once it has loaded).
applyUiLanguage();
void loadSanitizer()
  .catch(() => undefined)
  .then(() =>
    render(
      <ErrorBoundary>
        <App />
      </ErrorBoundary>,
      document.getElementById('app')!,
    ),
  );
