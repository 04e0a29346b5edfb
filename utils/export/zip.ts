/**
 * Several articles as one zip: a file each (Markdown or HTML), named from
 * its title, and the stored images they use in one images/ folder beside
 * them, each image once however many articles show it.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { SavedArticle } from '../library/types';
import { fileNameFor, uniqueNames } from './file-name';
import { articleHtml } from './html';
import { ImageFiles, type ImageMap } from './images';
import { articleMarkdown } from './markdown';
import type { ParseFragment } from './dom';

/** Options for {@link markdownZip} and {@link htmlZip}. */
export interface ArticlesZipOptions {
  parse?: ParseFragment;
  images?: ImageMap;
  /** Fixed file times (tests: byte-identical archives); default now. */
  mtime?: Date;
}

/** Options for {@link htmlZip}: also the story's sanitiser (default: the project's). */
export interface HtmlZipOptions extends ArticlesZipOptions {
  sanitize?: (html: string, articleUrl: string) => string;
}

/**
 * The zip's bytes: `render(article, imagePath)` writes an article's file,
 * `imagePath(url)` giving a stored image's path in the zip (or undefined).
 * Images are stored as they are (already compressed); text is deflated.
 */
function articlesZip(
  articles: SavedArticle[],
  extension: 'md' | 'html',
  render: (article: SavedArticle, imagePath: (url: string) => string | undefined) => string,
  options: ArticlesZipOptions,
): Uint8Array {
  const images = new ImageFiles(options.images, 'images');
  const imagePath = (url: string) => images.pathFor(url);
  const unique = uniqueNames();
  const files: Zippable = {};
  for (const article of articles) files[unique(fileNameFor(article.title, extension))] = strToU8(render(article, imagePath));
  for (const [path, image] of images.files) files[path] = [image.bytes, { level: 0 }];
  return zipSync(files, { level: 6, mtime: options.mtime ?? new Date() });
}

/** Several articles as Markdown files; stored images linked as images/… (others keep their web address). */
export function markdownZip(articles: SavedArticle[], options: ArticlesZipOptions = {}): Uint8Array {
  return articlesZip(articles, 'md', (article, imagePath) =>
    articleMarkdown(article, { parse: options.parse, imageUrl: (url) => imagePath(url) ?? url }), options);
}

/**
 * Several articles as HTML files that show their stored images from the
 * zip's images/ folder (relative links: the unzipped folder reads offline),
 * rather than each file inlining its own copy as a single HTML export does.
 */
export function htmlZip(articles: SavedArticle[], options: HtmlZipOptions = {}): Uint8Array {
  // No stored images: no story needs parsing for them, and no file needs the images/ folder.
  const linked = !!options.images?.size;
  return articlesZip(articles, 'html', (article, imagePath) =>
    articleHtml(article, { parse: options.parse, sanitize: options.sanitize, imageSrc: linked ? imagePath : undefined, now: options.mtime }), options);
}
