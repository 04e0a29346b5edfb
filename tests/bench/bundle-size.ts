/** What the popup page loads, and the injected script, in bytes raw and gzipped. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

interface Size {
  file: string;
  raw: number;
  gzip: number;
}

function size(dir: string, file: string): Size {
  const bytes = readFileSync(join(dir, file));
  return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/** The chunks `files` import dynamically (`import("./x.js")`) that are not among them: loaded later, on demand. */
export function lazyFiles(dir: string, files: string[]): string[] {
  const lazy = new Set<string>();
  for (const file of files.filter((f) => f.endsWith('.js'))) {
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const [, spec] of readFileSync(join(dir, file), 'utf8').matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)) {
      const path = new URL(spec, `http://x/${folder}`).pathname.slice(1);
      if (!files.includes(path)) lazy.add(path);
    }
  }
  return [...lazy];
}

/**
 * Every script and stylesheet an HTML page references, plus the chunks those
 * scripts import statically (they load before anything runs), plus the
 * dynamic imports named in `firstPaint` (chunk names without their hash) and
 * theirs: the popup's entry imports its UI and sanitiser dynamically so it can
 * start the read first, but the first frame waits on both. Other dynamic
 * imports load later (the library store after the article is painted, the
 * settings panel on first use) and are listed apart by lazyFiles.
 */
export function pageFiles(dir: string, html: string, firstPaint: string[] = []): string[] {
  const found = new Set<string>();
  const queue = [...readFileSync(join(dir, html), 'utf8').matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  while (queue.length) {
    const file = queue.shift()!;
    if (found.has(file)) continue;
    found.add(file);
    if (!file.endsWith('.js')) continue;
    const code = readFileSync(join(dir, file), 'utf8');
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const [, spec] of code.matchAll(/(?:from|import)\s*["'](\.{1,2}\/[^"']+)["']/g)) {
      queue.push(new URL(spec, `http://x/${folder}`).pathname.slice(1));
    }
    for (const [, spec] of code.matchAll(/import\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)) {
      const path = new URL(spec, `http://x/${folder}`).pathname.slice(1);
      if (firstPaint.some((name) => path.split('/').pop()!.startsWith(`${name}-`))) queue.push(path);
    }
  }
  return [...found];
}

/** Every file of the built extension, gzipped one by one (roughly what the store's zip holds). */
function wholeExtension(dir: string): { files: number; raw: number; gzip: number } {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const sizes = files.map((entry) => size(entry.parentPath, entry.name));
  return { files: files.length, raw: sizes.reduce((n, s) => n + s.raw, 0), gzip: sizes.reduce((n, s) => n + s.gzip, 0) };
}

/**
 * The popup's dynamic imports its first paint waits on: the UI
 * (entrypoints/popup/start.tsx) and the sanitiser. The sanitiser loads beside
 * the read, yet the article is handed to the UI only once it is in, and in the
 * usual click the article is in the popup's first frame: it counts.
 */
export const POPUP_FIRST_PAINT = ['start', 'sanitize'];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;

/** Printable lines for the popup's files and the injected script, and the popup's gzip total. */
export function bundleReport(dir: string): { lines: string[]; popupGzip: number } {
  const popupFiles = pageFiles(dir, 'popup.html', POPUP_FIRST_PAINT);
  const popup = popupFiles.map((file) => size(dir, file));
  const later = lazyFiles(dir, popupFiles).map((file) => size(dir, file));
  const extract = size(dir, 'extract.js');
  const raw = popup.reduce((sum, s) => sum + s.raw, 0);
  const gzip = popup.reduce((sum, s) => sum + s.gzip, 0);
  const whole = wholeExtension(dir);
  // The entry alone (its static imports, and the CSS): what loads before the read of the tab starts.
  const entryGzip = pageFiles(dir, 'popup.html').reduce((sum, file) => sum + size(dir, file).gzip, 0);
  return {
    popupGzip: gzip,
    lines: [
      'Bundle sizes (.output/chrome-mv3; gzip -9)',
      ...popup.map((s) => `  popup  ${s.file.padEnd(34)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip`),
      `  popup  ${'total before the first paint'.padEnd(34)} ${kb(raw).padStart(9)} raw ${kb(gzip).padStart(9)} gzip`,
      `         (of which the entry and CSS, loaded before the read of the tab starts: ${kb(entryGzip)} gzip)`,
      ...later.map((s) => `  later  ${s.file.padEnd(34)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(9)} gzip (dynamic import: after the article, or on first use)`),
      `  inject ${extract.file.padEnd(34)} ${kb(extract.raw).padStart(9)} raw ${kb(extract.gzip).padStart(9)} gzip`,
      `  whole  ${`extension (${whole.files} files)`.padEnd(34)} ${kb(whole.raw).padStart(9)} raw ${kb(whole.gzip).padStart(9)} gzip`,
    ],
  };
}
