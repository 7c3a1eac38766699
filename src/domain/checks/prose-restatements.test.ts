/**
 * Made-up paragraphs: this year's 执行数 against last year's named without figures (named-amount-changes.ts), a
 * rate before its definition in brackets (defined-rates.ts), a count whose names are table rows referred back to
 * (named-counts.ts). Clean variants give no error.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';
import { wrapped } from './__fixtures__/wrapped.ts';

const errors = (title: string, ...paragraphs: string[]) =>
  checkTextReport(wrapped(title, paragraphs))
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.rule} ${f.expected} ${f.found}`);

const MONITOR = '某某市水务局2026年1—6月项目绩效运行监控报告';
const AMOUNTS = (word: string, amount: string) =>
  `纳入监控的4个项目全年预算合计2,400.00万元，截至2026年6月30日，累计执行1,250.40万元，预算执行率52.10%。上年同期累计执行1,102.90万元，执行率47.95%；本年执行数较上年同期${word}${amount}万元。`;

describe('this year’s 执行数 against last year’s, both stated before', () => {
  it('holds', () => {
    expect(errors(MONITOR, AMOUNTS('增加', '147.50'))).toEqual([]);
  });
  it('reports a wrong amount', () => {
    expect(errors(MONITOR, AMOUNTS('增加', '157.50'))).toContain(
      'change.amount 增加147.50万元 增加157.50万元',
    );
  });
  it('reports a wrong direction', () => {
    expect(errors(MONITOR, AMOUNTS('减少', '147.50'))).toContain(
      'change.direction 增加147.50万元 减少147.50万元',
    );
  });
  it('reads nothing when a forecast is among the amounts', () => {
    const p = `截至2026年6月30日，累计执行1,250.40万元，预计全年执行2,300.00万元。上年同期累计执行1,102.90万元；本年执行数较上年同期增加157.50万元。`;
    expect(errors(MONITOR, p)).toEqual([]);
  });
});

const EVAL = '某某市2026年度农田水利专项资金绩效评价报告';
const DEFINED = (rate: string) =>
  `各区实际到位资金1,640.00万元，资金到位率98.20%；累计支出1,394.00万元，预算执行率${rate}%（执行率=支出÷到位资金）。`;

describe('a rate before its definition in brackets', () => {
  it('holds', () => {
    expect(errors(EVAL, DEFINED('85.00'))).toEqual([]);
  });
  it('reports a rate its two named amounts do not give', () => {
    expect(errors(EVAL, DEFINED('88.00'))).toContain('completion.percent 85.00% 88.00%');
  });
});

const TABLE = [
  '表1 项目执行情况',
  '序号 项目名称 全年预算 执行数 执行率',
  '1 河道清淤疏浚 500.00 120.00 24.00',
  '2 泵站设备更新 300.00 90.00 30.00',
  '3 农村饮水巩固提升 400.00 300.00 75.00',
];
const LISTED = (count: string, back: string) =>
  `执行率低于序时进度的项目${count}个，分别为河道清淤疏浚、泵站设备更新，执行率分别为24.00%、30.00%，上述${back}个项目全年预算合计800.00万元。`;

describe('a count whose names are table rows, referred back to', () => {
  const doc = (p: string) => checkTextReport(wrapped(MONITOR, [p]) + '\n' + TABLE.join('\n') + '\n');
  const errs = (p: string) =>
    doc(p)
      .findings.filter((f) => f.severity === 'error')
      .map((f) => `${f.rule} ${f.expected} ${f.found}`);
  it('holds', () => {
    expect(errs(LISTED('2', '2'))).toEqual([]);
  });
  it('reports a count the names and the reference both contradict', () => {
    expect(errs(LISTED('3', '2'))).toContain('count.enumeration 2个 3个');
  });
  it('reads nothing when the reference agrees with the count', () => {
    expect(errs(LISTED('3', '3'))).toEqual([]);
  });
});
