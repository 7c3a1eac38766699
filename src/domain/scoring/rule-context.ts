/**
 * What every scoring rule receives and returns: the weight, the template's rounding policy, the facts
 * entered for the indicator (inputs shared by all evaluators) and one evaluator's entry; back comes a
 * score with a generated Chinese explanation, or a refusal saying what is missing or wrong.
 */
import { Dec, dec, roundHalfUp } from '../money/index.ts';
import type { RoundingPolicy } from '../indicators/index.ts';

export type QualitativeLevel = '达成' | '部分达成' | '未达成';

export type DeviationItem = {
  name: string;
  target: string;
  actual: string;
  counted?: boolean;
  reason?: string;
};

/** Facts for one indicator; which fields a rule reads is documented on its RuleConfig. */
export type IndicatorInput = {
  /** 未设定: the project did not set this indicator; it is excluded and the total renormalised. */
  notSet?: boolean;
  reason?: string;
  /** Where the facts came from (which table, which reading) — kept, never computed with. */
  note?: string;
  met?: boolean;
  parts?: boolean[];
  rate?: string;
  target?: string;
  actual?: string;
  value?: string;
  items?: DeviationItem[];
  progress?: Record<string, string>;
  values?: Record<string, string>;
  level?: QualitativeLevel;
  executed?: string;
  budget?: string;
};

/** One evaluator's entry for one indicator: the score given (or printed) and the explanation. */
export type EvaluatorEntry = {
  score?: string;
  explanation?: string;
  /** 存在问题 — required with any deduction on a manual rule. */
  problem?: string;
  /** 有关建议 — required with any deduction on a manual rule. */
  suggestion?: string;
};

export type RuleContext = {
  weight: Dec;
  rounding: RoundingPolicy;
  input: IndicatorInput;
  entry: EvaluatorEntry | undefined;
};

export type RuleOutcome =
  | {
      ok: true;
      score: Dec;
      explanation: string;
      /** 'rule' when computed; 'evaluator' when the evaluator's own score stands (manual, 定性). */
      source: 'rule' | 'evaluator';
      /** Problems a person must fix that do not stop scoring (e.g. a deduction without 存在问题). */
      findings: string[];
    }
  | { ok: false; message: string; field?: string };

export function scored(
  score: Dec,
  explanation: string,
  source: 'rule' | 'evaluator' = 'rule',
  findings: string[] = [],
): RuleOutcome {
  return { ok: true, score, explanation, source, findings };
}

export function refused(message: string, field?: string): RuleOutcome {
  return field === undefined ? { ok: false, message } : { ok: false, message, field };
}

/** A ratio as the policy wants it before it is multiplied by points. */
export function policyRatio(x: Dec, rounding: RoundingPolicy): Dec {
  return rounding.mode === 'round-ratios-first' ? roundHalfUp(x, rounding.ratioPlaces) : x;
}

/**
 * A figure for an explanation: exact up to 6 decimals, no trailing zeros (4 were too few: "0.3334 × 10 =
 * 3.3335" printed a product that does not hold).
 */
export function n(x: Dec): string {
  // Most figures already have 6 decimals or fewer: print them without making a rounded copy.
  return (x.decimalPlaces() <= 6 ? x : x.toDecimalPlaces(6, Dec.ROUND_HALF_UP)).toString();
}

/** A decimal from user text, or null. */
export function readDecimal(text: string | undefined): Dec | null {
  if (text === undefined) return null;
  const t = text.trim().replace(/,/g, '');
  if (!/^-?\d+(\.\d+)?$/.test(t)) return null;
  return dec(t);
}

/** A rate: "87.3%" is 0.873, a bare "0.873" is already a fraction. */
export function readRate(text: string | undefined): Dec | null {
  if (text === undefined) return null;
  const t = text.trim().replace(/[％]/g, '%');
  if (t.endsWith('%')) {
    const v = readDecimal(t.slice(0, -1));
    return v ? v.div(100) : null;
  }
  return readDecimal(t);
}

export function clamp(x: Dec, lo: Dec, hi: Dec): Dec {
  // max(lo, min(hi, x)) without the copies Dec.max and Dec.min make.
  const capped = x.gt(hi) ? hi : x;
  return capped.lt(lo) ? lo : capped;
}

export const ZERO = new Dec(0);
export const ONE = new Dec(1);
