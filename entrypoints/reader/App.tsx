import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { OutcomeMessage } from '@/components/OutcomeMessage';
import { Pending } from '@/components/Pending';
import { ReaderScreen } from '@/components/ReaderScreen';
import { StatusMessage } from '@/components/StatusMessage';
import { errorMessage } from '@/utils/error-message';
import { t } from '@/utils/i18n';
import { setRead } from '@/utils/library/store';
import { SHORTCUT_KEYS, shortcutFor } from '@/utils/shortcuts';
import { useKeydown, useSettings } from '@/utils/use-settings';
import { tabIdFromUrl } from '@/utils/handoff';
import { loadReaderArticle, type ReaderSource } from './load-article';
import { readTabForReader, type TabRead } from './read-tab';
import { useLocalImages } from './use-local-images';

type State = { state: 'loading' } | ReaderSource | TabRead | { state: 'error'; message: string };

/** The library page, beside the reader at the extension's root. */
const LIBRARY_HREF = 'library.html';

/** The reader tab's one container: it reads the hand-off and the settings, components only render. */
export function App() {
  const [state, setState] = useState<State>({ state: 'loading' });
  const [settings, changeSettings] = useSettings();

  const load = useCallback(async (options: { lenient?: boolean } = {}) => {
    setState({ state: 'loading' });
    try {
      // "Read with Lede" opens the reader on the page's tab: it reads the page itself.
      const tabId = tabIdFromUrl(location.href);
      const source = tabId !== null ? await readTabForReader(tabId, options) : await loadReaderArticle(location.href);
      setState(source);
      // Opening a saved article reads it, as in a mail or feed reader; the library can mark it unread again.
      if (source.state === 'article' && source.saved && !source.saved.read) {
        void setRead(source.saved.id, true).catch(() => {});
      }
    } catch (error) {
      setState({ state: 'error', message: errorMessage(error) });
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const article = state.state === 'article' ? state.article : null;
  const localImages = useLocalImages(state.state === 'article' ? (state.saved?.id ?? null) : null);
  // In the same commit as the article (a layout effect): a plain effect waits for a frame, which a
  // background tab may not paint for a while, and the tab would show "Lede" over the article.
  useLayoutEffect(() => {
    document.title = article ? t('readerPageTitle', article.title) : t('extName');
  }, [article]);

  const onKey = useCallback(
    (event: KeyboardEvent) => {
      // Only captions here: the tab is already a tab, and Esc must not close a page.
      if (shortcutFor(event) !== 'captions' || !article || !settings || article.galleries.length === 0) return;
      event.preventDefault();
      changeSettings({ showCaptions: !settings.showCaptions });
    },
    [article, settings, changeSettings],
  );
  useKeydown(onKey);

  switch (state.state) {
    case 'loading':
      return <Pending label={tabIdFromUrl(location.href) !== null ? t('readingPage') : t('openingArticle')} />;
    case 'unread':
      return (
        <OutcomeMessage outcome={state.outcome} onTryAnyway={() => void load({ lenient: true })} onTryAgain={() => void load()} />
      );
    case 'article':
      if (!settings) return <Pending label={t('openingArticle')} />;
      return (
        <ReaderScreen
          article={state.article}
          settings={settings}
          onChange={changeSettings}
          libraryHref={LIBRARY_HREF}
          autoFocus
          localImages={localImages}
          hint={t('readerKeys', SHORTCUT_KEYS.captions)}
        />
      );
    case 'gone':
      return (
        <StatusMessage title={t('handoffGoneTitle')} role="alert">
          <p>{t('handoffGoneBody', t('openInTab'))}</p>
        </StatusMessage>
      );
    case 'not-saved':
      return (
        <StatusMessage
          title={t('notSavedTitle')}
          role="alert"
          actions={<a href={LIBRARY_HREF}>{t('openLibrary')}</a>}
        >
          <p>{t('notSavedBody')}</p>
        </StatusMessage>
      );
    case 'error':
      return (
        <StatusMessage
          title={t('errorTitle')}
          role="alert"
          actions={<button type="button" onClick={() => void load()}>{t('tryAgain')}</button>}
        >
          <p>{t('errorOpenArticle', state.message)}</p>
        </StatusMessage>
      );
  }
}
