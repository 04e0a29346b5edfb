import { existsSync, statSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

/** What `npm start -- <url or file>` opens Lede on. */
export type StartTarget =
  | { kind: 'sample' }
  | { kind: 'url'; url: string }
  /** A local file, served from its folder (extensions may not read file:// pages without a user opt-in). */
  | { kind: 'file'; dir: string; path: string };

/**
 * The page named on the command line: an http(s) address, a local HTML file
 * (relative to `cwd`, or a file:// URL), or the bundled sample when none is
 * given. Throws a message for the user on anything else.
 */
export function startTarget(args: string[], cwd: string): StartTarget {
  const arg = args.find((a) => !a.startsWith('--'));
  if (!arg) return { kind: 'sample' };
  if (/^https?:\/\//i.test(arg)) return { kind: 'url', url: new URL(arg).href };
  let file: string;
  if (/^file:\/\//i.test(arg)) file = decodeURIComponent(new URL(arg).pathname);
  else if (/^[a-z][a-z0-9+.-]*:\/\//i.test(arg)) throw new Error(`Lede can open http(s) pages and local files, not ${arg}`);
  else file = resolve(cwd, arg);
  if (!existsSync(file) || !statSync(file).isFile()) throw new Error(`No such file: ${file}`);
  return { kind: 'file', dir: dirname(file), path: `/${encodeURIComponent(basename(file))}` };
}
