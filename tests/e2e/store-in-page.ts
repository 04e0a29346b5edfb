/**
 * The library store's own module, bundled as a script that an extension page
 * can run (through Runtime.evaluate, which the page's CSP does not cover): it
 * puts the store's public API on `globalThis.ledeStore`. Tests and the
 * benchmark fill and inspect the real database with the real functions, and
 * the shipped extension gains no test-only page.
 */
import { build } from 'esbuild';
import { ROOT } from './harness';

let cached: Promise<string> | undefined;

/** The store module as one IIFE script (built once per process; the tsconfig's `@/` paths resolve). */
export function storeScript(): Promise<string> {
  cached ??= build({
    stdin: {
      contents: "import * as store from '@/utils/library'; globalThis.ledeStore = store;",
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    target: 'chrome120',
    tsconfig: `${ROOT}/tsconfig.json`,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0].text);
  return cached;
}

/** Something that evaluates an expression in an extension page (Playwright's page.evaluate). */
export type PageEvaluate = <T>(expression: string) => Promise<T>;

/** Loads the store into the page unless it is there already. */
export async function injectStore(evaluate: PageEvaluate): Promise<void> {
  if (await evaluate<boolean>("typeof globalThis.ledeStore === 'object'")) return;
  await evaluate<unknown>(`${await storeScript()};0`);
}
