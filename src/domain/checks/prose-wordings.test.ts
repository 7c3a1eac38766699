/**
 * Wordings of the same claims met in other provinces' text (names and figures made up), each with its clean
 * counterpart giving no error: a share written with 比重 ("占比为", "所占比重为", "比重", "占本年支出合计的比重为",
 * "占“三公”经费的比重为"); the 三公 total's 决算, which an item's "决算为" after "，其中：" is not; a truncated share
 * the text declares truncated; a gap to the budget with its word first ("超出预算", "节约预算资金"); a change
 * opening its sentence after the 一般公共预算 figure it changes.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

const HEAD = '临河县林业局2024年度部门决算\n';

describe('a share written with 比重', () => {
  const list = (tail: (share: string) => string, second: string) =>
    `${HEAD}    本年支出合计2,870.40万元，其中：基本支出1,902.15万元${tail('66.27')}；项目支出968.25万元${tail(second)}。`;

  for (const [wording, tail] of [
    ['占比为', (s: string) => `，占比为${s}%`],
    ['所占比重为', (s: string) => `，所占比重为${s}%`],
    ['比重', (s: string) => `，比重${s}%`],
    ['占本年支出合计的比重为', (s: string) => `，占本年支出合计的比重为${s}%`],
  ] as const)
    it(`reads “${wording}” after a part`, () => {
      expect(errors(list(tail, '33.73'))).toEqual([]);
      expect(errors(list(tail, '35.73'))).toEqual(['share.percent 33.73% 35.73%']);
    });

  it('reads a 三公 item’s share “占“三公”经费的比重为”', () => {
    const text = (reception: string) =>
      `${HEAD}    2024年度“三公”经费支出决算41.20万元。其中：公务用车购置及运行费支出决算为30.90万元，占“三公”经费的比重为75.00%；公务接待费支出决算为10.30万元，占“三公”经费的比重为${reception}%。`;
    expect(errors(text('25.00'))).toEqual([]);
    expect(errors(text('28.00'))).toEqual(['share.percent 25.00% 28.00%']);
  });

  it('reads shares without amounts “A占W的比重为a%，B占W的比重为b%” against 100%', () => {
    const text = (second: string) =>
      `${HEAD}    本年支出合计2,870.40万元，其中：基本支出占本年支出合计的比重为66.27%，项目支出占本年支出合计的比重为${second}%。`;
    expect(errors(text('33.73'))).toEqual([]);
    expect(errors(text('35.73')).map((e) => e.split(' ')[0])).toEqual(['share.over-whole']);
  });

  it('reads a share with 比重 on its own line of a part, the total stated above', () => {
    const text = (second: string) =>
      `${HEAD}    本年支出合计2,870.40万元。\n    基本支出1,902.15万元，占本年支出合计的比重为66.27%，主要用于人员工资。\n    项目支出968.25万元，占本年支出合计的比重为${second}%，主要用于林区道路养护。`;
    expect(errors(text('33.73'))).toEqual([]);
    expect(errors(text('30.73'))).toEqual(['share.percent 33.73% 30.73%']);
  });
});

describe('the 三公 items’ budgets and outturns after “，其中：”', () => {
  const text = (reception: string) =>
    `${HEAD}    “三公”经费财政拨款支出年初预算为52.00万元，支出决算为46.30万元，完成预算的89.04%，其中：因公出国（境）费年初预算为0万元，决算为0万元；公务用车购置及运行维护费年初预算为40.00万元，支出决算为37.10万元，完成预算的92.75%；公务接待费年初预算为12.00万元，支出决算为${reception}万元，完成预算的76.67%。`;

  it('takes no item’s 决算 for the 三公 total’s', () => {
    expect(errors(text('9.20'))).toEqual([]);
  });

  it('still sums the items against the total', () => {
    expect(errors(text('10.20'))).toContain('sum.parts 46.30万元 47.30万元');
  });
});

describe('a truncated share', () => {
  const text = (declared: string) =>
    `${HEAD}    本年支出合计1,800.00万元，其中：基本支出1,125.56万元；项目支出674.44万元，占本年支出合计的37.46%${declared}。`;
  const shares = (t: string) =>
    checkTextReport(t)
      .findings.filter((f) => f.rule === 'share.percent')
      .map((f) => `${f.severity} ${f.message}`);

  it('is a warning when the text does not say so', () => {
    expect(shares(text(''))).toEqual([
      'warning 占比应为 674.44 ÷ 1800.00 × 100% = 37.47%，文中为37.46%，似为截断而非四舍五入。',
    ]);
  });

  it('is a note naming the convention when the text says its figures are truncated', () => {
    expect(shares(text('（按截位法计算）'))).toEqual([
      'note 占比应为 674.44 ÷ 1800.00 × 100% = 37.47%，文中为37.46%，文中注明按截位计算。',
    ]);
  });
});

describe('a gap to the budget with its word before 预算', () => {
  it('reads “超出预算D万元” against the budget and outturn stated', () => {
    const text = (gap: string) =>
      `${HEAD}    一般公共预算财政拨款支出2,960.50万元，年初预算2,800.00万元，超出预算${gap}万元，主要原因是追加防汛抢险经费。`;
    expect(errors(text('160.50'))).toEqual([]);
    expect(errors(text('170.50'))).toEqual(['completion.budget-gap 增加160.50万元 超出170.50万元']);
  });

  it('reads “节约预算资金D万元，下降P%”', () => {
    const text = (gap: string, pct: string) =>
      `${HEAD}    公务接待费年初预算15.00万元，实际支出12.30万元，节约预算资金${gap}万元，下降${pct}%。`;
    expect(errors(text('2.70', '18.00'))).toEqual([]);
    expect(errors(text('2.50', '18.00'))).toEqual(['completion.budget-gap 减少2.70万元 节约2.50万元']);
  });
});

describe('a change opening its sentence after the figure’s', () => {
  it('changes the 一般公共预算 figure (a fund’s name, not a budget) of the sentence before', () => {
    const text = (pct: string) =>
      `${HEAD}    （1）总体情况。2024年度一般公共预算财政拨款支出812.00万元，占本年支出合计的96.20%。较上年增加42.00万元，增长${pct}%，主要是项目支出增加。`;
    expect(errors(text('5.45'))).toEqual([]);
    expect(errors(text('6.45'))).toEqual(['change.percent 5.45% 6.45%']);
  });
});
