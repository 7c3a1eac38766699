import { describe, expect, it } from 'vitest';
import type { IndicatorTemplate } from '../indicators/index.ts';
import {
  accountsProjectRows,
  applyPrefill,
  findOverrides,
  overrideKey,
  overrideReasonMessage,
  overridesWithoutReason,
  prefillEvaluation,
  sameFigure,
  type PrefillFacts,
} from './prefill.ts';
import { builtInTemplate } from './templates/index.ts';

const template: IndicatorTemplate = {
  id: 't',
  name: '测试指标体系',
  kind: 'project',
  version: 1,
  grades: [{ grade: '优', min: '90' }],
  rounding: { mode: 'exact', places: 2 },
  indicators: [
    {
      id: 'funds',
      name: '预算执行',
      weight: '10',
      children: [{ id: 'exec', name: '预算执行率', weight: '10', rule: { kind: 'budget-execution' } }],
    },
    {
      id: 'output',
      name: '产出指标',
      weight: '90',
      children: [
        { id: 'qty', name: '完成数量', weight: '20', rule: { kind: 'ratio', basis: 'actual-over-target' } },
        { id: 'dev', name: '目标实现', weight: '10', rule: { kind: 'deviation', band: '30' } },
        {
          id: 'cost',
          name: '完成成本',
          weight: '20',
          rule: {
            kind: 'formula',
            expression: 'W × (1 − max(0, (实际完成成本 − 预计完成成本) ÷ 预计完成成本))',
            variables: ['实际完成成本', '预计完成成本'],
          },
        },
        {
          id: 'sat',
          name: '服务对象满意度（问卷）',
          weight: '10',
          rule: { kind: 'tiers', tiers: [{ points: 'full' }] },
        },
        { id: 'qual', name: '完成质量', weight: '10', rule: { kind: 'ratio', basis: 'actual-over-target' } },
        { id: 'named', name: '系统可用率', weight: '10', rule: { kind: 'direction', direction: 'higher' } },
        { id: 'ok', name: '网站运行', weight: '5', rule: { kind: 'yes-no' } },
        { id: 'manual', name: '社会效益', weight: '5', rule: { kind: 'manual' } },
      ],
    },
  ],
};

const facts: PrefillFacts = {
  project: {
    name: '运维项目',
    budgetFiscal: '32.35',
    budgetOther: '1.5',
    executedFiscal: '31.68',
    executedOther: '0',
  },
  goals: [
    { level1: '产出指标', level2: '数量指标', level3: '完成项目数', target: '6个', actual: '6个' },
    { level1: '产出指标', level2: '成本指标', level3: '财政投入', target: '32.35万元', actual: '31.68万元' },
    { level1: '产出指标', level2: '质量指标', level3: '验收合格率', target: '≥95%', actual: '98%' },
    { level1: '产出指标', level2: '质量指标', level3: '系统可用率', target: '≥99%', actual: '99.5%' },
    { level1: '产出指标', level2: '质量指标', level3: '网站运行', target: '正常', actual: '正常' },
    { level1: '满意度指标', level2: '满意度指标', level3: '服务对象满意度', target: '≥90%', actual: '95%' },
  ],
};

const byLeaf = (t: IndicatorTemplate, f: PrefillFacts) =>
  Object.fromEntries(prefillEvaluation(t, f).map((l) => [l.leafId, l]));

describe('prefillEvaluation — which source fills which input', () => {
  const p = byLeaf(template, facts);

  it('fills 执行数 / 预算数 from the project, summing funding sources, and says so', () => {
    expect(p.exec!.fields.map((f) => [f.field, f.value])).toEqual([
      ['executed', '31.68'],
      ['budget', '33.85'],
    ]);
    expect(p.exec!.fields[0]!.source).toContain('来自项目「运维项目」的执行数');
  });

  it('fills a ratio leaf from the sole goal row of its kind (完成数量 ← 数量指标)', () => {
    expect(p.qty!.fields.map((f) => [f.field, f.value])).toEqual([
      ['target', '6个'],
      ['actual', '6个'],
    ]);
    expect(p.qty!.fields[1]!.source).toBe('来自绩效目标：产出指标 > 数量指标 > 完成项目数（实际完成值）');
  });

  it('fills formula variables named 实际… / 预计… as numbers in the target unit', () => {
    expect(p.cost!.fields.map((f) => [f.field, f.value])).toEqual([
      ['values.实际完成成本', '31.68'],
      ['values.预计完成成本', '32.35'],
    ]);
  });

  it('reads the kind from the leaf name without its bracketed note', () => {
    // 满意度 matches by kind, but a band's unit is only in its words: tiers take only the same-named row.
    expect(p.sat).toBeUndefined();
    const named = byLeaf(template, {
      project: null,
      goals: [
        {
          level1: '满意度',
          level2: '满意度指标',
          level3: '服务对象满意度（问卷）',
          target: '≥90%',
          actual: '95%',
        },
      ],
    });
    expect(named.sat!.fields).toEqual([expect.objectContaining({ field: 'value', value: '95%' })]);
    expect(byLeaf(template, facts).qty!.fields).toHaveLength(2);
    const bracketed: IndicatorTemplate = {
      ...template,
      indicators: [
        {
          id: 'x',
          name: '成本效益（降低质量投诉）',
          weight: '100',
          rule: { kind: 'ratio', basis: 'target-over-actual' },
        },
      ],
    };
    // "成本效益（降低质量投诉）" reads as 成本 (the note in brackets is not the kind).
    expect(byLeaf(bracketed, facts).x!.fields.map((f) => f.value)).toEqual(['32.35万元', '31.68万元']);
  });

  it('prefers the row whose 三级 is the leaf name, and judges yes-no only when certain', () => {
    expect(p.named!.fields.map((f) => f.value)).toEqual(['≥99%', '99.5%']);
    expect(p.ok!.fields).toEqual([expect.objectContaining({ field: 'met', value: true })]);
    const notMet = byLeaf(template, {
      project: null,
      goals: [{ level1: '产出', level2: '', level3: '网站运行', target: '≥99%', actual: '90%' }],
    });
    expect(notMet.ok!.fields[0]!.value).toBe(false);
  });

  it('fills nothing when several rows of the kind compete, but names them', () => {
    expect(p.qual!.fields).toEqual([]);
    expect(p.qual!.hint).toContain('绩效目标中有 3 项质量指标');
  });

  it('gives deviation items from every 数量指标 row, and leaves manual leaves alone', () => {
    expect(p.dev!.fields[0]!.value).toEqual([{ name: '完成项目数', target: '6个', actual: '6个' }]);
    expect(p.manual).toBeUndefined();
  });

  it('names projects in a department-wide evaluation and has no project amounts', () => {
    const d = byLeaf(template, {
      project: null,
      goals: [
        { project: '甲', level1: '产出', level2: '数量指标', level3: 'A', target: '1个', actual: '1个' },
        { project: '乙', level1: '产出', level2: '数量指标', level3: 'B', target: '2个', actual: '1个' },
      ],
    });
    expect(d.exec).toBeUndefined();
    expect(d.dev!.fields[0]!.value).toEqual([
      { name: '甲：A', target: '1个', actual: '1个' },
      { name: '乙：B', target: '2个', actual: '1个' },
    ]);
    expect(d.dev!.fields[0]!.source).toContain('2 个项目的数量指标 2 项');
  });

  it('works on a built-in template (四川 2021 项目: 完成数量 and 完成成本 from a goal table)', () => {
    const sc = builtInTemplate('sc-2021-project')!;
    const r = byLeaf(sc, facts);
    expect(r.quantity!.fields.map((f) => f.value)).toEqual(['6个', '6个']);
    expect(r.cost!.fields.map((f) => f.value)).toEqual(['31.68', '32.35']);
  });
});

describe('applyPrefill and overrides', () => {
  const prefill = prefillEvaluation(template, facts);
  const inputs = applyPrefill({ qty: { note: '说明' } }, prefill);

  it('writes the figures in and keeps what is already there', () => {
    expect(inputs.qty).toEqual({ note: '说明', target: '6个', actual: '6个' });
    expect(inputs.cost!.values).toEqual({ 实际完成成本: '31.68', 预计完成成本: '32.35' });
    expect(applyPrefill({ qty: { actual: '5个' } }, prefill).qty!.actual).toBe('5个');
  });

  it('counts no override while the figures are as prefilled (decimals by value)', () => {
    const same = { ...inputs, exec: { executed: '31.680', budget: '33.85' } };
    expect(findOverrides(prefill, same)).toEqual([]);
  });

  it('counts a changed or cleared figure as an override; 未设定 overrides nothing', () => {
    const changed = { ...inputs, qty: { target: '6个', actual: '5个' }, exec: { budget: '33.85' } };
    const o = findOverrides(prefill, changed);
    expect(o.map((x) => [x.leafId, x.field, x.value])).toEqual([
      ['exec', 'executed', null],
      ['qty', 'actual', '5个'],
    ]);
    expect(findOverrides(prefill, { ...changed, qty: { notSet: true, reason: '未设定' } })).toHaveLength(1);
  });

  it('asks for a reason per override, with a message naming the field', () => {
    const o = findOverrides(prefill, { ...inputs, qty: { target: '6个', actual: '5个' } });
    expect(overridesWithoutReason(o, {})).toHaveLength(1);
    expect(overridesWithoutReason(o, { [overrideKey('qty', 'actual')]: '  ' })).toHaveLength(1);
    expect(overridesWithoutReason(o, { [overrideKey('qty', 'actual')]: '以验收单为准' })).toHaveLength(0);
    expect(overrideReasonMessage(o[0]!)).toBe(
      '「产出指标 > 完成数量」的「实际」与带入值不同（取自绩效目标：产出指标 > 数量指标 > 完成项目数（实际完成值）：6个，现填：5个），修改带入的数据须填写修改原因。',
    );
  });

  it('compares deviation items by their figures only', () => {
    const items = [{ name: 'A', target: '1个', actual: '1个' }];
    expect(sameFigure(items, [{ ...items[0]!, counted: false, reason: '人工判定' }])).toBe(true);
    expect(sameFigure(items, [{ ...items[0]!, actual: '2个' }])).toBe(false);
    expect(sameFigure(true, false)).toBe(false);
  });
});

describe('accountsProjectRows — the 决算 project rows from the goals', () => {
  it('converts 万元 to 元 exactly, summing the funding sources, and takes the achievement', () => {
    expect(
      accountsProjectRows([
        {
          name: '大厅工作经费',
          budgetFiscal: '770.44',
          budgetOther: '0',
          executedFiscal: '671.63',
          executedOther: '96.31',
          goalActual: ' 完成大厅运行保障 ',
        },
        {
          name: '小额项目',
          budgetFiscal: '0.000123',
          budgetOther: '0',
          executedFiscal: '0',
          executedOther: '0',
          goalActual: '',
        },
      ]),
    ).toEqual([
      {
        name: '大厅工作经费',
        budget: '7704400.00',
        actual: '7679400.00',
        summary: '完成大厅运行保障',
        problems: '',
        measures: '',
      },
      { name: '小额项目', budget: '1.23', actual: '0.00', summary: '', problems: '', measures: '' },
    ]);
  });
});
