/**
 * Exchange with the 预算管理一体化 platform through the API: a unit's year exported (JSON and XLSX, the
 * platform's field names) and imported into an empty year loses nothing — the projects with their goal
 * tables, the monitoring report and the self-evaluation results read back deep-equal; an import is previewed
 * before it is applied, refused as a whole when a row is wrong (naming the row and field), refused when
 * the data moved since the preview, refused for an agency_code outside the user's reach, and audited.
 */
import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  fromRecords,
  readJsonFile,
  type ExchangeJson,
  type ExchangeUnit,
} from '../../src/domain/exchange/index.ts';
import { readExchangeWorkbook } from '../../src/importers/exchange-xlsx.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let clerk: Session; // 四川省商务厅信息中心 经办人
let dept: Session; // 四川省商务厅 经办人 (opens monitoring rounds)
let unitId: string;
let deptId: string;

const b64 = (buf: Buffer | string) => Buffer.from(buf).toString('base64');
const OCTET = { 'content-type': 'application/octet-stream' };

async function exportJson(s: Session, orgId: string, year: number): Promise<ExchangeJson> {
  const res = await s.request('GET', `/api/exchange/export?orgId=${orgId}&year=${year}&format=json`);
  expect(res.statusCode, res.body).toBe(200);
  expect(res.headers['content-disposition']).toContain('attachment');
  return res.json() as ExchangeJson;
}

async function exportXlsx(s: Session, orgId: string, year: number): Promise<Buffer> {
  const res = await s.request('GET', `/api/exchange/export?orgId=${orgId}&year=${year}&format=xlsx`);
  expect(res.statusCode, res.body).toBe(200);
  return res.rawPayload;
}

function unitsOfJson(json: unknown): ExchangeUnit[] {
  const read = readJsonFile(json);
  if (!read.ok) throw new Error(JSON.stringify(read.problems));
  const { units, problems } = fromRecords(read.sheets);
  expect(problems).toEqual([]);
  return units;
}

/** The file as a user edits it for another year: every fiscal_year replaced. */
function withYear(json: ExchangeJson, year: number): ExchangeJson {
  const out: ExchangeJson = { ...json };
  for (const [k, v] of Object.entries(json))
    if (Array.isArray(v))
      out[k] = v.map((r: Record<string, string>) => ({ ...r, fiscal_year: String(year) }));
  return out;
}

async function openRound(year: number, month: number) {
  const res = await dept.request('POST', '/api/monitoring/rounds', {
    orgId: deptId,
    fiscalYear: year,
    month,
    dueDate: `${year}-08-31`,
  });
  expect(res.statusCode, res.body).toBe(201);
}

async function auditCount(action: string): Promise<number> {
  const r = await t.deps.db.execute<{ n: number }>(
    sql`select count(*)::int as n from audit_log where action = ${action}`,
  );
  return r.rows[0]!.n;
}

async function projectCount(year: number): Promise<number> {
  const r = await t.deps.db.execute<{ n: number }>(
    sql`select count(*)::int as n from projects where org_id = ${unitId} and fiscal_year = ${year}`,
  );
  return r.rows[0]!.n;
}

beforeAll(async () => {
  t = await createTestApp();
  clerk = await t.login('scxxzx_jbr');
  dept = await t.login('scswt_jbr');
  unitId = await t.orgId('SC-SWT-XXZX');
  deptId = await t.orgId('SC-SWT');
});
afterAll(async () => t.close());

describe('exchange with the 预算管理一体化 platform', () => {
  let source: ExchangeJson;

  it('exports a unit’s year with the platform’s field names: projects, funds in 元, indicators, monitoring', async () => {
    source = await exportJson(clerk, unitId, 2020);
    const projects = source.pm_project_info as Array<Record<string, string>>;
    expect(projects.length).toBeGreaterThan(0);
    expect(projects[0]).toMatchObject({
      fiscal_year: '2020',
      agency_code: 'SC-SWT-XXZX',
      mof_div_code: 'ROOT',
    });
    const indicators = source.perf_bgt_indicator as Array<Record<string, string>>;
    expect(indicators.length).toBeGreaterThan(0);
    expect(Object.keys(indicators[0]!)).toEqual(
      expect.arrayContaining(['kpi_lv1', 'kpi_lv2', 'kpi_lv3', 'kpi_val', 'kpi_evalstd', 'pro_code']),
    );
    const [unit] = unitsOfJson(source);
    expect(unit!.monitoring.map((m) => m.month)).toEqual([7]);
    // 设备采购's red light was answered 继续执行 in the demo round.
    const red = unit!.monitoring[0]!.projects.find((p) => p.response !== null);
    expect(red?.response?.action).toBe('继续执行');
  });

  it('previews an import into an empty year, then applies it: a JSON round trip loses nothing', async () => {
    await openRound(2021, 7);
    const file = withYear(source, 2021);
    const body = { orgId: unitId, fileName: '一体化.json', contentBase64: b64(JSON.stringify(file)) };
    const before = await projectCount(2021);
    const preview = await clerk.request('POST', '/api/exchange/preview', body);
    expect(preview.statusCode, preview.body).toBe(200);
    const p = preview.json();
    expect(p.problems).toEqual([]);
    const projects = (source.pm_project_info as unknown[]).length;
    // Every project and every self-evaluation result (the demo's 清偿欠款 one is not scored yet) is new there.
    const selfResults = (source.pm_perf_self_eval as unknown[]).length;
    expect(selfResults).toBeGreaterThan(0);
    expect(p.counts.create).toBe(projects + selfResults);
    expect(p.items.filter((i: { area: string }) => i.area === 'monitoring')).toEqual([
      expect.objectContaining({ action: 'update', name: '截至 7 月' }),
    ]);
    // A preview writes nothing.
    expect(await projectCount(2021)).toBe(before);

    const audits = await auditCount('exchange.import');
    const done = await clerk.request(
      'POST',
      '/api/exchange/import',
      { ...body, planHash: p.planHash },
      {
        'idempotency-key': 'exchange-json-1',
      },
    );
    expect(done.statusCode, done.body).toBe(200);
    expect(await auditCount('exchange.import')).toBe(audits + 1);
    expect(await projectCount(2021)).toBe(projects);

    const back = await exportJson(clerk, unitId, 2021);
    const expected = unitsOfJson(source).map((u) => ({ ...u, fiscalYear: 2021 }));
    expect(unitsOfJson(back)).toEqual(expected);

    // The same file again: nothing to do.
    const again = await clerk.request('POST', '/api/exchange/preview', body);
    expect(again.json().counts).toMatchObject({ create: 0, update: 0 });
  });

  it('loses nothing in an XLSX round trip either, and keeps a platform 项目代码', async () => {
    await openRound(2022, 7);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await exportXlsx(clerk, unitId, 2020)) as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '项目',
      '项目资金',
      '绩效指标',
      '监控资金',
      '监控指标',
      '自评结果',
    ]);
    for (const ws of wb.worksheets) {
      const col = (ws.getRow(1).values as unknown[]).indexOf('fiscal_year');
      ws.eachRow((row, n) => {
        if (n > 2) row.getCell(col).value = 2022;
      });
    }
    // The platform's code of the first project, typed into 项目 and 项目资金 (the rows that name it).
    const proCode = '51000022Y000000000001';
    const first = wb.getWorksheet('项目')!.getRow(3);
    const name = String(first.getCell(7).value);
    for (const sheet of ['项目', '项目资金', '绩效指标', '监控资金', '监控指标']) {
      const ws = wb.getWorksheet(sheet)!;
      const header = ws.getRow(1).values as unknown[];
      const codeCol = header.indexOf('pro_code');
      const nameCol = header.indexOf('pro_name');
      ws.eachRow((row, n) => {
        if (n > 2 && row.getCell(nameCol).value === name) row.getCell(codeCol).value = proCode;
      });
    }
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    // As the page sends it: the workbook itself (POST …/file), unit, name and planHash in the query.
    const query = `?orgId=${unitId}&fileName=${encodeURIComponent('一体化.xlsx')}`;
    const preview = await clerk.request('POST', `/api/exchange/preview/file${query}`, bytes, OCTET);
    expect(preview.statusCode, preview.body).toBe(200);
    expect(preview.json().problems).toEqual([]);
    const done = await clerk.request(
      'POST',
      `/api/exchange/import/file${query}&planHash=${preview.json().planHash}`,
      bytes,
      OCTET,
    );
    expect(done.statusCode, done.body).toBe(200);

    const fromFile = fromRecords(await readExchangeWorkbook(bytes));
    expect(fromFile.problems).toEqual([]);
    const back = fromRecords(await readExchangeWorkbook(await exportXlsx(clerk, unitId, 2022)));
    expect(back.problems).toEqual([]);
    expect(back.units).toEqual(fromFile.units);
    expect(back.units[0]!.projects.find((x) => x.name === name)!.code).toBe(proCode);
  });

  it('carries self-evaluation results: scored in Jixiao, they come back as imported results', async () => {
    const hn = await t.login('hnswt_jbr');
    const hnId = await t.orgId('HN-SWT');
    const json = await exportJson(hn, hnId, 2020);
    const results = json.pm_perf_self_eval as Array<Record<string, string>>;
    expect(results).toContainEqual(
      expect.objectContaining({
        pro_name: '2020年度信息系统运维项目',
        total_eval_value: '98.5',
        eval_grade: '优',
      }),
    );
    const open = await hn.request('POST', '/api/monitoring/rounds', {
      orgId: hnId,
      fiscalYear: 2023,
      month: 7,
      dueDate: '2023-08-31',
    });
    expect(open.statusCode, open.body).toBe(201);
    const file = withYear(json, 2023);
    const body = { orgId: hnId, fileName: 'hn.json', contentBase64: b64(JSON.stringify(file)) };
    const preview = await hn.request('POST', '/api/exchange/preview', body);
    expect(preview.json().problems).toEqual([]);
    const done = await hn.request('POST', '/api/exchange/import', {
      ...body,
      planHash: preview.json().planHash,
    });
    expect(done.statusCode, done.body).toBe(200);
    const back = await exportJson(hn, hnId, 2023);
    expect(unitsOfJson(back)).toEqual(unitsOfJson(json).map((u) => ({ ...u, fiscalYear: 2023 })));
  });

  it('refuses the whole file when a row is wrong, naming the row and the field as the file does', async () => {
    const wrong = withYear(source, 2024);
    (wrong.perf_bgt_indicator as Array<Record<string, string>>)[0]!.kpi_lv3 = '';
    (wrong.pm_perf_self_bgt as Array<Record<string, string>>)[1]!.cur_amt = '12.345';
    const body = { orgId: unitId, fileName: 'bad.json', contentBase64: b64(JSON.stringify(wrong)) };
    const preview = await clerk.request('POST', '/api/exchange/preview', body);
    expect(preview.statusCode).toBe(200);
    const texts = (preview.json().problems as Array<{ text: string }>).map((p) => p.text);
    expect(texts).toContain('perf_bgt_indicator（绩效指标）第1条「kpi_lv3（三级指标）」：必须填写');
    expect(texts).toContain(
      'pm_perf_self_bgt（项目资金）第2条「cur_amt（预算数（元））」：“12.345”不是金额（单位：元，最多两位小数，如 1950100.00）',
    );
    // No monitoring round in 2024: said so, and nothing is imported.
    expect(texts.some((x) => x.includes('2024 年截至 7 月没有向该单位发起的绩效监控'))).toBe(true);
    const audits = await auditCount('exchange.import');
    const refused = await clerk.request('POST', '/api/exchange/import', body);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().error.message).toContain('未导入任何数据');
    expect(await projectCount(2024)).toBe(0);
    expect(await auditCount('exchange.import')).toBe(audits);
  });

  it('refuses an import when the data moved since the preview', async () => {
    const file = withYear(source, 2021);
    (file.pm_project_info as Array<Record<string, string>>)[0]!.goal_comp = '导入时修改的完成情况';
    const body = { orgId: unitId, fileName: 'x.json', contentBase64: b64(JSON.stringify(file)) };
    const preview = await clerk.request('POST', '/api/exchange/preview', body);
    expect(preview.json().counts.update).toBe(1);
    const stale = await clerk.request('POST', '/api/exchange/import', { ...body, planHash: 'f'.repeat(64) });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.message).toBe('数据在预览之后已有变化，请重新预览后再导入。');
  });

  it('refuses an oversized file (413) and an unreadable one (422) sent as raw bytes, in Chinese', async () => {
    const url = (name: string) =>
      `/api/exchange/preview/file?orgId=${unitId}&fileName=${encodeURIComponent(name)}`;
    const big = await clerk.request('POST', url('大.json'), Buffer.alloc(15 * 1024 * 1024 + 1, 0x20), OCTET);
    expect(big.statusCode).toBe(413);
    expect(big.json().error.message).toBe('文件过大：“大.json”为 15 MB，导入的交换文件不能超过 15 MB。');
    const notJson = await clerk.request(
      'POST',
      url('一体化.json'),
      Buffer.from('{"pm_project_info": ['),
      OCTET,
    );
    expect(notJson.statusCode).toBe(422);
    expect(notJson.json().error.message).toBe(
      '文件“一体化.json”不是有效的 JSON：请确认文件完整、编码为 UTF-8。',
    );
    const notXlsx = await clerk.request(
      'POST',
      url('一体化.xlsx'),
      Buffer.from('agency_code,pro_name'),
      OCTET,
    );
    expect(notXlsx.statusCode).toBe(422);
    expect(notXlsx.json().error.message).toContain('无法读取文件“一体化.xlsx”：它不是有效的 Excel 工作簿');
  });

  it('refuses rows for an agency_code outside the user’s reach, and another unit’s user', async () => {
    const foreign = withYear(source, 2021);
    for (const v of Object.values(foreign))
      if (Array.isArray(v)) for (const r of v as Array<Record<string, string>>) r.agency_code = 'JS-SWT-XXZX';
    const body = { orgId: unitId, fileName: 'js.json', contentBase64: b64(JSON.stringify(foreign)) };
    const audits = await auditCount('exchange.import');
    for (const url of ['/api/exchange/preview', '/api/exchange/import']) {
      const res = await clerk.request('POST', url, body);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().error.message).toContain('JS-SWT-XXZX');
    }
    expect(await auditCount('exchange.import')).toBe(audits);
    const outsider = await t.login('jsxxzx_jbr');
    const rawOutsider = await outsider.request(
      'POST',
      `/api/exchange/preview/file?orgId=${unitId}&fileName=js.json`,
      Buffer.from(JSON.stringify(source)),
      OCTET,
    );
    expect(rawOutsider.statusCode).toBe(404);
    const res = await outsider.request('GET', `/api/exchange/export?orgId=${unitId}&year=2020&format=json`);
    // Refused by the organisation scope, which does not say whether the unit exists.
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-disposition']).toBeUndefined();
  });
});
