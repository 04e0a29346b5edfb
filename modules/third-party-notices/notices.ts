/**
 * Third-party notices for what a build ships: the packages whose code ended
 * up in the bundles, each with its licence texts, as one plain-text file.
 * Pure functions over module ids and files read through `read`, so they can
 * be tested without a build.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One bundled package, as its notice shows it. */
export interface BundledPackage {
  name: string;
  version: string;
  /** The SPDX expression package.json declares. */
  license: string;
  /** Licence and notice files of the package (name → text), in name order. */
  texts: Array<{ file: string; text: string }>;
  /** Who package.json names as author, and where its source is: shown when it ships no licence file. */
  author?: string;
  repository?: string;
}

/**
 * The directory of the package each module belongs to, for modules under
 * node_modules (the innermost package when they nest). Lede's own modules
 * and virtual ones yield nothing.
 */
export function packageDirs(moduleIds: Iterable<string>): string[] {
  const dirs = new Set<string>();
  for (const raw of moduleIds) {
    const id = raw.replace(/^\0/, '').replace(/\?.*$/, '').replaceAll('\\', '/');
    const match = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(id);
    if (match) dirs.add(match[1]!);
  }
  return [...dirs].sort();
}

const LICENCE_FILE = /^(licen[cs]e|copying|notice)([-.].*)?$/i;

/** Reads a package's name, version, declared licence and licence files. */
export function readPackage(dir: string): BundledPackage {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    name: string;
    version: string;
    license?: string;
    author?: string | { name?: string };
    repository?: string | { url?: string };
  };
  const texts = existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => LICENCE_FILE.test(file))
        .sort()
        .map((file) => ({ file, text: readFileSync(join(dir, file), 'utf8').trim() }))
    : [];
  const author = typeof manifest.author === 'string' ? manifest.author : manifest.author?.name;
  const repository = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  return {
    name: manifest.name,
    version: manifest.version,
    license: manifest.license ?? '',
    texts,
    ...(author && { author }),
    ...(repository && { repository: repository.replace(/^git\+/, '') }),
  };
}

/**
 * The notices file: a list of the packages, then each package's licence
 * texts. Packages appear once per name and version, sorted, so the file
 * depends only on what was bundled.
 */
export function noticesText(packages: BundledPackage[], product: string): string {
  const unique = [...new Map(packages.map((pkg) => [`${pkg.name}@${pkg.version}`, pkg])).values()].sort((a, b) =>
    `${a.name}@${a.version}`.localeCompare(`${b.name}@${b.version}`),
  );
  // A package may ship no licence file (WXT's packages don't); its declared licence must then be there.
  const unknown = unique.filter((pkg) => pkg.texts.length === 0 && !pkg.license);
  if (unknown.length) {
    throw new Error(`No licence file or declared licence in bundled package(s): ${unknown.map((pkg) => pkg.name).join(', ')}`);
  }
  const rule = '='.repeat(72);
  const head = [
    `${product} includes the following third-party software.`,
    '',
    ...unique.map((pkg) => `  ${pkg.name} ${pkg.version} (${pkg.license})`),
  ];
  const bodies = unique.map((pkg) => {
    const texts = pkg.texts.length
      ? pkg.texts.flatMap(({ file, text }) => ['', `--- ${file} ---`, '', text])
      : [
          '',
          `The package ships no licence file; its package.json declares the licence ${pkg.license}` +
            (pkg.author ? `, author ${pkg.author}` : '') +
            '.',
          ...(pkg.repository ? [`Source and licence: ${pkg.repository}`] : []),
        ];
    return [rule, `${pkg.name} ${pkg.version} (${pkg.license})`, rule, ...texts].join('\n');
  });
  return `${[head.join('\n'), ...bodies].join('\n\n')}\n`;
}
