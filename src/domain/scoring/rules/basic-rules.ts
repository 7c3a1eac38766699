/**
 * The simplest rules: 是否评分法 (all or nothing), additive parts, and manual scoring, where the
 * evaluator's score stands but a deduction must say 存在问题 and 有关建议 (002's workflow).
 */
import { dec, sum } from '../../money/index.ts';
import type { ManualRule, PartsRule, YesNoRule } from '../../indicators/index.ts';
import {
  n,
  readDecimal,
  refused,
  scored,
  ZERO,
  type RuleContext,
  type RuleOutcome,
} from '../rule-context.ts';

export function scoreYesNo(_rule: YesNoRule, ctx: RuleContext): RuleOutcome {
  if (ctx.input.met === undefined) return refused('尚未选择是否符合要求（是 / 否）。', 'met');
  return ctx.input.met
    ? scored(ctx.weight, `符合要求，得满分${n(ctx.weight)}分。`)
    : scored(ZERO, `不符合要求，不得分（满分${n(ctx.weight)}分）。`);
}

export function scoreParts(rule: PartsRule, ctx: RuleContext): RuleOutcome {
  const flags = ctx.input.parts;
  if (!flags)
    return refused(`尚未逐项选择是否达到（${rule.parts.map((p) => p.label).join('、')}）。`, 'parts');
  if (flags.length !== rule.parts.length) {
    return refused(
      `应逐项选择${rule.parts.length}个分项是否达到（${rule.parts.map((p) => p.label).join('、')}），目前选择了${flags.length}项。`,
      'parts',
    );
  }
  const got = rule.parts.filter((_, i) => flags[i]);
  const missed = rule.parts.filter((_, i) => !flags[i]);
  const score = sum(got.map((p) => p.points));
  const text = [
    ...got.map((p) => `${p.label}得${n(dec(p.points))}分`),
    ...missed.map((p) => `${p.label}未达到，不得${n(dec(p.points))}分`),
  ].join('；');
  return scored(score, `${text}；合计${n(score)}分。`);
}

export function scoreManual(_rule: ManualRule, ctx: RuleContext): RuleOutcome {
  const given = readDecimal(ctx.entry?.score);
  if (!given) {
    return refused(
      ctx.entry?.score === undefined ? '尚未评分。' : `得分“${ctx.entry.score}”不是数字。`,
      'score',
    );
  }
  if (given.isNegative() || given.gt(ctx.weight)) {
    return refused(`得分${given.toString()}超出本指标分值范围[0, ${n(ctx.weight)}]。`, 'score');
  }
  const findings: string[] = [];
  const deduction = ctx.weight.minus(given);
  if (deduction.gt(0)) {
    if (!ctx.entry?.problem?.trim()) findings.push(`扣${n(deduction)}分但未填写“存在问题”。`);
    if (!ctx.entry?.suggestion?.trim()) findings.push(`扣${n(deduction)}分但未填写“有关建议”。`);
  }
  const why = ctx.entry?.explanation?.trim();
  const text = deduction.gt(0)
    ? `评分人评定${n(given)}分，扣${n(deduction)}分${why ? `：${why}` : ''}。`
    : `评分人评定满分${n(given)}分${why ? `：${why}` : ''}。`;
  return scored(given, text, 'evaluator', findings);
}
