import { defineConfig } from 'vitest/config';

// Browser tests: Debian's Chromium driven by playwright-core against a real server.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 120000,
    hookTimeout: 180000,
    pool: 'forks',
    fileParallelism: false,
  },
});
