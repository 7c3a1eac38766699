/**
 * Another unit's users (四川省商务厅信息中心: 经办人, 评价人员, and its department's administrators'
 * permissions) against 海南's goals and evaluations: every new route refuses them and nothing changes.
 * (The authorisation matrix covers the reverse direction for every scoped route of the application.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let hnClerk: Session;
let ids: {
  org: string;
  project: string;
  projectVersion: number;
  evaluation: string;
  evaluationVersion: number;
  sheet: string;
  sheetVersion: number;
};

beforeAll(async () => {
  t = await createTestApp();
  hnClerk = await t.login('hnswt_jbr');
  const org = await t.orgId('HN-SWT');
  const project = (
    (await hnClerk.request('GET', `/api/projects?orgId=${org}`)).json().items as Array<{
      id: string;
      version: number;
    }>
  )[0]!;
  const evaluation = (
    (await hnClerk.request('GET', `/api/evaluations?orgId=${org}`)).json().items as Array<{
      id: string;
      version: number;
    }>
  )[0]!;
  const detail = (await hnClerk.request('GET', `/api/evaluations/${evaluation.id}`)).json() as {
    sheets: Array<{ id: string; version: number }>;
  };
  ids = {
    org,
    project: project.id,
    projectVersion: project.version,
    evaluation: evaluation.id,
    evaluationVersion: evaluation.version,
    sheet: detail.sheets[0]!.id,
    sheetVersion: detail.sheets[0]!.version,
  };
});
afterAll(async () => t.close());

describe("another unit's users", () => {
  it('are refused on every goals and evaluations route, and 海南 data is unchanged', async () => {
    const calls: Array<[string, string, unknown?]> = [
      ['GET', `/api/projects?orgId=${ids.org}`],
      ['POST', '/api/projects', { orgId: ids.org, fiscalYear: 2020, name: '越权项目' }],
      ['GET', `/api/projects/${ids.project}`],
      ['PATCH', `/api/projects/${ids.project}`, { name: '越权改名', version: ids.projectVersion }],
      ['PUT', `/api/projects/${ids.project}/indicators`, { indicators: [], version: ids.projectVersion }],
      ['GET', `/api/evaluations?orgId=${ids.org}`],
      ['POST', '/api/evaluations', { orgId: ids.org, projectId: ids.project, templateId: 'hn-2020-project' }],
      ['GET', `/api/evaluations/${ids.evaluation}`],
      ['PUT', `/api/evaluations/${ids.evaluation}/inputs`, { inputs: {}, version: ids.evaluationVersion }],
      ['POST', `/api/evaluations/${ids.evaluation}/sheets`, {}],
      ['PUT', `/api/score-sheets/${ids.sheet}`, { entries: {}, total: '60', version: ids.sheetVersion }],
      ['POST', `/api/score-sheets/${ids.sheet}/submit`, { version: ids.sheetVersion }],
      ['POST', `/api/score-sheets/${ids.sheet}/withdraw`, { version: ids.sheetVersion }],
    ];
    for (const username of ['scxxzx_jbr', 'scxxzx_pj1', 'scxxzx_cz']) {
      const outsider = await t.login(username);
      for (const [method, url, body] of calls) {
        const res = await outsider.request(method, url, body);
        expect([403, 404], `${username} ${method} ${url} → ${res.statusCode} ${res.body}`).toContain(
          res.statusCode,
        );
      }
    }
    const project = (await hnClerk.request('GET', `/api/projects/${ids.project}`)).json() as {
      name: string;
      version: number;
      indicators: unknown[];
    };
    expect(project).toMatchObject({ name: '2020年度信息系统运维项目', version: ids.projectVersion });
    expect(project.indicators).toHaveLength(2);
    const ev = (await hnClerk.request('GET', `/api/evaluations/${ids.evaluation}`)).json() as {
      version: number;
      panel: { base: string };
    };
    expect(ev).toMatchObject({ version: ids.evaluationVersion, panel: { base: '98.5' } });
    const items = (await hnClerk.request('GET', `/api/projects?orgId=${ids.org}`)).json().items as unknown[];
    expect(items).toHaveLength(1);
  });

  it("cannot write another evaluator's sheet in their own unit either", async () => {
    const pj2 = await t.login('hnswt_pj2');
    const pj1Sheet = ids.sheet; // held by hnswt_pj1 in the demo
    const res = await pj2.request('PUT', `/api/score-sheets/${pj1Sheet}`, {
      entries: {},
      total: '60',
      version: ids.sheetVersion,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe('只能填写自己的评分表。');
  });
});
