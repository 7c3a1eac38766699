/**
 * Issue 13 (d) on a real database: a 附表 import and the command line (`jixiao accounts check --region`,
 * `render`) read 科目 against the catalogue administrators imported for the organisation's region and
 * year (src/features/catalogue), not the national one; without a stored catalogue, the national one.
 * The regional catalogue here renames a 项 (2011350 事业运行 → 商务事业运行), so the two editions differ.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command, CommanderError } from 'commander';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerAccountsCommand } from '../../src/cli/accounts.command.ts';
import { seed000 } from '../../src/domain/accounts/fixtures/seed000.ts';
import { publicTablesWorkbook } from '../../src/documents/accounts/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let admin: Session;
let clerk: Session; // 四川省商务厅信息中心 经办人 (under ROOT, a finance organisation)
let xxzx: string;
const Y = '?year=2020';
const REGIONAL_NAME = '商务事业运行';
const dir = mkdtempSync(join(tmpdir(), 'jixiao-region-'));

const csv = (rows: { code: string; name: string }[]) =>
  Buffer.from(`\uFEFF科目编码,科目名称\n${rows.map((r) => `${r.code},${r.name}`).join('\n')}\n`).toString(
    'base64',
  );

/** The 附表 of seed000 with 2011350 printed under the region's name on every sheet. */
async function regionalWorkbook(): Promise<Buffer> {
  const wb: ExcelJS.Workbook = publicTablesWorkbook(seed000);
  let renamed = 0;
  wb.eachSheet((ws) =>
    ws.eachRow((row) => {
      if (String(row.getCell(1).value) === '2011350') {
        row.getCell(2).value = REGIONAL_NAME;
        renamed++;
      }
    }),
  );
  expect(renamed).toBeGreaterThan(0);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

type Violation = { ruleId: string; description: string };
const about2011350 = (vs: Violation[]) =>
  vs.filter((v) => v.ruleId.startsWith('K-') && v.description.includes('2011350'));

async function cli(args: string[]): Promise<{ out: string; err: string; code: number | undefined }> {
  let out = '';
  let err = '';
  const o = vi.spyOn(process.stdout, 'write').mockImplementation((s) => ((out += String(s)), true));
  const e = vi.spyOn(process.stderr, 'write').mockImplementation((s) => ((err += String(s)), true));
  process.exitCode = undefined;
  const program = new Command().exitOverride();
  registerAccountsCommand(program);
  try {
    await program.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
  } finally {
    o.mockRestore();
    e.mockRestore();
  }
  const code = process.exitCode as number | undefined;
  process.exitCode = undefined;
  return { out, err, code };
}

const savedUrl = process.env.DATABASE_URL;
beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  clerk = await t.login('scxxzx_jbr');
  xxzx = await t.orgId('SC-SWT-XXZX');
  process.env.DATABASE_URL = t.database.url; // the command line opens the configured database
});
afterAll(async () => {
  if (savedUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = savedUrl;
  await t.close();
});

describe('the region’s stored 科目表', () => {
  it('without one, the 附表 import and the CLI read against the national catalogue', async () => {
    const content = (await regionalWorkbook()).toString('base64');
    const pre = await clerk.request('POST', `/api/accounts/${xxzx}/import-preview${Y}`, {
      fileName: 'fb.xlsx',
      contentBase64: content,
    });
    expect(pre.statusCode, pre.body).toBe(200);
    expect(about2011350(pre.json().violations)).toHaveLength(1);

    const before = (await clerk.request('GET', `/api/accounts/${xxzx}${Y}`)).json();
    const imp = await clerk.request('POST', `/api/accounts/${xxzx}/import${Y}`, {
      version: before.version,
      fileName: 'fb.xlsx',
      contentBase64: content,
    });
    expect(imp.statusCode, imp.body).toBe(200);
    const row = imp.json().data.current.generalByFunction.find((r: { code: string }) => r.code === '2011350');
    expect(row.name).toBe(REGIONAL_NAME); // not the national name: kept as printed

    const file = join(dir, 'national.xlsx');
    writeFileSync(file, await regionalWorkbook());
    const r = await cli(['accounts', 'check', file, '--json', '--region', 'ROOT']);
    expect(r.err).toContain('地区“ROOT”没有已导入的 2020 年（或更早）科目表，使用全国');
    const json = JSON.parse(r.out);
    expect(about2011350(json.violations)).toHaveLength(1);
  });

  it('with one, the import and the CLI use the region’s names; other regions fall back to the national one', async () => {
    const body = {
      region: 'ROOT',
      year: 2020,
      fileName: '地方科目.csv',
      contentBase64: csv([{ code: '2011350', name: REGIONAL_NAME }]),
    };
    const applied = await admin.request('POST', '/api/accounts/catalogues', { ...body, version: 0 });
    expect(applied.statusCode, applied.body).toBe(201);

    const content = (await regionalWorkbook()).toString('base64');
    const pre = await clerk.request('POST', `/api/accounts/${xxzx}/import-preview${Y}`, {
      fileName: 'fb.xlsx',
      contentBase64: content,
    });
    expect(about2011350(pre.json().violations)).toEqual([]);
    const before = (await clerk.request('GET', `/api/accounts/${xxzx}${Y}`)).json();
    const imp = await clerk.request('POST', `/api/accounts/${xxzx}/import${Y}`, {
      version: before.version,
      fileName: 'fb.xlsx',
      contentBase64: content,
    });
    expect(imp.statusCode, imp.body).toBe(200);
    const row = imp.json().data.current.generalByFunction.find((r: { code: string }) => r.code === '2011350');
    // The printed name is the region's own name for the code: nothing of the document's to keep.
    expect(row.name).toBeUndefined();
    expect(about2011350(imp.json().violations ?? [])).toEqual([]);

    // The 附表 the web page downloads names the 科目 from the same edition.
    const appendix = await clerk.request(
      'GET',
      `/api/accounts/${xxzx}/document${Y}&kind=appendix&format=xlsx`,
    );
    expect(appendix.statusCode, appendix.body).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(appendix.rawPayload as unknown as ArrayBuffer);
    const cells: string[] = [];
    wb.eachSheet((ws) => ws.eachRow((row) => row.eachCell((c) => cells.push(String(c.value)))));
    expect(cells.some((c) => c.includes(REGIONAL_NAME))).toBe(true);

    const file = join(dir, 'regional.xlsx');
    writeFileSync(file, await regionalWorkbook());
    const regional = await cli(['accounts', 'check', file, '--json', '--region', 'ROOT']);
    expect(regional.err).toBe('');
    const json = JSON.parse(regional.out);
    expect(json.catalogue).toEqual({ region: 'ROOT', year: 2020 });
    expect(about2011350(json.violations)).toEqual([]);

    // Without --region, or for a region with nothing stored: the national catalogue.
    const national = JSON.parse((await cli(['accounts', 'check', file, '--json'])).out);
    expect(about2011350(national.violations)).toHaveLength(1);
    const elsewhere = await cli(['accounts', 'check', file, '--json', '--region', 'SC-CZT']);
    expect(elsewhere.err).toContain('使用全国');
    expect(about2011350(JSON.parse(elsewhere.out).violations)).toHaveLength(1);
  });
});
