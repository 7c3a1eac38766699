import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const findings = (text: string) =>
  checkTextReport(text).findings.map((f) => `${f.severity} ${f.rule} ${f.expected} ${f.found}`);

describe('an execution rate printed without its %', () => {
  const monitor = (rate: string) =>
    `   3．高标准农田建设。年度预算450.00万元（其中上级资金300.00万元、县级资金150.00万元），1—9月执行261.00万元，执行率${rate} ，低于序时进度17.00个百分点。`;
  it('warns that the % is missing when the figure is the outturn ÷ the budget', () => {
    expect(findings(monitor('58.00'))).toEqual(['warning unit.missing 58.00% 58.00']);
  });
  it('says nothing of a figure that is not the rate', () => {
    expect(findings(monitor('85.00'))).toEqual([]);
  });
  it('reads a budget named in brackets before 合计', () => {
    const text = '    评价资金（预算数）合计8,000.00万元，全年执行数7,360.00万元，整体执行率92.00。';
    expect(findings(text)).toEqual(['warning unit.missing 92.00% 92.00']);
  });
  it('leaves a rate with its % to the completion rule', () => {
    expect(findings(monitor('58.00%'))).toEqual([]);
  });
});

describe('a completion rate printed without its % (checkBareCompletion)', () => {
  const fee = (rate: string) =>
    `    （二）公务接待费。支出决算12,480.00元，完成预算的${rate}，占“三公”经费支出的31.20%。`;
  it('warns whatever the budget: 完成预算的 takes a rate', () => {
    expect(findings(fee('78.00'))).toEqual(['warning unit.missing 78.00% 78.00']);
    expect(findings(fee('78.00').replace('完成预算的', '完成年初预算的'))).toEqual([
      'warning unit.missing 78.00% 78.00',
    ]);
  });
  it('says nothing of a rate printed with its %', () => {
    expect(findings(fee('78.00%'))).toEqual([]);
  });
});
