/**
 * 校验 off the main thread (issue 10, a 19 MB .txt blocked every request for 20 s): the whole check —
 * extraction and rules — runs in a parsing worker; a file above JIXIAO_CHECK_JOB_THRESHOLD_MB answers
 * 202 with a background job whose result is the same JSON, while /api/health keeps answering; the job
 * is its owner's unit's (another unit's user gets 404) and keeps no copy of the file once checked.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/platform/config.ts';
import { backgroundJobs } from '../../src/platform/db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { probeHealthDuring } from '../support/health-probe.ts';

let t: TestApp;
let clerk: Session;

type Job = { id: string; kind: string; status: string; done: number; total: number; message: string | null };

async function finished(session: Session, id: string): Promise<Job> {
  for (let i = 0; i < 600; i++) {
    const job = (await session.request('GET', `/api/jobs/${id}`)).json() as Job;
    if (job.status === 'succeeded' || job.status === 'failed') return job;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`job ${id} did not finish`);
}

beforeAll(async () => {
  t = await createTestApp({ uploads: { ...loadConfig({}).uploads, checkJobThresholdMb: 1 } }, { jobs: true });
  clerk = await t.login('scxxzx_jbr');
}, 60_000);
afterAll(async () => t.close());

describe('POST /api/checks for a large file', () => {
  it('answers 202 with a job for 8 MB of text; health answers while it is checked; the result is the same JSON', async () => {
    // A report's mix: one line of figures in four (the rules' work grows with the claims, not the bytes).
    const block =
      '2020年度预算执行率为95.5%，支出合计11.80元。\n' +
      '一、部门主要职责：负责本部门的政务信息化建设和运行维护工作。\n'.repeat(3);
    const text = block.repeat(Math.floor((8 * 1024 * 1024) / Buffer.byteLength(block)));
    const started = await clerk.request('POST', '/api/checks', {
      fileName: '大文件.txt',
      contentBase64: Buffer.from(text).toString('base64'),
    });
    expect(started.statusCode, started.body.slice(0, 300)).toBe(202);
    const { jobId } = started.json() as { jobId: string };

    const { result, p99Ms, probes } = await probeHealthDuring(t.app, () => finished(clerk, jobId));
    expect(result.status).toBe('fulfilled');
    const job = (result as PromiseFulfilledResult<Job>).value;
    expect(job, job.message ?? '').toMatchObject({
      kind: 'check-document',
      status: 'succeeded',
      done: 1,
      total: 1,
    });
    expect(job.message).toMatch(/^校验完成：\d+ 处错误，\d+ 处提醒。$/);
    expect(probes).toBeGreaterThan(5);
    expect(p99Ms).toBeLessThan(100);

    const res = await clerk.request('GET', `/api/jobs/${jobId}/result`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    const body = JSON.parse(res.body) as {
      file: string;
      lines: { text: string }[];
      findings: unknown[];
      summary: { error: number; warning: number; note: number };
    };
    expect(body.file).toBe('大文件.txt');
    expect(body.lines.length).toBe(text.split('\n').length);
    expect(body.lines[0]!.text).toBe('2020年度预算执行率为95.5%，支出合计11.80元。');
    const { error, warning, note } = body.summary;
    expect(body.findings).toHaveLength(error + warning + note);

    // The file is not kept once checked; another unit's user sees neither the job nor its result.
    const [row] = await t.database.db
      .select({ payload: backgroundJobs.payload })
      .from(backgroundJobs)
      .where(eq(backgroundJobs.id, jobId));
    expect(row!.payload).toEqual({ fileName: '大文件.txt' });
    const outsider = await t.login('hnswt_jbr');
    expect((await outsider.request('GET', `/api/jobs/${jobId}`)).statusCode).toBe(404);
    expect((await outsider.request('GET', `/api/jobs/${jobId}/result`)).statusCode).toBe(404);
  }, 180_000);

  it('answers a small file at once (200), checked in the worker, with the same shape', async () => {
    const res = await clerk.request('POST', '/api/checks', {
      fileName: '小文件.txt',
      contentBase64: Buffer.from('支出合计11.80元。\n').toString('base64'),
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('application/json');
    expect(res.json()).toMatchObject({ file: '小文件.txt', summary: { error: expect.any(Number) } });
  }, 60_000);

  it('a failed check job says why in Chinese', async () => {
    const started = await clerk.request('POST', '/api/checks', {
      fileName: '空白.txt',
      contentBase64: Buffer.from(' \n'.repeat(600_000)).toString('base64'),
    });
    expect(started.statusCode).toBe(202);
    const job = await finished(clerk, (started.json() as { jobId: string }).jobId);
    expect(job).toMatchObject({ status: 'failed' });
    expect(job.message).toContain('没有可读取的文字');
  }, 120_000);
});
