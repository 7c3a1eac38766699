/**
 * A total stated in two measures and its parts each in the same two — "全年安排因公出国（境）团组6个、23人次，其中：
 * 赴甲地交流团组3个、14人次，参加乙地展会团组2个、9人次": each measure is summed on its own (3 + 2 against 6个,
 * 14 + 9 against 23人次).
 *
 * Precision first: read only when every figure of the list is a whole count of one of the two measures, the
 * figures come in pairs in the total's order (first measure, then second, joined by 、 or ， or written
 * together: "27批次198人次"), and there are at least two pairs; a list ending in 等 is not summed. The total's
 * two counts may be joined by a short word ("团组2个，累计5人次", "团组41个、来宾296人次"). When the parts count
 * their first measure in another unit than the total ("团组41个" against "27批次…14批次"), only the second
 * measure is summed.
 */
import type { Ctx } from './context.ts';
import { judgeCountSum } from './count-sums.ts';
import { COUNT_UNITS, MONEY_UNITS, type NumberToken } from './numbers.ts';

/**
 * What may join a total's two counts: nothing ("50批次350人次"), a comma, or a comma and a short word naming the
 * second ("累计", "来宾").
 */
const TOTAL_JOIN = /^\s*(?:[、，,]\s*(?:(?!其中|比|较|增|减|占|同|分别)[\u4e00-\u9fa5]){0,4})?\s*$/;

export type ListedFigure = { token: NumberToken; text: string; offset: number };

/**
 * Judges the list when it is one of count pairs; true when it was (the caller then reads it no further).
 * `first` and `second` are the total's two counts as printed ("6个、23人次").
 */
export function checkCountPairs(
  ctx: Ctx,
  li: number,
  line: string,
  first: NumberToken,
  second: NumberToken,
  listed: readonly ListedFigure[],
): boolean {
  let parts = listed;
  if (!COUNT_UNITS.has(first.unit) || !COUNT_UNITS.has(second.unit) || first.unit === second.unit)
    return false;
  if (!TOTAL_JOIN.test(line.slice(first.end, second.start))) return false;
  // The list ends at a "；" before a figure of another unit (what follows is another statement: "…7期360人次；
  // 农田基础设施完好率92.4%"); items of the pairs may be joined by "；" too.
  const end = parts.findIndex(
    (p, k) =>
      k > 0 &&
      p.token.unit !== parts[0]!.token.unit &&
      /[；;]/.test(p.text.slice(parts[k - 1]!.offset + parts[k - 1]!.token.end, p.offset + p.token.start)),
  );
  if (end > 0) parts = parts.slice(0, end);
  // "…国内公务接待412批次、3,856人次，支出58.36万元，外事接待6批次、58人次，支出2.72万元": an amount right after a
  // pair is what the pair cost, not a part; so is one right before each pair ("国内公务接待13.08万元、63批次、512人次；
  // 外事接待2.56万元、3批次、22人次").
  if (parts.some((p) => MONEY_UNITS.has(p.token.unit))) {
    const isMoney = (k: number): boolean => MONEY_UNITS.has(parts[k]!.token.unit);
    const afterPair = (k: number): boolean =>
      k > 0 && parts[k - 1]!.token.unit === second.unit && !isMoney(k - 1);
    const beforePair = (k: number): boolean =>
      k + 2 < parts.length &&
      !isMoney(k + 1) &&
      parts[k + 1]!.token.unit !== second.unit &&
      parts[k + 2]!.token.unit === second.unit &&
      (k === 0 || afterPair(k));
    const money = parts.flatMap((_, k) => (isMoney(k) ? [k] : []));
    if (!money.every(afterPair) && !money.every(beforePair)) return false;
    parts = parts.filter((p) => !MONEY_UNITS.has(p.token.unit));
  }
  if (parts.length < 4 || parts.length % 2 !== 0) return false;
  const whole = (t: NumberToken): boolean => /^\d+$/.test(t.value);
  if (![first, second, ...parts.map((p) => p.token)].every(whole)) return false;
  const partFirstUnit = parts[0]!.token.unit;
  if (!COUNT_UNITS.has(partFirstUnit) || partFirstUnit === second.unit) return false;
  for (let k = 0; k < parts.length; k += 2) {
    const [a, b] = [parts[k]!, parts[k + 1]!];
    if (a.token.unit !== partFirstUnit || b.token.unit !== second.unit) return false;
    const gap = b.text.slice(a.offset + a.token.end, b.offset + b.token.start);
    if (!/^\s*[、，,]?\s*$/.test(gap)) return false;
  }
  // "…团组2个、9人次等": a list that says it is not whole is not summed.
  const last = parts[parts.length - 1]!;
  if (/^[^。；;]{0,20}?(等|……)/.test(last.text.slice(last.offset + last.token.end))) return true;
  for (const [total, at] of [
    [first, 0],
    [second, 1],
  ] as const) {
    if (at === 0 && partFirstUnit !== first.unit) continue;
    const counts = parts.filter((_, k) => k % 2 === at).map((p) => Number(p.token.value));
    const sum = counts.reduce((acc, n) => acc + n, 0);
    const partsText = counts.join(' + ');
    judgeCountSum(ctx, li, line, {
      at: total.start,
      excerpt: [first.start, Math.min(line.length, second.end + 60)],
      sum,
      total: Number(total.value),
      unit: total.unit,
      arithmetic: `${partsText} = ${sum}${total.unit}，合计${total.value}${total.unit}`,
      message: `其中所列各项 ${partsText} = ${sum}${total.unit}，与合计${total.value}${total.unit}不符，相差${Math.abs(sum - Number(total.value))}${total.unit}。`,
    });
  }
  return true;
}
