/**
 * A change stated with both its figures in one clause — "自评平均得分89.47分，比2023年的88.62分提高0.85分", "优良率
 * 94.03%，比2023年的93.10%提高0.93个百分点", "实施项目38个，比上年的30个增加8个" —: the change is this figure − last
 * year's, in the direction its word says (`change.direction`, `change.amount`; rounding-aware).
 *
 * Precision first: the two figures in one unit (a % moving in 百分点), the base named as last year's (上年 / 去年 /
 * the year before the document's) right after 比 / 较, the change right after the base; a change another reader
 * judged on that line is left to it.
 */
import { allMatches, type Ctx } from './context.ts';
import { mentionsAny } from './document-words.ts';
import { forEachFigureLine } from './prose-lines.ts';
import { judgeRatePoints } from './rate-points.ts';

const NUM = '(\\d[\\d,]*(?:\\.\\d+)?)';
const UNIT = '(分|个|人次|人|项|辆|家|所|%|％)';
const INLINE = new RegExp(
  `${NUM}\\s*${UNIT}\\s*[，,]?\\s*(?:比|较)\\s*(上年度?|去年|上一年度?|(20\\d\\d)\\s*年度?)(?:同期)?的?\\s*${NUM}\\s*${UNIT}\\s*` +
    `(?:有所)?(提高|增加|上升|增长|下降|减少|降低)了?\\s*${NUM}\\s*(个百分点|百分点|分|个|人次|人|项|辆|家|所)`,
  'g',
);

const percent = (u: string): boolean => u === '%' || u === '％';

export function checkInlineBaseChanges(ctx: Ctx): void {
  if (!mentionsAny(ctx, ['比', '较'])) return;
  forEachFigureLine(ctx, (line, li) => {
    if (!/[比较]/.test(line)) return;
    for (const m of allMatches(line, INLINE)) {
      const [, now, nowUnit, , year, base, baseUnit, word, amount, amountUnit] = m;
      if (nowUnit !== baseUnit) continue;
      // (A % moves in 百分点; any other figure in its own unit.)
      if (percent(nowUnit!) ? !/百分点/.test(amountUnit!) : amountUnit !== nowUnit) continue;
      if (year !== undefined && (ctx.year === null || Number(year) !== ctx.year - 1)) continue;
      // (A growth rate "增长8.83%" is no amount: the unit after it is the change's.)
      const at = m.index + m[0].lastIndexOf(amount!);
      const lineNo = ctx.layout.lineAt(li, at) + 1;
      if (ctx.claims.some((c) => c.kind === 'change' && c.line === lineNo && c.arithmetic.includes(amount!)))
        continue;
      judgeRatePoints(ctx, li, line, m, {
        now: now!.replace(/,/g, ''),
        last: base!.replace(/,/g, ''),
        word: word!,
        points: amount!.replace(/,/g, ''),
        at,
        nowLabel: `${now}${nowUnit}`,
        said: `本年${now}${nowUnit}，上年${base}${baseUnit}`,
        unit: { figure: baseUnit!, move: percent(nowUnit!) ? '个百分点' : amountUnit! },
      });
    }
  });
}
