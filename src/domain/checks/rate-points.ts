/**
 * A move between two rates in 百分点 ("由91.20%提高到95.60%，提高4.40个百分点", "总体执行率（上年同期为68.42%）提高
 * 6.65个百分点", or of another unit: a score's in 分): this rate = last ± the points, as a sum of printed figures (rounding-aware); the word against
 * the sign (`change.direction`), else the points (`change.amount`). The readers find the rates; this judges.
 */
import { dec } from '../money/index.ts';
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { judgeSum, showAs, type Printed } from './verdict.ts';

export type RatePoints = {
  /** This rate and last, as printed (without %). */
  now: string;
  last: string;
  /** The word of the move (提高, 下降 …) and its points as printed. */
  word: string;
  points: string;
  /** Where the points stand in the line. */
  at: number;
  /** This rate as the claim names it ("75.07%", "75.07%（《执行情况表》合计行）"). */
  nowLabel: string;
  /** How the message opens: the two rates in the text's words ("由91.20%变为95.60%"). */
  said: string;
  /** The figures' unit and the move's (a rate's: % and 个百分点; a score's: 分 and 分). */
  unit?: { figure: string; move: string };
};

const printedOf = (v: string): Printed => ({ value: v, places: (v.split('.')[1] ?? '').length });

export function judgeRatePoints(ctx: Ctx, li: number, line: string, m: RegExpExecArray, r: RatePoints): void {
  const { now, last, word, points } = r;
  const { figure, move } = r.unit ?? { figure: '%', move: '个百分点' };
  const up = /提高|增加|上升|增长/.test(word);
  const diff = dec(now).minus(last);
  const shown = showAs(diff, [printedOf(now), printedOf(last)]);
  const verdict = up
    ? judgeSum([printedOf(last), printedOf(points)], printedOf(now))
    : judgeSum([printedOf(now), printedOf(points)], printedOf(last));
  claim(
    ctx,
    'change',
    li,
    r.at,
    verdict.kind !== 'wrong',
    `${r.nowLabel} − ${last}${figure} = ${shown}${move}，文中${word}${points}${move}`,
  );
  if (verdict.kind === 'ok') return;
  const wrongWay = !diff.isZero() && diff.isNeg() === up;
  const expected = `${diff.isNeg() ? '下降' : '提高'}${showAs(diff.abs(), [printedOf(now), printedOf(last)])}${move}`;
  report(
    ctx,
    li,
    wrongWay ? 'change.direction' : 'change.amount',
    verdict.severity,
    excerptOf(line, m.index, m.index + m[0].length, 0),
    expected,
    `${word}${points}${move}`,
    `${r.said}，${now} − ${last} = ${shown}，应为${expected}，文中为${word}${points}${move}${verdict.kind === 'rounding' ? '，差异在四舍五入范围内' : ''}。`,
    r.at,
  );
}
