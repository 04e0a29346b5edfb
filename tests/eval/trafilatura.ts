/**
 * `npm run eval`: precision, recall and F1 on trafilatura's evaluation set
 * for plain Readability and the engine, side by side.
 *
 *   npm run eval [-- --jobs 2] [-- --json] [-- --save results.json]
 *   EVAL_LIMIT=100 npm run eval          (the first 100 pages by file name)
 *   npm run eval -- --page <file> [--mode readability|engine|lenient]
 *   EVAL_ONLY=engine npm run eval -- --baseline saved.json   (Readability's figures from a --save'd run)
 *   npm run eval -- --half dev|check     (every other page: study failures on `dev`, confirm on `check`)
 *
 * --page prints one page's extracted text with the snippets marked:
 * ⟦+…+⟧ a `with` snippet found, ⟦-…-⟧ a `without` snippet leaked.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { EXTRACTORS, loadEvalPages, parseEvalPage, type EvalPage, type ExtractorName } from './corpus';
import { formatReport, summarise } from './report';
import { runPages, type PageResult } from './run-pages';
import { locate } from './score';

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

/** One page's text with snippet hits marked, and the snippets' status. */
function showPage(pages: EvalPage[], wanted: string, mode: ExtractorName): string {
  const key = wanted.replace(/^.*\//, '').replace(/\.gz$/, '');
  const page = pages.find((p) => p.file === key || p.url === wanted);
  if (!page) throw new Error(`No page "${wanted}" in the set (give its file name or URL).`);
  const doc = parseEvalPage(page);
  const text = EXTRACTORS[mode](doc, page.url);
  const out = [`${page.file}  ${page.url}  (${mode})`, ''];
  const marks: { at: number; mark: string }[] = [];
  for (const [kind, snippets] of [['+', page.with], ['-', page.without]] as const) {
    for (const snippet of snippets) {
      const span = text ? locate(text, snippet) : null;
      const good = (kind === '+') === !!span;
      out.push(`${good ? '✓' : '✗'} ${kind === '+' ? 'with   ' : 'without'} ${span ? 'found  ' : 'absent '} "${snippet}"`);
      if (span) marks.push({ at: span[0], mark: `⟦${kind}` }, { at: span[1], mark: `${kind}⟧` });
    }
  }
  out.push('', '─'.repeat(60));
  if (!text) out.push('(no output)');
  else {
    let marked = text;
    // From the end, so earlier offsets stay valid; a close before an open at the same place.
    for (const { at, mark } of marks.sort((a, b) => b.at - a.at || (a.mark.startsWith('⟦') ? 1 : -1))) {
      marked = marked.slice(0, at) + mark + marked.slice(at);
    }
    out.push(marked);
  }
  return out.join('\n');
}

/** Runs the shard's pages in child processes and collects their results. */
async function runInChildren(jobs: number, pages: number): Promise<PageResult[]> {
  const results: PageResult[] = [];
  let done = 0;
  await Promise.all(Array.from({ length: jobs }, (_, shard) => new Promise<void>((resolve, reject) => {
    // The children select the same pages as the parent: the same --files and --half.
    const select = ['--files', '--half'].flatMap((name) => (option(name) ? [name, option(name)!] : []));
    const args = [import.meta.filename, '--shard', `${shard}/${jobs}`, ...select];
    const child = spawn(process.execPath, [...process.execArgv, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: process.env,
    });
    createInterface({ input: child.stdout }).on('line', (line) => {
      results.push(JSON.parse(line) as PageResult);
      if (++done % 100 === 0) console.error(`${done} of ${pages} pages…`);
    });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`shard ${shard} exited with ${code}`))));
  })));
  return results.sort((a, b) => a.file.localeCompare(b.file));
}

async function main(): Promise<void> {
  const limit = Number(process.env.EVAL_LIMIT) || Infinity;
  let pages = loadEvalPages().slice(0, limit);
  // Two fixed halves of the set (alternate pages by file name), so a rule found by studying the failures of
  // one half can be confirmed on pages nobody looked at while writing it.
  const half = option('--half');
  if (half) {
    if (half !== 'dev' && half !== 'check') throw new Error('--half is dev or check');
    pages = pages.filter((_, i) => i % 2 === (half === 'dev' ? 0 : 1));
  }
  // A list of files (one a line) to run, for re-checking the pages a change touches; --baseline fills in the rest.
  const only = option('--files');
  if (only) {
    const wanted = new Set(readFileSync(only, 'utf8').split('\n').filter(Boolean));
    pages = pages.filter((p) => wanted.has(p.file));
  }
  const page = option('--page');
  if (page) {
    const mode = (option('--mode') ?? 'engine') as ExtractorName;
    if (!(mode in EXTRACTORS)) throw new Error(`--mode is one of ${Object.keys(EXTRACTORS).join(', ')}`);
    console.log(showPage(loadEvalPages(), page, mode));
    return;
  }
  const shard = option('--shard');
  if (shard) {
    // A child of --jobs: one result per line on stdout.
    const [index, count] = shard.split('/').map(Number);
    pages = pages.filter((_, i) => i % count === index);
    await runPages(pages, (result) => process.stdout.write(`${JSON.stringify(result)}\n`));
    return;
  }
  const jobs = Math.max(1, Number(option('--jobs') ?? 1));
  const started = Date.now();
  let results: PageResult[];
  if (jobs > 1) results = await runInChildren(jobs, pages.length);
  else {
    results = [];
    await runPages(pages, (result, i) => {
      results.push(result);
      if ((i + 1) % 100 === 0) console.error(`${i + 1} of ${pages.length} pages…`);
    });
  }
  // Plain Readability, when not run this time (EVAL_ONLY), comes from a saved run: its output never changes.
  const baseline = option('--baseline');
  if (baseline) {
    const saved = new Map((JSON.parse(readFileSync(baseline, 'utf8')) as PageResult[]).map((r) => [r.file, r]));
    // Plain Readability only: the engine's own modes change with the code, a saved run of them would mislead.
    for (const r of results) {
      const old = saved.get(r.file)?.outcomes.readability;
      if (old && !r.outcomes.readability) r.outcomes.readability = old;
    }
    // With --files, the pages not run this time come whole from the saved run.
    if (only) {
      const run = new Set(results.map((r) => r.file));
      results.push(...[...saved.values()].filter((r) => !run.has(r.file)));
      results.sort((a, b) => a.file.localeCompare(b.file));
    }
  }
  const save = option('--save');
  if (save) writeFileSync(save, JSON.stringify(results));
  if (process.argv.includes('--json')) console.log(JSON.stringify(summarise(results), null, 2));
  else console.log(formatReport(results));
  console.error(`(${((Date.now() - started) / 1000).toFixed(0)} s in all, ${jobs} job${jobs > 1 ? 's' : ''})`);
}

await main();
