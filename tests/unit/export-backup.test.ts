/** Backup file: written, read back, and every kind of bad file refused with a message naming the problem. */
import { describe, expect, it } from 'vitest';
import { createBackup } from '@/utils/export/backup/create';
import { BACKUP_VERSION } from '@/utils/export/backup/format';
import { readBackup, BackupError } from '@/utils/export/backup/validate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_OFFLINE_IMAGES, DEFAULT_SETTINGS } from '@/utils/settings';
import { FIXTURES } from '../helpers/page';
import { fixtureArticles, makeSaved } from '../helpers/saved';

const NOW = new Date(Date.UTC(2026, 10, 29, 12));

function backupJson(mutate: (backup: Record<string, any>) => void = () => {}): string {
  const backup = JSON.parse(createBackup({ articles: fixtureArticles(), settings: DEFAULT_SETTINGS, offlineImages: DEFAULT_OFFLINE_IMAGES, now: NOW }));
  mutate(backup);
  return JSON.stringify(backup);
}

describe('createBackup / readBackup', () => {
  it('round-trips articles, read state and settings exactly', () => {
    const articles = fixtureArticles();
    const settings = { ...DEFAULT_SETTINGS, theme: 'sepia' as const, textSize: 20 };
    const offlineImages = { enabled: true, capBytes: 50 * 1024 * 1024 };
    const backup = readBackup(createBackup({ articles, settings, offlineImages, now: NOW }));
    expect(backup.version).toBe(BACKUP_VERSION);
    expect(backup.articles).toEqual(articles);
    expect(backup.settings).toEqual(settings);
    expect(backup.offlineImages).toEqual(offlineImages);
    expect(backup.exportedAt).toBe('2026-11-29T12:00:00.000Z');
    expect(backup.images).toBeUndefined();
  });

  it('carries images as base64 when asked', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 251);
    const json = createBackup({ articles: [], settings: DEFAULT_SETTINGS, offlineImages: DEFAULT_OFFLINE_IMAGES, images: new Map([['https://img.example/a.jpg', { type: 'image/jpeg', bytes }]]) });
    const [image] = readBackup(json).images!;
    expect(image.url).toBe('https://img.example/a.jpg');
    expect(Uint8Array.from(atob(image.data), (c) => c.charCodeAt(0))).toEqual(bytes);
  });

  const big = 'x'.repeat(50_000_000);
  it.each<[string, string, RegExp]>([
    ['truncated file', backupJson().slice(0, -200), /ends early: it looks truncated/],
    ['empty file', '', /^The file is empty, so it is not a Lede backup\. Choose the \.json file/],
    ['file of blanks', ' \n ', /^The file is empty/],
    ['an EPUB or zip export chosen instead', 'PK\u0003\u0004\u0014\u0000mimetypeapplication/epub+zip', /^This is a zip archive \(an EPUB, or an export of several articles\), not a Lede backup/],
    ['a binary file', '\u0000\u0001\uFFFD\uFFFDGIF89a', /^The file is not JSON \([^\p{Cc}\uFFFD]*\), so it is not a Lede backup\.$/u],
    ['file cut after a value', '{"format":"lede-backup","version":1', /ends early: it looks truncated/],
    ['file cut inside a string', '{"format":"lede-backup","version":1,"exportedAt":"2026-', /ends early: it looks truncated/],
    ['file with a bad character inside', '{"format":"lede-backup",,"version":1}', /not JSON/],
    ['not JSON', 'hello', /not JSON/],
    ['another app\'s JSON', '{"notes": []}', /Not a Lede backup: it has no "format": "lede-backup"/],
    ['a list', '[1,2]', /Not a Lede backup/],
    ['a newer version', backupJson((b) => { b.version = 3; }), /newer Lede \(backup version 3\); this Lede reads version 2/],
    ['a version 2 file without the offline-images setting', backupJson((b) => { delete b.offlineImages; }), /backup: missing field "offlineImages"/],
    ['a version 1 file with the offline-images setting', backupJson((b) => { b.version = 1; }), /backup\.offlineImages: not a field of a Lede backup/],
    ['a cap Lede does not offer', backupJson((b) => { b.offlineImages.capBytes = 7; }), /offlineImages\.capBytes: expected one of 1048576, .*found 7/],
    ['an offline-images switch that is no switch', backupJson((b) => { b.offlineImages.enabled = 'on'; }), /offlineImages\.enabled: expected true or false, found text/],
    ['an unknown version', backupJson((b) => { b.version = '1'; }), /Unknown backup version "1"/],
    ['a missing field', backupJson((b) => { delete b.articles[1].key; }), /backup\.articles\[1\]: missing field "key"/],
    ['a missing settings field', backupJson((b) => { delete b.settings.theme; }), /backup\.settings: missing field "theme"/],
    ['a wrong type', backupJson((b) => { b.articles[0].read = 'yes'; }), /backup\.articles\[0\]\.read: expected true or false, found text/],
    ['a null title', backupJson((b) => { b.articles[0].title = null; }), /articles\[0\]\.title: expected text, found null/],
    ['a bad caption', backupJson((b) => { b.articles[0].galleries[0].captions[1].credit = 5; }), /galleries\[0\]\.captions\[1\]\.credit: expected text, found a number/],
    ['a 50 MB string', backupJson((b) => { b.articles[0].contentHtml = big; }), /articles\[0\]\.contentHtml: 50,000,000 characters long; a Lede backup holds at most 10,000,000 here/],
    ['a 50 MB title', backupJson((b) => { b.articles[1].title = big; }), /articles\[1\]\.title: 50,000,000 characters long/],
    ['a __proto__ key', backupJson().replace('"read":false', '"__proto__":{"polluted":true},"read":false'), /articles\[0\]\.__proto__: a key Lede never writes, refused for safety/],
    ['a constructor key', backupJson((b) => { b.settings.constructor = { prototype: {} }; }), /settings\.constructor: a key Lede never writes/],
    ['an unknown field', backupJson((b) => { b.articles[0].extra = 1; }), /articles\[0\]\.extra: not a field of a Lede backup/],
    ['a page address that is no address', backupJson((b) => { b.articles[0].url = 'not a url'; }), /articles\[0\]\.url: not an address/],
    ['an image file from a script URL', backupJson((b) => { b.images = [{ url: 'javascript:alert(1)', type: 'image/png', data: '' }]; }), /images\[0\]\.url: not a http\/https address/],
    ['an unknown theme', backupJson((b) => { b.settings.theme = 'neon'; }), /settings\.theme: expected one of "auto", "light", "dark", "sepia", found "neon"/],
    ['a negative count', backupJson((b) => { b.articles[0].wordCount = -1; }), /wordCount: expected at least 0, found -1/],
    ['an article from a newer Lede', backupJson((b) => { b.articles[0].version = 99; }), /articles\[0\]\.version: made by a newer Lede/],
    ['an image that is not base64', backupJson((b) => { b.images = [{ url: 'https://a.example/i.png', type: 'image/png', data: '<svg>' }]; }), /images\[0\]\.data: not base64 data/],
    ['an image that is not an image', backupJson((b) => { b.images = [{ url: 'https://a.example/i', type: 'text/html', data: '' }]; }), /images\[0\]\.type: not an image type/],
  ])('refuses %s', (_name, json, message) => {
    expect(() => readBackup(json)).toThrow(BackupError);
    expect(() => readBackup(json)).toThrow(message);
    // Nothing reached Object.prototype on the way.
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('accepts script in titles and content as data (rendered as text, sanitised on render)', () => {
    const json = backupJson((b) => {
      b.articles[0].title = '<script>alert(1)</script>';
      b.articles[0].contentHtml = '<img src=x onerror=alert(1)>';
    });
    expect(readBackup(json).articles[0].title).toBe('<script>alert(1)</script>');
  });

  // A file of each version this Lede reads (docs/backup-format.md, "Changing the format").
  it.each([
    ['version-1.json', 1, undefined],
    ['version-2.json', 2, { enabled: true, capBytes: 50 * 1024 * 1024 }],
  ])('reads %s, the offline-images setting only where the version has it', (file, version, offlineImages) => {
    const backup = readBackup(readFileSync(join(FIXTURES, 'backup', file), 'utf8'));
    expect(backup.version).toBe(version);
    expect(backup.offlineImages).toEqual(offlineImages);
    expect(backup.settings.theme).toBe('sepia');
    expect(backup.articles.map((a) => a.title)).toEqual(['Harbour plan approved']);
  });

  it('accepts a minimal article', () => {
    const json = createBackup({ articles: [makeSaved()], settings: DEFAULT_SETTINGS, offlineImages: DEFAULT_OFFLINE_IMAGES });
    expect(readBackup(json).articles).toHaveLength(1);
  });
});
