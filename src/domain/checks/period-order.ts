/**
 * A period that ends before it starts: "建设期为2030年3月至2029年12月", "2030年5月—2030年2月" — one of its two dates
 * is wrong (`year.mismatch`). Read only when both ends name their year (and month, maybe the day), joined by 至 /
 * 到 / a dash; a period across years the other way round ("2031年3月至2032年6月") is what periods are.
 */
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';

const PERIOD =
  /(20\d\d)\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?\s*(?:至|到|[—–~～－-]{1,2})\s*(20\d\d)\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/g;

export function checkPeriodOrder(ctx: Ctx): void {
  // (A period of two dates in 年 and 月.)
  if (!mentionsAll(ctx, ['年', '月'])) return;
  // Every line, a table's rows too: a form prints "项目实施期  2031年1月—2031年12月" as a row of cells.
  ctx.lines.forEach((line, li) => {
    if (!line.includes('月') || !line.includes('年')) return;
    for (const m of allMatches(line, PERIOD)) {
      // (Cells apart — "2031年3月   —   2030年12月" — may be two columns and a blank one, not one period.)
      if (/\t|\s{2}/.test(m[0])) continue;
      const start = [Number(m[1]), Number(m[2]), Number(m[3] ?? 1)] as const;
      const end = [Number(m[4]), Number(m[5]), Number(m[6] ?? 31)] as const;
      if (start[1] < 1 || start[1] > 12 || end[1] < 1 || end[1] > 12) continue;
      const key = (d: readonly [number, number, number]): number => d[0] * 10000 + d[1] * 100 + d[2];
      const holds = key(end) >= key(start);
      claim(
        ctx,
        'year',
        li,
        m.index,
        holds,
        `期间${m[0]}：起于${start[0]}年${start[1]}月，止于${end[0]}年${end[1]}月`,
      );
      if (holds) continue;
      report(
        ctx,
        li,
        'year.mismatch',
        'error',
        excerptOf(line, m.index, m.index + m[0].length, 8),
        `止于${start[0]}年${start[1]}月之后`,
        `${end[0]}年${end[1]}月`,
        `期间“${m[0]}”止于开始之前：起止日期必有一误。`,
        m.index + m[0].lastIndexOf(m[4]!),
      );
    }
  });
}
