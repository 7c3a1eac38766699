/** A count bought × its 单价 against the 购置费 of its paragraph (unit-prices.ts). */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const findings = (text: string): string[] =>
  checkTextReport(text).findings.map((f) => `${f.severity} ${f.rule} L${f.line} ${f.expected} ${f.found}`);

const doc = (count: string, price: string) =>
  [
    '某某县林业服务站2025年度“三公”经费决算情况说明',
    `    1.公务用车购置费。年初预算50.00万元，决算45.60万元，完成年初预算的91.20%。2025年购置公务用车${count}辆，为巡护用车，单价${price}万元，主要是原有车辆已达报废年限。`,
  ].join('\n');

describe('count × 单价 = 购置费', () => {
  it('a count the amount does not buy at that price: an error, the count from amount ÷ price', () => {
    expect(findings(doc('3', '22.80'))).toEqual(['error count.unit-price L2 2辆 3辆']);
  });
  it('no whole count at that price: a warning', () => {
    expect(findings(doc('2', '21.50'))).toEqual(['warning count.unit-price L2 43.00万元 45.60万元']);
  });
  it('the clean paragraph: nothing', () => {
    expect(findings(doc('2', '22.80'))).toEqual([]);
  });
});
