/**
 * A count said to be level with another that differs: "公务用车保有量为12辆，与2024年末的11辆持平" — 持平 says the
 * two counts are equal (`change.direction`). Whole counts of one unit (辆, 人, 个, 批次…) only, and only a plain
 * 持平: "基本持平" allows a small difference.
 */
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { forEachFigureLineWith } from './prose-lines.ts';

const LEVEL =
  /(?<![\d.,])(\d{1,6})\s*(辆|人次|人|个|批次|团组|次|项|家|户)(?![\d次])[^。；;，,\d]{0,8}[，,]?\s*(?:与|和|同)((?:[^。；;，,\d]|\d{4}\s*年){0,20}?)(?<![\d.,])(\d{1,6})\s*(辆|人次|人|个|批次|团组|次|项|家|户)(?:相比)?\s*(基本|大体|总体|大致|基本上)?\s*持平/g;

export function checkLevelCounts(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['持平'])) return;
  forEachFigureLineWith(ctx, '持平', (line, li) => {
    for (const m of allMatches(line, LEVEL)) {
      const [, stated, unit, , other, otherUnit, loose] = m;
      if (unit !== otherUnit || loose) continue;
      const same = stated === other;
      const at = m.index;
      claim(ctx, 'change', li, at, same, `${stated}${unit}与${other}${unit}：文中持平`);
      if (same) continue;
      report(
        ctx,
        li,
        'change.direction',
        'error',
        excerptOf(line, at, at + m[0].length, 6),
        Number(stated) > Number(other) ? '增加' : '减少',
        '持平',
        `${stated}${unit}与${other}${unit}相差${Math.abs(Number(stated) - Number(other))}${unit}，文中却写持平。`,
        at,
      );
    }
  });
}
