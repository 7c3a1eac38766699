/**
 * The dates things stood at ("截至2024年12月31日", "截止到2025年底", "截至2024年7月31日") against the document's
 * year y, read in one pass over each line's such dates:
 * - in a report on a period of the year ("2024年1—7月…", its title), the period's end in another year;
 * - a year's end (12月底 / 末 / 31日) that is not y's;
 * - a date that has not come yet: a year's end after y, or any date two years after y or later (the report is
 *   written in the year after its own at the latest) — not in a sentence of plans or targets.
 */
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';

const CUTOFF = /(截至|截止(?:到|至)?)\s*(20\d\d)\s*年\s*(?:(底|末)|(\d{1,2})\s*月\s*(底|末|\d{1,2}\s*日)?)?/g;
/** Words of a plan or target: a 截至 date in such a sentence may lie ahead. */
const PLANNED = /预计|计划|力争|争取|将|拟|目标|规划|确保|要求|应|力求|期限/;

/** The sentence of `line` around `at` (to its 。s). */
function sentenceAround(line: string, at: number): string {
  const end = line.indexOf('。', at);
  return line.slice(line.lastIndexOf('。', at) + 1, end < 0 ? line.length : end);
}

/** `period`: the end month of the report's period (a 1—N月 report), or null. */
export function checkCutoffDates(ctx: Ctx, line: string, li: number, y: number, period: number | null): void {
  if (!line.includes('截至') && !line.includes('截止')) return;
  for (const m of allMatches(line, CUTOFF)) {
    const year = Number(m[2]);
    const month = m[4] === undefined ? null : Number(m[4]);
    const exact = m[1] === '截至';
    const excerpt = (): string => excerptOf(line, m.index, m.index + m[0].length, 20);
    // "监控数据截至2023年7月31日" in a report on "2024年1—7月": the period's end in another year — unless the
    // sentence compares with last year's same period, whose date it names on purpose.
    if (exact && period !== null && month === period && m[5] !== undefined && year !== y) {
      if (!/上年|去年|同期|相比|比较|较/.test(sentenceAround(line, m.index))) {
        claim(ctx, 'year', li, m.index, false, `${y}年1—${period}月的报告，截至时点为${year}年${period}月`);
        report(
          ctx,
          li,
          'year.mismatch',
          'error',
          excerpt(),
          `${y}年`,
          `${year}年`,
          `本报告是${y}年1—${period}月的，截至时点应为${y}年${period}月，文中写作${year}年。`,
        );
      }
    }
    const yearEndDay = month === 12 && /^(底|末|31日)$/.test(m[5] ?? '');
    checkNotYetCome(ctx, line, li, y, m, year, month, yearEndDay);
    // "截至2023年12月31日" in a 2024 document: the year's end is the document's.
    if (exact && yearEndDay) {
      claim(ctx, 'year', li, m.index, year === y, `${y}年度的文件，年末时点为${year}年12月`);
      if (year !== y)
        report(
          ctx,
          li,
          'year.mismatch',
          'error',
          excerpt(),
          `${y}年`,
          `${year}年`,
          `本文件是${y}年度的，年末时点应为${y}年12月，文中写作${year}年。`,
        );
    }
  }
}

/** "截至2052年末，部门编制数126名" in a 2025 document: a date that has not come yet (a 12月 year-end aside). */
function checkNotYetCome(
  ctx: Ctx,
  line: string,
  li: number,
  y: number,
  m: RegExpExecArray,
  year: number,
  month: number | null,
  yearEndDay: boolean,
): void {
  const yearEnd = m[3] !== undefined || month === 12;
  if (year <= y + (yearEnd ? 0 : 1) || yearEndDay) return;
  if (PLANNED.test(sentenceAround(line, m.index))) return;
  const when = m[3] ?? (month === null ? '' : `${month}月`);
  claim(ctx, 'year', li, m.index, false, `${y}年度的文件，截至时点为${year}年`);
  report(
    ctx,
    li,
    'year.mismatch',
    'error',
    excerptOf(line, m.index, m.index + m[0].length, 20),
    `${y}年`,
    `${year}年`,
    `本文件是${y}年度的，截至时点${year}年${when}尚未到来（文件年度${y}年），应为${y}年。`,
  );
}
