/**
 * The real command line, run as a subprocess. Few runs, many inputs each:
 * starting tsx is the slow part.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { seed } from '../helpers/seed';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SEED = 'tests/fixtures/pages/seed-classic/source.html';

/** Every field of the Article (utils/extract/article.ts); their order is the engine's business. */
const ARTICLE_FIELDS = [
  'version', 'title', 'byline', 'siteName', 'publishedTime', 'lang', 'dir', 'excerpt', 'url',
  'leadImageUrl', 'contentHtml', 'textContent', 'wordCount', 'readingMinutes', 'galleries', 'removed', 'warnings',
];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI exactly as `npm run -s extract -- …` does, without npm. */
function cli(...args: string[]): Promise<Run> {
  return new Promise((done) => {
    execFile(TSX, ['utils/cli/extract.ts', ...args], { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

let server: Server;
let origin = '';
let closedPort = 0;

beforeAll(async () => {
  const page = readFileSync(join(ROOT, SEED));
  server = createServer((req, res) => {
    if (req.url === '/story') res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // A port that was free a moment ago and has nothing listening now.
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((done) => probe.close(done));
});

afterAll(() => new Promise((done) => server.close(done)));

describe('npm run extract', () => {
  it('prints a seed rendition as Markdown with its title and paragraphs', async () => {
    const { code, stdout, stderr } = await cli(SEED, '--url', 'https://www.aol.com/article/news/2016/12/19/story/');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^---\ntitle: "Russian ambassador/);
    expect(stdout).toContain('url: "https://www.aol.com/article/news/2016/12/19/story/"');
    expect(stdout).toContain(`\n# ${seed.title}\n`);
    for (const paragraph of seed.paragraphs) expect(stdout).toContain(paragraph);
  }, 60_000);

  it('prints the Article with every field for --json', async () => {
    const { code, stdout } = await cli('--json', SEED);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const article = JSON.parse(lines[0]);
    expect(Object.keys(article).sort()).toEqual([...ARTICLE_FIELDS].sort());
    expect(article.title).toBe(seed.title);
    expect(article.url).toBe(`file://${join(ROOT, SEED)}`);
    expect(article.textContent).toContain(seed.paragraphs[0]);
  }, 60_000);

  it('reports each bad input on one stderr line, prints the good ones as JSON lines, exits non-zero', async () => {
    const unreachable = `http://127.0.0.1:${closedPort}/`;
    const bad = [
      'tests/fixtures/no-such-page.html',
      'public/icon/16.png',
      'tests/fixtures/seed/seed.json',
      'tests/fixtures/e2e/no-article.html',
      unreachable,
      `${origin}/missing`,
    ];
    const good = [SEED, `${origin}/story`];
    const { code, stdout, stderr } = await cli('--json', good[0], ...bad, good[1]);
    expect(code).toBe(1);

    const articles = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(articles.map((a) => a.source)).toEqual(good);
    expect(articles[1].url).toBe(`${origin}/story`);
    for (const article of articles) {
      const [first, ...rest] = Object.keys(article);
      expect(first).toBe('source');
      expect(rest.sort()).toEqual([...ARTICLE_FIELDS].sort());
      expect(article.title).toBe(seed.title);
    }

    const errors = stderr.trimEnd().split('\n');
    expect(errors).toHaveLength(bad.length + 1);
    expect(errors).toEqual([
      'extract: tests/fixtures/no-such-page.html: no such file',
      'extract: public/icon/16.png: not HTML (binary data)',
      'extract: tests/fixtures/seed/seed.json: not HTML (does not start with markup)',
      'extract: tests/fixtures/e2e/no-article.html: no article found (try --lenient)',
      expect.stringMatching(new RegExp(`^extract: ${unreachable}: cannot reach 127\\.0\\.0\\.1:${closedPort}: ECONNREFUSED$`)),
      `extract: ${origin}/missing: HTTP 404 Not Found`,
      `extract: 6 of 8 inputs failed: ${bad.join(' ')}`,
    ]);
  }, 60_000);

  it('reads what browsers read: a NUL byte, a stylesheet jsdom cannot parse, an undeclared Western encoding', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lede-cli-'));
    try {
      const html = readFileSync(join(ROOT, SEED), 'utf8');
      // A stray NUL inside the story: browsers drop it and render the page.
      writeFileSync(join(dir, 'nul.html'), html.replace('</h1>', '</h1>\0'));
      // An unbuilt Sass expression in a <style> block makes jsdom's CSS parser throw out of the whole parse.
      writeFileSync(join(dir, 'sass.html'), html.replace('</head>', '<style>.video{padding-top:calc(($a - $b) / 16 * 9)}</style></head>'));
      // No charset anywhere and bytes that are not UTF-8: windows-1252, as browsers fall back to for Western pages.
      // \x93 and \x94 are windows-1252's curly quotes, \xe9 its é; 'latin1' writes each as one byte.
      const cp1252 = Buffer.from(html.replace(/<meta charset="utf-8">/i, '').replace('on Monday by', 'on Monday \x93caf\xe9\x94 by'), 'latin1');
      writeFileSync(join(dir, 'cp1252.html'), cp1252);
      const inputs = ['nul.html', 'sass.html', 'cp1252.html'].map((name) => join(dir, name));
      const { code, stdout, stderr } = await cli('--json', ...inputs);
      expect(code).toBe(0);
      const articles = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
      expect(articles.map((a) => a.title)).toEqual([seed.title, seed.title, seed.title]);
      for (const article of articles) for (const paragraph of seed.paragraphs.slice(0, 3)) expect(article.textContent).toContain(paragraph.slice(0, 40));
      expect(articles[0].warnings).toEqual([]);
      expect(articles[1].warnings).toEqual([expect.stringMatching(/^jsdom could not parse the page's stylesheets \(SyntaxError: "\)" is expected\): read without them$/)]);
      expect(articles[2].textContent).toContain('Monday “café”');
      expect(stderr).toBe(`extract: ${inputs[1]}: warning: ${articles[1].warnings[0]}\n`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it('refuses a bad command line with exit code 2', async () => {
    const { code, stdout, stderr } = await cli('--json', '--html', SEED);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('extract: choose one of --json, --html (see --help)\n');
  }, 60_000);
});
