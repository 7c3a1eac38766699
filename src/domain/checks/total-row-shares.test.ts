import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

/** The largest 部门 by 三公 spending, a 小计 and the rest above the 总计 (made-up figures). */
const table = (share: string) =>
  [
    '                表3  某区2031年度“三公”经费决算前5位部门情况',
    '                                                                              单位：万元',
    ' 序号   部门                          合计   出国费   车辆费   接待费   占比（%）',
    '   1    区公安分局                    200.00        —   180.00    20.00     20.00',
    `   2    区城市管理局                   100.00        —    90.00    10.00     ${share}`,
    '   3    区应急管理局                    80.00        —    70.00    10.00      8.00',
    '   4    区交通运输委员会                  60.00        —    50.00    10.00      6.00',
    '   5    区农业农村委员会                  40.00     5.00    30.00     5.00      4.00',
    '        前5位部门小计                  480.00     5.00   420.00    55.00     48.00',
    '        其余20个部门合计                520.00    15.00   400.00   105.00     52.00',
    '        区级25个部门总计              1,000.00    20.00   820.00   160.00    100.00',
  ].join('\n');

describe('shares of the 总计 in a table with a 小计 above it (total-row-shares.ts)', () => {
  it('gives no error when each share is its amount ÷ the 总计', () => {
    expect(errors(table('10.00'))).toEqual([]);
  });
  it('finds a share that is not', () => {
    expect(errors(table('11.00'))).toEqual(['5 share.percent 11.00']);
  });
});
