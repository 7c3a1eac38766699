/**
 * 满意值赋分法: the measured value (满意度 95%, 有效投诉 2件) falls in one band, which gives the points.
 * Bands that leave a gap (001: "60%以下0分，61—70%得1分") refuse a value in the gap rather than guess.
 */
import { dec, type Dec } from '../../money/index.ts';
import type { TierRule } from '../../indicators/index.ts';
import { parseValue } from '../../indicators/index.ts';
import { n, refused, scored, type RuleContext, type RuleOutcome } from '../rule-context.ts';

type Tier = TierRule['tiers'][number];

export function inTier(tier: Tier, v: Dec): boolean {
  if (tier.min !== undefined) {
    const lo = dec(tier.min);
    if (tier.minInclusive === false ? !v.gt(lo) : !v.gte(lo)) return false;
  }
  if (tier.max !== undefined) {
    const hi = dec(tier.max);
    if (tier.maxInclusive === false ? !v.lt(hi) : !v.lte(hi)) return false;
  }
  return true;
}

function describe(t: Tier): string {
  if (t.label) return t.label;
  const lo = t.min === undefined ? '' : `${t.minInclusive === false ? '高于' : '不低于'}${t.min}`;
  const hi = t.max === undefined ? '' : `${t.maxInclusive === false ? '低于' : '不高于'}${t.max}`;
  return [lo, hi].filter(Boolean).join('且') || '任意值';
}

export function scoreTiers(rule: TierRule, ctx: RuleContext): RuleOutcome {
  if (!ctx.input.value?.trim()) return refused('尚未填写测得的值（如“95%”或“2件”）。', 'value');
  const p = parseValue(ctx.input.value);
  if (p.kind !== 'quantity') return refused(`测得值“${ctx.input.value}”不是数值。`, 'value');
  const v = p.value;
  const tier = rule.tiers.find((t) => inTier(t, v));
  if (!tier) {
    return refused(
      `测得值${ctx.input.value}不在任何档次内（档次：${rule.tiers.map(describe).join('；')}），请核对计分规则或人工评分。`,
      'value',
    );
  }
  const points = tier.points === 'full' ? ctx.weight : dec(tier.points);
  if (points.gt(ctx.weight) || points.isNegative())
    return refused(`档次“${describe(tier)}”的分数${tier.points}超出分值${n(ctx.weight)}。`);
  const full = points.eq(ctx.weight) ? '满分' : '';
  return scored(points, `测得值${ctx.input.value}，属“${describe(tier)}”档，得${full}${n(points)}分。`);
}
