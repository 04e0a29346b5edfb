/** Backup file: written, read back, and every kind of bad file refused with a message naming the problem. */
import { describe, expect, it } from 'vitest';
import { createBackup } from '@/utils/export/backup/create';
import { readBackup, BackupError } from '@/utils/export/backup/validate';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { fixtureArticles, makeSaved } from '../helpers/saved';

const NOW = new Date(Date.UTC(2026, 10, 29, 12));

function backupJson(mutate: (backup: Record<string, any>) => void = () => {}): string {
  const backup = JSON.parse(createBackup({ articles: fixtureArticles(), settings: DEFAULT_SETTINGS, now: NOW }));
  mutate(backup);
  return JSON.stringify(backup);
}

describe('createBackup / readBackup', () => {
  it('round-trips articles, read state and settings exactly', () => {
    const articles = fixtureArticles();
    const settings = { ...DEFAULT_SETTINGS, theme: 'sepia' as const, textSize: 20 };
    const backup = readBackup(createBackup({ articles, settings, now: NOW }));
    expect(backup.articles).toEqual(articles);
    expect(backup.settings).toEqual(settings);
    expect(backup.exportedAt).toBe('2026-11-29T12:00:00.000Z');
    expect(backup.images).toBeUndefined();
  });

  it('carries images as base64 when asked', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 251);
    const json = createBackup({ articles: [], settings: DEFAULT_SETTINGS, images: new Map([['https://img.example/a.jpg', { type: 'image/jpeg', bytes }]]) });
    const [image] = readBackup(json).images!;
    expect(image.url).toBe('https://img.example/a.jpg');
    expect(Uint8Array.from(atob(image.data), (c) => c.charCodeAt(0))).toEqual(bytes);
  });

  const big = 'x'.repeat(50_000_000);
  it.each<[string, string, RegExp]>([
    ['truncated file', backupJson().slice(0, -200), /ends early: it looks truncated/],
    ['empty file', '', /ends early/],
    ['file cut after a value', '{"format":"lede-backup","version":1', /ends early: it looks truncated/],
    ['file cut inside a string', '{"format":"lede-backup","version":1,"exportedAt":"2026-', /ends early: it looks truncated/],
    ['file with a bad character inside', '{"format":"lede-backup",,"version":1}', /not JSON/],
    ['not JSON', 'hello', /not JSON/],
    ['another app\'s JSON', '{"notes": []}', /Not a Lede backup: it has no "format": "lede-backup"/],
    ['a list', '[1,2]', /Not a Lede backup/],
    ['a newer version', backupJson((b) => { b.version = 2; }), /newer Lede \(backup version 2\)/],
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

  it('accepts a minimal article', () => {
    const json = createBackup({ articles: [makeSaved()], settings: DEFAULT_SETTINGS });
    expect(readBackup(json).articles).toHaveLength(1);
  });
});
