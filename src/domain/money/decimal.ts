/**
 * Exact decimals for money, shares and scores. Every printed figure passes through here.
 * decimal.js with ROUND_HALF_UP rounds ties away from zero, which is 四舍五入 (−2.125 → −2.13).
 */
import DecimalJs from 'decimal.js';

// 28 significant digits: far beyond any printed figure (万元 at 2 decimals of 亿-scale sums), and cheaper than more.
export const Dec = DecimalJs.clone({ precision: 28, rounding: DecimalJs.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;
export type DecInput = Dec | string | number;

/** A decimal from a string (or an integer); refuses NaN and binary-float noise early. */
export function dec(value: DecInput): Dec {
  // Decimals are immutable: one already made is returned as it is, not copied.
  if (value instanceof Dec) return value;
  if (typeof value === 'number' && !Number.isInteger(value)) {
    // Non-integer JS numbers carry binary noise; go through their shortest decimal string.
    return new Dec(String(value));
  }
  return new Dec(value);
}

/** 四舍五入 at `places` decimals (ties away from zero). */
export function roundHalfUp(value: DecInput, places = 2): Dec {
  return dec(value).toDecimalPlaces(places, Dec.ROUND_HALF_UP);
}

/** Fixed-point text, half-up at `places` ("1234.50"). */
export function fixed(value: DecInput, places = 2): string {
  return roundHalfUp(value, places).toFixed(places);
}

/** Fixed-point text with thousands separators, half-up ("1234567.8" → "1,234,567.80"), for reading. */
export function grouped(value: DecInput, places = 2): string {
  const [int = '', frac] = fixed(value, places).split('.');
  const sign = int.startsWith('-') ? '-' : '';
  const digits = int.replace('-', '').replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${sign}${digits}${frac !== undefined ? `.${frac}` : ''}`;
}

export function sum(values: readonly DecInput[]): Dec {
  return values.reduce<Dec>((acc, v) => acc.plus(dec(v)), new Dec(0));
}

export function isDecimalString(text: string): boolean {
  return /^-?\d+(\.\d+)?$/.test(text.trim());
}
