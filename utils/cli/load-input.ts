/** Reads one input of the command line (a file or an http(s) URL) as an HTML string. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

/** An input that gave no page (exit code 1, one line on stderr). */
export class InputError extends Error {}

/** A page to extract from. */
export interface LoadedPage {
  html: string;
  /** The page's URL: after redirects for a URL input, --url or file:// for a file. */
  url: string;
}

/** How long a URL may take to answer before it counts as unreachable. */
const FETCH_TIMEOUT_MS = 20_000;

/** True when `input` is an http(s) URL rather than a file path. */
export function isWebUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Loads `input`; `pageUrl` overrides a file's URL. Throws InputError when there is no HTML page. */
export async function loadInput(input: string, pageUrl?: string): Promise<LoadedPage> {
  return isWebUrl(input) ? loadUrl(input) : loadFile(input, pageUrl);
}

async function loadFile(path: string, pageUrl?: string): Promise<LoadedPage> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : String(code ?? error));
  }
  return { html: asHtml(bytes), url: pageUrl ?? pathToFileURL(resolve(path)).href };
}

async function loadUrl(url: string): Promise<LoadedPage> {
  let response: Response;
  try {
    response = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' },
    });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    const reason = cause?.code ?? cause?.message ?? (error as Error).message;
    throw new InputError(`cannot reach ${new URL(url).host}: ${reason}`);
  }
  if (!response.ok) throw new InputError(`HTTP ${response.status} ${response.statusText}`.trim());
  const type = response.headers.get('content-type') ?? '';
  const mime = type.split(';')[0].trim().toLowerCase();
  if (mime && mime !== 'text/html' && mime !== 'application/xhtml+xml') {
    throw new InputError(`not HTML (${mime})`);
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  return { html: asHtml(bytes, /charset=([^;]+)/i.exec(type)?.[1]), url: response.url || url };
}

/**
 * Decodes `bytes` as an HTML page, or throws when they are not one: binary
 * data (a NUL byte) or text that does not start with markup (JSON, plain
 * text). The charset is the header's, else a BOM's or a <meta charset>'s,
 * else UTF-8, as browsers do.
 */
export function asHtml(bytes: Uint8Array, headerCharset?: string): string {
  if (bytes.includes(0)) throw new InputError('not HTML (binary data)');
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1];
  let html: string;
  try {
    html = new TextDecoder(headerCharset?.trim().replace(/"/g, '') || declared || 'utf-8').decode(bytes);
  } catch {
    html = new TextDecoder('utf-8').decode(bytes);
  }
  if (!/^\s*</.test(html.replace(/^\uFEFF/, ''))) throw new InputError('not HTML (does not start with markup)');
  return html;
}
