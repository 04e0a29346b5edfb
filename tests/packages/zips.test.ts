/**
 * The store packages: `npm run zip` (Chrome Web Store) and `npm run
 * zip:firefox` (the add-ons site: the extension and the sources it asks
 * for). A reviewer who unpacks the sources zip and runs the documented
 * command must get the very same bytes, and so must a second build.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { ROOT } from '../e2e/harness';
import { shellEnv } from '../helpers/shell-env';

const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const zipName = (kind: string) => `lede-${version}-${kind}.zip`;
const WXT = join(ROOT, 'node_modules/.bin/wxt');

/** Runs `wxt zip` in `dir` and returns the bytes of each zip it wrote. */
function zip(dir: string, browser: 'chrome' | 'firefox'): Record<string, Buffer> {
  execFileSync(WXT, ['zip', '-b', browser], { cwd: dir, stdio: 'pipe', env: shellEnv() });
  const kinds = browser === 'firefox' ? ['firefox', 'sources'] : ['chrome'];
  return Object.fromEntries(kinds.map((kind) => [kind, readFileSync(join(dir, '.output', zipName(kind)))]));
}

/** Unpacks `zipBytes` into a new directory and returns it. */
async function unpack(zipBytes: Buffer): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'lede-sources-'));
  const archive = await JSZip.loadAsync(zipBytes);
  for (const entry of Object.values(archive.files)) {
    if (entry.dir) continue;
    mkdirSync(dirname(join(dir, entry.name)), { recursive: true });
    writeFileSync(join(dir, entry.name), await entry.async('nodebuffer'));
  }
  return dir;
}

const names = async (zipBytes: Buffer) => Object.keys((await JSZip.loadAsync(zipBytes)).files);

let first: Record<string, Buffer>;
let rebuilt: Record<string, Buffer>;

beforeAll(async () => {
  first = { ...zip(ROOT, 'chrome'), ...zip(ROOT, 'firefox') };
  // The reviewer's tree: the sources zip unpacked. `npm ci` there would install exactly
  // package-lock.json; the test lends it this checkout's installed node_modules instead.
  const reviewer = await unpack(first.sources!);
  try {
    symlinkSync(join(ROOT, 'node_modules'), join(reviewer, 'node_modules'), 'dir');
    rebuilt = { ...zip(reviewer, 'chrome'), ...zip(reviewer, 'firefox') };
  } finally {
    rmSync(reviewer, { recursive: true, force: true });
  }
}, 600_000);

describe('store packages', () => {
  it.each(['chrome', 'firefox', 'sources'])('the %s zip rebuilt from the sources zip is byte-identical', (kind) => {
    expect(rebuilt[kind]!.equals(first[kind]!)).toBe(true);
  });

  it('a second build of the same tree gives the same Chrome zip', () => {
    expect(zip(ROOT, 'chrome').chrome!.equals(first.chrome!)).toBe(true);
  }, 300_000);

  it('ships the manifest, the licence notices and the icons, and no source maps', async () => {
    for (const kind of ['chrome', 'firefox']) {
      const files = await names(first[kind]!);
      expect(files).toEqual(expect.arrayContaining(['manifest.json', 'THIRD_PARTY_NOTICES.txt', 'popup.html', 'icon/128.png']));
      expect(files.filter((file) => file.endsWith('.map'))).toEqual([]);
    }
    const manifest = JSON.parse(await (await JSZip.loadAsync(first.firefox!)).file('manifest.json')!.async('string'));
    expect(manifest.browser_specific_settings.gecko.id).toBe('lede@lede-reader.org');
  });

  it('puts the sources, lock file and licence in the sources zip, and no installed or built files', async () => {
    const files = await names(first.sources!);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'LICENSE', 'wxt.config.ts', 'assets/icon.svg']));
    expect(files.filter((file) => /^(node_modules|\.output|\.wxt)\//.test(file))).toEqual([]);
  });
});
