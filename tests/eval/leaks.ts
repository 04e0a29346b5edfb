/**
 * `npx tsx tests/eval/leaks.ts [--half dev|check] [--out leaks.json]`: where the
 * engine's leaked `without` snippets sit in its text, and what shape their
 * blocks have — for studying precision failures by structure, not by site.
 *
 * For every leak: its position (before the first `with` snippet, after the
 * last, between, on the same line as one, or on a page with no `with` hit),
 * the block holding it (tag, text length, link share, heading, list item,
 * sentence end), whether that block's text is also on the page outside the
 * pick, and whether it comes after the story's last long paragraph.
 */
import { writeFileSync } from 'node:fs';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../utils/extract';
import { loadEvalPages, parseEvalPage } from './corpus';
import { normaliseSpace } from './score';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TD', 'TH', 'TR', 'UL']);

interface Line { text: string; el: Element }

/** The engine's lines (as blockText makes them), each with the block it sits in. */
function lines(root: Element): Line[] {
  const out: Line[] = [];
  let current = '';
  let owner: Element = root;
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) out.push({ text, el: owner });
    current = '';
  };
  const walk = (node: Node, block: Element): void => {
    if (node.nodeType === 3) {
      if (!current.trim()) owner = block;
      current += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== 1) return;
    const el = node as Element;
    if (/^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName)) return;
    const isBlock = BLOCK.has(el.tagName);
    if (isBlock) flush();
    for (let c = el.firstChild; c; c = c.nextSibling) walk(c, isBlock ? el : block);
    if (isBlock) flush();
  };
  walk(root, root);
  flush();
  return out;
}

function linkShare(el: Element, text: string): number {
  let n = 0;
  for (const a of el.querySelectorAll('a')) n += normaliseSpace(a.textContent ?? '').length;
  return text ? Math.min(1, n / text.length) : 0;
}

const half = option('--half') ?? 'dev';
const pages = loadEvalPages().filter((_, i) => half === 'all' || i % 2 === (half === 'dev' ? 0 : 1));
const records: unknown[] = [];
const ANC = /^(FIGCAPTION|FIGURE|LI|UL|OL|H[1-6]|TABLE|BLOCKQUOTE|DL|DT|DD|P|A|STRONG|B|EM|I|SMALL|TIME|ADDRESS|FOOTER|HEADER|ASIDE|NAV|SECTION)$/;
for (const page of pages) {
  const doc = parseEvalPage(page);
  // How many elements of the page have exactly a given (short) text: a block repeated on the page.
  const counts = new Map<string, number>();
  for (const el of doc.body?.getElementsByTagName('*') ?? []) {
    const t = el.textContent ?? '';
    if (t.length > 400) continue;
    const key = normaliseSpace(t);
    if (key && !(el.firstElementChild && normaliseSpace(el.firstElementChild.textContent ?? '') === key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  let article = null;
  try {
    article = extractArticle(doc, page.url);
  } catch {
    article = null;
  }
  if (!article) {
    records.push({ file: page.file, none: true, with: page.with.length, without: page.without.length });
    doc.defaultView?.close();
    await nextTurn();
    continue;
  }
  const dom = new JSDOM(`<div id="r">${article.contentHtml}</div>`);
  const root = dom.window.document.getElementById('r')!;
  const ls = lines(root);
  const ids = new Map<Element, number>();
  const id = (el: Element | null) => {
    if (!el) return -1;
    if (!ids.has(el)) ids.set(el, ids.size);
    return ids.get(el)!;
  };
  const starts: number[] = [];
  let flat = '';
  for (const l of ls) {
    starts.push(flat.length);
    flat += `${l.text} `;
  }
  const lineAt = (offset: number) => {
    let i = 0;
    while (i + 1 < starts.length && starts[i + 1] <= offset) i++;
    return i;
  };
  const find = (s: string) => {
    const n = normaliseSpace(s);
    const at = flat.indexOf(n);
    return at < 0 || !n ? null : [lineAt(at), lineAt(at + n.length - 1)];
  };
  records.push({
    file: page.file,
    with: page.with.map((s) => ({ s, at: find(s) })),
    without: page.without.map((s) => ({ s, at: find(s) })),
    lines: ls.map((l) => {
      const anc: string[] = [];
      for (let up: Element | null = l.el; up && up !== root; up = up.parentElement) if (ANC.test(up.tagName)) anc.push(up.tagName.toLowerCase());
      const text = normaliseSpace(l.el.textContent ?? '');
      let linkChars = 0;
      let links = 0;
      for (const a of l.el.querySelectorAll('a')) {
        const t = normaliseSpace(a.textContent ?? '');
        if (t) { links++; linkChars += t.length; }
      }
      return {
        t: l.text.slice(0, 300),
        n: l.text.length,
        tag: l.el.tagName.toLowerCase(),
        anc: anc.join(','),
        own: text.length,
        lc: linkChars,
        links,
        img: l.el.querySelectorAll('img').length,
        rep: counts.get(l.text) ?? 0,
        parent: id(l.el.parentElement),
        list: id(l.el.closest('ul,ol,table,dl')),
      };
    }),
  });
  dom.window.close();
  doc.defaultView?.close();
  // jsdom frees closed documents only once the event loop turns.
  await nextTurn();
}
const out = option('--out') ?? `/tmp/leaks-${half}.json`;
writeFileSync(out, JSON.stringify(records));
console.log(`${records.length} pages written to ${out}`);
