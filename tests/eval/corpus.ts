/**
 * trafilatura's evaluation set (../shared/corpus/trafilatura-eval): 990 real
 * pages with snippets written by people. Pages are read with the command
 * line's loader and DOM, so the eval sees a page as `npm run extract` does.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { asHtml } from '../../utils/cli/load-input';
import { parseHtml } from '../../utils/cli/parse-html';
import { extractArticle } from '../../utils/extract';
import type { RemovalTrace } from '../../utils/extract/structure';
import type { Truth } from './score';

/** Root of the set: evaldata.json and html/<file>.gz. */
export const EVAL_ROOT = resolve(import.meta.dirname, '../../../shared/corpus/trafilatura-eval');

/** One page of the set. */
export interface EvalPage extends Truth {
  url: string;
  file: string;
}

/** Every page of the set, sorted by file name (so EVAL_LIMIT and shards are stable). */
export function loadEvalPages(): EvalPage[] {
  const path = join(EVAL_ROOT, 'evaldata.json');
  if (!existsSync(path)) throw new Error(`No evaluation set at ${EVAL_ROOT} (expected ../shared beside the clone).`);
  const data = JSON.parse(readFileSync(path, 'utf8')) as Record<string, { file: string; with?: string[]; without?: string[] }>;
  return Object.entries(data)
    .map(([url, entry]) => ({ url, file: entry.file, with: entry.with ?? [], without: entry.without ?? [] }))
    .sort((a, b) => a.file.localeCompare(b.file));
}

/** The page's HTML, decoded as the command line decodes a file (BOM, <meta charset>, else UTF-8). */
export function readEvalHtml(page: EvalPage): string {
  const gz = join(EVAL_ROOT, 'html', `${page.file}.gz`);
  const bytes = existsSync(gz) ? gunzipSync(readFileSync(gz)) : readFileSync(join(EVAL_ROOT, 'html', page.file));
  try {
    return asHtml(bytes);
  } catch {
    // The loader refuses some bytes browsers read (a stray NUL): read them as a browser would.
    return new TextDecoder('utf-8').decode(bytes).replace(/\0/g, '\uFFFD');
  }
}

/** The extractors compared, each giving the text the user would see (null: nothing). */
export const EXTRACTORS = {
  /** Plain Readability, `textContent`, no readerable check. */
  readability: (doc: Document, _url?: string, _trace?: RemovalTrace) => new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? null,
  /** The engine as the popup runs it. */
  engine: (doc: Document, url: string, trace?: RemovalTrace) => extractArticle(doc, url, { trace })?.textContent ?? null,
  /** The engine with "Try anyway". */
  lenient: (doc: Document, url: string, trace?: RemovalTrace) => extractArticle(doc, url, { lenient: true, trace })?.textContent ?? null,
} as const;

/** An extractor's name. */
export type ExtractorName = keyof typeof EXTRACTORS;

/** Parses a page with the command line's DOM; the caller closes its window. */
export function parseEvalPage(page: EvalPage): Document {
  return parseHtml(readEvalHtml(page), page.url);
}
