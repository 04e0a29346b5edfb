import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { EXTENSION_PAGES_CSP } from './utils/csp';

/** The sanitiser's chunk file name (a build name, not a string the browser shows). */
const SANITIZER_CHUNK = 'sanitize';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // No auto-imports: every module imports what it uses. They matched names, not scopes: a callback
  // parameter `t` in the engine got `import { t }` of the messages module (and locals `text`,
  // `count` an import of utils/validate), dragging the browser API into the injected script.
  // Only defineBackground / defineUnlistedScript were used unimported (docs/development.md).
  imports: false,
  // MV3 for Firefox too: one manifest, one code path (docs/development.md).
  manifestVersion: 3,
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // The extension pages' build: the sanitiser (DOMPurify and Lede's stages) gets a chunk of
    // its own, so the popup can load it beside the read of the tab (utils/sanitizer-loader.ts)
    // without small shared helpers being folded into it and pulling it back before the first paint.
    'vite:build:extendConfig': (entrypoints, config) => {
      // webextension-polyfill only where it is needed: the background's runtime.onMessage
      // listener answers with a promise, which Chromium's own API does not take. Extension pages
      // and the injected script use the browser's own promise-based API (Chromium MV3, Firefox's
      // `browser`), as wxt's storage already does: ≈ 3 kB gzip less to load and run per popup
      // and per click (docs/benchmarks.md).
      if (!entrypoints.some((entry) => entry.type === 'background')) {
        const alias = config.resolve?.alias;
        if (alias && !Array.isArray(alias)) {
          config.resolve = { ...config.resolve, alias: { ...alias, 'wxt/browser': '@wxt-dev/browser' } };
        }
      }
      if (!entrypoints.some((entry) => entry.name === 'popup')) return;
      const output = config.build?.rollupOptions?.output;
      if (!output || Array.isArray(output)) return;
      const sanitizer = /dompurify|utils[\\/]sanitize(?:-finish|-urls)?\.ts/;
      // The messages module (utils/i18n.ts) and the browser API it reads are used by the sanitiser
      // (media links' labels) and by every page: a group of their own, taken first, or the
      // sanitiser's group pulls them in and everything that shows a word imports DOMPurify with them.
      const shared = /utils[\\/](?:i18n|locale-format)\.ts|@wxt-dev[\\/]browser/;
      Object.assign(output, {
        codeSplitting: {
          groups: [
            { name: 'i18n', test: shared, priority: 2 },
            { name: SANITIZER_CHUNK, test: sanitizer, priority: 1 },
          ],
        },
      });
      // Nothing in them acts on load (DOMPurify makes its instance, the rest are constants and
      // functions): said so, the bundler need not import the chunk early just to keep the load order.
      config.build!.rollupOptions!.treeshake = { moduleSideEffects: (id: string) => !sanitizer.test(id) };
    },
  },
  manifest: ({ browser }) => ({
    // Names and descriptions the browser shows come from public/_locales (the __MSG_…__ references).
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    action: { default_title: 'Lede' },
    // Fewest permissions: the popup injects the extraction script into the
    // active tab on demand (activeTab + scripting); settings live in extension
    // storage. contextMenus: "Save page to Lede" and "Open Lede library"
    // (a menu click grants activeTab like the toolbar click). unlimitedStorage:
    // saved articles in IndexedDB are not capped or evicted under pressure.
    // No host permissions by default.
    permissions: ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage'],
    // Asked for only when the user turns on "Keep images for offline reading"
    // (library page), to fetch a saved article's pictures; removed when turned off.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSave__',
      },
      // Opens the popup as the toolbar button does (activeTab granted); users rebind it in
      // chrome://extensions/shortcuts or Firefox's add-on shortcut settings. Not Alt+Shift+R:
      // Chromium leaves that one unbound (it clashes with a browser shortcut); L for Lede.
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpen__',
      },
    },
    // WXT turns this into the MV2 string form for Firefox.
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    // storage.session (the popup → reader tab hand-off) arrived in Chrome 102; action.openPopup
    // for every extension (the background opens the popup at the click) in Chrome 127.
    ...(browser !== 'firefox' && { minimum_chrome_version: '127' }),
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
