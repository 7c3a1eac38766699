/**
 * A stage's figures compared with a year after the document's: "2026年收入总预算…。与2027年预算相比，…增加…"
 * in a 2026 budget (or "比2027年决算减少" in a 2026 决算). A budget or a 决算 is compared with an earlier year's
 * (or, in a 决算, with its own year's budget), never with a later one: the year is a slip (`year.mismatch`).
 * The document's year is the later of the one it is guessed to be about and its title's budget year. Read only
 * when the sentence names no year as late as the compared one before the comparison (a plan's years aside).
 */
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { budgetYear } from './cutoff-years.ts';
import { forEachFigureLineWith } from './prose-lines.ts';

// (The figure compared with may stand before the verb: "与2026年决算数11.65万元相比".)
const COMPARED_STAGE =
  /(?:与|比|较)\s*(20\d\d)\s*年(?:度)?(?:的)?(?:年初)?(?:部门|单位)?(?:预算|决算)数?(?:\s*(?:为)?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元)\s*)?(?:相比|增加|减少|增长|下降|持平)/g;

export function checkLaterComparedYears(ctx: Ctx): void {
  const years = [ctx.year, budgetYear(ctx)].filter((y): y is number => y !== null);
  if (years.length === 0) return;
  const y = Math.max(...years);
  forEachFigureLineWith(ctx, '20', (line, li) => {
    if (!line.includes('算')) return;
    for (const m of allMatches(line, COMPARED_STAGE)) {
      const year = Number(m[1]);
      if (year <= y) continue;
      const own = line.slice(Math.max(line.lastIndexOf('。', m.index), 0), m.index);
      if ([...own.matchAll(/(20\d\d)\s*年/g)].some((n) => Number(n[1]) >= year)) continue;
      claim(ctx, 'year', li, m.index, false, `${y}年度的文件与${year}年比较`);
      report(
        ctx,
        li,
        'year.mismatch',
        'error',
        excerptOf(line, m.index, m.index + m[0].length, 20),
        `${y - 1}年`,
        `${year}年`,
        `本文件是${y}年度的，与${year}年的数字比较：${year}年晚于本年度，比较的应是以前年度（上年为${y - 1}年）。`,
      );
    }
  });
}
