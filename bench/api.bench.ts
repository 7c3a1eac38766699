/**
 * API throughput on loopback: an authenticated read (GET /api/orgs) and a write (POST /api/orgs, each
 * request a new organisation, audited in the same transaction). The server runs as its own process
 * (`jixiao serve` on the embedded PostgreSQL), so the load generator does not share its event loop.
 *
 * In the same run, against the same PostgreSQL server, the machine's ceiling for that write: a
 * transaction inserting a row and appending a hash-chained audit row under one advisory lock, from the
 * same number of connections, with nothing of Jixiao in between. The ratio API ÷ ceiling says how much of
 * the database's own rate the application keeps (target ≥ 0.5, API p99 < 50 ms). The load average is
 * printed too: on a machine shared with other work every figure here is lower than on a quiet one.
 */
import { createHash } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { BENCH_PASSWORD, loadAverage, startServer } from './support.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = 10;

type Ceiling = { perSecond: number; p50: number; p99: number; count: number };

/**
 * The database's own rate for an audited write: BEGIN; take the chain's lock; read the last hash;
 * insert the row; insert the audit row chained to it; COMMIT — from CONNECTIONS clients for SECONDS.
 */
async function postgresCeiling(connectionString: string): Promise<Ceiling> {
  const pool = new pg.Pool({ connectionString, max: CONNECTIONS });
  const ddl = `CREATE TABLE bench_rows (id bigserial PRIMARY KEY, code text NOT NULL UNIQUE, name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now());
    CREATE TABLE bench_audit (seq bigserial PRIMARY KEY, entity_id bigint NOT NULL, after jsonb NOT NULL,
      prev_hash text NOT NULL, hash text NOT NULL, at timestamptz NOT NULL DEFAULT now())`;
  await pool.query('DROP TABLE IF EXISTS bench_rows, bench_audit');
  await pool.query(ddl);
  const latencies: number[] = [];
  let n = 0;
  const until = performance.now() + SECONDS * 1000;
  try {
    await Promise.all(
      Array.from({ length: CONNECTIONS }, async () => {
        const client = await pool.connect();
        try {
          while (performance.now() < until) {
            const started = performance.now();
            const code = `CEIL-${n++}`;
            await client.query('BEGIN');
            await client.query('SELECT pg_advisory_xact_lock(424242)');
            const last = await client.query<{ hash: string }>(
              'SELECT hash FROM bench_audit ORDER BY seq DESC LIMIT 1',
            );
            const prev = last.rows[0]?.hash ?? '0'.repeat(64);
            const row = await client.query<{ id: string }>(
              'INSERT INTO bench_rows (code, name) VALUES ($1, $2) RETURNING id',
              [code, `压测单位${n}`],
            );
            const after = JSON.stringify({ code, name: `压测单位${n}` });
            const hash = createHash('sha256').update(prev).update(after).digest('hex');
            await client.query(
              'INSERT INTO bench_audit (entity_id, after, prev_hash, hash) VALUES ($1, $2, $3, $4)',
              [row.rows[0]!.id, after, prev, hash],
            );
            await client.query('COMMIT');
            latencies.push(performance.now() - started);
          }
        } finally {
          client.release();
        }
      }),
    );
  } finally {
    await pool.query('DROP TABLE IF EXISTS bench_rows, bench_audit');
    await pool.end();
  }
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? 0;
  return { perSecond: latencies.length / SECONDS, p50: at(0.5), p99: at(0.99), count: latencies.length };
}

function report(title: string, r: autocannon.Result): void {
  console.log(
    `${title}: ${r.requests.average.toFixed(0)} req/s, latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ` +
      `${r.requests.total} requests, ${r.non2xx} non-2xx, ${r.errors} errors (${SECONDS} s, ${r.connections} connections)`,
  );
}

export default async function bench(): Promise<void> {
  console.log(`load average before: ${loadAverage()}`);
  const server = await startServer();
  try {
    const { base } = server;
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: BENCH_PASSWORD }),
    });
    const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken, user } = (await login.json()) as { csrfToken: string; user: { orgId: string } };
    const ceiling = await postgresCeiling(server.databaseUrl);
    console.log(
      `PostgreSQL ceiling  insert + chained audit row under one lock: ${ceiling.perSecond.toFixed(0)} tx/s, ` +
        `p50 ${ceiling.p50.toFixed(1)} ms, p99 ${ceiling.p99.toFixed(1)} ms, ${ceiling.count} transactions ` +
        `(${SECONDS} s, ${CONNECTIONS} connections)`,
    );
    const read = await autocannon({
      url: `${base}/api/orgs`,
      connections: CONNECTIONS,
      duration: SECONDS,
      headers: { cookie },
    });
    report('authenticated read  GET /api/orgs', read);
    console.log(
      `  reads: ${read.requests.average.toFixed(0)} req/s; target ≥ 2,000 ${read.requests.average >= 2000 ? 'met' : 'MISSED'}`,
    );
    let n = 0;
    const write = await autocannon({
      url: `${base}/api/orgs`,
      connections: CONNECTIONS,
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
    const ratio = write.requests.average / Math.max(ceiling.perSecond, 1);
    console.log(
      `  audited write ÷ PostgreSQL ceiling = ${write.requests.average.toFixed(0)} ÷ ${ceiling.perSecond.toFixed(0)} = ${ratio.toFixed(2)}; ` +
        `target ≥ 0.5 ${ratio >= 0.5 ? 'met' : 'MISSED'}; p99 ${write.latency.p99} ms, target < 50 ms ${write.latency.p99 < 50 ? 'met' : 'MISSED'}`,
    );
    console.log(`load average after: ${loadAverage()}`);
  } finally {
    await server.stop();
  }
}
