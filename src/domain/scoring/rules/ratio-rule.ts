/**
 * 比率分值法: score = rate × weight, with the rate capped at 100% by default. The rate is given, or is
 * actual / target (higher is better) or target / actual (lower is better), or 1 − rate (质疑投诉率).
 */
import type { RatioRule } from '../../indicators/index.ts';
import { comparableActual, parseValue } from '../../indicators/index.ts';
import {
  clamp,
  n,
  ONE,
  policyRatio,
  readRate,
  refused,
  scored,
  ZERO,
  type RuleContext,
  type RuleOutcome,
} from '../rule-context.ts';
import type { Dec } from '../../money/index.ts';
import { targetAndActual } from './direction-rule.ts';

function pct(x: Dec): string {
  return `${n(x.times(100))}%`;
}

export function scoreRatio(rule: RatioRule, ctx: RuleContext): RuleOutcome {
  let raw: Dec;
  let how: string;
  if (rule.basis === 'rate' || rule.basis === 'one-minus-rate') {
    const rate = readRate(ctx.input.rate);
    if (!rate)
      return refused(
        ctx.input.rate === undefined
          ? '尚未填写比率（如“87.3%”）。'
          : `比率“${ctx.input.rate}”不是数字或百分数。`,
        'rate',
      );
    if (rate.isNegative()) return refused(`比率“${ctx.input.rate}”不能为负数。`, 'rate');
    raw = rule.basis === 'rate' ? rate : ONE.minus(rate);
    how = rule.basis === 'rate' ? `比率${pct(rate)}` : `1−${pct(rate)}=${pct(raw)}`;
  } else {
    const missing = targetAndActual(ctx);
    if (missing) return missing;
    const t = parseValue(ctx.input.target!);
    if (t.kind !== 'quantity')
      return refused(`目标值“${ctx.input.target}”不是数值，无法计算完成率。`, 'target');
    const a = comparableActual(t, parseValue(ctx.input.actual!));
    if (!a)
      return refused(
        `实际值“${ctx.input.actual}”无法与目标值“${ctx.input.target}”比较（单位或格式不同）。`,
        'actual',
      );
    if (rule.basis === 'actual-over-target') {
      if (t.value.isZero()) return refused('目标值为0，无法计算完成率。', 'target');
      raw = a.value.div(t.value);
      how = `完成率=${n(a.value)}÷${n(t.value)}=${pct(raw)}`;
    } else {
      if (a.value.isZero())
        return scored(ctx.weight, `实际值为0，不高于目标值${n(t.value)}，得满分${n(ctx.weight)}分。`);
      raw = t.value.div(a.value);
      how = `目标值÷实际值=${n(t.value)}÷${n(a.value)}=${pct(raw)}`;
    }
  }
  const capped = rule.cap === false ? raw : clamp(raw, ZERO, ONE);
  const ratio = policyRatio(capped, ctx.rounding);
  const score = clamp(ratio.times(ctx.weight), ZERO, ctx.weight);
  const capNote = capped.eq(raw) ? '' : `，按100%封顶`;
  const roundNote = ratio.eq(capped) ? '' : `，比率先四舍五入为${n(ratio)}`;
  return scored(score, `${how}${capNote}${roundNote}；得分=${n(ratio)}×${n(ctx.weight)}=${n(score)}分。`);
}
