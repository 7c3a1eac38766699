/**
 * The units a 决算 covers, told as the department's own office and its subordinate units — "纳入本部门2024年度部门
 * 决算编制范围的单位共11个，包括厅机关和9个二级预算单位" — the count is the office (one, or the count printed with
 * it) plus the subordinate units (`count.sum`): the office and "N个…单位" name every unit, whatever 包括 says
 * elsewhere of a list.
 *
 * Precision first: the total is "单位共N个" (or "共N个…单位") right before the split, which names an office
 * (…机关, …本级, …本部) and then one count of units (所属, 二级, 下属 …), joined by 和 / 及 / 与 / 、.
 */
import { allMatches, type Ctx } from './context.ts';
import { judgeCountSum } from './count-sums.ts';
import { mentionsAny } from './document-words.ts';
import { forEachFigureLine } from './prose-lines.ts';

const COUNT = '(\\d{1,4})';
const COMPOSITION = new RegExp(
  `(?:单位(?:数)?\\s*(?:共|共有|共计|合计)\\s*${COUNT}\\s*[个家]|共(?:有|计)?\\s*${COUNT}\\s*[个家][\\u4e00-\\u9fa5]{0,10}?单位)` +
    `\\s*[，,：:]?\\s*(?:包括|其中|分别是|分别为|含|即)?\\s*[：:]?\\s*` +
    `([\\u4e00-\\u9fa5]{0,8}?(?:机关|本级|本部))\\s*(?:${COUNT}\\s*[个家])?\\s*(?:和|及|与|、|以及)\\s*` +
    `(?:所属|下属)?\\s*${COUNT}\\s*[个家]\\s*([\\u4e00-\\u9fa5]{0,10}?单位)`,
  'g',
);

export function checkUnitComposition(ctx: Ctx): void {
  if (!mentionsAny(ctx, ['机关', '本级', '本部'])) return;
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('单位')) return;
    for (const m of allMatches(line, COMPOSITION)) {
      const [, total1, total2, office, officeCount, count, kind] = m;
      const total = Number(total1 ?? total2);
      const own = Number(officeCount ?? 1);
      const sum = own + Number(count);
      const parts = `${office}${own}个 + ${kind}${count}个`;
      judgeCountSum(ctx, li, line, {
        at: m.index,
        excerpt: [m.index, m.index + m[0].length],
        sum,
        total,
        unit: '个',
        arithmetic: `${parts} = ${sum}个，文中共${total}个`,
        message: `纳入范围的单位应为${parts} = ${sum}个，文中为共${total}个。`,
      });
    }
  });
}
