/**
 * No figure typed twice: which facts of a self-evaluation (自评的评价数据) are taken from what the unit
 * already entered — the goal table's 预期指标值 / 实际完成值 and the project's 执行数 / 预算数 — and what
 * counts as overriding such a figure (which then needs a reason).
 *
 * Which source fills which input, per rule kind of a leaf:
 *  - 预算执行率 (budget-execution): 执行数 ← the project's 执行数, 预算数 ← its 预算数 (万元, all funding sources);
 *  - 偏离度计分 (deviation): the items ← every goal row under a 数量指标 二级 (named 项目名：三级 for a
 *    department-wide evaluation, which reads the goal tables of all its projects);
 *  - 比率分值法 by actual/target or target/actual, 按指标方向 (not 定性): 目标 ← 预期指标值, 实际 ← 实际完成值;
 *  - 优良中差标准: 实际值 ← 实际完成值; 分档 (tiers): 测得值 ← 实际完成值, only from the row of the same name
 *    (a band's unit is only in its words);
 *  - 公式计分: a variable named 实际… ← the actual figure, 预计… / 设定… / 计划… / 目标… / 预期… ← the target
 *    figure, both as numbers in the target's printed unit (only when both texts are figures that compare);
 *  - 是否评分法: 符合 ← the goal row is met (only when the comparison is certain).
 * A leaf takes the goal row whose 三级指标 is the leaf's name; else the one row of the matching 二级
 * (数量 / 质量 / 时效 / 成本 / 经济效益 / 社会效益 / 生态效益 / 可持续 / 满意度, read from the leaf's name
 * without its bracketed note). Several candidate rows fill nothing: the leaf gets a hint naming them.
 */
import {
  comparableActual,
  evaluateGoal,
  leaves,
  parseValue,
  soleQuantity,
  type IndicatorNode,
  type IndicatorTemplate,
} from '../indicators/index.ts';
import { readDecimal, type DeviationItem, type IndicatorInput } from './rule-context.ts';
import { fixed, sum } from '../money/index.ts';
import type { AccountsProjectRow } from '../accounts/projects-from-goals.ts';

/** One row of a goal table as the prefill reads it. */
export type PrefillGoal = {
  /** The project's name; set for a department-wide evaluation reading several projects. */
  project?: string | undefined;
  level1: string;
  level2: string;
  level3: string;
  target: string;
  actual: string;
};

export type PrefillFacts = {
  /** The evaluated project's amounts (万元 as stored); null for a department-wide evaluation. */
  project: {
    name: string;
    budgetFiscal: string;
    budgetOther: string;
    executedFiscal: string;
    executedOther: string;
  } | null;
  goals: readonly PrefillGoal[];
};

/** A figure as the inputs hold it: text, a yes/no, or the deviation items. */
export type PrefillValue = string | boolean | DeviationItem[];

export type PrefilledField = {
  /** The input's key: target, actual, value, met, executed, budget, items, or values.<variable>. */
  field: string;
  /** The field as the form labels it (目标, 实际, 执行数 …). */
  label: string;
  value: PrefillValue;
  /** Where it came from, as the form shows it: 「来自绩效目标：…」. */
  source: string;
};

export type LeafPrefill = {
  leafId: string;
  /** The leaf's name as the form shows it (一级 > … > leaf). */
  leafName: string;
  fields: PrefilledField[];
  /** Why nothing was filled although the goals have candidates (several rows of the same kind). */
  hint?: string;
};

const KINDS: ReadonlyArray<{ name: string; pattern: RegExp }> = [
  { name: '经济效益', pattern: /经济效益/ },
  { name: '社会效益', pattern: /社会效益/ },
  { name: '生态效益', pattern: /生态效益|环境效益/ },
  { name: '可持续影响', pattern: /可持续/ },
  { name: '满意度', pattern: /满意/ },
  { name: '数量', pattern: /数量/ },
  { name: '质量', pattern: /质量/ },
  { name: '时效', pattern: /时效/ },
  { name: '成本', pattern: /成本/ },
];

/** A leaf's name without its bracketed note ("经济效益（降低办事成本）" → "经济效益"). */
function bareName(name: string): string {
  return name
    .replace(/[（(][^）)]*[）)]/g, '')
    .replace(/\s+/g, '')
    .trim();
}

function kindOf(text: string): string | null {
  const t = bareName(text);
  return KINDS.find((k) => k.pattern.test(t))?.name ?? null;
}

function rowName(g: PrefillGoal): string {
  return g.project ? `${g.project}：${g.level3}` : g.level3;
}

function rowPath(g: PrefillGoal): string {
  const path = [g.level1, g.level2, g.level3].filter((x) => x.trim() !== '').join(' > ');
  return g.project ? `${g.project} · ${path}` : path;
}

/** The goal row a leaf reads: by its exact 三级 name, else the sole row of its kind. */
function matchRow(
  node: IndicatorNode,
  goals: readonly PrefillGoal[],
): { row: PrefillGoal; exact: boolean } | { candidates: PrefillGoal[]; kind: string } | null {
  const exact = goals.filter((g) => g.level3.trim() === node.name.trim());
  if (exact.length === 1) return { row: exact[0]!, exact: true };
  const kind = kindOf(node.name);
  if (!kind) return null;
  const same = goals.filter((g) => kindOf(g.level2) === kind);
  if (same.length === 1) return { row: same[0]!, exact: false };
  if (same.length > 1) return { candidates: same, kind };
  return null;
}

/** Both texts as numbers in the target's printed unit, when they are figures that compare. */
function figures(target: string, actual: string): { target: string; actual: string } | null {
  const t = soleQuantity(parseValue(target));
  if (!t) return null;
  const a = comparableActual(t, parseValue(actual));
  if (!a) return null;
  const perUnit = t.number.isZero() ? null : t.value.div(t.number);
  const actualPrinted = perUnit && !perUnit.isZero() ? a.value.div(perUnit) : a.number;
  return { target: t.number.toString(), actual: actualPrinted.toString() };
}

const TARGET_VARIABLE = /^(预计|设定|计划|目标|预期)/;
const ACTUAL_VARIABLE = /^实际/;

function fromRow(node: IndicatorNode, row: PrefillGoal, exact: boolean): PrefilledField[] {
  const rule = node.rule;
  if (!rule) return [];
  const where = rowPath(row);
  const target = (label = '目标'): PrefilledField => ({
    field: 'target',
    label,
    value: row.target,
    source: `来自绩效目标：${where}（预期指标值）`,
  });
  const actual = (field = 'actual', label = '实际'): PrefilledField => ({
    field,
    label,
    value: row.actual,
    source: `来自绩效目标：${where}（实际完成值）`,
  });
  const filled = (f: PrefilledField) => typeof f.value !== 'string' || f.value.trim() !== '';
  switch (rule.kind) {
    case 'ratio':
      if (rule.basis === 'rate' || rule.basis === 'one-minus-rate') return [];
      return [target(), actual()].filter(filled);
    case 'direction':
      return rule.direction === 'qualitative' ? [] : [target(), actual()].filter(filled);
    case 'grade-standard':
      return [actual('actual', '实际值')].filter(filled);
    case 'tiers':
      // Bands carry their unit only in words ("5件以上"): a figure of another measure of the same kind
      // (满意度 95% against 投诉 件) would land in a wrong band, so only the very same indicator fills it.
      return exact ? [actual('value', '测得值')].filter(filled) : [];
    case 'formula': {
      const f = figures(row.target, row.actual);
      if (!f) return [];
      const out: PrefilledField[] = [];
      for (const v of rule.variables) {
        if (ACTUAL_VARIABLE.test(v))
          out.push({
            field: `values.${v}`,
            label: v,
            value: f.actual,
            source: `来自绩效目标：${where}（实际完成值 ${row.actual}）`,
          });
        else if (TARGET_VARIABLE.test(v))
          out.push({
            field: `values.${v}`,
            label: v,
            value: f.target,
            source: `来自绩效目标：${where}（预期指标值 ${row.target}）`,
          });
      }
      return out;
    }
    case 'yes-no': {
      if (!row.actual.trim()) return [];
      const judged = evaluateGoal(row.target, row.actual);
      if (judged.status === 'undetermined') return [];
      return [
        {
          field: 'met',
          label: '符合要求',
          value: judged.status === 'met',
          source: `来自绩效目标：${where}（预期 ${row.target}，实际 ${row.actual}）`,
        },
      ];
    }
    default:
      return [];
  }
}

/** What the goals and the project fill in each leaf of a template (leaves with nothing to fill are left out). */
export function prefillEvaluation(template: IndicatorTemplate, facts: PrefillFacts): LeafPrefill[] {
  const out: LeafPrefill[] = [];
  for (const { node, path } of leaves(template)) {
    const leafName = path.map((p) => p.name).join(' > ');
    const rule = node.rule;
    if (!rule) continue;
    if (rule.kind === 'budget-execution') {
      if (!facts.project) continue;
      const p = facts.project;
      out.push({
        leafId: node.id,
        leafName,
        fields: [
          {
            field: 'executed',
            label: '执行数',
            value: sum([p.executedFiscal, p.executedOther]).toString(),
            source: `来自项目「${p.name}」的执行数（财政拨款 ${p.executedFiscal} + 其他资金 ${p.executedOther} 万元）`,
          },
          {
            field: 'budget',
            label: '预算数',
            value: sum([p.budgetFiscal, p.budgetOther]).toString(),
            source: `来自项目「${p.name}」的预算数（财政拨款 ${p.budgetFiscal} + 其他资金 ${p.budgetOther} 万元）`,
          },
        ],
      });
      continue;
    }
    if (rule.kind === 'deviation') {
      const rows = facts.goals.filter((g) => kindOf(g.level2) === '数量');
      if (rows.length === 0) continue;
      const projects = new Set(rows.map((r) => r.project ?? ''));
      out.push({
        leafId: node.id,
        leafName,
        fields: [
          {
            field: 'items',
            label: '数量指标',
            value: rows.map((r) => ({ name: rowName(r), target: r.target, actual: r.actual })),
            source: `来自绩效目标：${projects.size > 1 || rows[0]!.project ? `${projects.size} 个项目的` : ''}数量指标 ${rows.length} 项（预期指标值、实际完成值）`,
          },
        ],
      });
      continue;
    }
    const match = matchRow(node, facts.goals);
    if (!match) continue;
    if ('candidates' in match) {
      // Only rules that would read a goal row get the hint.
      if (fromRow(node, match.candidates[0]!, false).length === 0) continue;
      out.push({
        leafId: node.id,
        leafName,
        fields: [],
        hint: `绩效目标中有 ${match.candidates.length} 项${match.kind}指标（${match.candidates
          .map(rowName)
          .join('、')}），未自动带入，请按评分口径填写。`,
      });
      continue;
    }
    const fields = fromRow(node, match.row, match.exact);
    if (fields.length > 0) out.push({ leafId: node.id, leafName, fields });
  }
  return out;
}

/** The value of an input's field (values.<name> reads the formula variable). */
export function inputFieldValue(input: IndicatorInput | undefined, field: string): PrefillValue | undefined {
  if (!input) return undefined;
  if (field.startsWith('values.')) return input.values?.[field.slice('values.'.length)];
  const v = (input as Record<string, unknown>)[field];
  if (typeof v === 'string' || typeof v === 'boolean' || Array.isArray(v)) return v as PrefillValue;
  return undefined;
}

function setField(input: IndicatorInput, field: string, value: PrefillValue): IndicatorInput {
  if (field.startsWith('values.'))
    return { ...input, values: { ...(input.values ?? {}), [field.slice('values.'.length)]: String(value) } };
  return { ...input, [field]: value };
}

/** The inputs with every prefilled figure written in (a field already filled is kept). */
export function applyPrefill(
  inputs: Record<string, IndicatorInput>,
  prefill: readonly LeafPrefill[],
): Record<string, IndicatorInput> {
  const out: Record<string, IndicatorInput> = { ...inputs };
  for (const leaf of prefill) {
    if (leaf.fields.length === 0) continue;
    let input: IndicatorInput = out[leaf.leafId] ?? {};
    for (const f of leaf.fields)
      if (inputFieldValue(input, f.field) === undefined) input = setField(input, f.field, f.value);
    out[leaf.leafId] = input;
  }
  return out;
}

function sameText(a: string, b: string): boolean {
  const x = a.trim();
  const y = b.trim();
  if (x === y) return true;
  const dx = readDecimal(x);
  const dy = readDecimal(y);
  return dx !== null && dy !== null && dx.eq(dy);
}

/** Whether a figure equals the prefilled one: decimals by value ("100" = "100.00"), items by their figures. */
export function sameFigure(prefilled: PrefillValue, value: PrefillValue | undefined): boolean {
  if (value === undefined) return typeof prefilled === 'string' ? prefilled.trim() === '' : false;
  if (typeof prefilled === 'boolean') return value === prefilled;
  if (typeof prefilled === 'string') return typeof value === 'string' && sameText(prefilled, value);
  if (!Array.isArray(value) || value.length !== prefilled.length) return false;
  // counted / reason are a person's judgement on top of the figures, not an override of them.
  return prefilled.every(
    (p, i) =>
      value[i]!.name === p.name &&
      sameText(value[i]!.target, p.target) &&
      sameText(value[i]!.actual, p.actual),
  );
}

export type Override = {
  leafId: string;
  leafName: string;
  field: string;
  label: string;
  source: string;
  prefilled: PrefillValue;
  value: PrefillValue | null;
};

/** The key of an override in a reasons map. */
export function overrideKey(leafId: string, field: string): string {
  return `${leafId}|${field}`;
}

/** Every prefilled figure the inputs no longer hold (a leaf marked 未设定 overrides nothing: it has its own reason). */
export function findOverrides(
  prefill: readonly LeafPrefill[],
  inputs: Record<string, IndicatorInput>,
): Override[] {
  const out: Override[] = [];
  for (const leaf of prefill) {
    const input = inputs[leaf.leafId];
    if (input?.notSet) continue;
    for (const f of leaf.fields) {
      const value = inputFieldValue(input, f.field);
      if (sameFigure(f.value, value)) continue;
      out.push({
        leafId: leaf.leafId,
        leafName: leaf.leafName,
        field: f.field,
        label: f.label,
        source: f.source,
        prefilled: f.value,
        value: value ?? null,
      });
    }
  }
  return out;
}

/** A figure as a message shows it. */
export function showFigure(v: PrefillValue | null): string {
  if (v === null) return '（空）';
  if (typeof v === 'boolean') return v ? '符合' : '不符合';
  if (Array.isArray(v)) return `${v.length} 项`;
  return v.trim() === '' ? '（空）' : v;
}

/** The refusal for an override without a reason, naming the field as the form shows it. */
export function overrideReasonMessage(o: Override): string {
  return `「${o.leafName}」的「${o.label}」与带入值不同（${o.source.replace(/^来自/, '取自')}：${showFigure(
    o.prefilled,
  )}，现填：${showFigure(o.value)}），修改带入的数据须填写修改原因。`;
}

/** Overrides without a (non-blank) reason. */
export function overridesWithoutReason(
  overrides: readonly Override[],
  reasons: Readonly<Record<string, string | undefined>>,
): Override[] {
  return overrides.filter((o) => !(reasons[overrideKey(o.leafId, o.field)] ?? '').trim());
}

/** A project as the 决算's 项目绩效 rows read it (amounts in 万元 as stored by the goals feature). */
export type GoalsProject = {
  name: string;
  budgetFiscal: string;
  budgetOther: string;
  executedFiscal: string;
  executedOther: string;
  /** 年度总体目标 · 实际完成情况. */
  goalActual: string;
};

/**
 * The 决算's project rows (预算绩效管理情况, 项目绩效目标完成情况) from the goals: name, 预算数 and 执行数 (all
 * funding sources, 万元 → 元, exact: 6 decimals of 万元 are 2 of 元) and what the project achieved.
 */
export function accountsProjectRows(
  projects: readonly GoalsProject[],
): Array<Omit<AccountsProjectRow, 'score' | 'grade'>> {
  return projects.map((p) => ({
    name: p.name,
    budget: fixed(sum([p.budgetFiscal, p.budgetOther]).times(10000), 2),
    actual: fixed(sum([p.executedFiscal, p.executedOther]).times(10000), 2),
    summary: p.goalActual.trim(),
    problems: '',
    measures: '',
  }));
}
