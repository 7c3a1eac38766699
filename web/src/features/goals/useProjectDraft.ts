// The editable copy of a project and its goal table: fields, rows (each with a stable key for React),
// the dirty flag, the edits a merged 一级 / 二级 cell makes to its whole run, and the budget totals and
// execution rate computed with the domain's exact decimals as the user types.
import { useCallback, useMemo } from 'react';
import { useSeeded } from '../../shared/api/useSeeded';
import { completionPercent, fixed, isDecimalString, sum } from '../../../../src/domain/money/index.ts';
import type { IndicatorRow, ProjectDetail, ProjectFields } from './api';

export type GoalRow = IndicatorRow & { key: string };
export type MoneyField = 'budgetFiscal' | 'budgetOther' | 'executedFiscal' | 'executedOther';
export const MONEY_FIELDS: readonly MoneyField[] = [
  'budgetFiscal',
  'budgetOther',
  'executedFiscal',
  'executedOther',
];

/** A money field as typed: the trimmed decimal, or null when it is not a number. */
export const money = (v: string) => (isDecimalString(v.trim()) ? v.trim() : null);

let keySeq = 0;
const withKey = (r: IndicatorRow): GoalRow => ({ ...r, key: `r${++keySeq}` });

type Draft = { fields: ProjectFields; rows: GoalRow[]; dirty: boolean };

function seed(p: ProjectDetail): Draft {
  return {
    fields: {
      name: p.name,
      budgetFiscal: p.budgetFiscal,
      budgetOther: p.budgetOther,
      executedFiscal: p.executedFiscal,
      executedOther: p.executedOther,
      goalExpected: p.goalExpected,
      goalActual: p.goalActual,
    },
    rows: p.indicators.map(
      ({ level1, level2, level3, target, standards, actual, deviationReason, improvement, ...lib }) =>
        withKey({
          level1,
          level2,
          level3,
          target,
          standards,
          actual,
          deviationReason,
          improvement,
          // The indicator's id (its 佐证材料 follow it), 指标方向 and what the 指标库 gave the row, sent back as they came.
          ...(lib.id ? { id: lib.id } : {}),
          ...(lib.direction !== undefined ? { direction: lib.direction } : {}),
          ...(lib.unit !== undefined ? { unit: lib.unit } : {}),
          ...(lib.scoringRule !== undefined ? { scoringRule: lib.scoringRule } : {}),
          ...(lib.libraryCode !== undefined ? { libraryCode: lib.libraryCode } : {}),
        }),
    ),
    dirty: false,
  };
}

export const emptyIndicator = (after?: IndicatorRow): IndicatorRow => ({
  level1: after?.level1 ?? '产出指标',
  level2: after?.level2 ?? '数量指标',
  level3: '',
  target: '',
  standards: null,
  actual: '',
  deviationReason: '',
  improvement: '',
});

export function useProjectDraft(project: ProjectDetail | undefined, updatedAt: number) {
  const [draft, setDraft] = useSeeded(project, updatedAt, seed);

  const edit = useCallback(
    (change: (d: Draft) => Partial<Draft>) => setDraft((d) => (d ? { ...d, ...change(d), dirty: true } : d)),
    [setDraft],
  );

  const actions = useMemo(
    () => ({
      setField: (k: keyof ProjectFields, v: string) => edit((d) => ({ fields: { ...d.fields, [k]: v } })),
      setRow: (index: number, patch: Partial<IndicatorRow>) =>
        edit((d) => ({ rows: d.rows.map((r, i) => (i === index ? { ...r, ...patch } : r)) })),
      /** A merged cell edits every row of its run. */
      setRun: (start: number, length: number, patch: Partial<IndicatorRow>) =>
        edit((d) => ({
          rows: d.rows.map((r, i) => (i >= start && i < start + length ? { ...r, ...patch } : r)),
        })),
      addRow: () => edit((d) => ({ rows: [...d.rows, withKey(emptyIndicator(d.rows[d.rows.length - 1]))] })),
      removeRow: (index: number) => edit((d) => ({ rows: d.rows.filter((_r, j) => j !== index) })),
    }),
    [edit],
  );

  const fields = draft?.fields ?? null;
  const totals = useMemo(() => {
    if (!fields) return null;
    const parts = MONEY_FIELDS.map((k) => money(fields[k]));
    if (parts.some((p) => p === null)) return null;
    const budget = sum([parts[0]!, parts[1]!]);
    const executed = sum([parts[2]!, parts[3]!]);
    const rate = completionPercent(executed, budget);
    return {
      budget: fixed(budget, 2),
      executed: fixed(executed, 2),
      rate: rate ? `${fixed(rate, 2)}%` : '—',
    };
  }, [fields]);

  /** The first money field that is not a number, if any (saving is refused with a Chinese message). */
  const badMoney = fields ? (MONEY_FIELDS.find((k) => money(fields[k]) === null) ?? null) : null;
  /** The rows as the server takes them (without the React keys). */
  const indicators = (draft?.rows ?? []).map(({ key: _key, ...r }) => r);

  return { draft, totals, badMoney, indicators, ...actions };
}
