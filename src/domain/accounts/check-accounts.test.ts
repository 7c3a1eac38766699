/** One list of 审核公式 violations and catalogue warnings, which of them need a reason, and how one is printed. */
import { describe, expect, it } from 'vitest';
import { auditAccounts, describeViolation, unexplainedViolations } from './check-accounts.ts';
import { seed000 } from './fixtures/seed000.ts';
import { seed001 } from './fixtures/seed001.ts';
import { setPath } from './layout.ts';
import type { FinalAccounts } from './model.ts';

describe('auditAccounts', () => {
  it('finds nothing in the seeds', () => {
    expect(auditAccounts(seed000)).toEqual([]);
    expect(auditAccounts(seed001)).toEqual([]);
  });
  it('lists balance violations and catalogue warnings; only the former need a reason', () => {
    let fa = setPath(seed000, 'current.summary.income.total', '2337190.00') as FinalAccounts;
    fa = setPath(fa, 'current.generalByFunction', [
      ...fa.current.generalByFunction,
      { code: '2019998', name: '自定义事务', budget: '0.00', actual: '0.00' },
    ]) as FinalAccounts;
    const all = auditAccounts(fa);
    expect(all.map((v) => v.key)).toEqual([
      'S-income-total@summary/income.total/amount',
      'S-grand-income@summary/grandTotalIncome/amount',
      'K-unknown@general/2019998/name',
    ]);
    const open = unexplainedViolations(all, { 'S-grand-income@summary/grandTotalIncome/amount': '见说明' });
    expect(open.map((v) => v.key)).toEqual(['S-income-total@summary/income.total/amount']);
    expect(describeViolation(all[0]!)).toEqual([
      '[错误] 表内 收入支出决算总表 · 本年收入合计 · 决算数',
      expect.stringMatching(/^ {2}公式：本年收入合计 = .*（summary\/income\.total\/amount = /),
      expect.stringMatching(/^ {2}算式：/),
      '  左边 2,337,190.00 元，右边 2,337,180.00 元，差额 10.00 元',
      '  键：S-income-total@summary/income.total/amount',
    ]);
  });
  it('shows a per-row rule for the row it failed on', () => {
    const rows = seed000.current.generalByFunction.map((r) =>
      r.code === '20805' ? { ...r, actual: (Number(r.actual) + 1).toFixed(2) } : r,
    );
    const fa = setPath(seed000, 'current.generalByFunction', rows) as FinalAccounts;
    const v = auditAccounts(fa).find((x) => x.ruleId === 'G-kuan-item-actual')!;
    expect(describeViolation(v)[1]).toContain('general/20805/actual = sum(general/20805??/actual)');
  });
});
