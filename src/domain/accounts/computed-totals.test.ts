/** The totals the entry form computes: the seeds (which balance) are unchanged; an edit moves its totals. */
import { describe, expect, it } from 'vitest';
import { cellsOf } from './cells.ts';
import { seed000 } from './fixtures/seed000.ts';
import { seed001 } from './fixtures/seed001.ts';
import { COMPUTED_PATHS, canonicalAccounts, isComputedSubjectRow, recomputeTotals } from './layout.ts';
import { DEFAULT_BALANCE_RULES, evaluateRules } from './rules.ts';

describe('computed totals of the entry form', () => {
  it.each([
    ['000', seed000],
    ['001', seed001],
  ] as const)('leave seed %s as it is (its totals already add up)', (_, fa) => {
    expect(canonicalAccounts(recomputeTotals(fa))).toEqual(canonicalAccounts(fa));
  });

  it('carries an edited source into 本年收入合计 and 收入总计, and a 项 into its 款 and 类', () => {
    const fa = structuredClone(seed001);
    fa.current.summary.income.otherIncome = (Number(fa.current.summary.income.otherIncome) + 1000).toFixed(2);
    const item = fa.current.generalByFunction.find((r) => r.code === '2011350')!;
    item.actual = (Number(item.actual) + 50).toFixed(2);
    item.basic = (Number(item.basic) + 50).toFixed(2);
    const out = recomputeTotals(fa);
    const s = out.current.summary;
    expect(Number(s.income.total) - Number(seed001.current.summary.income.total)).toBe(1000);
    expect(Number(s.grandTotalIncome) - Number(seed001.current.summary.grandTotalIncome)).toBe(1000);
    const row = (code: string) => out.current.generalByFunction.find((r) => r.code === code)!;
    const before = (code: string) => seed001.current.generalByFunction.find((r) => r.code === code)!;
    for (const code of ['201', '20113'])
      expect(Number(row(code).actual) - Number(before(code).actual)).toBeCloseTo(50, 2);
    // The table stays balanced within itself: no 类/款 = Σ项 or 本年收入合计 violation.
    const ids = evaluateRules(DEFAULT_BALANCE_RULES, cellsOf(out)).map((v) => v.ruleId);
    expect(ids).not.toContain('S-income-total');
    expect(ids.filter((i) => i.startsWith('G-'))).toEqual([]);
    expect(COMPUTED_PATHS.has('current.summary.income.total')).toBe(true);
    expect(isComputedSubjectRow(out, '201')).toBe(true);
    expect(isComputedSubjectRow(out, '2011350')).toBe(false);
  });
});
