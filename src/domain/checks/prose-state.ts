/** What the prose rules share while they read one document (see prose-rules.ts). */
import type { Dec } from '../money/index.ts';
import type { NumberToken } from './numbers.ts';
import type { Printed } from './verdict.ts';

/**
 * A change against last year read in prose: this year's figure and last year's as the change implies it
 * (table-rules.ts compares a chart's data with it).
 */
export type ChangeClaim = { line: number; current: Printed; last: Dec; lastPlaces: number };

/** A 元 amount that a claim proves to be 万元, with the arithmetic that proves it ("117.79 + … + 19.49 = 233.72"). */
export type YuanProof = { line: number; token: NumberToken; proof: string };

/**
 * State shared between prose rules: 元 amounts proven to be 万元 by a claim they satisfy, the changes read,
 * the shares already judged.
 */
export type ProseState = {
  yuanAsWan: Map<string, YuanProof>;
  changes: ChangeClaim[];
  /** Shares already checked (line, offset, printed %): a share two rules read is one claim. */
  sharesAt: Set<string>;
};
