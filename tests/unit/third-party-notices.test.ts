import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { noticesText, packageDirs, readPackage, type BundledPackage } from '../../modules/third-party-notices/notices';

const ROOT = join(import.meta.dirname, '../..');

describe('third-party notices', () => {
  it.each([
    ['a plain package', '/r/node_modules/preact/dist/preact.mjs', ['/r/node_modules/preact']],
    ['a scoped package', '/r/node_modules/@mozilla/readability/Readability.js', ['/r/node_modules/@mozilla/readability']],
    ['the innermost of nested packages', '/r/node_modules/a/node_modules/b/x.js', ['/r/node_modules/a/node_modules/b']],
    ['a virtual module with a query', '\0/r/node_modules/dompurify/dist/purify.es.mjs?commonjs-proxy', ['/r/node_modules/dompurify']],
    ["Lede's own code", '/r/utils/extract/index.ts', []],
    ['a virtual module of the bundler', '\0vite/preload-helper.js', []],
  ])('finds the package of %s', (_name, id, dirs) => {
    expect(packageDirs([id])).toEqual(dirs);
  });

  it('reads the name, version, declared licence and licence files of an installed package', () => {
    const readability = readPackage(join(ROOT, 'node_modules/@mozilla/readability'));
    expect(readability).toMatchObject({ name: '@mozilla/readability', license: 'Apache-2.0' });
    expect(readability.texts.map((t) => t.file)).toEqual(['LICENSE.md']);
    expect(readability.texts[0]!.text).toContain('Apache License');
    const dompurify = readPackage(join(ROOT, 'node_modules/dompurify'));
    expect(dompurify.texts.map((t) => t.file)).toEqual(['LICENSE', 'LICENSE-MPL']);
  });

  const pkg = (name: string, version: string, texts: BundledPackage['texts'], license = 'MIT'): BundledPackage => ({
    name,
    version,
    license,
    texts,
    repository: `https://example.org/${name}`,
  });

  it('lists each package once, sorted, then its licence texts; one without a file points to its source', () => {
    const text = noticesText(
      [pkg('zeta', '1.0.0', [{ file: 'LICENSE', text: 'Zeta licence' }]), pkg('alpha', '2.0.0', []), pkg('zeta', '1.0.0', [{ file: 'LICENSE', text: 'Zeta licence' }])],
      'Lede',
    );
    expect(text.match(/^ {2}\S.*$/gm)).toEqual(['  alpha 2.0.0 (MIT)', '  zeta 1.0.0 (MIT)']);
    expect(text).toContain('--- LICENSE ---\n\nZeta licence');
    expect(text).toContain('declares the licence MIT.\nSource and licence: https://example.org/alpha');
    expect(text.indexOf('alpha 2.0.0 (MIT)\n===')).toBeLessThan(text.indexOf('zeta 1.0.0 (MIT)\n==='));
  });

  it('refuses a bundled package with neither a licence file nor a declared licence', () => {
    expect(() => noticesText([pkg('mystery', '0.1.0', [], '')], 'Lede')).toThrow(/mystery/);
  });
});
