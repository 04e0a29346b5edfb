/** Debian's epubcheck (installed by .ci/run), for the EPUB tests; they skip, and say so, where it is absent. */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The epubcheck jar when it and a Java runtime are installed. */
export const EPUBCHECK =
  existsSync('/usr/share/java/epubcheck.jar') && existsSync('/usr/bin/java') ? '/usr/share/java/epubcheck.jar' : undefined;

/** epubcheck's report on `bytes`; throws with the report when it finds errors. Debian's package is a jar that runs through binfmt where that is set up: Java is called directly. */
export function epubcheck(bytes: Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'lede-epub-'));
  try {
    const path = join(dir, 'book.epub');
    writeFileSync(path, bytes);
    try {
      return execFileSync('/usr/bin/java', ['-jar', EPUBCHECK!, path], { encoding: 'utf8', stdio: 'pipe', timeout: 120_000 });
    } catch (error) {
      const { stdout, stderr } = error as { stdout: string; stderr: string };
      throw new Error(`epubcheck failed:\n${stdout}\n${stderr}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
