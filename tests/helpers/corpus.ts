/**
 * The shared corpus of real pages (Readability's test pages), read by the
 * corpus test and the benchmarks. It lives beside the clone (../shared), as in CI.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

/** Root of the corpus: one folder a page, each with a source.html. */
export const CORPUS = resolve(import.meta.dirname, '../../../shared/corpus/readability-test-pages');

/** A corpus page: its folder name and its source HTML. */
export interface CorpusPage {
  name: string;
  html: string;
}

/** Plain Readability's own script, for injecting into a page in a browser. */
export const READABILITY_SOURCE = readFileSync(
  createRequire(import.meta.url).resolve('@mozilla/readability/Readability.js'),
  'utf8',
);

/** The names of the corpus pages (folders with a source.html), sorted. Throws when the corpus is missing. */
export function corpusNames(): string[] {
  if (!existsSync(CORPUS)) throw new Error(`No corpus at ${CORPUS} (expected ../shared beside the clone).`);
  return readdirSync(CORPUS)
    .filter((name) => existsSync(join(CORPUS, name, 'source.html')))
    .sort();
}

/** Every page of the corpus, sorted by name. Throws when the corpus is missing. */
export function loadCorpus(): CorpusPage[] {
  return corpusNames().map((name) => ({ name, html: readFileSync(join(CORPUS, name, 'source.html'), 'utf8') }));
}

/** The URL a corpus page is read at: the same path on every DOM, so links resolve alike. */
export function pageUrl(origin: string, name: string): string {
  return `${origin}/${name}/source.html`;
}

/** Median of `values` (0 for none). */
export function median(values: number[]): number {
  return percentile(values, 50);
}

/** The `p`th percentile of `values`, nearest-rank (0 for none). */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** Formats rows as a plain table with aligned columns (first column left, the rest right). */
export function formatTable(header: string[], rows: string[][]): string {
  const all = [header, ...rows];
  const widths = header.map((_, col) => Math.max(...all.map((row) => (row[col] ?? '').length)));
  const line = (row: string[]) =>
    row.map((cell, col) => (col === 0 ? cell.padEnd(widths[col]) : cell.padStart(widths[col]))).join('  ');
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
