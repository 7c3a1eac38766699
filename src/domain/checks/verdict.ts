/**
 * How a printed figure is judged against the figures it derives from. The arithmetic itself
 * (share, change, completion, sum within rounding) comes from src/domain/money; this file only
 * decides whether a difference is exact, explained by rounding (note), a truncation (warning) or wrong (error).
 */
import { Dec, dec, roundHalfUp, sumWithinRounding } from '../money/index.ts';
import type { Severity } from './types.ts';

export type Printed = { value: string; places: number };

const HALF_ULP: Dec[] = [];
const ZERO = new Dec(0);

/** Half a unit of the last printed digit. */
export function halfUlp(places: number): Dec {
  // Decimals are immutable: one value per precision.
  if (Number.isInteger(places) && places >= 0 && places < 32)
    return (HALF_ULP[places] ??= new Dec(10).pow(-places).div(2));
  return new Dec(10).pow(-places).div(2);
}

export type RatioVerdict =
  { kind: 'ok' } | { kind: 'rounding' | 'truncated' | 'wrong'; severity: Severity; exact: Dec };

/** Printed figures already read (decimals are immutable; a document repeats its totals). */
const PARSED = new Map<string, Dec>();

function parsed(value: string): Dec {
  let d = PARSED.get(value);
  if (d === undefined) {
    if (PARSED.size >= 4096) PARSED.clear();
    d = dec(value);
    PARSED.set(value, d);
  }
  return d;
}

/**
 * Judges a printed ratio against `compute(inputs)`. Every input was itself rounded when printed,
 * so the true ratio lies between the extremes of `compute` over the inputs ± half their last digit.
 */
export function judgeRatio(
  printed: Printed,
  inputs: readonly Printed[],
  compute: (values: Dec[]) => Dec | null,
): RatioVerdict | null {
  const values = inputs.map((i) => parsed(i.value));
  const exact = compute(values);
  if (exact === null) return null;
  const shown = parsed(printed.value);
  if (roundHalfUp(exact, printed.places).eq(shown)) return { kind: 'ok' };
  let lo: Dec | null = null;
  let hi: Dec | null = null;
  const corners = 1 << inputs.length;
  for (let mask = 0; mask < corners; mask++) {
    const vals = inputs.map((input, i) => {
      // A figure printed without decimals (a budget of "2万元", 100 points) is taken as exact.
      const h = input.places === 0 ? ZERO : halfUlp(input.places);
      return mask & (1 << i) ? values[i]!.plus(h) : values[i]!.minus(h);
    });
    const v = compute(vals);
    if (v === null) continue;
    lo = lo === null || v.lt(lo) ? v : lo;
    hi = hi === null || v.gt(hi) ? v : hi;
  }
  const h = halfUlp(printed.places);
  if (lo !== null && hi !== null && shown.minus(h).lte(hi) && shown.plus(h).gte(lo)) {
    return { kind: 'rounding', severity: 'note', exact };
  }
  if (exact.toDecimalPlaces(printed.places, Dec.ROUND_DOWN).eq(shown)) {
    return { kind: 'truncated', severity: 'warning', exact };
  }
  return { kind: 'wrong', severity: 'error', exact };
}

/** The clause a message adds for a verdict that is not plainly wrong (empty for `wrong`). */
export function verdictClause(
  kind: 'rounding' | 'truncated' | 'wrong',
  rounding = '，差异在四舍五入的误差范围内',
): string {
  return kind === 'rounding' ? rounding : kind === 'truncated' ? '，似为截断而非四舍五入' : '';
}

export type SumVerdict =
  { kind: 'ok' } | { kind: 'rounding' | 'wrong'; severity: Severity; total: Dec; difference: Dec };

/** A printed total against its printed parts: equal, within n × half a digit (note), or wrong (error). */
/** A printed figure as an integer count of 10^-places (exact for the short figures documents print), or null. */
function scaled(value: string, places: number): number | null {
  // By hand, not a regular expression: every table sum passes through here. Same as
  // /^(-?)(\d+)(?:\.(\d+))?$/ with at most `places` decimals and at most 15 digits in all.
  const neg = value.charCodeAt(0) === 45;
  let i = neg ? 1 : 0;
  let n = 0;
  let digits = 0;
  for (; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) break;
    n = n * 10 + (c - 48);
    digits++;
  }
  if (digits === 0) return null;
  let decimals = 0;
  if (i < value.length) {
    if (value.charCodeAt(i) !== 46 || i === value.length - 1) return null;
    for (i++; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c < 48 || c > 57) return null;
      n = n * 10 + (c - 48);
      decimals++;
    }
  }
  if (decimals > places || digits + places > 15) return null;
  for (let k = decimals; k < places; k++) n *= 10;
  return neg ? -n : n;
}

export function judgeSum(parts: readonly Printed[], total: Printed, fixedPlaces?: number): SumVerdict {
  let places = fixedPlaces ?? total.places;
  if (fixedPlaces === undefined) for (const p of parts) if (p.places > places) places = p.places;
  // Fast path: figures as integer counts of the last digit decide the verdict without decimal arithmetic
  // (many sums are tried that do not hold: which columns add up, the extent of a row's parts).
  const t = scaled(total.value, places);
  if (t !== null) {
    let acc = 0;
    let exact = true;
    for (const p of parts) {
      const v = scaled(p.value, places);
      acc += v ?? 0;
      if (v === null || Math.abs(acc) > Number.MAX_SAFE_INTEGER) {
        exact = false;
        break;
      }
    }
    if (exact && acc === t) return { kind: 'ok' };
    if (exact) {
      // Within (n + 1) × half a unit of the last digit, as sumWithinRounding decides it.
      const within = 2 * Math.abs(acc - t) <= parts.length + 1 && places > 0;
      return lazySum(within ? 'rounding' : 'wrong', parts, total, places);
    }
  }
  const result = sumWithinRounding(
    parts.map((p) => p.value),
    total.value,
    places,
  );
  const computed = result.difference.plus(dec(total.value));
  if (result.exact) return { kind: 'ok' };
  if (result.withinRounding && places > 0)
    return { kind: 'rounding', severity: 'note', total: computed, difference: result.difference };
  return { kind: 'wrong', severity: 'error', total: computed, difference: result.difference };
}

/** A sum verdict whose decimals (for the message) are computed only when read. */
function lazySum(
  kind: 'rounding' | 'wrong',
  parts: readonly Printed[],
  total: Printed,
  places: number,
): SumVerdict {
  let difference: Dec | null = null;
  const diff = (): Dec =>
    (difference ??= sumWithinRounding(
      parts.map((p) => p.value),
      total.value,
      places,
    ).difference);
  return {
    kind,
    severity: kind === 'rounding' ? 'note' : 'error',
    get difference(): Dec {
      return diff();
    },
    get total(): Dec {
      return diff().plus(dec(total.value));
    },
  };
}

/** Plain text of a decimal at a printed precision ("44.84"). */
export function show(value: Dec, places: number): string {
  return roundHalfUp(value, places).toFixed(places);
}

/** A figure as the document would print it, trimmed of binary-looking tails ("67.75"). */
export function plain(value: Dec): string {
  return value.toDecimalPlaces(6).toString();
}
