import { render } from 'preact';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { App } from './App';
import '@/components/lede.css';
import './style.css';

render(
  <ErrorBoundary>
    <App />
  </ErrorBoundary>,
  document.getElementById('app')!,
);
