import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, dec, fixed } from '../money/index.ts';
import { DEFAULT_ROUNDING, type RuleConfig } from '../indicators/index.ts';
import { baseScore, evaluate, panelAverage, type Evaluation } from './evaluate.ts';
import { gradeOf } from './grade.ts';
import type { IndicatorInput, EvaluatorEntry, RuleOutcome } from './rule-context.ts';
import { scoreRule } from './score-rule.ts';
import { builtInTemplate } from './templates/index.ts';

function run(rule: RuleConfig, weight: string, input: IndicatorInput, entry?: EvaluatorEntry): RuleOutcome {
  return scoreRule(rule, { weight: dec(weight), rounding: DEFAULT_ROUNDING, input, entry });
}
function score(o: RuleOutcome): string {
  if (!o.ok) throw new Error(o.message);
  return o.score.toString();
}

describe('scoring rules', () => {
  it('gives all or nothing on a yes/no rule ("完全吻合得5分，否则不得分")', () => {
    expect(score(run({ kind: 'yes-no' }, '5', { met: true }))).toBe('5');
    expect(score(run({ kind: 'yes-no' }, '5', { met: false }))).toBe('0');
    expect(run({ kind: 'yes-no' }, '5', {})).toMatchObject({ ok: false, field: 'met' });
  });

  it('adds parts ("目标明确细化得3分，设有必要的可衡量的量化指标得2分")', () => {
    const rule: RuleConfig = {
      kind: 'parts',
      parts: [
        { label: '目标明确细化', points: '3' },
        { label: '量化指标', points: '2' },
      ],
    };
    expect(score(run(rule, '5', { parts: [true, false] }))).toBe('3');
    const o = run(rule, '5', { parts: [false, true] });
    expect(o.ok && o.explanation).toContain('目标明确细化未达到');
  });

  it('scores ratios with a 100% cap and both directions', () => {
    expect(score(run({ kind: 'ratio', basis: 'rate' }, '10', { rate: '87.3%' }))).toBe('8.73');
    expect(score(run({ kind: 'ratio', basis: 'one-minus-rate' }, '5', { rate: '4.75%' }))).toBe('4.7625');
    expect(
      score(run({ kind: 'ratio', basis: 'actual-over-target' }, '5', { target: '470', actual: '556' })),
    ).toBe('5');
    expect(
      score(
        run({ kind: 'ratio', basis: 'actual-over-target', cap: false }, '5', {
          target: '100',
          actual: '120',
        }),
      ),
    ).toBe('5');
    expect(
      score(run({ kind: 'ratio', basis: 'actual-over-target' }, '5', { target: '358人', actual: '106人' })),
    ).toBe(dec(106).div(358).times(5).toString());
    expect(
      score(
        run({ kind: 'ratio', basis: 'target-over-actual' }, '10', { target: '80万元', actual: '100万元' }),
      ),
    ).toBe('8');
  });

  it('places a value in its tier (有效投诉: 2件得9分 of 15) and refuses a value in a gap', () => {
    const complaints = builtInTemplate('sc-2021-project')!.indicators[2]!.children![1]!.children![4]!.rule!;
    expect(score(run(complaints, '15', { value: '2件' }))).toBe('9');
    expect(score(run(complaints, '15', { value: '0件' }))).toBe('15');
    expect(score(run(complaints, '15', { value: '7件' }))).toBe('0');
    const gap: RuleConfig = {
      kind: 'tiers',
      tiers: [
        { max: '60', points: '0' },
        { min: '61', max: '70', points: '1' },
      ],
    };
    expect(run(gap, '5', { value: '60.5%' })).toMatchObject({ ok: false });
  });

  it('counts only quantity indicators within 30% of their target (deviation band)', () => {
    const rule: RuleConfig = { kind: 'deviation', band: '30' };
    const items = [
      { name: 'a', target: '100次', actual: '130次' },
      { name: 'b', target: '100次', actual: '131次' },
      { name: 'c', target: '100次', actual: '99次' },
      { name: 'd', target: '≤10次', actual: '3次' },
    ];
    expect(score(run(rule, '10', { items }))).toBe('5');
    expect(
      run(rule, '10', { items: [{ name: 'x', target: '1个平台', actual: '已完成发布方案' }] }),
    ).toMatchObject({ ok: false });
    expect(
      run(rule, '10', { items: [{ name: 'x', target: '1个平台', actual: '已完成发布方案', counted: true }] }),
    ).toMatchObject({ ok: false });
    expect(
      score(
        run(rule, '10', {
          items: [
            { name: 'x', target: '1个平台', actual: '已完成发布方案', counted: true, reason: '已发布' },
          ],
        }),
      ),
    ).toBe('10');
  });

  it('gives full checkpoint points when execution reaches 40% / 67.5% / 82.5%', () => {
    const rule = builtInTemplate('sc-2021-department')!.indicators[1]!.children![2]!.rule!;
    expect(score(run(rule, '10', { progress: { '6': '40%', '9': '70%', '11': '82.5%' } }))).toBe('10');
    expect(score(run(rule, '10', { progress: { '6': '20%', '9': '67.5%', '11': '90%' } }))).toBe('8.5');
    expect(run(rule, '10', { progress: { '6': '20%' } })).toMatchObject({ ok: false, field: 'progress.9' });
  });

  it('evaluates a formula over named inputs and clamps it to [0, W]', () => {
    const rule: RuleConfig = {
      kind: 'formula',
      expression: '(1 - 10 × 调剂 / 预算) × W',
      variables: ['调剂', '预算'],
    };
    expect(score(run(rule, '10', { values: { 调剂: '100', 预算: '1000' } }))).toBe('0');
    expect(score(run(rule, '10', { values: { 调剂: '200', 预算: '1000' } }))).toBe('0');
    expect(score(run(rule, '10', { values: { 调剂: '10', 预算: '1000' } }))).toBe('9');
    expect(run(rule, '10', { values: { 调剂: '10' } })).toMatchObject({ ok: false, field: 'values.预算' });
    expect(run({ kind: 'formula', expression: 'process.exit()', variables: [] }, '10', {})).toMatchObject({
      ok: false,
    });
  });

  it('scores a grade standard by level share (004 信息采集数量)', () => {
    const rule: RuleConfig = {
      kind: 'grade-standard',
      standards: { 优: '1000条', 良: '700条', 中: '500条', 差: '300条' },
    };
    expect(score(run(rule, '5', { actual: '1772条' }))).toBe('5');
    expect(score(run(rule, '5', { actual: '800条' }))).toBe('4');
  });

  it('keeps a manual score, refuses one outside [0, W], and asks for 存在问题 and 有关建议 on a deduction', () => {
    expect(run({ kind: 'manual' }, '5', {}, { score: '6' })).toMatchObject({ ok: false });
    const o = run({ kind: 'manual' }, '5', {}, { score: '3' });
    expect(o.ok && o.findings).toHaveLength(2);
    const fine = run({ kind: 'manual' }, '5', {}, { score: '3', problem: 'p', suggestion: 's' });
    expect(fine.ok && fine.findings).toEqual([]);
  });

  it('scores by direction: 正向, 反向, 等于', () => {
    const higher: RuleConfig = { kind: 'direction', direction: 'higher' };
    const lower: RuleConfig = { kind: 'direction', direction: 'lower' };
    const equal: RuleConfig = { kind: 'direction', direction: 'equal' };
    expect(score(run(higher, '10', { target: '≥90%', actual: '72%' }))).toBe('8');
    expect(score(run(lower, '10', { target: '≤10次', actual: '8次' }))).toBe('10');
    expect(score(run(lower, '10', { target: '≤10次', actual: '15次' }))).toBe('5');
    expect(score(run(lower, '10', { target: '≤10次', actual: '20次' }))).toBe('0');
    expect(score(run(equal, '10', { target: '0次', actual: '0次' }))).toBe('10');
    expect(score(run(equal, '10', { target: '0次', actual: '1次' }))).toBe('0');
  });

  it('scores "= 100%" as equal within the printed precision, like 正向 below and 反向 above', () => {
    const equal: RuleConfig = { kind: 'direction', direction: 'equal' };
    expect(score(run(equal, '10', { target: '=100%', actual: '100' }))).toBe('10');
    expect(score(run(equal, '10', { target: '100%', actual: '99.6%' }))).toBe('10');
    expect(score(run(equal, '10', { target: '100%', actual: '90%' }))).toBe('9');
    expect(score(run(equal, '10', { target: '100%', actual: '110%' }))).toBe('9');
    expect(score(run(equal, '10', { target: '98.5%', actual: '98.46%' }))).toBe('10');
    expect(score(run(equal, '10', { target: '98.5%', actual: '98.44%' }))).not.toBe('10');
  });

  it('names what is missing: the actual when only the actual is missing, in words the form uses', () => {
    const lower: RuleConfig = { kind: 'direction', direction: 'lower' };
    expect(run(lower, '5', { target: '32.35万元' })).toMatchObject({
      ok: false,
      field: 'actual',
      message: '尚未填写实际值。',
    });
    expect(run(lower, '5', { actual: '31.68' })).toMatchObject({ ok: false, field: 'target' });
    expect(run({ kind: 'ratio', basis: 'actual-over-target' }, '5', { target: '10台' })).toMatchObject({
      ok: false,
      field: 'actual',
    });
    expect(run({ kind: 'yes-no' }, '5', {})).toMatchObject({
      ok: false,
      message: expect.not.stringContaining('met'),
    });
    // 反向: 31.68 against 32.35万元 (the actual written in the target's 万元) is underspent, full marks.
    expect(score(run(lower, '5', { target: '32.35万元', actual: '31.68' }))).toBe('5');
  });

  it('refuses a qualitative score outside the range of its level', () => {
    const q: RuleConfig = { kind: 'direction', direction: 'qualitative' };
    expect(score(run(q, '10', { level: '达成' }, { score: '8' }))).toBe('8');
    expect(run(q, '10', { level: '达成' }, { score: '7.9' })).toMatchObject({ ok: false });
    expect(run(q, '10', { level: '部分达成' }, { score: '8' })).toMatchObject({ ok: false });
    expect(score(run(q, '10', { level: '未达成' }, { score: '5.9' }))).toBe('5.9');
  });

  it('scores 预算执行率 capped at 100% (002: 1583388.23 / 1611200.00 × 3)', () => {
    expect(
      fixed(
        dec(score(run({ kind: 'budget-execution' }, '3', { executed: '1583388.23', budget: '1611200.00' }))),
        4,
      ),
    ).toBe('2.9482');
    expect(score(run({ kind: 'budget-execution' }, '10', { executed: '120', budget: '100' }))).toBe('10');
  });
});

describe('incomplete sheets and rounding policies', () => {
  const tpl = (rounding: Evaluation['template']['rounding']): Evaluation['template'] => ({
    id: 'four',
    name: '四级指标体系',
    kind: 'project',
    version: 1,
    grades: [
      { grade: '优', min: '90' },
      { grade: '良', min: '80' },
      { grade: '中', min: '60' },
      { grade: '差', min: '0' },
    ],
    rounding,
    // 预算执行 (10) + 绩效指标 (90) → 一级 → 二级 → 三级, as Sichuan's 自评表.
    indicators: [
      { id: 'budget', name: '预算执行', weight: '10', rule: { kind: 'ratio', basis: 'rate' } },
      {
        id: 'perf',
        name: '绩效指标',
        weight: '90',
        children: [
          {
            id: 'output',
            name: '产出指标',
            weight: '90',
            children: [
              {
                id: 'quantity',
                name: '数量指标',
                weight: '90',
                children: [
                  { id: 'a', name: '甲', weight: '30', rule: { kind: 'ratio', basis: 'rate' } },
                  { id: 'b', name: '乙', weight: '30', rule: { kind: 'ratio', basis: 'rate' } },
                  { id: 'c', name: '丙', weight: '30', rule: { kind: 'ratio', basis: 'rate' } },
                ],
              },
            ],
          },
        ],
      },
    ],
  });

  it('gives no grade until every indicator is scored, and lists the missing ones', () => {
    const r = evaluate({
      template: tpl({ mode: 'exact', places: 2 }),
      inputs: { a: { rate: '90%' } },
      sheets: [],
    });
    expect(r.final.complete).toBe(false);
    expect(r.final.grade).toBe('');
    expect(r.final.missing.map((m) => m.name)).toEqual(['预算执行', '乙', '丙']);
    expect(r.sheets[0]!.grade).toBe('');
  });

  it('scores a four-level template, and rounds each score first under round-scores-first', () => {
    const inputs = {
      budget: { rate: '33.335%' },
      a: { rate: '33.335%' },
      b: { rate: '33.335%' },
      c: { rate: '33.335%' },
    };
    const exact = evaluate({ template: tpl({ mode: 'exact', places: 2 }), inputs, sheets: [] });
    expect(exact.final.complete).toBe(true);
    expect(exact.sheets[0]!.subtotals.map((s) => `${s.name}:${s.depth}`)).toEqual([
      '绩效指标:1',
      '产出指标:2',
      '数量指标:3',
    ]);
    // exact: 3.3335 + 3 × 10.0005 = 33.335 → 33.34, while the printed scores 3.33 + 3 × 10.00 add to 33.33.
    expect(fixed(exact.final.total)).toBe('33.34');
    const rounded = evaluate({
      template: tpl({ mode: 'round-scores-first', places: 2 }),
      inputs,
      sheets: [],
    });
    expect(rounded.sheets[0]!.indicators.map((i) => i.score!.toString())).toEqual(['3.33', '10', '10', '10']);
    expect(rounded.final.total.toString()).toBe('33.33');
  });
});

describe('grades and panels', () => {
  it('grades 90 / 89.99 / 80 / 60 / 59.99 and honours 80/70/60 bands', () => {
    expect(['90', '89.99', '80', '60', '59.99'].map((s) => gradeOf(s))).toEqual([
      '优',
      '良',
      '良',
      '中',
      '差',
    ]);
    expect(gradeOf('89.995')).toBe('优');
    const strict = [
      { grade: '优', min: '80' },
      { grade: '良', min: '70' },
      { grade: '中', min: '60' },
      { grade: '差', min: '0' },
    ];
    expect(gradeOf('75', strict)).toBe('良');
  });

  it('renormalises after exclusion: 67.75 / 70 × 100', () => {
    expect(fixed(baseScore('67.75', '70'), 4)).toBe('96.7857');
  });
});

const weightArb = fc.integer({ min: 1, max: 4000 }).map((n) => new Dec(n).div(100));
const rateArb = fc.integer({ min: 0, max: 20000 }).map((n) => `${new Dec(n).div(100).toString()}%`);

describe('properties of the rules', () => {
  it('keeps every automatic score within [0, weight]', () => {
    const rules: RuleConfig[] = [
      { kind: 'ratio', basis: 'rate' },
      { kind: 'ratio', basis: 'one-minus-rate' },
      { kind: 'budget-execution' },
    ];
    fc.assert(
      fc.property(weightArb, rateArb, fc.integer({ min: 0, max: 2 }), (w, rate, k) => {
        const input: IndicatorInput = { rate, executed: rate.replace('%', ''), budget: '100' };
        const o = scoreRule(rules[k]!, { weight: w, rounding: DEFAULT_ROUNDING, input, entry: undefined });
        return o.ok && o.score.gte(0) && o.score.lte(w);
      }),
    );
  });

  it('keeps direction scores within [0, weight] for any target and actual', () => {
    fc.assert(
      fc.property(
        weightArb,
        fc.integer({ min: 1, max: 10000 }),
        fc.integer({ min: 0, max: 30000 }),
        fc.boolean(),
        (w, t, a, up) => {
          const o = scoreRule(
            { kind: 'direction', direction: up ? 'higher' : 'lower' },
            {
              weight: w,
              rounding: DEFAULT_ROUNDING,
              input: { target: `${t}次`, actual: `${a}次` },
              entry: undefined,
            },
          );
          return o.ok && o.score.gte(0) && o.score.lte(w);
        },
      ),
    );
  });

  it('keeps checkpoint scores within [0, weight] under both rounding policies', () => {
    const rule = builtInTemplate('sc-2021-department')!.indicators[1]!.children![2]!.rule!;
    fc.assert(
      fc.property(rateArb, rateArb, rateArb, fc.boolean(), (a, b, c, first) => {
        const o = scoreRule(rule, {
          weight: dec(10),
          rounding: first ? { mode: 'round-ratios-first', ratioPlaces: 2, places: 2 } : DEFAULT_ROUNDING,
          input: { progress: { '6': a, '9': b, '11': c } },
          entry: undefined,
        });
        return o.ok && o.score.gte(0) && o.score.lte(10);
      }),
    );
  });

  it('renormalising a full sheet (nothing excluded, out of 100) is the identity', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 20, maxLength: 20 }), (pcts) => {
        const t = builtInTemplate('hn-2020-project')!;
        const leavesList = t.indicators.flatMap((l1) => l1.children!.flatMap((l2) => l2.children!));
        const scores = Object.fromEntries(
          leavesList.map((l, i) => [
            l.id,
            { score: dec(l.weight).times(pcts[i]!).div(100).toString(), problem: 'p', suggestion: 's' },
          ]),
        );
        const ev: Evaluation = { template: t, inputs: {}, sheets: [{ evaluator: { name: 'x' }, scores }] };
        const r = evaluate(ev);
        return r.final.base.eq(r.final.total);
      }),
    );
  });

  it('puts a panel average between the lowest and highest evaluator', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 9 }), (xs) => {
        const ds = xs.map((x) => new Dec(x).div(100));
        const avg = panelAverage(ds);
        return avg.gte(Dec.min(...ds)) && avg.lte(Dec.max(...ds));
      }),
    );
  });

  it('makes the exact and round-ratios-first policies differ by at most half a hundredth per point of a ratio rule', () => {
    fc.assert(
      fc.property(weightArb, rateArb, (w, rate) => {
        const ctx = { weight: w, input: { rate }, entry: undefined };
        const exact = scoreRule({ kind: 'ratio', basis: 'rate' }, { ...ctx, rounding: DEFAULT_ROUNDING });
        const first = scoreRule(
          { kind: 'ratio', basis: 'rate' },
          { ...ctx, rounding: { mode: 'round-ratios-first', ratioPlaces: 2, places: 2 } },
        );
        return exact.ok && first.ok && exact.score.minus(first.score).abs().lte(w.times('0.005'));
      }),
    );
  });
});
