/**
 * The largest backup: written and read as one string, so it can be no
 * longer than the longest string the browser makes (about 512 MB in
 * Chromium). Past it, a backup and an import say so in words instead of
 * "Invalid string length" or an unreadable file.
 */
import { useEmptyLibrary } from '../helpers/library';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MAX_BACKUP_CHARS } from '@/utils/export/backup/format';
import { backupFile, backupText } from '@/utils/export/run';

useEmptyLibrary();
afterEach(() => vi.restoreAllMocks());

describe('a backup past the largest file', () => {
  it.each([
    [true, /^A backup with images would be larger than one file can hold \(about 512 MB\)\. Back up without images/],
    [false, /^Your library is too large for one backup file \(a file can hold about 512 MB\)\.$/],
  ])('with images %s: says what to do', async (withImages, message) => {
    // What V8's JSON.stringify throws past its longest string (a 512 MB library is no unit test).
    vi.spyOn(JSON, 'stringify').mockImplementation(() => {
      throw new RangeError('Invalid string length');
    });
    await expect(backupFile(withImages)).rejects.toThrow(message);
  });

  it('is refused at import before it is read', async () => {
    const text = vi.fn(async () => '');
    const file = { size: MAX_BACKUP_CHARS + 1, text } as unknown as Blob;
    await expect(backupText(file)).rejects.toThrow(/^The file is 512 MB, larger than a Lede backup can be \(512 MB\), so it is not one\. Nothing in your library was changed\.$/);
    expect(text).not.toHaveBeenCalled();
  });

  it('reads a file of any size up to it', async () => {
    expect(await backupText(new Blob(['{"format":"lede-backup"}']))).toBe('{"format":"lede-backup"}');
  });

  it('says a file that cannot be read changed nothing', async () => {
    const file = { size: 10, text: async () => { throw new DOMException('The file could not be read.', 'NotReadableError'); } } as unknown as Blob;
    await expect(backupText(file)).rejects.toThrow(/^The file could not be read\. Nothing in your library was changed\.$/);
  });
});
