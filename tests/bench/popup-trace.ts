/**
 * One toolbar click traced (not a test, not part of `npm run bench`): Chromium's
 * trace of every process from just before the click to the article painted,
 * written as JSON for chrome://tracing or Perfetto, plus a summary of the popup
 * renderer's main-thread tasks and Lede's marks on one timeline (ms from the click).
 *
 * Usage: npx wxt build && npx tsx tests/bench/popup-trace.ts [corpus-page ...]
 *   (TRACE_OUT=dir for the JSON files; default the system's temp dir)
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension, serveDirectory } from '../e2e/harness';
import { clickOnce } from './popup-clicks';
import { CORPUS } from '../helpers/corpus';

/** Enough to see each process's tasks, scripts, loads, layout and paint; more categories slow the click several-fold. */
const CATEGORIES = (process.env.TRACE_CATEGORIES ?? 'devtools.timeline,v8.execute,blink.user_timing,loading,navigation,extensions,toplevel').split(',');

interface TraceEvent { name: string; cat: string; ph: string; ts: number; dur?: number; pid: number; tid: number; args?: Record<string, unknown> }

async function main() {
  const pages = process.argv.slice(2).length ? process.argv.slice(2) : ['nytimes-2'];
  const { server, origin } = await serveDirectory(CORPUS);
  const browser = await launchWithExtension();
  const out = process.env.TRACE_OUT ?? tmpdir();
  try {
    await clickOnce(browser, `${origin}/${pages[0]}/source.html`); // warm-up: the extension's process
    for (const name of pages) {
      const events: TraceEvent[] = [];
      const collect = ({ value }: { value: unknown[] }) => events.push(...(value as TraceEvent[]));
      browser.cdp.on('Tracing.dataCollected', collect);
      const complete = new Promise((done) => browser.cdp.once('Tracing.tracingComplete', done));
      await browser.cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordContinuously' } } as never);
      const { click } = await clickOnce(browser, `${origin}/${name}/source.html`);
      await browser.cdp.send('Tracing.end');
      await complete;
      browser.cdp.off('Tracing.dataCollected', collect);
      const file = join(out, `lede-trace-${name}.json`);
      writeFileSync(file, JSON.stringify({ traceEvents: events }));
      console.log(`${name}: total ${click?.total.toFixed(1)} browser ${click?.browser.toFixed(1)} lede ${click?.lede.toFixed(1)}  trace ${file} (${events.length} events)`);
      if (click) console.log(Object.entries(click.marks).sort((a, b) => a[1] - b[1]).map(([m, t]) => `  ${t.toFixed(1).padStart(7)} ${m}`).join('\n'));
    }
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
