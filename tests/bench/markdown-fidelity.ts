/**
 * How much of an HTML fragment survives HTML → Markdown → HTML: the text
 * (word F1) and the structure (text blocks, headings, list items, quotes,
 * code blocks, tables and cells, links, images), counted the same way on the
 * source and on the Markdown rendered back by markdown-it (CommonMark + GFM).
 */
import MarkdownIt from 'markdown-it';
import { sharedCount, tokenF1 } from './similarity';

/** Elements that end a run of text: the text on either side is a separate block. */
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TD', 'TH', 'TR', 'UL',
]);
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'IFRAME', 'OBJECT', 'EMBED']);

/** The structural features compared; each is a count, except links and images (multisets of URLs). */
export const FEATURES = ['blocks', 'headings', 'listItems', 'quotes', 'codeBlocks', 'tables', 'cells', 'links', 'images'] as const;
export type Feature = (typeof FEATURES)[number];

/** What one fragment holds. */
export interface Shape {
  text: string;
  counts: Record<Exclude<Feature, 'links' | 'images'>, number>;
  links: string[];
  images: string[];
}

/** The text of `root` with a space at every block boundary, and its text blocks. */
function textBlocks(root: Node): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) blocks.push(text);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) current += node.nodeValue ?? '';
    if (node.nodeType !== 1) return;
    const name = (node as Element).tagName.toUpperCase();
    if (SKIP.has(name)) return;
    const block = BLOCK.has(name);
    if (block) flush();
    node.childNodes.forEach(walk);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks;
}

/** The shape of the fragment under `root`; `base` resolves relative URLs. */
export function shapeOf(root: Element, base: string): Shape {
  const all = (selector: string) => Array.from(root.querySelectorAll(selector));
  const url = (value: string | null) => {
    try {
      return new URL(value ?? '', base).href;
    } catch {
      return value ?? '';
    }
  };
  const blocks = textBlocks(root);
  return {
    text: blocks.join(' '),
    counts: {
      blocks: blocks.length,
      headings: all('h1,h2,h3,h4,h5,h6').length,
      listItems: all('li').length,
      quotes: all('blockquote').length,
      codeBlocks: all('pre').length,
      tables: all('table').length,
      cells: all('td,th').length,
    },
    links: all('a[href]').map((a) => a.getAttribute('href')!).filter((h) => h.trim() && !/^javascript:/i.test(h)).map(url),
    images: all('img[src]').map((img) => img.getAttribute('src')!).filter((s) => s.trim() && !s.startsWith('data:')).map(url),
  };
}

/** How the round trip compares with the source, feature by feature. */
export interface Fidelity {
  textF1: number;
  /** Per feature: the source's count and how many of them the round trip kept (never more than the source). */
  kept: Record<Feature, { source: number; kept: number; extra: number }>;
}

/** Compares the source shape with the round trip's. */
export function compareShapes(source: Shape, roundTrip: Shape): Fidelity {
  const kept = {} as Fidelity['kept'];
  for (const feature of FEATURES) {
    if (feature === 'links' || feature === 'images') {
      const n = sharedCount(source[feature], roundTrip[feature]);
      kept[feature] = { source: source[feature].length, kept: n, extra: roundTrip[feature].length - n };
    } else {
      const s = source.counts[feature];
      const r = roundTrip.counts[feature];
      kept[feature] = { source: s, kept: Math.min(s, r), extra: Math.max(0, r - s) };
    }
  }
  return { textF1: tokenF1(source.text, roundTrip.text), kept };
}

const markdownIt = new MarkdownIt('default', { html: true, linkify: false });

/** Renders Markdown to HTML as a CommonMark + GFM reader would (raw HTML allowed, as Obsidian allows it). */
export function renderMarkdown(markdown: string): string {
  return markdownIt.render(markdown);
}

/** How many raw HTML blocks and inline tags the Markdown leans on. */
export function rawHtmlCount(markdown: string): number {
  let n = 0;
  const visit = (tokens: ReturnType<typeof markdownIt.parse>) => {
    for (const token of tokens) {
      if (token.type === 'html_block' || token.type === 'html_inline') n++;
      if (token.children) visit(token.children);
    }
  };
  visit(markdownIt.parse(markdown, {}));
  return n;
}
