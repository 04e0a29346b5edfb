import { afterAll, beforeAll } from 'vitest';
import type { Server } from 'node:http';
import { join } from 'node:path';
import { launchWithExtension, serveDirectory, ROOT, type LoadedBrowser } from './harness';

/**
 * For a test file: Chromium with the extension, and tests/fixtures served
 * from 127.0.0.1, started once before its tests and stopped after them.
 * Read the fields inside tests or hooks, not at module level.
 */
export function useExtensionBrowser(): { browser: LoadedBrowser; origin: string } {
  const env = {} as { browser: LoadedBrowser; origin: string; server?: Server };
  beforeAll(async () => {
    const served = await serveDirectory(join(ROOT, 'tests/fixtures'));
    env.server = served.server;
    env.origin = served.origin;
    env.browser = await launchWithExtension();
  });
  afterAll(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  return env;
}
