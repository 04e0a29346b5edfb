import { useCallback, useEffect, useState } from 'preact/hooks';
import { ArticleView } from '@/components/ArticleView';
import { StatusMessage } from '@/components/StatusMessage';
import { activeTab, extractFromTab, type Outcome } from '@/utils/extract-tab';

type State = { state: 'extracting' } | Outcome;

/** The popup's one container: it talks to the browser, components only render. */
export function App() {
  const [state, setState] = useState<State>({ state: 'extracting' });

  const run = useCallback(async (options: { lenient?: boolean } = {}) => {
    setState({ state: 'extracting' });
    try {
      const tab = await activeTab();
      setState(tab ? await extractFromTab(tab, options) : { state: 'restricted', url: '' });
    } catch (error) {
      setState({ state: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }, []);

  useEffect(() => {
    void run();
  }, [run]);

  switch (state.state) {
    case 'extracting':
      return <StatusMessage title="Reading the page…" />;
    case 'article':
      return <ArticleView article={state.article} />;
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
