// Starts the real Jixiao server (`node bin/jixiao.js serve`) as a child process on a free port with a
// fresh data folder, waits for /api/health, and stops it (and its embedded PostgreSQL) afterwards.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(fileURLToPath(new URL('../..', import.meta.url)));

export const ADMIN_PASSWORD = 'Admin#Pass2026';
export const DEMO_PASSWORD = 'Demo#Pass2026';

export type RunningServer = {
  baseUrl: string;
  port: number;
  dataDir: string;
  /** Everything the server printed so far, for failure messages. */
  output: () => string;
  stop: () => Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      srv.close(() => resolvePort(port));
    });
  });
}

function newestMtime(path: string): number {
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = st.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Builds web/dist when it is missing or older than the UI sources, so the browser never sees a stale UI. */
export function ensureWebBuilt(): void {
  const index = join(repoRoot, 'web', 'dist', 'index.html');
  const sources = [
    join(repoRoot, 'web', 'src'),
    join(repoRoot, 'web', 'index.html'),
    join(repoRoot, 'web', 'vite.config.ts'),
  ];
  if (existsSync(index)) {
    const built = statSync(index).mtimeMs;
    if (sources.every((s) => !existsSync(s) || newestMtime(s) <= built)) return;
  }
  const vite = join(repoRoot, 'node_modules', 'vite', 'bin', 'vite.js');
  const result = spawnSync(
    process.execPath,
    [vite, 'build', '--config', 'web/vite.config.ts', '--logLevel', 'warn'],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      timeout: 180_000,
    },
  );
  if (result.status !== 0) {
    throw new Error(`web build failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
}

async function waitForHealth(
  baseUrl: string,
  child: ChildProcess,
  output: () => string,
  timeoutMs: number,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError = '';
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(
        `server exited (${child.exitCode ?? child.signalCode}) before it was healthy:\n${output()}`,
      );
    }
    try {
      const res = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) {
        const body = (await res.json()) as { status?: string };
        if (body.status === 'ok') return;
        lastError = `health said ${JSON.stringify(body)}`;
      } else lastError = `health returned HTTP ${res.status}`;
    } catch (err) {
      lastError = err instanceof Error ? err.message : String(err);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`server not healthy after ${timeoutMs} ms (${lastError}):\n${output()}`);
}

function exited(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((done) => {
    const timer = setTimeout(() => done(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });
}

type StartOptions = { env?: Record<string, string>; timeoutMs?: number };

/**
 * The free port is found before the server takes it, so another suite's server or embedded PostgreSQL
 * may take it first; the server then exits saying so, and is started again on another port.
 */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startServerOnce(options);
    } catch (error) {
      const portTaken = error instanceof Error && error.message.includes('已被其他程序占用');
      if (!portTaken || attempt === 3) throw error;
    }
  }
}

async function startServerOnce(options: StartOptions): Promise<RunningServer> {
  ensureWebBuilt();
  const port = await freePort();
  // mkdtemp makes a 0700 folder; run as root, the embedded PostgreSQL's own unprivileged user must be able
  // to reach its data folder, so the server gets a fresh sub-folder of a traversable temp folder.
  const tempDir = mkdtempSync(join(tmpdir(), 'jixiao-e2e-'));
  chmodSync(tempDir, 0o755);
  const dataDir = join(tempDir, 'data');
  const baseUrl = `http://127.0.0.1:${port}`;
  let log = '';
  const child = spawn(process.execPath, [join(repoRoot, 'bin', 'jixiao.js'), 'serve'], {
    cwd: repoRoot,
    env: {
      ...process.env,
      PORT: String(port),
      JIXIAO_DATA: dataDir,
      JIXIAO_ADMIN_PASSWORD: ADMIN_PASSWORD,
      JIXIAO_DEMO_PASSWORD: DEMO_PASSWORD,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so the embedded PostgreSQL can be stopped with it if the server hangs.
    detached: true,
  });
  const append = (chunk: Buffer) => {
    log += chunk.toString('utf8');
    if (log.length > 200_000) log = log.slice(-100_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  const output = () => log;

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      if (!(await exited(child, 20_000)) && child.pid) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // already gone
        }
        await exited(child, 5_000);
      }
    }
    rmSync(tempDir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(baseUrl, child, output, options.timeoutMs ?? 120_000);
  } catch (err) {
    await stop();
    throw err;
  }
  return { baseUrl, port, dataDir, output, stop };
}
