/**
 * How a printed figure is judged against the figures it derives from. The arithmetic itself
 * (share, change, completion, sum within rounding) comes from src/domain/money; this file only
 * decides whether a difference is exact, explained by rounding (note), a truncation (warning) or wrong (error).
 */
import { Dec, dec, roundHalfUp, sumWithinRounding } from '../money/index.ts';
import { printedPlaces } from './numbers.ts';
import type { Severity } from './types.ts';

export type Printed = { value: string; places: number };

/** A figure as printed ("5.20" → places 2, "10" → places 0). */
export const printedFigure = (value: string): Printed => ({ value, places: printedPlaces(value) });

const HALF_ULP: Dec[] = [];
const ZERO = new Dec(0);

/** Half a unit of the last printed digit (places below 0: a figure moved to a finer unit, `inMoneyUnit`). */
export function halfUlp(places: number): Dec {
  // Decimals are immutable: one value per precision.
  if (Number.isInteger(places) && places >= 0 && places < 32)
    return (HALF_ULP[places] ??= new Dec(10).pow(-places).div(2));
  return new Dec(10).pow(-places).div(2);
}

/** Money units as powers of ten of 元. */
const MONEY_EXPONENT: ReadonlyMap<string, number> = new Map([
  ['元', 0],
  ['万元', 4],
  ['亿元', 8],
]);

/**
 * A printed money figure in another money unit, its rounding carried along: 2.35亿元 in 万元 is 23500 at
 * −2 places (± half of 100万元: `halfUlp(-2)` = 50), 1,234.56元 in 万元 is 0.123456 at 6 places. Null when
 * either unit is not a money unit. judgeRatio and halfUlp take negative places as they are.
 */
export function inMoneyUnit(value: string, places: number, from: string, to: string): Printed | null {
  const a = MONEY_EXPONENT.get(from);
  const b = MONEY_EXPONENT.get(to);
  if (a === undefined || b === undefined) return null;
  if (a === b) return { value, places };
  return {
    value: dec(value)
      .times(new Dec(10).pow(a - b))
      .toFixed(),
    places: places - (a - b),
  };
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
  percent?: Percent,
): RatioVerdict | null {
  // Most printed ratios are right: decided in integers, decimal division is left to those that are not.
  if (percent && percentHolds(printed, inputs, percent)) return { kind: 'ok' };
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

/**
 * The percentage `compute` works out, as integer combinations of the inputs, for judgeRatio's fast path:
 * Σ num[i]·input[i] ÷ Σ den[i]·input[i] × 100 — of the absolute values when `abs`, else a quotient that
 * must not be negative.
 */
export type Percent = { num: readonly number[]; den: readonly number[]; abs: boolean };

/** part ÷ total × 100 (a share, a completion or execution rate) of the inputs [part, total]. */
export const SHARE: Percent = { num: [1, 0], den: [0, 1], abs: false };

/**
 * Whether the printed percentage is `percent` of the inputs rounded half-up, decided exactly in integers
 * (false also when it cannot be decided that way: too many digits, a negative or zero denominator).
 * With the inputs as integers at their common precision, printed S at k places holds when
 * (2S − 1)·D ≤ 200·N·10^k < (2S + 1)·D.
 */
function percentHolds(printed: Printed, inputs: readonly Printed[], percent: Percent): boolean {
  let places = 0;
  for (const i of inputs) if (i.places > places) places = i.places;
  let n = 0;
  let d = 0;
  for (let i = 0; i < inputs.length; i++) {
    const v = scaled(inputs[i]!.value, places);
    if (v === null) return false;
    n += percent.num[i]! * v;
    d += percent.den[i]! * v;
  }
  if (percent.abs) {
    n = Math.abs(n);
    d = Math.abs(d);
  }
  const s = scaled(printed.value, printed.places);
  if (s === null || s < 0 || n < 0 || d <= 0) return false;
  const scaledN = 200 * n * 10 ** printed.places;
  const upper = (2 * s + 1) * d;
  // Beyond 2^53 the products are no longer exact: the decimal path decides.
  if (scaledN > Number.MAX_SAFE_INTEGER || upper > Number.MAX_SAFE_INTEGER) return false;
  return (2 * s - 1) * d <= scaledN && scaledN < upper;
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

/** A printed figure's digits, read once: null when it is not a plain decimal (/^(-?)(\d+)(?:\.(\d+))?$/). */
type Digits = { neg: boolean; n: number; digits: number; decimals: number } | null;

function readDigits(value: string): Digits {
  // By hand, not a regular expression: every table sum passes through here.
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
  return { neg, n, digits, decimals };
}

/**
 * A printed figure as an integer count of 10^-places (exact for the short figures documents print), or
 * null: at most `places` decimals and at most 15 digits in all.
 */
function scaled(value: string, places: number): number | null {
  return scaledDigits(readDigits(value), places);
}

/** scaled(value, places) of a figure read by readDigits. */
function scaledDigits(d: Digits, places: number): number | null {
  if (d === null || d.decimals > places || d.digits + places > 15) return null;
  let n = d.n;
  for (let k = d.decimals; k < places; k++) n *= 10;
  return d.neg ? -n : n;
}

/**
 * sumKind(parts, total, count) for any count, each figure read once: the extents of a table row are all
 * tried, summing the same figures again and again.
 */
export function prefixSumKind(
  parts: readonly Printed[],
  total: Printed,
): (count: number) => SumVerdict['kind'] {
  const digits = parts.map((p) => readDigits(p.value));
  const totalDigits = readDigits(total.value);
  return (count) => {
    const places = sumPlaces(parts, count, total);
    return integerKind(count, places) ?? judgeSum(parts.slice(0, count), total).kind;
  };
  // As integerSumKind decides it.
  function integerKind(count: number, places: number): 'ok' | 'rounding' | 'wrong' | null {
    const t = scaledDigits(totalDigits, places);
    if (t === null) return null;
    let acc = 0;
    for (let i = 0; i < count; i++) {
      const v = scaledDigits(digits[i]!, places);
      if (v === null) return null;
      acc += v;
      if (Math.abs(acc) > Number.MAX_SAFE_INTEGER) return null;
    }
    if (acc === t) return 'ok';
    return 2 * Math.abs(acc - t) <= count + 1 && places > 0 ? 'rounding' : 'wrong';
  }
}

const POW10 = Array.from({ length: 16 }, (_, k) => 10 ** k);

/** Decimals of a plain decimal string ("12.340" → 3). */
function decimalsOf(value: string): number {
  const point = value.indexOf('.');
  return point < 0 ? 0 : value.length - point - 1;
}

/** a at 10^-pa equals b at 10^-pb (integers), or null when that cannot be told exactly in doubles. */
function sameScaled(a: number, pa: number, b: number, pb: number): boolean | null {
  const m = Math.max(pa, pb);
  if (m > 15) return null;
  const x = a * POW10[m - pa]!;
  const y = b * POW10[m - pb]!;
  if (Math.abs(x) > Number.MAX_SAFE_INTEGER || Math.abs(y) > Number.MAX_SAFE_INTEGER) return null;
  return x === y;
}

/**
 * Whether `printed` is `exact` rounded half-up at `places`, or equals `exact` — decided in integers when
 * both are short plain decimals, else null (the caller decides in decimals).
 */
export function roundsTo(exact: string, places: number, printed: string): boolean | null {
  const pe = decimalsOf(exact);
  const pp = decimalsOf(printed);
  const e = scaled(exact, pe);
  const p = scaled(printed, pp);
  if (e === null || p === null || places > 15) return null;
  let rounded = e;
  if (pe > places) {
    // Half-up is away from zero (四舍五入 of a negative figure too).
    const unit = POW10[pe - places]!;
    const magnitude = Math.abs(e);
    let q = Math.floor(magnitude / unit);
    // (The division is a double: near 2^53 it may round up to the next integer.)
    if (q * unit > magnitude) q--;
    if (2 * (magnitude - q * unit) >= unit) q++;
    rounded = e < 0 ? -q : q;
  }
  const same = sameScaled(rounded, Math.min(pe, places), p, pp);
  if (same === null) return null;
  return same || sameScaled(p, pp, e, pe);
}

/**
 * The verdict's kind for total = Σ of the first `count` parts, decided in integer counts of the last
 * digit; null when the figures are too long for that (then decimal arithmetic decides).
 */
function integerSumKind(
  parts: readonly Printed[],
  count: number,
  total: Printed,
  places: number,
): 'ok' | 'rounding' | 'wrong' | null {
  const t = scaled(total.value, places);
  if (t === null) return null;
  let acc = 0;
  for (let i = 0; i < count; i++) {
    const v = scaled(parts[i]!.value, places);
    if (v === null) return null;
    acc += v;
    if (Math.abs(acc) > Number.MAX_SAFE_INTEGER) return null;
  }
  if (acc === t) return 'ok';
  // Within (n + 1) × half a unit of the last digit, as sumWithinRounding decides it.
  return 2 * Math.abs(acc - t) <= count + 1 && places > 0 ? 'rounding' : 'wrong';
}

function sumPlaces(parts: readonly Printed[], count: number, total: Printed): number {
  let places = total.places;
  for (let i = 0; i < count; i++) if (parts[i]!.places > places) places = parts[i]!.places;
  return places;
}

/**
 * Only the kind of judgeSum(parts.slice(0, count), total): for the sums tried to learn a table's shape
 * (which columns add up, a row's extent), most of which do not hold — no verdict object, no copy.
 */
export function sumKind(parts: readonly Printed[], total: Printed, count = parts.length): SumVerdict['kind'] {
  return (
    integerSumKind(parts, count, total, sumPlaces(parts, count, total)) ??
    judgeSum(parts.slice(0, count), total).kind
  );
}

/** The verdict of every sum that holds (verdicts are read, never changed: one object for all). */
export const SUM_OK: SumVerdict = { kind: 'ok' };

export function judgeSum(parts: readonly Printed[], total: Printed, fixedPlaces?: number): SumVerdict {
  const places = fixedPlaces ?? sumPlaces(parts, parts.length, total);
  // Fast path: figures as integer counts of the last digit decide the verdict without decimal arithmetic
  // (many sums are tried that do not hold: which columns add up, the extent of a row's parts).
  const kind = integerSumKind(parts, parts.length, total, places);
  if (kind === 'ok') return SUM_OK;
  if (kind !== null) return lazySum(kind, parts, total, places);
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

/**
 * The sum of printed parts when it is not their printed total (beyond the rounding of the printed
 * figures), at the parts' precision: the base a share is judged against when a table's 合计 is wrong.
 */
export function sumWhenTotalWrong(parts: readonly Printed[], total: Printed): Printed | null {
  if (judgeSum(parts, total).kind !== 'wrong') return null;
  const places = Math.max(...parts.map((p) => p.places));
  return { value: parts.reduce((a, p) => a.plus(p.value), dec(0)).toFixed(places), places };
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

/** A sum or a difference as the figures it comes from print it: at the most decimals any of them has. */
export function showAs(value: Dec, figures: readonly Printed[]): string {
  let places = 0;
  for (const f of figures) if (f.places > places) places = f.places;
  return show(value, places);
}

/**
 * A figure shown at its inputs' places, its zeros beyond `floor` places dropped: a sum of 元 amounts taken in
 * 万元 carries six places ("187.740000"), shown as its total prints ("187.74").
 */
export function trimZeros(text: string, floor: number): string {
  const dot = text.indexOf('.');
  if (dot < 0) return text;
  let end = text.length;
  while (end - dot - 1 > floor && text.charCodeAt(end - 1) === 48) end--;
  return end === dot + 1 ? text.slice(0, dot) : text.slice(0, end);
}

/** A figure as the document would print it, trimmed of binary-looking tails ("67.75"). */
export function plain(value: Dec): string {
  return value.toDecimalPlaces(6).toString();
}

/**
 * Of several readings of one printed figure (the figures it may be worked out from), the one it holds for; else
 * one within rounding; else the first (the reading a finding shows). Null readings are none.
 */
export function likeliestReading<T extends { verdict: RatioVerdict | null }>(
  readings: readonly (T | null)[],
): T | null {
  const kind = (k: string) => readings.find((r) => r?.verdict?.kind === k);
  return kind('ok') ?? kind('rounding') ?? readings[0] ?? null;
}
