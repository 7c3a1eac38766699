import os from 'node:os';
import { defineConfig } from 'vitest/config';

// Three projects: pure unit tests (no database, start in milliseconds), database tests (one real
// PostgreSQL per run, a template database cloned per file) and the web app's component tests (jsdom).
// Unit and database tests share their workers' module cache (isolate: false): importing the server, the
// document and the checker modules afresh for every file was most of their time (database tests: imports
// 223 s of 316 s on 2 cores, 16 s of 137 s shared). Each database test file builds its own app on its own
// database clone, so no state lives in a module between files; they pass in any file order
// (--sequence.shuffle.files). The web tests keep one fresh module graph per file (the DOM, query caches).
// One worker per core (Vitest's default leaves one core free): database tests spend much of their time
// waiting on PostgreSQL, so on a 2-core machine a second worker cuts the suite's time by about a third.
export default defineConfig({
  test: {
    testTimeout: 30000,
    hookTimeout: 60000,
    pool: 'forks',
    maxWorkers: os.availableParallelism(),
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'bin/**/*.test.ts'], isolate: false },
      },
      {
        extends: true,
        test: {
          name: 'db',
          include: ['test/**/*.test.ts'],
          globalSetup: ['test/global-setup.ts'],
          isolate: false,
        },
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
