/**
 * The three ratios every document is made of — share, change, completion — and "sum within rounding".
 * One implementation used by the accounts narrative, the scoring engine and the checker.
 */
import { Dec, dec, roundHalfUp, sum, type DecInput } from './decimal.ts';

/** part / total × 100, or null when the total is zero (a share of nothing is not a number). */
export function sharePercent(part: DecInput, total: DecInput): Dec | null {
  const t = dec(total);
  if (t.isZero()) return null;
  return dec(part).div(t).times(100);
}

/** (this − last) / last × 100, or null when last year was zero. */
export function changePercent(thisYear: DecInput, lastYear: DecInput): Dec | null {
  const last = dec(lastYear);
  if (last.isZero()) return null;
  return dec(thisYear).minus(last).div(last.abs()).times(100);
}

/** 决算数 / 预算数 × 100 (完成预算%, 执行率), or null when nothing was budgeted. */
export function completionPercent(actual: DecInput, budget: DecInput): Dec | null {
  return sharePercent(actual, budget);
}

/**
 * Whether a printed total agrees with its printed parts. Each of n parts rounded at `places`
 * may be off by half a unit of the last digit, and so may the total: tolerance (n + 1) × 0.5 ulp.
 * Returns the difference and whether it is within rounding.
 */
export function sumWithinRounding(
  printedParts: readonly DecInput[],
  printedTotal: DecInput,
  places = 2,
): { difference: Dec; withinRounding: boolean; exact: boolean; tolerance: Dec } {
  const difference = sum(printedParts).minus(dec(printedTotal));
  const tolerance = new Dec(10)
    .pow(-places)
    .times(0.5)
    .times(printedParts.length + 1);
  return {
    difference,
    exact: difference.isZero(),
    withinRounding: difference.abs().lte(tolerance),
    tolerance,
  };
}

/** Whether a printed figure equals the exact value once rounded half-up to the printed precision. */
export function printedMatches(printed: string, exact: DecInput): boolean {
  const places = (printed.split('.')[1] ?? '').length;
  return roundHalfUp(exact, places).eq(dec(printed));
}

export { Dec };
