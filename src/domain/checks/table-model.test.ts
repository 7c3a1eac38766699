import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isFigure } from './table-model.ts';
import { checkTextReport } from './index.ts';

/** What a figure cell is, as a regular expression: white space ignored, an optional sign, thousands groups, decimals. */
const FIGURE = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const byPattern = (text: string): boolean => FIGURE.test(text.replace(/\s/g, ''));

describe('isFigure (read by char code)', () => {
  it('reads a cell as the figure pattern does', () => {
    const cell = fc
      .array(fc.constantFrom('0', '1', '7', '9', ',', '.', '-', '−', ' ', '\u3000', '\t', '%', '元', 'a'), {
        maxLength: 12,
      })
      .map((chars) => chars.join(''));
    fc.assert(
      fc.property(cell, (text) => {
        expect(isFigure(text)).toBe(byPattern(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('takes printed amounts and refuses labels', () => {
    for (const t of ['1,060.89', '−12.5', '-3', ' 2 961.68 ', '0'])
      expect([t, isFigure(t)]).toEqual([t, true]);
    for (const t of ['', '合计', '12.', '1,06.89', '12%', '2024年', '1,0000'])
      expect([t, isFigure(t)]).toEqual([t, false]);
  });
});

describe('a 支出决算表 with 类/款/项 columns, a 栏次 row and "-" for zero', () => {
  const row = (code: string, name: string, ...cells: string[]): string =>
    `${code.padEnd(14)}${name}`.padEnd(40) + cells.map((c) => c.padStart(12)).join('');
  const doc = (elderly: string) =>
    [
      '某县民政局2024年度部门决算',
      '                                支出决算表',
      '                                                                      公开03表',
      '编制单位：某县民政局                                            单位：万元',
      row('          项目', '', '本年支出', '', '', '上缴上级'),
      row('  类   款  项', '', '合计', '基本支出', '项目支出', '支出'),
      '              科目名称',
      row('     栏次', '', '1', '2', '3', '4'),
      row('', '合计', '1896.42', '386.42', '1510.00', '-'),
      row('208', '社会保障和就业支出', '1896.42', '386.42', '1510.00', '-'),
      row('208  02', '民政管理事务', '386.42', '386.42', '-', '-'),
      row('208  02  01', '行政运行', '386.42', '386.42', '-', '-'),
      row('208  10', '社会福利', '1510.00', '-', '1510.00', '-'),
      row('208  10  02', '老年福利', elderly, '-', '1300.00', '-'),
      row('208  10  04', '殡葬', '210.00', '-', '210.00', '-'),
    ].join('\n');

  it('reads codes printed as each level’s own digits under 类 / 款 / 项', () => {
    const segments = (text: string): string =>
      text
        .replace(/^(\d{3}) {2}(\d{2}) {2}(\d{2})/gm, (_, a: string, b: string, c: string) => `          ${c}`)
        .replace(/^(\d{3}) {2}(\d{2}) {4}/gm, (_, a: string, b: string) => `     ${b}    `);
    const clean = checkTextReport(segments(doc('1300.00')));
    expect(clean.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(clean.counts.table.verified).toBeGreaterThanOrEqual(6);
    expect(checkTextReport(segments(doc('1330.00'))).findings.filter((f) => f.severity === 'error')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'table.code-sum', expected: '1540.00', found: '1510.00' }),
      ]),
    );
  });

  it('joins the code parts, skips the 栏次 row and sums the columns', () => {
    const clean = checkTextReport(doc('1300.00'));
    expect(clean.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(clean.counts.table.verified).toBeGreaterThanOrEqual(6);
    expect(checkTextReport(doc('1330.00')).findings.filter((f) => f.severity === 'error')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'table.code-sum', expected: '1540.00', found: '1510.00' }),
      ]),
    );
  });
});

describe('a 总表 with a 行次 column', () => {
  const row = (a: string, an: string, av: string, b: string, bn: string, bv: string): string =>
    `${a.padEnd(24)}${an.padStart(4)}${av.padStart(12)}   ${b.padEnd(20)}${bn.padStart(4)}${bv.padStart(12)}`;
  const doc = (total: string) =>
    [
      '某局2024年度部门决算',
      '                         收入支出决算总表',
      '                                                  单位：万元',
      row('项目', '行次', '决算数', '项目', '行次', '决算数'),
      row('一、一般公共预算财政拨款收入', '1', '800.00', '一、社会保障和就业支出', '30', '700.00'),
      row('二、事业收入', '2', '100.00', '二、住房保障支出', '31', '200.00'),
      row('本年收入合计', '20', total, '本年支出合计', '60', '900.00'),
      row('总计', '23', total, '总计', '63', '900.00'),
    ].join('\n');

  it('does not read the row numbers as figures', () => {
    const clean = checkTextReport(doc('900.00'));
    expect(clean.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(clean.counts.table.verified).toBeGreaterThanOrEqual(2);
    expect(checkTextReport(doc('990.00')).findings.filter((f) => f.severity === 'error')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ rule: 'table.total', expected: '900.00', found: '990.00' }),
      ]),
    );
  });
});

describe('a 收入决算表 numbering its columns after the item column’s labels', () => {
  const doc = (grant: string) =>
    [
      '某区某局2031年度部门决算',
      '                               收入决算表',
      '编制单位：某区某局                    2031年度                     单位：万元',
      '         项 目            本年收入合计 财政拨款收入 事业收入 其他收入',
      ' 功能分类科目编码   科目名称        1          2          3        4',
      '          合计                 2,416.30   2,380.10    26.00    10.20',
      '201     一般公共服务支出         2,416.30   2,380.10    26.00    10.20',
      '20103   政府办公厅（室）及相关机构事务  2,416.30   2,380.10    26.00    10.20',
      `2010301 行政运行                 2,416.30   ${grant}    26.00    10.20`,
    ].join('\n');

  it('does not read "科目编码 科目名称 1 2 3 4" as a row of figures', () => {
    const clean = checkTextReport(doc('2,380.10'));
    expect(clean.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(clean.counts.table.verified).toBeGreaterThanOrEqual(3);
    expect(
      checkTextReport(doc('2,308.10'))
        .findings.filter((f) => f.severity === 'error')
        .map((f) => f.line),
    ).toContain(9);
  });
});

describe('a column of small counts that happen to rise by one now and then', () => {
  it('is read as figures, not as 行次 numbers (3, 2, 4, 6, 5: no run from row to row)', () => {
    const text = [
      '表5  公务接待情况表',
      '                                                      单位：万元',
      '  接待事项                        批次       金额',
      '  甲项工作对口交流                   3       1.20',
      '  乙项工作调研考察                   2       0.80',
      '  丙项工作检查督导                   4       2.10',
      '  丁项工作会议保障                   6       2.40',
      '  戊项工作业务培训                   5       1.50',
      '  合计                              20       8.00',
    ].join('\n');
    const report = checkTextReport(text);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.claims.filter((c) => c.kind === 'table' && c.verified)).toHaveLength(2);
  });
});
