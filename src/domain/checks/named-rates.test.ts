/**
 * 资金到位率 in prose (named-rates.ts) when the funds are named by what was done to them: "分配" / "下达" for the
 * funds planned, a clause ending in "到位" for the funds arrived. Names and figures are made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const TITLE = '某县2024年度乡村道路养护资金绩效评价报告\n';
const errors = (text: string) =>
  checkTextReport(TITLE + text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => [f.rule, f.expected, f.found]);

describe('资金到位率 of funds 分配 / 下达 and 实际到位', () => {
  it('judges the rate: arrived ÷ allotted', () => {
    const text = (rate: string) =>
      `养护资金分配3600.00万元，实际到位3450.00万元，资金到位率${rate}%；实际支出3100.00万元。`;
    expect(errors(text('95.83'))).toEqual([]);
    expect(errors(text('95.38'))).toEqual([['completion.percent', '95.83%', '95.38%']]);
    const issued = (rate: string) => `市级下达资金1200.00万元，已到位1140.00万元，到位率${rate}%。`;
    expect(errors(issued('95.00'))).toEqual([]);
    expect(errors(issued('96.00'))).toEqual([['completion.percent', '95.00%', '96.00%']]);
  });

  it('does not take the funds not arrived for the arrived', () => {
    const text = '养护资金分配3600.00万元，未到位150.00万元，资金到位率95.83%。';
    expect(errors(text)).toEqual([]);
  });
});
