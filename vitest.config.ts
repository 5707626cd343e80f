import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// WxtVitest resolves WXT's virtual modules and replaces `browser` with an in-memory fake
// (wxt/testing/fake-browser), so extension code runs under Node without a browser.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'lib/**/*.test.ts'],
    environment: 'node',
  },
});
