/** Years in prose: titles and headings, comparisons and year-end dates must fit the document's year. */
import {
  checkBudgetCutoffs,
  checkCutoffDates,
  checkMonitorDates,
  checkPeriodSigned,
} from './cutoff-years.ts';
import {
  allMatches,
  claim,
  excerptOf,
  filingYear,
  lastIndexOfAny,
  report,
  sentencesAt,
  sourceText,
  type Ctx,
} from './context.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { checkLaterComparedYears } from './later-compared-years.ts';
import type { Paragraph } from './layout.ts';
import type { TableCell } from './table-row.ts';

const SUBTITLE =
  /^[（(]\s*20\d\d\s*年度\s*[）)](?:\s*(?:填报单位|单位名称|主管部门|编制单位|评价单位)[：:].*)?$/;

/** Whether a short paragraph ends as a document's title does: …决算, …报告, …说明, …表 (not 项表/指表), a note in brackets aside. */
function isTitle(full: string): boolean {
  // (A note in brackets after it, "…情况说明（节选）", is no part of the title's end.)
  const text =
    full.endsWith('）') || full.endsWith(')') ? full.replace(/[（(][\u4e00-\u9fa5]{1,6}[）)]$/, '') : full;
  if (text.endsWith('决算') || text.endsWith('报告') || text.endsWith('说明')) return true;
  return text.length >= 2 && text.endsWith('表') && !text.endsWith('项表') && !text.endsWith('指表');
}

/**
 * A title or heading naming another year than the document's ("…2023年度部门决算表" in a 2024年度 决算): the
 * year was not updated. Only short title lines naming a 决算/报告/说明/表 are read.
 */
function checkHeadingYears(ctx: Ctx): void {
  const y = ctx.year;
  if (y === null) return;
  // The document's own title: one of its first three paragraphs, short and naming a year.
  const opening = ctx.layout.blocks
    .slice(0, 3)
    .find((b): b is Paragraph => b.kind === 'paragraph' && b.text.length <= 60 && /20\d\d\s*年/.test(b.text));
  const mainTitle = opening?.text ?? null;
  ctx.layout.blocks.forEach((b, k) => {
    // (Cheap tests first: a document has many short paragraphs, few of them titles.)
    if (b.kind !== 'paragraph' || b.text.length > 60 || !b.text.includes('年')) return;
    // A subtitle of the year alone ("（2023年度）", maybe with the unit filling the form: "（2023年度） 填报单位：…")
    // under a title ("项目支出绩效自评表") is the title's year.
    const above = ctx.layout.blocks[k - 1];
    // (The title may have been dropped as page furniture, printed above each of several tables: its line then.)
    const titleAbove =
      (above?.kind === 'paragraph' && isTitle(above.text)) ||
      (b.first > 0 &&
        (above === undefined || above.last < b.first - 1) &&
        isTitle(sourceText(ctx, b.first - 1)));
    const subtitle = SUBTITLE.test(b.text.trim()) && titleAbove;
    if (!subtitle && b.text.length > 40) return;
    // A title broken over two lines ("…2024年度基本公共卫生服务项目" above "绩效自评报告"): the line after,
    // short and without punctuation or ordinal, ends it.
    const below = ctx.layout.blocks[k + 1];
    const tail =
      below?.kind === 'paragraph' &&
      below.first === b.last + 1 &&
      below.text.length <= 12 &&
      !/[。，；、：:\d]/.test(below.text) &&
      !/^[一二三四五六七八九十（(]/.test(below.text.trim())
        ? below.text.trim()
        : '';
    const whole = (t: string): string => (t.endsWith('）') ? t.replace(/（[^）]*）$/, '') : t);
    if (
      !subtitle &&
      (/[。，；]/.test(b.text) || !(isTitle(whole(b.text)) || (tail !== '' && isTitle(whole(b.text + tail)))))
    )
      return;
    // "…2024年度…报告", or a period of the year: "…2024年1—8月预算绩效运行监控报告".
    const m = /(20\d\d)\s*年(?:度|\s*1\s*[—–\-－~～至]+\s*\d{1,2}\s*月)/.exec(b.text);
    if (!m) return;
    const year = Number(m[1]);
    // (A summary of the year's 绩效 work reports the 自评 / 评价 done in it — of the year before: "2024年度…自评结果
    // 统计表" under a 2025 总结 whose own title names no 自评 or 评价.)
    if (year === y - 1 && /自评|评价/.test(b.text) && mainTitle !== null && !/自评|评价/.test(mainTitle))
      return;
    if (isNextYearsBudget(b.text, year, y)) return;
    claim(ctx, 'year', b.first, m.index, year === y, `标题年份${year}年度，文件为${y}年度`);
    if (year === y) return;
    report(
      ctx,
      b.first,
      'year.heading',
      'error',
      b.text,
      `${y}年度`,
      `${year}年度`,
      `本文件是${y}年度的，标题“${b.text}”却写${year}年。`,
      m.index,
    );
  });
}

/**
 * A table's title in its own first row (a workbook sheet's title merged across the sheet: "2024年度部门整体支出绩效自评表"
 * and empty cells) naming another year than the document's. Read only when the document's year is borne out by more
 * than the titles' vote: its filling date ("填报日期：2026年3月20日" fills in 2025), or "YYYY年度" of the document's
 * year written twice elsewhere and the title's year nowhere else — two sheets naming two years and nothing else
 * naming one cannot tell which is wrong.
 */
function checkTableTitleYears(ctx: Ctx, y: number): void {
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'table') continue;
    const first = tableCaption(b.rows[0]?.cells ?? []);
    if (first && isTitle(first.text.trim())) tableTitleYear(ctx, y, first);
    for (const r of b.rows) {
      const sub = yearSubtitle(ctx, r.cells, r.line);
      if (sub) tableTitleYear(ctx, y, sub);
    }
  }
}

/**
 * The next year's budget ("六、2026年度“三公”经费财政拨款预算安排情况", "表5 2026年度…预算安排表"), which a notice of
 * the year's outturn may append: a title of its own year.
 */
const isNextYearsBudget = (title: string, year: number, y: number): boolean =>
  year === y + 1 && /预算/.test(title) && !/决算/.test(title);

/** "单位：元", "金额单位：万元": the unit printed beside a table's caption. */
const UNIT_CELL = /^(?:金额)?单位[：:]\s*(?:万?元|亿元)$/;

/**
 * A table's first row as its caption: its one cell, or its one cell beside the unit ("XX局2024年度部门决算 |
 * 单位：元" over a 决算 table's header). null otherwise.
 */
function tableCaption(cells: readonly TableCell[]): TableCell | null {
  const filled = cells.filter((c) => c.text.trim() !== '');
  const named = filled.filter((c) => !UNIT_CELL.test(c.text.replace(/\s/g, '')));
  return named.length === 1 && filled.length - named.length <= 1 ? named[0]! : null;
}

/**
 * A row of one cell that is the year alone ("（2024年度）") right under a title line the layout dropped as page
 * furniture ("项目支出绩效自评表", printed above each of several forms): the form's year. null otherwise.
 */
function yearSubtitle(ctx: Ctx, cells: readonly TableCell[], line: number): TableCell | null {
  // (The one cell with text, found without a list: every row of every table is asked.)
  let only: TableCell | null = null;
  for (const c of cells) {
    if (c.text.trim() === '') continue;
    if (only) return null;
    only = c;
  }
  if (!only || line === 0 || !SUBTITLE.test(only.text.trim())) return null;
  const above = sourceText(ctx, line - 1);
  return above.length <= 40 && !/[。，；：:]/.test(above) && isTitle(above) ? only : null;
}

/** A table's title or year subtitle naming another year than the document's, that year borne out. */
function tableTitleYear(ctx: Ctx, y: number, cell: TableCell): void {
  const text = cell.text.trim();
  if (text.length > 60 || /[。，；]/.test(text)) return;
  const m = /(20\d\d)\s*年度/.exec(text);
  if (!m || Number(m[1]) === y || !yearBorneOut(ctx, y, Number(m[1]), cell.line)) return;
  const year = Number(m[1]);
  if (isNextYearsBudget(text, year, y)) return;
  claim(ctx, 'year', cell.line, 0, false, `表格标题年份${year}年度，文件为${y}年度`);
  report(
    ctx,
    cell.line,
    'year.heading',
    'error',
    text,
    `${y}年度`,
    `${year}年度`,
    `本文件是${y}年度的，表格标题“${text}”却写${year}年。`,
  );
}

/** Whether the document's year `y` rests on more than its titles (see checkTableTitleYears). */
function yearBorneOut(ctx: Ctx, y: number, other: number, titleLine: number): boolean {
  if (filingYear(ctx.lines) === y) return true;
  let own = 0;
  for (let i = 0; i < ctx.lines.length; i++) {
    if (i === titleLine || !ctx.lines[i]!.includes('年度')) continue;
    for (const m of allMatches(ctx.lines[i]!, /(?<![比较与同上]\s*)(20\d\d)\s*年度/g)) {
      if (Number(m[1]) === other) return false;
      if (Number(m[1]) === y) own++;
    }
  }
  return own >= 2;
}

/**
 * A table's caption line of the national 决算 layout: its number, its year, the unit filling it and the amount
 * unit — "公开02表 2025年度 编制单位：XX局 单位：万元" (any of them but the year left out).
 */
const DATED_CAPTION =
  /^(?:[\u4e00-\u9fa5]{0,6}\d{1,2}(?:-\d{1,2})?表|表\d{1,2}(?:-\d{1,2})?)?(20\d\d)年度(?:(?:编制|填报)单位[：:][^：:]*?)?(?:(?:金额)?单位[：:](?:万?元|亿元))?$/;

/** A table's caption line naming another year than the document's, that year borne out (`year.heading`). */
function checkDatedCaptions(ctx: Ctx, y: number): void {
  const lines = ctx.layout.normalised;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // (Cheap tests first: a caption is short and names 年度 and a 表 or a 单位.)
    if (line.length > 120 || !line.includes('年度') || !(line.includes('表') || line.includes('单位')))
      continue;
    const squashed = line.replace(/\s+/g, '');
    const m = DATED_CAPTION.exec(squashed);
    // (The year alone is a subtitle, read with its title; a caption names something beside it.)
    if (!m || squashed.length === m[1]!.length + 2) continue;
    const year = Number(m[1]);
    if (year === y || !yearBorneOut(ctx, y, year, i) || isNextYearsBudget(squashed, year, y)) continue;
    claim(ctx, 'year', i, 0, false, `表格标题年份${year}年度，文件为${y}年度`);
    report(
      ctx,
      i,
      'year.heading',
      'error',
      line.trim(),
      `${y}年度`,
      `${year}年度`,
      `本文件是${y}年度的，表格表头“${line.trim().replace(/\s+/g, ' ')}”却写${year}年。`,
      0,
    );
  }
}

/** 上年 with its year in brackets: "上年（2023年）", "上年同期（2024年1—6月）". */
const LAST_YEAR_NAMED =
  /(?:上年|去年|上一年)度?(?:同期)?\s*[（(]\s*(20\d\d)\s*年度?(?:\s*\d{1,2}\s*(?:[-—–~～至]{1,2}\s*\d{1,2}\s*)?月(?:份|末|底)?)?\s*[）)]/g;

/** Years that do not fit the document's year: comparisons must be with the year before. */
export function checkYears(ctx: Ctx): void {
  checkPeriodSigned(ctx);
  checkBudgetCutoffs(ctx);
  checkLaterComparedYears(ctx);
  const y = ctx.year;
  if (y === null) return;
  checkHeadingYears(ctx);
  checkTableTitleYears(ctx, y);
  checkDatedCaptions(ctx, y);
  checkEvaluatedYears(ctx);
  checkParallelYears(ctx, y);
  checkComparedOpeningYear(ctx, y);
  checkStatedSubjectYear(ctx, y);
  checkCutYears(ctx, y);
  const period = titlePeriod(ctx, y);
  forEachFigureLineWith(ctx, '20', (line, li) => {
    if (!line.includes('年')) return;
    for (const m of allMatches(
      line,
      // (The compared year's figure may stand between: "较2023年的3,958.20万元增加…".)
      /(?:与|比|较)\s*(20\d\d)\s*年(?:度)?(?:的\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元))?(?:相比|同期|增加|减少|增长|下降|持平)/g,
    )) {
      const year = Number(m[1]);
      // "2023年度项目支出300.00万元，比2022年度增加…": a sentence about an earlier year compares it with the
      // year before it — consistent, whatever the document's year.
      const own = line.slice(line.lastIndexOf('。', m.index) + 1, m.index);
      const subject = [...own.matchAll(/(20\d\d)\s*年/g)].pop();
      // The year names a figure of its own clause ("2023年度决算6.20万元"), not a fact ("2023年度未购置").
      const namesFigure =
        subject !== undefined &&
        /^[^，,；;。]*?\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元)/.test(own.slice(subject.index + 4));
      if (namesFigure && Number(subject[1]) !== y && year === Number(subject[1]) - 1) continue;
      // "2023年度决算4.86万元，…，比2023年增加0.78万元" in a 2024 document: a year compared with itself — the
      // subject's year was not updated (the comparison names the year before the document's).
      // (Only when the sentence names no other year before the comparison, and not as one compared with.)
      // (Not a year of another clause — "…由2023年度的0万元增加至26.80万元；运行维护费…比2023年度减少" — nor
      // the base of a from-to: "由2023年度的…增加至…".)
      const self =
        subject &&
        own.match(/20\d\d\s*年/g)!.length === 1 &&
        !/[；;]/.test(own.slice(subject.index)) &&
        !/[比较与由从]\s*$/.test(own.slice(0, subject.index)) &&
        /^\s*年(?!\s*\d|底|末|初)/.test(own.slice(subject.index! + 4)) &&
        namesFigure;
      if (self && Number(subject[1]) === year && year === y - 1) {
        const at = line.lastIndexOf('。', m.index) + 1 + subject.index!;
        claim(ctx, 'year', li, at, false, `${y}年度的文件，句中${year}年与${year}年比较`);
        report(
          ctx,
          li,
          'year.mismatch',
          'error',
          excerptOf(line, at, m.index + m[0].length, 10),
          `${y}年`,
          `${year}年`,
          `本文件是${y}年度的，此句先写${year}年的数字，又与${year}年比较：前者应为${y}年。`,
          at,
        );
        continue;
      }
      // "2027年度本部门机关运行经费支出51.93万元，比2024年度增加…" in a 2025 document: compared with the year
      // before the document's, the figure is the document's year's — its own year was mistyped.
      const stated = subject ? Number(subject[1]) : null;
      if (
        stated !== null &&
        namesFigure &&
        year === y - 1 &&
        stated !== y &&
        stated !== year &&
        own.match(/20\d\d\s*年/g)!.length === 1 &&
        !/[比较与由从]\s*$/.test(own.slice(0, subject!.index))
      ) {
        const at = line.lastIndexOf('。', m.index) + 1 + subject!.index!;
        claim(ctx, 'year', li, at, false, `${y}年度的文件，句中${stated}年的数字与${year}年（上年）比较`);
        report(
          ctx,
          li,
          'year.mismatch',
          'error',
          excerptOf(line, at, m.index + m[0].length, 10),
          `${y}年`,
          `${stated}年`,
          `本文件是${y}年度的，此句写${stated}年的数字，却与${year}年（上年）比较：${stated}年应为${y}年。`,
          at,
        );
        continue;
      }
      claim(ctx, 'year', li, m.index, year === y - 1, `${y}年度的文件与${year}年比较，上年应为${y - 1}年`);
      if (year !== y - 1) {
        report(
          ctx,
          li,
          'year.mismatch',
          'error',
          excerptOf(line, m.index, m.index + m[0].length, 20),
          `${y - 1}年`,
          `${year}年`,
          `本文件是${y}年度的，与上年比较应写${y - 1}年，文中写作${year}年。`,
        );
      }
    }
    // "较上年同期（2024年1—6月）", "比上年（2023年）": the year the text gives 上年 must be the one before.
    if (line.includes('上年') || line.includes('去年'))
      for (const m of allMatches(line, LAST_YEAR_NAMED)) {
        const year = Number(m[1]);
        const at = m.index + m[0].indexOf(m[1]!);
        claim(ctx, 'year', li, at, year === y - 1, `${y}年度的文件，上年写作${year}年，应为${y - 1}年`);
        if (year === y - 1) continue;
        report(
          ctx,
          li,
          'year.mismatch',
          'error',
          excerptOf(line, m.index, m.index + m[0].length, 10),
          `${y - 1}年`,
          `${year}年`,
          `本文件是${y}年度的，上年应为${y - 1}年，文中括注为${year}年。`,
          at,
        );
      }
    checkCutoffDates(ctx, line, li, y, period);
    checkMonitorDates(ctx, line, li, y);
    checkActDates(ctx, line, li, y);
    checkFarYears(ctx, line, li, y);
  });
}

/**
 * "2052年，本部门年初预算…，全年实际执行…万元", "组织对2052年度14个项目开展了绩效自评": a year after the one the
 * document can have been written in (its year or the next) dating what the sentence reports as done — the
 * outturn, an evaluation carried out. Plans, targets, deadlines and periods ("到2030年", "2027年底前", "2025—2027年")
 * name later years rightly: a sentence with any of them is not read, nor a date with its month (checkActDates,
 * checkCutoffDates read those).
 */
const FAR_YEAR = /(20\d\d)\s*年(?!\s*\d{1,2}\s*月)/g;
const ANY_20XX = /20\d\d/g;

/** Whether `line` holds a 20xx after `last`. */
function laterYearIn(line: string, last: number): boolean {
  ANY_20XX.lastIndex = 0;
  for (let m = ANY_20XX.exec(line); m; m = ANY_20XX.exec(line)) if (Number(m[0]) > last) return true;
  return false;
}
const DONE =
  /开展了|完成了|实施了|实际(?:执行|支出|完成)|已(?:完成|开展|实施|拨付|支出)|执行率|支出决算|决算数/;
const LATER_RIGHTLY =
  /(?:到|至|于|截至|截止)\s*20\d\d|20\d\d\s*年\s*(?:底|末)?\s*(?:前|以前|之前|以后|起)|[—–\-~～]\s*20\d\d|20\d\d\s*年?\s*[—–\-~～]|远景|规划|中长期|期间|展望/;

function checkFarYears(ctx: Ctx, line: string, li: number, y: number): void {
  // (Most lines name no year after the next: the sentences are split only for those that do.)
  if (!laterYearIn(line, y + 1)) return;
  for (const s of sentencesAt(ctx, li)) {
    for (const m of allMatches(s.text, FAR_YEAR)) {
      const year = Number(m[1]);
      if (year <= y + 1) continue;
      // (From the year's clause on: "根据…要求，本单位对…" is the grounds, not a plan.)
      const rest = s.text.slice(lastIndexOfAny(s.text, ['，', '；'], m.index) + 1);
      // ("绩效目标" names the targets set — "开展了绩效目标编报" is done, no plan.)
      if (!DONE.test(rest) || PLANNED.test(rest.replace(/绩效目标/g, '')) || LATER_RIGHTLY.test(s.text))
        continue;
      if (!/\d\s*(?:万元|亿元|元|个|项)/.test(s.text)) continue;
      const at = s.start + m.index;
      claim(ctx, 'year', li, at, false, `${y}年度的文件，所述已完成事项的年份为${year}年，晚于${y + 1}年`);
      report(
        ctx,
        li,
        'year.mismatch',
        'error',
        excerptOf(line, at, at + m[0].length, 16),
        `${y}年`,
        `${year}年`,
        `本文件是${y}年度的，写于${y}年或${y + 1}年，此句所述已执行、已完成的事项却属${year}年，年份有误。`,
        at,
      );
    }
  }
}

/**
 * "于2052年2月下达…": an act the document reports as done (下达, 印发, 拨付, 批复…), dated after the year the
 * document can have been written in — a 年度 document is written during its year or the next. A plan ("计划
 * 于…", "将于…", "…前完成") is no act done: not read.
 */
const ACT_DATE =
  /(?:于|在)?\s*(20\d\d)\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:下达|印发|拨付|批复|发布|下发|召开|签订|成立|印送)/g;
const PLANNED = /计划|预计|将|拟|力争|争取|预定|要求|应当?|须|需|确保|目标|预期|方案/;

function checkActDates(ctx: Ctx, line: string, li: number, y: number): void {
  if (!line.includes('月')) return;
  for (const m of allMatches(line, ACT_DATE)) {
    const year = Number(m[1]);
    if (year <= y + 1) continue;
    const clause = line.slice(lastIndexOfAny(line, ['，', '。', '；'], m.index) + 1, m.index);
    if (PLANNED.test(clause)) continue;
    const at = m.index + m[0].indexOf(m[1]!);
    claim(ctx, 'year', li, at, false, `${y}年度的文件，所述已办事项日期为${year}年，晚于${y + 1}年`);
    report(
      ctx,
      li,
      'year.mismatch',
      'error',
      excerptOf(line, at, m.index + m[0].length, 10),
      `${y}年或${y + 1}年`,
      `${year}年`,
      `本文件是${y}年度的，写于${y}年或${y + 1}年，文中所述已办事项的日期${year}年晚于此，年份有误。`,
      at,
    );
  }
}

/**
 * "本次评价对象为2023年度沧澜市…补助资金", "评价范围为2023年度下达至5个县的…补助资金": the year and the name of
 * what is evaluated.
 */
const EVALUATED =
  /(评价|自评|监控)(?:对象|范围)(?:为|是)\s*(?:本部门|本单位|我局|我单位)?(20\d\d)\s*年度(?:[^，,。；;\d]{0,16}?\d*[^，,。；;\d]{0,8}?的)?([\u4e00-\u9fa5“”（）()]{4,40}?)(?=[，,。；;：:]|$)/g;

/**
 * "对2023年度10个省级重点项目开展了财政重点绩效评价", "对某县卫生健康局2023年度部门整体支出开展绩效评价": the object
 * of an evaluation the sentence says was done (the unit's name, when given, stays out of the object's name).
 */
const EVALUATED_BY =
  /对\s*(?:本部门|本单位|我局|我单位|[\u4e00-\u9fa5（）()]{2,24}?)?\s*(20\d\d)\s*年度\s*(?:全部|\d+\s*个|[一二三四五六七八九十两]+个)?([\u4e00-\u9fa5“”]{4,40}?)(?:开展|进行|实施)了?[^，,。；;\d]{0,16}?(评价|自评|监控)/g;

type Evaluated = { index: number; 0: string; year: string; name: string; kind: string };

/** The evaluated objects a line names, in either wording. */
function evaluatedIn(line: string): Evaluated[] {
  const out: Evaluated[] = [];
  for (const m of allMatches(line, EVALUATED))
    out.push({ index: m.index, 0: m[0], year: m[2]!, name: m[3]!, kind: m[1]! });
  for (const m of allMatches(line, EVALUATED_BY))
    out.push({ index: m.index, 0: m[0], year: m[1]!, name: m[2]!, kind: m[3]! });
  return out;
}

/**
 * "本次评价对象为2023年度沧澜市城乡生活垃圾收运处置补助资金" under the title "沧澜市2024年度城乡生活垃圾收运处置补助资金财政
 * 重点绩效评价报告": the body names the evaluated funds with another year than the title does. Only when the
 * title (the nearest title line above naming a year) holds the same name, its year aside — a report may well
 * evaluate an earlier year's funds when its title says so.
 */
function checkEvaluatedYears(ctx: Ctx): void {
  let title: { text: string; year: number; bare: string } | null = null;
  // A title set on two lines ("沧澜市2024年度…补助资金" / "财政重点绩效评价报告"): its first line, until the next.
  let opening = '';
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph') continue;
    const short = b.text.length <= 60 && !/[。，；]/.test(b.text);
    if (short && isTitle(b.text)) {
      const text = /20\d\d\s*年度/.test(b.text) ? b.text : opening + b.text;
      const m = /(20\d\d)\s*年度/.exec(text);
      if (m) title = { text, year: Number(m[1]), bare: text.replace(/20\d\d\s*年度/g, '') };
      opening = '';
      continue;
    }
    opening = short && /20\d\d\s*年度/.test(b.text) ? b.text : '';
    if (!title || !/对象|范围|开展|进行|实施/.test(b.text)) continue;
    const line = ctx.lines[b.first] ?? '';
    for (const m of evaluatedIn(line)) {
      const year = Number(m.year);
      const name = m.name;
      // A self-evaluation's own object ("本次自评对象为本部门2023年度全部收支" under "…2024年度…自评报告") is the
      // title's year whatever it names.
      const own = m.kind === '自评' && title.text.includes('自评');
      if (!own && !title.bare.includes(name)) continue;
      claim(
        ctx,
        'year',
        b.first,
        m.index,
        year === title.year,
        `标题${title.year}年度，评价对象${year}年度${name}`,
      );
      if (year === title.year) continue;
      report(
        ctx,
        b.first,
        'year.mismatch',
        'error',
        excerptOf(line, m.index, m.index + m[0].length, 10),
        `${title.year}年度`,
        `${year}年度`,
        `标题“${title.text}”评价的是${title.year}年度的${name}，此处评价对象却写作${year}年度。`,
        m.index + m[0].indexOf(m.year),
      );
    }
  }
}

/**
 * "202年度…说明": a year with a digit lost — three digits of a 20xx year before 年 cannot be a year (the
 * document's year is the likely one).
 */
const CUT_YEAR = /(?<![\d.,，])20\d\s*年/g;

/** A table cell that is a year alone, a digit lost: "（202 年度）" (a subtitle taken into the table below it). */
const CUT_YEAR_CELL = /^[（(]?\s*20\d\s*年度?\s*[）)]?$/;

function checkCutYears(ctx: Ctx, y: number): void {
  forEachFigureLineWith(ctx, '20', (line, li) => {
    if (!line.includes('年')) return;
    for (const m of allMatches(line, CUT_YEAR)) reportCutYear(ctx, y, li, line, m.index, m[0]);
  });
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'table') continue;
    for (const r of b.rows)
      for (const c of r.cells)
        if (c.text.length <= 12 && CUT_YEAR_CELL.test(c.text)) {
          const text = sourceText(ctx, r.line);
          const cut = /20\d\s*年/.exec(c.text)![0];
          reportCutYear(ctx, y, r.line, text, Math.max(0, text.indexOf(cut)), cut);
        }
  }
}

function reportCutYear(ctx: Ctx, y: number, li: number, line: string, at: number, cut: string): void {
  const found = cut.replace(/\s+/g, '');
  claim(ctx, 'year', li, at, false, `${y}年度的文件，年份写作${found}`);
  report(
    ctx,
    li,
    'year.mismatch',
    'error',
    excerptOf(line, at, at + cut.length, 16),
    `${y}年`,
    found,
    `“${found}”不是完整的年份（少了一位数字），本文件是${y}年度的。`,
    at,
  );
}

/**
 * "现将某局（含所属…）2023年度使用…的“三公”经费…决算情况说明如下": the sentence that says what the document
 * sets out names its year, which must be the document's. Only the first year after 现将, outside brackets, in a
 * sentence ending "…如下" (说明, 公开, 报告, 公布).
 */
const SUBJECT_SENTENCE =
  /现将([^。；;]{0,80}?)(20\d\d)\s*年度?[^。；;]{0,80}?(?:说明|公开|报告|公布|汇报)如下/g;

function checkStatedSubjectYear(ctx: Ctx, y: number): void {
  forEachFigureLineWith(ctx, '现将', (line, li) => {
    for (const m of allMatches(line, SUBJECT_SENTENCE)) {
      const before = m[1]!;
      if (/20\d\d/.test(before) || count(before, /[（(]/g) !== count(before, /[）)]/g)) continue;
      const year = Number(m[2]);
      const at = m.index + m[0].indexOf(m[2]!, 2 + before.length);
      claim(ctx, 'year', li, at, year === y, `说明对象的年份${year}年度，文件为${y}年度`);
      if (year === y) continue;
      report(
        ctx,
        li,
        'year.mismatch',
        'error',
        excerptOf(line, m.index, m.index + m[0].length, 0),
        `${y}年度`,
        `${year}年度`,
        `本文件是${y}年度的，“现将……说明如下”所说明的却是${year}年度：年份似未更新。`,
        at,
      );
    }
  });
}

const count = (text: string, re: RegExp): number => text.match(re)?.length ?? 0;

/**
 * Paragraphs opening alike — "某局2025年度政府性基金预算财政拨款…万元", "某局2023年度国有资本经营预算财政拨款…
 * 万元", or after run-in headings "（一）机关运行经费支出情况。2025年度…" / "（二）政府采购支出情况。2023年度…万元" —
 * in a 2025 document: one section's opening was copied from an older report and its year not updated.
 * Read only when the same opening (a unit name of four characters or more, or a run-in heading and nothing
 * else) leads another paragraph to the document's year, the odd year is two or more years away from it (or the
 * year after it, when the sentence states that 年度's outturn: "2026年度…支出0.00万元" in a 2025 document), and
 * the sentence states an amount without comparing it (比, 较, 与…相比) or naming a span of years (至, 到, —).
 */
const UNIT_YEAR_OPENING =
  /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)]|\d+[.、．])?\s*((?:[\u4e00-\u9fa5（）()“”]{2,24}。)?)\s*([\u4e00-\u9fa5（）()]{0,30}?)\s*(20\d\d)\s*年度?(?!度|\s*(?:[至到—–\-~～]|\d))/;

/** The year after the document's, read only as a 年度 whose outturn the sentence states ("2026年度…费支出0.00万元"). */
const NEXT_YEAR_OUTTURN =
  /^20\d\d\s*年度[^。；;\d]{0,30}?(?:支出|决算)(?:数)?(?:为|是)?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元)/;

function checkParallelYears(ctx: Ctx, y: number): void {
  const openings: { li: number; unit: string; year: number; at: number }[] = [];
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph' || b.text.length < 20) continue;
    const line = ctx.lines[b.first] ?? '';
    // (Cheap test first: the year opens the paragraph, within its first sixty characters.)
    const year = line.indexOf('20');
    if (year < 0 || year > 60) continue;
    const m = UNIT_YEAR_OPENING.exec(line);
    // A unit name, or a run-in heading with nothing between it and the year.
    if (!m || (m[2]!.length < 4 && (m[1] === '' || m[2] !== ''))) continue;
    openings.push({ li: b.first, unit: m[2]!, year: Number(m[3]), at: m[0].lastIndexOf(m[3]!) });
  }
  for (const o of openings) {
    // (The year after the document's is the one it is written in: only its outturn, "2026年度…支出0.00万元" in a
    // 2025 document, is read — checked below.)
    if (Math.abs(o.year - y) < 2 && o.year !== y + 1) continue;
    if (!openings.some((p) => p.unit === o.unit && p.year === y)) continue;
    const line = ctx.lines[o.li]!;
    const sentence = sentencesAt(ctx, o.li).find((s) => s.start <= o.at && o.at < s.end);
    if (!sentence) continue;
    const text = line.slice(o.at, sentence.end);
    if (
      !/\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元)/.test(text) ||
      /比|较|与.{0,20}相比|以前|至今|审计|巡视|整改/.test(text) ||
      (o.year === y + 1 && (!NEXT_YEAR_OUTTURN.test(text) || /预算|计划|安排|拟|将|预计/.test(text)))
    )
      continue;
    claim(
      ctx,
      'year',
      o.li,
      o.at,
      false,
      `${y}年度的文件，“${o.unit}${y}年度…”的段落之外，一段写作${o.year}年度`,
    );
    report(
      ctx,
      o.li,
      'year.mismatch',
      'error',
      excerptOf(line, Math.max(0, o.at - o.unit.length), o.at + 24, 0),
      `${y}年度`,
      `${o.year}年度`,
      `本文件是${y}年度的，其他段落以“${o.unit}${y}年度”开头，此段却写作${o.year}年度：年份似未更新。`,
      o.at,
    );
  }
}

/**
 * "2023年度收入、支出总计均为2,670.08万元。与2024年度相比，…减少…" in a 2025 document: a paragraph opening with a
 * year's amount, then comparing it with the year before the document's — the amount is the document's year's, and
 * its year was not updated. Read only when the opening year is neither the document's nor the one compared with,
 * the comparison follows the amount at once (the same or the next sentence, no other year between) and names
 * the year before the document's. An opening year that is the one compared with ("2024年度…万元。与2024年度相比"
 * in a 2025 document) compares a year with itself: read so when the comparison is with that year's like figure
 * (no budget on either side).
 */
const COMPARED_OPENING =
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)])?[\u4e00-\u9fa5（）()]{0,30}?(20\d\d)年度?(?![至到—–\-~～\d])[^。；;\d]{0,30}?\d[\d,]*(?:\.\d+)?(?:万元|亿元|元)[^。；;\d]{0,20}?[。，,；;]?(?:与|比|较)(20\d\d)年度?/;

function checkComparedOpeningYear(ctx: Ctx, y: number): void {
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph' || b.text.length < 20 || !b.text.includes('年')) continue;
    const text = b.text.replace(/\s+/g, '');
    const m = COMPARED_OPENING.exec(text);
    if (!m) continue;
    const [opening, compared] = [Number(m[1]), Number(m[2])];
    if (compared !== y - 1 || opening === y) continue;
    // The year before the document's compared with itself in the next sentence ("2024年度…总计…万元。与2024年度相比，
    // …增加…"): only when the comparison is with that year's like figure (相比 or a change word at once, not "与2024年度预算相比")
    // and the opening's amount is no budget.
    const self = opening === compared;
    // (Within one sentence, checkYears reads it.)
    if (
      self &&
      (!m[0].includes('。') ||
        !/^(?:相比|同期相比|比较|增加|减少|增长|下降)/.test(text.slice(m.index + m[0].length)) ||
        /预算数|年初预算|预算为|调整预算|调整后预算|全年预算|预算安排/.test(m[0]))
    )
      continue;
    const line = ctx.lines[b.first] ?? '';
    const at = line.indexOf(m[1]!);
    if (at < 0) continue;
    claim(ctx, 'year', b.first, at, false, `${y}年度的文件，与${compared}年度相比的金额写作${opening}年度`);
    report(
      ctx,
      b.first,
      'year.mismatch',
      'error',
      excerptOf(line, at, at + 24, 0),
      `${y}年度`,
      `${opening}年度`,
      self
        ? `本文件是${y}年度的，此段先写${opening}年度的金额，又与${compared}年度（上年）相比，同一年份自相比较：金额应为${y}年度的，年份似未更新。`
        : `本文件是${y}年度的，此段写${opening}年度的金额，却与${compared}年度（上年）相比：金额应为${y}年度的，年份似未更新。`,
      at,
    );
  }
}

/** The end month of the period a short title near the top names for the document's year ("2024年1—7月…报告"); else null. */
function titlePeriod(ctx: Ctx, y: number): number | null {
  for (const b of ctx.layout.blocks.slice(0, 4)) {
    // (The period may close the title in brackets: "…监控表（2026年1—9月）".)
    if (
      b.kind !== 'paragraph' ||
      b.text.length > 60 ||
      !/报告|说明|表(?:[（(][^（）()]{4,16}[）)])?$/.test(b.text)
    )
      continue;
    const m = /(20\d\d)\s*年\s*1\s*[—–\-－~～至]+\s*(\d{1,2})\s*月/.exec(b.text);
    if (m) return Number(m[1]) === y ? Number(m[2]) : null;
  }
  return null;
}
