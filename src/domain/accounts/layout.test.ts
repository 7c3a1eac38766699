import { describe, expect, it } from 'vitest';
import { cellsOf } from './cells.ts';
import { seed001 } from './fixtures/seed001.ts';
import {
  ACCOUNTS_LAYOUT,
  blankFinalAccounts,
  canonicalAccounts,
  getPath,
  layoutFields,
  setPath,
  unknownSubjectCodes,
  violationKey,
} from './layout.ts';
import { DEFAULT_BALANCE_RULES, evaluateRules } from './rules.ts';

describe('accounts layout', () => {
  it('gives every fixed cell of the balance rules a field, and every field a value of the document', () => {
    const cells = cellsOf(seed001);
    const fixedCells = [...cells.keys()].filter(
      (k) => !k.startsWith('general/') && !/^basic\/\d{5}\//.test(k),
    );
    const covered = new Set(
      layoutFields()
        .map((f) => f.field.cell)
        .filter(Boolean),
    );
    expect(fixedCells.filter((k) => !covered.has(k))).toEqual([]);
    for (const { field } of layoutFields()) {
      if (field.optional) continue;
      expect(getPath(seed001, field.path), field.path).toBeDefined();
      if (field.cell) expect(cells.has(field.cell), field.cell).toBe(true);
    }
  });

  it('has unique sheet names no longer than Excel allows', () => {
    const names = ACCOUNTS_LAYOUT.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names.every((n) => n.length <= 31 && !/[[\]:*?/\\]/.test(n))).toBe(true);
  });

  it('starts a blank document that balances, and writes amounts canonically', () => {
    const blank = blankFinalAccounts({ name: '测试单位' }, 2020);
    expect(evaluateRules(DEFAULT_BALANCE_RULES, cellsOf(blank))).toEqual([]);
    const c = canonicalAccounts(setPath(seed001, 'current.officeOperation', '12.5'));
    expect(c.current.officeOperation).toBe('12.50');
    expect(c.current.summary.income.governmentFundAppropriation).toBe('0.00');
    expect(c.current.generalByFunction.map((r) => r.code)).toEqual(
      [...seed001.current.generalByFunction.map((r) => r.code)].sort(),
    );
    expect(seed001.current.officeOperation).toBe('0'); // setPath copies
  });

  it('keys violations by rule and place, and finds codes outside the catalogue', () => {
    expect(
      violationKey({ ruleId: 'B-total', location: { table: 'basic', row: 'total', column: 'amount' } }),
    ).toBe('B-total@basic/total/amount');
    const odd = setPath(seed001, 'current.generalByFunction', [
      ...seed001.current.generalByFunction,
      { code: '2019998', budget: '0', actual: '0' },
    ]);
    expect(unknownSubjectCodes(odd)).toEqual({ functions: ['2019998'], economic: [] });
  });
});
