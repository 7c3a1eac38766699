/**
 * A 三公 table's "决算比预算增减%" column with no 增减额 beside it (named-rate-columns.ts). Made-up figures.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const table = (rate: string): string =>
  [
    '         表2 2031年度“三公”经费财政拨款支出决算情况表',
    '                                                单位：万元',
    '       项目      2031年预 2031年决 2030年决 决算比预算 决算比上年',
    '                 算数     算数     算数     增减%      增减%',
    '合计                40.00 34.00 36.00     -15.00    -5.56',
    `1.因公出国（境）费         5.00   4.00   0.00  ${rate}       —`,
    '2.公务用车购置及运行维护费    30.00 26.00 31.00      -13.33  -16.13',
    '3.公务接待费            5.00   4.00   5.00  -20.00   -20.00',
  ].join('\n');

const errors = (text: string): string[] =>
  checkTextReport(text, { year: 2031 })
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

describe('a 决算比预算增减% column', () => {
  it('holds when each rate is (决算 − 预算) ÷ 预算', () => {
    expect(errors(table('-20.00'))).toEqual([]);
  });
  it('reports a rate that is not', () => {
    expect(errors(table('-22.00'))).toEqual(['6 change.percent -20.00 -22.00']);
  });
  it('reports a rate of the wrong sign', () => {
    expect(errors(table('20.00'))).toEqual(['6 change.direction -20.00 20.00']);
  });
});
