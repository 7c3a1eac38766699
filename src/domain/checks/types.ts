/**
 * The shape of what the document checker (校验) reports, shared by the CLI, the API and the UI.
 * A finding always names its rule, the 1-based line of the extracted text, and the arithmetic.
 */
export type Severity = 'error' | 'warning' | 'note';

export type Finding = {
  /** Stable rule id, e.g. "share.percent"; listed in docs/checker.md. */
  rule: string;
  severity: Severity;
  /** 1-based line of the checked text. */
  line: number;
  /** Paragraph or cell of the source file (DOCX/XLSX/PDF), when known. */
  location?: string;
  excerpt: string;
  expected: string;
  found: string;
  /** One plain-Chinese sentence with the arithmetic. */
  message: string;
};

/** One line of extracted text and where it came from in the source file. */
export type SourceLine = { text: string; location?: string };

import type { GradeBand } from '../indicators/index.ts';

export type { GradeBand };

/** A cut-off as a template states it (decimal string) or as a number (kept for existing callers). */
export type GradeBandInput = { grade: string; min: string | number };

export type CheckOptions = {
  /** Fiscal year of the document; guessed from its most frequent "YYYY年度" when absent. */
  year?: number;
  /** Grade cut-offs, highest first (as in an indicator template); default STANDARD_GRADES: 优 ≥ 90, 良 ≥ 80, 中 ≥ 60, 差 below. */
  grades?: readonly GradeBandInput[];
};

/** The kinds of claim the checker recognises (keys of `claims` in the CLI/API output). */
export const CLAIM_KINDS = [
  'sum',
  'share',
  'change',
  'completion',
  'figure',
  'table',
  'score',
  'grade',
  'count',
  'year',
] as const;
export type ClaimKind = (typeof CLAIM_KINDS)[number];

/** One claim checked: its 1-based line, whether it held (exactly or within rounding), and its arithmetic. */
export type Claim = { kind: ClaimKind; line: number; verified: boolean; arithmetic: string };

/** Per claim kind: how many were recognised and how many of those held. */
export type ClaimCounts = Record<ClaimKind, { recognised: number; verified: number }>;
