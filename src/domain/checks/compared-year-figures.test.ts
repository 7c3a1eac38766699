/** A comparison naming the compared year's figure between year and verb: "较2036年的X万元增加…" (prose-years.ts). Made-up figures. */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const doc = (compared: string) =>
  [
    '              某某区林业局2037年度部门整体支出绩效评价报告',
    '    一、部门预算情况',
    `    2037年年初预算2,140.30万元，年中追加调整212.70万元，全年预算数2,353.00万元。全年预算数较${compared}年的2,101.50万元增加251.50万元，增长11.97%，主要是追加了林区防火资金。`,
  ].join('\n');

const found = (text: string): string[] =>
  checkTextReport(text)
    .findings.filter((f) => f.rule === 'year.mismatch')
    .map((f) => `${f.line} ${f.expected} ${f.found}`);

describe('a year compared with, its figure named before the change', () => {
  it('holds for the year before the document’s', () => {
    expect(found(doc('2036'))).toEqual([]);
  });
  it('is an error for a later year', () => {
    expect(found(doc('2038'))).toEqual(['3 2036年 2038年']);
  });
  it('is an error for a year two before', () => {
    expect(found(doc('2035'))).toEqual(['3 2036年 2035年']);
  });
});
