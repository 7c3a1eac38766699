/**
 * The 审核公式 of a document as one list: the balance rules (exact 元; rounding-aware when the figures were
 * typed in 万元, where a difference within rounding is a note) and the catalogue warnings, each with its
 * stable key; which of them still lack a reason; and the lines the command line prints for one.
 */
import { catalogueViolations, needsExplanation } from './catalogue-check.ts';
import { grouped } from '../money/index.ts';
import type { CatalogEdition } from './catalog.ts';
import { violationKey } from './layout.ts';
import type { FinalAccounts } from './model.ts';
import { ALL_BALANCE_RULES, checkFinalAccounts, type BalanceRule, type Violation } from './rules.ts';

export type KeyedViolation = Violation & { key: string };

/** Every 审核公式 (rules.ts `checkFinalAccounts`) and the catalogue warnings, keyed. */
export function auditAccounts(
  fa: FinalAccounts,
  options: { edition?: CatalogEdition; rules?: readonly BalanceRule[] } = {},
): KeyedViolation[] {
  return [
    ...checkFinalAccounts(fa, options.rules ?? ALL_BALANCE_RULES),
    ...catalogueViolations(fa, options.edition),
  ].map((v) => ({ ...v, key: violationKey(v) }));
}

/** Violations that must be corrected or explained (not notes, not catalogue warnings) and have no reason. */
export function unexplainedViolations(
  violations: readonly KeyedViolation[],
  explanations: Readonly<Record<string, string>>,
): KeyedViolation[] {
  return violations.filter((v) => needsExplanation(v) && !explanations[v.key]?.trim());
}

const SEVERITY = { error: '错误', warning: '警告', note: '提示' } as const;

/** "[错误] 表内 收入支出决算总表 · 本年收入合计 · 决算数" and the formula, both sides and the difference. */
export function describeViolation(
  v: KeyedViolation,
  rules: readonly BalanceRule[] = ALL_BALANCE_RULES,
): string[] {
  const head = `[${SEVERITY[v.severity]}] ${v.kind} ${v.location.tableName} · ${v.location.rowLabel} · ${v.location.columnLabel}`;
  if (v.ruleId.startsWith('K-')) return [head, `  ${v.description}`, `  键：${v.key}`];
  const rule = rules.find((r) => r.id === v.ruleId);
  const unit = v.unit === '' ? '' : ` ${v.unit}`;
  // Amounts are read by people: thousands separators like the web and the documents ("2,940.05"); counts as they are.
  const amount = (text: string) => (v.unit === '' ? text : grouped(text, 2));
  // A rule evaluated per row ("{k}") is shown for the row it failed on.
  const bound = (e: string) => (rule?.each ? e.split(`{${rule.each.var}}`).join(v.location.row) : e);
  return [
    head,
    `  公式：${v.description}${rule ? `（${bound(rule.left)} ${rule.op} ${bound(rule.right)}）` : ''}`,
    `  算式：${v.arithmetic}`,
    `  左边 ${amount(v.left)}${unit}，右边 ${amount(v.right)}${unit}，差额 ${amount(v.difference)}${unit}`,
    `  键：${v.key}`,
  ];
}
