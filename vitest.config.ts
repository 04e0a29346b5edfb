import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  test: {
    projects: [
      {
        // Engine, store, settings and components: Node with a DOM.
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup/i18n.ts'],
          environment: 'happy-dom',
          environmentOptions: {
            // Fixture pages link stylesheets and scripts that are not there: don't fetch them.
            happyDOM: {
              settings: {
                disableCSSFileLoading: true,
                disableJavaScriptFileLoading: true,
                disableIframePageLoading: true,
                handleDisabledFileLoadingAsSuccess: true,
              },
            },
          },
        },
      },
      {
        // The engine over Readability's whole test-page corpus beside the clone (`npm run eval`, not `npm test`).
        plugins: [WxtVitest()],
        test: {
          name: 'corpus',
          include: ['tests/corpus/**/*.test.ts'],
          environment: 'node',
          testTimeout: 600_000,
          hookTimeout: 600_000,
        },
      },
      {
        // Real Chromium with the built extension (`wxt build` runs first).
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // Node-side code that builds export files calls t(): English messages, as in an English browser.
          setupFiles: ['tests/setup/i18n-node.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
      {
        // Real Firefox ESR over Marionette with the Firefox build (`wxt build -b firefox` runs first).
        test: {
          name: 'firefox',
          include: ['tests/firefox/**/*.test.ts'],
          environment: 'node',
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
      {
        // The store zips: contents, and byte-identical rebuilds (runs `wxt zip` itself).
        test: {
          name: 'packages',
          include: ['tests/packages/**/*.test.ts'],
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
