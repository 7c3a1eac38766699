/**
 * Works finished before they began: "2031年4月8日完成招标，4月20日全面开工建设；2030年10月31日全部工程完工" — a
 * sentence telling a project's course names its 开工 and then its 完工 (竣工, 建成) at an earlier date: one of the
 * two dates is wrong, most likely the year of the later-named one (`year.mismatch`).
 *
 * Precision first: both events in one sentence (to its 。), the 开工 named first; each date right before its event
 * (no punctuation between, a few characters at most: "4月20日全面开工建设"); a date without its year takes the
 * year of the date before it in the sentence (none: not read), and only a 完工 date naming its year is reported (one
 * after it without its year follows it); a deadline ("11月底前完工") or a plan (计划, 预计,
 * 拟, 将, 目标) is no event; a sentence naming another phase or project (一期, 二期, 上期, 原, 前期) is not read.
 */
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAny } from './document-words.ts';
import { forEachFigureLineWith } from './prose-lines.ts';

const DATE = /(?:(20\d\d)\s*年\s*)?(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?/g;
const START = /开工|动工|开始施工|进场施工/;
const END = /完工|竣工|建成/;
/** The words after a date up to its clause's end: where its event is named. */
const CLAUSE_END = /[，。；、,;：:（）()“”"]/;
const DEADLINE = /^\s*(?:底|末|中旬|上旬|下旬)?\s*(?:前|以前|之前|止)/;
const PLAN = /计划|预计|拟|将|目标|力争|争取|要求|预期|确保/;
const OTHER_PHASE = /一期|二期|三期|上期|前期|原有|原项目|往年|上年|去年/;

type Event = {
  kind: 'start' | 'end';
  year: number;
  month: number;
  day: number | null;
  at: number;
  /** Where its year is printed (or the date, when it names none); `named`: whether it does. */
  year0: number;
  named: boolean;
};

/** The events of a sentence, in order (a date without its year, none before it: no event). */
function eventsOf(sentence: string): Event[] {
  const out: Event[] = [];
  let year: number | null = null;
  for (const m of allMatches(sentence, DATE)) {
    if (m[1] !== undefined) year = Number(m[1]);
    const month = Number(m[2]);
    if (year === null || month < 1 || month > 12) continue;
    const rest = sentence.slice(m.index + m[0].length);
    const cut = rest.search(CLAUSE_END);
    const clause = rest.slice(0, cut < 0 ? rest.length : cut);
    if (clause.length > 10 || DEADLINE.test(clause)) continue;
    const before = sentence.slice(Math.max(0, m.index - 4), m.index);
    if (PLAN.test(before) || PLAN.test(clause)) continue;
    const kind = START.test(clause) ? 'start' : END.test(clause) ? 'end' : null;
    if (kind === null || (kind === 'end' && START.test(clause))) continue;
    const day = m[3] === undefined ? null : Number(m[3]);
    const yearAt = m[1] === undefined ? m.index : m.index + m[0].indexOf(m[1]);
    out.push({ kind, year, month, day, at: m.index, year0: yearAt, named: m[1] !== undefined });
  }
  return out;
}

/** Whether `a` is before `b` (by month when either names no day). */
function before(a: Event, b: Event): boolean {
  const ma = a.year * 12 + a.month;
  const mb = b.year * 12 + b.month;
  if (ma !== mb || a.day === null || b.day === null) return ma < mb;
  return a.day < b.day;
}

const dateText = (e: Event): string => `${e.year}年${e.month}月${e.day === null ? '' : `${e.day}日`}`;

export function checkWorkDates(ctx: Ctx): void {
  // (A sentence read names its 开工 (START) and its 完工 (END).)
  if (!mentionsAny(ctx, ['开工', '动工', '开始施工', '进场施工'])) return;
  if (!mentionsAny(ctx, ['完工', '竣工', '建成'])) return;
  forEachFigureLineWith(ctx, '工', (line, li) => {
    if (!line.includes('月') || !(END.test(line) && START.test(line))) return;
    let from = 0;
    for (const sentence of line.split('。')) {
      const offset = from;
      from += sentence.length + 1;
      if (!START.test(sentence) || !END.test(sentence) || OTHER_PHASE.test(sentence)) continue;
      const events = eventsOf(sentence);
      const start = events.find((e) => e.kind === 'start');
      if (!start) continue;
      const starts = events.filter((e) => e.kind === 'start');
      if (starts.some((s) => s.year !== start.year || s.month !== start.month || s.day !== start.day))
        continue;
      for (const end of events) {
        // (A date after it without its year follows its year: told once, at the date naming it.)
        if (end.kind !== 'end' || end.at < start.at || !end.named) continue;
        const holds = !before(end, start);
        const at = offset + end.year0;
        claim(ctx, 'year', li, at, holds, `开工${dateText(start)}，完工${dateText(end)}`);
        if (holds) continue;
        report(
          ctx,
          li,
          'year.mismatch',
          'error',
          excerptOf(line, offset + start.at, offset + end.at + 12, 4),
          `${dateText(start)}之后`,
          dateText(end),
          `文中先写${dateText(start)}开工，后写${dateText(end)}完工：完工早于开工，两个日期必有一误（多为年份写错）。`,
          at,
        );
      }
    }
  });
}
