/**
 * A budget and its adjustments in one paragraph (prose-budget-history.ts), and a 执行率 after them
 * (prose-completion.ts). Units, names and figures are made up.
 */
import { describe, expect, it } from 'vitest';
import { checkTextReport } from './index.ts';

const errors = (text: string): string[] =>
  checkTextReport(text, { year: 2025 })
    .findings.filter((f) => f.severity === 'error')
    .map((f) => `${f.line} ${f.rule} ${f.found}`);

const sources = (added: string, total = '712.00') =>
  `    项目年初预算640.00万元，其中市级财政资金560.00万元、上级补助资金80.00万元。年中经市财政局批复追加市级财政资金${added}万元，调整后全年预算${total}万元，其中市级财政资金632.00万元、上级补助资金80.00万元。`;

describe('年初预算 + 追加 = 调整后预算', () => {
  it('holds, the sources after 其中 aside', () => {
    const r = checkTextReport(sources('72.00'), { year: 2025 });
    expect(r.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(
      r.claims.some((c) => c.verified && c.arithmetic.startsWith('年初预算640.00 + 追加72.00 = 712.00万元')),
    ).toBe(true);
  });
  it('finds an adjustment that does not give the adjusted budget', () => {
    expect(errors(sources('82.00'))).toEqual(['1 sum.budget-adjustment 712.00万元']);
  });
  it('takes a cut off', () => {
    const text = (total: string) =>
      `    部门年初预算2,150.00万元，年中追加186.40万元，调减42.10万元，调整后预算${total}万元。`;
    expect(errors(text('2,294.30'))).toEqual([]);
    expect(errors(text('2,378.50'))).toEqual(['1 sum.budget-adjustment 2378.50万元']);
  });
  it('reads nothing when a spending stands between', () => {
    expect(errors('    年初预算300.00万元，执行280.00万元，追加20.00万元，全年预算330.00万元。')).toEqual([]);
  });
});

describe('an execution rate after the budget and its adjustment', () => {
  const text = (rate: string) =>
    `    项目年初预算640.00万元，全年调整增加72.00万元，全年预算712.00万元，全年执行688.43万元，预算执行率${rate}%。`;
  it('is read with the adjustment set aside', () => {
    expect(errors(text('96.69'))).toEqual([]);
    expect(errors(text('95.69'))).toEqual(['1 completion.percent 95.69%']);
  });
});
