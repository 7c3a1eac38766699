/**
 * The real server as the README starts it (`npm start`, embedded PostgreSQL in a data folder), killed
 * under a stream of audited writes:
 *   1. `kill -9` of the node process, its PostgreSQL left running (orphaned): `npm start` again works
 *      without manual cleanup, every acknowledged write is there;
 *   2. `kill -9` of the node process and of the postmaster: the same;
 *   3. SIGTERM with a request in flight: the request is answered, then the process exits 0;
 *   4. `jixiao audit verify` passes on what is left.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, isOurPostmaster } from '../../src/platform/db/embedded.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ADMIN_PASSWORD = 'Crash#Test2026';
const START_TIMEOUT_MS = 240_000;

let dataDir: string;
let port: number;
let server: { child: ChildProcess; output: () => string } | null = null;
const acknowledged: string[] = [];

const env = () => ({
  ...process.env,
  PORT: String(port),
  HOST: '127.0.0.1',
  JIXIAO_DATA: dataDir,
  JIXIAO_DEMO: 'false',
  JIXIAO_ADMIN_PASSWORD: ADMIN_PASSWORD,
  DATABASE_URL: '',
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function waitFor(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function healthy(): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/api/health`)).ok;
  } catch {
    return false;
  }
}

/** `npm start`, exactly the README's command, until /api/health answers. */
async function npmStart() {
  let output = '';
  const child = spawn('npm', ['start'], { cwd: ROOT, env: env(), stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  await waitFor(
    async () => {
      if (child.exitCode !== null) throw new Error(`npm start exited ${child.exitCode}:\n${output}`);
      return healthy();
    },
    START_TIMEOUT_MS,
    'the server to answer /api/health',
  );
  server = { child, output: () => output };
  return server;
}

/** The node process serving (npm start's child), as it records itself in the data folder. */
const nodePid = () => JSON.parse(fs.readFileSync(path.join(dataDir, 'server.json'), 'utf8')).pid as number;
const postmasterPid = () =>
  Number(fs.readFileSync(path.join(dataDir, 'pg', 'postmaster.pid'), 'utf8').split('\n')[0]);

async function signIn() {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  });
  expect(res.status).toBe(200);
  const cookie = res.headers.getSetCookie()[0]!.split(';')[0]!;
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  const call = (method: string, url: string, body?: unknown) =>
    fetch(`http://127.0.0.1:${port}${url}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  return call;
}

/**
 * Two writers creating organisations (each an audited transaction) until `kill` has run and the
 * server stops answering; at most `limit` writes. A write counts once its 201 has arrived.
 */
async function writeUntilKilled(tag: string, kill: () => void, limit = 300) {
  const call = await signIn();
  const { items: orgs } = (await (await call('GET', '/api/orgs')).json()) as {
    items: { id: string; kind: string }[];
  };
  const rootId = orgs.find((o) => o.kind === 'finance')!.id;
  let next = 0;
  let killed = false;
  const before = acknowledged.length;
  const writer = async () => {
    while (next < limit) {
      const code = `${tag}-${next++}`;
      try {
        const res = await call('POST', '/api/orgs', {
          parentId: rootId,
          code,
          name: `崩溃测试${code}`,
          kind: 'unit',
        });
        if (res.status === 201) acknowledged.push(code);
        else if (!killed) throw new Error(`unexpected ${res.status}: ${await res.text()}`);
      } catch (error) {
        if (killed) return; // the server is gone: this write was never acknowledged
        throw error;
      }
      if (!killed && acknowledged.length - before >= 15) {
        killed = true;
        kill();
      }
    }
  };
  await Promise.all([writer(), writer()]);
  expect(killed).toBe(true);
  expect(acknowledged.length - before).toBeGreaterThanOrEqual(15);
}

async function expectAllAcknowledgedPresent() {
  const call = await signIn();
  const codes = new Set(
    ((await (await call('GET', '/api/orgs')).json()) as { items: { code: string }[] }).items.map(
      (o) => o.code,
    ),
  );
  const missing = acknowledged.filter((c) => !codes.has(c));
  expect(missing).toEqual([]);
}

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-crash-'));
  port = await freePort();
}, 30_000);

afterAll(async () => {
  // Whatever a failed step left running: only processes of this test's data folder.
  try {
    if (alive(nodePid())) process.kill(nodePid(), 'SIGKILL');
  } catch {
    // no server.json
  }
  try {
    const pm = postmasterPid();
    if (alive(pm) && isOurPostmaster(pm, path.join(dataDir, 'pg'))) process.kill(pm, 'SIGINT');
    await waitFor(() => !alive(pm), 30_000, 'the postmaster to stop');
  } catch {
    // none left
  }
  fs.rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe('crash recovery', { timeout: 600_000 }, () => {
  it('starts again after kill -9 of the node process with its PostgreSQL left running; no write acknowledged is lost', async () => {
    await npmStart();
    const node = nodePid();
    const postmaster = postmasterPid();
    await writeUntilKilled('ORPHAN', () => process.kill(node, 'SIGKILL'));
    await waitFor(() => !alive(node), 10_000, 'the node process to die');
    expect(alive(postmaster)).toBe(true); // orphaned, still holding the data folder

    const restarted = await npmStart();
    expect(alive(postmaster)).toBe(false); // recognised as ours and stopped
    expect(restarted.output()).toContain('遗留的内置 PostgreSQL');
    await expectAllAcknowledgedPresent();
  });

  it('starts again after kill -9 of both the node process and the postmaster; no write acknowledged is lost', async () => {
    const node = nodePid();
    const postmaster = postmasterPid();
    await writeUntilKilled('BOTH', () => {
      process.kill(node, 'SIGKILL');
      process.kill(postmaster, 'SIGKILL');
    });
    await waitFor(() => !alive(node) && !alive(postmaster), 10_000, 'both processes to die');
    await npmStart();
    await expectAllAcknowledgedPresent();
  });

  it('on SIGTERM answers the request in flight, then stops PostgreSQL and exits 0', async () => {
    const node = nodePid();
    const postmaster = postmasterPid();
    const body = JSON.stringify({ username: 'admin', password: 'Wrong#Password1' });
    const answered = new Promise<number>((resolve, reject) => {
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/api/auth/login',
          headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode!));
        },
      );
      req.on('error', reject);
      // Half the body now; SIGTERM while the server waits for the rest; then the rest.
      req.write(body.slice(0, 10));
      setTimeout(() => process.kill(node, 'SIGTERM'), 500);
      setTimeout(() => req.end(body.slice(10)), 1500);
    });
    expect(await answered).toBe(401);
    await waitFor(() => server!.child.exitCode !== null, 60_000, 'npm start to exit');
    expect(server!.child.exitCode).toBe(0);
    expect(alive(postmaster)).toBe(false);
    expect(await healthy()).toBe(false);
  });

  it('leaves an audit chain that verifies', async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      [path.join(ROOT, 'bin/jixiao.js'), 'audit', 'verify'],
      {
        env: env(),
        timeout: 180_000,
      },
    );
    expect(stdout).toContain('哈希链校验通过');
  });
});
