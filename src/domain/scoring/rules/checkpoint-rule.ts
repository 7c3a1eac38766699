/**
 * Checkpoints (001 执行进度): at months 6, 9, 11 execution should reach 80%, 90%, 90% of 序时进度
 * (month / 12), i.e. 40%, 67.5%, 82.5%, worth 3, 4, 3 points; below target, points × actual / target.
 */
import { dec, sum, type Dec } from '../../money/index.ts';
import type { CheckpointRule } from '../../indicators/index.ts';
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

export function checkpointTarget(cp: CheckpointRule['checkpoints'][number]): Dec | null {
  if (cp.target !== undefined) return dec(cp.target);
  if (cp.scheduleShare !== undefined) return dec(cp.month).div(12).times(dec(cp.scheduleShare));
  return null;
}

export function scoreCheckpoints(rule: CheckpointRule, ctx: RuleContext): RuleOutcome {
  const progress = ctx.input.progress;
  if (!progress)
    return refused(
      `尚未填写${rule.checkpoints.map((c) => `${c.month}月`).join('、')}的执行进度（如“13.30%”）。`,
      'progress',
    );
  const parts: Dec[] = [];
  const lines: string[] = [];
  for (const cp of rule.checkpoints) {
    const target = checkpointTarget(cp);
    if (!target || !target.gt(0)) return refused(`${cp.month}月节点没有有效的目标进度。`);
    const text = progress[String(cp.month)];
    const actualRate = readRate(text?.endsWith('%') ? text : text === undefined ? undefined : `${text}%`);
    if (!actualRate)
      return refused(
        text === undefined
          ? `尚未填写${cp.month}月的执行进度（如“13.30%”）。`
          : `${cp.month}月的执行进度“${text}”不是百分数（如“13.30%”）。`,
        `progress.${cp.month}`,
      );
    const actual = actualRate.times(100);
    const points = dec(cp.points);
    if (actual.gte(target)) {
      parts.push(points);
      lines.push(`${cp.month}月${n(actual)}%达到目标${n(target)}%，得${n(points)}分`);
    } else {
      const exact = clamp(actual.div(target), ZERO, ONE);
      const ratio = policyRatio(exact, ctx.rounding);
      const p = ratio.times(points);
      parts.push(p);
      const shown = ratio.eq(exact) ? n(ratio) : `${n(exact)}≈${n(ratio)}`;
      lines.push(
        `${cp.month}月${n(actual)}%未达目标${n(target)}%，得${n(actual)}÷${n(target)}=${shown}×${n(points)}=${n(p)}分`,
      );
    }
  }
  const score = clamp(sum(parts), ZERO, ctx.weight);
  return scored(score, `${lines.join('；')}；合计${n(score)}分。`);
}
