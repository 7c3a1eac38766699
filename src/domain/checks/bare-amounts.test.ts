import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const findings = (text: string) =>
  checkTextReport(text).findings.map((f) => `${f.severity} ${f.rule} ${f.expected} ${f.found}`);

describe('an amount printed without its unit (bare-amounts.ts)', () => {
  const running = (amount: string) =>
    `    （一）机关运行经费支出情况。2031年度机关运行经费支出${amount}，比2030年度增加4.40万元，增长5.00%，主要原因是新增办公场地。`;
  it('warns, naming the unit of the sentence’s other amounts', () => {
    expect(findings(running('92.40'))).toEqual(['warning unit.missing 92.40万元 92.40']);
  });
  it('says nothing of an amount with its unit', () => {
    expect(findings(running('92.40万元'))).toEqual([]);
  });
  it('does not read a rate, a score or a sentence without another amount', () => {
    const rate = '    本年度预算执行率为92.40，比上年提高1.20个百分点，年初预算120.00万元。';
    expect(findings(rate).filter((f) => f.includes('92.40万元'))).toEqual([]);
    const score = '    该项目资金得分9.40，总分92.40，自评等级为“优”，预算资金120.00万元。';
    expect(findings(score)).toEqual([]);
    expect(findings('    本年度机关运行经费支出92.40，比上年有所增加。')).toEqual([]);
  });
});
