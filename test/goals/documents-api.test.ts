/**
 * Evaluation documents through the API: the 004 evaluation's panel sheet, 评分表, 自评表 and 自评报告 as
 * DOCX, read back as text — the evaluators, their scores, the average 98.5 and the grade 优 are in it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocx } from '../../src/importers/extract-text.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let clerk: Session;
let evaluationId: string;

beforeAll(async () => {
  t = await createTestApp();
  clerk = await t.login('hnswt_jbr');
  const hn = await t.orgId('HN-SWT');
  evaluationId = (
    (await clerk.request('GET', `/api/evaluations?orgId=${hn}`)).json().items as Array<{ id: string }>
  )[0]!.id;
});
afterAll(async () => t.close());

async function docxText(kind: string): Promise<string> {
  const res = await clerk.request(
    'GET',
    `/api/evaluations/${evaluationId}/document?kind=${kind}&format=docx`,
  );
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  expect(res.headers['content-type']).toContain('wordprocessingml');
  expect(String(res.headers['content-disposition'])).toContain(`${kind}.docx`);
  return (await extractDocx(res.rawPayload)).map((l) => l.text).join('\n');
}

describe('evaluation documents', () => {
  it("renders 004's panel sheet with both evaluators and the average 98.5", async () => {
    const text = await docxText('panel-sheet');
    for (const s of ['谭国伟', '陈力', '99', '98', '98.5']) expect(text).toContain(s);
  });

  it('renders the 项目支出绩效自评表 from the stored goal table', async () => {
    const sheet = await docxText('project-sheet');
    for (const s of ['2020年度信息系统运维项目', '信息采集数量', '195.01', '87.44'])
      expect(sheet).toContain(s);
  });

  it('says in Chinese that a 评分表 needs per-indicator sheets when the panel gave totals only (004)', async () => {
    const res = await clerk.request(
      'GET',
      `/api/evaluations/${evaluationId}/document?kind=score-table&format=docx`,
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
    evaluationId = ev.id;
    const table = await docxText('score-table');
    for (const s of ['项目决策', '分配结果', '99']) expect(table).toContain(s);
    const report = await docxText('self-evaluation-report');
    for (const s of ['99', '优', '加强单位微信公众号管理']) expect(report).toContain(s);
  });

  it('refuses an unknown document kind in Chinese', async () => {
    const res = await clerk.request('GET', `/api/evaluations/${evaluationId}/document?kind=x&format=docx`);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fff]/);
  });
});
