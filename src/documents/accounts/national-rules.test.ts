/**
 * The 审核公式 of the national tables (NATIONAL_BALANCE_RULES) on the Shanghai-layout fixture: it passes
 * them but for its one planted 0.01 note; each mutated copy makes the right rule fire, in 万元 entry
 * mode a difference within rounding is a note and a larger one an error, and the Sichuan seeds (which
 * have none of the national tables) are not touched by them.
 */
import { describe, expect, it } from 'vitest';
import { seed000 } from '../../domain/accounts/fixtures/seed000.ts';
import { seed001 } from '../../domain/accounts/fixtures/seed001.ts';
import {
  NATIONAL_BALANCE_RULES,
  cellsOf,
  checkFinalAccounts,
  evaluateRules,
  type FinalAccounts,
} from '../../domain/accounts/index.ts';
import { shanghaiDistrict2024 } from '../../../test/fixtures/accounts/shanghai-district.ts';

const fixture = shanghaiDistrict2024();

const mutate = (change: (c: FinalAccounts['current']) => void): FinalAccounts => {
  const copy = structuredClone(fixture);
  change(copy.current);
  return copy;
};
const ids = (fa: FinalAccounts) => checkFinalAccounts(fa).map((v) => v.ruleId);
const plus = (yuan: string, by: number) => (Number(yuan) + by).toFixed(2);

describe('national 审核公式', () => {
  it('the fixture passes all but its planted 0.01 note; the seeds are untouched by the national rules', () => {
    expect(ids(fixture)).toEqual(['X-basic']);
    for (const seed of [seed000, seed001])
      expect(evaluateRules(NATIONAL_BALANCE_RULES, cellsOf(seed))).toEqual([]);
  });

  it.each([
    [
      'I-row',
      (c: FinalAccounts['current']) =>
        (c.incomeByFunction!.find((r) => r.code === '2070104')!.businessIncome = '0.00'),
    ],
    [
      'I-kuan-item-total',
      (c: FinalAccounts['current']) => {
        const r = c.incomeByFunction!.find((x) => x.code === '2070101')!;
        r.total = plus(r.total, 10000);
        r.fiscal = plus(r.fiscal!, 10000);
      },
    ],
    [
      'E-row',
      (c: FinalAccounts['current']) =>
        (c.expenditureByFunction!.find((r) => r.code === '2070102')!.project = '0.00'),
    ],
    [
      'X-expenditure-rows-total',
      (c: FinalAccounts['current']) =>
        (c.summary.expenditure.total = plus(c.summary.expenditure.total, 50000)),
    ],
    [
      'F-row',
      (c: FinalAccounts['current']) => (c.fiscalByFunction!.find((r) => r.code === '229')!.fund = '0.00'),
    ],
    [
      'X-general-class',
      (c: FinalAccounts['current']) => {
        const r = c.fiscalByFunction!.find((x) => x.code === '208')!;
        r.general = plus(r.general!, 10000);
        r.total = plus(r.total, 10000);
      },
    ],
    [
      'F-carryForwardStart-by',
      (c: FinalAccounts['current']) => (c.fiscal.carryForwardStartBy!.general = '0.00'),
    ],
    [
      'B-class',
      (c: FinalAccounts['current']) =>
        (c.basicByEconomic.items.find((i) => i.code === '302')!.amount = '0.00'),
    ],
    ['D-carry', (c: FinalAccounts['current']) => (c.governmentFund.carryForwardEnd = '0.00')],
    ['D-split', (c: FinalAccounts['current']) => (c.governmentFund.project = '0.00')],
    [
      'P-sme-reserved',
      (c: FinalAccounts['current']) => (c.procurement.smeReserved = plus(c.procurement.smeContracts, 100)),
    ],
    ['M-grades', (c: FinalAccounts['current']) => (c.performance!.grades!.excellent = 3)],
    ['M-problems', (c: FinalAccounts['current']) => (c.performance!.problemsFixed = 1)],
    [
      'X-office-operation',
      (c: FinalAccounts['current']) => (c.officeOperation = plus(c.basicByEconomic.publicUse, 10000)),
    ],
  ])('%s fires on a mutated copy', (rule, change) => {
    expect(ids(mutate(change))).toContain(rule);
  });

  it('in 万元 entry mode a difference within rounding is a note, a larger one an error', () => {
    const off = (by: number) =>
      checkFinalAccounts(
        mutate((c) => {
          const r = c.fiscalByFunction!.find((x) => x.code === '210')!;
          r.general = plus(r.general!, by);
          r.total = plus(r.total, by);
        }),
      ).filter((v) => v.ruleId === 'X-general-class');
    expect(off(100).map((v) => [v.severity, v.difference, v.unit])).toEqual([['note', '0.01', '万元']]);
    expect(off(200).map((v) => v.severity)).toEqual(['error']);
  });
});
