/**
 * 事前绩效评估 through the API and the review chain (demo: 四川省商务厅's 事前绩效评估审核流程, inherited by
 * its 信息中心): incomplete ones are not submitted, the 处长 may change the conclusion when approving, an
 * approved 不予支持 refuses the project's goals (a draft one does not), and another unit sees nothing.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { auditLog } from '../../src/platform/db/schema/index.ts';
import { DEMO_PRE_ASSESSMENT } from '../../src/features/demo/load-demo-drafts.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
let orgId: string;
const S: Record<string, Session> = {};

type Pa = {
  id: string;
  version: number;
  status: string;
  conclusion: string | null;
  conclusionNote: string;
  missing: string[];
  projectName: string;
};
type View = { version: number; status: string; current: null | { name: string } };

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['scxxzx_jbr', 'scxxzx_zr', 'scxxzx_cz', 'hnswt_jbr']) S[u] = await t.login(u);
  orgId = await t.orgId('SC-SWT-XXZX');
});
afterAll(async () => t.close());

async function newProject(name: string): Promise<{ id: string; version: number }> {
  const res = await S.scxxzx_jbr!.request('POST', '/api/projects', { orgId, fiscalYear: 2021, name });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; version: number };
}
async function newPa(projectId: string): Promise<Pa> {
  const res = await S.scxxzx_jbr!.request('POST', '/api/pre-assessments', { projectId });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Pa;
}
const view = async (who: string, id: string) =>
  (await S[who]!.request('GET', `/api/workflow/documents/${id}`)).json() as View;
async function act(who: string, id: string, type: string, extra: Record<string, unknown> = {}) {
  return S[who]!.request('POST', `/api/workflow/documents/${id}/${type}`, {
    commandId: randomUUID(),
    expectedVersion: (await view(who, id)).version,
    ...extra,
  });
}
const FILLED = {
  necessity: '落实省政府部署，现有设备老化，需求真实，不与其他项目重复',
  feasibility: '技术方案成熟，已完成市场调研',
  goalReasonableness: '目标明确，指标可衡量',
  inputEconomy: '按市场价测算，单价合理',
  implementationPlan: '分两期实施，进度安排可行',
};
const indicators = [
  { level1: '产出指标', level2: '数量指标', level3: '采购设备台数', target: '≥10台', actual: '' },
];

describe('事前绩效评估', () => {
  it('goes through 主任审核 and 处长审定; an approved 不予支持 refuses the goals', async () => {
    const project = await newProject('新建数据中心项目');
    const pa = await newPa(project.id);
    expect(pa).toMatchObject({ status: 'draft', conclusion: null, projectName: '新建数据中心项目' });
    expect(pa.missing).toHaveLength(6);

    // Incomplete: refused at submission, naming what is missing.
    const early = await act('scxxzx_jbr', pa.id, 'submit');
    expect(early.statusCode).toBe(400);
    expect(early.json().error.message).toContain('请填写「必要性」的评估意见');

    const saved = await S.scxxzx_jbr!.request('PUT', `/api/pre-assessments/${pa.id}`, {
      ...FILLED,
      conclusion: '予以支持',
      version: pa.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as Pa).missing).toEqual([]);
    const twice = await S.scxxzx_jbr!.request('POST', '/api/pre-assessments', { projectId: project.id });
    expect(twice.statusCode).toBe(409);

    const submitted = await act('scxxzx_jbr', pa.id, 'submit');
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().current).toMatchObject({ name: '主任审核' });
    // Under review, the clerk cannot change it.
    const locked = await S.scxxzx_jbr!.request('PUT', `/api/pre-assessments/${pa.id}`, {
      conclusion: '不予支持',
      version: (saved.json() as Pa).version,
    });
    expect(locked.statusCode).toBe(403);
    const zr = await act('scxxzx_zr', pa.id, 'approve', { step: 0, opinion: '同意' });
    expect(zr.json().current).toMatchObject({ name: '处长审定' });

    // The 处长 decides 不予支持; without the reasons the change is refused.
    const noReason = await act('scxxzx_cz', pa.id, 'approve', {
      step: 1,
      opinion: '不予支持',
      changes: [{ field: 'conclusion', after: '不予支持' }],
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toContain('写明理由');
    const cz = await act('scxxzx_cz', pa.id, 'approve', {
      step: 1,
      opinion: '与已建平台功能重复，不予支持',
      changes: [
        { field: 'conclusion', after: '不予支持' },
        { field: 'conclusionNote', after: '与已建平台功能重复' },
      ],
    });
    expect(cz.statusCode, cz.body).toBe(200);
    expect(cz.json().status).toBe('frozen');
    const frozen = (await S.scxxzx_jbr!.request('GET', `/api/pre-assessments/${pa.id}`)).json() as Pa;
    expect(frozen).toMatchObject({ status: 'frozen', conclusion: '不予支持' });
    // Frozen means frozen: no write at all, not even an unchanged one.
    const afterFreeze = await S.scxxzx_jbr!.request('PUT', `/api/pre-assessments/${pa.id}`, {
      conclusion: '不予支持',
      version: frozen.version,
    });
    expect(afterFreeze.statusCode).toBe(409);

    const goals = await S.scxxzx_jbr!.request('PUT', `/api/projects/${project.id}/indicators`, {
      indicators,
      version: project.version,
    });
    expect(goals.statusCode).toBe(409);
    expect(goals.json().error.message).toBe(
      '项目「新建数据中心项目」的事前绩效评估结论为“不予支持”，不能填报绩效目标。',
    );
    const submitGoals = await act('scxxzx_jbr', project.id, 'submit');
    expect(submitGoals.statusCode).toBe(409);

    const audit = await t.database.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'pre_assessment'), eq(auditLog.entityId, pa.id)));
    expect(audit.map((a) => a.action)).toEqual(['pre-assessment.create', 'pre-assessment.save']);
  });

  it('lets goals be filed while a 不予支持 is only a draft, and for a supported project', async () => {
    const draft = await newProject('草拟中的项目');
    const pa = await newPa(draft.id);
    const saved = await S.scxxzx_jbr!.request('PUT', `/api/pre-assessments/${pa.id}`, {
      conclusion: '不予支持',
      conclusionNote: '待论证',
      version: pa.version,
    });
    expect(saved.statusCode).toBe(200);
    const goals = await S.scxxzx_jbr!.request('PUT', `/api/projects/${draft.id}/indicators`, {
      indicators,
      version: draft.version,
    });
    expect(goals.statusCode, goals.body).toBe(200);
  });

  it('is listed for its unit and refused to another unit', async () => {
    const project = await newProject('外部不可见项目');
    const pa = await newPa(project.id);
    const list = await S.scxxzx_jbr!.request('GET', `/api/pre-assessments?orgId=${orgId}`);
    expect((list.json().items as Pa[]).map((x) => x.id)).toContain(pa.id);
    const outsider = await S.hnswt_jbr!.request('GET', `/api/pre-assessments/${pa.id}`);
    expect([403, 404]).toContain(outsider.statusCode);
    const write = await S.hnswt_jbr!.request('PUT', `/api/pre-assessments/${pa.id}`, {
      necessity: '越权',
      version: pa.version,
    });
    expect([403, 404]).toContain(write.statusCode);
  });

  it('greets a new user of the demo unit with one reviewed through its chain, and a self-evaluation to score', async () => {
    const list = await S.scxxzx_jbr!.request('GET', `/api/pre-assessments?orgId=${orgId}`);
    const demo = (list.json().items as Pa[]).find((x) => x.projectName === DEMO_PRE_ASSESSMENT.project);
    expect(demo).toMatchObject({ status: 'frozen', conclusion: '予以支持', missing: [] });
    expect((await view('scxxzx_jbr', demo!.id)).status).toBe('frozen');
    const evaluations = await S.scxxzx_jbr!.request('GET', `/api/evaluations?orgId=${orgId}`);
    expect(evaluations.statusCode, evaluations.body).toBe(200);
    const titles = (evaluations.json().items as Array<{ title: string }>).map((e) => e.title);
    expect(titles).toContain('清偿欠款绩效自评');
  });
});
