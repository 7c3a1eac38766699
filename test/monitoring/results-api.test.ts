/**
 * 结果应用 through the API: 004's evaluated project (grade 优) maps to 优先保障 with this year's budget, the
 * 主管部门 confirms it or overrides it (with a reason only), a unit cannot confirm its own, and the XLSX list
 * carries 项目, 单位, 得分, 等次, 建议, 本年预算, 建议预算.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let hnReviewer: Session;
let hn: string;

type Item = {
  evaluationId: string;
  project: string;
  score: string | null;
  grade: string | null;
  budget: string | null;
  suggested: { recommendation: string; proposedBudget: string | null } | null;
  confirmed: {
    recommendation: string;
    proposedBudget: string | null;
    reason: string;
    overridden: boolean;
  } | null;
  version: number;
};

beforeAll(async () => {
  t = await createTestApp();
  hnReviewer = await t.login('hnswt_cz');
  hn = await t.orgId('HN-SWT');
});
afterAll(async () => t.close());

describe('results application', () => {
  let item: Item;

  it('maps the grade of 004’s evaluated project to a recommendation and a proposed budget', async () => {
    const res = await hnReviewer.request('GET', `/api/results?orgId=${hn}&year=2020`);
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as Item[];
    item = items.find((i) => i.project === '2020年度信息系统运维项目')!;
    expect(item).toMatchObject({
      score: '98.50',
      grade: '优',
      budget: '195.01',
      suggested: { recommendation: '优先保障', proposedBudget: '195.01' },
      // The demo's 主管部门 confirmed it already.
      confirmed: { recommendation: '优先保障', proposedBudget: '195.01', overridden: false },
      version: 1,
    });
  });

  it('asks for a reason only when the supervisor overrides the recommendation', async () => {
    const noReason = await hnReviewer.request('PUT', `/api/results/${item.evaluationId}`, {
      version: 1,
      recommendation: '保障',
      proposedBudget: '180.00',
    });
    expect(noReason.statusCode, noReason.body).toBe(400);
    expect(noReason.json().error.message).toContain('调整理由');
    const confirmed = await hnReviewer.request('PUT', `/api/results/${item.evaluationId}`, {
      version: 1,
      recommendation: '优先保障',
      proposedBudget: '195.01',
    });
    expect(confirmed.statusCode, confirmed.body).toBe(200);
    expect((confirmed.json() as Item).confirmed).toMatchObject({
      recommendation: '优先保障',
      overridden: false,
    });
    const overridden = await hnReviewer.request('PUT', `/api/results/${item.evaluationId}`, {
      version: 2,
      recommendation: '保障',
      proposedBudget: '180.00',
      reason: '运维合同单价下调',
    });
    expect(overridden.statusCode, overridden.body).toBe(200);
    expect((overridden.json() as Item).confirmed).toMatchObject({
      recommendation: '保障',
      proposedBudget: '180.00',
      reason: '运维合同单价下调',
      overridden: true,
    });
  });

  it('exports the list as XLSX with 项目, 单位, 得分, 等次, 建议, 本年预算, 建议预算', async () => {
    const res = await hnReviewer.request('GET', `/api/results/export?orgId=${hn}&year=2020`);
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('结果应用清单')!;
    expect(ws.getRow(2).values).toEqual(
      expect.arrayContaining([
        '项目',
        '单位',
        '得分',
        '等次',
        '建议',
        '本年预算（万元）',
        '建议预算（万元）',
      ]),
    );
    const row = ws.getRow(3).values as unknown[];
    expect(row).toEqual(
      expect.arrayContaining(['2020年度信息系统运维项目', '海南省商务厅', 98.5, '优', '保障', 195.01, 180]),
    );
  });

  it('refuses a unit confirming its own recommendation and another province’s user', async () => {
    const outsider = await t.login('scswt_cz');
    const res = await outsider.request('PUT', `/api/results/${item.evaluationId}`, {
      version: 3,
      recommendation: '压减',
      reason: '越权',
    });
    expect([403, 404]).toContain(res.statusCode);
  });
});
