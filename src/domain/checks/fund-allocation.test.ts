import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const found = (text: string, rule?: string) =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error' && (!rule || f.rule === rule))
    .map((f) => `${f.line} ${f.rule} ${f.expected} ${f.found}`);

const report = (o: {
  rate?: string;
  nanling?: string;
  allotted?: string;
  arrival?: string;
  q3?: string;
  signed?: string;
  title?: string;
}) =>
  [
    `         沧澜市2031年度市级${o.title ?? '小型水库除险加固补助资金绩效自评报告'}`,
    '                        沧澜市水利局',
    '一、项目基本情况',
    '    （一）项目概况。市财政2031年安排补助资金2000.00万元，分配至东川区、西坪县、南岭县、',
    '北溪县等4个区县，用于小型水库除险加固。',
    '二、资金分配、到位和使用情况',
    '    （一）资金到位情况。2031年4月，市财政局下达补助资金2000.00万元，各区县实际到位',
    `1960.00万元，资金到位率${o.arrival ?? '98.00'}%。西坪县有40.00万元年末仍未拨付。`,
    '        表1 2031年度补助资金分配及执行情况表 单位：万元',
    '         序号 区县 下达资金 到位资金 支出 执行率（%）',
    '          1 东川区 500.00 500.00 480.00      96.00',
    '          2 西坪县 800.00 760.00 722.00      95.00',
    `          3 南岭县 300.00 300.00 270.00      ${o.nanling ?? '90.00'}`,
    '          4 北溪县 400.00 400.00 392.00      98.00',
    `            合计    ${o.allotted ?? '2000.00'} 1960.00 1864.00 ${o.rate ?? '95.10'}`,
    '注：执行率＝支出÷到位资金×100%。',
    '   （二）分季度执行情况。一季度末累计支出196.00万元，占到位资金的10.00%；二季度末累计支',
    `出784.00万元，占40.00%；三季度末累计支出1372.00万元，占${o.q3 ?? '70.00'}%；四季度末累计支出`,
    '1864.00万元，占95.10%。',
    '三、存在的问题',
    '    一是资金到位不够及时。二是前期工作不够充分。',
    '  沧澜市水利局',
    o.signed ?? '2032年3月8日',
  ].join('\n');

describe('a 专项资金 report with a table of allotments by 区县', () => {
  it('finds nothing wrong in a report whose figures hold', () => {
    expect(found(report({}))).toEqual([]);
  });
  it("reads a row's 执行率 against the funds allotted or arrived (rate-tables.ts)", () => {
    expect(found(report({ nanling: '92.00' }))).toEqual(['13 completion.percent 90.00% 92.00%']);
  });
  it('sums the 下达资金 column into its 合计 row printed without an ordinal', () => {
    expect(found(report({ allotted: '2100.00' }))).toEqual(['15 sum.parts 2000.00 2100.00']);
  });
  it('reads a 资金到位率 against the funds 下达 in the same paragraph (named-rates.ts)', () => {
    expect(found(report({ arrival: '96.00' }))).toEqual(['8 completion.percent 98.00% 96.00%']);
  });
  it("reads a quarter's running share of the base the series names (quarter-execution.ts)", () => {
    expect(found(report({ q3: '72.00' }))).toEqual(['18 completion.percent 70.00% 72.00%']);
  });
});

describe("a report's sign-off date against the year its title evaluates (filing-dates.ts)", () => {
  it('is an error when the 自评报告 is signed before its year ended', () => {
    expect(found(report({ signed: '2030年3月8日' }))).toEqual(['23 year.filing-date 2032年前后 2030年']);
    expect(found(report({ signed: '2031年12月30日' }))).toEqual([]);
  });
  it('leaves a document made before its year alone', () => {
    const plan = report({ signed: '2030年11月8日', title: '小型水库除险加固补助资金绩效目标申报表' });
    expect(found(plan, 'year.filing-date')).toEqual([]);
    const budget = report({ signed: '2030年11月8日', title: '小型水库除险加固补助资金预算编制说明' });
    expect(found(budget, 'year.filing-date')).toEqual([]);
  });
});
