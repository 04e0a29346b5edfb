/**
 * One article as a self-contained HTML file: readable in any browser with no
 * extension installed, offline. Styles are inline, stored images are inlined
 * as data: URLs, the story is sanitised like every page Lede renders, and a
 * Content-Security-Policy meta forbids script, frames, forms and fetches
 * (remote images excepted, so an unstored photo still shows when online).
 */
import type { Gallery } from '../extract/article';
import type { SavedArticle } from '../library/types';
import { httpUrl } from '../safe-url';
import { sanitizeHtml } from '../sanitize';
import { defaultParse, type ParseFragment } from './dom';
import { EXPORT_CSS } from './html-style';
import { dataUrl, isRasterImage, type ImageMap } from './images';
import { t } from '../i18n';

/** No script of any kind; inline styles only; images inline or from the web; nothing else. */
export const EXPORT_CSP =
  "default-src 'none'; img-src data: https: http:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** Options for {@link articleHtml}. */
export interface ArticleHtmlOptions {
  parse?: ParseFragment;
  /** Sanitiser for the story (default: the project's, which needs a DOM with DOMPurify support). */
  sanitize?: (html: string, articleUrl: string) => string;
  images?: ImageMap;
  /** When the file was made (footer); default now. */
  now?: Date;
}

/** Text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The sanitised story with stored images swapped in as data: URLs. */
function storyHtml(article: SavedArticle, options: ArticleHtmlOptions): string {
  const clean = (options.sanitize ?? sanitizeHtml)(article.contentHtml, article.url);
  if (!options.images?.size) return clean;
  const root = (options.parse ?? defaultParse)(clean);
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const image = options.images.get(img.getAttribute('src') ?? '');
    if (!image || !isRasterImage(image.type)) continue;
    img.setAttribute('src', dataUrl(image));
    // The stored copy is the one to show, offline too: no srcset or <picture> source may win over it.
    img.removeAttribute('srcset');
    img.removeAttribute('loading');
    img.closest('picture')?.querySelectorAll('source').forEach((source) => source.remove());
  }
  return root.innerHTML;
}

/** A gallery's captions as a list; photos inline when stored, else linked (http(s) only). */
function captionsHtml(gallery: Gallery, index: number, images: ImageMap | undefined): string {
  const title = gallery.title.trim() || t('galleryUntitled', index + 1);
  const items = gallery.captions.map((caption) => {
    const credit = caption.credit ? ` <em>${escapeHtml(caption.credit)}</em>` : '';
    // Stored copies are keyed by the normalised absolute address (see imageUrlsOf).
    const remote = httpUrl(caption.imageUrl);
    const stored = remote ? images?.get(remote) : undefined;
    const photo = stored && isRasterImage(stored.type)
      ? `<img src="${escapeHtml(dataUrl(stored))}" alt="">`
      : remote ? ` <a href="${escapeHtml(remote)}" rel="noopener noreferrer">${escapeHtml(t('exportPhotoLink'))}</a>` : '';
    return `<li>${escapeHtml(caption.text)}${credit}${photo}</li>`;
  });
  return `<section class="captions"><h2>${escapeHtml(t('exportCaptions', title))}</h2><ol>${items.join('')}</ol></section>`;
}

/** The HTML document for one article. */
export function articleHtml(article: SavedArticle, options: ArticleHtmlOptions = {}): string {
  const lang = article.lang ? ` lang="${escapeHtml(article.lang)}"` : '';
  const dir = article.dir === 'rtl' || article.dir === 'ltr' ? ` dir="${article.dir}"` : '';
  const source = httpUrl(article.url);
  const meta = [
    article.byline && `<span>${escapeHtml(article.byline)}</span>`,
    article.publishedTime && `<span>${escapeHtml(article.publishedTime)}</span>`,
    source && `<span><a href="${escapeHtml(source)}" rel="noopener noreferrer">${escapeHtml(t('articleOriginalPage'))}</a></span>`,
  ].filter(Boolean);
  const captions = article.galleries
    .map((gallery, i) => (gallery.captions.length ? captionsHtml(gallery, i, options.images) : ''))
    .join('');
  const made = (options.now ?? new Date()).toISOString().slice(0, 10);
  return [
    '<!DOCTYPE html>',
    `<html${lang}${dir}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(article.title)}</title>`,
    `<style>${EXPORT_CSS}</style>`,
    '</head>',
    '<body>',
    '<article>',
    '<header>',
    article.siteName ? `<p class="site">${escapeHtml(article.siteName)}</p>` : '',
    `<h1>${escapeHtml(article.title)}</h1>`,
    meta.length ? `<p class="meta">${meta.join('')}</p>` : '',
    '</header>',
    `<div class="story">${storyHtml(article, options)}</div>`,
    captions,
    '</article>',
    `<footer><small>${escapeHtml(t('exportFooter', made))}</small></footer>`,
    '</body>',
    '</html>\n',
  ].filter(Boolean).join('\n');
}
