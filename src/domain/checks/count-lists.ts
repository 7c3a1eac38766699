/**
 * A run of counts of one unit joined by 、 and closed by its own total in the next clause — "更新执法执勤用车2辆、
 * 特种专业技术用车1辆，共3辆", "举办培训班3期、现场会2期，合计5期": the total is the sum of the run (`count.sum`).
 *
 * Precision: every part is a name of its own (no figure, no change, comparison or plan word) right before its
 * count, the parts are joined by 、 only, the total follows the last part after one "，" and 共 / 合计 / 共计 /
 * 总计, all in the same unit; a part written with 其中 or 分别 is not read (count-sums.ts and count-complements.ts
 * read those lists).
 */
import { judgeCountSum } from './count-sums.ts';
import type { Ctx } from './context.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

const UNITS = '辆|批次|人次|个|次|期|场|项|家|台|套|批|人';
const PART = `[\\u4e00-\\u9fa5（）()]{2,16}?\\s*(\\d+)\\s*(${UNITS})`;
const RUN = new RegExp(
  `(${PART}(?:\\s*、\\s*${PART})+)\\s*[，,]\\s*(?:共计|合计|总计|共)\\s*(?:有|为)?\\s*(\\d+)\\s*(${UNITS})`,
  'g',
);
const ONE = new RegExp(PART, 'g');
const NOT_A_PART =
  /其中|分别|各|比|较|增加|减少|增长|下降|上年|去年|同期|计划|预计|目标|不少于|不超过|以上|以下|超过/;

export function checkCountLists(ctx: Ctx): void {
  // (Counts joined by 、, closed by 共 / 合计 / 共计 / 总计.)
  if (!mentionsAll(ctx, ['、']) || !mentionsAny(ctx, ['共', '合计', '总计'])) return;
  forEachFigureLineWith(ctx, '、', (line, li) => {
    for (const m of line.matchAll(RUN)) {
      const [whole, run] = m;
      const total = m[m.length - 2]!;
      const unit = m[m.length - 1]!;
      const parts = [...run!.matchAll(ONE)];
      if (parts.some((p) => p[2] !== unit || NOT_A_PART.test(p[0]))) continue;
      // (The run opens its clause: its first name is not the tail of a phrase holding a figure.)
      if (/\d\s*$/.test(line.slice(0, m.index))) continue;
      const counts = parts.map((p) => Number(p[1]));
      const sum = counts.reduce((a, b) => a + b, 0);
      const end = m.index! + whole.length;
      judgeCountSum(ctx, li, line, {
        at: line.lastIndexOf(total, end),
        excerpt: [m.index!, end],
        sum,
        total: Number(total),
        unit,
        arithmetic: `${counts.join(' + ')} = ${sum}${unit}，文中共${total}${unit}`,
        message: `所列各项 ${counts.join(' + ')} = ${sum}${unit}，文中合计却为${total}${unit}。`,
      });
    }
  });
}
