/**
 * Seed 000 (四川省商务厅信息中心, 2020年度单位决算情况说明): the explanation regenerated from the fixture's
 * tables, sentence by sentence, against the seed's own lines. Every number of every number-bearing
 * sentence is compared; where the seed is wrong the test asserts the correct figure and names the error.
 */
import { describe, expect, it } from 'vitest';
import { changePercent, completionPercent, dec, fixed, sharePercent, sum } from '../money/index.ts';
import { wan } from './figures.ts';
import { generateExplanation, figuresByKey } from './explanation.ts';
import { seed000 } from './fixtures/seed000.ts';
import { numbers, paragraph, seedLine } from './seed-helpers.test-support.ts';

const FILE = '000_ad42accaf8116a04.txt';
const e = generateExplanation(seed000, { detailNumbering: 'flat' });
const fig = figuresByKey(e);

/** [seed line, paragraph id] whose numbers agree one for one. */
const SAME: [number, string][] = [
  [32, 's1'],
  [36, 's2'],
  [40, 's3'],
  [43, 's4'],
  [53, 's5.2'],
  [60, 's5.3.item.2011350'],
  [62, 's5.3.item.2011399'],
  [63, 's5.3.item.2050803'],
  [65, 's5.3.item.2080505'],
  [67, 's5.3.item.2080506'],
  [69, 's5.3.item.2089901'],
  [71, 's5.3.item.2101102'],
  [73, 's5.3.item.2210201'],
  [75, 's5.3.item.2210203'],
  [79, 's6'],
  [81, 's6.personnel'],
  [82, 's6.public'],
  [87, 's7.1'],
  [98, 's7.vehiclePurchase'],
  [100, 's7.vehicleOperation'],
  [103, 's7.receptionDomestic'],
  [104, 's7.receptionForeign'],
  [107, 's8'],
  [109, 's9'],
  [117, 's10.2'],
  [121, 's10.3'],
  [127, 's10.4'],
  [129, 's10.4.project.0'],
  [133, 's10.4.project.2'],
];

describe('seed 000 explanation, regenerated', () => {
  it.each(SAME)('line %i: every figure agrees (%s)', (line, id) => {
    expect(numbers(paragraph(e, id))).toEqual(numbers(seedLine(FILE, line)));
  });

  it('reproduces the key sentences word for word', () => {
    expect(paragraph(e, 's1')).toBe(
      '2020年度收、支总计233.72万元。与2019年相比，收、支总计各减少14.41万元，下降5.81%。主要变动原因是受疫情影响经费的压减和出差次数减少。',
    );
    expect(paragraph(e, 's3')).toBe(
      '2020年本年支出合计233.72万元，其中：基本支出190.34万元，占81.44%；项目支出43.38万元，占18.56%；上缴上级支出0.00万元，占0.00%；经营支出0.00万元，占0.00%；对附属单位补助支出0.00万元，占0.00%。',
    );
    expect(paragraph(e, 's10.1')).toBe(seedLine(FILE, 113));
    expect(paragraph(e, 's8')).toContain(
      '本年度无政府性基金预算财政拨款收入，也没有使用政府性基金预算财政拨款安排的支出。',
    );
  });

  it('computes each figure from the tables (change, shares, completion)', () => {
    expect(fig.get('grandTotal.change')).toMatchObject({ printed: '14.41', exact: '144120' });
    expect(fig.get('grandTotal.changePercent')?.printed).toBe(
      fixed(changePercent('2337180', '2481300')!.abs()),
    );
    expect(fig.get('expenditure.basic.share')?.printed).toBe(fixed(sharePercent('1903380', '2337180')!));
    // 教育 0.29万元 占0.13%: true only because 教育 ≥ 2921.48元 (0.29 ÷ 233.72 on printed figures is 0.124%).
    expect(fig.get('general.class.205.share')?.printed).toBe('0.13');
    expect(fixed(sharePercent('0.29', '233.72')!)).toBe('0.12');
    expect(fig.get('general.item.2101102.completion')?.printed).toBe(
      fixed(completionPercent('82600', '82965')!),
    );
    expect(fig.get('projects.0.completion')?.printed).toBe('97.93');
  });

  it('seed error, lines 73 and 75: 住房公积金 11.80 and 住房补贴 19.49 printed in 元 where 万元 is meant', () => {
    expect(seedLine(FILE, 73)).toContain('11.80元');
    expect(seedLine(FILE, 75)).toContain('19.49元');
    expect(paragraph(e, 's5.3.item.2210201')).toContain('支出决算为11.80万元');
    expect(paragraph(e, 's5.3.item.2210203')).toContain('支出决算为19.49万元');
    // The 项 add up to the 233.72万元 total only in 万元: 117.79 + 55.42 + 0.29 + 13.20 + 6.70 + 0.77 + 8.26 + 11.80 + 19.49.
    expect(fixed(sum(['117.79', '55.42', '0.29', '13.20', '6.70', '0.77', '8.26', '11.80', '19.49']))).toBe(
      '233.72',
    );
  });

  it('seed error, line 75: the 项 is 购房补贴 (2210203), as its own 名词解释 item 11 says, not 住房补贴', () => {
    expect(seedLine(FILE, 75)).toContain('住房补贴（项）');
    expect(paragraph(e, 's5.3.item.2210203')).toContain('住房改革支出（款）购房补贴（项）');
  });

  it('seed error, line 60: the 款 is 商贸事务, not 商务事务', () => {
    expect(seedLine(FILE, 60)).toContain('商务事务（款）');
    expect(paragraph(e, 's5.3.item.2011350')).toContain('一般公共服务（类）商贸事务（款）事业运行（项）');
  });

  it('seed error, line 129: 执行数 31.68 printed in 元 where 万元 is meant', () => {
    expect(seedLine(FILE, 129)).toContain('执行数为31.68元');
    expect(paragraph(e, 's10.4.project.0')).toContain('执行数为31.68万元，完成预算的97.93%');
  });

  it('line 58: 完成预算 is 98.26%, not the printed 98.25% — the item completions imply budgets of 237.86万元', () => {
    expect(numbers(seedLine(FILE, 58))).toEqual(['2020', '233.72', '98.25']);
    expect(paragraph(e, 's5.3')).toBe('2020年一般公共预算支出决算数为233.72万元，完成预算98.26%。其中：');
    // 233.72 ÷ 237.857 (budgets implied by each printed 项 %) = 98.26%; 98.25% needs every budget at the
    // top of its rounding interval.
    expect(fig.get('general.completion')).toMatchObject({
      printed: '98.26',
      basis: { numerator: '2337180', denominator: '2378569' },
    });
  });

  it('line 48: 5(一) repeats the 财政拨款 sentence; the template states the share of 本年支出合计', () => {
    expect(numbers(seedLine(FILE, 48))).toEqual(['2020', '233.72', '2019', '14.41', '5.81']);
    expect(paragraph(e, 's5.1')).toBe(
      '2020年一般公共预算财政拨款支出233.72万元，占本年支出合计的100.00%。与2019年相比，一般公共预算财政拨款减少14.41万元，下降5.81%。主要变动原因是受疫情影响经费的压减和出差次数减少。',
    );
  });

  it('三公 at zero: no share of a zero total, no 完成预算 without a budget (the seed prints 占0% and 100%)', () => {
    expect(numbers(seedLine(FILE, 91))).toEqual(['2020', '0', '0', '0', '0', '0', '0']);
    expect(paragraph(e, 's7.2')).toBe(
      '2020年“三公”经费财政拨款支出决算中，因公出国（境）费支出决算0.00万元；公务用车购置及运行维护费支出决算0.00万元；公务接待费支出决算0.00万元。具体情况如下：',
    );
    expect(seedLine(FILE, 94)).toContain('完成预算100%');
    expect(paragraph(e, 's7.abroad')).toBe(
      '1.因公出国（境）经费支出0.00万元，年初未安排预算。全年安排因公出国（境）团组0次，出国（境）0人。因公出国（境）支出决算与2019年持平。',
    );
    expect(paragraph(e, 's7.vehicle')).toBe(
      '2.公务用车购置及运行维护费支出0.00万元，年初未安排预算。公务用车购置及运行维护费支出决算与2019年持平。',
    );
    // 公务接待: budget 0.3万元, nothing spent → 0.00%, with the reason for the gap.
    expect(paragraph(e, 's7.reception')).toMatch(
      /^3\.公务接待费支出0\.00万元，完成预算0\.00%，决算数小于预算数的主要原因是考虑到公务接待的可能性.*公务接待费支出决算与2019年持平。其中：$/,
    );
  });

  it('projects (2), (3): same figures as the seed, at 2 decimals', () => {
    expect(numbers(paragraph(e, 's10.4.project.1')).slice(0, 4)).toEqual(
      numbers(seedLine(FILE, 131)).slice(0, 4),
    );
  });

  it('名词解释 covers the 科目 used, with their 2020 codes', () => {
    const terms = e.paragraphs.filter((p) => p.section === 'terms' && !p.heading).map((p) => p.text);
    expect(terms[0]).toBe('1.财政拨款收入：指单位从同级财政部门取得的财政预算资金。');
    for (const code of [
      '2011350',
      '2011399',
      '2050803',
      '2080505',
      '2080506',
      '2089901',
      '2101102',
      '2210201',
      '2210203',
    ]) {
      expect(e.paragraphs.some((p) => p.id === `s5.3.item.${code}`)).toBe(true);
    }
    expect(terms.filter((t) => t.includes('（项）：'))).toHaveLength(9);
    expect(
      terms.some((t) => t.startsWith('10.住房保障（类）住房改革支出（款）购房补贴（项）：指按房改政策规定')),
    ).toBe(true);
  });

  it('charts: 图1 2019 248.13 vs 2020 233.72 (the seed chart data), 图3 structure, 图7 empty', () => {
    const [c1, , c3, , , c6, c7] = e.charts;
    expect(c1).toMatchObject({ id: '图1', kind: 'bar', categories: ['2019年', '2020年'] });
    if (c1?.kind !== 'bar' || c3?.kind !== 'pie' || c6?.kind !== 'pie' || c7?.kind !== 'pie')
      throw new Error('chart kinds');
    expect(c1.series[0]?.values).toEqual(['248.13', '233.72']);
    expect(c3.slices).toEqual([
      { name: '基本支出', value: '190.34', percent: '81.44' },
      { name: '项目支出', value: '43.38', percent: '18.56' },
    ]);
    expect(c6.slices.map((s) => s.value)).toEqual(['173.21', '0.29', '20.67', '8.26', '31.29']);
    expect(c7.slices).toEqual([]);
  });

  it('nothing left to write, and every printed figure is its exact value rounded', () => {
    expect(e.missing).toEqual([]);
    for (const p of e.paragraphs)
      for (const f of p.figures) {
        if (f.kind === 'amount') expect(f.printed).toBe(wan(dec(f.exact).abs()));
        else if (f.kind !== 'count') expect(f.printed).toBe(fixed(dec(f.exact).abs()));
      }
  });
});
