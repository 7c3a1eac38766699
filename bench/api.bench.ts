/**
 * API throughput on loopback: an authenticated read (GET /api/orgs) and a write (POST /api/orgs, each
 * request a new organisation, audited in the same transaction). The server runs as its own process
 * (`jixiao serve` on the embedded PostgreSQL), so the load generator does not share its event loop.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { freePort } from '../src/platform/db/embedded.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const PASSWORD = 'Bench#Pass2026';

function report(title: string, r: autocannon.Result): void {
  console.log(
    `${title}: ${r.requests.average.toFixed(0)} req/s, latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ` +
      `${r.requests.total} requests, ${r.non2xx} non-2xx, ${r.errors} errors (${SECONDS} s, ${r.connections} connections)`,
  );
}

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

export default async function bench(): Promise<void> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'jixiao-bench-'));
  const port = await freePort();
  const server = spawn(process.execPath, ['bin/jixiao.js', 'serve'], {
    env: {
      ...process.env,
      JIXIAO_DATA: folder,
      PORT: String(port),
      HOST: '127.0.0.1',
      JIXIAO_ADMIN_PASSWORD: PASSWORD,
      JIXIAO_DEMO_PASSWORD: PASSWORD,
    },
    stdio: process.env.BENCH_VERBOSE ? 'inherit' : 'ignore',
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitForHealth(base);
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken, user } = (await login.json()) as { csrfToken: string; user: { orgId: string } };
    const read = await autocannon({
      url: `${base}/api/orgs`,
      connections: 10,
      duration: SECONDS,
      headers: { cookie },
    });
    report('authenticated read  GET /api/orgs', read);
    let n = 0;
    const write = await autocannon({
      url: `${base}/api/orgs`,
      connections: 10,
      duration: SECONDS,
      requests: [
        {
          method: 'POST',
          headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
          setupRequest: (req) => ({
            ...req,
            body: JSON.stringify({
              parentId: user.orgId,
              code: `BENCH-${n++}`,
              name: `压测单位${n}`,
              kind: 'unit',
            }),
          }),
        },
      ],
    });
    report('audited write       POST /api/orgs', write);
  } finally {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
