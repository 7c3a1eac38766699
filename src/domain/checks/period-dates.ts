/**
 * A task the text says was done before its project began: "项目实施期为2031年1月1日至2031年12月31日" and "全部巡检任务
 * 已于2021年10月31日前完成" — the completion date is two years or more before the stated period starts, so its year
 * is wrong (`year.mismatch`).
 *
 * Precision first: the document states one implementation period (实施期, 实施周期, 执行期, 项目期限, every
 * statement the same start), the date is a full one (年月日) right after 已于 and before 完成, at least two years
 * before the period's start year, and its sentence names no earlier stage or phase (前期, 一期, 立项, 此前…).
 */
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';

const PERIOD =
  /(?:实施|执行|建设)(?:期|周期|期限|时间)(?:为|是|[:：])?\s*(20\d\d)\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:至|到|[—–~～－-]{1,2})/g;
const DONE_DATE = /已于\s*(20\d\d)\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:前|之前)?\s*(?:全部|均|已)?完成/g;
const EARLIER_STAGE =
  /前期|一期|上期|立项|此前|以前|早在|原有|历史|上一|上轮|试点|启动|筹备|准备|招标|可研|设计/;

/** The start year of the one implementation period the text states; null when none or several. */
function periodStart(ctx: Ctx): number | null {
  const starts = new Set<number>();
  for (const line of ctx.lines) {
    if (!line.includes('期') && !line.includes('时间')) continue;
    for (const m of allMatches(line, PERIOD)) starts.add(Number(m[1]));
  }
  return starts.size === 1 ? [...starts][0]! : null;
}

export function checkDatesBeforePeriod(ctx: Ctx): void {
  // ("已于…完成".)
  if (!mentionsAll(ctx, ['已于', '完成'])) return;
  let start: number | null | undefined;
  ctx.lines.forEach((line, li) => {
    if (!line.includes('已于')) return;
    for (const m of allMatches(line, DONE_DATE)) {
      start ??= periodStart(ctx);
      if (start === null) return;
      const year = Number(m[1]);
      if (year > start - 2) continue;
      const from = Math.max(line.lastIndexOf('。', m.index), line.lastIndexOf('；', m.index)) + 1;
      const to = line.indexOf('。', m.index);
      if (EARLIER_STAGE.test(line.slice(from, to < 0 ? undefined : to))) continue;
      const at = m.index + m[0].indexOf(m[1]!);
      claim(ctx, 'year', li, at, false, `项目实施期起于${start}年，文中所述完成日期为${year}年`);
      report(
        ctx,
        li,
        'year.mismatch',
        'error',
        excerptOf(line, at, m.index + m[0].length, 10),
        `${start}年或以后`,
        `${year}年`,
        `项目实施期起于${start}年，文中所述已完成事项的日期${year}年早于实施期两年以上，年份有误。`,
        at,
      );
    }
  });
}
