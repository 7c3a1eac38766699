/**
 * The 报告 overview on the demo (real PostgreSQL): the 财政部门 sees every organisation with exact figures
 * (decimal strings, rates half-up to 2 places), a 主管部门's reviewer sees only its own subtree, an outsider
 * is refused, the filters narrow the list, a state change shows up, and each table exports to XLSX.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

type Unit = {
  orgId: string;
  code: string;
  name: string;
  goals: { projects: number; filed: number; approved: number };
  monitoring: { rounds: number; submitted: number; red: number; yellow: number; latestLabel: string | null };
  evaluation: { total: number; submitted: number; approved: number; frozen: number };
  scores: {
    departmentScore: string | null;
    departmentGrade: string | null;
    projectAverage: string | null;
    grades: Record<string, number>;
  };
  execution: { budget: string; executed: string; rate: string | null };
  rectifications: { open: number; overdue: number };
  accounts: { saved: boolean; checked: boolean; submitted: boolean; statusLabel: string };
  checks: { accountsViolations: number; accountsUnexplained: number; goalShortfalls: number; total: number };
  pending: string[];
};
type Overview = {
  year: number | null;
  years: number[];
  units: Unit[];
  departments: Array<{
    departmentName: string;
    units: number;
    budget: string;
    executed: string;
    rate: string | null;
    averageScore: string | null;
  }>;
  projects: Array<{
    name: string;
    orgName: string;
    rate: string | null;
    lightLabel: string;
    score: string | null;
  }>;
  distribution: Array<{ grade: string; project: number; department: number }>;
};

let t: TestApp;
let finance: Session;
let root: string;
let scswt: string;

const get = async (s: Session, query: string): Promise<Overview> => {
  const res = await s.request('GET', `/api/reports/overview?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Overview;
};
const unit = (o: Overview, code: string) => o.units.find((u) => u.code === code)!;

beforeAll(async () => {
  t = await createTestApp();
  finance = await t.login('czbm_cz');
  root = await t.orgId('ROOT');
  scswt = await t.orgId('SC-SWT');
});
afterAll(async () => t.close());

describe('报告 overview', () => {
  it('shows the 财政部门 every organisation of the latest year with data, with exact figures', async () => {
    const o = await get(finance, `orgId=${root}`);
    expect(o.year).toBe(2020);
    expect(o.years).toEqual([2020]);
    expect(o.units.map((u) => u.code)).toEqual([
      'HN-SWT',
      'JS-SWT',
      'JS-SWT-XXZX',
      'SC-SWT',
      'SC-SWT-XXZX',
      'SC-ZWFW',
      'SC-ZWFW-CGZX',
      'SC-ZWFW-XXZX',
    ]);
    // 四川省商务厅信息中心 (seed 000): 32.35 + 2.0 + 9.7 = 44.05 budgeted, 31.68 + 2.0 + 9.7 = 43.38 spent.
    const xxzx = unit(o, 'SC-SWT-XXZX');
    expect(xxzx.execution).toEqual({ budget: '44.05', executed: '43.38', rate: '98.48' });
    expect(xxzx.goals).toMatchObject({ projects: 3, filed: 3, approved: 0 });
    expect(xxzx.monitoring).toEqual({
      rounds: 1,
      submitted: 0,
      red: 1,
      yellow: 1,
      latestLabel: '7月：填报中',
    });
    expect(xxzx.rectifications).toEqual({ open: 1, overdue: 1 });
    expect(xxzx.accounts).toMatchObject({
      saved: true,
      checked: true,
      submitted: false,
      statusLabel: '已校验',
    });
    expect(xxzx.pending).toEqual(['goals', 'monitoring', 'evaluation', 'accounts']);
    // 四川省政务服务和公共资源交易服务中心 (seed 001): its own three projects, its 部门整体 evaluation and two
    // 未达成 rows without a 偏差原因 in each of two goal tables.
    const zwfw = unit(o, 'SC-ZWFW');
    expect(zwfw.execution).toEqual({ budget: '1852.44', executed: '1556.99', rate: '84.05' });
    expect(zwfw.scores).toEqual({
      departmentScore: '84.53',
      departmentGrade: '良',
      projectAverage: '100.00',
      grades: { 优: 3, 良: 1 },
    });
    expect(zwfw.checks).toEqual({
      accountsViolations: 0,
      accountsUnexplained: 0,
      goalShortfalls: 4,
      total: 4,
    });
    expect(unit(o, 'SC-ZWFW-CGZX').execution).toEqual({
      budget: '224.47',
      executed: '234.66',
      rate: '104.54',
    });
    // The department's row adds up its own and its units': (1556.99 + 234.66) / (1852.44 + 224.47) = 86.27 %;
    // the average of 100, 100, 100, 84.53 and 96.80 is 96.266 → 96.27.
    const dept = o.departments.find((d) => d.departmentName === '四川省政务服务和公共资源交易服务中心')!;
    expect(dept).toMatchObject({
      units: 3,
      budget: '2076.91',
      executed: '1791.65',
      rate: '86.27',
      averageScore: '96.27',
    });
    expect(o.distribution).toEqual([
      { grade: '优', project: 5, department: 1 },
      { grade: '良', project: 0, department: 1 },
      { grade: '中', project: 0, department: 0 },
      { grade: '差', project: 0, department: 0 },
      // The demo's 清偿欠款 self-evaluation, waiting for its 评价人员.
      { grade: '未评分', project: 1, department: 0 },
    ]);
    expect(o.projects.find((p) => p.name === '设备采购')).toMatchObject({
      orgName: '四川省商务厅信息中心',
      rate: '100.00',
      lightLabel: '红灯',
      score: null,
    });
  });

  it('shows a 主管部门 reviewer only its own subtree and refuses what lies outside it', async () => {
    const cz = await t.login('scswt_cz');
    const o = await get(cz, `orgId=${scswt}&year=2020`);
    expect(o.units.map((u) => u.name)).toEqual(['四川省商务厅', '四川省商务厅信息中心']);
    expect(o.projects.map((p) => p.orgName)).toEqual(Array(3).fill('四川省商务厅信息中心'));
    expect(o.departments).toHaveLength(1);
    // The whole tree, or another department, is outside its reach: "not found", as everywhere.
    expect((await cz.request('GET', `/api/reports/overview?orgId=${root}`)).statusCode).toBe(404);
    const zwfw = await t.orgId('SC-ZWFW');
    expect((await cz.request('GET', `/api/reports/overview?orgId=${zwfw}`)).statusCode).toBe(404);
    // A unit's user cannot read its department's overview, nor another unit's.
    const unitUser = await t.login('scxxzx_jbr');
    expect((await unitUser.request('GET', `/api/reports/overview?orgId=${scswt}`)).statusCode).toBe(404);
    const other = await t.login('hnswt_cz');
    for (const url of [
      `/api/reports/overview?orgId=${scswt}`,
      `/api/reports/overview/export?orgId=${scswt}&table=units`,
    ])
      expect((await other.request('GET', url)).statusCode).toBe(404);
  });

  it('filters by department, kind, grade and unfinished stage', async () => {
    const zwfw = await t.orgId('SC-ZWFW');
    const codes = async (q: string) => (await get(finance, `orgId=${root}&${q}`)).units.map((u) => u.code);
    expect(await codes(`departmentId=${zwfw}`)).toEqual(['SC-ZWFW', 'SC-ZWFW-CGZX', 'SC-ZWFW-XXZX']);
    expect(await codes(`departmentId=${zwfw}&kind=unit`)).toEqual(['SC-ZWFW-CGZX', 'SC-ZWFW-XXZX']);
    expect(await codes(`grade=${encodeURIComponent('良')}`)).toEqual(['SC-ZWFW']);
    expect(await codes('stage=monitoring')).toEqual([
      'HN-SWT',
      'SC-SWT',
      'SC-SWT-XXZX',
      'SC-ZWFW',
      'SC-ZWFW-CGZX',
      'SC-ZWFW-XXZX',
    ]);
    const filtered = await get(finance, `orgId=${root}&grade=${encodeURIComponent('良')}`);
    expect(filtered.departments.map((d) => d.departmentName)).toEqual([
      '四川省政务服务和公共资源交易服务中心',
    ]);
    expect((await finance.request('GET', `/api/reports/overview?orgId=${root}&stage=x`)).statusCode).toBe(
      400,
    );
  });

  it('follows the data: a submitted 决算 leaves the unfinished 决算 stage', async () => {
    const org = await t.orgId('SC-SWT-XXZX');
    const clerk = await t.login('scxxzx_jbr');
    const acc = (await clerk.request('GET', `/api/accounts/${org}?year=2020`)).json() as { version: number };
    const sub = await clerk.request('POST', `/api/accounts/${org}/submit?year=2020`, {
      version: acc.version,
    });
    expect(sub.statusCode, sub.body).toBe(200);
    const o = await get(finance, `orgId=${root}&stage=accounts`);
    expect(o.units.map((u) => u.code)).not.toContain('SC-SWT-XXZX');
    const all = await get(finance, `orgId=${root}`);
    expect(unit(all, 'SC-SWT-XXZX').accounts).toMatchObject({ submitted: true, statusLabel: '已报送' });
  });

  it('exports each table to XLSX with the rows shown', async () => {
    const cz = await t.login('scswt_cz');
    const res = await cz.request('GET', `/api/reports/overview/export?orgId=${scswt}&year=2020&table=units`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('单位概览');
    expect(String(ws.getCell(1, 1).value)).toBe('四川省商务厅2020年度绩效管理总览 · 单位概览');
    const header = (ws.getRow(2).values as unknown[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    expect(ws.getCell(3, 1).value).toBe('四川省商务厅');
    expect(ws.getCell(4, 1).value).toBe('四川省商务厅信息中心');
    expect(ws.getCell(4, col('预算数（万元）')).value).toBe(44.05);
    expect(ws.getCell(4, col('执行率（%）')).value).toBe(98.48);
    expect(ws.getCell(4, col('逾期整改')).value).toBe(1);
    expect(ws.rowCount).toBe(4);

    const projects = await cz.request(
      'GET',
      `/api/reports/overview/export?orgId=${scswt}&table=projects&unitId=${await t.orgId('SC-SWT-XXZX')}`,
    );
    const pw = new ExcelJS.Workbook();
    await pw.xlsx.load(projects.rawPayload as unknown as ArrayBuffer);
    const rows = pw.worksheets[0]!.getSheetValues().slice(3) as unknown[][];
    expect(rows.map((r) => r[1]).sort()).toEqual(['信息化运维', '清偿欠款', '设备采购']);
  });
});
