/**
 * Rewrites a zip so that its bytes depend only on the files in it: entries
 * sorted by name, every timestamp the same fixed date, the same compression.
 * WXT's zips stamp each entry with the time of zipping, so two builds of the
 * same tree would otherwise differ.
 */
import { readFile, writeFile } from 'node:fs/promises';
import JSZip from 'jszip';

/**
 * The date every entry carries: 1980-01-01 00:00 UTC, the earliest a zip
 * can hold. JSZip writes it in UTC, so the time zone of the machine that
 * zips does not change the bytes.
 */
export const ZIP_DATE = new Date(Date.UTC(1980, 0, 1));

/** The repacked bytes of `zip`. */
export async function repack(zip: Buffer): Promise<Buffer> {
  const source = await JSZip.loadAsync(zip);
  const target = new JSZip();
  const names = Object.keys(source.files)
    .filter((name) => !source.files[name]!.dir)
    .sort();
  for (const name of names) {
    target.file(name, await source.files[name]!.async('nodebuffer'), { date: ZIP_DATE, createFolders: false });
  }
  return target.generateAsync({
    type: 'nodebuffer',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'UNIX',
  });
}

/** Repacks the zip at `path` in place. */
export async function repackFile(path: string): Promise<void> {
  await writeFile(path, await repack(await readFile(path)));
}
