/**
 * The review workflow through the API, on real PostgreSQL: 002's chain (经办人打分 → 主任 → 财务处经办人 →
 * 分管处长 → 处长) with a return and a resubmission, a reviewer's score adjustment recorded against
 * them, the frozen 评分表 carrying the approval trail, reopening as a new version; 004's panel (two
 * evaluators, their average, the 组长); N parallel approvals of one step (exactly one wins); idempotent
 * repeats; the submitter never approving their own item; no step skipped; another unit refused;
 * chain settings inherited and snapshotted.
 */
import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocx } from '../../src/importers/extract-text.ts';
import { auditLog, workflowEvents, workflowVersions } from '../../src/platform/db/schema/index.ts';
import { createTestApp, type Session, type TestApp } from '../support/app.ts';
import { TEST_PASSWORDS } from '../support/passwords.ts';

let t: TestApp;
const S: Record<string, Session> = {};
let evId = '';

type View = {
  id: string;
  status: string;
  version: number;
  documentVersion: number;
  actions: string[];
  chain: { steps: Array<{ name: string }> } | null;
  current: null | {
    index: number;
    name: string;
    assignees: Array<{ userId: string; name: string; position: string; completed: boolean }>;
  };
  timeline: Array<{
    action: string;
    label: string;
    actorName: string;
    position: string;
    stepName: string | null;
    text: string | null;
    changes: Array<{ field: string; before: unknown; after: unknown; label: string }>;
  }>;
  frozen: Array<{ number: number; trail: Array<{ stepName: string; name: string; position: string }> }>;
  replayed?: boolean;
};

const cmd = (extra: Record<string, unknown> = {}) => ({ commandId: randomUUID(), ...extra });
const view = async (who: string, id = evId) =>
  (await S[who]!.request('GET', `/api/workflow/documents/${id}`)).json() as View;
async function act(who: string, type: string, body: Record<string, unknown>, id = evId) {
  return S[who]!.request('POST', `/api/workflow/documents/${id}/${type}`, body);
}
async function ok(who: string, type: string, extra: Record<string, unknown> = {}, id = evId): Promise<View> {
  const v = await view(who, id);
  const res = await act(who, type, { ...cmd(extra), expectedVersion: v.version }, id);
  expect(res.statusCode, `${who} ${type}: ${res.body}`).toBe(200);
  return res.json() as View;
}

beforeAll(async () => {
  t = await createTestApp();
  for (const u of [
    'jsxxzx_jbr',
    'jsxxzx_zr',
    'jsxxzx_cwjbr',
    'jsxxzx_fgcz',
    'jsxxzx_cz',
    'hnswt_zr',
    'admin',
    'secadmin',
  ])
    S[u] = await t.login(u);
  const js = await t.orgId('JS-SWT-XXZX');
  const items = (await S.jsxxzx_jbr!.request('GET', `/api/evaluations?orgId=${js}`)).json().items as Array<{
    id: string;
    kind: string;
  }>;
  evId = items.find((e) => e.kind === 'department')!.id;
  // Two more holders of 主任 (for the race), and the 经办人 also made a 主任: the submitter must still never review.
  for (const name of ['jsxxzx_zr2', 'jsxxzx_zr3']) {
    const created = await S.admin!.request('POST', '/api/users', {
      username: name,
      displayName: `苏商务信息·${name}`,
      orgId: js,
      password: TEST_PASSWORDS.demo,
    });
    expect(created.statusCode).toBe(201);
    const roles = await S.secadmin!.request('PUT', `/api/users/${created.json().id}/roles`, {
      roles: [{ role: 'reviewer', position: '主任' }],
      version: created.json().version,
    });
    expect(roles.statusCode).toBe(200);
    S[name] = await t.login(name);
  }
  const jbrId = await t.userId('jsxxzx_jbr');
  const jbr = (
    (await S.admin!.request('GET', `/api/users?orgId=${js}`)).json().items as Array<{
      id: string;
      version: number;
    }>
  ).find((u) => u.id === jbrId)!;
  const roles = await S.secadmin!.request('PUT', `/api/users/${jbrId}/roles`, {
    roles: [
      { role: 'clerk', position: null },
      { role: 'evaluator', position: null },
      { role: 'reviewer', position: '主任' },
    ],
    version: jbr.version,
  });
  expect(roles.statusCode, roles.body).toBe(200);
});
afterAll(async () => t.close());

describe("002's chain: 经办人打分 → 主任审核 → 财务处经办人审核 → 分管处长审核 → 处长审核", () => {
  it('offers the 经办人 to submit the scored 自我评价表 under the configured chain', async () => {
    const v = await view('jsxxzx_jbr');
    expect(v.status).toBe('draft');
    expect(v.actions).toEqual(['submit']);
    expect(v.chain!.steps.map((s) => s.name)).toEqual([
      '主任审核',
      '财务处经办人审核',
      '分管处长审核',
      '处长审核',
    ]);
    expect((await view('jsxxzx_zr')).actions).toEqual([]);
  });

  it('submits once however often the request is repeated (same command id or Idempotency-Key)', async () => {
    const body = { ...cmd({ note: '经办人打分完成' }), expectedVersion: 0 };
    const url = `/api/workflow/documents/${evId}/submit`;
    const first = await S.jsxxzx_jbr!.request('POST', url, body, { 'idempotency-key': 'submit-002' });
    expect(first.statusCode, first.body).toBe(200);
    // A network retry with the same Idempotency-Key gets the stored answer…
    const retried = await S.jsxxzx_jbr!.request('POST', url, body, { 'idempotency-key': 'submit-002' });
    expect(retried.statusCode).toBe(200);
    expect(retried.headers['idempotent-replayed']).toBe('true');
    // …and a double click (same command id, no key) is the machine's replay: nothing new happens.
    const again = await act('jsxxzx_jbr', 'submit', body);
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ replayed: true, version: first.json().version });
    // A different command id on the now-old version is refused as stale, not applied twice.
    expect((await act('jsxxzx_jbr', 'submit', { ...cmd(), expectedVersion: 0 })).statusCode).toBe(412);
    const events = await t.deps.db.select().from(workflowEvents).where(eq(workflowEvents.documentId, evId));
    expect(events.map((e) => e.type)).toEqual(['submitted', 'step_activated']);
    const v = await view('jsxxzx_zr');
    expect(v.current!.name).toBe('主任审核');
    // The 经办人 holds 主任 too, but as the submitter is never an assignee.
    expect(v.current!.assignees.map((a) => a.name).sort()).toEqual(
      ['苏商务信息·jsxxzx_zr2', '苏商务信息·jsxxzx_zr3', '苏商务信息·主任'].sort(),
    );
  });

  it('refuses the submitter approving their own item even though they hold 主任', async () => {
    const v = await view('jsxxzx_jbr');
    const res = await act('jsxxzx_jbr', 'approve', {
      ...cmd({ step: 0, opinion: '同意' }),
      expectedVersion: v.version,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe('提交人不能审核自己提交的事项。');
  });

  it('refuses a non-assignee whatever they send, a skipped step, and another unit', async () => {
    const v = await view('jsxxzx_cwjbr');
    const zrId = await t.userId('jsxxzx_zr');
    // An actorId in the body is ignored: the session's user acts.
    const forged = await act('jsxxzx_cwjbr', 'approve', {
      ...cmd({ step: 0, opinion: '同意', actorId: zrId }),
      expectedVersion: v.version,
    });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.message).toBe('您不是「主任审核」步骤的办理人，不能办理此事项。');
    const skip = await act('jsxxzx_cwjbr', 'approve', {
      ...cmd({ step: 1, opinion: '同意' }),
      expectedVersion: v.version,
    });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.message).toContain('主任审核');
    const outsider = await act('hnswt_zr', 'approve', { ...cmd({ step: 0 }), expectedVersion: v.version });
    expect(outsider.statusCode).toBe(404);
    expect((await S.hnswt_zr!.request('GET', `/api/workflow/documents/${evId}`)).statusCode).toBe(404);
    expect((await view('jsxxzx_cwjbr')).version).toBe(v.version);
  });

  it('locks the data under review: the 经办人 cannot take back the submitted sheet', async () => {
    const ev = (await S.jsxxzx_jbr!.request('GET', `/api/evaluations/${evId}`)).json() as {
      sheets: Array<{ id: string; version: number; mine: boolean }>;
    };
    const sheet = ev.sheets.find((s) => s.mine)!;
    const res = await S.jsxxzx_jbr!.request('POST', `/api/score-sheets/${sheet.id}/withdraw`, {
      version: sheet.version,
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe('该文档正在「主任审核」审核中，数据已锁定：您不能修改这些内容。');
  });

  it('lets exactly one of N parallel approvals of the same step win; the others get a clear 412', async () => {
    const v = await view('jsxxzx_zr');
    const who = [
      'jsxxzx_zr',
      'jsxxzx_zr2',
      'jsxxzx_zr3',
      'jsxxzx_zr',
      'jsxxzx_zr2',
      'jsxxzx_zr3',
      'jsxxzx_zr',
      'jsxxzx_zr2',
    ];
    const results = await Promise.all(
      who.map((u) =>
        act(u, 'approve', { ...cmd({ step: 0, opinion: `${u} 同意` }), expectedVersion: v.version }),
      ),
    );
    const codes = results.map((r) => r.statusCode);
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 412)).toHaveLength(who.length - 1);
    for (const r of results.filter((x) => x.statusCode === 412))
      expect(r.json().error.message).toMatch(/已被他人处理.*请刷新/);
    const approvals = (
      await t.deps.db.select().from(workflowEvents).where(eq(workflowEvents.documentId, evId))
    ).filter((e) => e.type === 'approved');
    expect(approvals).toHaveLength(1);
    const after = await view('jsxxzx_cwjbr');
    expect(after.current!.name).toBe('财务处经办人审核');
    expect(after.version).toBe(v.version + 1);
  });

  it('requires a reason to return, sends it back to the 经办人 with a notification, and accepts the resubmission', async () => {
    const v = await view('jsxxzx_cwjbr');
    expect(v.actions).toEqual(expect.arrayContaining(['approve', 'return']));
    const noReason = await act('jsxxzx_cwjbr', 'return', {
      ...cmd({ step: 1, to: 'originator', reason: '' }),
      expectedVersion: v.version,
    });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toContain('必须填写理由');
    const returned = await ok('jsxxzx_cwjbr', 'return', {
      step: 1,
      to: 'originator',
      reason: '预算执行率的评分说明不完整，请补充。',
    });
    expect(returned.status).toBe('returned');
    const inbox = (await S.jsxxzx_jbr!.request('GET', '/api/workflow/inbox')).json();
    expect(
      inbox.todo.map((i: { documentId: string; stepName: string }) => [i.documentId, i.stepName]),
    ).toEqual([[evId, '退回修改']]);
    const notes = (await S.jsxxzx_jbr!.request('GET', '/api/workflow/notifications')).json().items as Array<{
      id: string;
      kind: string;
      documentId: string;
    }>;
    expect(notes.find((n) => n.documentId === evId)?.kind).toBe('returned');
    const read = await S.jsxxzx_jbr!.request('POST', '/api/workflow/notifications/read', {
      ids: notes.map((n) => n.id),
    });
    expect(read.json().marked).toBe(notes.length);
    expect((await S.jsxxzx_jbr!.request('GET', '/api/workflow/notifications')).json().items).toEqual([]);
    const again = await ok('jsxxzx_jbr', 'submit', { note: '已补充说明' });
    expect(again.current!.name).toBe('主任审核');
  });

  it("records a reviewer's score adjustment against them (a deduction needs 存在问题 and 有关建议)", async () => {
    const v = await view('jsxxzx_zr');
    const bare = await act('jsxxzx_zr', 'approve', {
      ...cmd({ step: 0, opinion: '同意', changes: [{ field: 'scores.plan-annual.score', after: '4' }] }),
      expectedVersion: v.version,
    });
    expect(bare.statusCode).toBe(400);
    expect(bare.json().error.message).toContain('存在问题');
    const adjusted = await ok('jsxxzx_zr', 'approve', {
      step: 0,
      opinion: '年度计划扣 1 分',
      changes: [
        { field: 'scores.plan-annual.score', after: '4' },
        { field: 'scores.plan-annual.problems', after: '年度工作计划未细化到季度' },
        { field: 'scores.plan-annual.suggestions', after: '年度计划按季度分解并跟踪' },
      ],
    });
    const entry = adjusted.timeline.find((e) => e.action === 'approved' && e.changes.length > 0)!;
    expect(entry).toMatchObject({
      actorName: '苏商务信息·主任',
      position: '主任',
      stepName: '主任审核',
      text: '年度计划扣 1 分',
    });
    expect(entry.changes[0]).toEqual({
      field: 'scores.plan-annual.score',
      before: '5',
      after: '4',
      label: '年度工作计划制定情况 · 得分',
    });
    const ev = (await S.jsxxzx_zr!.request('GET', `/api/evaluations/${evId}`)).json() as {
      sheets: Array<{ entries: Record<string, { score?: string; problem?: string }> }>;
    };
    expect(ev.sheets[0]!.entries['plan-annual']).toMatchObject({
      score: '4',
      problem: '年度工作计划未细化到季度',
    });
  });

  it('keeps the snapshot of the chain when an administrator edits it meanwhile', async () => {
    const js = await t.orgId('JS-SWT-XXZX');
    const chains = (await S.admin!.request('GET', `/api/workflow/chains?orgId=${js}`)).json();
    const dept = chains.items.find((c: { kind: string }) => c.kind === 'department_evaluation');
    const shorter = {
      ...dept.own.chain,
      steps: dept.own.chain.steps.filter((s: { id: string }) => s.id !== 'fgcz'),
    };
    const saved = await S.admin!.request('PUT', `/api/workflow/chains/${js}`, {
      kind: 'department_evaluation',
      chain: shorter,
      version: dept.own.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const now = saved.json().items.find((c: { kind: string }) => c.kind === 'department_evaluation');
    expect(now.own.chain.revision).toBe(dept.own.chain.revision + 1);
    expect((await view('jsxxzx_cwjbr')).chain!.steps.map((s) => s.name)).toContain('分管处长审核');
  });

  it('goes through every remaining step in order and freezes version 1 on the 处长 approval', async () => {
    await ok('jsxxzx_cwjbr', 'approve', { step: 1, opinion: '财务数据核对无误' });
    await ok('jsxxzx_fgcz', 'approve', { step: 2 });
    const v = await view('jsxxzx_cz');
    const noOpinion = await act('jsxxzx_cz', 'approve', { ...cmd({ step: 3 }), expectedVersion: v.version });
    expect(noOpinion.statusCode).toBe(400);
    expect(noOpinion.json().error.message).toBe('「处长审核」必须填写审核意见。');
    const frozen = await ok('jsxxzx_cz', 'approve', { step: 3, opinion: '同意，报厅领导。' });
    expect(frozen.status).toBe('frozen');
    expect(frozen.frozen[0]!.trail.map((e) => [e.stepName, e.name, e.position])).toEqual([
      ['经办人打分', '苏商务信息·经办人', '经办人'],
      ['主任审核', '苏商务信息·主任', '主任'],
      ['财务处经办人审核', '苏商务信息·财务处经办人', '财务处经办人'],
      ['分管处长审核', '苏商务信息·分管处长', '分管处长'],
      ['处长审核', '苏商务信息·处长', '处长'],
    ]);
    const versions = await t.deps.db
      .select()
      .from(workflowVersions)
      .where(eq(workflowVersions.documentId, evId));
    expect(versions.map((x) => x.number)).toEqual([1]);
    const audit = await t.deps.db
      .select({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.entityId, evId))
      .orderBy(asc(auditLog.seq));
    expect(audit.map((a) => a.action)).toContain('workflow.frozen');
    expect(audit.filter((a) => a.action === 'workflow.approved')).toHaveLength(5);
  });

  it('downloads the frozen 评分表 with the approval trail (names, positions, dates, opinions)', async () => {
    const res = await S.jsxxzx_zr!.request(
      'GET',
      `/api/workflow/documents/${evId}/frozen-document?kind=score-table&format=docx`,
    );
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const text = (await extractDocx(res.rawPayload)).map((l) => l.text).join('\n');
    expect(text).toContain('审核意见');
    for (const s of [
      '经办人打分',
      '主任审核',
      '财务处经办人审核',
      '分管处长审核',
      '处长审核',
      '苏商务信息·处长',
      '同意，报厅领导。',
      '2026年3月2日',
    ])
      expect(text).toContain(s);
    expect(decodeURIComponent(res.headers['content-disposition'] as string)).toContain('定稿第1版');
  });

  it('refuses every write once frozen, and reopens only explicitly, with a reason, as version 2', async () => {
    const ev = (await S.jsxxzx_jbr!.request('GET', `/api/evaluations/${evId}`)).json() as {
      sheets: Array<{ id: string; version: number; mine: boolean }>;
    };
    const sheet = ev.sheets.find((s) => s.mine)!;
    const locked = await S.jsxxzx_jbr!.request('POST', `/api/score-sheets/${sheet.id}/withdraw`, {
      version: sheet.version,
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.message).toContain('已定稿（第 1 版）');
    expect((await view('jsxxzx_zr')).actions).toEqual([]);
    const v = await view('jsxxzx_cz');
    expect(v.actions).toEqual(['reopen']);
    expect(
      (await act('jsxxzx_cz', 'reopen', { ...cmd({ reason: '' }), expectedVersion: v.version })).statusCode,
    ).toBe(400);
    const reopened = await ok('jsxxzx_cz', 'reopen', { reason: '厅领导要求补充佐证材料' });
    expect(reopened).toMatchObject({ status: 'draft', documentVersion: 2 });
    // A new submission takes the chain configured now (the 分管处长 step was removed above).
    expect(reopened.chain!.steps.map((s) => s.name)).toEqual(['主任审核', '财务处经办人审核', '处长审核']);
    expect(reopened.frozen.map((f) => f.number)).toEqual([1]);
    const stillThere = await S.jsxxzx_zr!.request(
      'GET',
      `/api/workflow/documents/${evId}/frozen-document?kind=score-table&format=docx&number=1`,
    );
    expect(stillThere.statusCode).toBe(200);
    const unlocked = await S.jsxxzx_jbr!.request('POST', `/api/score-sheets/${sheet.id}/withdraw`, {
      version: sheet.version,
    });
    expect(unlocked.statusCode, unlocked.body).toBe(200);
  });

  it('lists 待办 / 已办 / 我发起的 with counts', async () => {
    const zr = (await S.jsxxzx_zr!.request('GET', '/api/workflow/inbox')).json();
    expect(zr.counts).toMatchObject({ todo: 0, done: 1 });
    expect(zr.done[0]).toMatchObject({ documentId: evId, kindLabel: '部门整体支出绩效评价' });
    const jbr = (await S.jsxxzx_jbr!.request('GET', '/api/workflow/inbox')).json();
    expect(jbr.counts.mine).toBe(1);
    expect(jbr.mine[0].title).toContain('江苏省商务厅信息中心');
  });
});

describe("004's panel: two evaluators score independently, the average, the 评价工作组组长", () => {
  let id = '';
  const P: Record<string, Session> = {};

  beforeAll(async () => {
    for (const u of ['hnswt_jbr', 'hnswt_pj1', 'hnswt_pj2', 'hnswt_zz']) P[u] = S[u] = await t.login(u);
    const hn = await t.orgId('HN-SWT');
    const project = (
      (await P.hnswt_jbr!.request('GET', `/api/projects?orgId=${hn}`)).json().items as Array<{
        id: string;
        name: string;
      }>
    ).find((p) => p.name === '2020年度信息系统运维项目')!;
    const created = await P.hnswt_jbr!.request('POST', '/api/evaluations', {
      orgId: hn,
      projectId: project.id,
      templateId: 'hn-2020-project',
      title: '2020年度信息系统运维项目评价（审核测试）',
    });
    expect(created.statusCode, created.body).toBe(201);
    id = created.json().id;
  });

  async function score(who: string, total: string) {
    const started = await P[who]!.request('POST', `/api/evaluations/${id}/sheets`, {});
    expect([200, 201]).toContain(started.statusCode);
    const sheet = (started.json().sheets as Array<{ id: string; mine: boolean; version: number }>).find(
      (s) => s.mine,
    )!;
    const saved = await P[who]!.request('PUT', `/api/score-sheets/${sheet.id}`, {
      entries: {},
      total,
      version: sheet.version,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const v = (saved.json().sheets as Array<{ id: string; version: number }>).find(
      (s) => s.id === sheet.id,
    )!.version;
    const submitted = await P[who]!.request('POST', `/api/score-sheets/${sheet.id}/submit`, { version: v });
    expect(submitted.statusCode, submitted.body).toBe(200);
    return sheet.id;
  }

  it('sends the evaluation to both evaluators at once', async () => {
    const v = await ok('hnswt_jbr', 'submit', {}, id);
    expect(v.current).toMatchObject({
      name: '评价人员评分',
      assignees: [{ name: '琼商务厅·评价人员一' }, { name: '琼商务厅·评价人员二' }],
    });
    for (const u of ['hnswt_pj1', 'hnswt_pj2']) {
      const inbox = (await P[u]!.request('GET', '/api/workflow/inbox')).json();
      expect(inbox.todo.map((i: { documentId: string }) => i.documentId)).toContain(id);
    }
  });

  it('makes each evaluator submit their own sheet before completing, and records their scoring against them', async () => {
    const early = await act(
      'hnswt_pj1',
      'approve',
      { ...cmd({ step: 0 }), expectedVersion: (await view('hnswt_pj1', id)).version },
      id,
    );
    expect(early.statusCode).toBe(400);
    expect(early.json().error.message).toBe('请先提交本人的评分表，再完成评分。');
    await score('hnswt_pj1', '99');
    const mid = await ok('hnswt_pj1', 'approve', { step: 0, opinion: '评分完成' }, id);
    expect(mid.current).toMatchObject({ name: '评价人员评分' });
    expect(mid.current!.assignees.map((a) => a.completed)).toEqual([true, false]);
    const pj1 = await t.userId('hnswt_pj1');
    const edits = mid.timeline.filter((e) => e.action === 'edited' && e.actorName === '琼商务厅·评价人员一');
    expect(edits.flatMap((e) => e.changes.map((c) => c.label))).toContain(
      '琼商务厅·评价人员一的评分表 · 总分',
    );
    expect(edits.flatMap((e) => e.changes.map((c) => [c.field, c.after]))).toEqual(
      expect.arrayContaining([
        [`sheets.${pj1}.total`, '99'],
        [`sheets.${pj1}.submitted`, true],
      ]),
    );
    // Having completed, the evaluator can no longer change their sheet; the other evaluator cannot either touch it.
    const ev = (await P.hnswt_pj1!.request('GET', `/api/evaluations/${id}`)).json() as {
      sheets: Array<{ id: string; version: number; mine: boolean }>;
    };
    const mine = ev.sheets.find((s) => s.mine)!;
    expect(
      (await P.hnswt_pj1!.request('POST', `/api/score-sheets/${mine.id}/withdraw`, { version: mine.version }))
        .statusCode,
    ).toBe(403);
    expect(
      (
        await P.hnswt_pj2!.request('PUT', `/api/score-sheets/${mine.id}`, {
          entries: {},
          total: '60',
          version: mine.version,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('averages the two sheets (99 and 98 → 98.5) and goes to the 组长 when both have completed', async () => {
    await score('hnswt_pj2', '98');
    const done = await ok('hnswt_pj2', 'approve', { step: 0 }, id);
    expect(done.current).toMatchObject({
      name: '评价工作组组长审定',
      assignees: [{ name: '琼商务厅·评价工作组组长', position: '评价工作组组长' }],
    });
    const ev = (await P.hnswt_zz!.request('GET', `/api/evaluations/${id}`)).json() as {
      panel: { base: string; grade: string };
    };
    expect(ev.panel).toMatchObject({ base: '98.5', grade: '优' });
    const frozen = await ok('hnswt_zz', 'approve', { step: 1, opinion: '同意评价结论' }, id);
    expect(frozen.status).toBe('frozen');
    expect(frozen.frozen[0]!.trail.map((e) => e.stepName)).toEqual([
      '组织评价',
      '评价人员评分',
      '评价人员评分',
      '评价工作组组长审定',
    ]);
    const res = await P.hnswt_zz!.request(
      'GET',
      `/api/workflow/documents/${id}/frozen-document?kind=panel-sheet&format=docx`,
    );
    expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
    const text = (await extractDocx(res.rawPayload)).map((l) => l.text).join('\n');
    for (const s of ['98.5', '琼商务厅·评价工作组组长', '评价工作组组长审定', '同意评价结论'])
      expect(text).toContain(s);
  });
});

describe('chain settings', () => {
  it('inherits a department setting down the tree unless the unit overrides it; only administrators edit', async () => {
    const jsDept = await t.orgId('JS-SWT');
    const jsUnit = await t.orgId('JS-SWT-XXZX');
    const chain = {
      id: 'js-accounts',
      name: '决算审核流程',
      revision: 1,
      initiator: { role: 'clerk' },
      steps: [
        {
          id: 'cz',
          name: '处长审核',
          assignee: { role: 'reviewer', position: '处长' },
          mode: 'single',
          deadlineDays: 5,
        },
      ],
    };
    // The demo sets a 决算 chain on every department: start from none.
    const demo = await S.admin!.request(
      'DELETE',
      `/api/workflow/chains/${jsDept}?kind=final_accounts&version=1`,
    );
    expect(demo.statusCode, demo.body).toBe(200);
    const bad = await S.admin!.request('PUT', `/api/workflow/chains/${jsDept}`, {
      kind: 'final_accounts',
      chain: { ...chain, steps: [] },
      version: null,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('流程至少需要一个审核步骤');
    expect(
      (
        await S.jsxxzx_cz!.request('PUT', `/api/workflow/chains/${jsDept}`, {
          kind: 'final_accounts',
          chain,
          version: null,
        })
      ).statusCode,
    ).toBe(403);
    expect(
      (
        await S.admin!.request('PUT', `/api/workflow/chains/${jsDept}`, {
          kind: 'final_accounts',
          chain,
          version: null,
        })
      ).statusCode,
    ).toBe(200);
    const unit = (await S.jsxxzx_cz!.request('GET', `/api/workflow/chains?orgId=${jsUnit}`)).json();
    const fa = unit.items.find((c: { kind: string }) => c.kind === 'final_accounts');
    expect(fa.own).toBeNull();
    expect(fa.effective).toMatchObject({
      inherited: true,
      sourceOrgName: '江苏省商务厅',
      chain: { name: '决算审核流程' },
    });
    const removed = await S.admin!.request(
      'DELETE',
      `/api/workflow/chains/${jsDept}?kind=final_accounts&version=1`,
    );
    expect(removed.statusCode, removed.body).toBe(200);
    const after = (await S.jsxxzx_cz!.request('GET', `/api/workflow/chains?orgId=${jsUnit}`)).json();
    expect(after.items.find((c: { kind: string }) => c.kind === 'final_accounts').effective).toBeNull();
  });
});
