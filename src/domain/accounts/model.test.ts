/** The model's exchange contract and the 科目 catalog. */
import { describe, expect, it } from 'vitest';
import { catalogFor, levelOf, subjectPath } from './catalog.ts';
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

describe('政府收支分类科目 (2020)', () => {
  const ed = catalogFor(2020);
  it('holds every 科目 of seeds 000 and 001, with a 名词解释 for each 项', () => {
    const used = [
      '2011350',
      '2011399',
      '2050803',
      '2080505',
      '2080506',
      '2089901',
      '2101102',
      '2210201',
      '2210203',
      '2010302',
      '2010306',
      '2010350',
      '2010399',
      '2010550',
      '2013750',
      '2019999',
      '2080502',
      '2080801',
    ];
    for (const code of used) {
      expect(levelOf(code)).toBe('项');
      expect(ed.functions.get(code)?.explanation, code).toMatch(/^指/);
    }
    expect(subjectPath('2010306', ed)).toBe(
      '一般公共服务（类）政府办公厅（室）及相关机构事务（款）政务公开审批（项）',
    );
    expect([...ed.functions.keys()].filter((c) => c.length === 3)).toHaveLength(27);
  });
  it('groups 经济分类 into 人员经费 (301, 303) and 公用经费 (302, 310)', () => {
    for (const [code, s] of ed.economic)
      expect(s.group).toBe(code.startsWith('301') || code.startsWith('303') ? 'personnel' : 'publicUse');
    expect(catalogFor(2023).year).toBe(2020);
  });
});
