/**
 * A budget's change from the opening budget stated after the adjusted one (prose-budget-history.ts); a 执行率
 * against a table row printing 年初预算数 beside 全年预算数 (table-budgets.ts, rate-outturn.ts); the unit's people
 * restated in a sentence naming no year (prose-counts.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string): string[] =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);

describe('较年初预算增加 after the adjusted budget', () => {
  const doc = (diff: string) =>
    [
      '某某区文化馆2025年度部门整体支出绩效自评报告',
      `    2025年度我馆年初预算800.00万元，其中财政拨款760.00万元、其他资金40.00万元。年度执行中，全年预算调整为880.00万元，其中财政拨款830.00万元、其他资金50.00万元，较年初预算增加${diff}万元，增长10.00%。`,
    ].join('\n');
  it('a difference that is not B − A', () => {
    expect(errors(doc('70.00'))).toEqual(['sum.budget-adjustment L2 80.00万元 70.00万元']);
  });
  it('the clean paragraph', () => {
    expect(errors(doc('80.00'))).toEqual([]);
  });
  it('a part\'s own change after "，": not read', () => {
    const text = [
      '某某区文化馆2025年度部门整体支出绩效自评报告',
      '    2025年度我馆年初预算800.00万元。全年预算调整为880.00万元，其中财政拨款830.00万元，较年初预算增加70.00万元。',
    ].join('\n');
    expect(errors(text)).toEqual([]);
  });
});

describe('a 执行率 against the table row printing 年初 and 全年 budgets', () => {
  const doc = (rate: string) =>
    [
      '某某区文化馆2025年度部门整体支出绩效自评报告',
      `    2025年度全年执行数836.00万元，预算执行率${rate}%。`,
      '                    部门整体支出绩效自评表',
      '部门名称：某某区文化馆                                   单位：万元',
      '   年度资金     年初预算数 全年预算数 全年执行数 分值 执行率 得分',
      '年度资金总额        800.00      880.00    836.00   10 95.00% 9.50',
    ].join('\n');
  it('a rate of neither budget', () => {
    expect(errors(doc('96.00'))).toEqual(['completion.percent L2 95.00% 96.00%']);
  });
  it('the rate of the 全年 budget', () => {
    expect(errors(doc('95.00'))).toEqual([]);
  });
});

describe('在职人员 restated in a sentence naming no year', () => {
  const doc = (n: string) =>
    [
      '某某区文化馆2025年度部门整体支出绩效自评报告',
      '    截至2025年12月31日，我馆核定编制40名；实有在职人员36人，离退休人员12人。',
      `    基本支出中，人员经费420.00万元，主要用于${n}名在职人员的基本工资、津贴补贴等。`,
    ].join('\n');
  it('another count', () => {
    expect(errors(doc('38'))).toEqual(['count.restated L3 36名 38名']);
  });
  it('the same count', () => {
    expect(errors(doc('36'))).toEqual([]);
  });
});

describe('a 执行率 after a budget adjusted behind its 其中 list', () => {
  const doc = (total: string, part: string) =>
    [
      '某某县水务局2025年度部门整体支出绩效评价报告',
      `    2025年本部门年初预算2,400.00万元，其中基本支出900.00万元、项目支出1,500.00万元；年中追加预算300.00万元，全年预算2,700.00万元。全年实际支出2,592.00万元，预算执行率${total}%，其中基本支出918.00万元，执行率98.50%；项目支出1,674.00万元，执行率${part}%。`,
    ].join('\n');
  it('judges the total against the adjusted budget after the list', () => {
    expect(errors(doc('96.00', '93.00'))).toEqual([]);
    expect(errors(doc('97.00', '93.00'))).toEqual(['completion.percent L2 96.00% 97.00%']);
  });
  it("reads no part's rate against its opening budget once the budget was adjusted", () => {
    expect(errors(doc('96.00', '91.00'))).toEqual([]);
  });
});
