/**
 * HTML → Markdown with turndown and GFM tables/strikethrough, set up to write
 * what utils/markdown.ts writes (ATX headings, fenced code, `-` bullets, `*`
 * emphasis) so the two compare on what they convert, not on style.
 * Pure: turndown walks the DOM node it is given (no parsing of its own).
 */
import TurndownService from 'turndown';
import { strikethrough, tables } from '@joplin/turndown-plugin-gfm';
import { absoluteUrl, destination, fenceFor } from '../../utils/markdown-escape';

/** Elements whose content is never text of the article. */
const SKIPPED = ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'head'] as const;

function createService(baseUrl: string | undefined): TurndownService {
  const service = new TurndownService({
    headingStyle: 'atx',
    hr: '* * *',
    bulletListMarker: '-',
    codeBlockStyle: 'fenced',
    emDelimiter: '*',
    strongDelimiter: '**',
    // A backslash break survives editors that trim trailing spaces; two spaces do not.
    br: '\\',
  });
  service.use([tables, strikethrough]);
  service.remove(SKIPPED as unknown as TurndownService.TagName[]);
  service.addRule('image', {
    filter: 'img',
    replacement: (_content, node) => {
      const src = node.getAttribute('src')?.trim() ?? '';
      // A data: URI is a placeholder or a pixel, and can be megabytes long.
      if (!src || src.startsWith('data:')) return '';
      const alt = service.escape((node.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim());
      return `![${alt}](${destination(absoluteUrl(src, baseUrl))})`;
    },
  });
  service.addRule('link', {
    filter: (node) => node.nodeName === 'A' && !!node.getAttribute('href'),
    replacement: (content, node) => {
      const href = node.getAttribute('href')!.trim();
      if (/^javascript:/i.test(href) || !content.trim()) return content;
      const title = node.getAttribute('title')?.trim();
      const titlePart = title ? ` "${title.replace(/["\\]/g, '\\$&')}"` : '';
      return `[${content.trim()}](${destination(absoluteUrl(href, baseUrl))}${titlePart})`;
    },
  });
  // Turndown fences only <pre><code>; a bare <pre> (RFCs, man pages) would become paragraphs.
  service.addRule('barePre', {
    filter: (node) => node.nodeName === 'PRE' && node.firstElementChild?.nodeName !== 'CODE',
    replacement: (_content, node) => {
      const text = (node.textContent ?? '').replace(/\n$/, '');
      const fence = fenceFor(text, 3);
      return `\n\n${fence}\n${text}\n${fence}\n\n`;
    },
  });
  service.addRule('figcaption', {
    filter: 'figcaption',
    replacement: (content) => {
      const text = content.trim().replace(/\s*\n+\s*/g, ' ');
      return text ? `\n\n_${text}_\n\n` : '';
    },
  });
  return service;
}

/** Options for {@link turndownMarkdown}. */
export interface TurndownOptions {
  /** URL relative links and image sources are resolved against (the article's URL). */
  baseUrl?: string;
}

/** Converts the content of `root` (an element or fragment) to Markdown, ending in one newline. */
export function turndownMarkdown(root: Node, options: TurndownOptions = {}): string {
  const text = createService(options.baseUrl).turndown(root as HTMLElement).trim();
  return text ? `${text}\n` : '';
}
