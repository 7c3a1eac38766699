/**
 * Several 项目支出绩效自评表 in one document and a text (a 自评报告 or its 摘要) that restates their figures:
 *
 *     项目名称  甲乙水库除险加固项目 …  年度资金总额 300.00 320.00 304.00 10 95.00% 9.50 … 总分 100 95.50
 *     项目名称  丙丁灌区节水改造项目 …  年度资金总额 200.00 200.00 190.00 10 95.00% 9.50 … 总分 100 91.20
 *     …两个项目年初预算合计500.00万元，全年预算合计520.00万元。甲乙水库除险加固项目自评得分95.50分，…
 *
 * Each 自评表 is read from its 项目名称 line to its 总分 line ("总分  100  95.50": the 分值 and the 得分), with the
 * 年度资金总额 row the funds rules read between them (score-funds.ts: 年初预算数, 全年预算数, 全年执行数).
 *  - A project named in the text with its score right after its name ("…项目自评得分95.50分") must state its
 *    table's 总分, within the rounding of the text's figure (`figure.text-table`). A 总分 reported wrong on its
 *    own line (its 得分 add up to another figure) may be stated either way.
 *  - A sentence counting the projects ("两个项目…全年预算合计520.00万元"), the count being the number of tables
 *    read, each with its 项目资金 row in 万元: a 年初预算 / 全年预算 / 全年执行 合计 must be the tables' sum
 *    (`table.total`). Only with a word of summing (合计, 总计, 共计, 总额, 共) after the amount's name.
 *  - The projects' scores for an average stated with their count (average-scores.ts): each table's 总分, or,
 *    where that 总分 is reported wrong, either it or the sum of the table's 得分.
 */
import { dec } from '../money/index.ts';
import { claim, report, sourceText, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { countOfWord, printedPlaces } from './numbers.ts';
import { halfUlp, judgeSum, showAs, type Printed } from './verdict.ts';
import { figureAt, itemsOf, squashSpaces, type TableModel, type TItem } from './table-model.ts';

/** One 自评表 of the document: its project's name, its 总分's 得分 and its 项目资金 row. */
export type SelfEvalTable = {
  name: string;
  total: string;
  /** The 总分 line (0-based). */
  totalLine: number;
  /**
   * The 总分 as the errors reported on its line would have it (the 得分 summed): a 总分 in dispute may be
   * either figure. Empty when none is reported.
   */
  corrected: string[];
  fund: Ctx['fundRows'][number] | null;
  /** The 项目资金 part states 万元. */
  inWanYuan: boolean;
};

const NAME_ROW = /^项目名称\s*[:：]?\s+([\u4e00-\u9fa5（）()“”0-9]{4,40})(?:\s|$)/;
const TOTAL_ROW = /^总\s*分\s+(\d{1,3}(?:\.\d{1,2})?)\s+(\d{1,3}(?:\.\d{1,2})?)(?:\s|$)/;
/** How far below its 项目名称 line a table's 总分 line may be. */
const TABLE_LINES = 150;

/** The 自评表s of the document, each from its 项目名称 line to its 总分 line. */
export function selfEvalTables(ctx: Ctx): SelfEvalTable[] {
  const tables = tablesFrom(ctx, (text, i) => NAME_ROW.exec(text)?.[1] ?? wrappedName(ctx, text, i));
  // Two tables of one name: which one the text means is not clear.
  const names = new Set(tables.map((t) => t.name));
  return names.size === tables.length ? tables : [];
}

/** A 部门整体支出绩效自评表's title: its scores are the text's "部门整体（支出）自评总分". */
const WHOLE_TITLE = /部门整体支出绩效自评表/;
const WHOLE = '部门整体';

/** The document's one 部门整体支出绩效自评表, from its title to its 总分 line; none when two are. */
function wholeTables(ctx: Ctx): SelfEvalTable[] {
  const tables = tablesFrom(ctx, (text) =>
    // (Lines without its 整 are not copied.)
    text.includes('整') && WHOLE_TITLE.test(text.replace(/\s+/g, '')) ? WHOLE : undefined,
  );
  return tables.length === 1 ? tables : [];
}

/** Tables from the line `nameOf` names to the 总分 line below it (not past another table's name). */
/** "项目  甲乙项目" over "名称": the 项目名称 label wrapped in a narrow column. */
const WRAPPED_NAME_ROW = /^项目\s+([\u4e00-\u9fa5（）()“”0-9]{4,40})(?:\s|$)/;

function wrappedName(ctx: Ctx, text: string, i: number): string | undefined {
  const m = WRAPPED_NAME_ROW.exec(text);
  if (!m || i + 1 >= ctx.source.length || !/^名称(?:\s|$)/.test(sourceText(ctx, i + 1))) return undefined;
  return m[1];
}

function tablesFrom(ctx: Ctx, nameOf: (text: string, i: number) => string | undefined): SelfEvalTable[] {
  const tables: SelfEvalTable[] = [];
  const n = ctx.source.length;
  for (let i = 0; i < n; i++) {
    const name = nameOf(sourceText(ctx, i), i);
    if (!name) continue;
    for (let j = i + 1; j < Math.min(n, i + TABLE_LINES); j++) {
      const text = sourceText(ctx, j);
      if (NAME_ROW.test(text) || nameOf(text, j)) break;
      const t = TOTAL_ROW.exec(text);
      if (!t || dec(t[2]!).gt(t[1]!)) continue;
      const fund = ctx.fundRows.find((f) => f.line > i && f.line < j) ?? null;
      // (From the lines above the 项目名称 too: "金额单位：万元" printed under the table's title.)
      const head = fund ? ctx.layout.normalised.slice(Math.max(0, i - 3), fund.line + 4).join('') : '';
      tables.push({
        name,
        total: t[2]!,
        totalLine: j,
        corrected: correctedTotals(ctx, j),
        fund,
        // ("项目资金（万元）" broken over lines in a narrow column: its "（万" above "元）".)
        inWanYuan: head.includes('万元') || /[（(]万/.test(head),
      });
      i = j;
      break;
    }
  }
  return tables;
}

/** The expected figures of the errors reported on line `j` (0-based): the 总分 as the table's 得分 have it. */
function correctedTotals(ctx: Ctx, j: number): string[] {
  const figures = ctx.findings
    .filter((f) => f.line === j + 1 && f.severity === 'error')
    .map((f) => f.expected.replace(/分$/, ''));
  return figures.every((f) => /^\d+(?:\.\d+)?$/.test(f)) ? [...new Set(figures)] : [];
}

/** What may stand between a project's name and its score: "…项目自评得分", "…项目的综合得分为". */
const SCORE_AFTER_NAME =
  /^[”"]?[，,]?(?:的)?(?:支出)?(?:(?:绩效)?(?:自评|评价|综合)(?:总得分|总分|得分)|总得分|总分|得分)(?:为|是|达到?)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分/;

/**
 * The project's score later in its clause group, after its funds: "A项目全年预算数350.00万元，执行341.25万元，执行率
 * 97.50%，自评得分99.53分" — a 自评 / 评价 / 综合 / 总 score (not a part's 得分), before any "；" or "。".
 */
const SCORE_LATER =
  /^[^；;。]{0,80}?[，,](?:(?:绩效)?(?:自评|评价|综合)(?:总得分|总分|得分)|总得分)(?:为|是|达到?)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分/;

type StatedScore = { table: SelfEvalTable; stated: string; li: number; at: number };

/** A place opening a project's name: "祁峪市", "某某县", "某州". */
const PLACE = /^[\u4e00-\u9fa5]{1,6}?(?:省|市|县|区|州|旗|盟)(?=[\u4e00-\u9fa5]{6})/;
/** The text naming the project with a place of its own right before the short name. */
const PLACE_END = /(?:省|市|县|区|州|旗|盟)$/;

/** Each project's score stated in the text right after the project's name (the longest name matching there). */
function statedScores(ctx: Ctx, tables: readonly SelfEvalTable[]): StatedScore[] {
  const out: StatedScore[] = [];
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph' || !b.text.includes('分')) continue;
    const line = ctx.lines[b.first] ?? '';
    for (const table of tables) {
      // ("祁峪市公共文化设施免费开放补助资金" named "公共文化设施免费开放补助资金" in the text: its place dropped.)
      const short = table.name.replace(PLACE, '');
      for (const name of short !== table.name && short.length >= 6 ? [table.name, short] : [table.name])
        for (let at = line.indexOf(name); at >= 0; at = line.indexOf(name, at + 1)) {
          if (name === short && line.slice(Math.max(0, at - 6), at).match(PLACE_END)) continue;
          const longer = tables.some((o) => o.name.length > name.length && line.startsWith(o.name, at));
          if (longer) continue;
          const rest = line.slice(at + name.length);
          const later = SCORE_AFTER_NAME.exec(rest) ? null : SCORE_LATER.exec(rest);
          // (Later in the clause group only when no other project is named before the score.)
          if (later && tables.some((o) => o !== table && later[0].includes(o.name.replace(PLACE, ''))))
            continue;
          // (Nor after a weight: "…自评情况为：投入指标分值20分，自评得分18.00分" is a level's score.)
          if (later && /(?:分值|满分|权重)\s*(?:为)?\s*\d{1,3}(?:\.\d+)?\s*分/.test(later[0])) continue;
          const m = SCORE_AFTER_NAME.exec(rest) ?? later;
          if (!m) continue;
          const figureAt = at + name.length + m[0].lastIndexOf(m[1]!);
          out.push({ table, stated: m[1]!, li: b.first, at: figureAt });
        }
    }
  }
  return out;
}

/** A stated score agreeing with a table's 总分 within the rounding of either figure. */
function agrees(stated: string, total: string): boolean {
  const diff = dec(stated).minus(total).abs();
  return diff.lte(halfUlp(printedPlaces(stated)).plus(halfUlp(printedPlaces(total))));
}

/**
 * The projects' scores an average of the document's 自评表 may take, one list per table, the likeliest first:
 * its 总分 as printed and as corrected by the errors on its line — the corrected one first when the text states
 * it for the project. Null with fewer than two tables.
 */
export function documentScores(ctx: Ctx, tables: readonly SelfEvalTable[]): string[][] | null {
  if (tables.length < 2) return null;
  const stated = statedScores(ctx, tables);
  return tables.map((t) => {
    const said = stated.filter((s) => s.table === t).map((s) => s.stated);
    const fix = t.corrected.find((c) => said.some((s) => agrees(s, c)));
    const all = [t.total, ...t.corrected.filter((c) => c !== t.total)];
    return fix && !said.some((s) => agrees(s, t.total)) ? [fix, ...all.filter((c) => c !== fix)] : all;
  });
}

export function checkSelfEvalSummary(ctx: Ctx, tables: readonly SelfEvalTable[]): void {
  // (No project table: only a 部门整体 table, titled WHOLE_TITLE above its 总分 row, can be read.)
  if (tables.length === 0 && !mentionsAll(ctx, ['部门整体支出绩效自评表', '总分'])) return;
  // (The 部门整体 table's score is stated as a project's is; it is no project of the sums and averages.)
  const scored = [...tables, ...wholeTables(ctx)];
  if (scored.length > 0) checkStatedScores(ctx, scored);
  if (tables.length > 0) checkFundSums(ctx, tables);
}

/** Each project's score in the text against its table's 总分. */
function checkStatedScores(ctx: Ctx, tables: readonly SelfEvalTable[]): void {
  for (const { table, stated, li, at } of statedScores(ctx, tables)) {
    // (A 总分 in dispute: the text may state it as printed or as corrected.)
    const ok = [table.total, ...table.corrected].some((t) => agrees(stated, t));
    claim(ctx, 'score', li, at, ok, `${table.name}自评表总分${table.total}，文中得分${stated}分`);
    if (ok) continue;
    const line = ctx.lines[li] ?? '';
    report(
      ctx,
      li,
      'figure.text-table',
      'error',
      line.slice(Math.max(0, at - table.name.length - 8), at + stated.length + 1),
      `${table.total}分`,
      `${stated}分`,
      `文中${table.name}自评得分为${stated}分，而${table.name === WHOLE ? '部门整体支出绩效自评表' : '该项目自评表'}（第${table.totalLine + 1}行）总分为${table.total}分${table.corrected.length ? `（按各项得分之和为${table.corrected.join('或')}分）` : ''}，两者不符。`,
      at,
    );
  }
}

const COUNTED = /(\d+|[两二三四五六七八九十])\s*(?:个|项)\s*(?:重点|部门|专项)?项目/g;
/** A sum of one money column of the 项目资金 rows: "年初预算合计1320.00万元", "全年执行数共计1264.34万元". */
const FUND_SUM =
  /(年初预算|(?:全年|调整后)预算|全年执行|执行)数?(?:资金)?(?:合计|总计|共计|总额|共)(?:为|达)?\s*(\d[\d,]*(?:\.\d+)?)\s*万元/g;
const COLUMN_OF = (word: string): 'initial' | 'budget' | 'spent' =>
  word === '年初预算' ? 'initial' : word.endsWith('预算') ? 'budget' : 'spent';
const COLUMN_NAME = { initial: '年初预算数', budget: '全年预算数', spent: '全年执行数' } as const;

/** A sentence counting the projects, its money sums against the sums of the tables' 项目资金 rows. */
function checkFundSums(ctx: Ctx, tables: readonly SelfEvalTable[]): void {
  if (tables.length < 2 || !tables.every((t) => t.fund && t.inWanYuan)) return;
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph' || !b.text.includes('万元')) continue;
    const line = ctx.lines[b.first] ?? '';
    let start = 0;
    for (const sentence of line.split('。')) {
      checkSentence(ctx, tables, b.first, line, start, sentence);
      start += sentence.length + 1;
    }
  }
}

function checkSentence(
  ctx: Ctx,
  tables: readonly SelfEvalTable[],
  li: number,
  line: string,
  start: number,
  sentence: string,
): void {
  const counts = [...sentence.matchAll(COUNTED)];
  if (counts.length !== 1) return;
  const count = counts[0]!;
  if (countOfWord(count[1]!) !== tables.length) return;
  for (const m of sentence.matchAll(FUND_SUM)) {
    if (m.index < count.index) continue;
    const column = COLUMN_OF(m[1]!);
    const parts = tables.map((t) => t.fund![column]);
    if (parts.some((p) => p === null)) continue;
    const printed = (v: string): Printed => ({ value: v, places: printedPlaces(v) });
    const stated = m[2]!.replace(/,/g, '');
    const verdict = judgeSum(
      parts.map((p) => printed(p!)),
      printed(stated),
    );
    const at = start + m.index + m[0].lastIndexOf(m[2]!);
    const list = parts.join(' + ');
    claim(
      ctx,
      'table',
      li,
      at,
      verdict.kind !== 'wrong',
      `各自评表${COLUMN_NAME[column]} ${list}，文中合计${stated}`,
    );
    if (verdict.kind === 'ok') continue;
    const sum = showAs(verdict.total, [...parts.map((p) => printed(p!)), printed(stated)]);
    report(
      ctx,
      li,
      'table.total',
      verdict.severity,
      line.slice(start + m.index, start + m.index + m[0].length),
      `${sum}万元`,
      `${stated}万元`,
      `文中${tables.length}个项目${m[1]}合计${stated}万元，而各项目自评表的${COLUMN_NAME[column]}之和为 ${list} = ${sum}万元${verdict.kind === 'rounding' ? '，相差在四舍五入范围内' : '，两者不符'}。`,
      at,
    );
  }
}

/** A summary table's score column ("自评得分", "评价得分", "总分"): a table without 分值 (not a 自评表 itself). */
const SUMMARY_SCORE = /^(?:自评|评价|综合)?总?得分(?:[（(]分[）)])?$|^总分$/;
const ROW_NUMBER = /^(?:\d{1,3}[.、．]?|[一二三四五六七八九十]+、)/;

/**
 * A 汇总表 of the projects (one row a project: its name, its amounts, its 自评得分) against each project's own
 * 自评表 in the document: the row's score is that table's 总分 (`figure.restated`), within the rounding of either
 * figure, as printed or as its 得分 add up. A row is a project's when its label starts with the project's name
 * (the longest one), one row per project.
 */
export function checkSummaryRowScores(
  ctx: Ctx,
  tables: readonly SelfEvalTable[],
  models: readonly TableModel[],
): void {
  if (tables.length === 0) return;
  for (const model of models) {
    const col = model.headers.findIndex((h) => SUMMARY_SCORE.test(squashSpaces(h)));
    if (col < 0 || model.headers.some((h) => /分值|权重|标准分/.test(h))) continue;
    const seen = new Set<SelfEvalTable>();
    const rows: { table: SelfEvalTable; item: TItem }[] = [];
    for (const item of itemsOf(model)) {
      const label = squashSpaces(item.label).replace(ROW_NUMBER, '');
      const named = tables
        .filter((t) => label.startsWith(t.name))
        .sort((a, b) => b.name.length - a.name.length)[0];
      if (!named) continue;
      if (seen.has(named)) return; // (A project on two rows: which one is meant is not clear.)
      seen.add(named);
      rows.push({ table: named, item });
    }
    for (const { table, item } of rows) {
      const score = figureAt(item, col);
      if (!score || item.unplaced > 0) continue;
      const ok = [table.total, ...table.corrected].some((t) => agrees(score.value, t));
      claim(ctx, 'score', score.line, 0, ok, `${table.name}自评表总分${table.total}，汇总表${score.value}`);
      if (ok) continue;
      report(
        ctx,
        score.line,
        'figure.restated',
        'error',
        `${table.name} … ${score.value}`,
        table.total,
        score.value,
        `汇总表中${table.name}的得分为${score.value}分，而该项目自评表（第${table.totalLine + 1}行）总分为${table.total}分${table.corrected.length ? `（按各项得分之和为${table.corrected.join('或')}分）` : ''}，两者不符。`,
      );
    }
  }
}
