/**
 * /api/accounts/catalogues on a real database: a system administrator previews the 科目表 a finance
 * department issues (XLSX / CSV; problems per cell; differences added / renamed / removed), applies it
 * (stored per region and year, audited, used from then on by the catalogue the forms read and by the
 * checks of a save), a round trip of the edition through CSV, a stale apply refused, clerks refused.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPath, type FinalAccounts } from '../../src/domain/accounts/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let admin: Session;
let clerk: Session;
const NATIONAL = encodeURIComponent('全国');
const OCTET = { 'content-type': 'application/octet-stream' };
type Entry = { code: string; name: string; explanation?: string };
type Edition = {
  region: string;
  year: number;
  editionYear: number;
  functions: Entry[];
  economicDepartment: Entry[];
  economicGovernment: Entry[];
  income: Entry[];
};
type Diff = { added: Entry[]; renamed: { code: string; before: string; after: string }[]; removed: Entry[] };
type Preview = {
  rows: { row: number; code: string; name: string }[];
  problems: { row: number; cell: string; column: string; message: string }[];
  differences: { kind: string; label: string; diff: Diff }[];
  version: number;
  applicable: boolean;
};

const csv = (rows: Entry[]) =>
  Buffer.from(
    `\uFEFF科目编码,科目名称,说明\n${rows
      .map((r) => [r.code, r.name, r.explanation ?? ''].map((v) => `"${v.replace(/"/g, '""')}"`).join(','))
      .join('\n')}\n`,
  ).toString('base64');
const allRows = (e: Edition) => [
  ...e.functions,
  ...e.economicDepartment,
  ...e.economicGovernment,
  ...e.income,
];
const edition = async (region: string, year: number) => {
  const res = await admin.request(
    'GET',
    `/api/accounts/catalogues/edition?region=${encodeURIComponent(region)}&year=${year}`,
  );
  expect(res.statusCode).toBe(200);
  return res.json() as Edition;
};

beforeAll(async () => {
  t = await createTestApp();
  admin = await t.login('admin');
  clerk = await t.login('scxxzx_jbr');
});
afterAll(async () => t.close());

describe('科目表 administration', () => {
  it('previews an XLSX with a problem per cell, in Chinese, and refuses to apply it', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('科目');
    ws.addRow(['2024年政府收支分类科目']);
    ws.addRow(['科目编码', '科目名称', '说明']);
    ws.addRow([201, '一般公共服务支出']);
    ws.addRow(['20x', '坏编码']);
    ws.addRow(['20106', '']);
    ws.addRow(['201', '重复']);
    ws.addRow(['4010101', '不属于任何一类']);
    const contentBase64 = Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
    const body = { region: '全国', year: 2024, fileName: '科目.xlsx', contentBase64 };
    const res = await admin.request('POST', '/api/accounts/catalogues/preview', body);
    expect(res.statusCode).toBe(200);
    const p = res.json() as Preview;
    expect(p.applicable).toBe(false);
    expect(p.rows.map((r) => r.code)).toEqual(['201']);
    expect(p.problems).toEqual([
      {
        row: 4,
        cell: 'A4',
        column: '科目编码',
        message: '科目编码“20x”应为 3、5 或 7 位数字（类、款、项）。',
      },
      { row: 5, cell: 'B5', column: '科目名称', message: '科目名称为空。' },
      { row: 6, cell: 'A6', column: '科目编码', message: '科目编码 201 与第 3 行重复。' },
      expect.objectContaining({ row: 7, cell: 'A7', message: expect.stringContaining('不属于任何一类科目') }),
    ]);
    const applied = await admin.request('POST', '/api/accounts/catalogues', { ...body, version: 0 });
    expect(applied.statusCode).toBe(400);
    expect(applied.json().error.message).toBe(
      '科目表有 4 处问题，未导入：单元格 A4（科目编码）：科目编码“20x”应为 3、5 或 7 位数字（类、款、项）。（其余问题见预览）',
    );
    const wrong = await admin.request('POST', '/api/accounts/catalogues/preview', {
      ...body,
      fileName: '科目.pdf',
    });
    expect((wrong.json() as Preview).problems[0]!.message).toBe(
      '不支持的文件类型“科目.pdf”：请上传 .xlsx 或 .csv 文件。',
    );
  });

  it('round-trips the edition in force through CSV: no differences, the same edition after applying', async () => {
    const before = await edition('全国', 2023);
    expect(before.editionYear).toBe(2023);
    // As the page sends it: the file itself (POST …/file), region, year and name in the query.
    const file = Buffer.from(csv(allRows(before)), 'base64');
    const query = `?region=${NATIONAL}&year=2023&fileName=2023.csv`;
    const previewed = await admin.request(
      'POST',
      `/api/accounts/catalogues/preview/file${query}`,
      file,
      OCTET,
    );
    expect(previewed.statusCode, previewed.body).toBe(200);
    const p = previewed.json() as Preview;
    expect(p.problems).toEqual([]);
    expect(p.rows).toHaveLength(allRows(before).length);
    for (const d of p.differences)
      expect({ kind: d.kind, ...d.diff }).toMatchObject({ added: [], renamed: [], removed: [] });
    const applied = await admin.request(
      'POST',
      `/api/accounts/catalogues/file${query}&version=${p.version}`,
      file,
      OCTET,
    );
    expect(applied.statusCode, applied.body).toBe(201);
    const after = await edition('全国', 2023);
    expect(after.functions).toEqual(before.functions);
    expect(after.economicDepartment).toEqual(before.economicDepartment);
    expect(after.income).toEqual(before.income);
  });

  it('shows what an import adds, renames and removes; applies it; audits it; refuses a stale apply', async () => {
    const current = await edition('全国', 2024);
    const functions = current.functions
      .filter((e) => e.code !== '2014099')
      .map((e) => (e.code === '20106' ? { ...e, name: '财政事务（新）' } : e));
    functions.push({ code: '2010698', name: '财政专项业务', explanation: '指财政部门的专项业务支出。' });
    const body = {
      region: '全国',
      year: 2024,
      fileName: '2024年政府收支分类科目.csv',
      contentBase64: csv([...functions, ...current.economicDepartment]),
    };
    const p = (await admin.request('POST', '/api/accounts/catalogues/preview', body)).json() as Preview;
    expect(p.applicable).toBe(true);
    const f = p.differences.find((d) => d.kind === 'functions')!.diff;
    expect(f.added).toEqual([
      { code: '2010698', name: '财政专项业务', explanation: '指财政部门的专项业务支出。' },
    ]);
    expect(f.renamed).toEqual([{ code: '20106', before: '财政事务', after: '财政事务（新）' }]);
    expect(f.removed.map((e) => e.code)).toEqual(['2014099']);
    expect(p.differences.map((d) => d.kind)).toEqual(['functions', 'economicDepartment']);

    const applied = await admin.request('POST', '/api/accounts/catalogues', { ...body, version: p.version });
    expect(applied.statusCode).toBe(201);
    const stale = await admin.request('POST', '/api/accounts/catalogues', { ...body, version: p.version });
    expect(stale.statusCode).toBe(412);

    // used from then on: the catalogue every form reads
    const served = (await clerk.request('GET', '/api/accounts/catalog?year=2024')).json();
    expect(served.functions).toContainEqual({ code: '20106', name: '财政事务（新）', level: '款' });
    expect(served.functions).toContainEqual({ code: '2010698', name: '财政专项业务', level: '项' });
    expect(served.functions.some((e: Entry) => e.code === '2014099')).toBe(false);
    // the government economic list was not in the file: it stays as it was
    expect((await edition('全国', 2024)).economicGovernment).toEqual(current.economicGovernment);

    const auditor = await t.login('auditor');
    const audit = (await auditor.request('GET', '/api/audit?limit=50')).json().items as {
      action: string;
      after: {
        region: string;
        year: number;
        differences: { list: string; added: string[]; removed: string[] }[];
      };
    }[];
    const entry = audit.find((a) => a.action === 'accounts.catalogue.import' && a.after.year === 2024)!;
    expect(entry.after.region).toBe('全国');
    expect(entry.after.differences[0]).toMatchObject({
      list: '支出功能分类',
      added: ['2010698'],
      removed: ['2014099'],
    });

    const list = (await admin.request('GET', `/api/accounts/catalogues?region=${NATIONAL}`)).json();
    expect(list.builtInYears).toEqual([2020, 2021, 2022, 2023, 2024, 2025]);
    expect(list.items.map((i: { year: number }) => i.year)).toEqual([2024, 2023]);
  });

  it('a region (a finance organisation) extends the national catalogue; saves then know its codes', async () => {
    const body = {
      region: 'ROOT',
      year: 2020,
      fileName: '地方科目.csv',
      contentBase64: csv([{ code: '2019998', name: '地方自定义事务' }]),
    };
    const p = (await admin.request('POST', '/api/accounts/catalogues/preview', body)).json() as Preview;
    expect(p.differences[0]!.diff.added.map((e) => e.code)).toEqual(['2019998']);
    expect(
      (await admin.request('POST', '/api/accounts/catalogues', { ...body, version: 0 })).statusCode,
    ).toBe(201);

    const served = (await clerk.request('GET', '/api/accounts/catalog?year=2020')).json();
    expect(served.region).toBe('ROOT');
    expect(served.functions).toContainEqual({ code: '2019998', name: '地方自定义事务', level: '项' });
    expect(served.functions).toContainEqual({ code: '2011350', name: '事业运行', level: '项' });

    const xxzx = await t.orgId('SC-SWT-XXZX');
    const dto = (await clerk.request('GET', `/api/accounts/${xxzx}?year=2020`)).json() as {
      version: number;
      data: FinalAccounts;
    };
    const rows = [...dto.data.current.generalByFunction, { code: '2019998', budget: '0.00', actual: '0.00' }];
    const saved = await clerk.request('PUT', `/api/accounts/${xxzx}?year=2020`, {
      version: dto.version,
      data: setPath(dto.data, 'current.generalByFunction', rows),
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().violations.filter((v: { ruleId: string }) => v.ruleId.startsWith('K-'))).toEqual([]);
    // a code in neither catalogue is kept and warned about, naming the edition used
    const rows2 = [...rows, { code: '2019997', name: '另一自定义', budget: '0.00', actual: '0.00' }];
    const again = await clerk.request('PUT', `/api/accounts/${xxzx}?year=2020`, {
      version: saved.json().version,
      data: setPath(dto.data, 'current.generalByFunction', rows2),
    });
    expect(again.statusCode).toBe(200);
    expect(
      again.json().violations.find((v: { ruleId: string }) => v.ruleId === 'K-unknown').description,
    ).toBe('功能分类科目 2019997“另一自定义” 不在 2020 年科目表中，沿用所填名称');
  });

  it('refuses clerks and unknown regions', async () => {
    const body = {
      region: '全国',
      year: 2024,
      fileName: 'a.csv',
      contentBase64: csv([{ code: '201', name: 'x' }]),
    };
    expect((await clerk.request('POST', '/api/accounts/catalogues/preview', body)).statusCode).toBe(403);
    const unknown = await admin.request('POST', '/api/accounts/catalogues/preview', {
      ...body,
      region: 'NOPE',
    });
    expect(unknown.statusCode).toBe(404);
    const notFinance = await admin.request('POST', '/api/accounts/catalogues/preview', {
      ...body,
      region: 'SC-SWT',
    });
    expect(notFinance.statusCode).toBe(400);
    expect(notFinance.json().error.message).toBe('编码为“SC-SWT”的组织不是财政部门，不能发布科目表。');
    const raw = Buffer.from(body.contentBase64, 'base64');
    const rawClerk = await clerk.request(
      'POST',
      `/api/accounts/catalogues/preview/file?region=${NATIONAL}&year=2024&fileName=a.csv`,
      raw,
      OCTET,
    );
    expect(rawClerk.statusCode).toBe(403);
  });

  it('refuses an oversized file (413) and an unreadable workbook (422) sent as raw bytes, in Chinese', async () => {
    const url = (name: string) =>
      `/api/accounts/catalogues/preview/file?region=${NATIONAL}&year=2024&fileName=${encodeURIComponent(name)}`;
    const big = await admin.request('POST', url('科目.csv'), Buffer.alloc(15 * 1024 * 1024 + 1, 0x31), OCTET);
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toBe('文件过大：“科目.csv”为 15 MB，导入的科目表文件不能超过 15 MB。');
    const unreadable = await admin.request('POST', url('科目.xlsx'), Buffer.from('科目编码,科目名称'), OCTET);
    expect(unreadable.statusCode).toBe(422);
    expect(unreadable.json().error.message).toBe(
      '无法读取文件“科目.xlsx”：它不是有效的 Excel 工作簿（.xlsx）。请用 Excel 或 WPS 另存为 .xlsx（或 .csv）后重试。',
    );
    const noYear = await admin.request(
      'POST',
      `/api/accounts/catalogues/preview/file?region=${NATIONAL}&fileName=a.csv`,
      Buffer.from('科目编码,科目名称'),
      OCTET,
    );
    expect(noYear.statusCode).toBe(400);
    expect(noYear.json().error.message).toContain('年度');
  });
});
