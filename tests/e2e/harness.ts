/**
 * Real-browser harness: Debian's Chromium with the built extension loaded,
 * fixture pages served from 127.0.0.1, and a real toolbar click.
 */
import { chromium, type BrowserContext, type CDPSession } from 'playwright-core';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createHash } from 'node:crypto';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that work on a machine with no GPU, no network and no display. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Lets CDP's Extensions domain (triggerAction) act on the loaded extension.
  '--enable-unsafe-extension-debugging',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.jpg': 'image/jpeg',
  '.svg': 'image/svg+xml',
};

/** Serves `dir` on 127.0.0.1 at a free port. */
export async function serveDirectory(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(dir) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return { server, origin: `http://127.0.0.1:${port}` };
}

export interface LoadedBrowser {
  context: BrowserContext;
  extensionId: string;
  cdp: CDPSession;
  close(): Promise<void>;
}

/**
 * Starts Chromium with the built extension loaded, in a fresh profile, or in
 * `profileDir` (kept on close: a relaunch on the same profile).
 */
export async function launchWithExtension({
  headless = true,
  extensionDir = EXTENSION_DIR,
  profileDir = undefined as string | undefined,
  /** More Chromium flags (e.g. `--lang=de`). */
  extraArgs = [] as string[],
  /**
   * Wait for the background worker's toolbar-click listener before returning (see workerListening).
   * Off only for a test of the click a user makes right after an install or update.
   */
  waitForWorker = true,
} = {}): Promise<LoadedBrowser> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const profile = profileDir ?? mkdtempSync(join(tmpdir(), 'lede-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false, // --headless=new is passed below: Playwright's own flag picks the old mode.
    args: [
      ...(headless ? ['--headless=new'] : []),
      ...CHROMIUM_FLAGS,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...extraArgs,
    ],
    viewport: headless ? { width: 1200, height: 900 } : null,
  });
  const extensionId = unpackedExtensionId(extensionDir);
  const cdp = await context.browser()!.newBrowserCDPSession();
  if (waitForWorker) await workerListening(context, extensionDir, extensionId);
  return {
    context,
    extensionId,
    cdp,
    async close() {
      await context.close();
      if (!profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until a freshly loaded extension's background worker has added its
 * toolbar-click listener and cleared the manifest's default popup
 * (utils/action-click.ts): before that, a click opens the default popup
 * (the popup reads the tab itself) instead of reaching the worker, which
 * starts the read at the click. Tests and benchmarks of the usual click want
 * the latter; tests/e2e/early-click.test.ts clicks without waiting.
 */
async function workerListening(context: BrowserContext, extensionDir: string, extensionId: string): Promise<void> {
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
  };
  if (!manifest.background?.service_worker) return;
  const prefix = `chrome-extension://${extensionId}/`;
  const worker = context.serviceWorkers().find((w) => w.url().startsWith(prefix))
    ?? (await context.waitForEvent('serviceworker', { predicate: (w) => w.url().startsWith(prefix), timeout: 20_000 }));
  const deadline = Date.now() + 20_000;
  // Runs in the worker, where `chrome` is the extension API. The worker clears the popup in the
  // same task as it adds the listener; asking for the popup after that waits for the clearing.
  const listening = () => worker.evaluate(async () => {
    const api = (globalThis as { chrome?: { action?: { onClicked: { hasListeners(): boolean }; getPopup(details: object): Promise<string> } } }).chrome;
    if (!api?.action) return true;
    if (!api.action.onClicked.hasListeners()) return false;
    await api.action.getPopup({});
    return true;
  });
  while (!(await listening())) {
    if (Date.now() > deadline) throw new Error('Lede\'s background worker never added its toolbar-click listener');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Chromium's id for an unpacked extension: the SHA-256 of its absolute path,
 * first 32 hex digits written with the letters a–p. Lede has no background
 * worker whose URL would tell it.
 */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
}
