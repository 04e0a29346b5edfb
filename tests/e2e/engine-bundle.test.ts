/**
 * The injected script (`extract.js`, run in the page on every click) is the
 * engine and its wiring only: no messages module and no browser API, read
 * from the build (the e2e project runs `wxt build` first). WXT's
 * auto-imports, now off, once gave engine files an `import { t }` of the
 * messages module that left the browser API's lookup in this file.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './harness';

const script = readFileSync(join(EXTENSION_DIR, 'extract.js'), 'utf8');

describe('the injected script', () => {
  it.each([
    ['the messages API', /getMessage|getUILanguage/],
    ['the browser API', /globalThis\.browser|\bchrome\.(runtime|i18n|storage)/],
    ['the settings store', /local:settings|local:offlineImages/],
  ])('holds no trace of %s', (_name, pattern) => {
    expect(script).not.toMatch(pattern);
  });

  it('is the engine (sanity: the file was read)', () => {
    expect(script).toMatch(/readability/i);
  });
});
