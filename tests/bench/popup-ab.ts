/**
 * Two builds of Lede, clicked in the same run (not a test, not part of `npm run bench`):
 * each in a browser of its own, both open at once, page by page with the order
 * alternating, so the machine's load weighs on both alike. Prints, for each build,
 * Lede's share (popup document start → article painted), click → painted and the
 * phases, and the median of the per-page differences (B − A). For trying a change
 * against the build before it on a shared machine, where only same-run figures compare.
 *
 * Usage: npx tsx tests/bench/popup-ab.ts DIR_A DIR_B  (built chrome-mv3 directories;
 * BENCH_PAGES=n pages spread over the corpus, default 20; BENCH_ROUNDS=r clicks per page and build, default 1)
 */
import { loadavg } from 'node:os';
import { launchWithExtension, serveDirectory } from '../e2e/harness';
import { clickOnce, type Click } from './popup-clicks';
import { phaseReport } from './popup-phases';
import { CORPUS, corpusNames, median, percentile } from '../helpers/corpus';

const ms = (value: number) => `${value.toFixed(1).padStart(6)} ms`;

async function main() {
  const [dirA, dirB] = process.argv.slice(2);
  if (!dirA || !dirB) throw new Error('Usage: tsx tests/bench/popup-ab.ts DIR_A DIR_B');
  const count = Number(process.env.BENCH_PAGES ?? 20);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 1);
  const all = corpusNames();
  const names = Array.from({ length: Math.min(count, all.length) }, (_, i) => all[Math.floor((i * all.length) / Math.min(count, all.length))]);
  console.log(`Load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const { server, origin } = await serveDirectory(CORPUS);
  const a = await launchWithExtension({ extensionDir: dirA });
  const b = await launchWithExtension({ extensionDir: dirB });
  const clicks: [Click[], Click[]] = [[], []];
  const diffs: number[] = [];
  try {
    for (const target of [a, b]) await clickOnce(target, `${origin}/${names[0]}/source.html`); // starts each extension's process
    for (const [index, name] of names.entries()) {
      for (let round = 0; round < rounds; round++) {
        const order = (index + round) % 2 === 0 ? [0, 1] : [1, 0];
        const pair: Array<Click | null> = [null, null];
        for (const which of order) {
          const { click } = await clickOnce(which === 0 ? a : b, `${origin}/${name}/source.html`);
          pair[which] = click;
          if (click) clicks[which].push(click);
        }
        if (pair[0] && pair[1]) diffs.push(pair[1].lede - pair[0].lede);
      }
    }
  } finally {
    await a.close();
    await b.close();
    server.close();
  }
  console.log(`Load average at the end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  for (const [label, set] of [['A', clicks[0]], ['B', clicks[1]]] as const) {
    const share = set.map((c) => c.lede);
    const total = set.map((c) => c.total);
    console.log(`${label}: ${label === 'A' ? dirA : dirB} (${set.length} popups with an article)`);
    console.log(`  Lede's share, popup start → painted:  median ${ms(percentile(share, 50))}  p95 ${ms(percentile(share, 95))}`);
    console.log(`  click → painted:                       median ${ms(percentile(total, 50))}  p95 ${ms(percentile(total, 95))}`);
    const paint = set.flatMap((c) => (c.firstPaint === undefined ? [] : [c.firstPaint]));
    if (paint.length) console.log(`  popup start → first-paint entry:       median ${ms(percentile(paint, 50))}`);
    for (const line of phaseReport(set.map((c) => c.marks))) console.log(line);
  }
  console.log(`Per page, B − A share: median ${ms(median(diffs))} over ${diffs.length} pairs (negative: B faster)`);
}

await main();
