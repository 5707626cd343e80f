import { defineConfig } from 'vitest/config';

// Real browsers against the built extension (`.output/`): one file at a time in a single fork,
// because each file starts a whole browser and this project's CI machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
  },
});
