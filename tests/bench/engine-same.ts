/**
 * Does this engine give the same Article as another checkout's, page by page?
 * For speed work, where any change of output is a bug (not a timed test).
 *
 *   npm run bench:engine-same -- --baseline DIR [--only corpus|eval] [--from N] [--limit N]
 *
 * Every page of Readability's corpus (130) and of trafilatura's set (990) is
 * parsed once with the command line's DOM, then both engines read it, in
 * the popup's mode and with "Try anyway". The whole Article is compared as
 * JSON (content HTML, text, metadata, galleries and captions, removal counts,
 * warnings); an error thrown is compared by its message. DIR is a checkout
 * with node_modules beside it (`git archive main | tar -x -C DIR`, then link
 * node_modules). Exits 1 when any page differs.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { extractArticle } from '../../utils/extract';
import { parseHtml } from '../../utils/cli/parse-html';
import { loadCorpus } from '../helpers/corpus';
import { loadEvalPages, parseEvalPage } from '../eval/corpus';

type Extract = typeof extractArticle;

interface SamePage {
  name: string;
  parse: () => Document;
  url: string;
}

function arg(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
}

/** The Article as JSON, or the error thrown, as one comparable string. */
function outcome(extract: Extract, doc: Document, url: string, lenient: boolean): string {
  try {
    return JSON.stringify(extract(doc, url, { lenient }));
  } catch (error) {
    return `threw: ${(error as Error).message}`;
  }
}

/** Where two JSON strings first part, with a little context. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 60);
  return `at ${i}:\n    this:     …${a.slice(from, i + 80)}\n    baseline: …${b.slice(from, i + 80)}`;
}

async function main(): Promise<void> {
  const dir = arg('--baseline');
  if (!dir) throw new Error('--baseline DIR is required');
  const baseline = ((await import(`${dir}/utils/extract/index.ts`)) as { extractArticle: Extract }).extractArticle;
  const only = arg('--only');
  const pages: SamePage[] = [];
  if (only !== 'eval') {
    for (const page of loadCorpus()) {
      const url = `https://corpus.example/${page.name}/`;
      pages.push({ name: `corpus/${page.name}`, url, parse: () => parseHtml(page.html, url) });
    }
  }
  if (only !== 'corpus') {
    for (const page of loadEvalPages()) pages.push({ name: `eval/${page.file}`, url: page.url, parse: () => parseEvalPage(page) });
  }
  const from = Number(arg('--from') ?? 0);
  const chosen = pages.slice(from, from + Number(arg('--limit') ?? pages.length));
  const differing: string[] = [];
  for (const [i, page] of chosen.entries()) {
    if (i % 100 === 0) console.error(`Pages ${from + i + 1}… of ${pages.length}`);
    const doc = page.parse();
    for (const lenient of [false, true]) {
      const mine = outcome(extractArticle, doc, page.url, lenient);
      const theirs = outcome(baseline, doc, page.url, lenient);
      if (mine !== theirs) {
        differing.push(page.name);
        console.log(`DIFFERS ${page.name}${lenient ? ' (Try anyway)' : ''} ${firstDifference(mine, theirs)}`);
      }
    }
    doc.defaultView?.close();
    // jsdom frees cloned documents only once the event loop turns.
    await nextTurn();
  }
  console.log(`${chosen.length} pages compared in both modes: ${differing.length ? `${new Set(differing).size} differ` : 'all identical'}`);
  if (differing.length) process.exitCode = 1;
}

await main();
