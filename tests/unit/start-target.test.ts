import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { startTarget } from '../e2e/start-target';

const ROOT = join(import.meta.dirname, '../..');
const SEED_DIR = join(ROOT, 'tests/fixtures/pages/seed-classic');

describe('npm start -- <url or file>', () => {
  it.each([
    ['nothing: the bundled sample', [], { kind: 'sample' }],
    ['only flags: the sample', ['--headless'], { kind: 'sample' }],
    ['an address', ['https://news.example.com/a b'], { kind: 'url', url: 'https://news.example.com/a%20b' }],
    ['an address after a flag', ['--headless', 'http://127.0.0.1:8080/x'], { kind: 'url', url: 'http://127.0.0.1:8080/x' }],
    ['a relative file, served from its folder', ['tests/fixtures/pages/seed-classic/source.html'], { kind: 'file', dir: SEED_DIR, path: '/source.html' }],
    ['a file:// URL', [`file://${SEED_DIR}/source.html`], { kind: 'file', dir: SEED_DIR, path: '/source.html' }],
  ])('%s', (_name, args, target) => {
    expect(startTarget(args, ROOT)).toEqual(target);
  });

  it.each([
    ['a file that is not there', ['nowhere.html'], /No such file: .*nowhere\.html/],
    ['a folder', ['tests'], /No such file/],
    ['another scheme', ['ftp://example.com/a.html'], /http\(s\) pages and local files, not ftp:/],
  ])('refuses %s with a message', (_name, args, message) => {
    expect(() => startTarget(args, ROOT)).toThrow(message);
  });
});
