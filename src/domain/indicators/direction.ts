/**
 * An indicator's direction (指标方向): 正向 (≥, more is better), 反向 (≤, less is better, e.g. 成本),
 * 等于 (=, the target exactly, within the precision it is printed at) or 定性 (a person judges). A goal
 * row and a template leaf may set it; when they do not, it follows from the 预期指标值's comparator, and a
 * bare figure ("32.35万元") from its category (成本指标 → 反向) — see defaultDirection().
 */
import { Dec } from '../money/index.ts';
import { parseValue, type ParsedValue, type Quantity } from './target-value.ts';

export type IndicatorDirection = 'higher' | 'lower' | 'equal' | 'qualitative';

export const INDICATOR_DIRECTIONS: readonly IndicatorDirection[] = [
  'higher',
  'lower',
  'equal',
  'qualitative',
];

/** As forms and documents name them. */
export const DIRECTION_NAMES: Record<IndicatorDirection, string> = {
  higher: '正向（≥）',
  lower: '反向（≤）',
  equal: '等于（=）',
  qualitative: '定性',
};

export const DIRECTION_SYMBOLS: Record<IndicatorDirection, string> = {
  higher: '≥',
  lower: '≤',
  equal: '=',
  qualitative: '定性',
};

/** Reads a direction as people write it (≥ / ≤ / = / 定性 / 正向 / 反向 / 等于 or the API's names). */
export function readDirection(text: string | null | undefined): IndicatorDirection | null {
  const t = (text ?? '').replace(/\s+/g, '');
  if (t === '') return null;
  if ((INDICATOR_DIRECTIONS as readonly string[]).includes(t)) return t as IndicatorDirection;
  if (/^(≥|>=|正向|正向指标|正向（≥）)$/.test(t)) return 'higher';
  if (/^(≤|<=|反向|反向指标|反向（≤）)$/.test(t)) return 'lower';
  if (/^(=|＝|等于|等于（=）)$/.test(t)) return 'equal';
  if (/^(定性|定性指标)$/.test(t)) return 'qualitative';
  return null;
}

/** Words that make a bare figure a "less is better" one (成本指标 and its usual names). */
const LOWER_IS_BETTER = /成本|费用|经费|造价|单价|支出/;

/** A target as one figure: a quantity, or prose naming exactly one figure with a unit. */
function targetQuantity(p: ParsedValue): Quantity | null {
  if (p.kind === 'quantity') return p;
  if (p.kind === 'prose') {
    const withUnit = p.quantities.filter((q) => q.unit !== '');
    return withUnit.length === 1 ? withUnit[0]! : null;
  }
  return null;
}

/**
 * The direction an indicator has when nobody set one: the comparator of its 预期指标值 (≥ / 以上 →
 * 正向, ≤ / 以下 / 低于 → 反向, an explicit "=" → 等于); for a bare figure, 反向 under 成本指标 (or when
 * the indicator is a cost: 成本, 费用, 经费 …) and 正向 otherwise; a deadline is 反向 (not later than);
 * a word or sentence ("满意", "按期完成") is 定性.
 */
export function defaultDirection(row: {
  target: string;
  level2?: string;
  name?: string;
}): IndicatorDirection {
  const parsed = parseValue(row.target);
  if (parsed.kind === 'deadline') return 'lower';
  const q = targetQuantity(parsed);
  if (!q) return 'qualitative';
  switch (q.comparator) {
    case '>=':
    case '>':
      return 'higher';
    case '<=':
    case '<':
      return 'lower';
    case '=':
      if (!q.implicit) return 'equal';
      break;
    case '≈':
      break;
  }
  const cost = (row.level2 ?? '').includes('成本') || LOWER_IS_BETTER.test(row.name ?? '');
  return cost ? 'lower' : 'higher';
}

/**
 * Why a direction cannot go with a 预期指标值, in Chinese, or null when it can: an explicit comparator
 * that says the opposite ("≥98%" set as 反向), or a word ("满意") given a numeric direction.
 */
export function directionProblem(target: string, direction: IndicatorDirection): string | null {
  if (direction === 'qualitative' || target.trim() === '') return null;
  const parsed = parseValue(target);
  const name = DIRECTION_NAMES[direction];
  if (parsed.kind === 'deadline')
    return direction === 'lower'
      ? null
      : `预期指标值“${target}”是完成期限，方向应为“${DIRECTION_NAMES.lower}”或“${DIRECTION_NAMES.qualitative}”，不能是“${name}”。`;
  const q = targetQuantity(parsed);
  if (!q)
    return `预期指标值“${target}”不是数值，方向只能是“${DIRECTION_NAMES.qualitative}”，不能是“${name}”。`;
  const says: IndicatorDirection | null =
    q.comparator === '>=' || q.comparator === '>'
      ? 'higher'
      : q.comparator === '<=' || q.comparator === '<'
        ? 'lower'
        : null;
  if (says && says !== direction)
    return `预期指标值“${target}”表示“${DIRECTION_NAMES[says]}”，与所选方向“${name}”不一致，请修改预期指标值或指标方向。`;
  return null;
}

/** Decimal places of a figure as written ("98.5" → 1, "100" → 0). */
export function printedPlaces(q: Quantity): number {
  return q.number.decimalPlaces();
}

/**
 * Whether an actual equals the target within the precision the target is printed at: "= 100%" is met
 * by 100, 100.0 and 99.6 (which prints as 100), not by 99.4.
 */
export function equalAtPrecision(target: Quantity, actual: Dec): boolean {
  const factor =
    target.value.isZero() || target.number.isZero() ? new Dec(1) : target.value.div(target.number);
  const shown = actual.div(factor).toDecimalPlaces(printedPlaces(target), Dec.ROUND_HALF_UP);
  return shown.eq(target.number);
}
