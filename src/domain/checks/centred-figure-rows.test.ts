/**
 * A 三公 table rendered by LibreOffice: a long item name wraps in its cell and is centred on its row, so the line
 * of the row's figures has no label ("二、公务用车购置及运行" / figures / "维护费"). Names and figures made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const doc = (budget: string) =>
  [
    '      青石县 2025 年度县本级“三公”经费财政拨款支出决算表',
    '                                                    单位：万元',
    '       项目         预算数     决算数     上年决算数',
    '合计               415.00 380.20 402.10',
    '一、因公出国（境）费       20.00    18.10   15.40',
    '二、公务用车购置及运行',
    `                 ${budget}   270.30 290.20`,
    '维护费',
    '其中：1.公务用车购置费     90.00   80.00   100.00',
    '     2.公务用车运行维',
    '                 210.00   190.30 190.20',
    '护费',
    '三、公务接待费          95.00    91.80   96.50',
  ].join('\n');

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);

describe('a row label centred around the line of its figures', () => {
  it('gives no error when the 小计 is its parts', () => {
    expect(errors(doc('300.00'))).toEqual([]);
  });

  it('reads the row and reports a 小计 that is not 购置费 + 运行维护费', () => {
    expect(errors(doc('330.00'))).toEqual(['table.row-sum L7 300.00 330.00']);
  });
});
