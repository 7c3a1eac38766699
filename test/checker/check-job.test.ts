/**
 * 校验 off the main thread (issue 10: a 19 MB .txt, under the 20 MB limit, blocked every request for 20 s):
 * the file arrives as raw bytes (POST /api/checks/file; nothing parsed or decoded on the main thread), the
 * whole check — extraction and rules — runs in a parsing worker, and a file above
 * JIXIAO_CHECK_JOB_THRESHOLD_MB answers 202 with a background job (its file held in `job_uploads`, read
 * back in slices) whose result is the same JSON. A concurrent /api/health probe keeps answering through
 * the upload and the whole job (its latency is measured in bench/isolation.bench.ts). The job is its owner's unit's (another unit's user gets 404) and
 * keeps no copy of the file once checked. The older JSON shape (Base64) still works, decoded in a worker.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backgroundJobs, jobUploads } from '../../src/platform/db/schema/index.ts';
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
  // The configured threshold (5 MB by default) decides: 19 MB is a job, the small file is answered at once.
  t = await createTestApp({}, { jobs: true });
  clerk = await t.login('scxxzx_jbr');
}, 60_000);
afterAll(async () => t.close());

/**
 * 19 MB of text, generated here (never committed): a report's prose with a line of figures every 64 lines.
 * The rules' work grows with the figures, not the bytes; this mix keeps the job to a few seconds while every
 * byte still travels the whole path (upload, hold, read back, extraction, result).
 */
function nineteenMegabytes(): Buffer {
  const block =
    '2020年度预算执行率为95.5%，支出合计11.80元。\n' +
    '一、部门主要职责：负责本部门的政务信息化建设和运行维护工作。\n'.repeat(63);
  const once = Buffer.from(block);
  return Buffer.from(block.repeat(Math.floor((19 * 1024 * 1024) / once.length)));
}

describe('POST /api/checks/file for a large file', () => {
  it('answers 202 with a job for a 19 MB .txt; health keeps answering from upload to result', async () => {
    const bytes = nineteenMegabytes();
    expect(bytes.length).toBeGreaterThan(19 * 1000 * 1000);
    expect(bytes.length).toBeLessThan(20 * 1024 * 1024);

    const { result, probes } = await probeHealthDuring(t.app, async () => {
      const started = await clerk.request(
        'POST',
        `/api/checks/file?fileName=${encodeURIComponent('大文件.txt')}`,
        bytes,
        { 'content-type': 'application/octet-stream' },
      );
      expect(started.statusCode, started.body.slice(0, 300)).toBe(202);
      const { jobId } = started.json() as { jobId: string };
      return { jobId, job: await finished(clerk, jobId) };
    });
    expect(result.status, String((result as PromiseRejectedResult).reason)).toBe('fulfilled');
    const { jobId, job } = (result as PromiseFulfilledResult<{ jobId: string; job: Job }>).value;
    expect(job, job.message ?? '').toMatchObject({
      kind: 'check-document',
      status: 'succeeded',
      done: 1,
      total: 1,
    });
    expect(job.message).toMatch(/^校验完成：\d+ 处错误，\d+ 处提醒。$/);
    expect(probes).toBeGreaterThan(20);

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
    expect(body.lines.length).toBe(bytes.toString('utf8').split('\n').length);
    expect(body.lines[0]!.text).toBe('2020年度预算执行率为95.5%，支出合计11.80元。');
    const { error, warning, note } = body.summary;
    expect(body.findings).toHaveLength(error + warning + note);

    // The file is not kept once checked; another unit's user sees neither the job nor its result.
    const [row] = await t.database.db
      .select({ payload: backgroundJobs.payload })
      .from(backgroundJobs)
      .where(eq(backgroundJobs.id, jobId));
    expect(row!.payload).toEqual({ fileName: '大文件.txt' });
    expect(await t.database.db.select({ id: jobUploads.id }).from(jobUploads)).toEqual([]);
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
    const raw = await clerk.request(
      'POST',
      `/api/checks/file?fileName=${encodeURIComponent('小文件.txt')}`,
      Buffer.from('支出合计11.80元。\n'),
      { 'content-type': 'application/octet-stream' },
    );
    expect(raw.statusCode, raw.body).toBe(200);
    expect(raw.json()).toEqual(res.json());
    const notBase64 = await clerk.request('POST', '/api/checks', {
      fileName: 'a.txt',
      contentBase64: '%%%%',
    });
    expect(notBase64.statusCode).toBe(400);
    expect(notBase64.json().error.message).toBe('文件内容不是有效的 Base64 编码。');
  }, 60_000);

  it('a failed check job says why in Chinese (the older JSON shape, decoded in a worker)', async () => {
    const started = await clerk.request('POST', '/api/checks', {
      fileName: '空白.txt',
      contentBase64: Buffer.from(' \n'.repeat(3_000_000)).toString('base64'),
    });
    expect(started.statusCode).toBe(202);
    const job = await finished(clerk, (started.json() as { jobId: string }).jobId);
    expect(job).toMatchObject({ status: 'failed' });
    expect(job.message).toContain('没有可读取的文字');
  }, 120_000);
});
