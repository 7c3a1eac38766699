/**
 * The document's own period stated with another year: a 监控 report titled "2025年1–8月…报告" whose text says it
 * monitored "6个重点项目2024年1–8月预算执行情况" — the year was not updated (`year.mismatch`). The period is the
 * one its titles name (short lines without a sentence's end, naming a 报告 or a 表), all with one year; a
 * sentence that compares (比, 较, 同期, 上年…) may rightly name the same months of another year. So also the date
 * its figures stand at ("截至2024年8月31日" under a 2025年1—8月 title).
 */
import { allMatches, claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { mentionsAny } from './document-words.ts';
import { forEachFigureLineWith } from './prose-lines.ts';

/** "2025年1–8月", "2025年1月至8月". */
const PERIOD = /(?<!\d)(20\d\d)\s*年\s*(\d{1,2})\s*月?\s*(?:[—–\-－~～]|至|到)\s*(\d{1,2})\s*月/g;
/** A title: a short line naming a report or a table, no sentence's end. */
const TITLE = /报告|表|情况|总结/;
/** Words by which a sentence compares periods: another year's months are then meant. */
const COMPARING = /比|较|同期|相比|对比|上年|去年|上一年|往年|以来|累计/;

/** "纳入2025年度重点监控范围": the year whose spending a 监控 report monitors. */
const MONITORED_YEAR = /纳入\s*(20\d\d)\s*年度?[^，,。；;、]{0,12}?监控/g;

const isTitle = (line: string): boolean => line.length <= 60 && !/[。；;]/.test(line) && TITLE.test(line);

export function checkPeriodYears(ctx: Ctx): void {
  if (!mentionsAny(ctx, ['月'])) return;
  // The months of each period the titles name, with the years they give them.
  const titled = new Map<string, Set<string>>();
  for (const line of ctx.lines) {
    if (!line.includes('月') || !isTitle(line)) continue;
    for (const m of allMatches(line, PERIOD)) {
      const months = `${Number(m[2])}-${Number(m[3])}`;
      let years = titled.get(months);
      if (!years) titled.set(months, (years = new Set()));
      years.add(m[1]!);
    }
  }
  if (titled.size === 0) return;
  checkMonitoredYears(ctx, new Set([...titled.values()].flatMap((ys) => [...ys])));
  checkCutoffYears(ctx, titled);
  forEachFigureLineWith(ctx, '月', (line, li) => {
    if (isTitle(line)) return;
    for (const s of sentencesAt(ctx, li)) {
      if (COMPARING.test(s.text)) continue;
      for (const m of allMatches(s.text, PERIOD)) {
        const years = titled.get(`${Number(m[2])}-${Number(m[3])}`);
        if (!years || years.size !== 1) continue;
        const [year] = [...years];
        const at = s.start + m.index;
        const months = m[0].slice(m[0].indexOf('年') + 1).trim();
        const holds = years.has(m[1]!);
        claim(ctx, 'year', li, at, holds, `标题所述期间${year}年${months}，文中${m[0]}`);
        if (holds) continue;
        report(
          ctx,
          li,
          'year.mismatch',
          'error',
          excerptOf(line, at, at + m[0].length, 10),
          `${year}年${months}`,
          m[0],
          `标题所述期间为${year}年${months}，此句写${m[0]}：年份似未更新。`,
          at,
        );
      }
    }
  });
}

/**
 * A 监控 report of one titled year says which year's projects it took in: "纳入2024年度重点监控范围" in a report
 * titled 2026年1—6月 names a year whose budget is not the one monitored.
 */
function checkMonitoredYears(ctx: Ctx, titledYears: ReadonlySet<string>): void {
  if (titledYears.size !== 1 || !mentionsAny(ctx, ['监控'])) return;
  const [year] = [...titledYears] as [string];
  forEachFigureLineWith(ctx, '纳入', (line, li) => {
    for (const s of sentencesAt(ctx, li)) {
      for (const m of allMatches(s.text, MONITORED_YEAR)) {
        const at = s.start + m.index;
        const holds = m[1] === year;
        claim(ctx, 'year', li, at, holds, `标题所述监控年度${year}年，文中${m[0]}`);
        if (holds) continue;
        report(
          ctx,
          li,
          'year.mismatch',
          'error',
          excerptOf(s.text, m.index, m.index + m[0].length, 10),
          `纳入${year}年度`,
          `纳入${m[1]}年度`,
          `报告标题所述为${year}年的监控，文中写${m[0]}：所监控的应为${year}年度预算项目，年份似未更新。`,
          at,
        );
      }
    }
  });
}

/** "截至2025年8月31日", "截止到2025年8月底": the date a report's figures stand at. */
const CUTOFF = /(?:截至|截止(?:到|至)?)\s*(20\d\d)\s*年\s*(\d{1,2})\s*月\s*(?:\d{1,2}\s*日|底|末)/g;
/** Words by which a sentence speaks of another year's same date. */
const OTHER_YEAR = /比|较|同期|相比|对比|上年|去年|上一年|往年/;

/**
 * The date a report's figures stand at, with another year than its titled period's: "截至2024年8月31日，纳入监控的6个
 * 项目累计执行…" in a report titled 2025年1—8月 (`year.mismatch`) — the period's last month, another year, in a
 * sentence comparing with no other year.
 */
function checkCutoffYears(ctx: Ctx, titled: ReadonlyMap<string, ReadonlySet<string>>): void {
  const ends = new Map<number, string>();
  for (const [months, years] of titled)
    if (years.size === 1) ends.set(Number(months.split('-')[1]), [...years][0]!);
  if (ends.size !== 1 || !mentionsAny(ctx, ['截至', '截止'])) return;
  const [[month, year]] = [...ends] as [[number, string]];
  forEachFigureLineWith(ctx, '截', (line, li) => {
    if (isTitle(line)) return;
    for (const s of sentencesAt(ctx, li)) {
      if (OTHER_YEAR.test(s.text)) continue;
      for (const m of allMatches(s.text, CUTOFF)) {
        if (Number(m[2]) !== month) continue;
        const at = s.start + m.index;
        const holds = m[1] === year;
        claim(ctx, 'year', li, at, holds, `标题所述期间止于${year}年${month}月，文中${m[0]}`);
        if (holds) continue;
        report(
          ctx,
          li,
          'year.mismatch',
          'error',
          excerptOf(line, at, at + m[0].length, 10),
          `${year}年`,
          `${m[1]}年`,
          `标题所述期间止于${year}年${month}月，此句写${m[0]}：年份似未更新。`,
          at,
        );
      }
    }
  });
}
