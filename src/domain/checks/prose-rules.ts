/**
 * Claims made in running text: a total and its parts (其中…), shares (占…%), changes against last
 * year (增加/减少…万元，增长/下降…%), 完成预算%, and the units of the amounts involved.
 * Each claim is checked only when its figures are found with confidence; otherwise it is skipped.
 *
 * The rules, by kind of claim: prose-totals.ts (a total and its parts), prose-shares.ts (占…%),
 * prose-three-fees.ts (the 三公 items in sentences of their own), prose-completion.ts (完成预算%, 执行率; one printed without its %: bare-rates.ts), prose-budget-gaps.ts (an outturn against its budget or a figure
 * named in the comparison), prose-changes.ts (changes against last year, 百分点), prose-units.ts (元 printed
 * for 万元), prose-unfilled.ts (figures left out, template residue), prose-years.ts, prose-counts.ts;
 * prose-grades.ts (a grade against its score) runs on its own. Shared: prose-clauses.ts, prose-state.ts.
 */
import type { Ctx } from './context.ts';
import {
  checkBudgetComparisons,
  checkBudgetGaps,
  checkComparedWith,
  checkComparedPercent,
  checkNamedBaseChanges,
  checkPercentBeforeBase,
} from './prose-budget-gaps.ts';
import { checkBareAmounts } from './bare-amounts.ts';
import { checkBareCompletion, checkBareRates, checkBareShares } from './bare-rates.ts';
import { checkChanges, checkPercentagePoints } from './prose-changes.ts';
import { checkCompletion, checkRateThenFigures } from './prose-completion.ts';
import { checkEnumeratedCounts, checkRestatedCounts } from './prose-counts.ts';
import {
  checkCarriedShares,
  checkNamedShares,
  checkSharesOfStatedWhole,
  checkSharesUnderNamedWhole,
  checkSharesOverWhole,
} from './prose-shares.ts';
import type { ChangeClaim, ProseState } from './prose-state.ts';
import { checkThreeFeeItems } from './prose-three-fees.ts';
import { checkEarlierTotals, checkTotalsAndShares } from './prose-totals.ts';
import { checkMissingNumbers, checkResidue } from './prose-unfilled.ts';
import { checkOddMoneyUnits } from './odd-units.ts';
import { checkYuanUnits } from './prose-units.ts';
import { checkYears } from './prose-years.ts';

/**
 * Runs the prose rules in their order (later rules use what earlier ones recorded in the state, and of two
 * findings alike the first is kept); returns the changes against last year read, for the chart rule.
 */
export function checkProse(ctx: Ctx): ChangeClaim[] {
  const state: ProseState = { yuanAsWan: new Map(), changes: [], sharesAt: new Set() };
  checkTotalsAndShares(ctx, state);
  checkNamedShares(ctx, state);
  checkSharesOfStatedWhole(ctx, state);
  checkSharesUnderNamedWhole(ctx, state);
  checkCarriedShares(ctx, state);
  checkSharesOverWhole(ctx);
  checkEarlierTotals(ctx, state);
  checkThreeFeeItems(ctx);
  checkCompletion(ctx, state);
  checkBareRates(ctx);
  checkBareShares(ctx);
  checkBareCompletion(ctx);
  checkBareAmounts(ctx);
  checkBudgetGaps(ctx);
  checkBudgetComparisons(ctx);
  checkComparedWith(ctx);
  checkComparedPercent(ctx);
  checkPercentBeforeBase(ctx);
  checkNamedBaseChanges(ctx);
  checkRateThenFigures(ctx);
  checkPercentagePoints(ctx);
  checkChanges(ctx, state);
  checkYuanUnits(ctx, state);
  checkOddMoneyUnits(ctx);
  checkMissingNumbers(ctx);
  checkResidue(ctx);
  checkYears(ctx);
  checkEnumeratedCounts(ctx);
  checkRestatedCounts(ctx);
  return state.changes;
}
