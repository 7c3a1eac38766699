/**
 * API throughput on loopback: an authenticated read (GET /api/orgs) and a write (POST /api/orgs, each
 * request a new organisation, audited in the same transaction). The server runs as its own process
 * (`jixiao serve` on the embedded PostgreSQL), so the load generator does not share its event loop.
 *
 * In the same run, against the same PostgreSQL server, the machine's ceiling for that write: a
 * transaction inserting a row and appending a hash-chained audit row under one advisory lock, from the
 * same number of connections, with nothing of Jixiao in between. The ratio API ÷ ceiling says how much of
 * the database's own rate the application keeps (target ≥ 0.5, API p99 < 50 ms). The load average is
 * printed too: on a machine shared with other work every figure here is lower than on a quiet one — so
 * each case also prints what one request costs (server and PostgreSQL CPU, SQL statements), which the
 * machine's other work changes far less (docs/operations.md, "Where the API's time goes"). Every case is
 * measured after an unmeasured warm-up of WARM_UP_SECONDS (the write's warm-up adds organisations too).
 */
import { createHash } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import {
  BENCH_PASSWORD,
  loadAverage,
  postgresCpuMs,
  processCpuMs,
  serverCode,
  startServer,
  type BenchServer,
} from './support.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
/**
 * Each case first runs this long unmeasured: a server that has been up a while has compiled its hot
 * paths (V8's optimising compiler) and opened its connections; a cold process spends most of its first
 * seconds of writes compiling, which measured up to three times the CPU per write of a warm one.
 */
const WARM_UP_SECONDS = Number(process.env.BENCH_WARM_UP_SECONDS ?? 2);
const CONNECTIONS = 10;

type Ceiling = { perSecond: number; p50: number; p99: number; count: number; postgresCpuMs: number };

/**
 * The database's own rate for an audited write: BEGIN; take the chain's lock; read the last hash;
 * insert the row; insert the audit row chained to it; COMMIT — from CONNECTIONS clients for SECONDS.
 */
async function postgresCeiling(connectionString: string, serverPid: number): Promise<Ceiling> {
  const pool = new pg.Pool({ connectionString, max: CONNECTIONS });
  const ddl = `CREATE TABLE bench_rows (id bigserial PRIMARY KEY, code text NOT NULL UNIQUE, name text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now());
    CREATE TABLE bench_audit (seq bigserial PRIMARY KEY, entity_id bigint NOT NULL, after jsonb NOT NULL,
      prev_hash text NOT NULL, hash text NOT NULL, at timestamptz NOT NULL DEFAULT now())`;
  await pool.query('DROP TABLE IF EXISTS bench_rows, bench_audit');
  await pool.query(ddl);
  let n = 0;
  const run = async (seconds: number): Promise<number[]> => {
    const latencies: number[] = [];
    const until = performance.now() + seconds * 1000;
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
    return latencies;
  };
  let latencies: number[] = [];
  let cpu: number;
  try {
    await run(WARM_UP_SECONDS);
    const cpu0 = postgresCpuMs(serverPid);
    try {
      latencies = await run(SECONDS);
    } finally {
      cpu = (postgresCpuMs(serverPid) - cpu0) / Math.max(latencies.length, 1);
    }
  } finally {
    await pool.query('DROP TABLE IF EXISTS bench_rows, bench_audit');
    await pool.end();
  }
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * q))] ?? 0;
  return {
    perSecond: latencies.length / SECONDS,
    p50: at(0.5),
    p99: at(0.99),
    count: latencies.length,
    postgresCpuMs: cpu,
  };
}

/**
 * What one request costs, independent of what else the machine is doing: CPU milliseconds of the server
 * process and of its PostgreSQL per request, and SQL statements per request (BEGIN/COMMIT included).
 */
type Cost = { serverCpuMs: number; postgresCpuMs: number; statements: number };

async function costOf(server: BenchServer, run: () => Promise<number>): Promise<Cost> {
  const cpu0 = processCpuMs(server.pid);
  const pg0 = postgresCpuMs(server.pid);
  const st0 = await server.statements();
  const requests = await run();
  const st1 = await server.statements();
  const n = Math.max(requests, 1);
  return {
    serverCpuMs: (processCpuMs(server.pid) - cpu0) / n,
    postgresCpuMs: (postgresCpuMs(server.pid) - pg0) / n,
    statements: (st1 - st0) / n,
  };
}

function printCeiling(when: string, ceiling: Ceiling): void {
  console.log(
    `PostgreSQL ceiling (${when}) insert + chained audit row under one lock: ${ceiling.perSecond.toFixed(0)} tx/s, ` +
      `p50 ${ceiling.p50.toFixed(1)} ms, p99 ${ceiling.p99.toFixed(1)} ms, ${ceiling.count} transactions ` +
      `(${SECONDS} s, ${CONNECTIONS} connections); PostgreSQL CPU ${ceiling.postgresCpuMs.toFixed(2)} ms per transaction`,
  );
}

function report(title: string, r: autocannon.Result, cost: Cost): void {
  console.log(
    `${title}: ${r.requests.average.toFixed(0)} req/s, latency p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms, ` +
      `${r.requests.total} requests, ${r.non2xx} non-2xx, ${r.errors} errors (${SECONDS} s, ${r.connections} connections)`,
  );
  console.log(
    `  per request: server CPU ${cost.serverCpuMs.toFixed(2)} ms, PostgreSQL CPU ${cost.postgresCpuMs.toFixed(2)} ms, ` +
      `${cost.statements.toFixed(1)} SQL statements`,
  );
}

export default async function bench(): Promise<void> {
  console.log(`load average before: ${loadAverage()}`);
  console.log(`server code: ${serverCode()}`);
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
    const ceilingBefore = await postgresCeiling(server.databaseUrl, server.pid);
    printCeiling('before', ceilingBefore);
    await autocannon({
      url: `${base}/api/orgs`,
      connections: CONNECTIONS,
      duration: WARM_UP_SECONDS,
      headers: { cookie },
    });
    let read!: autocannon.Result;
    const readCost = await costOf(server, async () => {
      read = await autocannon({
        url: `${base}/api/orgs`,
        connections: CONNECTIONS,
        duration: SECONDS,
        headers: { cookie },
      });
      return read.requests.total;
    });
    report('authenticated read  GET /api/orgs', read, readCost);
    console.log(
      `  reads: ${read.requests.average.toFixed(0)} req/s; target ≥ 2,000 ${read.requests.average >= 2000 ? 'met' : 'MISSED'}`,
    );
    let n = 0;
    const writes = (duration: number) =>
      autocannon({
        url: `${base}/api/orgs`,
        connections: CONNECTIONS,
        duration,
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
    await writes(WARM_UP_SECONDS);
    let write!: autocannon.Result;
    const writeCost = await costOf(server, async () => {
      write = await writes(SECONDS);
      return write.requests.total;
    });
    report('audited write       POST /api/orgs', write, writeCost);
    // The ceiling again right after the writes: the machine's speed drifts within minutes (other work), so
    // the API is compared with the mean of the two ceilings that bracket it, both printed.
    const ceilingAfter = await postgresCeiling(server.databaseUrl, server.pid);
    printCeiling('after', ceilingAfter);
    const ceiling = (ceilingBefore.perSecond + ceilingAfter.perSecond) / 2;
    const ratio = write.requests.average / Math.max(ceiling, 1);
    console.log(
      `  audited write ÷ PostgreSQL ceiling (mean of before and after) = ${write.requests.average.toFixed(0)} ÷ ${ceiling.toFixed(0)} = ${ratio.toFixed(2)}; ` +
        `target ≥ 0.5 ${ratio >= 0.5 ? 'met' : 'MISSED'}; p99 ${write.latency.p99} ms, target < 50 ms ${write.latency.p99 < 50 ? 'met' : 'MISSED'}`,
    );
    console.log(`load average after: ${loadAverage()}`);
  } finally {
    await server.stop();
  }
}
