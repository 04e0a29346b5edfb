/**
 * Several articles as one zip: a Markdown file each, named from its title,
 * and the stored images they use in an images/ folder.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import type { SavedArticle } from '../library/types';
import { fileNameFor, uniqueNames } from './file-name';
import { ImageFiles, type ImageMap } from './images';
import { articleMarkdown } from './markdown';
import type { ParseFragment } from './dom';

/** Options for {@link markdownZip}. */
export interface MarkdownZipOptions {
  parse?: ParseFragment;
  images?: ImageMap;
  /** Fixed file times (tests: byte-identical archives); default now. */
  mtime?: Date;
}

/** The zip's bytes. Images are stored as they are (already compressed); Markdown is deflated. */
export function markdownZip(articles: SavedArticle[], options: MarkdownZipOptions = {}): Uint8Array {
  const images = new ImageFiles(options.images, 'images');
  const unique = uniqueNames();
  const files: Zippable = {};
  for (const article of articles) {
    const name = unique(fileNameFor(article.title, 'md'));
    files[name] = strToU8(articleMarkdown(article, { parse: options.parse, imageUrl: (url) => images.pathFor(url) ?? url }));
  }
  for (const [path, image] of images.files) files[path] = [image.bytes, { level: 0 }];
  return zipSync(files, { level: 6, mtime: options.mtime ?? new Date() });
}
