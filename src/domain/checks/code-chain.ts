/**
 * A small 科目 table (类 → 款 → 项) in which one printed figure is wrong fails twice: the 款 is not the sum of
 * its 项, and the 类 is not the sum of its 款 (the 款's wrong figure is one of them). With two parent rows
 * in all, two failures out of two would judge the column "not additive" and drop it — and the error with
 * it. This module tells when exactly one figure explains every failure of a column: the figure of a parent
 * whose own children's sum, put in its place, makes its parent's sum hold too. Then the column is additive
 * and only that figure's own sum is reported (one finding, naming the figure to correct).
 */
import { dec } from '../money/index.ts';
import type { TFigure, TItem } from './table-model.ts';
import { sumKind } from './verdict.ts';

/** A parent's sum tried in one column: its parts, and whether they add up to its figure. */
export type ChainTried = { parts: TFigure[]; holds: boolean };

/**
 * The one parent whose figure explains all the failures of a column, with the failure it explains away
 * (its own parent's sum); null when none or more than one does. `failing`: the parents whose sum does not
 * hold in the column (two, else null); `parentOf`: an item's parent row; `figure` / `tried`: the column's
 * figure of an item and a parent's sum there.
 */
export function oneFigureExplains(
  failing: readonly TItem[],
  parentOf: (item: TItem) => TItem | undefined,
  figure: (item: TItem) => TFigure | null | undefined,
  tried: (parent: TItem) => ChainTried | undefined,
): { wrong: TItem; explained: TItem } | null {
  if (failing.length !== 2) return null;
  let found: { wrong: TItem; explained: TItem } | null = null;
  for (const wrong of failing) {
    const explained = parentOf(wrong);
    if (!explained || !failing.includes(explained) || explained === wrong) continue;
    const own = tried(wrong);
    const above = tried(explained);
    const printed = figure(wrong);
    if (!own || !above || !printed) continue;
    // The wrong figure's corrected value: the exact sum of its children, at its printed places.
    const fixed = own.parts.reduce((s, p) => s.plus(dec(p.value)), dec(0));
    const corrected: TFigure = { ...printed, value: fixed.toFixed(printed.places) };
    const at = above.parts.findIndex((p) => p.line === printed.line && p.value === printed.value);
    if (at < 0 || above.parts.filter((p) => p.line === printed.line).length !== 1) continue;
    const parts = above.parts.map((p, i) => (i === at ? corrected : p));
    const total = figure(explained);
    if (!total || sumKind(parts, total) === 'wrong') continue;
    if (found) return null;
    found = { wrong, explained };
  }
  return found;
}
