import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Article } from '@/utils/extract';
import type { Settings } from '@/utils/settings';
import { ArticleView } from './ArticleView';
import { CaptionView } from './CaptionView';
import { Toolbar } from './Toolbar';

export interface ReaderScreenProps {
  article: Article;
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
  /** The popup passes this; the reader tab, already a tab, does not. */
  onOpenTab?: () => void;
  /** The reader tab links to the library (see Toolbar). */
  libraryHref?: string;
  /** Focus the article on first paint (the popup and the reader tab both do). */
  autoFocus?: boolean;
  /** The shortcut hint under the story, e.g. "C captions · T open in a tab · Esc close". */
  hint?: string;
  /** Passed to the Toolbar: more buttons for the bar, and a line under it. */
  actions?: ComponentChildren;
  notice?: ComponentChildren;
  /** Stored copies of the article's images (remote URL → blob: URL), for a saved article read offline. */
  localImages?: ReadonlyMap<string, string>;
}

/** Toolbar, article and (when asked for) the caption view: the whole reading screen of the popup and the tab. */
export function ReaderScreen({
  article,
  settings,
  onChange,
  onOpenTab,
  libraryHref,
  autoFocus,
  hint,
  actions,
  notice,
  localImages,
}: ReaderScreenProps) {
  const galleries = article.galleries ?? [];
  const showCaptions = settings.showCaptions && galleries.length > 0;
  const wasShown = useRef(showCaptions);
  useEffect(() => {
    // Turned on while reading: bring the captions into view. Remembered as on
    // from an earlier page: leave the reader at the top of the story.
    if (showCaptions && !wasShown.current) {
      document.getElementById('captions')?.scrollIntoView({ block: 'start' });
    }
    wasShown.current = showCaptions;
  }, [showCaptions]);
  return (
    <div class="screen">
      <Toolbar
        settings={settings}
        galleryCount={galleries.length}
        onChange={onChange}
        onOpenTab={onOpenTab}
        actions={actions}
        notice={notice}
        libraryHref={libraryHref}
      />
      <main class="screen__main">
        <ArticleView article={article} autoFocus={autoFocus} localImages={localImages}>
          {showCaptions && <CaptionView galleries={galleries} localImages={localImages} />}
        </ArticleView>
        {hint && <p class="screen__hint">{hint}</p>}
      </main>
    </div>
  );
}
