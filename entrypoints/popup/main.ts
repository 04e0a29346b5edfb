import { errorMessage } from '@/utils/error-message';
import { applyUiLanguage, t } from '@/utils/i18n';
import { announcePopupStart } from '@/utils/popup-started';
import { loadSanitizer } from '@/utils/sanitizer-loader';
import { readSettings } from '@/utils/settings-read';
import { readActiveTab } from './read';
import '@/components/lede.css';
import './style.css';

/**
 * The popup's entry, kept tiny: what it imports loads before any of it runs.
 * It starts reading the tab at once, so the injection and the engine in the
 * page overlap the popup loading Preact, the components and the settings
 * (start.tsx), rather than waiting for them. The sanitiser and the settings
 * load beside both; the article is handed to the UI once it and the read are
 * in, so it renders in one synchronous pass (SafeHtml). See docs/benchmarks.md
 * for the phases.
 */
performance.mark('lede:main-start');
const read = readActiveTab();
// Chromium's worker opened this popup at the click; it waits for this before calling a failed opening a failure.
if (!import.meta.env.FIREFOX) announcePopupStart();
// The settings too: read with the browser's API, they come back with the read rather than after the UI's chunk.
const settings = readSettings().then((loaded) => (performance.mark('lede:settings-loaded'), loaded));
const sanitizer = loadSanitizer().then(() => performance.mark('lede:sanitizer-loaded'), () => undefined);
const firstRead = Promise.all([read, sanitizer]).then(([done]) => done);
// After the read has started (it waits on the browser, not on this): the page's lang and dir, long before its first paint.
applyUiLanguage();
void import('./start').then(
  ({ start }) => start(firstRead, settings),
  (error: unknown) => {
    // The UI's chunk did not load (say, the extension was updated under an open popup): say so, never a blank popup.
    document.getElementById('app')!.textContent = t('popupStartFailed', errorMessage(error));
  },
);
