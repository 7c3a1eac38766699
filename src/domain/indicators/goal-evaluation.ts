/**
 * Goal versus actual: from 预期指标值 and 实际完成值 text, whether the target is met, the completion rate
 * (actual / target × 100) and the deviation ((actual − target) / target × 100). Computed, never typed.
 * When the texts cannot be compared (units differ, prose without a figure) the result is 'undetermined'
 * with a Chinese message saying why, so a person decides.
 */
import { Dec } from '../money/index.ts';
import { comparatorText, parseValue, type ParsedValue, type Quantity } from './target-value.ts';
import { equalAtPrecision, type IndicatorDirection } from './direction.ts';

export type GoalStatus = 'met' | 'not-met' | 'undetermined';
export type Direction = 'higher' | 'lower';

export type GoalEvaluation = {
  status: GoalStatus;
  target: ParsedValue;
  actual: ParsedValue;
  /** The actual figure that was compared, when there was one. */
  actualQuantity: Quantity | null;
  /** actual / target × 100, or null when not computable (qualitative, target zero). */
  completionRate: Dec | null;
  /** (actual − target) / target × 100, or null. */
  deviation: Dec | null;
  message: string;
};

function unitsCompatible(a: Quantity, b: Quantity): boolean {
  return a.unit === b.unit || a.unit === '' || b.unit === '';
}

/** The actual figure to compare with a quantity target: the quantity itself, or one in prose with the same unit. */
export function comparableActual(target: Quantity, actual: ParsedValue): Quantity | null {
  if (actual.kind === 'quantity') {
    if (!unitsCompatible(target, actual)) return null;
    // A bare actual ("31.68") against "32.35万元" is written in the target's unit (万元), not in 元.
    if (actual.unit === '' && actual.multiplier === null && target.multiplier !== null) {
      const factor = target.value.div(target.number.isZero() ? 1 : target.number);
      return {
        ...actual,
        multiplier: target.multiplier,
        unit: target.unit,
        value: actual.number.times(factor),
      };
    }
    return actual;
  }
  if (actual.kind === 'prose') {
    return actual.quantities.find((q) => q.unit === target.unit && q.unit !== '') ?? null;
  }
  return null;
}

/** Whether actual satisfies the target's comparator. A bare target ("12次") counts as "at least" unless told otherwise. */
export function satisfies(target: Quantity, actual: Dec, direction: Direction = 'higher'): boolean {
  const t = target.value;
  switch (target.comparator) {
    case '>=':
      return actual.gte(t);
    case '>':
      return actual.gt(t);
    case '<=':
      return actual.lte(t);
    case '<':
      return actual.lt(t);
    case '≈':
      return actual.gte(t);
    case '=':
      if (!target.implicit) return equalAtPrecision(target, actual);
      return direction === 'higher' ? actual.gte(t) : actual.lte(t);
  }
}

/**
 * Whether an actual meets a target under an indicator's direction. A direction that was set governs a
 * bare figure, an approximate one ("约3万桶") and an "="; an explicit ≥ / ≤ / > / < is read as written
 * (a direction contradicting it is refused when the goal table is saved, see directionProblem()).
 * 等于 is equality within the target's printed precision ("= 100%" is met by 100).
 */
export function meetsTarget(target: Quantity, actual: Dec, direction: IndicatorDirection): boolean {
  const explicit = target.comparator !== '=' && target.comparator !== '≈';
  if (explicit || direction === 'qualitative') return satisfies(target, actual, 'higher');
  if (direction === 'equal') return equalAtPrecision(target, actual);
  return direction === 'higher' ? actual.gte(target.value) : actual.lte(target.value);
}

function show(q: Quantity): string {
  const unit = `${q.multiplier ?? ''}${q.unit}`;
  return `${q.number.toString()}${unit}`;
}

function rates(target: Quantity, actual: Quantity): { completionRate: Dec | null; deviation: Dec | null } {
  if (target.value.isZero()) return { completionRate: null, deviation: null };
  const ratio = actual.value.div(target.value);
  return { completionRate: ratio.times(100), deviation: ratio.minus(1).times(100) };
}

/** A target as one figure: a quantity, or prose naming exactly one figure with a unit ("完成大厅358人工作服制作"). */
export function soleQuantity(p: ParsedValue): Quantity | null {
  if (p.kind === 'quantity') return p;
  if (p.kind === 'prose') {
    const withUnit = p.quantities.filter((q) => q.unit !== '');
    return withUnit.length === 1 ? withUnit[0]! : null;
  }
  return null;
}

const GENERIC_DONE = ['完成', '已完成', '全部完成', '达到', '达标', '通过', '是', '按时完成', '按期完成'];

/**
 * Goal versus actual under a direction (default 正向; callers pass the indicator's direction, set or
 * defaultDirection()). 定性 is judged by a person unless both texts are words that compare ("满意").
 */
export function evaluateGoal(
  targetText: string,
  actualText: string,
  direction: IndicatorDirection = 'higher',
): GoalEvaluation {
  const parsedTarget = parseValue(targetText);
  const actual = parseValue(actualText);
  const sole = parsedTarget.kind === 'prose' ? soleQuantity(parsedTarget) : null;
  const target: ParsedValue = sole ? { kind: 'quantity', text: targetText, ...sole } : parsedTarget;
  const base = { target, actual, actualQuantity: null, completionRate: null, deviation: null };

  if (actual.kind === 'text') return { ...base, status: 'undetermined', message: actual.message };

  if (target.kind === 'quantity') {
    const a = comparableActual(target, actual);
    if (!a) {
      const why =
        actual.kind === 'quantity'
          ? `单位不一致（预期“${target.unit}”，实际“${actual.unit}”）`
          : actual.kind === 'prose' && actual.quantities.length > 0
            ? `实际完成值中没有以“${target.unit}”计的数值`
            : '实际完成值没有可比较的数值';
      return {
        ...base,
        status: 'undetermined',
        message: `无法比较“${targetText}”与“${actualText}”：${why}，请人工判断。`,
      };
    }
    const r = rates(target, a);
    const rateText = r.completionRate ? `，完成率${r.completionRate.toDecimalPlaces(2).toFixed(2)}%` : '';
    const expected = `预期${target.implicit ? '' : comparatorText(target.comparator)}${show(target)}`;
    if (direction === 'qualitative')
      return {
        ...base,
        actualQuantity: a,
        ...r,
        status: 'undetermined',
        message: `${expected}，实际${show(a)}；该指标为定性指标，由评价人员判断是否达成。`,
      };
    const met = meetsTarget(target, a.value, direction);
    const how =
      target.implicit && direction !== 'equal'
        ? direction === 'higher'
          ? '（正向指标，不低于即达成）'
          : '（反向指标，不高于即达成）'
        : '';
    return {
      ...base,
      actualQuantity: a,
      ...r,
      status: met ? 'met' : 'not-met',
      message: `${expected}${how}，实际${show(a)}${rateText}，${met ? '已达成' : '未达成'}。`,
    };
  }

  if (target.kind === 'deadline') {
    const due = `${target.year}年${target.month}月${target.day ? `${target.day}日` : '底'}前`;
    if (actual.kind === 'deadline') {
      const late =
        actual.year > target.year ||
        (actual.year === target.year && actual.month > target.month) ||
        (actual.year === target.year &&
          actual.month === target.month &&
          (actual.day ?? 31) > (target.day ?? 31));
      return {
        ...base,
        status: late ? 'not-met' : 'met',
        message: `要求${due}完成，实际${actual.text}，${late ? '逾期' : '按时'}。`,
      };
    }
    if (
      (actual.kind === 'prose' && actual.status === 'done') ||
      (actual.kind === 'qualitative' && actual.polarity === 'positive')
    ) {
      return {
        ...base,
        status: 'met',
        message: `要求${due}完成，实际填报“${actualText}”，按已完成计（未填完成日期）。`,
      };
    }
    if (
      (actual.kind === 'prose' && actual.status === 'not-done') ||
      (actual.kind === 'qualitative' && actual.polarity === 'negative')
    ) {
      return { ...base, status: 'not-met', message: `要求${due}完成，实际填报“${actualText}”，未完成。` };
    }
    return {
      ...base,
      status: 'undetermined',
      message: `要求${due}完成，实际填报“${actualText}”，无法判断是否按时，请人工判断。`,
    };
  }

  if (target.kind === 'qualitative') {
    if (actual.kind === 'qualitative') {
      if (actual.polarity === 'negative')
        return {
          ...base,
          status: 'not-met',
          message: `预期“${target.value}”，实际“${actual.value}”，未达成。`,
        };
      if (actual.value === target.value || GENERIC_DONE.includes(actual.value)) {
        return { ...base, status: 'met', message: `预期“${target.value}”，实际“${actual.value}”，已达成。` };
      }
    }
    if (actual.kind === 'prose' && actual.status !== null) {
      const met = actual.status === 'done';
      return {
        ...base,
        status: met ? 'met' : 'not-met',
        message: `预期“${target.value}”，实际“${actualText}”，${met ? '已达成' : '未达成'}。`,
      };
    }
    return {
      ...base,
      status: 'undetermined',
      message: `预期“${target.value}”与实际“${actualText}”无法自动比较，请人工判断。`,
    };
  }

  if (target.kind === 'text') return { ...base, status: 'undetermined', message: target.message };
  return {
    ...base,
    status: 'undetermined',
    message: `预期“${targetText}”为文字说明，无法自动比较，请人工判断。`,
  };
}

export type GradeLevel = '优' | '良' | '中' | '差';
export const GRADE_LEVELS: readonly GradeLevel[] = ['优', '良', '中', '差'];

export type GradeStandards = Record<GradeLevel, string>;

export type StandardsEvaluation = {
  level: GradeLevel | null;
  direction: Direction | null;
  /** actual / the 优 threshold × 100. */
  completionRate: Dec | null;
  message: string;
};

/**
 * Places an actual value in 004's 优/良/中/差 standards ("1000条/700条/500条/300条", or lower-is-better
 * "10%/14%/18%/18%以上"). The direction follows from the thresholds themselves.
 */
export function evaluateAgainstStandards(standards: GradeStandards, actualText: string): StandardsEvaluation {
  const parsed = GRADE_LEVELS.map((g) => [g, parseValue(standards[g])] as const);
  const qs: Array<readonly [GradeLevel, Quantity]> = [];
  for (const [g, p] of parsed) {
    if (p.kind !== 'quantity') {
      return {
        level: null,
        direction: null,
        completionRate: null,
        message: `标准“${g}：${standards[g]}”不是数值，无法自动定级，请人工判断。`,
      };
    }
    qs.push([g, p]);
  }
  const best = qs[0]![1];
  const middle = qs[2]![1];
  const direction: Direction = best.value.gte(middle.value) ? 'higher' : 'lower';
  const actual = parseValue(actualText);
  const a = comparableActual(best, actual);
  if (!a)
    return {
      level: null,
      direction,
      completionRate: null,
      message: `实际值“${actualText}”无法与标准比较，请人工判断。`,
    };
  let level: GradeLevel = '差';
  for (const [g, q] of qs.slice(0, 3)) {
    const ok = direction === 'higher' ? a.value.gte(q.value) : a.value.lte(q.value);
    if (ok) {
      level = g;
      break;
    }
  }
  const completionRate = best.value.isZero() ? null : a.value.div(best.value).times(100);
  const word = direction === 'higher' ? '不低于' : '不高于';
  return {
    level,
    direction,
    completionRate,
    message:
      level === '差'
        ? `实际${show(a)}，未达到“中”的标准（${word}${show(qs[2]![1])}），评为差。`
        : `实际${show(a)}，${word}“${level}”的标准${show(qs.find(([g]) => g === level)![1])}，评为${level}。`,
  };
}
