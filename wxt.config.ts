import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: 'Lede',
    description:
      'Read the story, not the page: strips galleries, ads, signup boxes and related links; keeps the captions aside.',
    // Fewest permissions: the popup injects the extraction script into the
    // active tab on demand (activeTab + scripting); settings live in extension
    // storage. contextMenus: "Save page to Lede" and "Open Lede library"
    // (a menu click grants activeTab like the toolbar click). unlimitedStorage:
    // saved articles in IndexedDB are not capped or evicted under pressure.
    // No host permissions.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage'],
    commands: {
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save page to Lede',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: 'lede@lede-reader.invalid',
          // Lede sends nothing anywhere: articles and settings stay on the machine.
          data_collection_permissions: { required: ['none'] },
        },
      },
    }),
  }),
});
