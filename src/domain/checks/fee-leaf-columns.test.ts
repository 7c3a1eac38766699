/**
 * A 三公 table of the items as columns under a header of three lines (the car group's and the 接待 group's
 * parts under their names), a row per 预算数 / 决算数 / year (three-fees-order.ts feeLeafColumns,
 * table-claims.ts). Names and figures are made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const table = (
  budget: string,
  actual: string,
  last = '10.20          0.00 7.40 0.00     7.40 2.80   2.60 0.20',
) =>
  [
    '                   某县某镇人民政府2031年度一般公共预算财政拨款“三公”经费支出决算表',
    '                                                                      单位：万元、辆、批次、人次',
    '                                 公务用车购置及运行维护费          公务接待费                 国内公务接待',
    '   项目      合计      因公出国（境）费                                        公务用车保有量',
    '                               小计 购置费 运行维护费 小计 国内接待费 外事接待费                   批次 人次',
    `2031年预算数   ${budget}         —   —   —`,
    `2031年决算数   ${actual}         3   21 130`,
    `2030年决算数   ${last}         3   25 150`,
    '  注：本表反映一般公共预算财政拨款安排的“三公”经费支出。',
  ].join('\n');

const BUDGET = '16.00          1.00 11.00 4.00     7.00 4.00   3.50 0.50';
const ACTUAL = '14.10          0.80 10.30 3.90     6.40 3.00   2.70 0.30';

const errors = (text: string): string[] =>
  checkTextReport(text, { year: 2031 })
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

describe('a 三公 table of items as columns under a three-line header', () => {
  it('holds when every row adds up', () => {
    expect(errors(table(BUDGET, ACTUAL))).toEqual([]);
  });

  it('reports a 合计 that is not the sum of its items', () => {
    expect(errors(table(BUDGET, ACTUAL.replace('14.10', '15.10')))).toEqual(['7 table.row-sum 14.10 15.10']);
  });

  it('reports a car 小计 that is not 购置 + 运行, not its 合计 again', () => {
    expect(errors(table(BUDGET.replace('11.00', '10.00'), ACTUAL))).toEqual(['6 table.row-sum 11.00 10.00']);
  });

  it('reports a 接待 小计 that is not 国内 + 外事', () => {
    expect(errors(table(BUDGET, ACTUAL.replace('3.00   2.70', '3.00   2.50')))).toEqual([
      '7 table.row-sum 2.80 3.00',
    ]);
  });

  it('is not read when no row adds up (the columns are then not told)', () => {
    const swapped = (row: string) => row.replace(/^(\S+)(\s+)(\S+)/, '$3$2$1');
    expect(
      errors(
        table(
          swapped(BUDGET),
          swapped(ACTUAL),
          swapped('10.20          0.00 7.40 0.00     7.40 2.80   2.60 0.20'),
        ),
      ),
    ).toEqual([]);
  });

  it('leaves a header of 预算数 / 决算数 pairs to the reading of a row of twelve figures', () => {
    const pairs = (carActual: string) =>
      [
        '                          一般公共预算财政拨款“三公”经费支出决算表',
        '                                                                            单位：万元',
        '     合计        因公出国（境）费                 公务用车购置及运行维护费                     公务接待费',
        '                                小计       公务用车购置费       公务用车运行维护费',
        ' 预算数 决算数 预算数         决算数 预算数 决算数 预算数 决算数              预算数      决算数     预算数 决算数',
        `   50.00 45.00 10.00   9.00 30.00 ${carActual}   10.00 9.50    20.00   18.50   10.00 8.00`,
      ].join('\n');
    expect(errors(pairs('28.00'))).toEqual([]);
    expect(errors(pairs('27.00'))).toContain('6 table.row-sum 28.00 27.00');
  });
});
