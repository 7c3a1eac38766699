/**
 * 优/良/中/差 standards (004): the actual value's level earns that level's share of the weight.
 */
import { dec } from '../../money/index.ts';
import type { GradeStandardRule } from '../../indicators/index.ts';
import { evaluateAgainstStandards } from '../../indicators/index.ts';
import { n, refused, scored, type RuleContext, type RuleOutcome } from '../rule-context.ts';

const DEFAULT_PERCENT = { 优: '100', 良: '80', 中: '60', 差: '0' } as const;

export function scoreGradeStandard(rule: GradeStandardRule, ctx: RuleContext): RuleOutcome {
  if (!ctx.input.actual?.trim()) return refused('尚未填写实际完成值。', 'actual');
  const r = evaluateAgainstStandards(rule.standards, ctx.input.actual);
  if (!r.level) return refused(r.message, 'actual');
  const percent = dec((rule.levelPercent ?? DEFAULT_PERCENT)[r.level]);
  const score = percent.div(100).times(ctx.weight);
  return scored(score, `${r.message}按“${r.level}”计${n(percent)}%×${n(ctx.weight)}=${n(score)}分。`);
}
