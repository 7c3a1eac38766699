/**
 * Small tables plain `pdftotext` printed labels first, then their headers one a line (a title or unit line
 * closing the labels), then the figures row by row (plain-rows.ts): the 到位率 column judged by its header words
 * (item-tables.ts); the first row set among the headers; a
 * 执行率 stated in the text with an outturn a table's row prints, judged against that row's budget
 * (table-budgets.ts, rate-outturn.ts).
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string): string[] =>
  checkTextReport(text)
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} L${f.line} ${f.expected} ${f.found}`);

describe('a 到位 table printed labels, title, headers one a line, then figures', () => {
  const doc = (rate: string, total: string) =>
    [
      '二、资金到位情况',
      '资金来源',
      '上级补助资金',
      '区级财政资金',
      '单位自筹资金',
      '合计',
      '',
      '表3 某某工程资金到位情况表',
      '计划数',
      '',
      '到位数',
      '单位：万元',
      '到位率',
      '',
      '800.00',
      '800.00',
      '100.00%',
      '',
      '500.00',
      '450.00',
      rate,
      '',
      '200.00',
      '150.00',
      '75.00%',
      '',
      '1,500.00',
      total,
      '93.33%',
      '',
      '截至年底，各项资金已按计划拨付。',
    ].join('\n');

  it('gives no finding on a clean table', () => {
    expect(errors(doc('90.00%', '1,400.00'))).toEqual([]);
  });
  it('judges a 到位率 against 到位数 ÷ 计划数', () => {
    expect(errors(doc('95.00%', '1,400.00'))).toEqual(['completion.percent L21 90.00 95.00']);
  });
  it('reports a wrong 到位数 total, not its row rate that holds with the items’ sum', () => {
    expect(errors(doc('90.00%', '1,410.00'))).toEqual(['table.total L28 1400.00 1,410.00']);
  });
  it('does not read the headers as labels without a title or unit line closing them', () => {
    const text = doc('95.00%', '1,400.00').replace('\n\n表3 某某工程资金到位情况表', '');
    expect(errors(text)).toEqual([]);
  });
});

describe('a 使用 table whose first row pdftotext set among its headers', () => {
  const doc = (rate: string, prose: string) =>
    [
      '表4 某某工程资金使用情况表',
      '',
      '土建工程',
      '',
      '支出内容',
      '',
      '预算数',
      '1,200.00',
      '',
      '实际支出',
      '1,080.00',
      '',
      '单位：万元',
      '执行率',
      '90.00%',
      '',
      '设备购置',
      '勘察设计',
      '合计',
      '',
      '300.00',
      '',
      '270.00',
      '',
      rate,
      '',
      '100.00',
      '',
      '96.00',
      '',
      '96.00%',
      '',
      '1,600.00',
      '',
      '1,446.00',
      '',
      '90.38%',
      '',
      `截至年底，项目实际支出 1,446.00 万元，预算执行率 ${prose} ，资金使用符合规定。`,
    ].join('\n');

  it('gives no finding on a clean table and text', () => {
    expect(errors(doc('90.00%', '90.38%'))).toEqual([]);
  });
  it('judges the text’s 执行率 against the budget of the row printing its outturn', () => {
    expect(errors(doc('90.00%', '93.80%'))).toEqual(['completion.percent L39 90.38% 93.80%']);
  });
  it('leaves the text alone when no table row prints its outturn', () => {
    const text = doc('90.00%', '93.80%').replace('实际支出 1,446.00 万元', '实际支出 1,436.00 万元');
    expect(errors(text)).toEqual([]);
  });
});
