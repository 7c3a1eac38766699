/**
 * Printed figures of the explanation: amounts in 万元 at 2 decimals and percentages at 2 decimals, both
 * 四舍五入, computed from exact 元 through src/domain/money. Each printed figure is recorded with the exact
 * value it came from, so a renderer prints it and the checker verifies it without re-deriving anything.
 */
import {
  Dec,
  changePercent,
  completionPercent,
  dec,
  fixed,
  fromYuan,
  sharePercent,
  type DecInput,
} from '../money/index.ts';

export type FigureKind = 'amount' | 'share' | 'change' | 'changePercent' | 'completion' | 'count';

export interface Figure {
  /** Stable key, e.g. "income.generalBudgetAppropriation.share". */
  key: string;
  /** Chinese label of what the figure is. */
  label: string;
  kind: FigureKind;
  /** As printed in the text, without the unit ("233.72"). */
  printed: string;
  unit: string;
  /** The exact value: 元 for amounts and changes, percent for ratios, an integer for counts. */
  exact: string;
  /** For ratios: the exact 元 numerator and denominator. */
  basis?: { numerator: string; denominator: string };
}

/** 元 → 万元 text at 2 decimals, half-up. */
export function wan(yuanAmount: DecInput): string {
  return fixed(fromYuan(yuanAmount, '万元'), 2);
}

/** A percentage (already ×100) at 2 decimals, half-up. */
export function pct(percent: Dec): string {
  return fixed(percent, 2);
}

export function amountFigure(key: string, label: string, yuanAmount: DecInput): Figure {
  return {
    key,
    label,
    kind: 'amount',
    printed: wan(yuanAmount),
    unit: '万元',
    exact: dec(yuanAmount).toString(),
  };
}

export function ratioFigure(
  key: string,
  label: string,
  kind: 'share' | 'completion' | 'changePercent',
  numerator: DecInput,
  denominator: DecInput,
): Figure | null {
  const value =
    kind === 'share'
      ? sharePercent(numerator, denominator)
      : kind === 'completion'
        ? completionPercent(numerator, denominator)
        : changePercent(numerator, denominator);
  if (value === null) return null;
  const basis =
    kind === 'changePercent'
      ? {
          numerator: dec(numerator).minus(dec(denominator)).abs().toString(),
          denominator: dec(denominator).toString(),
        }
      : { numerator: dec(numerator).toString(), denominator: dec(denominator).toString() };
  return { key, label, kind, printed: pct(value.abs()), unit: '%', exact: value.toString(), basis };
}

export function countFigure(key: string, label: string, n: number, unit: string): Figure {
  return { key, label, kind: 'count', printed: String(n), unit, exact: String(n) };
}
