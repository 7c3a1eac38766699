/**
 * Batch documents as a background job on real PostgreSQL (pg-boss): the request answers 202 with a job,
 * the job reports progress and produces one ZIP of the selected units' 决算情况说明 (a unit without data
 * is explained in 说明.txt, not a failure); a job queued while no worker runs is done by the next
 * process that starts one (a restart loses nothing); another unit's user sees neither the job nor its
 * result, and cannot start one for units outside their reach.
 */
import { eq, sql } from 'drizzle-orm';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createJobQueue } from '../../src/app/jobs.ts';
import { backgroundJobs } from '../../src/platform/db/schema/index.ts';
import { extractDocx } from '../../src/importers/extract-text.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let dept: Session;
let unit: string;
let department: string;

type Job = {
  id: string;
  status: string;
  statusLabel: string;
  done: number;
  total: number;
  message: string | null;
};

async function waitFor(session: Session, id: string): Promise<Job> {
  for (let i = 0; i < 240; i++) {
    const job = (await session.request('GET', `/api/jobs/${id}`)).json() as Job;
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`job ${id} did not finish`);
}

beforeAll(async () => {
  t = await createTestApp({}, { jobs: true });
  dept = await t.login('scswt_jbr');
  unit = await t.orgId('SC-SWT-XXZX');
  department = await t.orgId('SC-SWT');
});
afterAll(async () => t.close());

describe('batch 决算情况说明 as a background job', () => {
  it('answers 202 with a job, reports progress, and delivers one ZIP', async () => {
    const started = await dept.request('POST', '/api/reports/batch-documents', {
      year: 2020,
      orgIds: [unit, department],
      kinds: ['explanation'],
    });
    expect(started.statusCode, started.body).toBe(202);
    const job = await waitFor(dept, started.json().jobId);
    expect(job).toMatchObject({ status: 'succeeded', statusLabel: '已完成', done: 2, total: 2 });
    expect(job.message).toBe('已生成 1 份文档；1 项未生成，原因见压缩包中的说明.txt。');
    const res = await dept.request('GET', `/api/jobs/${job.id}/result`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const zip = await JSZip.loadAsync(res.rawPayload);
    const names = Object.keys(zip.files)
      .filter((n) => !zip.files[n]!.dir)
      .sort();
    expect(names).toHaveLength(2);
    const docx = names.find((n) => n.endsWith('.docx'))!;
    expect(docx).toMatch(/^四川省商务厅信息中心\/.*四川省商务厅信息中心/);
    const text = (await extractDocx(await zip.file(docx)!.async('nodebuffer'))).map((l) => l.text).join('\n');
    expect(text).toContain('四川省商务厅信息中心');
    expect(await zip.file('说明.txt')!.async('string')).toMatch(/^以下文档未生成：\r\n四川省商务厅：/);
    const mine = (await dept.request('GET', '/api/jobs')).json().items as Job[];
    expect(mine.map((j) => j.id)).toContain(job.id);
  });

  it('lists the units in the order asked, though it renders two at a time', async () => {
    // Two units with documents: the one with a 决算, and another with evaluations of the year; asked by
    // the finance department, whose reach holds both.
    const [other] = (
      await t.database.db.execute<{ org_id: string; name: string }>(
        sql`select e.org_id, o.name from evaluations e join organisations o on o.id = e.org_id
             where e.fiscal_year = 2020 and e.org_id <> ${unit}
               and exists (select 1 from score_sheets s where s.evaluation_id = e.id and s.submitted)
             group by e.org_id, o.name order by o.name limit 1`,
      )
    ).rows;
    const finance = await t.login('czbm_cz');
    const folders = async (orgIds: string[]) => {
      const started = await finance.request('POST', '/api/reports/batch-documents', {
        year: 2020,
        orgIds,
        kinds: ['explanation', 'score-table'],
      });
      expect(started.statusCode, started.body).toBe(202);
      const job = await waitFor(finance, started.json().jobId);
      expect(job).toMatchObject({ status: 'succeeded', done: 2, total: 2 });
      const res = await finance.request('GET', `/api/jobs/${job.id}/result`);
      const zip = await JSZip.loadAsync(res.rawPayload);
      const files = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir && n.includes('/'));
      // Each unit's files together, the units in the order of the request (the ZIP's own order).
      return [...new Set(files.map((n) => n.slice(0, n.indexOf('/'))))];
    };
    const names = ['四川省商务厅信息中心', other!.name];
    expect(await folders([unit, other!.org_id])).toEqual(names);
    expect(await folders([other!.org_id, unit])).toEqual([...names].reverse());
  }, 180_000);

  it('holds, per unit, the 自评报告 and 评分表 of each of its evaluations (all kinds by default)', async () => {
    const [ev] = (
      await t.database.db.execute<{ org_id: string; n: string }>(
        sql`select org_id, count(*) as n from evaluations where fiscal_year = 2020 group by org_id order by count(*) desc limit 1`,
      )
    ).rows;
    const owner = await t.database.db.execute<{ code: string }>(
      sql`select code from organisations where id = ${ev!.org_id}`,
    );
    // A user whose reach holds the organisation with the most evaluations: its own 经办人.
    const [clerk] = (
      await t.database.db.execute<{ username: string }>(
        sql`select username from users where org_id = ${ev!.org_id} and username like '%jbr' limit 1`,
      )
    ).rows;
    const s = await t.login(clerk!.username);
    const started = await s.request('POST', '/api/reports/batch-documents', {
      year: 2020,
      orgIds: [ev!.org_id],
    });
    expect(started.statusCode, started.body).toBe(202);
    const job = await waitFor(s, started.json().jobId);
    expect(job.status, job.message ?? '').toBe('succeeded');
    const zip = await JSZip.loadAsync((await s.request('GET', `/api/jobs/${job.id}/result`)).rawPayload);
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    const reports = names.filter((n) => /\/自评报告-.+\.docx$/.test(n));
    const tables = names.filter((n) => /\/评分表-.+\.docx$/.test(n));
    expect(reports.length, `${owner.rows[0]?.code}: ${names.join(', ')}`).toBe(Number(ev!.n));
    expect(tables.length).toBe(Number(ev!.n));
    const text = (await extractDocx(await zip.file(reports[0]!)!.async('nodebuffer'))).map((l) => l.text);
    expect(text.join('\n')).toMatch(/自评|评价/);
  }, 180_000);

  it('streams a result of several slices exactly as stored (GET /api/jobs/:id/result)', async () => {
    // 2.5 MB of varied bytes: three 1 MB slices, the last one partial; a slice lost, repeated or shifted
    // by one byte changes the download.
    const bytes = Buffer.alloc(2.5 * 1024 * 1024 + 7);
    for (let i = 0, x = 12345; i < bytes.length; i++) bytes[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
    const [job] = await t.deps.db
      .insert(backgroundJobs)
      .values({
        kind: 'batch-documents',
        orgId: department,
        createdBy: await t.userId('scswt_jbr'),
        title: '结果下载',
        payload: {},
        status: 'succeeded',
        resultName: '结果.bin',
        resultType: 'application/octet-stream',
        result: bytes,
      })
      .returning({ id: backgroundJobs.id });
    const res = await dept.request('GET', `/api/jobs/${job!.id}/result`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-length']).toBe(String(bytes.length));
    expect(res.headers['content-disposition']).toContain(encodeURIComponent('结果.bin'));
    expect(res.rawPayload.equals(bytes)).toBe(true);
    // A job without a result yet is answered in Chinese, not with an empty file.
    await t.deps.db
      .update(backgroundJobs)
      .set({ status: 'running', result: null })
      .where(eq(backgroundJobs.id, job!.id));
    const running = await dept.request('GET', `/api/jobs/${job!.id}/result`);
    expect(running.statusCode).toBe(409);
    expect(running.json().error.message).toBe('任务进行中，还没有可下载的结果。');
  });

  it("refuses another unit's user the job, its result, and units outside their reach", async () => {
    const started = await dept.request('POST', '/api/reports/batch-documents', {
      year: 2020,
      orgIds: [unit],
    });
    const id = started.json().jobId as string;
    const outsider = await t.login('hnswt_jbr');
    expect((await outsider.request('GET', `/api/jobs/${id}`)).statusCode).toBe(404);
    expect((await outsider.request('GET', `/api/jobs/${id}/result`)).statusCode).toBe(404);
    expect((await outsider.request('GET', '/api/jobs')).json().items).toEqual([]);
    const across = await outsider.request('POST', '/api/reports/batch-documents', {
      year: 2020,
      orgIds: [unit],
    });
    expect(across.statusCode).toBe(404);
  });
  it('keeps a job queued while no worker runs and finishes it when a process starts one', async () => {
    await t.deps.jobs!.stop();
    const producer = createJobQueue(t.database, t.deps);
    await producer.start({ work: false });
    const scswt = await t.userId('scswt_jbr');
    const id = await producer.enqueue(t.deps.db, {
      kind: 'batch-documents',
      orgId: department,
      createdBy: scswt,
      title: '重启测试',
      payload: { year: 2020, orgIds: [unit], format: 'docx' },
    });
    await new Promise((r) => setTimeout(r, 1500));
    expect(((await dept.request('GET', `/api/jobs/${id}`)).json() as Job).status).toBe('queued');
    await producer.stop();
    const worker = createJobQueue(t.database, t.deps);
    await worker.start();
    try {
      expect(await waitFor(dept, id)).toMatchObject({ status: 'succeeded', done: 1, total: 1 });
    } finally {
      await worker.stop();
    }
  });
});
