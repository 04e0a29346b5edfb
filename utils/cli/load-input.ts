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

/** Byte order marks, which win over any declared charset (WHATWG Encoding, "decode"). */
const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

/** Bytes no text file holds (MIME Sniffing's "binary data bytes"; NUL among them). */
const BINARY_BYTE = /[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f]/;

/** A decoder for `label`, or null for a label TextDecoder does not know. */
function decoderFor(label: string | undefined): TextDecoder | null {
  const name = label?.trim().replace(/^["']|["']$/g, '');
  if (!name) return null;
  try {
    const decoder = new TextDecoder(name);
    // A page that says UTF-16 in its own bytes cannot be UTF-16 (HTML's prescan rule).
    return decoder.encoding.startsWith('utf-16') ? new TextDecoder('utf-8') : decoder;
  } catch {
    return null;
  }
}

/**
 * The encoding a browser would decode `bytes` with: a BOM; else the HTTP
 * header's charset; else a <meta charset> or http-equiv in the first 1024
 * bytes; else UTF-8 when the bytes are valid UTF-8, windows-1252 when not
 * (what browsers fall back to for Western pages that declare nothing).
 */
export function sniffEncoding(bytes: Uint8Array, headerCharset?: string): TextDecoder {
  for (const [bom, encoding] of BOMS) if (bom.every((byte, i) => bytes[i] === byte)) return new TextDecoder(encoding);
  const header = decoderFor(headerCharset);
  if (header) return header;
  const meta = metaCharset(bytes, PRESCAN_BYTES);
  if (meta) return meta;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return new TextDecoder('utf-8');
  } catch {
    // Not UTF-8 and no charset up front: a browser guesses, then honours a <meta charset> the parser meets later in
    // the head by decoding the page again with it (HTML's "change the encoding"). Pages put one after a long script.
    return metaCharset(bytes, HEAD_BYTES, true) ?? new TextDecoder('windows-1252');
  }
}

/** HTML's prescan reads this much of the page for a <meta charset>. */
const PRESCAN_BYTES = 1024;
/** How far a <meta charset> the parser meets later is looked for (it stops counting once <body> starts). */
const HEAD_BYTES = 256 * 1024;

/** The decoder a <meta charset> or http-equiv in the first `limit` bytes names (in the head only, when `headOnly`). */
function metaCharset(bytes: Uint8Array, limit: number, headOnly = false): TextDecoder | null {
  let head = new TextDecoder('windows-1252').decode(bytes.subarray(0, limit));
  const body = headOnly ? head.search(/<body[\s>]/i) : -1;
  if (body >= 0) head = head.slice(0, body);
  return decoderFor(/<meta[^>]+charset\s*=\s*["']?([\w:.-]+)/i.exec(head)?.[1]);
}

/**
 * windows-1252's bytes 0x80–0x9F (WHATWG Encoding's index; 0 where the
 * byte maps to itself). Node 20's TextDecoder decodes windows-1252 as
 * ISO-8859-1 and leaves these as C1 controls, so curly quotes, dashes and the
 * euro sign of a Western page would be lost.
 */
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

function decode(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  if (decoder.encoding !== 'windows-1252') return text;
  return text.replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(CP1252_HIGH[c.charCodeAt(0) - 0x80] || c.charCodeAt(0)));
}

/**
 * Decodes `bytes` as an HTML page (see sniffEncoding), or throws when they are
 * not one: text that does not start with markup (JSON, plain text), reported
 * as binary data when it holds bytes no text holds. A stray NUL inside a page
 * does not make it binary: browsers render such pages, and the HTML parser
 * drops the NUL.
 */
export function asHtml(bytes: Uint8Array, headerCharset?: string): string {
  const html = decode(sniffEncoding(bytes, headerCharset), bytes);
  if (/^\s*</.test(html.replace(/^\uFEFF/, ''))) return html;
  const start = new TextDecoder('windows-1252').decode(bytes.subarray(0, 512));
  throw new InputError(BINARY_BYTE.test(start) ? 'not HTML (binary data)' : 'not HTML (does not start with markup)');
}
