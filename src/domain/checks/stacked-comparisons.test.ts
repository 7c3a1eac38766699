/**
 * A comparison table under a header stacked over three lines (stacked-comparisons.ts) and counts / averages in
 * the text (count-lists.ts, count-averages.ts). Units, names and figures are made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const table = (rows: string[], lastYear = '2023'): string =>
  [
    '                     表2 会议费决算表',
    '',
    `              2024 年预算         2024 年决算          ${lastYear} 年决算`,
    '     项目                                 决算数占预算数%          增减额 增减率',
    '                  数                数                 数',
    ...rows,
  ].join('\n');

const ROWS = [
  '甲类会议费      40.00            30.00               75.00%         20.00             10.00    50.00%',
  '乙类会议费      10.00            8.00                80.00%         10.00             -2.00    -20.00%',
  '小计           50.00            38.00               76.00%         30.00             8.00     26.67%',
];

const rules = (text: string): string[] =>
  checkTextReport(text, { year: 2024 })
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.found}`);

describe('a stacked comparison table', () => {
  it('holds when every row and the 小计 hold', () => {
    expect(rules(table(ROWS))).toEqual([]);
  });
  it('finds a wrong rate, 增减额, 增减率, 小计 budget and last year', () => {
    const bad = [
      ROWS[0]!.replace('75.00%', '57.00%').replace('50.00%', '60.00%'),
      ROWS[1]!.replace('-2.00 ', '-3.00 '),
      ROWS[2]!.replace('50.00 ', '60.00 '),
    ];
    const found = rules(table(bad, '2022'));
    expect(found).toContain('completion.percent 57.00%');
    expect(found).toContain('table.change -3.00');
    expect(found).toContain('table.total 60.00');
    expect(found).toContain('change.percent 60.00%');
    expect(found).toContain('year.mismatch 2022年');
  });
});

describe('counts listed and their total', () => {
  it('a run of counts joined by 、 closed by 共', () => {
    expect(rules('本年度更新巡查用车2辆、工程用车1辆，共4辆。')).toEqual(['count.sum 4辆']);
    expect(rules('本年度更新巡查用车2辆、工程用车1辆，共3辆。')).toEqual([]);
  });
  it('an average per 批次', () => {
    const text = (avg: string): string =>
      `（三）接待费。2024年度支出决算6.00万元，年初预算7.00万元。其中：国内接待费5.00万元，接待18批次；外事接待费1.00万元，接待2批次。全年共接待20批次，平均每批次接待费用${avg}万元。`;
    expect(rules(text('0.30'))).toEqual([]);
    expect(rules(text('0.40'))).toEqual(['share.average 0.40万元']);
  });
});
