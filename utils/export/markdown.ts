/**
 * One article as a Markdown document: YAML front matter, the title, the
 * story (utils/markdown.ts: it beat turndown on the corpus, docs/export.md),
 * then a captions section per gallery.
 */
import type { Gallery } from '../extract/article';
import type { SavedArticle } from '../library/types';
import { destination, escapeInline } from '../markdown-escape';
import { httpUrl } from '../safe-url';
import { htmlToMarkdown } from '../markdown';
import { defaultParse, type ParseFragment } from './dom';
import { frontMatter } from './yaml';
import { t } from '../i18n';

/** Options for {@link articleMarkdown}. */
export interface ArticleMarkdownOptions {
  parse?: ParseFragment;
  /** Where an image (absolute URL) is written to point; the zip export points stored ones at its images folder. */
  imageUrl?: (url: string) => string;
}

const iso = (ms: number) => (Number.isFinite(ms) ? new Date(ms).toISOString() : undefined);

/** Tags, for a record that carries them (a later library version may); plain strings only. */
function tagsOf(article: SavedArticle): string[] {
  const tags = (article as { tags?: unknown }).tags;
  return Array.isArray(tags) ? tags.filter((tag): tag is string => typeof tag === 'string' && tag.trim() !== '') : [];
}

/** A gallery's captions as a Markdown section: a heading, then one list item a photo. */
export function captionsMarkdown(gallery: Gallery, index: number, imageUrl?: (url: string) => string): string {
  const title = gallery.title.replace(/\s+/g, ' ').trim() || t('galleryUntitled', index + 1);
  const items = gallery.captions.map((caption) => {
    const text = escapeInline(caption.text.replace(/\s+/g, ' ').trim());
    const credit = caption.credit ? ` *${escapeInline(caption.credit.replace(/\s+/g, ' ').trim())}*` : '';
    // Page-given addresses: only http(s) ones are written (a stored copy's path replaces them).
    const remote = httpUrl(caption.imageUrl);
    const photo = remote ? `\n  ![](${destination(imageUrl ? imageUrl(remote) : remote)})` : '';
    return `- ${text}${credit}${photo}`;
  });
  return `## ${escapeInline(t('exportCaptions', title))}\n\n${items.join('\n')}\n`;
}

/** The article as Markdown, ending in one newline. */
export function articleMarkdown(article: SavedArticle, options: ArticleMarkdownOptions = {}): string {
  const parse = options.parse ?? defaultParse;
  const head = frontMatter([
    ['title', article.title],
    ['byline', article.byline],
    ['site', article.siteName],
    ['url', article.url],
    ['published', article.publishedTime],
    ['saved', iso(article.savedAt)],
    ['updated', iso(article.updatedAt)],
    ['lang', article.lang],
    ['tags', tagsOf(article)],
  ]);
  const title = article.title.replace(/\s+/g, ' ').trim();
  const parts = [head];
  if (title) parts.push(`# ${escapeInline(title)}\n`);
  const body = htmlToMarkdown(parse(article.contentHtml), { baseUrl: article.url, imageUrl: options.imageUrl });
  if (body) parts.push(body);
  article.galleries.forEach((gallery, i) => {
    if (gallery.captions.length) parts.push(captionsMarkdown(gallery, i, options.imageUrl));
  });
  return parts.join('\n');
}
