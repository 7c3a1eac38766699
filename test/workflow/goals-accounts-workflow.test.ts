/**
 * Project goals (项目绩效目标) and a unit's final accounts (单位决算) through the review workflow, on real
 * PostgreSQL: each goes through the chain configured for its kind; the data is locked under review
 * (a Chinese message naming the step), a reviewer's allowed change is recorded against them, the final
 * approval freezes a numbered version with the data snapshot, reopening starts the next version. For
 * accounts the workflow's submission is the accounts' submission: an unexplained balance violation
 * blocks it, and the accounts' status follows the workflow. Another unit's users are refused everywhere.
 */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setPath, type FinalAccounts } from '../../src/domain/accounts/index.ts';
import { workflowVersions } from '../../src/platform/db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';

let t: TestApp;
const S: Record<string, Session> = {};
let org = '';

type View = {
  id: string;
  kind: string;
  title: string;
  status: string;
  version: number;
  documentVersion: number;
  actions: string[];
  chain: { name: string; steps: Array<{ name: string }> } | null;
  current: null | { index: number; name: string; assignees: Array<{ name: string }> };
  submitter: { name: string } | null;
  timeline: Array<{
    action: string;
    actorName: string;
    changes: Array<{ field: string; before: unknown; after: unknown; label: string }>;
  }>;
  frozen: Array<{ number: number; trail: Array<{ stepName: string; name: string }> }>;
};
type AccountsDto = {
  id: string;
  version: number;
  status: string;
  data: FinalAccounts;
  violations: Array<{ key: string }>;
  unexplained: number;
};

const cmd = (extra: Record<string, unknown> = {}) => ({ commandId: randomUUID(), ...extra });
const view = async (who: string, id: string) => {
  const res = await S[who]!.request('GET', `/api/workflow/documents/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as View;
};
const act = (who: string, id: string, type: string, body: Record<string, unknown>) =>
  S[who]!.request('POST', `/api/workflow/documents/${id}/${type}`, body);
async function ok(who: string, id: string, type: string, extra: Record<string, unknown> = {}): Promise<View> {
  const v = await view(who, id);
  const res = await act(who, id, type, { ...cmd(extra), expectedVersion: v.version });
  expect(res.statusCode, `${who} ${type}: ${res.body}`).toBe(200);
  return res.json() as View;
}
async function setChain(kind: string, chain: Record<string, unknown>) {
  const res = await S.admin!.request('PUT', `/api/workflow/chains/${org}`, { kind, chain, version: null });
  expect(res.statusCode, res.body).toBe(200);
}

beforeAll(async () => {
  t = await createTestApp();
  for (const u of ['scxxzx_jbr', 'scxxzx_zr', 'scxxzx_cwjbr', 'scxxzx_cz', 'hnswt_jbr', 'hnswt_zr', 'admin'])
    S[u] = await t.login(u);
  org = await t.orgId('SC-SWT-XXZX');
  await setChain('project_goals', {
    id: 'sc-goals',
    name: '项目绩效目标审核',
    revision: 1,
    initiator: { role: 'clerk' },
    initiatorStepName: '经办人申报',
    steps: [
      {
        id: 'zr',
        name: '主任审核',
        assignee: { role: 'reviewer', position: '主任' },
        mode: 'single',
        deadlineDays: 3,
        editable: ['indicators.*.target'],
      },
      {
        id: 'cz',
        name: '处长审定',
        assignee: { role: 'reviewer', position: '处长' },
        mode: 'single',
        deadlineDays: 3,
        opinionRequired: true,
      },
    ],
  });
  await setChain('final_accounts', {
    id: 'sc-accounts',
    name: '单位决算审核',
    revision: 1,
    initiator: { role: 'clerk' },
    initiatorStepName: '经办人填报',
    steps: [
      {
        id: 'cw',
        name: '财务处经办人审核',
        assignee: { role: 'reviewer', position: '财务处经办人' },
        mode: 'single',
        deadlineDays: 5,
        editable: ['explanations.**'],
      },
      {
        id: 'cz',
        name: '处长审核',
        assignee: { role: 'reviewer', position: '处长' },
        mode: 'single',
        deadlineDays: 5,
        opinionRequired: true,
      },
    ],
  });
});
afterAll(async () => t.close());

describe('project goals (项目绩效目标)', () => {
  let id = '';
  type Project = {
    id: string;
    name: string;
    version: number;
    goalExpected: string;
    indicators: Array<Record<string, unknown> & { target: string; actual: string }>;
  };
  const project = async (who = 'scxxzx_jbr') =>
    (await S[who]!.request('GET', `/api/projects/${id}`)).json() as Project;
  const rows = (p: Project) =>
    p.indicators.map(
      ({ level1, level2, level3, target, standards, actual, deviationReason, improvement }) => ({
        level1,
        level2,
        level3,
        target,
        standards,
        actual,
        deviationReason,
        improvement,
      }),
    );

  beforeAll(async () => {
    const items = (await S.scxxzx_jbr!.request('GET', `/api/projects?orgId=${org}`)).json().items as Array<{
      id: string;
      name: string;
    }>;
    id = items.find((p) => p.name === '设备采购')!.id;
  });

  it('is a document of kind project_goals under the chain configured for that kind', async () => {
    const v = await view('scxxzx_jbr', id);
    expect(v).toMatchObject({
      kind: 'project_goals',
      title: '设备采购（2020年度）项目绩效目标',
      status: 'draft',
      actions: ['submit'],
    });
    expect(v.chain).toMatchObject({
      name: '项目绩效目标审核',
      steps: [{ name: '主任审核' }, { name: '处长审定' }],
    });
  });

  it('locks the project and its indicator table under review, with a message naming the step', async () => {
    const submitted = await ok('scxxzx_jbr', id, 'submit', { note: '申报项目绩效目标' });
    expect(submitted).toMatchObject({
      status: 'in_review',
      current: { name: '主任审核' },
      submitter: { name: '川商务信息·经办人' },
    });
    const p = await project();
    const patch = await S.scxxzx_jbr!.request('PATCH', `/api/projects/${id}`, {
      goalExpected: '改写目标',
      version: p.version,
    });
    expect(patch.statusCode).toBe(403);
    expect(patch.json().error.message).toBe('该文档正在「主任审核」审核中，数据已锁定：您不能修改这些内容。');
    const table = rows(p);
    table[0]!.actual = '6';
    const put = await S.scxxzx_jbr!.request('PUT', `/api/projects/${id}/indicators`, {
      indicators: table,
      version: p.version,
    });
    expect(put.statusCode).toBe(403);
    expect((await project()).version).toBe(p.version);
  });

  it('lets the 主任 change only what the step allows, recorded against them in the timeline', async () => {
    const v = await view('scxxzx_zr', id);
    expect(v.actions).toEqual(expect.arrayContaining(['approve', 'return', 'edit']));
    const refused = await act('scxxzx_zr', id, 'edit', {
      ...cmd({ step: 0, changes: [{ field: 'indicators.1.actual', after: '4' }] }),
      expectedVersion: v.version,
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.message).toBe('「主任审核」不能修改「indicators.1.actual」。');
    const unknown = await act('scxxzx_zr', id, 'edit', {
      ...cmd({ step: 0, changes: [{ field: 'indicators.99.target', after: '4' }] }),
      expectedVersion: v.version,
    });
    expect(unknown.statusCode).toBe(400);
    await ok('scxxzx_zr', id, 'edit', { step: 0, changes: [{ field: 'indicators.1.target', after: '5台' }] });
    const approved = await ok('scxxzx_zr', id, 'approve', {
      step: 0,
      opinion: '指标值补充单位',
      changes: [{ field: 'indicators.2.target', after: '5台' }],
    });
    expect(approved.current!.name).toBe('处长审定');
    const changes = approved.timeline
      .filter((e) => e.actorName === '川商务信息·主任')
      .flatMap((e) => e.changes);
    expect(changes).toEqual([
      {
        field: 'indicators.1.target',
        before: '5',
        after: '5台',
        label: '第 1 行指标「台式电脑」 · 预期指标值',
      },
      {
        field: 'indicators.2.target',
        before: '5',
        after: '5台',
        label: '第 2 行指标「打印机」 · 预期指标值',
      },
    ]);
    expect((await project()).indicators.slice(0, 2).map((r) => r.target)).toEqual(['5台', '5台']);
  });

  it('freezes version 1 with the goals as approved, refuses every write, and reopens as version 2', async () => {
    const frozen = await ok('scxxzx_cz', id, 'approve', { step: 1, opinion: '同意' });
    expect(frozen.status).toBe('frozen');
    expect(frozen.frozen[0]!.trail.map((e) => [e.stepName, e.name])).toEqual([
      ['经办人申报', '川商务信息·经办人'],
      ['主任审核', '川商务信息·主任'],
      ['处长审定', '川商务信息·处长'],
    ]);
    const [version] = await t.deps.db
      .select()
      .from(workflowVersions)
      .where(and(eq(workflowVersions.documentId, id), eq(workflowVersions.number, 1)));
    const snap = version!.data as {
      project: { name: string; orgName: string; indicators: Array<{ target: string }> };
    };
    expect(snap.project).toMatchObject({ name: '设备采购', orgName: '四川省商务厅信息中心' });
    expect(snap.project.indicators[0]!.target).toBe('5台');

    const p = await project();
    const locked = await S.scxxzx_jbr!.request('PATCH', `/api/projects/${id}`, {
      goalExpected: '改写目标',
      version: p.version,
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toBe(
      '该文档已定稿（第 1 版），不能修改；如需修改，请先由有权限的人员重新打开。',
    );

    const reopened = await ok('scxxzx_cz', id, 'reopen', { reason: '预算调整后修改目标' });
    expect(reopened).toMatchObject({ status: 'draft', documentVersion: 2 });
    const patched = await S.scxxzx_jbr!.request('PATCH', `/api/projects/${id}`, {
      goalExpected: '按调整后的预算完成办公设备更换',
      version: p.version,
    });
    expect(patched.statusCode, patched.body).toBe(200);
  });

  it('refuses submitting goals without indicators', async () => {
    const created = await S.scxxzx_jbr!.request('POST', '/api/projects', {
      orgId: org,
      fiscalYear: 2021,
      name: '空项目',
      goalExpected: '目标',
    });
    expect(created.statusCode, created.body).toBe(201);
    const res = await act('scxxzx_jbr', created.json().id, 'submit', { ...cmd(), expectedVersion: 0 });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.message).toBe('该项目尚无绩效指标：请先填写绩效指标，再提交审核。');
  });
});

describe('final accounts (单位决算)', () => {
  const Y = '?year=2020';
  const get = async (who = 'scxxzx_jbr') =>
    (await S[who]!.request('GET', `/api/accounts/${org}${Y}`)).json() as AccountsDto;
  let id = '';

  it('is a document of kind final_accounts; an unexplained balance violation blocks the submission on both paths', async () => {
    const before = await get();
    id = before.id;
    const v = await view('scxxzx_jbr', id);
    expect(v).toMatchObject({
      kind: 'final_accounts',
      title: '四川省商务厅信息中心2020年度单位决算',
      status: 'draft',
      actions: ['submit'],
      chain: { name: '单位决算审核' },
    });
    const saved = await S.scxxzx_jbr!.request('PUT', `/api/accounts/${org}${Y}`, {
      version: before.version,
      data: setPath(before.data, 'current.summary.income.otherIncome', '1000.00'),
    });
    expect(saved.json()).toMatchObject({ unexplained: 1 });
    const viaWorkflow = await act('scxxzx_jbr', id, 'submit', { ...cmd(), expectedVersion: 0 });
    expect(viaWorkflow.statusCode).toBe(409);
    expect(viaWorkflow.json().error.message).toContain('还有 1 处平衡关系未通过且未说明原因，不能提交');
    const viaAccounts = await S.scxxzx_jbr!.request('POST', `/api/accounts/${org}/submit${Y}`, {
      version: saved.json().version,
    });
    expect(viaAccounts.statusCode).toBe(409);
    expect(viaAccounts.json().error.message).toContain('还有 1 处平衡关系未通过且未说明原因');
    expect((await view('scxxzx_jbr', id)).status).toBe('draft');
  });

  it("makes the accounts' own submit and withdraw the workflow's, and keeps the status in step", async () => {
    const dto = await get();
    const key = dto.violations[0]!.key;
    const explained = (
      await S.scxxzx_jbr!.request('PUT', `/api/accounts/${org}${Y}`, {
        version: dto.version,
        data: dto.data,
        explanations: { [key]: '其他收入为年末清理的往来款' },
      })
    ).json() as AccountsDto;
    expect(explained.unexplained).toBe(0);
    const submitted = await S.scxxzx_jbr!.request('POST', `/api/accounts/${org}/submit${Y}`, {
      version: explained.version,
    });
    expect(submitted.statusCode, submitted.body).toBe(200);
    expect(submitted.json().status).toBe('submitted');
    expect(await view('scxxzx_jbr', id)).toMatchObject({
      status: 'in_review',
      current: { name: '财务处经办人审核' },
    });
    // The reviewer's inbox names the 决算's organisation and year: the page opens it by those.
    const todo = (await S.scxxzx_cwjbr!.request('GET', '/api/workflow/inbox')).json().todo as Array<
      Record<string, unknown>
    >;
    expect(todo.find((r) => r.documentId === id)).toMatchObject({
      kind: 'final_accounts',
      orgId: org,
      fiscalYear: 2020,
    });

    const locked = await S.scxxzx_jbr!.request('PUT', `/api/accounts/${org}${Y}`, {
      version: submitted.json().version,
      data: dto.data,
    });
    expect(locked.statusCode).toBe(403);
    expect(locked.json().error.message).toBe(
      '该文档正在「财务处经办人审核」审核中，数据已锁定：您不能修改这些内容。',
    );

    const withdrawn = await S.scxxzx_jbr!.request('POST', `/api/accounts/${org}/withdraw${Y}`, {
      version: submitted.json().version,
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    expect(withdrawn.json().status).toBe('draft');
    expect((await view('scxxzx_jbr', id)).status).toBe('draft');

    await ok('scxxzx_jbr', id, 'submit');
    expect((await get()).status).toBe('submitted');
    // Returned to the submitter: the accounts are a draft again, editable by the submitter only.
    await ok('scxxzx_cwjbr', id, 'return', { step: 0, to: 'originator', reason: '说明过于简略' });
    expect((await get()).status).toBe('draft');
    const again = await get();
    const rewritten = await S.scxxzx_jbr!.request('PUT', `/api/accounts/${org}${Y}`, {
      version: again.version,
      data: again.data,
      explanations: { [key]: '其他收入为年末清理的往来款，按财政要求单列' },
    });
    expect(rewritten.statusCode, rewritten.body).toBe(200);
    await ok('scxxzx_jbr', id, 'submit', { note: '已补充说明' });
    expect((await get()).status).toBe('submitted');
  });

  it('lets the 财务处经办人 adjust an explanation (recorded), and freezes the accounts on the 处长 approval', async () => {
    const dto = await get('scxxzx_cwjbr');
    const key = dto.violations[0]!.key;
    const approved = await ok('scxxzx_cwjbr', id, 'approve', {
      step: 0,
      opinion: '核对无误',
      changes: [{ field: `explanations.${key}`, after: '其他收入为年末清理的往来款（已核对凭证）' }],
    });
    const change = approved.timeline.find((e) => e.action === 'approved')!.changes[0]!;
    expect(change).toMatchObject({
      field: `explanations.${key}`,
      label: '校验说明 · 收入支出决算总表“本年收入合计”决算数',
      after: '其他收入为年末清理的往来款（已核对凭证）',
    });
    const frozen = await ok('scxxzx_cz', id, 'approve', { step: 1, opinion: '同意报送' });
    expect(frozen.status).toBe('frozen');
    const after = await get();
    expect(after.status).toBe('submitted');
    const [version] = await t.deps.db
      .select()
      .from(workflowVersions)
      .where(eq(workflowVersions.documentId, id));
    const snap = version!.data as {
      accounts: { fiscalYear: number; explanations: Record<string, string>; data: FinalAccounts };
    };
    expect(snap.accounts.fiscalYear).toBe(2020);
    expect(snap.accounts.explanations[key]).toBe('其他收入为年末清理的往来款（已核对凭证）');
    expect(snap.accounts.data.current.summary.income.otherIncome).toBe('1000.00');

    const message = '该文档已定稿（第 1 版），不能修改；如需修改，请先由有权限的人员重新打开。';
    const save = await S.scxxzx_jbr!.request('PUT', `/api/accounts/${org}${Y}`, {
      version: after.version,
      data: after.data,
    });
    expect([save.statusCode, save.json().error.message]).toEqual([409, message]);
    const withdraw = await S.scxxzx_jbr!.request('POST', `/api/accounts/${org}/withdraw${Y}`, {
      version: after.version,
    });
    expect([withdraw.statusCode, withdraw.json().error.message]).toEqual([409, message]);

    await ok('scxxzx_cz', id, 'reopen', { reason: '财政部门要求修改' });
    expect((await get()).status).toBe('draft');
  });
});

describe('another unit', () => {
  it("refuses 海南's users every workflow route on 四川's goals and accounts", async () => {
    const projectId = (
      (await S.scxxzx_jbr!.request('GET', `/api/projects?orgId=${org}`)).json().items as Array<{ id: string }>
    )[0]!.id;
    const accountsId = (await S.scxxzx_jbr!.request('GET', `/api/accounts/${org}?year=2020`)).json()
      .id as string;
    const bodies: Record<string, Record<string, unknown>> = {
      submit: {},
      approve: { step: 0, opinion: '越权' },
      return: { step: 0, to: 'originator', reason: '越权' },
      withdraw: {},
      delegate: { step: 0, to: await t.userId('hnswt_zr') },
      edit: { step: 0, changes: [{ field: 'project.name', after: '越权' }] },
      reopen: { reason: '越权' },
    };
    for (const who of ['hnswt_jbr', 'hnswt_zr']) {
      for (const id of [projectId, accountsId]) {
        for (const path of ['', '/timeline', '/frozen-document?kind=score-table&format=docx'])
          expect((await S[who]!.request('GET', `/api/workflow/documents/${id}${path}`)).statusCode).toBe(404);
        for (const [type, body] of Object.entries(bodies)) {
          const res = await act(who, id, type, { ...cmd(body), expectedVersion: 0 });
          expect(res.statusCode, `${who} ${type} ${id}`).toBe(404);
        }
      }
    }
  });
});
