import { describe, expect, it } from 'vitest';
import { Doc, HN_PEOPLE, JS_PEOPLE, clock, type DistributiveOmit } from './__fixtures__/people.ts';
import { apply, createWorkflow, replay } from './machine.ts';
import { PRESET_002_SELF_EVALUATION as P2, PRESET_004_PANEL as P4 } from './presets.ts';
import type { ChainDefinition, RefusalCode, WorkflowCommand } from './types.ts';

type Cmd = DistributiveOmit<WorkflowCommand, 'commandId' | 'expectedVersion'>;

const APPROVERS = ['zr', 'cwjbr', 'fgcz', 'cz'];
const doc002 = (people = JS_PEOPLE) => new Doc(people, P2);
const submitted = (by = 'jbr') => {
  const d = doc002();
  d.do({ type: 'submit', actorId: by });
  return d;
};
/** 002's document with the first `k` review steps approved. */
const atStep = (k: number) => {
  const d = submitted();
  for (let i = 0; i < k; i++) d.do({ type: 'approve', actorId: APPROVERS[i]!, step: i, opinion: '同意' });
  return d;
};
const returned = () => {
  const d = atStep(2);
  d.do({ type: 'return', actorId: 'fgcz', step: 2, to: 'originator', reason: '扣分项未填写存在问题' });
  return d;
};
const frozen = () => atStep(4);
const panel = () => {
  const d = new Doc(HN_PEOPLE, P4, { kind: 'project_evaluation' });
  d.do({ type: 'submit', actorId: 'hjbr', panelists: { pj: ['pj1', 'pj2'] } });
  return d;
};

describe('accepted actions', () => {
  const cases: Array<{
    name: string;
    setup: () => Doc;
    cmd: Cmd;
    events: string[];
    status: string;
    step: number | null;
    assignees?: string[];
  }> = [
    {
      name: 'submit sends a draft to the first step, offered to every 主任 but the submitter',
      setup: doc002,
      cmd: { type: 'submit', actorId: 'jbr' },
      events: ['submitted', 'step_activated'],
      status: 'in_review',
      step: 0,
      assignees: ['zr', 'zr2', 'jbrzr'],
    },
    {
      name: 'approve by 主任 moves to 财务处经办人审核',
      setup: submitted,
      cmd: { type: 'approve', actorId: 'zr', step: 0, opinion: '同意' },
      events: ['approved', 'step_activated'],
      status: 'in_review',
      step: 1,
      assignees: ['cwjbr'],
    },
    {
      name: 'edit by the current assignee is recorded and keeps the step',
      setup: () => atStep(1),
      cmd: {
        type: 'edit',
        actorId: 'cwjbr',
        step: 1,
        changes: [{ field: 'scores.A1.score', before: '5', after: '4' }],
      },
      events: ['edited'],
      status: 'in_review',
      step: 1,
      assignees: ['cwjbr'],
    },
    {
      name: 'return to the originator puts it back with the submitter',
      setup: () => atStep(2),
      cmd: { type: 'return', actorId: 'fgcz', step: 2, to: 'originator', reason: '扣分项未填写存在问题' },
      events: ['returned'],
      status: 'returned',
      step: null,
    },
    {
      name: 'return to an earlier step re-activates that step',
      setup: () => atStep(2),
      cmd: { type: 'return', actorId: 'fgcz', step: 2, to: 0, reason: '请主任复核得分' },
      events: ['returned', 'step_activated'],
      status: 'in_review',
      step: 0,
      assignees: ['zr', 'zr2', 'jbrzr'],
    },
    {
      name: 'withdraw before the first step acts brings it back to draft',
      setup: submitted,
      cmd: { type: 'withdraw', actorId: 'jbr', reason: '附件漏传' },
      events: ['withdrawn'],
      status: 'draft',
      step: null,
    },
    {
      name: 'delegate hands a single step to a colleague with the same position',
      setup: submitted,
      cmd: { type: 'delegate', actorId: 'zr', step: 0, to: 'zr2', note: '出差' },
      events: ['delegated'],
      status: 'in_review',
      step: 0,
      assignees: ['zr2'],
    },
    {
      name: 'delegate in a panel swaps only the delegating panelist',
      setup: panel,
      cmd: { type: 'delegate', actorId: 'pj1', step: 0, to: 'pj3' },
      events: ['delegated'],
      status: 'in_review',
      step: 0,
      assignees: ['pj3', 'pj2'],
    },
    {
      name: 'a panelist completing keeps the step until all have',
      setup: panel,
      cmd: { type: 'approve', actorId: 'pj1', step: 0 },
      events: ['approved'],
      status: 'in_review',
      step: 0,
      assignees: ['pj1', 'pj2'],
    },
    {
      name: 'final approval freezes the document',
      setup: () => atStep(3),
      cmd: { type: 'approve', actorId: 'cz', step: 3, opinion: '同意上报厅领导' },
      events: ['approved', 'frozen'],
      status: 'frozen',
      step: null,
    },
    {
      name: 'reopen by the last step holder starts a new draft version',
      setup: frozen,
      cmd: { type: 'reopen', actorId: 'cz', reason: '厅领导要求补充说明' },
      events: ['reopened'],
      status: 'draft',
      step: null,
    },
    {
      name: 'resubmission after a return starts again at the first step',
      setup: returned,
      cmd: { type: 'submit', actorId: 'jbr', note: '已补充存在问题和有关建议' },
      events: ['submitted', 'step_activated'],
      status: 'in_review',
      step: 0,
      assignees: ['zr', 'zr2', 'jbrzr'],
    },
  ];

  it.each(cases)('$name', ({ setup, cmd, events, status, step, assignees }) => {
    const d = setup();
    const before = d.state;
    const out = d.do(cmd);
    expect(out.events.map((e) => e.type)).toEqual(events);
    expect(out.replayed).toBe(false);
    expect(d.state.status).toBe(status);
    expect(d.state.current?.index ?? null).toBe(step);
    if (assignees) expect(d.state.current?.assignees.map((a) => a.userId)).toEqual(assignees);
    // One command, one version; events numbered on from the history; the old state untouched.
    expect(d.state.version).toBe(before.version + 1);
    expect(out.events.map((e) => e.seq)).toEqual(events.map((_, i) => before.history.length + 1 + i));
    expect(
      out.events.every((e) => e.actor.userId === cmd.actorId && e.commandId === out.events[0]!.commandId),
    ).toBe(true);
    expect(before.history).toHaveLength(out.events[0]!.seq - 1);
    expect(replay(createWorkflow(d.state), d.state.history)).toEqual(d.state);
  });

  it('records a data change against the reviewer, with their position, and the deadline of the next step', () => {
    const d = submitted();
    const out = d.do({
      type: 'approve',
      actorId: 'zr',
      step: 0,
      opinion: '调整一项得分',
      changes: [{ field: 'scores.B2.score', before: '4', after: '3.5' }],
    });
    const approved = out.events[0]!;
    expect(approved).toMatchObject({
      type: 'approved',
      actor: { userId: 'zr', name: '李主任', position: '主任' },
      changes: [{ field: 'scores.B2.score', before: '4', after: '3.5' }],
    });
    const activated = out.events[1]!;
    expect(activated.type === 'step_activated' && activated.dueAt).toBe(
      new Date(Date.parse(activated.at) + 3 * 86_400_000).toISOString(),
    );
  });

  it('drops from the trail the approvals a return to an earlier step undid', () => {
    const d = atStep(2);
    d.do({ type: 'return', actorId: 'fgcz', step: 2, to: 0, reason: '请主任复核得分' });
    d.do({ type: 'approve', actorId: 'zr2', step: 0, opinion: '复核无误' });
    d.do({ type: 'approve', actorId: 'cwjbr', step: 1, opinion: '再次核对' });
    d.do({ type: 'approve', actorId: 'fgcz', step: 2, opinion: '同意' });
    d.do({ type: 'approve', actorId: 'cz', step: 3, opinion: '同意' });
    expect(d.state.frozen[0]!.trail.map((t) => [t.step, t.userId, t.opinion])).toEqual([
      [null, 'jbr', null],
      [0, 'zr2', '复核无误'],
      [1, 'cwjbr', '再次核对'],
      [2, 'fgcz', '同意'],
      [3, 'cz', '同意'],
    ]);
  });

  it('keeps frozen versions numbered and carries them across a reopen', () => {
    const d = frozen();
    expect(d.state.frozen.map((f) => f.number)).toEqual([1]);
    d.do({ type: 'reopen', actorId: 'cz', reason: '厅领导要求补充说明' });
    expect(d.state.documentVersion).toBe(2);
    d.do({ type: 'submit', actorId: 'jbr' });
    for (let i = 0; i < 4; i++) d.do({ type: 'approve', actorId: APPROVERS[i]!, step: i, opinion: '同意' });
    expect(d.state.frozen.map((f) => [f.number, f.chainId])).toEqual([
      [1, P2.id],
      [2, P2.id],
    ]);
    expect(d.state.history.filter((e) => e.type === 'frozen').map((e) => e.documentVersion)).toEqual([1, 2]);
  });
});

describe('refusals', () => {
  const noCz = JS_PEOPLE.filter((u) => u.id !== 'cz');
  const cases: Array<{
    name: string;
    setup: () => Doc;
    cmd: Cmd;
    code: RefusalCode;
    message: string;
    context?: (d: Doc) => void;
  }> = [
    {
      name: 'submit while under review',
      setup: submitted,
      cmd: { type: 'submit', actorId: 'jbr' },
      code: 'INVALID_STATE',
      message: '该事项当前状态为「审核中」，不能提交。',
    },
    {
      name: 'submit without a configured chain',
      setup: doc002,
      cmd: { type: 'submit', actorId: 'jbr' },
      code: 'NO_CHAIN',
      message: '本单位尚未配置「部门整体支出绩效评价」的审核流程，请联系系统管理员。',
      context: (d) => (d.chain = null as unknown as ChainDefinition),
    },
    {
      name: 'submit with a chain without steps',
      setup: doc002,
      cmd: { type: 'submit', actorId: 'jbr' },
      code: 'INVALID_CHAIN',
      message: '审核流程配置有误：流程至少需要一个审核步骤',
      context: (d) => (d.chain = { ...P2, steps: [] }),
    },
    {
      name: 'submit by someone who is not a 经办人',
      setup: doc002,
      cmd: { type: 'submit', actorId: 'zr' },
      code: 'NOT_INITIATOR',
      message: '您没有提交此类事项的权限（流程要求由指定岗位提交）。',
    },
    {
      name: 'submit when no one holds a later step',
      setup: () => doc002(noCz),
      cmd: { type: 'submit', actorId: 'jbr' },
      code: 'NO_ASSIGNEE',
      message: '「处长审核」没有可办理的人员（提交人不能审核自己提交的事项），请联系系统管理员配置岗位人员。',
    },
    {
      name: 'resubmit by another 经办人',
      setup: returned,
      cmd: { type: 'submit', actorId: 'jbrzr' },
      code: 'NOT_SUBMITTER',
      message: '只有提交人（王经办）可以执行此操作。',
    },
    {
      name: 'approve a step that is not current (skipping)',
      setup: submitted,
      cmd: { type: 'approve', actorId: 'cwjbr', step: 1 },
      code: 'WRONG_STEP',
      message: '该事项当前处于「主任审核」步骤，您的操作针对的不是当前步骤，请刷新后重试。',
    },
    {
      name: 'approve by a holder of a later step',
      setup: submitted,
      cmd: { type: 'approve', actorId: 'cz', step: 0 },
      code: 'NOT_ASSIGNEE',
      message: '您不是「主任审核」步骤的办理人，不能办理此事项。',
    },
    {
      name: 'approve by a 主任 of another organisation',
      setup: submitted,
      cmd: { type: 'approve', actorId: 'outsider', step: 0 },
      code: 'NOT_ASSIGNEE',
      message: '您不是「主任审核」步骤的办理人，不能办理此事项。',
    },
    {
      name: 'approve by the submitter who also holds 主任',
      setup: () => submitted('jbrzr'),
      cmd: { type: 'approve', actorId: 'jbrzr', step: 0 },
      code: 'SELF_APPROVAL',
      message: '提交人不能审核自己提交的事项。',
    },
    {
      name: 'return by the submitter',
      setup: () => submitted('jbrzr'),
      cmd: { type: 'return', actorId: 'jbrzr', step: 0, to: 'originator', reason: 'x' },
      code: 'SELF_APPROVAL',
      message: '提交人不能审核自己提交的事项。',
    },
    {
      name: 'approve by an unknown user',
      setup: submitted,
      cmd: { type: 'approve', actorId: 'nobody', step: 0 },
      code: 'UNKNOWN_ACTOR',
      message: '您不在本单位的人员名单中（或账号已停用），不能办理此事项。',
    },
    {
      name: '处长 approves without an opinion',
      setup: () => atStep(3),
      cmd: { type: 'approve', actorId: 'cz', step: 3, opinion: '  ' },
      code: 'OPINION_REQUIRED',
      message: '「处长审核」必须填写审核意见。',
    },
    {
      name: 'approve with a change to a field the step may not edit',
      setup: submitted,
      cmd: {
        type: 'approve',
        actorId: 'zr',
        step: 0,
        changes: [{ field: 'budget.total', before: '1', after: '2' }],
      },
      code: 'FIELD_NOT_EDITABLE',
      message: '「主任审核」不能修改「budget.total」。',
    },
    {
      name: 'return without a reason',
      setup: () => atStep(1),
      cmd: { type: 'return', actorId: 'cwjbr', step: 1, to: 'originator', reason: ' ' },
      code: 'REASON_REQUIRED',
      message: '退回必须填写理由。',
    },
    {
      name: 'return to the current step',
      setup: () => atStep(1),
      cmd: { type: 'return', actorId: 'cwjbr', step: 1, to: 1, reason: '重做' },
      code: 'INVALID_RETURN_TARGET',
      message: '只能退回给提交人，或退回到当前步骤之前的步骤。',
    },
    {
      name: 'return to a later step',
      setup: () => atStep(1),
      cmd: { type: 'return', actorId: 'cwjbr', step: 1, to: 3, reason: '跳过' },
      code: 'INVALID_RETURN_TARGET',
      message: '只能退回给提交人，或退回到当前步骤之前的步骤。',
    },
    {
      name: 'withdraw by someone else',
      setup: submitted,
      cmd: { type: 'withdraw', actorId: 'zr' },
      code: 'NOT_SUBMITTER',
      message: '只有提交人（王经办）可以执行此操作。',
    },
    {
      name: 'withdraw after the next step acted',
      setup: () => atStep(1),
      cmd: { type: 'withdraw', actorId: 'jbr' },
      code: 'WITHDRAW_TOO_LATE',
      message: '下一步骤已经办理，不能撤回；如需修改，请联系当前办理人退回。',
    },
    {
      name: 'withdraw after the step delegated',
      setup: () => {
        const d = submitted();
        d.do({ type: 'delegate', actorId: 'zr', step: 0, to: 'zr2' });
        return d;
      },
      cmd: { type: 'withdraw', actorId: 'jbr' },
      code: 'WITHDRAW_TOO_LATE',
      message: '下一步骤已经办理，不能撤回；如需修改，请联系当前办理人退回。',
    },
    {
      name: 'withdraw a returned item',
      setup: returned,
      cmd: { type: 'withdraw', actorId: 'jbr' },
      code: 'INVALID_STATE',
      message: '该事项当前状态为「已退回」，不能撤回。',
    },
    {
      name: 'delegate to oneself',
      setup: submitted,
      cmd: { type: 'delegate', actorId: 'zr', step: 0, to: 'zr' },
      code: 'DELEGATE_TO_SELF',
      message: '不能委托给自己。',
    },
    {
      name: 'delegate to someone without the position',
      setup: submitted,
      cmd: { type: 'delegate', actorId: 'zr', step: 0, to: 'cz' },
      code: 'DELEGATE_NOT_ELIGIBLE',
      message: '周处长不具备「主任审核」所需的岗位，不能接受委托。',
    },
    {
      name: 'delegate to the submitter holding the position',
      setup: () => submitted('jbrzr'),
      cmd: { type: 'delegate', actorId: 'zr', step: 0, to: 'jbrzr' },
      code: 'DELEGATE_NOT_ELIGIBLE',
      message: '不能委托给该事项的提交人。',
    },
    {
      name: 'delegate to a panelist already on the panel',
      setup: panel,
      cmd: { type: 'delegate', actorId: 'pj1', step: 0, to: 'pj2' },
      code: 'DELEGATE_NOT_ELIGIBLE',
      message: '陈力已是本步骤的办理人。',
    },
    {
      name: 'edit with nothing changed',
      setup: submitted,
      cmd: { type: 'edit', actorId: 'zr', step: 0, changes: [] },
      code: 'NO_CHANGES',
      message: '没有需要保存的修改。',
    },
    {
      name: 'a panelist edits another panelist’s sheet',
      setup: panel,
      cmd: {
        type: 'edit',
        actorId: 'pj1',
        step: 0,
        changes: [{ field: 'sheets.pj2.total', before: null, after: '60' }],
      },
      code: 'FIELD_NOT_EDITABLE',
      message: '「评价人员评分」不能修改「sheets.pj2.total」。',
    },
    {
      name: 'a panelist completes twice',
      setup: () => {
        const d = panel();
        d.do({ type: 'approve', actorId: 'pj1', step: 0 });
        return d;
      },
      cmd: { type: 'approve', actorId: 'pj1', step: 0 },
      code: 'ALREADY_COMPLETED',
      message: '您已完成「评价人员评分」，请等待其他人员办理。',
    },
    {
      name: 'an evaluator not picked for the panel',
      setup: panel,
      cmd: { type: 'approve', actorId: 'pj3', step: 0 },
      code: 'NOT_ASSIGNEE',
      message: '您不是「评价人员评分」步骤的办理人，不能办理此事项。',
    },
    {
      name: 'a panel of fixed size submitted without picks',
      setup: () => new Doc(HN_PEOPLE, P4),
      cmd: { type: 'submit', actorId: 'hjbr' },
      code: 'INVALID_PANEL',
      message: '「评价人员评分」需要从 3 名符合条件的人员中选定 2 名。',
    },
    {
      name: 'a panel pick who is not an evaluator',
      setup: () => new Doc(HN_PEOPLE, P4),
      cmd: { type: 'submit', actorId: 'hjbr', panelists: { pj: ['pj1', 'zz'] } },
      code: 'INVALID_PANEL',
      message: '「评价人员评分」的人员选择有误：所选人员（zz）不具备该岗位或是提交人',
    },
    {
      name: 'approve a frozen document',
      setup: frozen,
      cmd: { type: 'approve', actorId: 'cz', step: 3, opinion: '再批' },
      code: 'INVALID_STATE',
      message: '该事项已定稿（第 1 版），不能修改；如需修改，请先重新打开。',
    },
    {
      name: 'reopen by someone who does not hold the last step',
      setup: frozen,
      cmd: { type: 'reopen', actorId: 'jbr', reason: '想改' },
      code: 'NOT_ALLOWED_TO_REOPEN',
      message: '您没有重新打开已定稿事项的权限。',
    },
    {
      name: 'reopen without a reason',
      setup: frozen,
      cmd: { type: 'reopen', actorId: 'cz', reason: '' },
      code: 'REASON_REQUIRED',
      message: '重新打开必须填写理由。',
    },
    {
      name: 'reopen a document that is not frozen',
      setup: submitted,
      cmd: { type: 'reopen', actorId: 'cz', reason: '提前' },
      code: 'INVALID_STATE',
      message: '该事项当前状态为「审核中」，不能重新打开。',
    },
  ];

  it.each(cases)('$name → $code', ({ setup, cmd, code, message, context }) => {
    const d = setup();
    context?.(d);
    const before = d.state;
    const out = d.try(cmd);
    expect(out).toEqual({ ok: false, code, message });
    expect(d.state).toBe(before);
  });

  it('refuses a command based on a stale version, and a reused id for a different command', () => {
    const d = submitted();
    const stale = { commandId: 'late', actorId: 'zr', expectedVersion: 0, type: 'approve', step: 0 } as const;
    expect(apply(d.state, stale, d.context())).toEqual({
      ok: false,
      code: 'STALE',
      message: '该事项已被他人处理（您看到的是第 0 版，当前为第 1 版），请刷新后查看最新状态。',
    });
    const reused = { commandId: 'c1', actorId: 'jbr', expectedVersion: 1, type: 'withdraw' } as const;
    expect(apply(d.state, reused, d.context())).toMatchObject({ ok: false, code: 'IDEMPOTENCY_CONFLICT' });
  });

  it('refuses a reviewer whose account was disabled or who lost the position after the item arrived', () => {
    const d = submitted();
    const disabled = JS_PEOPLE.map((u) => (u.id === 'zr' ? { ...u, disabled: true } : u));
    const demoted = JS_PEOPLE.map((u) =>
      u.id === 'zr' ? { ...u, grants: [{ role: 'reviewer', position: '处长' }] } : u,
    );
    const cmd = d.command({ type: 'approve', actorId: 'zr', step: 0 });
    expect(apply(d.state, cmd, { ...d.context(), directory: disabled })).toMatchObject({
      ok: false,
      code: 'UNKNOWN_ACTOR',
    });
    expect(apply(d.state, cmd, { ...d.context(), directory: demoted })).toMatchObject({
      ok: false,
      code: 'NOT_ASSIGNEE',
    });
  });
});

describe('idempotency and concurrency', () => {
  it('returns the first outcome for a repeated command id, with no new event, even after others acted', () => {
    const d = submitted();
    const cmd = d.command({ type: 'approve', actorId: 'zr', step: 0, opinion: '同意' });
    const first = apply(d.state, cmd, d.context());
    if (!first.ok) throw new Error(first.message);
    d.state = first.state;
    const again = apply(d.state, cmd, d.context());
    expect(again).toEqual({ ok: true, state: d.state, events: [], replayed: true, previous: first.events });
    d.do({ type: 'approve', actorId: 'cwjbr', step: 1 });
    const late = apply(d.state, cmd, d.context());
    expect(late.ok && late.replayed && late.state === d.state && late.events.length === 0).toBe(true);
    expect(d.state.history.filter((e) => e.commandId === cmd.commandId)).toHaveLength(2);
  });

  it('lets exactly one of two 主任 acting on the same version win', () => {
    const d = submitted();
    const a = d.command({ type: 'approve', actorId: 'zr', step: 0, opinion: '同意' });
    const b = d.command({ type: 'return', actorId: 'zr2', step: 0, to: 'originator', reason: '不同意' });
    const first = apply(d.state, a, d.context());
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    // The persistence layer re-applies the loser against the row it finds: refused, never lost silently.
    expect(apply(first.state, b, d.context())).toMatchObject({ ok: false, code: 'STALE' });
    // Refreshing does not help: the step has moved on.
    expect(
      apply(first.state, { ...b, commandId: 'b2', expectedVersion: first.state.version }, d.context()),
    ).toMatchObject({ ok: false, code: 'WRONG_STEP' });
  });
});

describe('chain snapshot at submission', () => {
  it('keeps a submitted document on its chain while later submissions take the edited one', () => {
    const edited: ChainDefinition = {
      ...P2,
      revision: 2,
      steps: [
        ...P2.steps,
        { id: 'tld', name: '厅领导审核', assignee: { position: '厅领导', orgLevel: 1 }, mode: 'single' },
      ],
    };
    const early = submitted();
    early.chain = edited; // the administrator edits the chain afterwards
    for (let i = 0; i < 4; i++)
      early.do({ type: 'approve', actorId: APPROVERS[i]!, step: i, opinion: '同意' });
    expect(early.state.status).toBe('frozen');
    expect(early.state.frozen[0]!.chainRevision).toBe(1);

    const later = new Doc(JS_PEOPLE, edited, { id: 'doc-2' }, clock());
    later.do({ type: 'submit', actorId: 'jbr' });
    for (let i = 0; i < 4; i++)
      later.do({ type: 'approve', actorId: APPROVERS[i]!, step: i, opinion: '同意' });
    expect(later.state.status).toBe('in_review');
    expect(later.state.current?.assignees.map((a) => [a.userId, a.position])).toEqual([['ting', '厅领导']]);
    later.do({ type: 'approve', actorId: 'ting', step: 4 });
    expect(later.state.frozen[0]!.chainRevision).toBe(2);
  });

  it('takes a fresh snapshot when a withdrawn document is submitted again', () => {
    const d = submitted();
    d.do({ type: 'withdraw', actorId: 'jbr' });
    d.chain = { ...P2, revision: 3, steps: P2.steps.slice(0, 1) };
    d.do({ type: 'submit', actorId: 'jbr' });
    d.do({ type: 'approve', actorId: 'zr', step: 0 });
    expect(d.state.status).toBe('frozen');
    expect(d.state.frozen[0]!.chainRevision).toBe(3);
  });
});
