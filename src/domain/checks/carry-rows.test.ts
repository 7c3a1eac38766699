/**
 * A 收入支出决算表 whose header pdftotext wrapped over several lines (年初结转和结 / 余, 本年收入 between two
 * columns), its last 科目 name centred around its row with the name's last line after the table: columns
 * named, the carry 年初 + 收入 − 支出 = 年末 judged in each row, the 类 and 合计 sums read (names and
 * figures made up).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

/** A row: code at 0, name at 11, figures right-aligned at the columns' right edges. */
const ENDS = [38, 56, 66, 71, 85, 94];
const row = (code: string, name: string, figures: string[]): string => {
  let line = code.padEnd(11) + name;
  figures.forEach((f, k) => (line = line.padEnd(ENDS[k]! - f.length) + f));
  return line;
};

const table = (o: { total?: string; leiIncome?: string; closing?: string }) =>
  [
    '              某市水务局2025年度政府性基金预算财政拨款收入支出决算表',
    '编制部门：某市水务局                单位：万元',
    '                                                                     本年支出',
    '功能分类科目编                      年初结转和结                                                   年末结转和结',
    '                  科目名称              本年收入                            基本支',
    '   码                            余                           合计             项目支出          余',
    '                                                                      出',
    row('', '合计', ['100.00', '1,500.00', o.total ?? '1,450.00', '0.00', '1,450.00', '150.00']),
    row('213', '农林水支出', ['100.00', o.leiIncome ?? '1,500.00', '1,450.00', '0.00', '1,450.00', '150.00']),
    row('21366', '大中型水库库区基金安排的支出', ['60.00', '900.00', '880.00', '0.00', '880.00', '80.00']),
    row('2136601', '基础设施建设和经济发展', [
      '60.00',
      '900.00',
      '880.00',
      '0.00',
      '880.00',
      o.closing ?? '80.00',
    ]),
    '           三峡水库库区基金安排的支',
    row('21367', '', ['40.00', '600.00', '570.00', '0.00', '570.00', '70.00']),
    '           出',
    '           其他三峡水库库区基金支',
    row('2136799', '', ['40.00', '600.00', '570.00', '0.00', '570.00', '70.00']),
    '           出',
    '注：本表反映部门本年度政府性基金预算财政拨款收入支出及结转和结余情况。',
  ].join('\n');

describe('a 收入支出决算表 with a wrapped header and a centred last name', () => {
  it('gives no error when every row holds', () => {
    expect(errors(table({}))).toEqual([]);
  });
  it('finds a 合计 spending figure not the sum of the 类', () => {
    expect(errors(table({ total: '1,540.00' }))).toContain('table.code-sum 1450.00 1,540.00');
  });
  it('finds a 类 income not the sum of its 款, reported once', () => {
    expect(errors(table({ leiIncome: '1,520.00' }))).toEqual(['table.code-sum 1500.00 1,520.00']);
  });
  it('finds a row whose 年末结转和结余 is not 年初 + 收入 − 支出', () => {
    expect(errors(table({ closing: '88.00' }))).toContain('table.balance 80.00 88.00');
  });
});
