import { existsSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/** Debian's browsers, which `npm run dev` opens when they are installed. */
const DEBIAN_BROWSERS = { chrome: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' };

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  webExt: {
    // Without a display there is no browser to open: the dev server still rebuilds and reloads.
    disabled: !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY,
    binaries: Object.fromEntries(Object.entries(DEBIAN_BROWSERS).filter(([, path]) => existsSync(path))),
    // Chromium refuses to start as root with its sandbox on.
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
  manifest: ({ browser }) => ({
    name: 'Crosslight',
    description:
      'See what your other saved sources say about the claims in the article you read. Everything stays on your machine.',
    // storage: settings shared by every context; unlimitedStorage: keeps the article store in
    // IndexedDB from being evicted when the disk fills up. Page access comes from the content
    // script's match patterns (http and https pages) alone.
    // offscreen (Chrome): a page of the extension's own whose DOM parser reads articles, several
    // times faster than a DOM in JavaScript; Chrome's service worker has none.
    permissions: ['storage', 'unlimitedStorage', ...(browser === 'firefox' ? [] : ['offscreen'])],
    // The store manager (entrypoints/manager) is the options page, opened in a full tab.
    options_ui: { page: 'manager.html', open_in_tab: true },
    // Hides or shows highlights on the current site (lib/background/highlight-shortcut.ts).
    commands: {
      'toggle-highlights': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Hide or show highlights on this site',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'crosslight@crosslight.dev',
              // CSS Custom Highlight API and data_collection_permissions both arrived in Firefox 140.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
