/**
 * A date no calendar has: "2025年9月31日", "2026年2月29日" (2026 is no leap year), "2月30日", "2026-04-31"
 * (`year.no-such-date`). Every line is read, a form's cells too ("填报日期：…", "开工时间 2026年4月31日全面开工"):
 * such a date is a typing error wherever it stands. A date without its year is of the year of a full date before it
 * in its sentence; with none, it is judged only where no year could make it right (2月29日 may be a leap year's).
 */
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';

/** 年 月 日 (the year optional), or the dashed form 2026-04-31. */
const DATE =
  /(?:(\d{4})\s*年\s*)?(?<![\d.])(\d{1,2})\s*月\s*(\d{1,2})\s*日|(?<![\d.])(\d{4})-(\d{2})-(\d{2})(?![\d.])/g;

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** The days of `month` in `year` (29 for February when the year is not known). */
function daysIn(year: number | null, month: number): number {
  if (month === 2 && year !== null && !isLeap(year)) return 28;
  return DAYS_IN_MONTH[month - 1]!;
}

/** The year of the last full date before `at` in its sentence (null when none). */
function yearBefore(line: string, at: number): number | null {
  const from = Math.max(line.lastIndexOf('。', at), line.lastIndexOf('；', at)) + 1;
  const dated = [...line.slice(from, at).matchAll(/(\d{4})\s*年\s*\d{1,2}\s*月/g)];
  return dated.length > 0 ? Number(dated[dated.length - 1]![1]) : null;
}

export function checkCalendarDates(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['月']) && !ctx.lines.some((l) => /\d{4}-\d{2}-\d{2}/.test(l))) return;
  ctx.lines.forEach((line, li) => {
    // "2024年13月开工": a year's month that no year has (a count of months is "13个月").
    if (line.includes('年'))
      for (const m of allMatches(line, NO_SUCH_MONTH)) {
        claim(ctx, 'year', li, m.index, false, `日期${m[0]}：一年只有12个月`);
        report(
          ctx,
          li,
          'year.no-such-date',
          'error',
          excerptOf(line, m.index, m.index + m[0].length, 8),
          '1月至12月之间的月份',
          m[0],
          `日期“${m[0]}”不存在：一年只有12个月。`,
          m.index,
        );
      }
    if (!line.includes('日') && !line.includes('-')) return;
    for (const m of allMatches(line, DATE)) {
      const yearText = m[1] ?? m[4];
      // A date without its year after a dated one in its sentence ("于2025年2月10日启动，…：2月29日前…") is of
      // that year.
      const year = yearText === undefined ? yearBefore(line, m.index) : Number(yearText);
      const month = Number(m[2] ?? m[5]);
      const day = Number(m[3] ?? m[6]);
      // (A month or day out of every range is no date at all: "13月" is some other count.)
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      const days = daysIn(year, month);
      const holds = day <= days;
      claim(ctx, 'year', li, m.index, holds, `日期${m[0]}：${month}月有${days}天`);
      if (holds) continue;
      const febNote = month === 2 && year !== null && day === 29 ? `（${year}年不是闰年）` : '';
      report(
        ctx,
        li,
        'year.no-such-date',
        'error',
        excerptOf(line, m.index, m.index + m[0].length, 8),
        `${month}月1日至${month}月${days}日之间的日期`,
        m[0],
        `日期“${m[0]}”不存在：${year !== null ? `${year}年` : ''}${month}月只有${days}天${febNote}。`,
        m.index,
      );
    }
  });
}

const NO_SUCH_MONTH = /(?<!\d)20\d\d\s*年\s*(?:0|1[3-9]|[2-9]\d)\s*月/g;
