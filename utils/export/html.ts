/**
 * One article as an HTML file: readable in any browser with no extension
 * installed, offline. Styles are inline, stored images are inlined as data:
 * URLs (or, in a zip, linked from the zip's shared images/ folder), the
 * story is sanitised like every page Lede renders, and a
 * Content-Security-Policy meta forbids script, frames, forms and fetches
 * (images excepted, so an unstored photo still shows when online).
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

/**
 * The same for a file of a zip, whose stored images are files beside it in
 * images/: 'self' lets them load, opened from the unzipped folder on disk
 * (Chromium needs it; Firefox 153 loads them either way) or served from it.
 */
export const EXPORT_CSP_LINKED = EXPORT_CSP.replace('img-src data:', "img-src 'self' data:");

/** Where the stored copy of the image at `url` is; undefined keeps the remote address. */
export type ImageSrc = (url: string) => string | undefined;

/** Options for {@link articleHtml}. */
export interface ArticleHtmlOptions {
  parse?: ParseFragment;
  /** Sanitiser for the story (default: the project's, which needs a DOM with DOMPurify support). */
  sanitize?: (html: string, articleUrl: string) => string;
  /** Stored images, inlined as data: URLs (a self-contained file). */
  images?: ImageMap;
  /**
   * Where the stored copy of the image at `url` is, or undefined to keep the
   * remote address; default: a data: URL from `images`. A zip passes paths in
   * its images/ folder, so an image several articles show is written once.
   */
  imageSrc?: ImageSrc;
  /** When the file was made (footer); default now. */
  now?: Date;
}

/** Text for an HTML text node or a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The stored copy's address for each image address: a data: URL from `images` (raster images only). */
function inlined(images: ImageMap | undefined): ImageSrc | undefined {
  if (!images?.size) return undefined;
  return (url) => {
    const image = images.get(url);
    return image && isRasterImage(image.type) ? dataUrl(image) : undefined;
  };
}

/** The sanitised story with stored images swapped in. */
function storyHtml(article: SavedArticle, options: ArticleHtmlOptions, imageSrc: ImageSrc | undefined): string {
  const clean = (options.sanitize ?? sanitizeHtml)(article.contentHtml, article.url);
  if (!imageSrc) return clean;
  const root = (options.parse ?? defaultParse)(clean);
  for (const img of Array.from(root.querySelectorAll('img'))) {
    const src = imageSrc(img.getAttribute('src') ?? '');
    if (!src) continue;
    img.setAttribute('src', src);
    // The stored copy is the one to show, offline too: no srcset or <picture> source may win over it.
    img.removeAttribute('srcset');
    img.removeAttribute('loading');
    img.closest('picture')?.querySelectorAll('source').forEach((source) => source.remove());
  }
  return root.innerHTML;
}

/** A gallery's captions as a list; photos shown when stored, else linked (http(s) only). */
function captionsHtml(gallery: Gallery, index: number, imageSrc: ImageSrc | undefined): string {
  const title = gallery.title.trim() || t('galleryUntitled', index + 1);
  const items = gallery.captions.map((caption) => {
    const credit = caption.credit ? ` <em>${escapeHtml(caption.credit)}</em>` : '';
    // Stored copies are keyed by the normalised absolute address (see imageUrlsOf).
    const remote = httpUrl(caption.imageUrl);
    const stored = remote ? imageSrc?.(remote) : undefined;
    const photo = stored
      ? `<img src="${escapeHtml(stored)}" alt="">`
      : remote ? ` <a href="${escapeHtml(remote)}" rel="noopener noreferrer">${escapeHtml(t('exportPhotoLink'))}</a>` : '';
    return `<li>${escapeHtml(caption.text)}${credit}${photo}</li>`;
  });
  return `<section class="captions"><h2>${escapeHtml(t('exportCaptions', title))}</h2><ol>${items.join('')}</ol></section>`;
}

/** The HTML document for one article. */
export function articleHtml(article: SavedArticle, options: ArticleHtmlOptions = {}): string {
  const imageSrc = options.imageSrc ?? inlined(options.images);
  const lang = article.lang ? ` lang="${escapeHtml(article.lang)}"` : '';
  const dir = article.dir === 'rtl' || article.dir === 'ltr' ? ` dir="${article.dir}"` : '';
  const source = httpUrl(article.url);
  const meta = [
    article.byline && `<span>${escapeHtml(article.byline)}</span>`,
    article.publishedTime && `<span>${escapeHtml(article.publishedTime)}</span>`,
    source && `<span><a href="${escapeHtml(source)}" rel="noopener noreferrer">${escapeHtml(t('articleOriginalPage'))}</a></span>`,
  ].filter(Boolean);
  const captions = article.galleries
    .map((gallery, i) => (gallery.captions.length ? captionsHtml(gallery, i, imageSrc) : ''))
    .join('');
  const made = (options.now ?? new Date()).toISOString().slice(0, 10);
  return [
    '<!DOCTYPE html>',
    `<html${lang}${dir}>`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${options.imageSrc ? EXPORT_CSP_LINKED : EXPORT_CSP}">`,
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
    `<div class="story">${storyHtml(article, options, imageSrc)}</div>`,
    captions,
    '</article>',
    `<footer><small>${escapeHtml(t('exportFooter', made))}</small></footer>`,
    '</body>',
    '</html>\n',
  ].filter(Boolean).join('\n');
}
