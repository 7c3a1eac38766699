/**
 * How a printed figure is judged against the figures it derives from. The arithmetic itself
 * (share, change, completion, sum within rounding) comes from src/domain/money; this file only
 * decides whether a difference is exact, explained by rounding (note), a truncation (warning) or wrong (error).
 */
import { Dec, dec, roundHalfUp, sumWithinRounding } from '../money/index.ts';
import type { Severity } from './types.ts';

export type Printed = { value: string; places: number };

/** Half a unit of the last printed digit. */
export function halfUlp(places: number): Dec {
  return new Dec(10).pow(-places).div(2);
}

export type RatioVerdict =
  { kind: 'ok' } | { kind: 'rounding' | 'truncated' | 'wrong'; severity: Severity; exact: Dec };

/**
 * Judges a printed ratio against `compute(inputs)`. Every input was itself rounded when printed,
 * so the true ratio lies between the extremes of `compute` over the inputs ± half their last digit.
 */
export function judgeRatio(
  printed: Printed,
  inputs: readonly Printed[],
  compute: (values: Dec[]) => Dec | null,
): RatioVerdict | null {
  const exact = compute(inputs.map((i) => dec(i.value)));
  if (exact === null) return null;
  const shown = dec(printed.value);
  if (roundHalfUp(exact, printed.places).eq(shown)) return { kind: 'ok' };
  let lo: Dec | null = null;
  let hi: Dec | null = null;
  const corners = 1 << inputs.length;
  for (let mask = 0; mask < corners; mask++) {
    const vals = inputs.map((input, i) => {
      // A figure printed without decimals (a budget of "2万元", 100 points) is taken as exact.
      const h = input.places === 0 ? new Dec(0) : halfUlp(input.places);
      return mask & (1 << i) ? dec(input.value).plus(h) : dec(input.value).minus(h);
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
  const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(value);
  if (!m || (m[3]?.length ?? 0) > places || m[2]!.length + places > 15) return null;
  const n = Number(m[2]! + (m[3] ?? '').padEnd(places, '0'));
  return m[1] ? -n : n;
}

export function judgeSum(parts: readonly Printed[], total: Printed, fixedPlaces?: number): SumVerdict {
  const places = fixedPlaces ?? Math.max(total.places, ...parts.map((p) => p.places));
  // Fast path: most sums hold exactly; integers decide that without decimal arithmetic.
  const t = scaled(total.value, places);
  if (t !== null) {
    let acc = 0;
    let ok = true;
    for (const p of parts) {
      const v = scaled(p.value, places);
      if (v === null) {
        ok = false;
        break;
      }
      acc += v;
    }
    if (ok && acc === t) return { kind: 'ok' };
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

/** Plain text of a decimal at a printed precision ("44.84"). */
export function show(value: Dec, places: number): string {
  return roundHalfUp(value, places).toFixed(places);
}

/** A figure as the document would print it, trimmed of binary-looking tails ("67.75"). */
export function plain(value: Dec): string {
  return value.toDecimalPlaces(6).toString();
}
