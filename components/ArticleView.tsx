import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import type { Article } from '@/utils/extract';
import { formatPublished } from '@/utils/format';
import { t, tn, uiLanguage } from '@/utils/i18n';
import { httpUrl } from '@/utils/safe-url';
import { SafeHtml } from './SafeHtml';

export interface ArticleViewProps {
  article: Article;
  /** Take keyboard focus when shown, so arrow keys and Page Down scroll the story at once. */
  autoFocus?: boolean;
  /** Stored copies of images (remote URL → blob: URL); see SafeHtml. */
  localImages?: ReadonlyMap<string, string>;
  /** Shown after the body (the caption view). */
  children?: ComponentChildren;
}

/** The cleaned article: metadata as text, the body as sanitised HTML. */
export function ArticleView({ article, autoFocus = false, localImages, children }: ArticleViewProps) {
  // Lede's own words and dates are in the UI language, tagged so inside an article in another one.
  const ui = uiLanguage();
  const date = formatPublished(article.publishedTime, ui);
  // Back to the page the story came from (the reader tab has no other way); http(s) only.
  const source = httpUrl(article.url);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    // preventScroll: the popup opens at the top of the story, not wherever focus lands.
    if (autoFocus) ref.current?.focus({ preventScroll: true });
  }, [autoFocus]);
  return (
    <article
      ref={ref}
      class="article"
      tabIndex={-1}
      aria-labelledby="article-title"
      lang={article.lang ?? undefined}
      dir={article.dir ?? undefined}
    >
      <header class="article__header">
        {article.siteName && <p class="article__site">{article.siteName}</p>}
        <h1 class="article__title" id="article-title">{article.title}</h1>
        <p class="article__meta">
          {article.byline && <span class="article__byline">{article.byline}</span>}
          {date && <time dateTime={article.publishedTime ?? undefined} lang={ui}>{date}</time>}
          <span class="article__reading" lang={ui}>{tn('readingMinutes', article.readingMinutes)}</span>
          {source && (
            <a class="article__source" href={source} target="_blank" rel="noopener noreferrer" lang={ui}>
              {t('articleOriginalPage')}
            </a>
          )}
        </p>
      </header>
      <SafeHtml class="article__body" html={article.contentHtml} baseUrl={article.url} localImages={localImages} />
      {children}
    </article>
  );
}
