/** The document's own figures dated with another year in its text (stale-years.ts). Made-up unit and figures. */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const doc = (sentence: string, extraTable: string[] = []) =>
  [
    '                      项目支出绩效自评表',
    '                          （2037年度）',
    '项目名称   某某镇2037年道路养护项目',
    '项目资金（万元）   年初预算数   全年预算数   全年执行数   分值   执行率   得分',
    '   年度资金总额       210.00      236.50      229.40      10     97.00%   9.70',
    ...extraTable,
    '自评说明',
    `  ${sentence}`,
  ].join('\n');

const found = (text: string): string[] =>
  checkTextReport(text)
    .findings.filter((f) => f.rule === 'year.mismatch')
    .map((f) => `${f.line} ${f.expected} ${f.found}`);

const stated = (year: string) =>
  `该项目由镇农业服务中心组织实施。${year}年度该项目年初预算210.00万元，年中追加后全年预算236.50万元，全年执行数229.40万元，预算执行率97.00%。`;

describe('the document’s own figures dated with another year', () => {
  it('holds for the document’s year', () => {
    expect(found(doc(stated('2037')))).toEqual([]);
  });
  it('is an error two years before, the amounts being the table’s', () => {
    expect(found(doc(stated('2035')))).toEqual(['7 2037年 2035年']);
  });
  it('holds when a table names that year with those amounts (a history of the project)', () => {
    const history = [
      '',
      '年度     2035年      2036年      2037年',
      '预算     210.00      198.00      236.50',
      '',
    ];
    expect(found(doc(stated('2035'), history))).toEqual([]);
  });
  it('holds for a clause that compares with that year', () => {
    expect(
      found(doc('较2035年度该项目年初预算210.00万元持平，全年预算236.50万元，全年执行数229.40万元。')),
    ).toEqual([]);
  });
  it('holds when only one amount is the table’s', () => {
    expect(found(doc('2035年度该项目年初预算180.00万元，全年预算236.50万元。'))).toEqual([]);
  });
});
