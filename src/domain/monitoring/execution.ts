/**
 * Budget execution progress (预算执行进度) of a monitoring round:
 *   v = (累计执行数 ÷ 预算数) ÷ (截至月份 ÷ 12) × 100, at 2 decimals half-up,
 * its light by the configured thresholds, and the provincial checkpoint on the cumulative execution rate
 * (累计执行率 = 累计执行数 ÷ 预算数 × 100). A zero budget gives a message, never a light.
 */
import { Dec, dec, fixed, roundHalfUp, type DecInput } from '../money/index.ts';
import { LIGHT_NAMES, lightBand, lightOf, worseLight, type Light } from './lights.ts';
import { checkpointAt, type MonitoringRules } from './rules.ts';

export type ExecutionResult =
  | {
      ok: true;
      /** v exactly. */
      exact: Dec;
      /** v at 2 decimals half-up: the printed figure the light is judged on. */
      progress: Dec;
      /** 累计执行率 executed ÷ budget × 100, exactly. */
      rate: Dec;
      /** The light of v alone. */
      progressLight: Light;
      /** The light after the checkpoint rule (never better than progressLight). */
      light: Light;
      checkpoint: { month: number; minRate: string; met: boolean; light: Light } | null;
      /** The arithmetic, for the text form and documents. */
      arithmetic: string;
      message: string;
    }
  | { ok: false; message: string };

export function executionProgress(
  executed: DecInput,
  budget: DecInput,
  month: number,
  rules: MonitoringRules,
): ExecutionResult {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    return { ok: false, message: `截至月份应为1到12的整数，现为“${String(month)}”。` };
  }
  const b = dec(budget);
  const e = dec(executed);
  if (b.isZero()) {
    return {
      ok: false,
      message: '预算数为0，无法计算执行进度，不亮灯；请核对年初预算和调整后预算，或说明本年未安排预算。',
    };
  }
  if (b.isNegative()) return { ok: false, message: `预算数为负数（${b.toString()}），无法计算执行进度。` };
  // The figures as the user wrote them ("120.00", not "120").
  const eText = typeof executed === 'string' ? executed.trim() : e.toString();
  const bText = typeof budget === 'string' ? budget.trim() : b.toString();
  const rate = e.div(b).times(100);
  const exact = e.times(1200).div(b.times(month));
  const progress = roundHalfUp(exact, 2);
  const progressLight = lightOf(progress, rules.execution);
  const cp = checkpointAt(rules, month);
  let light = progressLight;
  let checkpoint: Extract<ExecutionResult, { ok: true }>['checkpoint'] = null;
  if (cp) {
    const met = roundHalfUp(rate, 2).gte(new Dec(cp.minRate));
    checkpoint = { month: cp.month, minRate: cp.minRate, met, light: cp.light };
    if (!met) light = worseLight(light, cp.light);
  }
  const arithmetic = `执行进度 v =（累计执行数 ${eText} ÷ 预算数 ${bText}）÷（${month} ÷ 12）× 100 = ${fixed(progress, 2)}`;
  let message = `${arithmetic}，${LIGHT_NAMES[progressLight]}（${lightBand(progressLight, rules.execution)}）`;
  if (checkpoint) {
    message += checkpoint.met
      ? `；累计执行率${fixed(rate, 2)}%，不低于${checkpoint.month}月末节点要求${checkpoint.minRate}%`
      : `；累计执行率${fixed(rate, 2)}%，低于${checkpoint.month}月末节点要求${checkpoint.minRate}%，${LIGHT_NAMES[checkpoint.light]}`;
  }
  return {
    ok: true,
    exact,
    progress,
    rate,
    progressLight,
    light,
    checkpoint,
    arithmetic,
    message: `${message}。`,
  };
}
