import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { OutcomeMessage } from '@/components/OutcomeMessage';
import { Pending } from '@/components/Pending';
import type { Problem } from '@/components/OutcomeMessage';
import { SaveButton, SaveNotice } from '@/components/SaveControl';
import { ReaderScreen } from '@/components/ReaderScreen';
import { commandHint, commandKeys } from '@/utils/command-keys';
import { errorMessage } from '@/utils/error-message';
import { activeTab, type Outcome } from '@/utils/extract-tab';
import { openReaderTab, readerUrl, stashArticle } from '@/utils/handoff';
import { t } from '@/utils/i18n';
import { openLibraryTab } from '@/utils/library/pages';
import { SHORTCUT_KEYS, shortcutFor } from '@/utils/shortcuts';
import type { Settings } from '@/utils/settings';
import { markPainted, useKeydown, useSettings } from '@/utils/use-settings';
import { useSave } from '@/utils/use-save';
import { readActiveTab, type Read } from './read';

type State = { state: 'extracting' } | Outcome | Problem;

/** How long a read may take before the popup says why it is waiting (the answer must come within 1 s of the click). */
const WAIT_NOTICE_MS = 700;

/** The popup's own keys, in the UI language (a function: no browser API at import time). */
const popupHint = () => t('popupKeys', SHORTCUT_KEYS.captions, SHORTCUT_KEYS.save, SHORTCUT_KEYS.tab, SHORTCUT_KEYS.close);

export interface AppProps {
  /** The read started before rendering (main.ts). */
  firstRead: Promise<Read>;
  /** The settings load started before rendering. */
  firstSettings?: Promise<Settings>;
}

/** The popup's one container: it talks to the browser and storage, components only render. */
export function App({ firstRead, firstSettings }: AppProps) {
  const [state, setState] = useState<State>({ state: 'extracting' });
  const [settings, changeSettings] = useSettings(firstSettings);
  const tabRef = useRef<Read['tab']>(undefined);
  // The browser-wide keys as bound now; the popup's own keys are fixed.
  const [hint, setHint] = useState(popupHint);
  useEffect(() => {
    commandKeys()
      .then((keys) => setHint(`${popupHint()} · ${commandHint(keys)}`))
      .catch(() => {});
  }, []);

  const latest = useRef(0);
  const settle = useCallback(async (read: Promise<Read>) => {
    const id = ++latest.current;
    setState({ state: 'extracting' });
    // A page still loading (or busy) answers only when it is done: say so meanwhile.
    const notice = setTimeout(() => {
      void activeTab()
        .then((tab) => tab?.status === 'loading', () => false)
        .then((loading) => {
          if (latest.current === id) setState((now) => (now.state === 'extracting' ? { state: 'waiting', loading } : now));
        });
    }, WAIT_NOTICE_MS);
    const { tab, outcome } = await read;
    clearTimeout(notice);
    if (latest.current !== id) return;
    tabRef.current = tab;
    setState(outcome);
  }, []);
  const run = useCallback((options: { lenient?: boolean } = {}) => void settle(readActiveTab(options)), [settle]);

  // A layout effect: the read is usually in before the UI renders, and a plain effect would only
  // take it up after the next paint (Preact runs those after a frame), a frame later than needed.
  useLayoutEffect(() => {
    void settle(firstRead);
  }, [settle, firstRead]);

  const article = state.state === 'article' ? state.article : null;
  const ready = article !== null && settings !== null;
  // Only once the article is on screen: the lookup must not compete with its first paint.
  const { status: saveStatus, save, remove } = useSave(ready ? article : null, state.state === 'article' ? state.key : null);
  // A layout effect runs right after the DOM is written, before that frame's
  // paint; markPainted then marks just after the paint (useEffect would run a frame late).
  useLayoutEffect(() => {
    if (!ready) return;
    performance.mark('lede:rendered');
    markPainted('lede:article-painted');
  }, [ready]);

  const openTab = useCallback(async () => {
    if (!article) return;
    try {
      const id = await stashArticle(article);
      await openReaderTab(readerUrl(id), tabRef.current);
      window.close();
    } catch (error) {
      setState({ state: 'error', message: errorMessage(error) });
    }
  }, [article]);

  const openLibrary = useCallback(async () => {
    try {
      await openLibraryTab();
      window.close();
    } catch (error) {
      setState({ state: 'error', message: errorMessage(error) });
    }
  }, []);

  const onKey = useCallback(
    (event: KeyboardEvent) => {
      const shortcut = shortcutFor(event);
      if (!shortcut) return;
      if (shortcut === 'close') {
        event.preventDefault();
        window.close();
      } else if (article && settings) {
        event.preventDefault();
        if (shortcut === 'tab') void openTab();
        else if (shortcut === 'save') save();
        else if (article.galleries.length > 0) changeSettings({ showCaptions: !settings.showCaptions });
      }
    },
    [article, settings, openTab, save, changeSettings],
  );
  useKeydown(onKey);

  switch (state.state) {
    case 'extracting':
      return <Pending label={t('readingPage')} />;
    case 'article':
      if (!settings) return <Pending label={t('readingPage')} />;
      return (
        <ReaderScreen
          article={state.article}
          settings={settings}
          onChange={changeSettings}
          onOpenTab={() => void openTab()}
          autoFocus
          hint={hint}
          actions={<SaveButton status={saveStatus} onSave={save} />}
          notice={
            <SaveNotice status={saveStatus} onOpenLibrary={() => void openLibrary()} onRemove={remove} />
          }
        />
      );
    default:
      return <OutcomeMessage outcome={state} onTryAnyway={() => run({ lenient: true })} onTryAgain={() => run()} />;
  }
}
