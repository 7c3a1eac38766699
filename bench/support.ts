/** What several benchmarks share: a real `jixiao serve` on a fresh embedded PostgreSQL with the demo. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../src/platform/db/embedded.ts';

export const BENCH_PASSWORD = 'Bench#Pass2026';

/** The load average, for the record: on a machine shared with other work every figure is lower. */
export const loadAverage = (): string =>
  `${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (${os.availableParallelism()} cores)`;

async function waitForHealth(base: string): Promise<void> {
  for (let i = 0; i < 240; i++) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('server did not start');
}

export type BenchServer = {
  base: string;
  /** The embedded PostgreSQL the server runs on (same server, same database). */
  databaseUrl: string;
  stop: () => Promise<void>;
};

export async function startServer(): Promise<BenchServer> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bench-'));
  const port = await freePort();
  const server = spawn(process.execPath, ['bin/jixiao.js', 'serve'], {
    env: {
      ...process.env,
      JIXIAO_DATA: folder,
      PORT: String(port),
      HOST: '127.0.0.1',
      JIXIAO_ADMIN_PASSWORD: BENCH_PASSWORD,
      JIXIAO_DEMO_PASSWORD: BENCH_PASSWORD,
    },
    stdio: process.env.BENCH_VERBOSE ? 'inherit' : 'ignore',
  });
  const stop = async () => {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    fs.rmSync(folder, { recursive: true, force: true });
  };
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(base);
    const pgPort = fs
      .readFileSync(path.join(folder, 'pg', 'postmaster.pid'), 'utf8')
      .split('\n')[3]!
      .trim();
    const password = fs.readFileSync(path.join(folder, 'pg-password'), 'utf8').trim();
    const databaseUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/jixiao`;
    return { base, databaseUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
