/**
 * A funds table with 计划 | 到位 | 到位率 | 支出 | 执行率 columns (rate-tables.ts), the text's 资金到位率 against its 合计
 * row and a rate whose formula names 实际支出 said of a 累计支出 (named-rates.ts), and an indicator row read by
 * count (target-completion.ts). Names and figures are made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const TITLE = '某县2024年度农村公路提升工程绩效评价报告\n';
const errors = (text: string) =>
  checkTextReport(TITLE + text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => [f.rule, f.expected, f.found]);

const table = (plan: string, total: string) =>
  [
    '                    表1 项目资金情况表',
    '   资金来源      计划投入 实际到位            到位率      实际支出        执行率',
    `甲级财政资金        2,000.00 2,000.00    100.00%  1,900.00    95.00%`,
    `乙级财政资金        1,000.00 1,000.00    100.00%    950.00    95.00%`,
    `丙级财政资金        ${plan}   800.00     80.00%    760.00    95.00%`,
    `合计            ${total} 3,800.00     95.00% 3,610.00     95.00%`,
  ].join('\n');

describe('到位率 column and 计划 合计 of a funds table', () => {
  it('judges each row’s 到位率 and the 计划 合计', () => {
    expect(errors(table('1,000.00', '4,000.00'))).toEqual([]);
    expect(errors(table('1,100.00', '4,000.00'))).toEqual([
      ['completion.percent', '72.73%', '80.00%'],
      ['sum.parts', '4100.00', '4000.00'],
    ]);
  });
});

describe('资金到位率 in the text against the table’s 合计 row', () => {
  const text = (rate: string) =>
    `项目计划投资共四项。\n截至2024年末，项目资金实际到位3,800.00万元，资金到位率${rate}%。\n${table('1,000.00', '4,000.00')}`;
  it('judges the rate: the 合计 到位 ÷ the 合计 计划', () => {
    expect(errors(text('95.00'))).toEqual([]);
    expect(errors(text('59.00'))).toEqual([['completion.percent', '95.00%', '59.00%']]);
  });
});

describe('a formula naming 实际支出 said of 累计支出', () => {
  const text = (spent: string) =>
    `项目资金实际到位800.00万元，项目累计支出${spent}万元，资金执行率（实际支出/实际到位）95.00%。`;
  it('takes the one 支出 figure', () => {
    expect(errors(text('760.00'))).toEqual([]);
    expect(errors(text('706.00'))).toEqual([['completion.percent', '88.25%', '95.00%']]);
  });
  it('reads nothing when two figures end in 支出', () => {
    const two =
      '项目资金实际到位800.00万元，本年支出300.00万元，累计支出706.00万元，资金执行率（实际支出/实际到位）95.00%。';
    expect(errors(two)).toEqual([]);
  });
});

describe('an indicator row its places leave unread', () => {
  const text = (rate: string) =>
    [
      '                  表3 指标完成情况表',
      '      绩效指标          计量单位    计划值 实际值          完成率',
      '新建农村公路里程总长度          公里      120.00 126.00    105.00%',
      `通车村                 个        4.00   3.00     ${rate}%`,
    ].join('\n');
  it('reads it by count', () => {
    expect(errors(text('75.00'))).toEqual([]);
    expect(errors(text('57.00'))).toEqual([['completion.target', '75.00%', '57.00%']]);
  });
});
