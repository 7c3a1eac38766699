/**
 * Every upload parsed in isolation (issue 10, point 2): the 决算 附表 import, the 科目表 import and the
 * template import refuse a zip bomb, a huge sheet and an oversized or over-nested JSON with 413 / 422 and
 * a Chinese message while a concurrent /api/health probe keeps answering (its latency is measured in
 * bench/isolation.bench.ts); pdftotext is
 * killed after its time limit and when the request ends. Every hostile file is generated here.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtInTemplate } from '../../src/domain/scoring/index.ts';
import { extractTextIsolated } from '../../src/features/uploads/extract-isolated.ts';
import { ExtractError, extractPdf } from '../../src/importers/extract-text.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { AppError } from '../../src/platform/errors.ts';
import { WorkerPool } from '../../src/platform/isolation/worker-pool.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { probeHealthDuring } from '../support/health-probe.ts';

const b64 = (b: Buffer): string => b.toString('base64');

/** A workbook whose one sheet is 60 MB of identical rows in a few hundred kilobytes. */
async function xlsxBomb(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await smallWorkbook());
  const row = '<row><c t="inlineStr"><is><t>绩效</t></is></c></row>';
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0"?><worksheet><sheetData>${row.repeat(60_000_000 / row.length)}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

async function smallWorkbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Sheet1').addRow(['科目编码', '科目名称']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * An honest workbook with a huge sheet: 100,000 rows of different numbers (about 12 MB of XML, an
 * ordinary compression ratio), far more than a parsing worker with a small memory limit holds.
 */
async function hugeSheet(): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await smallWorkbook());
  const rows: string[] = [];
  for (let r = 1; r <= 100_000; r++)
    rows.push(
      `<row r="${r}"><c r="A${r}"><v>${(r * 7919) % 1000003}</v></c><c r="B${r}"><v>${(r * 104729) % 999983}.${r % 97}</v></c><c r="C${r}"><v>${r}</v></c></row>`,
    );
  zip.file(
    'xl/worksheets/sheet1.xml',
    `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join('')}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } });
}

let t: TestApp;
let clerk: Session;
let admin: Session;
let xxzx: string;
let root: string;
let bomb: Buffer;
let huge: Buffer;

beforeAll(async () => {
  // A small memory limit for the parsing workers, so that a huge sheet reaches it within a second.
  t = await createTestApp({
    uploads: { ...loadConfig({}).uploads, parseMemoryMb: 32, parseTimeoutSeconds: 30 },
  });
  clerk = await t.login('scxxzx_jbr');
  admin = await t.login('admin');
  xxzx = await t.orgId('SC-SWT-XXZX');
  root = (await admin.request('GET', '/api/auth/me')).json().user.orgId as string;
  [bomb, huge] = await Promise.all([xlsxBomb(), hugeSheet()]);
  // Warm the database pool, so that a probe never waits for a first connection.
  await Promise.all(Array.from({ length: 6 }, () => t.app.inject({ method: 'GET', url: '/api/health' })));
}, 120_000);
afterAll(async () => t.close());

/** Sends `send` while probing /api/health: the answer must be `status` with `message`, health answering. */
async function refusedWhileHealthy(
  send: () => Promise<{ statusCode: number; json: () => { error: { message: string } } }>,
  status: number,
  message: RegExp,
): Promise<void> {
  const { result, probes } = await probeHealthDuring(t.app, send);
  expect(result.status).toBe('fulfilled');
  const res = (result as PromiseFulfilledResult<Awaited<ReturnType<typeof send>>>).value;
  expect(res.statusCode, JSON.stringify(res.json())).toBe(status);
  expect(res.json().error.message).toMatch(message);
  expect(probes).toBeGreaterThan(0);
}

describe('决算 附表 import (XLSX)', () => {
  const url = () => `/api/accounts/${xxzx}/import-preview?year=2020`;

  it('refuses a zip bomb with 422 before inflating it, health answering', async () => {
    await refusedWhileHealthy(
      () => clerk.request('POST', url(), { fileName: '附表.xlsx', contentBase64: b64(bomb) }),
      422,
      /附表\.xlsx.*压缩炸弹/,
    );
  }, 60_000);

  it('refuses a huge sheet sent as raw bytes that outgrows the parsing worker with 422, health answering', async () => {
    await refusedWhileHealthy(
      () =>
        clerk.request(
          'POST',
          `/api/accounts/${xxzx}/import-preview/file?year=2020&fileName=${encodeURIComponent('大表.xlsx')}`,
          huge,
          { 'content-type': 'application/octet-stream' },
        ),
      422,
      /大表\.xlsx.*内存限制/,
    );
  }, 120_000);
});

describe('科目表 import (XLSX, CSV)', () => {
  const body = (fileName: string, bytes: Buffer) => ({
    region: '全国',
    year: 2024,
    fileName,
    contentBase64: b64(bytes),
  });

  it('refuses a zip bomb (422) and a huge sheet (422), health answering', async () => {
    await refusedWhileHealthy(
      () => admin.request('POST', '/api/accounts/catalogues/preview', body('科目.xlsx', bomb)),
      422,
      /压缩炸弹/,
    );
    await refusedWhileHealthy(
      () =>
        admin.request(
          'POST',
          `/api/accounts/catalogues/preview/file?region=${encodeURIComponent('全国')}&year=2024&fileName=${encodeURIComponent('科目.xlsx')}`,
          huge,
          { 'content-type': 'application/octet-stream' },
        ),
      422,
      /科目\.xlsx.*内存限制/,
    );
  }, 120_000);

  it('parses a huge CSV in the worker too', async () => {
    const csv = Buffer.from(
      '科目编码,科目名称\n' +
        Array.from({ length: 300_000 }, (_, i) => `${2010000 + (i % 9000)},科目${i}`).join('\n'),
    );
    await refusedWhileHealthy(
      () => admin.request('POST', '/api/accounts/catalogues/preview', body('科目.csv', csv)),
      422,
      /科目\.csv.*内存限制/,
    );
  }, 120_000);
});

describe('template import (JSON)', () => {
  it('refuses a template nested beyond reason (422) and one far too large (413), health answering', async () => {
    // Sent as text: the test's own JSON.stringify is as recursive as any validator.
    // 100 levels: beyond the template's limit (64), within the request's own (input-hygiene.ts).
    const deep = `{"orgId":"${root}","template":${'{"children":['.repeat(50)}{"id":"x"}${']}'.repeat(50)}}`;
    await refusedWhileHealthy(
      () => admin.request('POST', '/api/templates', deep, { 'content-type': 'application/json' }),
      422,
      /指标体系 JSON的嵌套层级超过 64 层/,
    );
    const big = { ...builtInTemplate('hn-2020-project')!, id: 'big' };
    const leaf = big.indicators[0]!.children![0]!.children![0]!;
    big.indicators[0]!.children![0]!.children = Array.from({ length: 4_000 }, (_, i) => ({
      ...leaf,
      id: `x${i}`,
    }));
    const text = JSON.stringify({ orgId: root, template: big }); // the client's work, done beforehand
    await refusedWhileHealthy(
      () => admin.request('POST', '/api/templates', text, { 'content-type': 'application/json' }),
      413,
      /超过 20,000 个/,
    );
  }, 60_000);

  it('still imports a real template (validated in the worker) and names a bad one’s JSON path', async () => {
    const ok = await admin.request('POST', '/api/templates', {
      orgId: root,
      template: { ...builtInTemplate('hn-2020-project')!, id: 'isolated-ok' },
    });
    expect(ok.statusCode, ok.body).toBe(201);
    const bad = { ...builtInTemplate('hn-2020-project')!, id: 'isolated-bad' };
    bad.indicators[0]!.children![0]!.children![0]!.weight = '5';
    const refused = await admin.request('POST', '/api/templates', { orgId: root, template: bad });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toMatch(/^指标体系 JSON 不符合要求：\$\./);
  }, 60_000);
});

describe('pdftotext with a time limit, killed when the request ends', () => {
  let dir: string;
  let fake: string;
  const pidFile = () => join(dir, 'pid');
  // Gone: killed and reaped (a zombie still has its /proc entry; kill(pid, 0) would succeed on it).
  // Killed is dead: a killed process its parent has not reaped yet (a zombie, state Z) counts as gone — under
  // load the reaping may come later than the kill.
  const alive = (pid: number): boolean => {
    try {
      return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return false;
    }
  };
  // The shell creates the file before it writes the pid into it: wait for the number, not the file.
  const readPid = (): number => (existsSync(pidFile()) ? Number(readFileSync(pidFile(), 'utf8')) || 0 : 0);
  const waitForPid = async (): Promise<number> => {
    for (let i = 0; i < 200 && readPid() === 0; i++) await new Promise((r) => setTimeout(r, 25));
    return readPid();
  };
  const pdf = Buffer.from('%PDF-1.4\n% a file the fake pdftotext never finishes\n');

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'jixiao-slow-pdf-'));
    fake = join(dir, 'slow-pdftotext');
    // A stand-in for pdftotext on a crafted PDF: it writes its pid and never finishes.
    writeFileSync(fake, `#!/bin/sh\necho $$ > '${pidFile()}'\nexec sleep 60\n`);
    chmodSync(fake, 0o755);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('kills pdftotext (SIGKILL) after its time limit, with a clear Chinese message', async () => {
    rmSync(pidFile(), { force: true });
    const file = join(dir, 'slow.pdf');
    writeFileSync(file, pdf);
    const started = Date.now();
    const error = await extractPdf(file, '慢.pdf', { pdftotext: fake, pdfTimeoutMs: 400 }).catch((e) => e);
    expect(error).toBeInstanceOf(ExtractError);
    expect((error as ExtractError).code).toBe('timeout');
    expect((error as ExtractError).message).toMatch(/PDF 文件“慢\.pdf”的文字提取超过 0 秒|超过 \d+ 秒/);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(alive(await waitForPid())).toBe(false);
  }, 30_000);

  it('answers 422 in Chinese when pdftotext runs out of time inside the worker', async () => {
    const pool = new WorkerPool(1);
    try {
      rmSync(pidFile(), { force: true });
      const error = await extractTextIsolated('慢.pdf', pdf, pool, {
        extract: { pdftotext: fake, pdfTimeoutMs: 1_000 },
      }).catch((e) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).status).toBe(422);
      expect((error as AppError).message).toContain('PDF 文件“慢.pdf”的文字提取超过 1 秒仍未完成');
      expect(alive(await waitForPid())).toBe(false);
    } finally {
      await pool.close();
    }
  }, 30_000);

  it('kills pdftotext at once when the request ends (its AbortSignal), even inside a worker', async () => {
    const pool = new WorkerPool(1);
    try {
      rmSync(pidFile(), { force: true });
      const request = new AbortController();
      const pending = extractTextIsolated('慢.pdf', pdf, pool, {
        signal: request.signal,
        extract: { pdftotext: fake, pdfTimeoutMs: 60_000 },
      }).catch((e) => e);
      const pid = await waitForPid();
      expect(alive(pid)).toBe(true);
      request.abort(); // the client went away
      const error = await pending;
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).message).toContain('请求已结束');
      for (let i = 0; i < 100 && alive(pid); i++) await new Promise((r) => setTimeout(r, 50));
      expect(alive(pid)).toBe(false);
      expect(pool.workers).toBe(0);
    } finally {
      await pool.close();
    }
  }, 30_000);
});
