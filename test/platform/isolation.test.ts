/**
 * Parsing in isolation: hostile files, generated here (none is committed), are refused with a clear
 * Chinese message — a zip bomb before anything inflates, a file that outgrows the worker's memory or
 * time when its parsing runs — while the main thread keeps answering.
 */
import { existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractTextIsolated, guardZip } from '../../src/features/uploads/extract-isolated.ts';
import { ExtractError, extractTextFromBuffer } from '../../src/importers/extract-text.ts';
import { AppError } from '../../src/platform/errors.ts';
import { IsolationError, WorkerPool } from '../../src/platform/isolation/worker-pool.ts';
import { inspectZip } from '../../src/platform/isolation/zip-guard.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

/** The .docx of the report: 180 KB on disk, a 60 MB word/document.xml of short paragraphs. */
async function docxBomb(): Promise<Buffer> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types/>');
  const paragraph = '<w:p><w:r><w:t>绩效</w:t></w:r></w:p>';
  zip.file(
    'word/document.xml',
    `<?xml version="1.0"?><w:document><w:body>${paragraph.repeat(60_000_000 / paragraph.length)}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/**
 * How often a 5 ms timer fires on the main thread while `work` runs: parsing held on the main thread
 * would let it fire once at most. (How long it waits is measured in bench/isolation.bench.ts.)
 */
async function mainThreadTicks<T>(
  work: Promise<T>,
): Promise<{ result: PromiseSettledResult<T>; ticks: number }> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 5);
  const [result] = await Promise.allSettled([work]);
  clearInterval(timer);
  return { result, ticks };
}

describe('ZIP pre-inspection', () => {
  it('refuses a docx whose 60 MB of XML sits in a few hundred kilobytes, before inflating it', async () => {
    const bomb = await docxBomb();
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const verdict = inspectZip(bomb);
    expect(verdict).toMatchObject({ ok: false, reason: 'ratio', entry: 'word/document.xml' });
    const refused = (() => {
      try {
        guardZip('报告.docx', bomb);
      } catch (error) {
        return error;
      }
    })() as AppError;
    expect(refused).toBeInstanceOf(AppError);
    expect(refused.status).toBe(422);
    expect(refused.message).toContain('压缩炸弹');
  }, 60_000);

  it('refuses too many entries, and reads the sizes of an ordinary document', async () => {
    const many = new JSZip();
    for (let i = 0; i <= 10_000; i++) many.file(`x/${i}.xml`, '');
    const manyBytes = await many.generateAsync({ type: 'nodebuffer' });
    expect(inspectZip(manyBytes)).toMatchObject({ ok: false, reason: 'too-many-entries' });

    const normal = new JSZip();
    normal.file('word/document.xml', '<w:document>一般的报告</w:document>');
    const verdict = inspectZip(await normal.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
    expect(verdict.ok).toBe(true);
    if (verdict.ok)
      expect(verdict.entries.find((e) => e.name === 'word/document.xml')!.uncompressedBytes).toBe(
        Buffer.byteLength('<w:document>一般的报告</w:document>'),
      );
    expect(inspectZip(Buffer.from('PK\u0003\u0004 not really a zip'))).toMatchObject({
      ok: false,
      reason: 'not-zip',
    });
  }, 60_000);
});

describe('parsing in a worker thread', () => {
  let pool: WorkerPool;
  beforeAll(() => {
    pool = new WorkerPool(1);
  });
  afterAll(async () => pool.close());

  it('extracts what the in-process extractor extracts', async () => {
    const text = Buffer.from('一、基本情况\n预算 100 万元，支出 80 万元。\n');
    expect(await extractTextIsolated('说明.txt', text, pool)).toEqual(
      await extractTextFromBuffer('说明.txt', text),
    );
  }, 60_000);

  it("passes the extractor's own refusal through as the ExtractError it was", async () => {
    const error = await extractTextIsolated('坏的.docx', Buffer.from('not a docx at all'), pool).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as ExtractError).code).toBe('unreadable');
  }, 60_000);

  it('refuses a file that outgrows the worker memory with 422, the main thread answering meanwhile, and drops that worker', async () => {
    const small = new WorkerPool(1, { timeoutMs: 60_000, maxOldGenerationSizeMb: 24 });
    try {
      // 19 MB of short lines (under the 20 MB upload limit): far more than 24 MB once parsed into lines.
      const text = Buffer.from('预算执行率 95.5%，得分 9 分。\n'.repeat(19_000_000 / 40));
      const { result, ticks } = await mainThreadTicks(extractTextIsolated('大文件.txt', text, small));
      expect(result.status).toBe('rejected');
      const error = (result as PromiseRejectedResult).reason as AppError;
      expect(error).toBeInstanceOf(AppError);
      expect(error.status).toBe(422);
      expect(error.message).toContain('内存限制');
      expect(ticks).toBeGreaterThan(2);
      expect(small.workers).toBe(0);
    } finally {
      await small.close();
    }
  }, 120_000);

  it('stops a task past its time limit and terminates the worker', async () => {
    const quick = new WorkerPool(1, { timeoutMs: 300, maxOldGenerationSizeMb: 64 });
    try {
      const spin = new URL('data:text/javascript,export function spin() { for (;;) {} }');
      const started = Date.now();
      const error = await quick.run(spin, 'spin', []).catch((e) => e);
      expect(error).toBeInstanceOf(IsolationError);
      expect((error as IsolationError).reason).toBe('timeout');
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(quick.workers).toBe(0);
    } finally {
      await quick.close();
    }
  }, 60_000);

  it('lets an abandoned task settle — its processes killed and reaped — before its thread ends', async () => {
    const pool = new WorkerPool(1);
    const marker = join(tmpdir(), `jixiao-settled-${process.pid}-${Date.now()}`);
    // A task that starts a process and, once abandoned, settles only 1.5 s after that process has exited
    // (as a task that waits for its child to be reaped does), writing the marker then.
    const task = new URL(
      `data:text/javascript,${encodeURIComponent(`
        import { spawn } from 'node:child_process';
        import { writeFileSync } from 'node:fs';
        export function run(marker, ctx) {
          const child = spawn('sleep', ['60']);
          ctx.onChild(child.pid);
          writeFileSync(marker + '.started', '');
          return new Promise((_, reject) => ctx.signal.addEventListener('abort', () =>
            child.once('exit', () => setTimeout(() => {
              writeFileSync(marker, 'settled');
              reject(new Error('abandoned'));
            }, 1500))));
        }`)}`,
    );
    try {
      const request = new AbortController();
      const pending = pool.run(task, 'run', [marker], { signal: request.signal }).catch((e) => e);
      for (let i = 0; i < 400 && !existsSync(`${marker}.started`); i++)
        await new Promise((r) => setTimeout(r, 25));
      request.abort();
      expect(await pending).toBeInstanceOf(IsolationError);
      // (Up to 20 s: on a loaded machine the child's exit and the 1.5 s after it come late; settled is the point.)
      for (let i = 0; i < 400 && !existsSync(marker); i++) await new Promise((r) => setTimeout(r, 50));
      expect(existsSync(marker)).toBe(true);
    } finally {
      await pool.close();
      rmSync(marker, { force: true });
      rmSync(`${marker}.started`, { force: true });
    }
  }, 60_000);
});

describe('POST /api/checks', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(async () => t.close());

  it('refuses the docx bomb with 422 and a Chinese message', async () => {
    const s = await t.login('scxxzx_jbr');
    const res = await s.request('POST', '/api/checks', {
      fileName: '自评报告.docx',
      contentBase64: (await docxBomb()).toString('base64'),
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.message).toContain('压缩炸弹');
  }, 120_000);
});
