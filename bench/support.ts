/** What several benchmarks share: a real `jixiao serve` on a fresh embedded PostgreSQL with the demo. */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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

/** Newest modification time under `dir` (the same test `bin/jixiao.js` makes). */
function newestMtime(dir: string): number {
  let newest = fs.statSync(dir).mtimeMs;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * Which code `jixiao serve` runs: the install-time build (dist/), as `npm start` does, or — when a source
 * file is newer than that build — the TypeScript sources through tsx (slower to start, about the same
 * once warm). Printed with the figures; `npm run build` first to measure the build.
 */
export function serverCode(): string {
  try {
    const info = JSON.parse(fs.readFileSync('dist/build-info.json', 'utf8')) as { newestSourceMs: number };
    if (process.env.JIXIAO_FROM_SOURCE !== '1' && newestMtime('src') <= info.newestSourceMs)
      return 'the build (dist/)';
  } catch {
    // no build
  }
  return 'the TypeScript sources (tsx; dist/ is missing or older than src/)';
}

export type BenchServer = {
  base: string;
  /** The server's process id (its CPU time is read from /proc). */
  pid: number;
  /** SQL statements the server has sent to PostgreSQL so far (bench/query-counter.mjs). */
  statements: () => Promise<number>;
  /** The embedded PostgreSQL the server runs on (same server, same database). */
  databaseUrl: string;
  stop: () => Promise<void>;
};

/**
 * CPU time (user + system, milliseconds) a process has used so far, from /proc (Linux); with
 * `withEnded`, also that of its children that have ended (cutime, cstime).
 */
export function processCpuMs(pid: number, withEnded = false): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name (which may hold spaces) — utime, stime, cutime and cstime are fields
  // 14 to 17.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticksPerSecond = 100; // USER_HZ on Linux
  const ended = withEnded ? Number(fields[13]) + Number(fields[14]) : 0;
  return ((Number(fields[11]) + Number(fields[12]) + ended) * 1000) / ticksPerSecond;
}

/**
 * CPU milliseconds of the PostgreSQL processes under `pid` (the embedded server's postmaster and its
 * backends, including backends that have ended: a connection the pool closed keeps counting) — only
 * ours: other PostgreSQL servers on the machine are not counted.
 */
export function postgresCpuMs(pid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // the process ended meanwhile
    }
  }
  let total = 0;
  const stack = [...(children.get(pid) ?? [])];
  while (stack.length > 0) {
    const child = stack.pop()!;
    stack.push(...(children.get(child) ?? []));
    try {
      if (fs.readFileSync(`/proc/${child}/comm`, 'utf8').trim() === 'postgres')
        total += processCpuMs(child, true);
    } catch {
      // the process ended meanwhile
    }
  }
  return total;
}

export async function startServer(options: { nodeArgs?: string[] } = {}): Promise<BenchServer> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bench-'));
  const port = await freePort();
  const countFile = path.join(folder, 'statements');
  const counter = path.join(path.dirname(fileURLToPath(import.meta.url)), 'query-counter.mjs');
  const server = spawn(
    process.execPath,
    [...(options.nodeArgs ?? []), '--import', counter, 'bin/jixiao.js', 'serve'],
    {
      env: {
        ...process.env,
        JIXIAO_BENCH_QUERY_COUNT_FILE: countFile,
        JIXIAO_DATA: folder,
        PORT: String(port),
        HOST: '127.0.0.1',
        JIXIAO_ADMIN_PASSWORD: BENCH_PASSWORD,
        JIXIAO_DEMO_PASSWORD: BENCH_PASSWORD,
      },
      stdio: process.env.BENCH_VERBOSE ? 'inherit' : 'ignore',
    },
  );
  const statements = async (): Promise<number> => {
    fs.rmSync(countFile, { force: true });
    server.kill('SIGUSR2');
    for (let i = 0; i < 200 && !fs.existsSync(countFile); i++) await new Promise((r) => setTimeout(r, 10));
    return Number(fs.readFileSync(countFile, 'utf8'));
  };
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
    // Through the Unix socket where the server has one, as the server itself connects (embedded.ts): the
    // ceiling and the API pay the same transport.
    const socket = process.platform === 'win32' ? '' : '?host=/tmp';
    const databaseUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${pgPort}/jixiao${socket}`;
    return { base, pid: server.pid!, statements, databaseUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
