/**
 * Which galleries the engine reports on real pages, page by page, so every
 * one can be looked at (a false gallery takes story away from the reader).
 *
 *   npx tsx tests/tools/gallery-survey.ts [--readability] [--trafilatura] [--sample N [--offset K]] [--json]
 *
 * Reads ../shared/corpus: Readability's test pages and trafilatura's eval
 * pages (gzip, decoded as the command line decodes files). Without a corpus
 * flag both are read; --sample N takes every k-th trafilatura page so that
 * about N are read (starting at the K-th, so other runs cover other pages). Prints one block per page with galleries, then totals.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { extractArticle, type Gallery } from '../../utils/extract';
import { asHtml } from '../../utils/cli/load-input';
import { parseHtml } from '../../utils/cli/parse-html';
import { CORPUS } from '../helpers/corpus';

const TRAFILATURA = resolve(CORPUS, '../trafilatura-eval/html');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const sampleAt = args.indexOf('--sample');
const sample = sampleAt === -1 ? 0 : Number(args[sampleAt + 1]);
const offsetAt = args.indexOf('--offset');
const offset = offsetAt === -1 ? 0 : Number(args[offsetAt + 1]);
const both = !flag('--readability') && !flag('--trafilatura');

interface PageResult {
  corpus: string;
  name: string;
  galleries: Gallery[];
  error?: string;
}

function pages(): { corpus: string; name: string; html: () => string }[] {
  const list: { corpus: string; name: string; html: () => string }[] = [];
  if (both || flag('--readability')) {
    for (const name of readdirSync(CORPUS).sort()) {
      if (!existsSync(join(CORPUS, name, 'source.html'))) continue;
      list.push({ corpus: 'readability', name, html: () => readFileSync(join(CORPUS, name, 'source.html'), 'utf8') });
    }
  }
  if (both || flag('--trafilatura')) {
    const files = readdirSync(TRAFILATURA).sort();
    const step = sample > 0 ? Math.max(1, Math.floor(files.length / sample)) : 1;
    for (const [i, name] of files.entries()) {
      if (i % step !== offset % step) continue;
      list.push({ corpus: 'trafilatura', name, html: () => asHtml(gunzipSync(readFileSync(join(TRAFILATURA, name)))) });
    }
  }
  return list;
}

function read(page: { corpus: string; name: string; html: () => string }): PageResult {
  const url = `https://corpus.example/${encodeURIComponent(page.name)}`;
  let doc: Document | null = null;
  try {
    doc = parseHtml(page.html(), url);
    const article = extractArticle(doc, url) ?? extractArticle(doc, url, { lenient: true });
    return { corpus: page.corpus, name: page.name, galleries: article?.galleries ?? [] };
  } catch (error) {
    return { corpus: page.corpus, name: page.name, galleries: [], error: String((error as Error).message ?? error).slice(0, 120) };
  } finally {
    // jsdom keeps every window alive until it is closed: a corpus run would run out of memory.
    doc?.defaultView?.close();
  }
}

function print({ corpus, name, galleries, error }: PageResult): void {
  if (error) console.log(`${corpus}/${name}: error ${error}`);
  if (!galleries.length) return;
  console.log(`${corpus}/${name}`);
  for (const g of galleries) {
    const first = g.captions.find((c) => c.text)?.text ?? '';
    console.log(`  "${g.title.slice(0, 70)}" count ${g.photoCount}, ${g.captions.length} captions; first: ${first.slice(0, 90)}`);
  }
}

const results: PageResult[] = [];
for (const page of pages()) {
  const result = read(page);
  results.push(result);
  if (!flag('--json')) print(result);
}
if (flag('--json')) {
  console.log(JSON.stringify(results, null, 1));
} else {
  for (const corpus of ['readability', 'trafilatura']) {
    const mine = results.filter((r) => r.corpus === corpus);
    if (!mine.length) continue;
    const withGalleries = mine.filter((r) => r.galleries.length);
    const galleries = mine.flatMap((r) => r.galleries);
    const captions = galleries.reduce((sum, g) => sum + g.captions.length, 0);
    console.log(`${corpus}: ${mine.length} pages, ${withGalleries.length} with galleries, ${galleries.length} galleries, ${captions} captions, ${mine.filter((r) => r.error).length} errors`);
  }
}
