/** How the command line prints an Article in each format. */
import type { Article } from '../extract/article';
import { articleToMarkdown } from '../markdown';
import type { Format } from './args';
import { parseHtml } from './parse-html';

/** One line of JSON: the Article as is, with `source` first when several inputs are printed. */
export function toJsonLine(article: Article, source?: string): string {
  return JSON.stringify(source === undefined ? article : { source, ...article });
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The article's HTML as a standalone document, titled, with its language and direction. */
export function toHtmlDocument(article: Article): string {
  const lang = article.lang ? ` lang="${escapeHtml(article.lang)}"` : '';
  const dir = article.dir ? ` dir="${article.dir}"` : '';
  return [
    '<!DOCTYPE html>',
    `<html${lang}${dir}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(article.title)}</title>`,
    `<link rel="canonical" href="${escapeHtml(article.url)}">`,
    '</head>',
    '<body>',
    '<article>',
    `<h1>${escapeHtml(article.title)}</h1>`,
    article.contentHtml,
    '</article>',
    '</body>',
    '</html>',
  ].join('\n');
}

/** The Markdown document for an article (front matter, title, story). */
export function toMarkdown(article: Article): string {
  return articleToMarkdown(article, (html) => parseHtml(`<!DOCTYPE html><html><body>${html}</body></html>`, article.url).body);
}

/** The text printed for one article; `source` is given when several inputs are printed. */
export function render(article: Article, format: Format, source?: string): string {
  if (format === 'json') return `${toJsonLine(article, source)}\n`;
  if (format === 'html') return `${toHtmlDocument(article)}\n`;
  return toMarkdown(article);
}
