import { describe, expect, it } from 'vitest';
import { HN_PEOPLE, JS, JS_PARENT, JS_PEOPLE } from './__fixtures__/people.ts';
import { dueDate, eligibleUsers, resolveAssignees } from './assignment.ts';
import { reopenSelector, resolveChain, snapshotChain, validateChain } from './chain.ts';
import { fieldMatches, patternProblem } from './fields.ts';
import { PRESETS, PRESET_002_SELF_EVALUATION as P2, PRESET_004_PANEL as P4 } from './presets.ts';
import type { ChainDefinition, ChainSetting, ChainStep } from './types.ts';

describe('resolveChain: inherited down the organisation tree unless overridden', () => {
  const finance = { ...P2, id: 'finance-default' };
  const dept = { ...P2, id: 'dept-override' };
  const unit = { ...P4, id: 'unit-override' };
  const settings: ChainSetting[] = [
    { orgId: 'czt', kind: 'department_evaluation', chain: finance },
    { orgId: 'czt', kind: 'project_evaluation', chain: finance },
    { orgId: JS_PARENT, kind: 'department_evaluation', chain: dept },
    { orgId: JS, kind: 'project_evaluation', chain: unit },
  ];
  const path = [JS, JS_PARENT, 'czt'];
  it.each([
    { kind: 'department_evaluation', expected: ['dept-override', JS_PARENT, true] },
    { kind: 'project_evaluation', expected: ['unit-override', JS, false] },
  ] as const)('$kind → $expected', ({ kind, expected }) => {
    const r = resolveChain(settings, path, kind)!;
    expect([r.chain.id, r.sourceOrgId, r.inherited]).toEqual(expected);
  });
  it('falls back to the given default, else none', () => {
    expect(resolveChain(settings, path, 'final_accounts')).toBeNull();
    expect(resolveChain(settings, path, 'final_accounts', P2)).toEqual({
      chain: P2,
      sourceOrgId: null,
      inherited: true,
    });
    expect(resolveChain(settings, ['czt'], 'department_evaluation')?.inherited).toBe(false);
  });
});

describe('validateChain', () => {
  const step = (over: Partial<ChainStep>): ChainStep => ({
    id: 's',
    name: '审核',
    assignee: { position: '主任' },
    mode: 'single',
    ...over,
  });
  const chain = (steps: ChainStep[], over: Partial<ChainDefinition> = {}): ChainDefinition => ({
    id: 'c',
    name: '流程',
    revision: 1,
    initiator: { role: 'clerk' },
    steps,
    ...over,
  });
  it.each([
    { name: 'no steps', c: chain([]), problem: '流程至少需要一个审核步骤' },
    {
      name: 'duplicate ids',
      c: chain([step({}), step({ name: '复核' })]),
      problem: '第 2 步「复核」的编号「s」重复',
    },
    {
      name: 'a step naming neither role nor position',
      c: chain([step({ assignee: {} })]),
      problem: '第 1 步「审核」必须指定角色或职务',
    },
    {
      name: 'a panel of one',
      c: chain([step({ mode: 'panel', panelSize: 1 })]),
      problem: '第 1 步「审核」的会签人数必须是不少于 2 的整数',
    },
    {
      name: 'a size on a single step',
      c: chain([step({ panelSize: 2 })]),
      problem: '第 1 步「审核」不是会签步骤，不能设置人数',
    },
    {
      name: 'a zero-day deadline',
      c: chain([step({ deadlineDays: 0 })]),
      problem: '第 1 步「审核」的办理期限必须是 1 到 365 之间的整数天',
    },
    {
      name: 'a bad field pattern',
      c: chain([step({ editable: ['scores.**.score'] })]),
      problem: '第 1 步「审核」：可修改字段「scores.**.score」中的 ** 只能放在最后',
    },
    {
      name: 'a negative organisation level',
      c: chain([step({ assignee: { position: '厅领导', orgLevel: -1 } })]),
      problem: '第 1 步「审核」的单位层级必须是非负整数',
    },
    { name: 'no initiator', c: chain([step({})], { initiator: {} }), problem: '提交人必须指定角色或职务' },
    { name: 'revision 0', c: chain([step({})], { revision: 0 }), problem: '流程修订号必须是正整数' },
  ])('reports $name', ({ c, problem }) => {
    expect(validateChain(c)).toContain(problem);
  });
  it('accepts the presets', () => {
    for (const p of PRESETS) expect(validateChain(p.chain)).toEqual([]);
    expect(P2.steps.map((s) => s.name)).toEqual(['主任审核', '财务处经办人审核', '分管处长审核', '处长审核']);
    expect(P4.steps.map((s) => [s.name, s.mode, s.panelSize])).toEqual([
      ['评价人员评分', 'panel', 2],
      ['评价工作组组长审定', 'single', undefined],
    ]);
  });
  it('snapshots deeply and lets the last step reopen by default', () => {
    const snap = snapshotChain(P2);
    expect(snap).toEqual(P2);
    expect(snap.steps[0]).not.toBe(P2.steps[0]);
    expect(reopenSelector(P2)).toEqual({ role: 'reviewer', position: '处长' });
    expect(reopenSelector({ ...P2, reopenBy: { position: '主任' } })).toEqual({ position: '主任' });
  });
});

describe('assignment resolution', () => {
  const orgPath = [JS, JS_PARENT];
  it('finds holders by position, role, organisation level; never the excluded or disabled', () => {
    const ids = (step: Pick<ChainStep, 'assignee'>, exclude: string[] = [], dir = JS_PEOPLE) =>
      eligibleUsers(step, dir, orgPath, exclude).map((u) => u.id);
    expect(ids({ assignee: { position: '主任' } })).toEqual(['zr', 'zr2', 'jbrzr']);
    expect(ids({ assignee: { role: 'reviewer', position: '主任' } }, ['jbrzr'])).toEqual(['zr', 'zr2']);
    expect(ids({ assignee: { role: 'clerk' } })).toEqual(['jbr', 'jbrzr']);
    expect(ids({ assignee: { position: '厅领导' } })).toEqual([]);
    expect(ids({ assignee: { position: '厅领导', orgLevel: 1 } })).toEqual(['ting']);
    expect(ids({ assignee: { position: '厅领导', orgLevel: 2 } })).toEqual([]);
    expect(
      ids(
        { assignee: { position: '主任' } },
        [],
        JS_PEOPLE.map((u) => (u.id === 'zr' ? { ...u, disabled: true } : u)),
      ),
    ).toEqual(['zr2', 'jbrzr']);
    expect(ids({ assignee: {} })).toEqual([]);
  });

  const panel = P4.steps[0]!;
  const hn = ['hn-swt'];
  it.each([
    { name: 'the picks, in order', picks: ['pj2', 'pj1'], result: ['pj2', 'pj1'] },
    { name: 'too few picks', picks: ['pj1'], code: 'INVALID_PANEL' },
    { name: 'a repeated pick', picks: ['pj1', 'pj1'], code: 'INVALID_PANEL' },
    { name: 'the excluded originator', picks: ['pj1', 'hjbr'], code: 'INVALID_PANEL' },
    { name: 'no picks among three for two seats', picks: undefined, code: 'INVALID_PANEL' },
  ])('panel with $name', ({ picks, result, code }) => {
    const r = resolveAssignees(panel, HN_PEOPLE, hn, ['hjbr'], picks);
    if (result) expect(r.ok && r.assignees.map((a) => a.userId)).toEqual(result);
    else expect(r).toMatchObject({ ok: false, code });
  });
  it('takes every eligible holder for an unsized panel, and exactly enough for a sized one', () => {
    const unsized = { ...panel, panelSize: undefined };
    const all = resolveAssignees(unsized, HN_PEOPLE, hn, []);
    expect(all.ok && all.assignees.map((a) => a.userId)).toEqual(['pj1', 'pj2', 'pj3']);
    const two = HN_PEOPLE.filter((u) => u.id !== 'pj3');
    const exact = resolveAssignees(panel, two, hn, []);
    expect(exact.ok && exact.assignees.map((a) => a.userId)).toEqual(['pj1', 'pj2']);
    expect(
      resolveAssignees(
        panel,
        two.filter((u) => u.id !== 'pj2'),
        hn,
        [],
      ),
    ).toMatchObject({ ok: false, code: 'NO_ASSIGNEE' });
  });
  it('dates a deadline in calendar days from activation', () => {
    expect(dueDate('2021-05-10T01:00:00.000Z', 3)).toBe('2021-05-13T01:00:00.000Z');
    expect(dueDate('2021-05-10T01:00:00.000Z', undefined)).toBeNull();
  });
});

describe('editable field patterns', () => {
  it.each([
    ['scores.*.score', 'scores.A1.score', true],
    ['scores.*.score', 'scores.A1.explanation', false],
    ['scores.*.score', 'scores.A1', false],
    ['scores.**', 'scores.A1.score', true],
    ['scores.**', 'scores', false],
    ['sheets.$self.**', 'sheets.pj1.total', true],
    ['sheets.$self.**', 'sheets.pj2.total', false],
    ['problems', 'problems', true],
    ['problems', 'problems.x', false],
  ] as const)('%s matches %s for pj1: %s', (pattern, field, expected) => {
    expect(fieldMatches(pattern, field, 'pj1')).toBe(expected);
  });
  it('rejects malformed patterns', () => {
    expect(patternProblem('a..b')).toBe('可修改字段「a..b」格式有误');
    expect(patternProblem('')).toBe('可修改字段不能为空');
    expect(patternProblem('a.*.b')).toBeNull();
  });
});
