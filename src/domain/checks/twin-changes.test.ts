/**
 * A 三公 table's 较预算 and 较上年 change columns under a header printed in scrambled pieces (twin-changes.ts).
 * Made-up figures.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const table = (rows: readonly string[]): string =>
  [
    '                 松岭县林业局2031年度“三公”经费决算公开说明',
    '一、“三公”经费决算情况表',
    '                                                             单位：万元',
    '        项目     2030年决算 2031年预算 2031年决算 增减额  决算较预算         决算较上年',
    '                                                 增减率 增减额 增减率',
    ...rows,
    '二、“三公”经费决算情况说明',
  ].join('\n');

const clean = [
  ' 合计                 30.00   40.00   36.00 -4.00 -10.00% 6.00 20.00%',
  ' 1.因公出国（境）费          0.00    0.00    0.00 0.00        — 0.00        —',
  ' 2.公务用车购置及运行费       20.00   30.00   27.00 -3.00 -10.00% 7.00 35.00%',
  ' 3.公务接待费             10.00   10.00    9.00 -1.00 -10.00% -1.00 -10.00%',
];

const errors = (t: string): string[] =>
  checkTextReport(t)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

describe('a 三公 table comparing with the budget and with last year', () => {
  it('holds when every row holds', () => {
    expect(errors(table(clean))).toEqual([]);
  });
  it('reports a 增减额 that is not 决算 − 预算', () => {
    const rows = [...clean];
    rows[2] = ' 2.公务用车购置及运行费       20.00   30.00   27.00 -3.30 -10.00% 7.00 35.00%';
    expect(errors(table(rows))).toEqual(['8 table.change -3.30']);
  });
  it('reports a 增减率 that is not the 增减额 ÷ 预算', () => {
    const rows = [...clean];
    rows[3] = ' 3.公务接待费             10.00   10.00    9.00 -1.00 -1.00% -1.00 -10.00%';
    expect(errors(table(rows))).toEqual(['9 change.percent -1.00%']);
  });
});
