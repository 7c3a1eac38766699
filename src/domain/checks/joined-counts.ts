/**
 * Counts joined before their total in one phrase — "由3名注册会计师和2名教育行业专家共6人组成", "1个市本级、9个县区
 * 共10个单位" — the total after 共 / 合计 / 共计 must be the sum of the counts joined before it (`count.sum`).
 *
 * Precision first: every part is a count and its name, joined by 和 / 及 / 与 / 、 with nothing else between, of
 * one unit (名 and 人 both count people), the total right after the last part in that unit; a part of another
 * year, a plan or a change is not read.
 */
import { allMatches, type Ctx } from './context.ts';
import { judgeCountSum } from './count-sums.ts';
import { mentionsAny } from './document-words.ts';
import { forEachFigureLine } from './prose-lines.ts';

const UNIT = '(?:名|人|个|家|项|所|辆)';
const PART = `\\d{1,5}\\s*${UNIT}[\\u4e00-\\u9fa5（）]{1,14}?`;
const JOINED = new RegExp(
  `((?:${PART}\\s*(?:和|及|与|、|以及)\\s*)+${PART})\\s*(?:共|合计|共计|总计)\\s*(\\d{1,6})\\s*(${UNIT})`,
  'g',
);
const ONE_PART = new RegExp(`(\\d{1,5})\\s*(${UNIT})`, 'g');
/** Words that make a part something other than a count of the same whole. */
const NOT_A_PART = /上年|去年|同期|计划|预计|目标|增加|减少|比|较|其中/;

const people = (unit: string): string => (unit === '名' ? '人' : unit);

export function checkJoinedCounts(ctx: Ctx): void {
  if (!mentionsAny(ctx, ['共', '合计'])) return;
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('共') && !line.includes('合计')) return;
    for (const m of allMatches(line, JOINED)) {
      const [, list, totalText, totalUnit] = m;
      if (NOT_A_PART.test(list!)) continue;
      const parts = allMatches(list!, ONE_PART);
      if (parts.length < 2 || parts.some((p) => people(p[2]!) !== people(totalUnit!))) continue;
      const sum = parts.reduce((a, p) => a + Number(p[1]), 0);
      const total = Number(totalText);
      const unit = people(totalUnit!);
      const partsText = parts.map((p) => p[1]).join(' + ');
      judgeCountSum(ctx, li, line, {
        at: m.index + m[0].lastIndexOf(totalText!),
        excerpt: [m.index, m.index + m[0].length],
        sum,
        total,
        unit,
        arithmetic: `${partsText} = ${sum}${unit}，文中共${total}${unit}`,
        message: `所列各部分 ${partsText} = ${sum}${unit}，文中合计为${total}${totalUnit}。`,
      });
    }
  });
}
