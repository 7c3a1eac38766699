/**
 * 从绩效目标带入 for a 决算 already saved (issue 15, no figure typed twice): its project rows
 * (项目绩效目标完成情况) compared with what the goals give (src/domain/scoring/prefill.ts
 * `accountsProjectRows`), row by row by project name. A project of the goals the 决算 lacks is added; an
 * empty field (预算数 / 执行数 of 0, no 实施成效) is filled; a field the user typed that differs from the goals
 * is only listed — it is replaced only for the projects the user confirms. Rows of projects without goals
 * are left as they are. Pure: the feature reads the rows and saves the result.
 */
import { dec, grouped } from '../money/index.ts';

export type AccountsProjectRow = {
  name: string;
  budget: string;
  actual: string;
  summary: string;
  problems: string;
  measures: string;
  score?: string | undefined;
  grade?: '优' | '良' | '合格' | '不合格' | undefined;
  /** 修改原因 of a 预算数 / 执行数 that differs from what the goals give (see `missingOverrideReasons`). */
  overrideReasons?: Partial<Record<AmountField, string>> | undefined;
};

/** The figures of a project row that come from the goals and need a reason when changed. */
export type AmountField = 'budget' | 'actual';

export type GoalsProjectRow = Pick<AccountsProjectRow, 'name' | 'budget' | 'actual' | 'summary'>;

export type ProjectField = 'budget' | 'actual' | 'summary';

/** The fields as the 决算 form names them. */
export const PROJECT_FIELD_LABELS: Record<ProjectField, string> = {
  budget: '预算数',
  actual: '执行数',
  summary: '实施成效',
};

export type ProjectFieldChange = { field: ProjectField; label: string; from: string; to: string };

export type ProjectsFromGoalsItem =
  /** The goals have the project, the 决算 does not: added as a new row. */
  | { name: string; kind: 'add'; row: AccountsProjectRow }
  /**
   * The 决算 has the project: `fills` are empty fields taken from the goals; `overwrites` are figures the user
   * typed that differ from the goals (replaced only when confirmed). Neither: `same`.
   */
  | { name: string; kind: 'update'; fills: ProjectFieldChange[]; overwrites: ProjectFieldChange[] }
  | { name: string; kind: 'same' };

const FIELDS: readonly ProjectField[] = ['budget', 'actual', 'summary'];

const isAmount = (f: ProjectField) => f !== 'summary';

function isEmpty(field: ProjectField, value: string | undefined): boolean {
  const v = (value ?? '').trim();
  if (v === '') return true;
  if (!isAmount(field)) return false;
  try {
    return dec(v).isZero();
  } catch {
    return false;
  }
}

function same(field: ProjectField, a: string, b: string): boolean {
  if (!isAmount(field)) return a.trim() === b.trim();
  try {
    return dec(a.trim() || '0').eq(dec(b.trim() || '0'));
  } catch {
    return a.trim() === b.trim();
  }
}

const key = (name: string) => name.trim();

/** What bringing in the goals would change, one item per project of the goals (in the goals' order). */
export function planProjectsFromGoals(
  rows: readonly AccountsProjectRow[],
  goals: readonly GoalsProjectRow[],
): ProjectsFromGoalsItem[] {
  const byName = new Map(rows.map((r) => [key(r.name), r]));
  return goals.map((g): ProjectsFromGoalsItem => {
    const row = byName.get(key(g.name));
    if (!row)
      return {
        name: g.name,
        kind: 'add',
        row: {
          name: g.name,
          budget: g.budget,
          actual: g.actual,
          summary: g.summary,
          problems: '',
          measures: '',
        },
      };
    const fills: ProjectFieldChange[] = [];
    const overwrites: ProjectFieldChange[] = [];
    for (const field of FIELDS) {
      const from = row[field] ?? '';
      const to = g[field] ?? '';
      if (isEmpty(field, to) || same(field, from, to)) continue;
      const change = { field, label: PROJECT_FIELD_LABELS[field], from, to };
      (isEmpty(field, from) ? fills : overwrites).push(change);
    }
    return fills.length || overwrites.length
      ? { name: row.name, kind: 'update', fills, overwrites }
      : { name: row.name, kind: 'same' };
  });
}

/**
 * The rows after bringing in the goals: additions appended, empty fields filled, and the differing figures
 * of the projects named in `confirmed` replaced; every other row and field as it was.
 */
export function applyProjectsFromGoals(
  rows: readonly AccountsProjectRow[],
  goals: readonly GoalsProjectRow[],
  confirmed: readonly string[] = [],
): AccountsProjectRow[] {
  const plan = planProjectsFromGoals(rows, goals);
  const ok = new Set(confirmed.map(key));
  const updates = new Map(plan.flatMap((i) => (i.kind === 'update' ? [[key(i.name), i] as const] : [])));
  const out = rows.map((r) => {
    const u = updates.get(key(r.name));
    if (!u) return r;
    const changes = [...u.fills, ...(ok.has(key(r.name)) ? u.overwrites : [])];
    return changes.reduce<AccountsProjectRow>((acc, c) => ({ ...acc, [c.field]: c.to }), { ...r });
  });
  for (const i of plan) if (i.kind === 'add') out.push(i.row);
  return out;
}

/** A 预算数 / 执行数 of a project row that differs from what the goals give for the same project. */
export type ProjectOverride = {
  name: string;
  field: AmountField;
  label: string;
  /** What the goals give and what the row says (元, as stored). */
  prefilled: string;
  value: string;
  reason: string;
};

const AMOUNT_FIELDS: readonly AmountField[] = ['budget', 'actual'];

/**
 * Every 预算数 / 执行数 that differs (by value) from the goals' figure for the project of the same name. A
 * project without goals, or a figure the goals leave empty, is not an override: there is nothing brought in;
 * nor is a figure left empty (0), which 从绩效目标带入 fills.
 */
export function findProjectOverrides(
  rows: readonly AccountsProjectRow[],
  goals: readonly GoalsProjectRow[],
): ProjectOverride[] {
  const byName = new Map(goals.map((g) => [key(g.name), g]));
  return rows.flatMap((row) => {
    const g = byName.get(key(row.name));
    if (!g) return [];
    return AMOUNT_FIELDS.flatMap((field): ProjectOverride[] =>
      isEmpty(field, g[field]) || isEmpty(field, row[field]) || same(field, row[field], g[field])
        ? []
        : [
            {
              name: row.name.trim(),
              field,
              label: PROJECT_FIELD_LABELS[field],
              prefilled: g[field],
              value: row[field],
              reason: (row.overrideReasons?.[field] ?? '').trim(),
            },
          ],
    );
  });
}

/**
 * The overrides a save makes: a figure that differs from the goals and that this save changed (`before`
 * null: the document is new, so every difference is the user's). One that differs only because the goals
 * changed after it was saved is not the user's change. Those with an empty `reason` are refused.
 */
export function overridesMadeBy(
  rows: readonly AccountsProjectRow[],
  before: readonly AccountsProjectRow[] | null,
  goals: readonly GoalsProjectRow[],
): ProjectOverride[] {
  const old = new Map((before ?? []).map((r) => [key(r.name), r]));
  return findProjectOverrides(rows, goals).filter((o) => {
    const was = old.get(key(o.name));
    return before === null || !was || !same(o.field, was[o.field], o.value);
  });
}

/** The refusal of an override without a reason, naming the row and the figure as the form shows them. */
export function overrideReasonMessage(o: ProjectOverride): string {
  return (
    `项目“${o.name}”的「${o.label}」与绩效目标带入的数不同（带入：${grouped(o.prefilled)}元，` +
    `现填：${grouped(o.value)}元），修改带入的数据须填写修改原因。`
  );
}
