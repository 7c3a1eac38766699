/** The model's exchange contract (the 科目 catalogue is tested in catalog.test.ts). */
import { describe, expect, it } from 'vitest';
import { seed000 } from './fixtures/seed000.ts';
import { readFinalAccounts } from './model.ts';

describe('final-accounts model', () => {
  it('round-trips through JSON', () => {
    const r = readFinalAccounts(JSON.parse(JSON.stringify(seed000)));
    expect(r.ok && r.value).toEqual(seed000);
  });
  it('refuses a JSON number for money and names the path', () => {
    const bad = JSON.parse(JSON.stringify(seed000));
    bad.current.summary.income.total = 2337180;
    bad.current.generalByFunction[0].code = '20';
    const r = readFinalAccounts(bad);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.problems.map((p) => p.path)).toEqual([
        'current.summary.income.total',
        'current.generalByFunction.0.code',
      ]);
  });
});
