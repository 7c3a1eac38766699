import { defineConfig } from 'vitest/config';

// Three projects: pure unit tests (no database, start in milliseconds), database tests (one real
// PostgreSQL per run, a template database cloned per file) and the web app's component tests (jsdom).
export default defineConfig({
  test: {
    testTimeout: 30000,
    hookTimeout: 60000,
    pool: 'forks',
    projects: [
      { extends: true, test: { name: 'unit', include: ['src/**/*.test.ts', 'bin/**/*.test.ts'] } },
      {
        extends: true,
        test: { name: 'db', include: ['test/**/*.test.ts'], globalSetup: ['test/global-setup.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'web',
          include: ['web/src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
        },
      },
    ],
  },
});
