/**
 * Evaluation documents through the API: the 004 evaluation's panel sheet, 评分表, 自评表 and 自评报告 as
 * DOCX, read back as text — the evaluators, their scores, the average 98.5 and the grade 优 are in it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocx } from '../../src/importers/extract-text.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let clerk: Session;
/** 004's evaluation as the demo loads it (the panel gave totals only); no test changes it. */
let panelEvaluationId: string;

beforeAll(async () => {
  t = await createTestApp();
  clerk = await t.login('hnswt_jbr');
  const hn = await t.orgId('HN-SWT');
  panelEvaluationId = (
    (await clerk.request('GET', `/api/evaluations?orgId=${hn}`)).json().items as Array<{ id: string }>
  )[0]!.id;
});
afterAll(async () => t.close());

/** The DOCX's lines as text; a table row is one line, its cells separated by tabs. */
async function docxLines(evaluationId: string, kind: string): Promise<string[]> {
  const res = await clerk.request(
    'GET',
    `/api/evaluations/${evaluationId}/document?kind=${kind}&format=docx`,
  );
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toContain('wordprocessingml');
  expect(String(res.headers['content-disposition'])).toContain(`${kind}.docx`);
  return (await extractDocx(res.rawPayload)).map((l) => l.text);
}

/** The cells of the table row whose first cell is `label`. */
function row(lines: readonly string[], label: string): string[] {
  const found = lines.find((l) => l.split('\t')[0] === label);
  expect(found, `no row 「${label}」 in:\n${lines.join('\n')}`).toBeDefined();
  return found!.split('\t');
}

describe('evaluation documents', () => {
  it("renders 004's panel sheet with both evaluators and the average 98.5", async () => {
    const lines = await docxLines(panelEvaluationId, 'panel-sheet');
    expect(row(lines, '谭国伟').slice(0, 4)).toEqual(['谭国伟', '主任', '海南省商务厅办公室', '99.00']);
    expect(row(lines, '陈力')[3]).toBe('98.00');
    expect(row(lines, '平均得分')[3]).toBe('98.50');
    expect(row(lines, '评价等次')[3]).toBe('优');
    expect(lines).toContain('评价人员共2人，各自独立评分，最终得分取平均值：（99.00＋98.00）÷2＝98.50分。');
  });

  it('renders the 项目支出绩效自评表 from the stored goal table', async () => {
    const lines = await docxLines(panelEvaluationId, 'project-sheet');
    expect(row(lines, '项目名称')[1]).toBe('2020年度信息系统运维项目');
    // 预算数, 执行数, 执行率 of the year's total: 87.44 ÷ 195.01 = 44.84%.
    expect(
      lines
        .find((l) => l.split('\t')[1] === '年度资金总额')!
        .split('\t')
        .slice(3, 6),
    ).toEqual(['195.01', '87.44', '44.84%']);
    const indicator = row(lines, '产出指标');
    expect(indicator.slice(2, 4)).toEqual(['信息采集数量', '各信息系统全年累计采集和发布信息1000条以上']);
  });

  it('says in Chinese that a 评分表 needs per-indicator sheets when the panel gave totals only (004)', async () => {
    const res = await clerk.request(
      'GET',
      `/api/evaluations/${panelEvaluationId}/document?kind=score-table&format=docx`,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toContain('逐项评分');
  });

  it('renders the 评分表 and the 自评报告 of an evaluation two evaluators scored indicator by indicator', async () => {
    const hn = await t.orgId('HN-SWT');
    const project = (
      (await clerk.request('GET', `/api/projects?orgId=${hn}`)).json().items as Array<{ id: string }>
    )[0]!;
    const ev = (
      await clerk.request('POST', '/api/evaluations', {
        orgId: hn,
        projectId: project.id,
        templateId: 'hn-2020-project',
      })
    ).json() as { id: string };
    const leaves = [
      'goal-content:4',
      'basis:3',
      'procedure:5',
      'allocation-method:2',
      'allocation-result:6',
      'arrival-rate:3',
      'arrival-timeliness:2',
      'funds-use:7',
      'financial-management:3',
      'organisation:1',
      'rules:9',
      'output-quantity:5',
      'output-quality:4',
      'output-timeliness:3',
      'output-cost:3',
      'economic:8',
      'social:8',
      'environmental:8',
      'sustainable:8',
      'satisfaction:8',
    ].map((x) => x.split(':') as [string, string]);
    for (const [user, deduct] of [
      ['hnswt_pj1', 'allocation-result'],
      ['hnswt_pj2', 'arrival-rate'],
    ] as const) {
      const s = await t.login(user);
      const started = (await s.request('POST', `/api/evaluations/${ev.id}/sheets`, {})).json() as {
        sheets: Array<{ id: string; mine: boolean; version: number }>;
      };
      const sheet = started.sheets.find((x) => x.mine)!;
      const entries = Object.fromEntries(
        leaves.map(([id, w]) => [
          id,
          id === deduct
            ? {
                score: String(Number(w) - 1),
                explanation: '扣1分',
                problem: '微信公众号管理不够规范',
                suggestion: '加强单位微信公众号管理',
              }
            : { score: w },
        ]),
      );
      expect(
        (await s.request('PUT', `/api/score-sheets/${sheet.id}`, { entries, version: sheet.version }))
          .statusCode,
      ).toBe(200);
      expect(
        (await s.request('POST', `/api/score-sheets/${sheet.id}/submit`, { version: sheet.version + 1 }))
          .statusCode,
      ).toBe(200);
    }
    // Each evaluator deducted one point from a different indicator: both sheets total 99, so does the average.
    const table = await docxLines(ev.id, 'score-table');
    const total = table.find((l) => l.startsWith('合计') || l.startsWith('总分'));
    expect(total, table.join('\n')).toBeDefined();
    expect(total!.split('\t')).toContain('99.00');
    const report = (await docxLines(ev.id, 'self-evaluation-report')).join('\n');
    expect(report).toMatch(/99(\.00)?分/);
    expect(report).toMatch(/等次为“?优/);
    expect(report).toContain('加强单位微信公众号管理');
  });

  it('refuses an unknown document kind in Chinese', async () => {
    const res = await clerk.request(
      'GET',
      `/api/evaluations/${panelEvaluationId}/document?kind=x&format=docx`,
    );
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
