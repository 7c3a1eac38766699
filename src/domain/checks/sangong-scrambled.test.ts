/**
 * A 三公 table under a header of three scrambled lines, its long car label set one space from its figures
 * (tight-rows.ts: a numbered row between rows of as many figures; table-claims.ts: columns whose header reads
 * askew judged when 购置费 + 运行维护费 show they hold amounts). Made-up unit and figures.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const table = (spent: string, carLabel = '2.公务用车购置及运行维护费 ') =>
  [
    '三、“三公”经费决算明细表',
    '                                          单位：万元',
    '               2037年   2037年   较预算增减 2036年 较上年增减',
    '       项目      预算数 决算数 增减额 增减率                       增减率',
    '                                    （%） 决算数 增减额 （%）',
    `合计               58.00 ${spent} -6.10 -10.52 49.30 2.60 5.27`,
    '1.因公出国（境）费        8.00 5.40 -2.60 -32.50 4.20 1.20 28.57',
    `${carLabel}44.00 42.10 -1.90 -4.32 40.00 2.10 5.25`,
    '  其中：公务用车购置费     25.00 24.30 -0.70 -2.80 22.10 2.20 9.95',
    '     公务用车运行维护费 19.00 17.80 -1.20 -6.32 17.90 -0.10 -0.56',
    '3.公务接待费           6.00 4.40 -1.60 -26.67 5.10 -0.70 -13.73',
  ].join('\n');

const errors = (text: string): string[] =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

describe('a 三公 table under a scrambled header', () => {
  it('holds when its columns add up (the 决算 and 增减额 columns are read)', () => {
    const report = checkTextReport(table('51.90'));
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    const sums = report.claims.filter((c) => c.kind === 'table' && c.arithmetic.includes('“三公”经费合计'));
    expect(sums.map((c) => c.arithmetic.split('：')[1])).toContain('5.40 + 42.10 + 4.40 = 51.90，表中51.90');
  });
  it('finds a 合计 决算 that is not the sum of the items', () => {
    expect(errors(table('52.90'))).toEqual(['6 table.row-sum 52.90']);
  });
  it('reads the car line when its label runs into its first figure', () => {
    expect(errors(table('51.90', '2.公务用车购置及运行维护费'))).toEqual([]);
    expect(errors(table('52.90', '2.公务用车购置及运行维护费'))).toEqual(['6 table.row-sum 52.90']);
  });
});
