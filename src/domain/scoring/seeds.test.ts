/**
 * Rebuilds every scoring table of the seeds from data (fixtures/*.json hold inputs and printed scores)
 * and asserts our figures against the printed ones — or, where a printed figure disagrees with its own
 * rule, asserts the correct figure and that the disagreement is reported.
 */
import { describe, expect, it } from 'vitest';
import { fixed } from '../money/index.ts';
import { evaluate, readEvaluation, type Evaluation, type EvaluationResult } from './index.ts';
import department001 from './fixtures/001-department.json' with { type: 'json' };
import hall001 from './fixtures/001-hall-expenses.json' with { type: 'json' };
import support001 from './fixtures/001-business-support.json' with { type: 'json' };
import procurement001 from './fixtures/001-procurement.json' with { type: 'json' };
import window001 from './fixtures/001-window-reward.json' with { type: 'json' };
import self002 from './fixtures/002-self-evaluation.json' with { type: 'json' };
import panel004 from './fixtures/004-panel.json' with { type: 'json' };
import table004 from './fixtures/004-score-table.json' with { type: 'json' };

function load(json: unknown): Evaluation {
  const r = readEvaluation(structuredClone(json));
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.evaluation;
}

function scoreOf(res: EvaluationResult, id: string): string {
  const i = res.sheets[0]!.indicators.find((x) => x.id === id);
  if (!i?.score) throw new Error(`no score for ${id}`);
  return fixed(i.score, 4);
}

describe('001 project score tables (四川省政务服务和公共资源交易服务中心)', () => {
  it.each([
    ['窗口奖励金', window001],
    ['大厅工作经费', hall001],
    ['政务服务和公共资源交易业务支撑经费', support001],
  ])('rebuilds the %s table: every indicator at its printed score, total 100, grade 优', (_name, json) => {
    const res = evaluate(load(json));
    expect(res.errors).toEqual([]);
    expect(res.disagreements).toEqual([]);
    expect(fixed(res.final.total)).toBe('100.00');
    expect(res.final.grade).toBe('优');
    for (const i of res.sheets[0]!.indicators) expect(fixed(i.score!, 2)).toBe(fixed(i.given!, 2));
  });

  it('excludes the three 未设定 indicators of 政府采购专项业务费 and renormalises over 70 points', () => {
    const res = evaluate(load(procurement001));
    expect(res.excluded.map((e) => e.name)).toEqual(['完成成本', '生态效益', '可持续效益']);
    expect(fixed(res.final.maxAfterExclusion)).toBe('70.00');
    expect(res.errors).toEqual([]);
  });

  it('finds that 完成质量 (1 − 4.75%) × 5 is 4.7625, not the printed 4.75, under the exact policy', () => {
    const res = evaluate(load(procurement001));
    expect(scoreOf(res, 'quality')).toBe('4.7625');
    const d = res.disagreements.find((x) => x.indicatorId === 'quality');
    expect(d).toMatchObject({ given: '4.75', computed: '4.76' });
  });

  it('finds that the printed 基础得分 96.78 is a truncation: 67.7625 / 70 × 100 = 96.80 exactly', () => {
    const res = evaluate(load(procurement001));
    expect(fixed(res.final.total, 4)).toBe('67.7625');
    expect(fixed(res.final.base)).toBe('96.80');
    expect(res.disagreements.find((x) => x.what === 'base')).toMatchObject({
      given: '96.78',
      computed: '96.80',
    });
    expect(res.final.grade).toBe('优');
  });

  it('reproduces 4.75 and the subtotals 14.75 / 39.75 when each ratio is rounded first, yet 96.78 still disagrees (67.75 / 70 = 96.7857 → 96.79)', () => {
    const ev = load(procurement001);
    ev.template.rounding = { mode: 'round-ratios-first', ratioPlaces: 2, places: 2 };
    const res = evaluate(ev);
    expect(scoreOf(res, 'quality')).toBe('4.7500');
    const disagreeing = res.disagreements.map((d) => d.what);
    expect(disagreeing).toEqual(['base']);
    expect(res.disagreements[0]).toMatchObject({ given: '96.78', computed: '96.79' });
    const sub = (id: string): string => fixed(res.sheets[0]!.subtotals.find((s) => s.id === id)!.score);
    expect([sub('decision'), sub('management'), sub('performance.completion'), sub('performance')]).toEqual([
      '18.00',
      '10.00',
      '14.75',
      '39.75',
    ]);
  });
});

describe('001 department-wide evaluation (out of 90)', () => {
  // Compared at the template's precision (2 decimals), not the printed figure's: 6.9 is 6.90, not 6.87.
  it('computes 编制准确 (1 − 10 × 251.12 / 8012.78) × 10 = 6.866…, and lists the printed 6.9 (6.90 ≠ 6.87)', () => {
    const res = evaluate(load(department001));
    expect(scoreOf(res, 'accuracy')).toBe('6.8660');
    expect(res.disagreements.find((d) => d.indicatorId === 'accuracy')).toMatchObject({
      given: '6.9',
      computed: '6.87',
    });
  });

  it('computes 执行进度 exactly as 5.48 and reports the printed 5.51', () => {
    const res = evaluate(load(department001));
    expect(fixed(res.sheets[0]!.indicators.find((i) => i.id === 'progress')!.score!)).toBe('5.48');
    expect(res.disagreements.find((d) => d.indicatorId === 'progress')).toMatchObject({
      given: '5.51',
      computed: '5.48',
    });
  });

  it('reproduces the printed 5.51 when each ratio is rounded to 2 decimals first', () => {
    const ev = load(department001);
    ev.template.rounding = { mode: 'round-ratios-first', ratioPlaces: 2, places: 2 };
    const res = evaluate(ev);
    expect(scoreOf(res, 'progress')).toBe('5.5100');
    expect(res.disagreements.some((d) => d.indicatorId === 'progress')).toBe(false);
  });

  it('computes 预算完成 87.3% × 10 = 8.73', () => {
    expect(scoreOf(evaluate(load(department001)), 'budget-completion')).toBe('8.7300');
  });

  it('reproduces the printed total 81.1 of 90 when 目标实现 is taken as the report states (all quantity indicators reached)', () => {
    const ev = load(department001);
    ev.inputs['goal-achievement'] = {
      items: ev.inputs['goal-achievement']!.items!.map((i) => ({
        ...i,
        counted: true,
        reason: '报告：单个数量指标实际完成均达到预期指标',
      })),
    };
    const res = evaluate(ev);
    expect(fixed(res.final.fullTotal)).toBe('90.00');
    expect(fixed(res.final.total, 1)).toBe('81.1');
    // At two decimals the printed one-decimal figures (6.9, 81.1) no longer hide their differences.
    expect(res.disagreements.map((d) => d.indicatorId ?? d.what)).toEqual(['accuracy', 'progress', 'total']);
  });

  it('finds from the four project tables that only 7 of 14 quantity indicators stay within the 30% band: 目标实现 5, not 10, total 76.1', () => {
    const res = evaluate(load(department001));
    expect(scoreOf(res, 'goal-achievement')).toBe('5.0000');
    expect(res.disagreements.find((d) => d.indicatorId === 'goal-achievement')).toMatchObject({
      given: '10',
      computed: '5.00',
    });
    expect(res.disagreements.find((d) => d.what === 'total')).toMatchObject({
      given: '81.1',
      computed: '76.08',
    });
  });
});

describe('002 department-wide self-evaluation (江苏省商务厅信息中心)', () => {
  it('rebuilds the table: 部门决策 25, 部门管理 39, 部门履职 28, 履职效益 8, total 100, no deduction', () => {
    const res = evaluate(load(self002));
    const subs = res.sheets[0]!.subtotals.map((s) => `${s.name}:${fixed(s.score, 0)}`);
    expect(subs).toEqual(['部门决策:25', '部门管理:39', '部门履职:28', '履职效益:8']);
    expect(fixed(res.final.total)).toBe('100.00');
    expect(res.disagreements).toEqual([]);
    expect(res.findings).toEqual([]);
  });

  it('requires 存在问题 and 有关建议 when a manual score is deducted', () => {
    const ev = load(self002);
    ev.sheets[0]!.scores!['archives'] = { score: '2', explanation: '4级' };
    const res = evaluate(ev);
    expect(res.findings.map((f) => f.message)).toEqual([
      '扣1分但未填写“存在问题”。',
      '扣1分但未填写“有关建议”。',
    ]);
    ev.sheets[0]!.scores!['archives'] = {
      score: '2',
      problem: '档案管理未达5级',
      suggestion: '按星级标准整改',
    };
    expect(evaluate(ev).findings).toEqual([]);
  });
});

describe('004 three-level project table and evaluator panel (海南省商务厅)', () => {
  it('rebuilds the 评分表: twenty 三级 scores add up to the printed 98.5, grade 优', () => {
    const res = evaluate(load(table004));
    expect(res.sheets[0]!.indicators).toHaveLength(20);
    expect(fixed(res.final.total, 1)).toBe('98.5');
    expect(res.final.grade).toBe('优');
    expect(res.disagreements).toEqual([]);
  });

  it('reports the two deductions printed without 存在问题 and 有关建议 (分配结果 −1, 到位率 −0.5)', () => {
    const res = evaluate(load(table004));
    expect([...new Set(res.findings.map((f) => f.indicatorId))]).toEqual([
      'allocation-result',
      'arrival-rate',
    ]);
  });

  it('averages the panel: 99 and 98 give 98.5, grade 优, matching the printed 平均得分', () => {
    const res = evaluate(load(panel004));
    expect(fixed(res.final.base, 1)).toBe('98.5');
    expect(res.final.grade).toBe('优');
    expect(res.disagreements).toEqual([]);
  });

  it('reports a printed panel average that is not the average of the evaluators', () => {
    const json = structuredClone(panel004);
    json.given.final = '98.0';
    const res = evaluate(load(json));
    expect(res.disagreements).toEqual([
      expect.objectContaining({ what: 'final', given: '98.0', computed: '98.50' }),
    ]);
  });
});
