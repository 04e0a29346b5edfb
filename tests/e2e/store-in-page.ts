/**
 * The library store's own module (and the engine), bundled as a script that an
 * extension page can run (through Runtime.evaluate, which the page's CSP does
 * not cover): it puts the store's public API on `globalThis.ledeStore`. Tests and the
 * benchmark fill and inspect the real database with the real functions, and
 * the shipped extension gains no test-only page.
 */
import { build } from 'esbuild';
import { ROOT } from './harness';

const cached = new Map<string, Promise<string>>();

/** `contents` (a module importing with the tsconfig's `@/` paths) bundled as one IIFE script, once per process. */
function bundle(contents: string): Promise<string> {
  const built = cached.get(contents) ?? build({
    stdin: {
      contents,
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
  cached.set(contents, built);
  return built;
}

/** The store module as one script that sets `globalThis.ledeStore`. */
export function storeScript(): Promise<string> {
  return bundle("import * as store from '@/utils/library'; globalThis.ledeStore = store;");
}

/** Something that evaluates an expression in an extension page (Playwright's page.evaluate). */
export type PageEvaluate = <T>(expression: string) => Promise<T>;

/** Loads the engine into the page as `globalThis.ledeExtract` (extractArticle), unless it is there already. */
export async function injectExtract(evaluate: PageEvaluate): Promise<void> {
  if (await evaluate<boolean>("typeof globalThis.ledeExtract === 'function'")) return;
  const script = await bundle("import { extractArticle } from '@/utils/extract'; globalThis.ledeExtract = extractArticle;");
  await evaluate<unknown>(`${script};0`);
}

/** Loads the store into the page unless it is there already. */
export async function injectStore(evaluate: PageEvaluate): Promise<void> {
  if (await evaluate<boolean>("typeof globalThis.ledeStore === 'object'")) return;
  await evaluate<unknown>(`${await storeScript()};0`);
}

/** Loads the export module (what the library page's export buttons load) as `globalThis.ledeExport`. */
export async function injectExport(evaluate: PageEvaluate): Promise<void> {
  if (await evaluate<boolean>("typeof globalThis.ledeExport === 'object'")) return;
  await evaluate<unknown>(`${await bundle("import * as run from '@/utils/export/run'; globalThis.ledeExport = run;")};0`);
}
