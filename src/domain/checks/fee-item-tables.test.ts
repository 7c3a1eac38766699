/**
 * A 三公 notice as LibreOffice prints it (pdftotext -layout): a summary table whose long row label shifts that row's
 * figures left (columns read by order, table-model.ts columnsByRows, the header by order too), a "—" for a change
 * rate from a zero base; then an item's own table with its 小计 (fee-item-tables.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

const notice = (
  total = '28.00',
  last = '4.50',
) => `              表1   某县文体局2031年度“三公”经费支出决算汇总表
                                                                  单位：万元

          项目           预算数 决算数 上年决算数 增减额                  增减率


因公出国（境）费               3.00     2.40   0.00      2.40    —


公务用车购置及运行维护费 20.00 18.75 15.20                    3.55   23.36%


公务接待费                  5.00     4.10   ${last}      -0.40   -8.89%


合计                     ${total}    25.25 19.70        5.55   28.17%


2031年度“三公”经费财政拨款支出决算25.25万元。


                                    表2        公务接待费支出情况表
                                                                       单位：万元

     项目    预算数 决算数 上年决算数 增减额 增减率


国内公务接待费 4.20         3.60      4.50           -0.90     -20.00%


外事接待费      0.80      0.50      0.00           0.50      —


小计         5.00      4.10      4.50           -0.40     -8.89%


公务接待费预算5.00万元。
`;

describe('a 三公 summary table with a shifted row, and an item table', () => {
  it('gives nothing when the tables agree and add up', () => {
    expect(errors(notice())).toEqual([]);
  });
  it('sums the summary\'s columns although a long label shifts a row and a cell prints "—"', () => {
    expect(errors(notice('29.00'))).toEqual(['16 table.row-sum 28.00 29.00']);
  });
  it("holds the summary's item row to the item table's 小计 (the 合计 not blamed)", () => {
    expect(errors(notice('28.00', '4.05'))).toEqual([
      '13 table.change 0.05 -0.40',
      '13 change.direction 8.89% -8.89%',
      '13 figure.tables-disagree 4.50 4.05',
    ]);
  });
  it('leaves a table naming two items out of the comparison', () => {
    const two = notice('28.00', '4.05').replace(
      '表2        公务接待费支出情况表',
      '表2   公务接待费及因公出国（境）费情况表',
    );
    expect(errors(two).filter((e) => e.includes('tables-disagree'))).toEqual([]);
  });
});
