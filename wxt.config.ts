import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Crosslight',
    description: 'See what your other saved sources say about the claims in the article you read. Everything stays on your machine.',
    permissions: ['storage', 'unlimitedStorage'],
    // The store manager (entrypoints/manager) is the options page, opened in a full tab.
    options_ui: { page: 'manager.html', open_in_tab: true },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'crosslight@crosslight.dev', strict_min_version: '128.0' } } }
      : {}),
  }),
});
