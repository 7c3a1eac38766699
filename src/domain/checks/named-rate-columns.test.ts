/**
 * A rate column whose header names its two columns, "决算数占调整预算数%" wrapped over two header lines
 * (named-rate-columns.ts). Names and figures are made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const ROWS = [
  ['合计', '', '900,000.00', '1,000,000.00', '950,000.00', '95.00'],
  ['201', '一般公共服务支出', '500,000.00', '600,000.00', '570,000.00', '95.00'],
  ['20101', '人大事务', '500,000.00', '600,000.00', '570,000.00', '95.00'],
  ['2010101', '行政运行', '300,000.00', '400,000.00', '390,000.00', '97.50'],
  ['2010102', '一般行政管理事务', '200,000.00', '200,000.00', '180,000.00', '90.00'],
  ['208', '社会保障和就业支出', '400,000.00', '400,000.00', '380,000.00', '95.00'],
  ['20805', '行政事业单位养老支出', '400,000.00', '400,000.00', '380,000.00', '95.00'],
  ['2080505', '机关事业单位基本养老保险缴费支出', '400,000.00', '400,000.00', '380,000.00', '95.00'],
];

const table = (rows: string[][]): string =>
  [
    '                                 一般公共预算财政拨款支出决算表',
    '                                                                              单位：元',
    ' 科目编码                  科目名称             年初预算数         调整预算数           决算数            决算数占调整',
    '类 款 项                                                                                 预算数%',
    ...rows.map(
      ([code, name, a, b, c, r]) =>
        `${code!.padEnd(8)}${name!.padEnd(26 - name!.length)}${a!.padStart(14)}${b!.padStart(14)}${c!.padStart(16)}${r!.padStart(19)}`,
    ),
  ].join('\n');

const errors = (text: string): string[] =>
  checkTextReport(text, { year: 2031 })
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

describe('a rate column headed "决算数占调整预算数%"', () => {
  it('holds when each rate is 决算数 ÷ 调整预算数', () => {
    expect(errors(table(ROWS))).toEqual([]);
  });

  it('reports the row whose rate is not 决算数 ÷ 调整预算数', () => {
    const rows = ROWS.map((r) => (r[0] === '2010101' ? [...r.slice(0, 5), '97.05'] : r));
    expect(errors(table(rows))).toEqual(['8 table.rate 97.50% 97.05']);
  });

  it('leaves a column that most rows do not hold (another base)', () => {
    const rows = ROWS.map((r) => [...r.slice(0, 5), '99.00']);
    expect(errors(table(rows))).toEqual([]);
  });
});
