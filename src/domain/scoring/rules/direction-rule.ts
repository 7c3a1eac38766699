/**
 * Direction-aware automatic scoring from target T and actual A (commercial 自评表 practice) and the
 * 预算执行率 component. 定性 indicators keep the evaluator's score but refuse one outside its level's range.
 */
import { dec, type Dec } from '../../money/index.ts';
import type { BudgetExecutionRule, DirectionRule } from '../../indicators/index.ts';
import { comparableActual, equalAtPrecision, parseValue } from '../../indicators/index.ts';
import {
  clamp,
  n,
  ONE,
  policyRatio,
  readDecimal,
  refused,
  scored,
  ZERO,
  type QualitativeLevel,
  type RuleContext,
  type RuleOutcome,
} from '../rule-context.ts';

/** The score range of a 定性 level: 达成 [0.8W, W], 部分达成 [0.6W, 0.8W), 未达成 [0, 0.6W). */
export function qualitativeRange(
  level: QualitativeLevel,
  w: Dec,
): { min: Dec; max: Dec; maxInclusive: boolean } {
  if (level === '达成') return { min: w.times(dec('0.8')), max: w, maxInclusive: true };
  if (level === '部分达成')
    return { min: w.times(dec('0.6')), max: w.times(dec('0.8')), maxInclusive: false };
  return { min: ZERO, max: w.times(dec('0.6')), maxInclusive: false };
}

function scoreQualitative(ctx: RuleContext): RuleOutcome {
  const level = ctx.input.level;
  if (!level) return refused('尚未选择达成情况（达成 / 部分达成 / 未达成）。', 'level');
  const r = qualitativeRange(level, ctx.weight);
  const range = `[${n(r.min)}, ${n(r.max)}${r.maxInclusive ? ']' : ')'}`;
  const given = readDecimal(ctx.entry?.score);
  if (!given) return refused(`定性指标“${level}”须由评分人在${range}内给分。`, 'score');
  const inside = given.gte(r.min) && (r.maxInclusive ? given.lte(r.max) : given.lt(r.max));
  if (!inside)
    return refused(
      `定性指标“${level}”的得分应在${range}内，填报的${given.toString()}分超出范围，不予接受。`,
      'score',
    );
  return scored(given, `定性指标评为“${level}”（得分范围${range}），评分人给${n(given)}分。`, 'evaluator');
}

/** The facts a target/actual rule needs, or a refusal naming the one that is missing (as the form names it). */
export function targetAndActual(ctx: RuleContext): RuleOutcome | null {
  const noTarget = !ctx.input.target?.trim();
  const noActual = !ctx.input.actual?.trim();
  if (noTarget && noActual) return refused('尚未填写目标值和实际值。', 'target');
  if (noTarget) return refused('尚未填写目标值。', 'target');
  if (noActual) return refused('尚未填写实际值。', 'actual');
  return null;
}

export function scoreDirection(rule: DirectionRule, ctx: RuleContext): RuleOutcome {
  if (rule.direction === 'qualitative') return scoreQualitative(ctx);
  const W = ctx.weight;
  const missing = targetAndActual(ctx);
  if (missing) return missing;
  const t = parseValue(ctx.input.target!);
  if (t.kind !== 'quantity')
    return refused(`目标值“${ctx.input.target}”不是数值（应为数字加单位，如“100%”“32.35万元”）。`, 'target');
  const a = comparableActual(t, parseValue(ctx.input.actual!));
  if (!a)
    return refused(
      `实际值“${ctx.input.actual}”无法与目标值“${ctx.input.target}”比较（应为与目标值同一单位的数字）。`,
      'actual',
    );
  const T = t.value;
  const A = a.value;
  // Figures are shown in the target's own unit ("32.35万元", not "323500元").
  const factor = t.number.isZero() || t.value.isZero() ? null : t.value.div(t.number);
  const u = `${factor ? (t.multiplier ?? '') : ''}${t.unit}`;
  const qty = (x: Dec): string => n(factor && !factor.eq(1) ? x.div(factor) : x);
  if (rule.direction === 'equal') {
    if (equalAtPrecision(t, A))
      return scored(W, `等于指标：实际${qty(A)}${u}与目标${qty(T)}${u}相等，得满分${n(W)}分。`);
    if (T.isZero()) return scored(ZERO, `等于指标：目标为0，实际${qty(A)}${u}，不相等，得0分。`);
    if (A.lt(T)) {
      const ratio = policyRatio(clamp(A.div(T), ZERO, ONE), ctx.rounding);
      const s = ratio.times(W);
      return scored(
        s,
        `等于指标：实际${qty(A)}${u}低于目标${qty(T)}${u}，按完成比例计分：${n(ratio)}×${n(W)}=${n(s)}分。`,
      );
    }
    return lowerAbove(A, T, u, W, ctx, '等于指标', qty);
  }
  if (rule.direction === 'higher') {
    if (A.gte(T)) return scored(W, `正向指标：实际${qty(A)}${u}≥目标${qty(T)}${u}，得满分${n(W)}分。`);
    if (T.isZero()) return scored(W, `正向指标：目标为0，得满分${n(W)}分。`);
    const ratio = policyRatio(clamp(A.div(T), ZERO, ONE), ctx.rounding);
    const s = ratio.times(W);
    return scored(s, `正向指标：实际${qty(A)}${u}<目标${qty(T)}${u}，得分=${n(ratio)}×${n(W)}=${n(s)}分。`);
  }
  if (A.lte(T)) return scored(W, `反向指标：实际${qty(A)}${u}≤目标${qty(T)}${u}，得满分${n(W)}分。`);
  return lowerAbove(A, T, u, W, ctx, '反向指标', qty);
}

/** Above a target that should not be exceeded: (1 − (A − T) ÷ T) × W, 0 from twice the target. */
function lowerAbove(
  A: Dec,
  T: Dec,
  u: string,
  W: Dec,
  ctx: RuleContext,
  what: string,
  qty: (x: Dec) => string,
): RuleOutcome {
  if (T.isZero() || A.gte(T.times(2)))
    return scored(ZERO, `${what}：实际${qty(A)}${u}达到目标的2倍（${qty(T.times(2))}${u}）及以上，得0分。`);
  const ratio = policyRatio(ONE.minus(A.minus(T).div(T)), ctx.rounding);
  const s = clamp(ratio.times(W), ZERO, W);
  return scored(
    s,
    `${what}：实际${qty(A)}${u}超过目标${qty(T)}${u}，按超出比例扣分：(1−(${qty(A)}−${qty(T)})÷${qty(T)})×${n(W)}=${n(s)}分。`,
  );
}

export function scoreBudgetExecution(_rule: BudgetExecutionRule, ctx: RuleContext): RuleOutcome {
  const executed = readDecimal(ctx.input.executed);
  const budget = readDecimal(ctx.input.budget);
  if (!executed || !budget)
    return refused(
      !executed && !budget
        ? '尚未填写执行数和预算数（应为数字，如“1583388.23”）。'
        : !executed
          ? '尚未填写执行数，或执行数不是数字。'
          : '尚未填写预算数，或预算数不是数字。',
      executed ? 'budget' : 'executed',
    );
  if (!budget.gt(0)) return refused('预算数应大于0。', 'budget');
  if (executed.isNegative()) return refused('执行数不能为负数。', 'executed');
  const exact = executed.div(budget);
  const ratio = policyRatio(clamp(exact, ZERO, ONE), ctx.rounding);
  const s = ratio.times(ctx.weight);
  const cap = exact.gt(1) ? '，超过100%按100%计' : '';
  return scored(
    s,
    `预算执行率=${n(executed)}÷${n(budget)}=${n(exact.times(100))}%${cap}；得分=${n(ratio)}×${n(ctx.weight)}=${n(s)}分。`,
  );
}
