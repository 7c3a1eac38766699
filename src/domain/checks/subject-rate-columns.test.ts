import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

/** A 一般公共预算财政拨款支出决算表 printing 决算 as a share of the 年初预算 in its last column (made-up figures). */
const table = (rate: string) =>
  [
    '                              一般公共预算财政拨款支出决算表',
    '                                                                                                公开05表',
    '编制单位：某区某局                    2031年度                                          单位：万元',
    '             项目                                                     决算数                        决算数占',
    '  科目编码          科目名称            年初预算数        合计        基本支出        项目支出     年初预算%',
    '                  合计                    1,000.00        960.00        600.00          360.00         96.00',
    '212       城乡社区支出                    1,000.00        960.00        600.00          360.00         96.00',
    '21201     城乡社区管理事务                  800.00        760.00        600.00          160.00         95.00',
    `2120101   行政运行                          600.00        600.00        600.00                        ${rate}`,
    '2120199   其他城乡社区管理事务支出          200.00        160.00                        160.00         80.00',
    '21203     城乡社区公共设施                  200.00        200.00                        200.00        100.00',
    '2120399   其他城乡社区公共设施支出          200.00        200.00                        200.00        100.00',
  ].join('\n');

describe('a 科目 table’s 决算数占年初预算% column (subject-rate-columns.ts)', () => {
  it('gives no error when every rate is 决算合计 ÷ 年初预算数', () => {
    expect(errors(table('100.00'))).toEqual([]);
  });
  it('finds a rate that is not', () => {
    expect(errors(table('110.00'))).toEqual(['9 completion.percent 110.00']);
  });
  it('reads nothing when at most one rate holds (another base, or columns misread)', () => {
    const otherBase = table('100.00')
      .split('\n')
      .map((line, k) => (k >= 5 && k !== 8 ? line.replace(/\d+\.\d\d$/, '50.00') : line))
      .join('\n');
    expect(errors(otherBase)).toEqual([]);
  });
});
