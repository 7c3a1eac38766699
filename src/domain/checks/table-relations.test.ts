/**
 * Relations a plain table of rows holds in all its other rows (units, names and figures made up): A = B + C
 * between three amount columns, a …率 column = A ÷ B × 100, and a score panel's 合计 row = Σ each column.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const RULE = '─'.repeat(72);
const row = (name: string, ...cells: string[]) =>
  `  ${name.padEnd(8, '　')}${cells.map((c) => c.padStart(12)).join('')}`;
const funds = (rows: string[][]) =>
  [
    '二、资金使用情况',
    '    截至2024年末，各乡镇专项资金使用情况见表1。',
    '',
    '表1  专项资金使用情况表                                       单位：万元',
    RULE,
    `  乡镇            拨付资金      已用资金      使用率      结存资金`,
    RULE,
    ...rows.map(([name, ...cells]) => row(name!, ...cells)),
    RULE,
    '',
    '    各乡镇资金使用总体正常。',
  ].join('\n');
const CLEAN = [
  ['北坪镇', '800.00', '720.00', '90.00%', '80.00'],
  ['南湾镇', '500.00', '460.00', '92.00%', '40.00'],
  ['西岭乡', '400.00', '300.00', '75.00%', '100.00'],
  ['东坡乡', '250.00', '225.00', '90.00%', '25.00'],
  ['合计', '1,950.00', '1,705.00', '87.44%', '245.00'],
];
const withCell = (r: number, c: number, value: string) =>
  CLEAN.map((cells, i) => (i === r ? cells.map((x, j) => (j === c ? value : x)) : cells));

const findings = (text: string) =>
  checkTextReport(text).findings.map((f) => `${f.severity} ${f.rule} L${f.line} ${f.expected} ${f.found}`);

describe('a row relation A = B + C held by every other row', () => {
  it('gives no error on the clean table', () => {
    expect(findings(funds(CLEAN)).filter((f) => f.startsWith('error'))).toEqual([]);
  });

  it('names the one figure breaking it, and withdraws its column total', () => {
    const report = checkTextReport(funds(withCell(1, 4, '50.00')));
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`)).toEqual([
      'table.row-sum L9 40.00 50.00',
    ]);
    expect(errors[0]!.message).toContain('其他各行“拨付资金”均等于“已用资金”与“结存资金”之和（合计行亦然）');
    expect(errors[0]!.message).toContain('“结存资金”应为40.00');
  });

  it('does not report when two rows break it (no relation of the table)', () => {
    const rows = withCell(1, 4, '50.00').map((cells, i) =>
      i === 2 ? cells.map((x, j) => (j === 4 ? '110.00' : x)) : cells,
    );
    expect(findings(funds(rows)).filter((f) => f.includes('table.row-sum'))).toEqual([]);
  });
});

describe('a rate column = A ÷ B held by every other row', () => {
  it('reports the one rate that is not 已用 ÷ 拨付', () => {
    const report = checkTextReport(funds(withCell(2, 3, '78.00%')));
    const errors = report.findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`)).toEqual([
      'table.rate L10 75.00% 78.00%',
    ]);
    expect(errors[0]!.message).toContain('其他各行“使用率”均等于“已用资金”÷“拨付资金”');
  });

  it('does not judge a rate column that two rows do not follow', () => {
    const rows = withCell(2, 3, '78.00%').map((cells, i) =>
      i === 0 ? cells.map((x, j) => (j === 3 ? '88.00%' : x)) : cells,
    );
    expect(findings(funds(rows)).filter((f) => f.includes('table.rate'))).toEqual([]);
  });
});

describe('a score panel whose 合计 row is each column’s sum', () => {
  const panel = (second: string) =>
    [
      '表2  评分汇总表                                                  单位：分',
      RULE,
      '  一级指标     分值       专家一       专家二     平均得分',
      RULE,
      '  决策            20         18.0         17.0        17.50',
      '  过程            20         16.0         18.0        17.00',
      '  产出            30         27.0         26.0        26.50',
      '  效益            30         25.0         27.0        26.00',
      `  合计           100         86.0         ${second}        87.00`,
      RULE,
    ].join('\n');

  it('gives no error when the columns add up', () => {
    expect(findings(panel('88.0')).filter((f) => f.startsWith('error'))).toEqual([]);
  });

  it('reports the column whose 合计 is not its sum', () => {
    expect(findings(panel('90.0'))).toContain('error table.total L9 88.0 90.0');
  });
});

describe('a total count in the text after the table against its count column', () => {
  const doc = (said: string, also = '') =>
    [
      '表3  改造完成情况表                                             单位：户',
      RULE,
      '  乡镇            计划户数      改造户数      验收户数',
      RULE,
      '  北坪镇               120           118           110',
      '  南湾镇                90            90            88',
      '  西岭乡                60            55            55',
      '  合计                 270           263           253',
      RULE,
      '',
      `    全年共完成改造农户${said}户，${also}各乡镇均已组织验收。`,
    ].join('\n');
  const errors = (text: string) =>
    checkTextReport(text)
      .findings.filter((f) => f.severity === 'error')
      .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);

  it('gives no error when the text gives the column total', () => {
    expect(errors(doc('263', '其中5户为困难户，'))).toEqual([]);
  });

  it('reports a total count that is not the column total', () => {
    expect(errors(doc('268'))).toEqual(['figure.text-table L11 263 268']);
  });
});
