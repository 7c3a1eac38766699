// 从绩效目标带入 on a saved 决算: missing projects added, empty fields filled, typed figures only listed
// (replaced when confirmed), projects without goals untouched.
import { describe, expect, it } from 'vitest';
import {
  applyProjectsFromGoals,
  findProjectOverrides,
  overridesMadeBy,
  overrideReasonMessage,
  planProjectsFromGoals,
  type AccountsProjectRow,
} from './projects-from-goals.ts';

const row = (over: Partial<AccountsProjectRow>): AccountsProjectRow => ({
  name: '',
  budget: '0.00',
  actual: '0.00',
  summary: '',
  problems: '',
  measures: '',
  ...over,
});

const saved = [
  row({ name: '信息化运维', budget: '323500.00', actual: '316800', summary: '保障运作', problems: '进度慢' }),
  row({ name: '清偿欠款', budget: '0.00', actual: '15000.00' }),
  row({ name: '自有项目', budget: '1000.00', actual: '900.00' }),
];
const goals = [
  { name: '信息化运维', budget: '323500.00', actual: '316800.00', summary: '保障运作' },
  { name: '清偿欠款', budget: '20000.00', actual: '18000.00', summary: '清偿完毕' },
  { name: '设备采购', budget: '50000.00', actual: '49000.00', summary: '' },
];

describe('从绩效目标带入', () => {
  it('lists what would change: same (figures equal by value), fills, overwrites, additions', () => {
    expect(planProjectsFromGoals(saved, goals)).toEqual([
      { name: '信息化运维', kind: 'same' },
      {
        name: '清偿欠款',
        kind: 'update',
        fills: [
          { field: 'budget', label: '预算数', from: '0.00', to: '20000.00' },
          { field: 'summary', label: '实施成效', from: '', to: '清偿完毕' },
        ],
        overwrites: [{ field: 'actual', label: '执行数', from: '15000.00', to: '18000.00' }],
      },
      {
        name: '设备采购',
        kind: 'add',
        row: row({ name: '设备采购', budget: '50000.00', actual: '49000.00' }),
      },
    ]);
  });

  it('never replaces a typed figure unless its project is confirmed; leaves projects without goals alone', () => {
    const kept = applyProjectsFromGoals(saved, goals);
    expect(kept.map((r) => [r.name, r.budget, r.actual, r.summary])).toEqual([
      ['信息化运维', '323500.00', '316800', '保障运作'],
      ['清偿欠款', '20000.00', '15000.00', '清偿完毕'],
      ['自有项目', '1000.00', '900.00', ''],
      ['设备采购', '50000.00', '49000.00', ''],
    ]);
    expect(kept[0]!.problems).toBe('进度慢');
    const confirmed = applyProjectsFromGoals(saved, goals, ['清偿欠款']);
    expect(confirmed[1]!.actual).toBe('18000.00');
    // Applying again changes nothing more.
    expect(planProjectsFromGoals(confirmed, goals).every((i) => i.kind === 'same')).toBe(true);
  });
});

describe('a 预算数 / 执行数 changed away from the goals needs a 修改原因', () => {
  const rows = [
    row({ name: '信息化运维', budget: '323500', actual: '300000.00' }),
    row({ name: '清偿欠款', budget: '0.00', actual: '15000.00' }),
    row({ name: '自有项目', budget: '1000.00', actual: '900.00' }),
  ];

  it('finds the figures that differ by value from the goals, not those equal or the goals leave empty', () => {
    const found = findProjectOverrides(rows, goals).map(
      (o) => `${o.name}|${o.field}|${o.prefilled}|${o.value}`,
    );
    // 323500 = 323500.00; 清偿欠款's 预算数 of 0 is a blank to fill, not an override; 自有项目 has no goals.
    expect(found).toEqual(['信息化运维|actual|316800.00|300000.00', '清偿欠款|actual|18000.00|15000.00']);
    expect(
      findProjectOverrides(rows, [{ name: '信息化运维', budget: '', actual: '0', summary: '' }]),
    ).toEqual([]);
  });

  it("on a new document every difference is the user's override; its reason is read trimmed", () => {
    expect(overridesMadeBy(rows, null, goals).map((o) => o.name + o.field)).toEqual([
      '信息化运维actual',
      '清偿欠款actual',
    ]);
    const explained = rows.map((r) =>
      r.name === '信息化运维' ? { ...r, overrideReasons: { actual: '  部分合同次年支付  ' } } : r,
    );
    const missing = overridesMadeBy(explained, null, goals).filter((o) => o.reason === '');
    expect(missing.map((o) => o.name + o.field)).toEqual(['清偿欠款actual']);
    expect(findProjectOverrides(explained, goals)[0]!.reason).toBe('部分合同次年支付');
  });

  it('on a saved document only the figures this save changes need one (goals changed later do not)', () => {
    const before = rows;
    const after = rows.map((r) => (r.name === '清偿欠款' ? { ...r, actual: '16000.00' } : r));
    expect(overridesMadeBy(after, before, goals).map((o) => o.name + o.field)).toEqual(['清偿欠款actual']);
    expect(overridesMadeBy(rows, before, goals)).toEqual([]);
    // A row added in this save is the user's change.
    const added = [...rows, row({ name: '设备采购', budget: '50000.00', actual: '40000.00' })];
    expect(overridesMadeBy(added, before, goals).map((o) => o.name + o.field)).toEqual(['设备采购actual']);
  });

  it('names the project, the figure and both amounts in its message', () => {
    const [o] = overridesMadeBy(rows, null, goals);
    expect(overrideReasonMessage(o!)).toBe(
      '项目“信息化运维”的「执行数」与绩效目标带入的数不同（带入：316,800.00元，现填：300,000.00元），修改带入的数据须填写修改原因。',
    );
  });
});
