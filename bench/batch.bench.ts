/**
 * Batch documents (issue 15): 100 units rendered into one ZIP by the background job's own handler —
 * per unit its 决算情况说明, and the 自评报告 and 评分表 of its evaluations (DOCX, each self-checked) — on
 * the demo database of a real `jixiao serve`. The 100 units are copies of the demo's: each gets the 2020
 * 决算 of a demo unit and the 2020 evaluations (with their submitted score sheets) of the demo unit that
 * has the most. Target: under 2 minutes on this machine (2 cores). Prints the time, documents per
 * second, and the load average (a shared machine makes every figure worse).
 */
import pg from 'pg';
import { loadConfig } from '../src/platform/config.ts';
import { openDatabase } from '../src/platform/db/database.ts';
import type { JobRow } from '../src/platform/jobs/job-queue.ts';
import { batchDocumentsHandler } from '../src/features/reports/batch-documents.ts';
import { loadAverage, startServer } from './support.ts';

const UNITS = Number(process.env.BENCH_UNITS ?? 100);
const YEAR = 2020;

/** Copies the rows of `table` where `column` = `from`, setting `column` = `to` (ids fresh); returns old → new ids. */
async function copyRows(
  client: pg.PoolClient,
  table: string,
  where: string,
  values: unknown[],
  set: Record<string, unknown>,
): Promise<Map<string, string>> {
  const cols = (
    await client.query<{ column_name: string }>(
      `SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 AND column_name <> 'id' ORDER BY ordinal_position`,
      [table],
    )
  ).rows.map((r) => r.column_name);
  const map = new Map<string, string>();
  const rows = (await client.query<{ id: string }>(`SELECT id FROM ${table} WHERE ${where}`, values)).rows;
  for (const { id } of rows) {
    const params: unknown[] = [id];
    const select = cols.map((c) => (c in set ? `$${params.push(set[c])}` : `"${c}"`));
    const inserted = await client.query<{ id: string }>(
      `INSERT INTO ${table} (${cols.map((c) => `"${c}"`).join(', ')}) SELECT ${select.join(', ')} FROM ${table} WHERE id = $1 RETURNING id`,
      params,
    );
    map.set(id, inserted.rows[0]!.id);
  }
  return map;
}

export default async function bench(): Promise<void> {
  console.log(`load average before: ${loadAverage()}`);
  const server = await startServer();
  const database = openDatabase(server.databaseUrl, 5);
  const pool = new pg.Pool({ connectionString: server.databaseUrl, max: 2 });
  try {
    const client = await pool.connect();
    let orgIds: string[];
    let userId: string;
    try {
      const one = async <T extends pg.QueryResultRow>(text: string, values: unknown[] = []) =>
        (await client.query<T>(text, values)).rows[0]!;
      // Where the copies go and who asks: a department and its 经办人 (reach: the department and below).
      const parent = await one<{ id: string }>(`SELECT id FROM organisations WHERE code = 'SC-SWT'`);
      userId = (await one<{ id: string }>(`SELECT id FROM users WHERE username = 'scswt_jbr'`)).id;
      // A demo unit whose 决算情况说明 renders (its balance rules hold or are explained).
      const accountsOf = await one<{ org_id: string }>(
        `SELECT f.org_id FROM final_accounts f JOIN organisations o ON o.id = f.org_id
          WHERE f.fiscal_year = $1 AND o.code = 'SC-SWT-XXZX'`,
        [YEAR],
      );
      const evaluated = await one<{ org_id: string; n: string }>(
        `SELECT e.org_id, count(*) AS n FROM evaluations e WHERE e.fiscal_year = $1 AND EXISTS
           (SELECT 1 FROM score_sheets s WHERE s.evaluation_id = e.id AND s.submitted)
         GROUP BY e.org_id ORDER BY count(*) DESC LIMIT 1`,
        [YEAR],
      );
      await client.query('BEGIN');
      orgIds = [];
      for (let i = 1; i <= UNITS; i++) {
        const copied = await copyRows(client, 'organisations', 'id = $1', [accountsOf.org_id], {
          parent_id: parent.id,
          code: `BENCH-${i}`,
          name: `压测单位${String(i).padStart(3, '0')}`,
        });
        const org = { id: copied.get(accountsOf.org_id)! };
        orgIds.push(org.id);
        await copyRows(
          client,
          'final_accounts',
          'org_id = $1 AND fiscal_year = $2',
          [accountsOf.org_id, YEAR],
          {
            org_id: org.id,
          },
        );
        const evs = await copyRows(
          client,
          'evaluations',
          'org_id = $1 AND fiscal_year = $2',
          [evaluated.org_id, YEAR],
          { org_id: org.id },
        );
        for (const [from, to] of evs)
          await copyRows(client, 'score_sheets', 'evaluation_id = $1', [from], { evaluation_id: to });
      }
      await client.query('COMMIT');
      console.log(
        `set up ${UNITS} units, each with a ${YEAR} 决算 and ${evaluated.n} evaluations (copies of the demo's)`,
      );
    } finally {
      client.release();
    }

    const deps = {
      db: database.db,
      config: loadConfig({}),
      clock: () => new Date(),
      databaseKind: 'embedded' as const,
    };
    const handler = batchDocumentsHandler(deps);
    const job = {
      id: '00000000-0000-0000-0000-000000000000',
      kind: 'batch-documents',
      createdBy: userId,
      payload: {
        year: YEAR,
        orgIds,
        format: 'docx',
        kinds: ['explanation', 'self-evaluation-report', 'score-table'],
      },
    } as unknown as JobRow;
    let lastLog = 0;
    const started = performance.now();
    const cpu = process.cpuUsage();
    const result = await handler(job, async (done, total) => {
      if (performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        console.log(`  ${done}/${total} units after ${((lastLog - started) / 1000).toFixed(0)} s`);
      }
    });
    const seconds = (performance.now() - started) / 1000;
    const used = process.cpuUsage(cpu);
    const files = Number(/已生成 (\d+) 份文档/.exec(result.message ?? '')?.[1] ?? 0);
    console.log(
      `batch documents: ${UNITS} units, ${files} documents (DOCX, self-checked) in ${seconds.toFixed(1)} s ` +
        `(${(files / seconds).toFixed(1)} documents/s, CPU ${((used.user + used.system) / 1e6).toFixed(1)} s); ` +
        `ZIP ${(result.bytes.length / 1024 / 1024).toFixed(1)} MB; ${result.message}; target < 120 s ${seconds < 120 ? 'met' : 'MISSED'}`,
    );
    console.log(`load average after: ${loadAverage()}`);
  } finally {
    await pool.end();
    await database.close();
    await server.stop();
  }
}
