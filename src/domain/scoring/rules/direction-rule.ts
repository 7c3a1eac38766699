/**
 * Direction-aware automatic scoring from target T and actual A (commercial 自评表 practice) and the
 * 预算执行率 component. 定性 indicators keep the evaluator's score but refuse one outside its level's range.
 */
import { dec, type Dec } from '../../money/index.ts';
import type { BudgetExecutionRule, DirectionRule } from '../../indicators/index.ts';
import { comparableActual, parseValue } from '../../indicators/index.ts';
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
  if (!level) return refused('定性指标缺少输入 level（达成 / 部分达成 / 未达成）。', 'level');
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

export function scoreDirection(rule: DirectionRule, ctx: RuleContext): RuleOutcome {
  if (rule.direction === 'qualitative') return scoreQualitative(ctx);
  const W = ctx.weight;
  if (ctx.input.target === undefined || ctx.input.actual === undefined)
    return refused('缺少输入 target（目标值）和 actual（实际值）。', 'target');
  const t = parseValue(ctx.input.target);
  if (t.kind !== 'quantity') return refused(`目标值“${ctx.input.target}”不是数值。`, 'target');
  const a = comparableActual(t, parseValue(ctx.input.actual));
  if (!a) return refused(`实际值“${ctx.input.actual}”无法与目标值“${ctx.input.target}”比较。`, 'actual');
  const T = t.value;
  const A = a.value;
  const u = t.unit;
  if (rule.direction === 'equal') {
    return A.lte(0)
      ? scored(W, `目标为${n(T)}，实际${n(A)}，达到目标，得满分${n(W)}分。`)
      : scored(ZERO, `目标为${n(T)}，实际${n(A)}，未达到，得0分。`);
  }
  if (rule.direction === 'higher') {
    if (A.gte(T)) return scored(W, `正向指标：实际${n(A)}${u}≥目标${n(T)}${u}，得满分${n(W)}分。`);
    if (T.isZero()) return scored(W, `正向指标：目标为0，得满分${n(W)}分。`);
    const ratio = policyRatio(clamp(A.div(T), ZERO, ONE), ctx.rounding);
    const s = ratio.times(W);
    return scored(s, `正向指标：实际${n(A)}${u}<目标${n(T)}${u}，得分=${n(ratio)}×${n(W)}=${n(s)}分。`);
  }
  if (A.lte(T)) return scored(W, `反向指标：实际${n(A)}${u}≤目标${n(T)}${u}，得满分${n(W)}分。`);
  if (T.isZero() || A.gte(T.times(2)))
    return scored(ZERO, `反向指标：实际${n(A)}${u}≥目标的2倍（${n(T.times(2))}${u}），得0分。`);
  const ratio = policyRatio(ONE.minus(A.minus(T).div(T)), ctx.rounding);
  const s = clamp(ratio.times(W), ZERO, W);
  return scored(
    s,
    `反向指标：实际${n(A)}${u}超过目标${n(T)}${u}，得分=(1−(${n(A)}−${n(T)})÷${n(T)})×${n(W)}=${n(s)}分。`,
  );
}

export function scoreBudgetExecution(_rule: BudgetExecutionRule, ctx: RuleContext): RuleOutcome {
  const executed = readDecimal(ctx.input.executed);
  const budget = readDecimal(ctx.input.budget);
  if (!executed || !budget)
    return refused(
      '缺少或无法识别输入 executed（执行数）与 budget（预算数）。',
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
