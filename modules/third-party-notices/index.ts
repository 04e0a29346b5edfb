import { defineWxtModule } from 'wxt/modules';
import type { Plugin } from 'vite';
import { noticesText, packageDirs, readPackage } from './notices';

/** The file name in the build (and so in the store zips). */
export const NOTICES_FILE = 'THIRD_PARTY_NOTICES.txt';

/**
 * Writes THIRD_PARTY_NOTICES.txt into every build: the licences of exactly
 * the packages whose code the bundles contain, read from the bundles' module
 * lists, so a new dependency is credited the day it ships.
 */
export default defineWxtModule((wxt) => {
  const moduleIds = new Set<string>();
  const collector: Plugin = {
    name: 'lede:third-party-notices',
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type === 'chunk') for (const id of output.moduleIds) moduleIds.add(id);
      }
    },
  };
  wxt.hook('build:before', () => moduleIds.clear());
  wxt.hook('vite:build:extendConfig', (_entrypoints, config) => {
    config.plugins = [...(config.plugins ?? []), collector];
  });
  // Public assets are copied after every entrypoint is built: the list is complete here.
  wxt.hook('build:publicAssets', (_wxt, files) => {
    const packages = packageDirs(moduleIds).map(readPackage);
    files.push({ relativeDest: NOTICES_FILE, contents: noticesText(packages, 'Lede') });
  });
});
