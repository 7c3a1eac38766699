/**
 * Deviation band (001 目标实现): a quantity indicator counts only if its actual reached the target and
 * exceeded it by no more than the band (30%); score = counted / all × weight. An item whose texts cannot
 * be compared needs a person's judgement (counted + reason) and is refused without one.
 */
import { dec, type Dec } from '../../money/index.ts';
import type { DeviationRule } from '../../indicators/index.ts';
import { comparableActual, parseValue, satisfies, soleQuantity } from '../../indicators/index.ts';
import {
  n,
  policyRatio,
  refused,
  scored,
  type DeviationItem,
  type RuleContext,
  type RuleOutcome,
} from '../rule-context.ts';

export type DeviationVerdict = { item: DeviationItem; counted: boolean; note: string };

export function judgeDeviation(
  item: DeviationItem,
  band: Dec,
): DeviationVerdict | { item: DeviationItem; error: string } {
  if (item.counted !== undefined) {
    if (!item.reason?.trim()) return { item, error: `“${item.name}”人工判定计分与否时须填写理由 reason。` };
    return {
      item,
      counted: item.counted,
      note: `人工判定${item.counted ? '计分' : '不计分'}（${item.reason}）`,
    };
  }
  const t = soleQuantity(parseValue(item.target));
  if (!t)
    return {
      item,
      error: `“${item.name}”的预期值“${item.target}”不是数值，须人工判定是否计入偏差并说明理由。`,
    };
  const a = comparableActual(t, parseValue(item.actual));
  if (!a)
    return {
      item,
      error: `“${item.name}”的实际值“${item.actual}”无法与预期值“${item.target}”比较，须人工判定是否计入偏差并说明理由。`,
    };
  if (t.comparator === '<=' || t.comparator === '<' || (t.value.isZero() && t.comparator !== '>')) {
    // Lower-is-better or zero targets have no "exceeded by" — reaching the target is enough.
    const ok = t.value.isZero() && t.comparator === '=' ? a.value.lte(0) : satisfies(t, a.value, 'lower');
    return {
      item,
      counted: ok,
      note: ok ? `实际${item.actual}达到预期${item.target}` : `实际${item.actual}未达到预期${item.target}`,
    };
  }
  if (!satisfies(t, a.value, 'higher'))
    return { item, counted: false, note: `实际${n(a.value)}未达到预期${n(t.value)}` };
  const over = a.value.minus(t.value).div(t.value).times(100);
  if (over.gt(band))
    return {
      item,
      counted: false,
      note: `实际${n(a.value)}超过预期${n(t.value)}达${n(over)}%（超过${n(band)}%）`,
    };
  return { item, counted: true, note: `实际${n(a.value)}达到预期${n(t.value)}，偏离${n(over)}%` };
}

export function scoreDeviation(rule: DeviationRule, ctx: RuleContext): RuleOutcome {
  const items = ctx.input.items;
  if (!items || items.length === 0) return refused('尚未填写各数量指标的预期值与实际值。', 'items');
  const band = dec(rule.band);
  const verdicts = items.map((i) => judgeDeviation(i, band));
  const errors = verdicts.filter((v): v is { item: DeviationItem; error: string } => 'error' in v);
  if (errors.length > 0) return refused(errors.map((e) => e.error).join(' '), 'items');
  const ok = verdicts as DeviationVerdict[];
  const counted = ok.filter((v) => v.counted).length;
  const ratio = policyRatio(dec(counted).div(items.length), ctx.rounding);
  const score = ratio.times(ctx.weight);
  const lines = ok.map((v) => `${v.item.name}：${v.note}，${v.counted ? '计分' : '不计分'}`).join('；');
  return scored(
    score,
    `${lines}。计分${counted}个/共${items.length}个，得分=${counted}÷${items.length}×${n(ctx.weight)}=${n(score)}分。`,
  );
}
