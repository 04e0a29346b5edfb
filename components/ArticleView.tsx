import { useMemo } from 'preact/hooks';
import type { Article } from '@/utils/extract';
import { sanitizeHtml } from '@/utils/sanitize';
import { formatDate } from '@/utils/format';

export interface ArticleViewProps {
  article: Article;
}

/** The cleaned article: metadata as text, the body as sanitised HTML. */
export function ArticleView({ article }: ArticleViewProps) {
  const html = useMemo(() => sanitizeHtml(article.contentHtml), [article.contentHtml]);
  const date = formatDate(article.publishedTime, article.lang);
  return (
    <article class="article" lang={article.lang ?? undefined} dir={article.dir ?? undefined}>
      <header class="article__header">
        {article.siteName && <p class="article__site">{article.siteName}</p>}
        <h1 class="article__title">{article.title}</h1>
        <p class="article__meta">
          {article.byline && <span class="article__byline">{article.byline}</span>}
          {date && <time dateTime={article.publishedTime ?? undefined}>{date}</time>}
          <span class="article__reading">{article.readingMinutes} min read</span>
        </p>
      </header>
      <div class="article__body" dangerouslySetInnerHTML={{ __html: html }} />
    </article>
  );
}
