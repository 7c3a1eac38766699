/**
 * Seed 001 (四川省政府政务服务和公共资源交易服务中心, 2020年度部门决算情况说明): the explanation regenerated
 * from the fixture's tables, sentence by sentence, against the seed's own lines. Where the seed is wrong
 * the test asserts the correct figure and names the error with its arithmetic.
 */
import { describe, expect, it } from 'vitest';
import { changePercent, completionPercent, fixed, sharePercent, sum } from '../money/index.ts';
import { generateExplanation, figuresByKey } from './explanation.ts';
import { seed001 } from './fixtures/seed001.ts';
import { numbers, paragraph, seedLine } from './seed-helpers.test-support.ts';

const FILE = '001_f02d73256edfc266.txt';
const e = generateExplanation(seed001, { detailNumbering: 'nested' });
const fig = figuresByKey(e);

const SAME: [number, string][] = [
  [33, 's2'],
  [45, 's4'],
  [51, 's5.1'],
  [57, 's5.2'],
  [64, 's5.3'],
  [65, 's5.3.class.201'],
  [66, 's5.3.kuan.20103'],
  [67, 's5.3.item.2010302'],
  [68, 's5.3.item.2010306'],
  [69, 's5.3.item.2010350'],
  [70, 's5.3.item.2010399'],
  [71, 's5.3.item.2010550'],
  [72, 's5.3.item.2011350'],
  [73, 's5.3.item.2013750'],
  [75, 's5.3.item.2050803'],
  [76, 's5.3.class.208'],
  [77, 's5.3.kuan.20805'],
  [78, 's5.3.item.2080502'],
  [79, 's5.3.item.2080505'],
  [80, 's5.3.item.2080506'],
  [81, 's5.3.item.2080801'],
  [82, 's5.3.item.2101102'],
  [83, 's5.3.kuan.22102'],
  [84, 's5.3.item.2210201'],
  [85, 's5.3.item.2210203'],
  [88, 's6'],
  [89, 's6.personnel'],
  [90, 's6.public'],
  [94, 's7.1'],
  [96, 's7.2'],
  [99, 's7.abroad'],
  [100, 's7.vehicle'],
  [102, 's7.vehicleOperation'],
  [103, 's7.reception'],
  [104, 's7.receptionDomestic'],
  [105, 's7.receptionForeign'],
  [108, 's8'],
  [111, 's9'],
  [118, 's10.2'],
  [120, 's10.3'],
  [123, 's10.4'],
  [124, 's10.4.project.0'],
  [125, 's10.4.project.1'],
];

describe('seed 001 explanation, regenerated', () => {
  it.each(SAME)('line %i: every figure agrees (%s)', (line, id) => {
    expect(numbers(paragraph(e, id))).toEqual(numbers(seedLine(FILE, line)));
  });

  it('project (3): budget, execution and completion agree with line 126', () => {
    expect(numbers(paragraph(e, 's10.4.project.2'))).toEqual(numbers(seedLine(FILE, 126)).slice(0, 4));
  });

  it('seed error, line 28: 788.78 ÷ 7408.45 = 10.647%, printed 10.64% (truncated) — the figure is 10.65%', () => {
    expect(numbers(seedLine(FILE, 28))).toEqual(['2020', '8197.23', '2019', '788.78', '10.64']);
    expect(fixed(changePercent('8197.23', '7408.45')!, 3)).toBe('10.647');
    expect(paragraph(e, 's1')).toBe(
      '2020年度收、支总计8197.23万元。与2019年相比，收、支总计各增加788.78万元，增长10.65%。主要变动原因是一般公开财政拨款预算收入和年初结转结余增加，一般公共服务支出增加。',
    );
    expect(fig.get('grandTotal.changePercent')).toMatchObject({
      printed: '10.65',
      basis: { numerator: '7887800', denominator: '74084500' },
    });
  });

  it('seed error, line 39: shares printed at whole percent (40%, 60%); at 2 decimals 3192.77 ÷ 7984.83 = 39.99%, 60.01%', () => {
    expect(numbers(seedLine(FILE, 39))).toEqual([
      '2020',
      '7984.83',
      '3192.77',
      '40',
      '4792.07',
      '60',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(fixed(sharePercent('3192.77', '7984.83')!)).toBe('39.99');
    expect(paragraph(e, 's3')).toContain('基本支出3192.77万元，占39.99%；项目支出4792.07万元，占60.01%');
    // 3192.77 + 4792.07 = 7984.84 in print; within rounding of the 7984.83 total (the fixture's 元 add exactly).
    expect(fixed(sum(['3192.77', '4792.07']))).toBe('7984.84');
  });

  it('seed error, line 74: 其他一般公共服务支出 is numbered 1.8 after 1.4 — the fifth 款 is 1.5', () => {
    expect(seedLine(FILE, 74).startsWith('1.8')).toBe(true);
    expect(
      paragraph(e, 's5.3.item.2019999').startsWith(
        '1.5一般公共服务（类）其他一般公共服务支出（款）其他一般公共服务支出（项）：支出决算为4.29万元',
      ),
    ).toBe(true);
  });

  it('seed error, line 64: 一般公共预算支出决算数 7734.75 printed without its unit', () => {
    expect(seedLine(FILE, 64)).toContain('决算数为7734.75，');
    expect(paragraph(e, 's5.3')).toBe('2020年一般公共预算支出决算数为7734.75万元，完成预算100.00%。其中：');
  });

  it('seed error, line 57: the template instruction “（罗列全部功能分类科目，至类级。）” left in the text', () => {
    expect(seedLine(FILE, 57)).toContain('（罗列全部功能分类科目，至类级。）');
    expect(paragraph(e, 's5.2')).not.toContain('罗列');
    expect(paragraph(e, 's5.2')).toContain('一般公共服务（类）支出6804.88万元，占87.98%');
  });

  it('seed errors, line 99 and 101: "完成预算%" with no figure, "越野车.辆", "金额0元", a stray "0"', () => {
    expect(seedLine(FILE, 99)).toContain('完成预算%');
    expect(paragraph(e, 's7.abroad')).toContain('因公出国（境）经费支出0.00万元，年初未安排预算。');
    expect(seedLine(FILE, 101)).toContain('越野车.辆');
    expect(paragraph(e, 's7.vehiclePurchase')).toBe(
      '其中：公务用车购置支出0.00万元。全年按规定更新购置公务用车0辆，其中：轿车0辆、金额0.00万元，越野车0辆、金额0.00万元，载客汽车0辆、金额0.00万元。截至2020年12月底，单位共有公务用车7辆，其中：轿车6辆、越野车0辆、载客汽车1辆。',
    );
  });

  it('三公 figures: shares of 43.16, changes vs 2019 derived from the stated differences', () => {
    expect(fig.get('threePublic.vehicle.share')?.printed).toBe(fixed(sharePercent('42.85', '43.16')!));
    expect(fig.get('threePublic.vehicle.changePercent')?.printed).toBe(
      fixed(changePercent('42.85', '38.07')!),
    );
    expect(fig.get('threePublic.reception.changePercent')?.printed).toBe('85.02');
    expect(fig.get('threePublic.abroad.changePercent')?.printed).toBe('100.00');
    expect(paragraph(e, 's7.reception')).toBe(
      '3.公务接待费支出0.31万元，完成预算100.00%。公务接待费支出决算比2019年减少1.76万元，下降85.02%。主要原因是疫情导致公务接待大幅下降。其中：',
    );
  });

  it('seed error, line 127: 执行数 224.47 printed in 元; the title reads "政府采购专项经费224.47" for the project name', () => {
    expect(seedLine(FILE, 127)).toContain('执行数为224.47元');
    expect(paragraph(e, 's10.4.project.3')).toBe(
      '（4）政府采购专项业务费项目绩效目标完成情况综述。项目全年预算数224.47万元，执行数为224.47万元，完成预算的100.00%。',
    );
  });

  it('project completions: 129.81 ÷ 150 = 86.54%, 671.63 ÷ 770.44 = 87.17%, 659.24 ÷ 932 = 70.73%', () => {
    expect(fig.get('projects.1.completion')?.printed).toBe(fixed(completionPercent('671.63', '770.44')!));
    expect(fig.get('projects.2.completion')?.printed).toBe('70.73');
  });

  it('line 115: a 事业单位 has no 机关运行经费 (one sentence, no figure)', () => {
    expect(paragraph(e, 's10.1')).toBe(
      '四川省政府政务服务和公共资源交易服务中心为事业单位，无机关运行经费。',
    );
  });

  it('seed error, chart data line 1728: 2020年 8197.22 where the text says 8197.23 — the charts print the text figures', () => {
    expect(seedLine(FILE, 1728)).toContain('8197.22');
    const c1 = e.charts[0];
    if (c1?.kind !== 'bar') throw new Error('图1 is a bar chart');
    expect(c1.series).toEqual([
      { name: '收入总计', values: ['7408.45', '8197.23'] },
      { name: '支出总计', values: ['7408.45', '8197.23'] },
    ]);
    const c5 = e.charts[4];
    if (c5?.kind !== 'bar') throw new Error('图5 is a bar chart');
    expect(c5.series[0]?.values).toEqual(
      numbers(seedLine(FILE, 1739))
        .slice(-2)
        .map((v) => fixed(v)),
    );
  });

  it('charts 图2, 图6, 图7 agree with the seed chart data', () => {
    const pie = (id: string) => {
      const c = e.charts.find((x) => x.id === id);
      if (c?.kind !== 'pie') throw new Error(`${id} is a pie`);
      return c;
    };
    expect(pie('图2').slices.map((s) => s.value)).toEqual(numbers(seedLine(FILE, 1733)).map((v) => fixed(v)));
    expect(pie('图6').slices.map((s) => s.value)).toEqual(['6804.88', '13.60', '580.18', '134.12', '201.97']);
    // The seed's chart keeps ratios unrounded: 0.879780212676557 → 87.98%.
    expect(pie('图6').slices[0]?.percent).toBe('87.98');
    expect(pie('图7').slices).toEqual([
      { name: '公务用车购置及运行维护费', value: '42.85', percent: '99.28' },
      { name: '公务接待费', value: '0.31', percent: '0.72' },
    ]);
  });

  it('名词解释: the 项 used, plus 上级补助收入, 事业收入, 其他收入, 年初/年末结转和结余', () => {
    const terms = e.paragraphs.filter((p) => p.section === 'terms' && !p.heading).map((p) => p.text);
    expect(terms.slice(0, 6).map((t) => t.split('：')[0])).toEqual([
      '1.财政拨款收入',
      '2.上级补助收入',
      '3.事业收入',
      '4.其他收入',
      '5.年初结转和结余',
      '6.年末结转和结余',
    ]);
    expect(terms.filter((t) => t.includes('（项）：'))).toHaveLength(16);
    expect(e.missing).toEqual([]);
  });
});
