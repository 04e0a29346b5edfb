/**
 * HTML → Markdown (CommonMark plus GFM tables and strikethrough), for the
 * command line and the library's export. Pure: it walks DOM nodes it is
 * given and imports no wxt, browser or preact, so any DOM works (Chromium's,
 * jsdom, linkedom, happy-dom).
 */
import type { Article } from './extract/article';
import {
  absoluteUrl, destination, escapeCell, escapeInline, escapeLineStart, fenceFor,
} from './markdown-escape';

/** Tags that start a new block: text before and after them is a separate paragraph. */
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL',
  'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'UL',
]);
/** Tags whose content is never text of the article. */
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'HEAD']);

/** What a data table's cell never holds: its presence makes a table layout. */
const LAYOUT_CONTENT = 'ul, ol, h1, h2, h3, h4, h5, h6, blockquote, pre, table';

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const tag = (node: Node) => (node.nodeType === ELEMENT_NODE ? (node as Element).tagName.toUpperCase() : '');
const attr = (node: Node, name: string) => (node as Element).getAttribute(name)?.trim() ?? '';
const children = (node: Node): Node[] => Array.from(node.childNodes);

/** Options for {@link htmlToMarkdown}. */
export interface MarkdownOptions {
  /** URL relative links and image sources are resolved against (the article's URL). */
  baseUrl?: string;
  /**
   * Where an image is written to point, given its absolute URL: the export
   * points stored images at their copy in the zip. Default: the URL itself.
   */
  imageUrl?: (url: string) => string;
}

/** Converts the content of `root` (an element or fragment) to Markdown, ending in one newline. */
export function htmlToMarkdown(root: Node, options: MarkdownOptions = {}): string {
  const text = blocks(root, options).join('\n\n').trim();
  return text ? `${text}\n` : '';
}

/**
 * An Article as a Markdown document: YAML front matter (title, byline, site,
 * date, URL; absent fields left out), the title as a heading, then the story.
 * `parse` turns the article's HTML into a node to walk, e.g.
 * `(html) => new DOMParser().parseFromString(html, 'text/html').body`.
 */
export function articleToMarkdown(article: Article, parse: (html: string) => Node): string {
  const fields: [string, string | null][] = [
    ['title', article.title],
    ['byline', article.byline],
    ['site', article.siteName],
    ['date', article.publishedTime],
    ['url', article.url],
  ];
  // JSON strings are valid YAML double-quoted scalars, whatever the title holds.
  const front = fields.filter(([, value]) => value).map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
  const heading = article.title ? `# ${escapeInline(article.title.replace(/\s+/g, ' ').trim())}\n\n` : '';
  const body = htmlToMarkdown(parse(article.contentHtml), { baseUrl: article.url });
  return `---\n${front.join('\n')}\n---\n\n${heading}${body}`;
}

/** The Markdown blocks of a container: block children as their own blocks, inline runs as paragraphs. */
function blocks(node: Node, options: MarkdownOptions): string[] {
  const out: string[] = [];
  let run: Node[] = [];
  const flush = () => {
    const paragraph = paragraphOf(run, options);
    if (paragraph) out.push(paragraph);
    run = [];
  };
  for (const child of children(node)) {
    const name = tag(child);
    if (SKIP.has(name)) continue;
    if (!BLOCKS.has(name)) {
      run.push(child);
      continue;
    }
    flush();
    out.push(...block(child as Element, options));
  }
  flush();
  return out;
}

function paragraphOf(nodes: Node[], options: MarkdownOptions): string {
  const text = nodes.map((node) => inline(node, options)).join('');
  return text
    .split('\n')
    .map((line) => escapeLineStart(line.replace(/ {2,}/g, ' ').trim()))
    .join('\n')
    .replace(/^(\\\n)+|(\\\n)+$/g, '')
    .trim();
}

function block(element: Element, options: MarkdownOptions): string[] {
  const name = tag(element);
  switch (name) {
    case 'H1': case 'H2': case 'H3': case 'H4': case 'H5': case 'H6': {
      const text = paragraphOf(children(element), options).replace(/\\\n/g, ' ');
      return text ? [`${'#'.repeat(Number(name[1]))} ${text}`] : [];
    }
    case 'P': case 'DT': case 'SUMMARY': {
      const text = paragraphOf(children(element), options);
      return text ? [name === 'DT' ? `**${text}**` : text] : [];
    }
    case 'HR':
      return ['* * *'];
    case 'PRE':
      return [codeBlock(element)];
    case 'BLOCKQUOTE': {
      const inner = blocks(element, options).join('\n\n');
      return inner ? [inner.split('\n').map((line) => (line ? `> ${line}` : '>')).join('\n')] : [];
    }
    case 'UL': case 'OL':
      return list(element, options);
    case 'TABLE':
      return table(element, options);
    case 'FIGCAPTION': {
      const caption = blocks(element, options).join(' ').replace(/\n/g, ' ');
      return caption ? [`_${caption}_`] : [];
    }
    default:
      return blocks(element, options);
  }
}

function codeBlock(pre: Element): string {
  const code = pre.querySelector('code');
  const language = /(?:^|\s)lang(?:uage)?-(\S+)/.exec(`${attr(pre, 'class')} ${code ? attr(code, 'class') : ''}`);
  const text = (pre.textContent ?? '').replace(/\n$/, '');
  const fence = fenceFor(text, 3);
  return `${fence}${language ? language[1] : ''}\n${text}\n${fence}`;
}

function list(element: Element, options: MarkdownOptions): string[] {
  const ordered = tag(element) === 'OL';
  let number = Number.parseInt(attr(element, 'start'), 10);
  if (!Number.isFinite(number)) number = 1;
  const items: string[] = [];
  for (const item of children(element)) {
    if (tag(item) !== 'LI') continue;
    const marker = ordered ? `${number++}. ` : '- ';
    const parts = blocks(item, options);
    // A nested list right after the item's text keeps the list tight.
    const body = parts.reduce((all, part, i) => (i === 0 ? part : `${all}${/^(- |\d+\. )/.test(part) ? '\n' : '\n\n'}${part}`), '');
    const pad = ' '.repeat(marker.length);
    items.push(marker + body.split('\n').map((line, i) => (i === 0 || !line ? line : pad + line)).join('\n'));
  }
  return items.length ? [items.join('\n')] : [];
}

function table(element: Element, options: MarkdownOptions): string[] {
  const rows = Array.from(element.querySelectorAll('tr')).filter((row) => row.closest('table') === element);
  const cells = rows.map((row) => children(row).filter((cell) => tag(cell) === 'TD' || tag(cell) === 'TH'));
  const columns = Math.max(0, ...cells.map((row) => row.length));
  // A one-column table is layout, not data, and so is one whose cells hold lists, headings,
  // quotes, code or tables (a GFM cell holds one line): its cells read as ordinary blocks.
  if (columns <= 1 || element.querySelector(LAYOUT_CONTENT)) return cells.flat().flatMap((cell) => blocks(cell, options));
  const line = (row: string[]) => `| ${[...row, ...Array(columns - row.length).fill('')].join(' | ')} |`;
  const text = cells.map((row) =>
    row.map((cell) => escapeCell(blocks(cell, options).join(' ').replace(/\\?\n/g, ' ').trim())),
  );
  return [[line(text[0]), line(Array(columns).fill('---')), ...text.slice(1).map(line)].join('\n')];
}

/** Inline Markdown for `node`; block elements met inside inline content are read as inline. */
function inline(node: Node, options: MarkdownOptions): string {
  if (node.nodeType === TEXT_NODE) return escapeInline((node.nodeValue ?? '').replace(/\s+/g, ' '));
  if (node.nodeType !== ELEMENT_NODE) return '';
  const name = tag(node);
  if (SKIP.has(name)) return '';
  const inner = () => children(node).map((child) => inline(child, options)).join('');
  switch (name) {
    case 'BR':
      return '\\\n';
    case 'EM': case 'I': case 'CITE': case 'DFN':
      return wrap(inner(), '*');
    case 'STRONG': case 'B':
      return wrap(inner(), '**');
    case 'DEL': case 'S': case 'STRIKE':
      return wrap(inner(), '~~');
    case 'CODE': case 'KBD': case 'SAMP': {
      const text = (node.textContent ?? '').replace(/\s+/g, ' ');
      if (!text.trim()) return text;
      const fence = fenceFor(text);
      const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
      return `${fence}${pad}${text}${pad}${fence}`;
    }
    case 'IMG': {
      const src = attr(node, 'src');
      if (!src || src.startsWith('data:')) return '';
      const alt = escapeInline(attr(node, 'alt').replace(/\s+/g, ' '));
      const url = absoluteUrl(src, options.baseUrl);
      return `![${alt}](${destination(options.imageUrl ? options.imageUrl(url) : url)})`;
    }
    case 'A': {
      const text = inner();
      const href = attr(node, 'href');
      if (!href || /^javascript:/i.test(href) || !text.trim()) return text;
      const url = absoluteUrl(href, options.baseUrl);
      const title = attr(node, 'title');
      const titlePart = title ? ` "${title.replace(/["\\]/g, '\\$&')}"` : '';
      return `[${text.trim()}](${destination(url)}${titlePart})`;
    }
    default:
      return BLOCKS.has(name) ? ` ${inner()} ` : inner();
  }
}

/** Wraps `text` in an emphasis marker, keeping its outer spaces outside the markers. */
function wrap(text: string, marker: string): string {
  const match = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return match[2] ? `${match[1]}${marker}${match[2]}${marker}${match[3]}` : text;
}
