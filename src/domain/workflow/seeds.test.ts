/**
 * The two processes the seeds describe, run end to end: 002's five-node scoring chain with one return
 * and a resubmission, and 004's evaluator panel averaged and signed by the 评价工作组组长.
 */
import { describe, expect, it } from 'vitest';
import { panelAverage } from '../scoring/evaluate.ts';
import { gradeOf } from '../scoring/grade.ts';
import { Doc, HN_PEOPLE, JS_PEOPLE } from './__fixtures__/people.ts';
import { mayEdit } from './fields.ts';
import { changesMade, frozenVersion, timeline } from './history.ts';
import { inbox } from './inbox.ts';
import { PRESET_002_SELF_EVALUATION, PRESET_004_PANEL } from './presets.ts';

describe('002 江苏省商务厅信息中心: 经办人打分 → 主任审核 → 财务处经办人审核 → 分管处长审核 → 处长审核', () => {
  it('runs the whole chain with a return to the 经办人 and a resubmission, then freezes with the trail', () => {
    const d = new Doc(JS_PEOPLE, PRESET_002_SELF_EVALUATION, { id: 'js-2020-dept-eval' });
    d.do({ type: 'submit', actorId: 'jbr', note: '部门整体支出绩效自评打分完成' });
    expect(inbox('zr', [d.state], d.now()).counts.todo).toBe(1);

    d.do({ type: 'approve', actorId: 'zr', step: 0, opinion: '同意' });
    d.do({ type: 'approve', actorId: 'cwjbr', step: 1, opinion: '预算执行率核对无误' });
    // 分管处长 finds a deduction without 存在问题 / 有关建议 and sends it back with a reason.
    d.do({
      type: 'return',
      actorId: 'fgcz',
      step: 2,
      to: 'originator',
      reason: '“资金使用合规性”扣1分，未填写存在问题和有关建议',
    });
    expect(d.state.status).toBe('returned');
    expect(inbox('jbr', [d.state], d.now()).todo.map((i) => i.stepName)).toEqual(['退回修改']);
    expect(mayEdit(d.state, 'jbr', 'scores.C3.problems')).toBe(true);
    expect(mayEdit(d.state, 'fgcz', 'scores.C3.score')).toBe(false);

    d.do({ type: 'submit', actorId: 'jbr', note: '已补充存在问题和有关建议' });
    expect(d.state.current?.name).toBe('主任审核'); // no step is skipped on resubmission
    d.do({ type: 'approve', actorId: 'zr2', step: 0, opinion: '同意' });
    d.do({ type: 'approve', actorId: 'cwjbr', step: 1, opinion: '同意' });
    d.do({
      type: 'approve',
      actorId: 'fgcz',
      step: 2,
      opinion: '同意',
      changes: [{ field: 'scores.C3.score', before: '4', after: '3' }],
    });
    d.do({ type: 'approve', actorId: 'cz', step: 3, opinion: '同意，报厅领导审核' });

    expect(d.state.status).toBe('frozen');
    const v1 = frozenVersion(d.state)!;
    expect(v1.number).toBe(1);
    // The trail of the frozen version: the round that passed, names, positions and dates in order.
    expect(v1.trail.map((t) => [t.stepName, t.name, t.position, t.opinion])).toEqual([
      ['经办人打分', '王经办', '经办人', '已补充存在问题和有关建议'],
      ['主任审核', '赵副主任', '主任', '同意'],
      ['财务处经办人审核', '钱会计', '财务处经办人', '同意'],
      ['分管处长审核', '孙分管', '分管处长', '同意'],
      ['处长审核', '周处长', '处长', '同意，报厅领导审核'],
    ]);
    const dates = v1.trail.map((t) => t.at);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(5);

    // The timeline keeps everything, including the first round and the reason of the return.
    const tl = timeline(d.state, { withArrivals: false });
    expect(tl.map((t) => t.label)).toEqual([
      '提交',
      '审核通过',
      '审核通过',
      '退回',
      '重新提交',
      '审核通过',
      '审核通过',
      '审核通过',
      '审核通过',
      '定稿（第 1 版）',
    ]);
    expect(tl[3]).toMatchObject({
      actorName: '孙分管',
      position: '分管处长',
      stepName: '分管处长审核',
      to: ['王经办'],
    });
    expect(tl[3]!.text).toContain('未填写存在问题和有关建议');
    expect(changesMade(d.state)).toEqual([
      expect.objectContaining({
        actor: '孙分管',
        position: '分管处长',
        stepName: '分管处长审核',
        change: { field: 'scores.C3.score', before: '4', after: '3' },
      }),
    ]);

    // Everyone who acted sees it under 已办; the 经办人 under 我发起的; nobody has anything to do.
    for (const who of ['zr', 'zr2', 'cwjbr', 'fgcz', 'cz']) {
      const box = inbox(who, [d.state], d.now());
      expect([box.counts.todo, box.counts.done]).toEqual([0, 1]);
    }
    expect(inbox('jbr', [d.state], d.now()).counts).toEqual({ todo: 0, overdue: 0, done: 0, mine: 1 });
    expect(mayEdit(d.state, 'cz', 'scores.C3.score')).toBe(false);
  });
});

describe('004 海南省商务厅: 评价人员 panel, averaged, signed by the 评价工作组组长', () => {
  it('has two evaluators score independently, averages 99 and 98 to 98.5 (优), and the 组长 signs', () => {
    const d = new Doc(HN_PEOPLE, PRESET_004_PANEL, { kind: 'project_evaluation', id: 'hn-2020-ops' });
    d.do({ type: 'submit', actorId: 'hjbr', panelists: { pj: ['pj1', 'pj2'] } });
    expect(d.state.current?.assignees.map((a) => [a.name, a.position, a.title])).toEqual([
      ['谭国伟', '评价人员', '主任'],
      ['陈力', '评价人员', '一级主任科员'],
    ]);
    // Each edits only their own sheet.
    expect(mayEdit(d.state, 'pj1', 'sheets.pj1.total')).toBe(true);
    expect(mayEdit(d.state, 'pj1', 'sheets.pj2.total')).toBe(false);
    expect(mayEdit(d.state, 'pj3', 'sheets.pj3.total')).toBe(false);

    d.do({
      type: 'edit',
      actorId: 'pj2',
      step: 0,
      changes: [{ field: 'sheets.pj2.total', before: null, after: '98' }],
    });
    d.do({
      type: 'approve',
      actorId: 'pj1',
      step: 0,
      opinion: '运维服务到位',
      changes: [{ field: 'sheets.pj1.total', before: null, after: '99' }],
    });
    expect(d.state.current?.name).toBe('评价人员评分'); // one panelist is not the panel
    expect(inbox('pj1', [d.state], d.now()).counts.todo).toBe(0);
    expect(inbox('pj2', [d.state], d.now()).counts.todo).toBe(1);
    d.do({ type: 'approve', actorId: 'pj2', step: 0 });
    expect(d.state.current?.name).toBe('评价工作组组长审定');

    const totals = changesMade(d.state)
      .filter((c) => c.change.field.endsWith('.total'))
      .map((c) => c.change.after as string);
    const average = panelAverage(totals);
    expect(average.toString()).toBe('98.5');
    expect(gradeOf(average)).toBe('优');

    d.do({ type: 'approve', actorId: 'zz', step: 1, opinion: `平均得分${average.toString()}，评价等次为优` });
    const v1 = frozenVersion(d.state)!;
    expect(v1.trail.map((t) => [t.stepName, t.name, t.position])).toEqual([
      ['组织评价', '海经办', '经办人'],
      ['评价人员评分', '谭国伟', '评价人员'],
      ['评价人员评分', '陈力', '评价人员'],
      ['评价工作组组长审定', '黄组长', '评价工作组组长'],
    ]);
    expect(v1.trail[3]!.opinion).toBe('平均得分98.5，评价等次为优');
  });

  it('reopens the panel’s frozen result as version 2 and runs the panel again', () => {
    const d = new Doc(HN_PEOPLE, PRESET_004_PANEL, { kind: 'project_evaluation' });
    d.do({ type: 'submit', actorId: 'hjbr', panelists: { pj: ['pj1', 'pj2'] } });
    d.do({ type: 'approve', actorId: 'pj1', step: 0 });
    d.do({ type: 'approve', actorId: 'pj2', step: 0 });
    d.do({ type: 'approve', actorId: 'zz', step: 1, opinion: '同意' });
    d.do({ type: 'reopen', actorId: 'zz', reason: '财政厅复核要求重新评分' });
    expect([d.state.status, d.state.documentVersion, d.state.frozen.length]).toEqual(['draft', 2, 1]);
    d.do({ type: 'submit', actorId: 'hjbr', panelists: { pj: ['pj2', 'pj3'] } });
    expect(d.state.current?.assignees.map((a) => a.userId)).toEqual(['pj2', 'pj3']);
  });
});
