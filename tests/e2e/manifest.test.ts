/**
 * The built manifest asks for exactly what Lede needs and exposes nothing:
 * read after `wxt build` (the e2e project runs it first).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './harness';
import { EXTENSION_PAGES_CSP } from '../../utils/csp';

const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;

describe('the Chrome manifest', () => {
  it('asks for exactly the intended permissions', () => {
    // activeTab + scripting: read the tab on a click; storage + unlimitedStorage: settings and the library;
    // contextMenus: "Save to Lede" / "Read with Lede".
    expect([...(manifest.permissions as string[])].sort()).toEqual(
      ['activeTab', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'].sort(),
    );
    expect(manifest.optional_permissions).toBeUndefined();
    // Requested only when "Keep images for offline reading" is turned on.
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });

  it.each(['host_permissions', 'content_scripts', 'web_accessible_resources', 'externally_connectable'])(
    'has no %s',
    (key) => {
      expect(manifest[key]).toBeUndefined();
    },
  );

  it("sets Lede's own CSP on its pages, and it is strict", () => {
    const csp = (manifest.content_security_policy as { extension_pages: string }).extension_pages;
    expect(csp).toBe(EXTENSION_PAGES_CSP);
    const directives = Object.fromEntries(csp.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(directives).toMatchObject({
      'default-src': "'self'",
      'script-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-src': "'none'",
      'frame-ancestors': "'none'",
    });
    expect(directives['style-src']).not.toMatch(/unsafe/);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|\*/);
  });
});
