/**
 * The light of one performance indicator at a cut-off month ("双监控"'s goal half). A figure target
 * ("≥1000人次", "≤32.35万元") is pro-rated to the month (target × 月份 ÷ 12) unless its unit is a level
 * rather than a cumulative count (%, 年, 天 … — configured), then:
 *  - higher is better: r = 截至目前完成值 ÷ 折算目标 × 100; red < 60 ≤ yellow < 80 ≤ green ≤ 120 < blue;
 *  - lower is better (≤, 成本): at or under the target is green; above it r = 折算目标 ÷ 完成值 × 100 on the
 *    same red / yellow / green thresholds (never blue).
 * Qualitative, deadline and prose targets — and a figure target without a figure to date — take their light
 * from 完成目标可能性 (or green once the actual says the target is met). 完成目标可能性 “完全不可能” makes any indicator red.
 */
import { Dec, fixed, roundHalfUp } from '../money/index.ts';
import {
  comparableActual,
  comparatorText,
  evaluateGoal,
  parseValue,
  satisfies,
  soleQuantity,
  type Direction,
  type Quantity,
} from '../indicators/index.ts';
import { LIGHT_NAMES, lightBand, lightOf, worseLight, type Light } from './lights.ts';
import type { MonitoringRules } from './rules.ts';

export const LIKELIHOODS = ['确定能', '有可能', '完全不可能'] as const;
export type Likelihood = (typeof LIKELIHOODS)[number];

export type IndicatorInput = {
  name: string;
  /** 年度指标值 ("≥95%", "≤32.35万元", "满意"). */
  target: string;
  /** 截至目前完成值. */
  actual: string;
  likelihood?: Likelihood | undefined;
  /** Overrides the direction read from the target's comparator. */
  direction?: Direction | undefined;
  /** Overrides whether the target is pro-rated to the month (by default: not for configured level units). */
  prorate?: boolean | undefined;
};

export type IndicatorResult = {
  name: string;
  light: Light | null;
  /** The figure the light was judged on (r, 2 decimals), when there was one. */
  ratio: Dec | null;
  /** The pro-rated target as printed, when the target is a figure. */
  proratedTarget: string | null;
  message: string;
};

const MULTIPLIER: Record<'万' | '亿', Dec> = { 万: new Dec(10000), 亿: new Dec(100000000) };

function factor(q: Quantity): Dec {
  return q.multiplier ? MULTIPLIER[q.multiplier] : new Dec(1);
}

function shown(q: Quantity, number: Dec): string {
  return `${number.toString()}${q.multiplier ?? ''}${q.unit}`;
}

function directionOf(target: Quantity, override: Direction | undefined): Direction {
  if (override) return override;
  return target.comparator === '<=' || target.comparator === '<' ? 'lower' : 'higher';
}

function withLikelihood(
  r: IndicatorResult,
  likelihood: Likelihood | undefined,
  rules: MonitoringRules,
): IndicatorResult {
  if (likelihood === undefined) return r;
  const l = rules.likelihood[likelihood];
  if (l !== 'red' || r.light === 'red') return r;
  return {
    ...r,
    light: r.light === null ? l : worseLight(r.light, l),
    message: `${r.message} 完成目标可能性为“${likelihood}”，${LIGHT_NAMES[l]}。`,
  };
}

export function indicatorLight(
  input: IndicatorInput,
  month: number,
  rules: MonitoringRules,
): IndicatorResult {
  return withLikelihood(judge(input, month, rules), input.likelihood, rules);
}

function judge(input: IndicatorInput, month: number, rules: MonitoringRules): IndicatorResult {
  const base = { name: input.name, ratio: null, proratedTarget: null };
  const parsed = parseValue(input.target);
  const target = soleQuantity(parsed);
  if (!target) return qualitative(input, rules);
  if (input.actual.trim() === '') {
    // A milestone ("1个平台") often has no figure to date: the unit's 完成目标可能性 decides then.
    if (input.likelihood !== undefined) {
      const light = rules.likelihood[input.likelihood];
      return {
        ...base,
        light,
        message: `未填写截至目前完成值，按完成目标可能性“${input.likelihood}”判断，${LIGHT_NAMES[light]}。`,
      };
    }
    return { ...base, light: null, message: `未填写截至目前完成值，无法判断指标“${input.name}”的完成进度。` };
  }
  const actualParsed = parseValue(input.actual);
  let actual = comparableActual(target, actualParsed);
  if (!actual) {
    return {
      ...base,
      light: null,
      message: `截至目前完成值“${input.actual}”无法与年度指标值“${input.target}”比较（应为与目标同单位的数值），请修改或人工判断。`,
    };
  }
  // A bare figure ("20") is read in the target's own unit ("≤32.35万元" → 20万元).
  if (
    actual.unit === '' &&
    actual.multiplier === null &&
    (target.unit !== '' || target.multiplier !== null)
  ) {
    actual = {
      ...actual,
      multiplier: target.multiplier,
      unit: target.unit,
      value: actual.number.times(factor(target)),
    };
  }
  const direction = directionOf(target, input.direction);
  const prorate = input.prorate ?? !rules.notProratedUnits.includes(target.unit);
  const share = prorate ? new Dec(month).div(12) : new Dec(1);
  const t = target.value.times(share);
  const tNumber = target.number.times(share);
  const targetText = `年度指标值${target.implicit ? '' : comparatorText(target.comparator)}${shown(target, target.number)}`;
  const prorated = prorate
    ? `${targetText}，按${month}/12折算为${shown(target, roundHalfUp(tNumber, 2))}`
    : `${targetText}（${target.unit}为水平值，不按月折算）`;
  const proratedTarget = shown(target, roundHalfUp(tNumber, 2));
  const actualText = `截至目前完成${shown(actual, actual.number)}`;
  const against = prorate ? '折算目标' : '年度指标值';

  if (t.isZero()) {
    const met = satisfies({ ...target, value: t }, actual.value, direction);
    const light: Light = met ? 'green' : 'red';
    return {
      ...base,
      proratedTarget,
      light,
      message: `${prorated}，${actualText}，${met ? '符合' : '不符合'}目标，${LIGHT_NAMES[light]}。`,
    };
  }

  if (direction === 'higher') {
    const ratio = roundHalfUp(actual.value.div(t).times(100), 2);
    const light = lightOf(ratio, rules.indicator);
    return {
      ...base,
      ratio,
      proratedTarget,
      light,
      message: `${prorated}，${actualText}，完成${against}的${fixed(ratio, 2)}%，${LIGHT_NAMES[light]}（${lightBand(light, rules.indicator, 'r')}）。`,
    };
  }
  if (actual.value.lte(t)) {
    const ratio = roundHalfUp(actual.value.div(t).times(100), 2);
    return {
      ...base,
      ratio,
      proratedTarget,
      light: 'green',
      message: `${prorated}，${actualText}，未超过${against}（为${against}的${fixed(ratio, 2)}%），绿灯。`,
    };
  }
  const ratio = roundHalfUp(t.div(actual.value).times(100), 2);
  const lowerThresholds = { ...rules.indicator, blueAbove: null };
  const light = lightOf(ratio, lowerThresholds);
  return {
    ...base,
    ratio,
    proratedTarget,
    light,
    message: `${prorated}，${actualText}，超过${against}，${against}÷完成值 r = ${fixed(ratio, 2)}%，${LIGHT_NAMES[light]}（${lightBand(light, lowerThresholds, 'r')}）。`,
  };
}

function qualitative(input: IndicatorInput, rules: MonitoringRules): IndicatorResult {
  const base = { name: input.name, ratio: null, proratedTarget: null };
  if (input.actual.trim() !== '') {
    const g = evaluateGoal(input.target, input.actual);
    if (g.status === 'met') {
      return {
        ...base,
        light: 'green',
        message: `年度指标值“${input.target}”，截至目前“${input.actual}”，已达成，绿灯。`,
      };
    }
  }
  if (input.likelihood === undefined) {
    return {
      ...base,
      light: null,
      message: `年度指标值“${input.target}”不是可按月折算的数值，请填写完成目标可能性（确定能 / 有可能 / 完全不可能）。`,
    };
  }
  const light = rules.likelihood[input.likelihood];
  return {
    ...base,
    light,
    message: `年度指标值“${input.target}”不按月折算，按完成目标可能性“${input.likelihood}”判断，${LIGHT_NAMES[light]}。`,
  };
}
