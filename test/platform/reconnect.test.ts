/**
 * A dropped database connection (PostgreSQL restarted, a failover, a terminated backend) never ends
 * the process: the request in flight fails with 503 and a Chinese message, the pool reconnects, and the
 * next request succeeds.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/app.ts';

let t: TestApp;
let control: pg.Client;
beforeAll(async () => {
  t = await createTestApp();
  control = new pg.Client({ connectionString: t.database.url });
  await control.connect();
});
afterAll(async () => {
  await control.end();
  await t.close();
});

/** Terminates every other connection to the test database (what a restart or failover does to them). */
async function terminateBackends(where = 'TRUE'): Promise<number> {
  const res = await control.query(
    `SELECT count(pg_terminate_backend(pid))::int AS n FROM pg_stat_activity
      WHERE datname = current_database() AND pid <> pg_backend_pid() AND ${where}`,
  );
  return res.rows[0].n as number;
}

async function until(check: () => Promise<boolean>, timeoutMs = 10000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a dropped database connection', () => {
  it('fails the request in flight with 503 and a Chinese message; the next request succeeds', async () => {
    const admin = await t.login('admin');
    const parentId = await t.orgId('SC-SWT');
    // Hold the request in flight: it waits on a lock the test holds, inside its own transaction.
    await control.query('BEGIN');
    await control.query('LOCK TABLE organisations IN ACCESS EXCLUSIVE MODE');
    const inFlight = admin.request('POST', '/api/orgs', {
      parentId,
      code: 'RECONNECT-1',
      name: '断线测试',
      kind: 'unit',
    });
    await until(async () => {
      const res = await control.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity
          WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()`,
      );
      return res.rows[0].n > 0;
    });
    expect(await terminateBackends(`wait_event_type = 'Lock'`)).toBeGreaterThan(0);
    await control.query('ROLLBACK');

    const failed = await inFlight;
    expect(failed.statusCode).toBe(503);
    expect(failed.json().error.code).toBe('UNAVAILABLE');
    expect(failed.json().error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(failed.body).not.toContain('terminating connection');

    const next = await admin.request('POST', '/api/orgs', {
      parentId,
      code: 'RECONNECT-1',
      name: '断线测试',
      kind: 'unit',
    });
    expect(next.statusCode).toBe(201);
  });

  it('survives every pooled connection being cut while idle, and while checked out between queries', async () => {
    const admin = await t.login('admin');
    expect((await admin.request('GET', '/api/orgs')).statusCode).toBe(200);
    // Idle connections cut: the pool drops them and opens new ones.
    expect(await terminateBackends()).toBeGreaterThan(0);
    await until(async () => (await admin.request('GET', '/api/auth/me')).statusCode === 200);

    // A connection checked out and idle inside a transaction when it is cut: without an error
    // listener on the client this was an uncaught exception that ended the process.
    const client = await t.database.pool.connect();
    await client.query('BEGIN');
    const pid = (await client.query('SELECT pg_backend_pid() AS pid')).rows[0].pid as number;
    await control.query('SELECT pg_terminate_backend($1)', [pid]);
    await new Promise((resolve) => setTimeout(resolve, 200)); // the error event arrives, and is handled
    await expect(client.query('SELECT 1')).rejects.toThrow();
    client.release(true);
    expect((await admin.request('GET', '/api/orgs')).statusCode).toBe(200);
  });
});
