/**
 * The dates things stood at ("截至2024年12月31日", "截止到2025年底", "截至2024年7月31日") against the document's
 * year y, read in one pass over each line's such dates:
 * - in a report on a period of the year ("2024年1—7月…", its title), the period's end in another year;
 * - a year's end (12月底 / 末 / 31日) that is not y's;
 * - a date that has not come yet: a year's end after y, or any date two years after y or later (the report is
 *   written in the year after its own at the latest) — not in a sentence of plans or targets.
 */
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import type { Paragraph } from './layout.ts';

const TITLE_PERIOD = /(20\d\d)\s*年\s*1\s*[—–\-－~～至]+\s*(\d{1,2})\s*月/;
const DATE_ONLY = /^(20\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
/** The period named after what it is of: "2025年农村公路养护项目1—6月". */
const NAMED_PERIOD = /(20\d\d)\s*年[\u4e00-\u9fa5]{2,20}?1\s*[—–\-－~～至]+\s*(\d{1,2})\s*月/;
/** The issuer's name before its date, the two lines read as one. */
const ISSUER = /^[\u4e00-\u9fa5（）()]{2,30}(?:局|厅|委员会|委|办公室|政府|中心|院|所|站|馆|处|部|会)\s*/;
const ISSUER_ONLY = new RegExp(`${ISSUER.source.replace(/\\s\*$/, '')}$`);

/**
 * A report on a period of the year ("2024年1—8月…监控报告", its title) dated at its end ("2025年9月10日", a line of
 * its own among the last blocks): it is written after the period ends and within the year after. A date before
 * the period's end month, or a year or more after it, means the title's year (or the date's) is wrong.
 */
export function checkPeriodSigned(ctx: Ctx): void {
  const blocks = ctx.layout.blocks;
  const short = (k: number): Paragraph | null => {
    const b = blocks[k];
    return b?.kind === 'paragraph' && b.text.length <= 60 ? b : null;
  };
  // The title naming the period, or a 监控表's title with the period alone in brackets right under it.
  let title: Paragraph | null = null;
  for (let k = 0; k < 4 && !title; k++) {
    const b = short(k);
    if (!b) continue;
    if (/报告|说明/.test(b.text) && TITLE_PERIOD.test(b.text)) title = b;
    // (A title over two lines naming what between the year and the months: "关于2025年农村公路养护项目1—6月" over
    // "绩效运行监控情况的报告".)
    else if (NAMED_PERIOD.test(b.text) && /报告|说明/.test(short(k + 1)?.text ?? '')) title = b;
    else if (/监控[\u4e00-\u9fa5]{0,4}表\s*$/.test(b.text) && !TITLE_PERIOD.test(b.text)) {
      const under = short(k + 1);
      if (
        under &&
        /^\s*[（(]\s*20\d\d\s*年[^（）()]{0,12}[）)]\s*$/.test(under.text) &&
        TITLE_PERIOD.test(under.text)
      )
        title = under;
    }
  }
  const t = title ? (TITLE_PERIOD.exec(title.text) ?? NAMED_PERIOD.exec(title.text)) : null;
  if (!title || !t) return;
  const [year, months] = [Number(t[1]), Number(t[2])];
  if (months < 1 || months > 11) return;
  const d = signOff(ctx);
  if (!d) return;
  const [dy, dm] = [Number(d[1]), Number(d[2])];
  const after = dy * 12 + dm - (year * 12 + months);
  const ok = after >= 0 && after < 12;
  claim(ctx, 'year', title.first, t.index, ok, `${year}年1—${months}月的报告，落款${dy}年${dm}月`);
  if (ok) return;
  report(
    ctx,
    title.first,
    'year.mismatch',
    'error',
    title.text,
    `${dy}年`,
    `${year}年`,
    `标题是${year}年1—${months}月的报告，落款日期却是${d[0]}：${after < 0 ? '早于报告期结束' : '晚于报告期一年以上'}，标题年份（或落款年份）有误。`,
    t.index,
  );
}

/**
 * The date a report is signed with: a line of its own (the issuer's name before it maybe) among the last blocks,
 * or — signed before its 附表 / 附件 — among the blocks right before the first of them (or, the 附件 named above the
 * sign-off as a 公文 names it, right after that line), or — a form following unannounced — right under the issuer's
 * name. Null unless exactly one.
 */
function signOff(ctx: Ctx): (RegExpExecArray & { line: number }) | null {
  const blocks = ctx.layout.blocks;
  const datesIn = (some: readonly (typeof blocks)[number][]) =>
    some
      .flatMap((b) => {
        if (b.kind !== 'paragraph') return [];
        // (The 附件 line after it on the next page may be reflowed onto it: "2024年3月20日附件".)
        const m = DATE_ONLY.exec(b.text.trim().replace(ISSUER, '').replace(ANNEX_AFTER, ''));
        return m ? [Object.assign(m, { line: ctx.layout.lineAt(b.first, b.text.lastIndexOf(m[1]!)) })] : [];
      })
      .filter((m) => m !== null);
  let signed = datesIn(blocks.slice(-3));
  if (signed.length === 0) {
    const annex = blocks.findIndex(
      (b, k) =>
        k > 3 &&
        (/^\s*附(?:表|件)\s*\d*/.test(b.kind === 'paragraph' ? b.text : b.title) ||
          (b.kind === 'paragraph' && ANNEX_AFTER.test(b.text))),
    );
    if (annex > 3) signed = datesIn(blocks.slice(annex - 3, annex + 1));
    if (annex > 3 && signed.length === 0) signed = datesIn(blocks.slice(annex + 1, annex + 7));
  }
  // A form following with no 附件 line: the date right under the issuer's name on a line of its own, once.
  if (signed.length === 0)
    signed = datesIn(
      blocks.filter((b, k) => {
        const before = blocks[k - 1];
        return k > 3 && before?.kind === 'paragraph' && ISSUER_ONLY.test(before.text.trim());
      }),
    );
  return signed.length === 1 ? signed[0]! : null;
}

/** A 附件 / 附表 line reflowed onto the end of the paragraph before it. */
const ANNEX_AFTER = /(?<=日)\s*附(?:件|表)\s*\d*\s*$/;

/** A title of a report on a whole year: "某局2024年度部门整体支出绩效自评报告", "…2024年度部门决算", "…2024年度“三公”经费…情况说明". */
// (Not an 评价 report: one may be titled by the year the work is done in, "2024年度重点绩效评价" of 2023's funds.)
const ANNUAL_TITLE =
  /(20\d\d)\s*年度?[\u4e00-\u9fa5“”"]{0,30}?(?:决算|自评|三公[”"]?经费[\u4e00-\u9fa5]{0,12}?说明)/;
/** Titles of what is written before or during its year: a budget, a plan, a period's report. */
const NOT_AFTER_YEAR =
  /预算(?!执行|绩效)|计划|规划|要点|方案|[1１]\s*[—–\-－~～至]+\s*\d{1,2}\s*月|上半年|季度|监控|申报/;

/**
 * A 决算 or 自评 of a whole year ("2024年度…自评报告", its title among the first blocks) signed with a date in that
 * year or before (`year.mismatch`): a year is reported on once it has ended. (filing-dates.ts reads a sign-off in
 * the year itself only with the text's figures at its end; a 决算 or a 自评 cannot be made before it.)
 */
export function checkAnnualSigned(ctx: Ctx): void {
  const blocks = ctx.layout.blocks;
  let title: Paragraph | null = null;
  let t: RegExpExecArray | null = null;
  for (let k = 0; k < 4 && !title; k++) {
    const b = blocks[k];
    if (b?.kind !== 'paragraph' || b.text.length > 60) continue;
    const m = ANNUAL_TITLE.exec(b.text);
    if (!m) continue;
    if (NOT_AFTER_YEAR.test(b.text)) return;
    [title, t] = [b, m];
  }
  if (!title || !t) return;
  const year = Number(t[1]);
  const d = signOff(ctx);
  if (!d) return;
  const dy = Number(d[1]);
  // (December of the year itself is let pass, as filing-dates.ts lets it: a 自评 of funds may close the year.)
  const ok = dy > year || (dy === year && Number(d[2]) === 12);
  // (A sign-off the filing-date rule found already: filing-dates.ts.)
  if (!ok && ctx.findings.some((f) => f.line === d.line + 1 && f.rule.startsWith('year.'))) return;
  // (Reported on the date's line: the title's year is the document's, the date the likelier slip.)
  claim(ctx, 'year', d.line, 0, ok, `${year}年度的报告，落款${dy}年`);
  if (ok) return;
  report(
    ctx,
    d.line,
    'year.mismatch',
    'error',
    `${title.text.trim()} … ${d[0]}`,
    `${year + 1}年`,
    `${dy}年`,
    `标题是${year}年度的报告，落款日期却是${d[0]}，在该年度结束之前：标题年份（或落款年份）有误。`,
    t.index,
  );
}

const CUTOFF = /(截至|截止(?:到|至)?)\s*(20\d\d)\s*年\s*(?:(底|末)|(\d{1,2})\s*月\s*(底|末|\d{1,2}\s*日)?)?/g;
/** Words of a plan or target: a 截至 date in such a sentence may lie ahead. */
const PLANNED = /预计|计划|力争|争取|将|拟|目标|规划|确保|要求|应|力求|期限/;

/** Words that make a date at last year's end a figure of then: "上年末", "年初" (not the year's 年初预算). */
const LAST_YEAR_END = /上年[末底]|上一年[末底]|去年[末底]|年初(?!预算)/;

/** A budget's document (its title names a 预算, not a 决算, its execution or an evaluation). */
function budgetDocument(ctx: Ctx): boolean {
  const heads = ctx.lines.filter((l) => l.trim() !== '').slice(0, 3);
  return heads.some((l) => l.includes('预算')) && !heads.some((l) => /决算|执行|自评|评价|绩效|监控/.test(l));
}

/** A budget's year by its title ("某局2026年部门预算"), null when the title names none or is not a budget's. */
export function budgetYear(ctx: Ctx): number | null {
  if (!budgetDocument(ctx)) return null;
  const heads = ctx.lines.filter((l) => l.trim() !== '').slice(0, 3);
  const years = new Set(
    heads.flatMap((l) =>
      [...l.matchAll(/(20\d\d)\s*年度?[\u4e00-\u9fa5]{0,6}预算/g)].map((m) => Number(m[1])),
    ),
  );
  return years.size === 1 ? [...years][0]! : null;
}

/** What a 截至 sentence states the department holds: "共有车辆…", "占有使用…". */
const HOLDS = /共有|拥有|占有|占用|保有|实有|现有|资产总额|资产总计/;

/**
 * "截至2026年12月31日，本部门共有车辆…" in a 2026年部门预算 (its title's year): a budget is drawn up and published
 * before its year ends, so the assets it states are those of an earlier year's end — a year's end of its own year
 * or later, in a sentence stating what is held (not a plan or target), is a wrong year (`year.mismatch`).
 */
export function checkBudgetCutoffs(ctx: Ctx): void {
  const y = budgetYear(ctx);
  if (y === null) return;
  ctx.lines.forEach((line, li) => {
    if (!line.includes('截至') && !line.includes('截止')) return;
    for (const m of allMatches(line, CUTOFF)) {
      const year = Number(m[2]);
      const month = m[4] === undefined ? null : Number(m[4]);
      const yearEnd =
        (month === 12 && /^(底|末|31日)$/.test(m[5] ?? '')) || (m[3] !== undefined && month === null);
      if (!yearEnd || year < y) continue;
      const sentence = sentenceAround(line, m.index);
      if (PLANNED.test(sentence) || !HOLDS.test(sentence)) continue;
      claim(ctx, 'year', li, m.index, false, `${y}年部门预算，资产时点为${year}年末`);
      report(
        ctx,
        li,
        'year.mismatch',
        'error',
        excerptOf(line, m.index, m.index + m[0].length, 20),
        `${y - 1}年`,
        `${year}年`,
        `本文件是${y}年的预算，编制公开时${year}年末尚未到来，所述资产占有情况应截至${y - 1}年末，文中写作${year}年末。`,
      );
    }
  });
}

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
    // "截至2023年12月31日", "截至2023年末" in a 2024 document: the year's end is the document's — unless the
    // sentence says it is last year's end (上年末, 年初: a figure the year started with) or the document is a
    // budget (written before its year ends, it states where the year before ended).
    // (A later 年末 is checkNotYetCome's, a plan's aside.)
    const yearEnd = yearEndDay || (m[3] !== undefined && month === null && year < y);
    if (
      exact &&
      yearEnd &&
      !(year === y - 1 && (LAST_YEAR_END.test(sentenceAround(line, m.index)) || budgetDocument(ctx))) &&
      // (A budget's own year's end or later: checkBudgetCutoffs.)
      !(year >= (budgetYear(ctx) ?? Infinity))
    ) {
      claim(
        ctx,
        'year',
        li,
        m.index,
        year === y,
        `${y}年度的文件，年末时点为${year}年${yearEndDay ? '12月' : m[3]}`,
      );
      if (year !== y)
        report(
          ctx,
          li,
          'year.mismatch',
          'error',
          excerpt(),
          `${y}年`,
          `${year}年`,
          `本文件是${y}年度的，年末时点应为${y}年${yearEndDay ? '12月' : m[3]}，文中写作${year}年${yearEndDay ? '12月' : m[3]}。`,
        );
    }
  }
}

/**
 * "监控时点为2024年8月31日" in a 2025年度 监控 report (its title names 监控): a year's 运行监控 looks at its own
 * execution while the year runs, so the date it is taken at lies in that year — unless the sentence speaks of
 * last year (上年, 去年, 同期).
 */
const MONITOR_DATE =
  /监控(?:时点|基准日|截止日期|截止时间|时间节点|数据截止日期?)\s*(?:为|是|定为|：|:)?\s*(20\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;

export function checkMonitorDates(ctx: Ctx, line: string, li: number, y: number): void {
  if (!line.includes('监控')) return;
  for (const m of allMatches(line, MONITOR_DATE)) {
    const year = Number(m[1]);
    if (year === y || /上年|去年|上一年|同期/.test(sentenceAround(line, m.index))) continue;
    if (!monitorReport(ctx)) return;
    const at = m.index + m[0].indexOf(m[1]!);
    claim(ctx, 'year', li, at, false, `${y}年度的监控报告，监控时点为${year}年`);
    report(
      ctx,
      li,
      'year.mismatch',
      'error',
      excerptOf(line, m.index, m.index + m[0].length, 10),
      `${y}年`,
      `${year}年`,
      `本报告是${y}年度的绩效运行监控，监控时点应在${y}年内，文中写作${year}年${m[2]}月${m[3]}日。`,
      at,
    );
  }
}

/** A 监控 report: its title (the first lines with text) names 监控. */
function monitorReport(ctx: Ctx): boolean {
  return ctx.lines
    .filter((l) => l.trim() !== '')
    .slice(0, 3)
    .some((l) => l.includes('监控') && /报告|说明/.test(l));
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
