/**
 * Which HTML → Markdown converter keeps more of the article: Lede's own
 * (utils/markdown.ts) or turndown with GFM tables (utils/export/turndown.ts).
 *
 *   npm run eval:markdown [-- --json]
 *
 * Each corpus page goes through the engine (jsdom, as the command line);
 * the article's HTML is converted by both, each Markdown is rendered back to
 * HTML with markdown-it (CommonMark + GFM tables), and the round trip is
 * compared with the source: word F1 of the text, and per structural feature
 * how many of the source's survive (see markdown-fidelity.ts). Also counted:
 * failures (a throw, or no Markdown for an article with text), raw HTML left
 * in the Markdown, and conversion time (median of 3, not a test).
 */
import { performance } from 'node:perf_hooks';
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../utils/extract';
import { parseHtml } from '../../utils/cli/parse-html';
import { htmlToMarkdown } from '../../utils/markdown';
import { turndownMarkdown } from './turndown';
import { formatTable, loadCorpus, median } from '../helpers/corpus';
import { compareShapes, FEATURES, rawHtmlCount, renderMarkdown, shapeOf, type Fidelity } from './markdown-fidelity';

const CONVERTERS = {
  lede: (root: Node, baseUrl: string) => htmlToMarkdown(root, { baseUrl }),
  turndown: (root: Node, baseUrl: string) => turndownMarkdown(root, { baseUrl }),
};
type Name = keyof typeof CONVERTERS;
const NAMES = Object.keys(CONVERTERS) as Name[];

interface Result {
  page: string;
  fidelity?: Fidelity;
  failed?: string;
  rawHtml: number;
  ms: number;
}

const scratch = new JSDOM('<!DOCTYPE html><body></body>').window.document;
function fragment(html: string): HTMLElement {
  const div = scratch.createElement('div');
  div.innerHTML = html;
  return div;
}

function convert(name: Name, page: string, html: string, url: string): Result {
  const times: number[] = [];
  let markdown = '';
  try {
    for (let round = 0; round < 3; round++) {
      const root = fragment(html);
      const start = performance.now();
      markdown = CONVERTERS[name](root, url);
      times.push(performance.now() - start);
    }
  } catch (error) {
    return { page, failed: String(error).slice(0, 120), rawHtml: 0, ms: 0 };
  }
  const source = shapeOf(fragment(html), url);
  if (!markdown.trim() && source.text) return { page, failed: 'no Markdown', rawHtml: 0, ms: median(times) };
  const roundTrip = shapeOf(fragment(renderMarkdown(markdown)), url);
  return { page, fidelity: compareShapes(source, roundTrip), rawHtml: rawHtmlCount(markdown), ms: median(times) };
}

const pct = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(2)}%` : '—');

function summary(results: Record<Name, Result[]>) {
  const out: Record<string, Record<Name, string | number>> = {};
  const row = (label: string, value: (rs: Result[]) => string | number) => {
    out[label] = Object.fromEntries(NAMES.map((n) => [n, value(results[n])])) as Record<Name, string | number>;
  };
  const ok = (rs: Result[]) => rs.filter((r) => r.fidelity).map((r) => r.fidelity!);
  row('failures', (rs) => rs.filter((r) => r.failed).length);
  row('text F1 mean', (rs) => (ok(rs).reduce((s, f) => s + f.textF1, 0) / ok(rs).length).toFixed(4));
  row('text F1 min', (rs) => Math.min(...ok(rs).map((f) => f.textF1)).toFixed(4));
  row('pages text F1 < 0.99', (rs) => ok(rs).filter((f) => f.textF1 < 0.99).length);
  for (const feature of FEATURES) {
    row(`${feature} kept`, (rs) => {
      const s = ok(rs).reduce((t, f) => t + f.kept[feature].source, 0);
      const k = ok(rs).reduce((t, f) => t + f.kept[feature].kept, 0);
      return `${k}/${s} ${pct(k, s)}`;
    });
    row(`${feature} extra`, (rs) => ok(rs).reduce((t, f) => t + f.kept[feature].extra, 0));
  }
  row('raw HTML left (tags)', (rs) => rs.reduce((t, r) => t + r.rawHtml, 0));
  row('pages with raw HTML', (rs) => rs.filter((r) => r.rawHtml > 0).length);
  row('time total ms', (rs) => rs.reduce((t, r) => t + r.ms, 0).toFixed(1));
  row('time median ms', (rs) => median(rs.map((r) => r.ms)).toFixed(2));
  return out;
}

function main(): void {
  const json = process.argv.includes('--json');
  const results = Object.fromEntries(NAMES.map((n) => [n, [] as Result[]])) as Record<Name, Result[]>;
  const pages = loadCorpus();
  let articles = 0;
  for (const [index, page] of pages.entries()) {
    const url = `https://corpus.example/${page.name}/`;
    const article = extractArticle(parseHtml(page.html, url), url);
    if (!article) continue;
    articles++;
    // Alternate which converter goes first, so neither always meets the warmer cache.
    const order = index % 2 ? [...NAMES].reverse() : NAMES;
    for (const name of order) results[name].push(convert(name, page.name, article.contentHtml, url));
  }
  const table = summary(results);
  if (json) {
    process.stdout.write(`${JSON.stringify({ pages: pages.length, articles, summary: table })}\n`);
    return;
  }
  console.log(`HTML → Markdown → HTML on ${articles} articles of ${pages.length} corpus pages (engine on jsdom)\n`);
  console.log(formatTable(['', ...NAMES], Object.entries(table).map(([label, v]) => [label, ...NAMES.map((n) => String(v[n]))])));
  // Where the two disagree most on text: the pages to read when judging.
  const diffs = results.lede
    .map((r, i) => ({ page: r.page, lede: r.fidelity?.textF1 ?? 0, turndown: results.turndown[i].fidelity?.textF1 ?? 0 }))
    .sort((a, b) => Math.abs(b.lede - b.turndown) - Math.abs(a.lede - a.turndown))
    .slice(0, 8);
  console.log(`\nLargest text differences: ${diffs.map((d) => `${d.page} (${d.lede.toFixed(3)} vs ${d.turndown.toFixed(3)})`).join(', ')}`);
  for (const name of NAMES) {
    const failed = results[name].filter((r) => r.failed);
    if (failed.length) console.log(`${name} failures: ${failed.map((r) => `${r.page}: ${r.failed}`).join('; ')}`);
  }
}

main();
