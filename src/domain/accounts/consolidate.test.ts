/** Consolidation: a department = Σ its units, with transfers between members eliminated. */
import { describe, expect, it } from 'vitest';
import { cellsOf } from './cells.ts';
import { ConsolidationError, consolidate } from './consolidate.ts';
import { seed000 } from './fixtures/seed000.ts';
import type { FinalAccounts } from './model.ts';
import { DEFAULT_BALANCE_RULES, evaluateRules } from './rules.ts';

/** A parent that subsidises seed 000's unit by 50 000元 from its 事业收入, and receives 10 000元 上缴. */
function members(): FinalAccounts[] {
  const child = structuredClone(seed000);
  const s = child.current.summary;
  // The child gets 50 000 上级补助收入 and spends it on 项目; it remits 10 000 to the parent.
  s.income.superiorSubsidy = '50000.00';
  s.income.total = '2387180.00';
  s.expenditure.project = '473800.00';
  s.expenditure.remitToSuperior = '10000.00';
  s.expenditure.total = '2387180.00';
  s.grandTotalIncome = s.grandTotalExpenditure = '2387180.00';

  const parent = structuredClone(seed000);
  parent.unit = { name: '某厅本级', shortName: '', kind: '行政单位' };
  const p = parent.current.summary;
  p.income.businessIncome = '50000.00';
  p.income.subordinateRemittance = '10000.00';
  p.income.total = '2397180.00';
  p.expenditure.subsidyToSubordinates = '50000.00';
  p.expenditure.basic = '1913380.00';
  p.expenditure.total = '2397180.00';
  p.grandTotalIncome = p.grandTotalExpenditure = '2397180.00';
  parent.current.threePublic.vehiclesOwned = { sedan: 2, suv: 1, bus: 0 };
  parent.current.assets.vehicles = { ...parent.current.assets.vehicles, leaders: 1, other: 2, total: 3 };
  return [parent, child];
}

const input = (
  transfers = [
    { kind: 'subsidy' as const, from: '某厅本级', to: '四川省商务厅信息中心', amount: '50000.00' },
    { kind: 'remittance' as const, from: '四川省商务厅信息中心', to: '某厅本级', amount: '10000.00' },
  ],
) => ({
  unit: { name: '某厅', shortName: '', kind: '行政单位' as const },
  year: 2020,
  members: members(),
  transfers,
  previous: seed000.previous,
  texts: {},
});

describe('consolidate', () => {
  it('adds the members and eliminates the transfers between them', () => {
    const dept = consolidate(input());
    const s = dept.current.summary;
    expect(dept.scope).toBe('department');
    expect(s.income).toMatchObject({
      generalBudgetAppropriation: '4674360.00',
      superiorSubsidy: '0.00',
      subordinateRemittance: '0.00',
      businessIncome: '50000.00',
      total: '4724360.00',
    });
    expect(s.expenditure).toMatchObject({
      basic: '3816760.00',
      project: '907600.00',
      subsidyToSubordinates: '0.00',
      remitToSuperior: '0.00',
      total: '4724360.00',
    });
    expect(s.grandTotalIncome).toBe('4724360.00');
    expect(dept.current.generalByFunction.find((r) => r.code === '2011350')).toMatchObject({
      actual: '2355760.00',
      budget: '2379796.00',
    });
    expect(dept.current.threePublic.vehiclesOwned).toEqual({ sedan: 2, suv: 1, bus: 0 });
    expect(dept.current.assets.vehicles.total).toBe(3);
    expect(dept.current.projects).toHaveLength(6);
  });

  it('the consolidation balances (and without elimination, income and expenditure are counted twice)', () => {
    expect(evaluateRules(DEFAULT_BALANCE_RULES, cellsOf(consolidate(input())))).toEqual([]);
    const gross = consolidate(input([]));
    expect(gross.current.summary.income.total).toBe('4784360.00');
  });

  it('refuses a transfer larger than what the members booked, or with a non-member', () => {
    expect(() =>
      consolidate(
        input([{ kind: 'subsidy', from: '某厅本级', to: '四川省商务厅信息中心', amount: '60000.00' }]),
      ),
    ).toThrow(ConsolidationError);
    expect(() =>
      consolidate(input([{ kind: 'subsidy', from: '别的单位', to: '四川省商务厅信息中心', amount: '1.00' }])),
    ).toThrow(/不在合并范围内/);
  });
});
