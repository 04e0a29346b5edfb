import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Pending } from '@/components/Pending';
import { ReaderScreen } from '@/components/ReaderScreen';
import { StatusMessage } from '@/components/StatusMessage';
import { activeTab, extractFromTab, type Outcome } from '@/utils/extract-tab';
import { readerUrl, stashArticle } from '@/utils/handoff';
import { shortcutFor } from '@/utils/shortcuts';
import { markPainted, useKeydown, useSettings } from '@/utils/use-settings';

type State = { state: 'extracting' } | Outcome;

const HINT = 'Keys: C captions · T open in a tab · Esc close';

/** The popup's one container: it talks to the browser and storage, components only render. */
export function App() {
  const [state, setState] = useState<State>({ state: 'extracting' });
  const [settings, changeSettings] = useSettings();
  const tabRef = useRef<{ id?: number; index?: number } | undefined>(undefined);

  const run = useCallback(async (options: { lenient?: boolean } = {}) => {
    setState({ state: 'extracting' });
    try {
      const tab = await activeTab();
      tabRef.current = tab;
      setState(tab ? await extractFromTab(tab, options) : { state: 'restricted', url: '' });
    } catch (error) {
      setState({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void run();
  }, [run]);

  const article = state.state === 'article' ? state.article : null;
  const ready = article !== null && settings !== null;
  useEffect(() => {
    if (ready) markPainted('lede:article-painted');
  }, [ready]);

  const openTab = useCallback(async () => {
    if (!article) return;
    try {
      const id = await stashArticle(article);
      const tab = tabRef.current;
      await browser.tabs.create({
        url: readerUrl(id),
        // Beside the page it came from, as "open link in new tab" does.
        ...(tab?.index !== undefined && { index: tab.index + 1 }),
        ...(tab?.id !== undefined && { openerTabId: tab.id }),
      });
      window.close();
    } catch (error) {
      setState({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, [article]);

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
        else if (article.galleries.length > 0) changeSettings({ showCaptions: !settings.showCaptions });
      }
    },
    [article, settings, openTab, changeSettings],
  );
  useKeydown(onKey);

  switch (state.state) {
    case 'extracting':
      return <Pending label="Reading the page…" />;
    case 'article':
      if (!settings) return <Pending label="Reading the page…" />;
      return (
        <ReaderScreen
          article={state.article}
          settings={settings}
          onChange={changeSettings}
          onOpenTab={() => void openTab()}
          autoFocus
          hint={HINT}
        />
      );
    case 'restricted':
      return (
        <StatusMessage title="Lede can't read this page" role="alert">
          <p>
            Browsers don't let extensions read their own pages, extension stores, the PDF viewer or
            page sources. Open a news article and click Lede again.
          </p>
        </StatusMessage>
      );
    case 'no-article':
      return (
        <StatusMessage
          title="No article found"
          role="alert"
          actions={<button type="button" onClick={() => run({ lenient: true })}>Try anyway</button>}
        >
          <p>This page doesn't look like an article. Lede can try anyway with looser rules.</p>
        </StatusMessage>
      );
    case 'error':
      return (
        <StatusMessage
          title="Something went wrong"
          role="alert"
          actions={<button type="button" onClick={() => run()}>Try again</button>}
        >
          <p>Lede couldn't read this page: {state.message}</p>
        </StatusMessage>
      );
  }
}
