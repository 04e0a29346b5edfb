import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { EXTENSION_PAGES_CSP } from './utils/csp';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // MV3 for Firefox too: one manifest, one code path (docs/development.md).
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Lede',
    description:
      'Read the story, not the page: strips galleries, ads, signup boxes and related links; keeps the captions aside.',
    // Fewest permissions: the popup injects the extraction script into the
    // active tab on demand (activeTab + scripting); settings and saved
    // articles live in extension storage. No host permissions.
    permissions: ['activeTab', 'scripting', 'storage'],
    // WXT turns this into the MV2 string form for Firefox.
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'lede@lede-reader.org',
          // 140 (ESR): the first Firefox that reads data_collection_permissions;
          // it also has everything else Lede uses (MV3 scripting, storage.session).
          strict_min_version: '140.0',
          // Lede sends nothing anywhere: articles and settings stay on the machine.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
