/**
 * A 自评 report's funds figures against its 自评表 — "项目2024年度全年预算数2,046.40万元…；全年执行数1,893.72万元" below a
 * table whose 年度资金总额 row prints 年初预算数 | 全年预算数 | 全年执行数 (the national order): each figure the text names
 * so is the table's (`figure.text-table`).
 *
 * Precision first: one table with a 年度资金总额 row in the document, its header naming the three columns in that
 * order and the row printing three amounts first; the text's figure named by exactly 年初预算(数) / 全年预算(数) /
 * 全年执行(数) at the start of its clause (after 项目, 本项目, 该项目, the year or 年度资金总额 at most), outside a
 * 其中 list and a clause group (to "；") about a source (财政拨款, 结转, 其他资金 …). When the table's row already holds an error
 * (its own sums or rates failed), the text is held only to an amount of the row that its sources' rows below it
 * (two or more: 其中：财政拨款, 其他资金 …) add up to exactly — that amount is not the one at fault.
 */
import { dec } from '../money/index.ts';
import { claim, report, sentencesAt, sourceText, type Ctx } from './context.ts';
import { countOfWord, MONEY_UNITS } from './numbers.ts';
import { forEachFigureLine, lineFigures } from './prose-lines.ts';
import { itemsOf, squashSpaces, type TableModel, type TFigure, type TItem } from './table-model.ts';
import type { Finding } from './types.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

const COLUMNS = ['年初预算', '全年预算', '全年执行'] as const;
const NAMED =
  /(?:^|[，,；;。：:])\s*(?:项目|本项目|该项目)?(?:20\d\d\s*年度?)?(?:年度资金总额)?(年初预算|全年预算|全年执行)(?:数|金额)?\s*(?:为|是)?\s*$/;
// (A 部门整体 自评表 splits the total by 收入性质 — 一般公共预算, 政府性基金, 国有资本经营预算 — and by 支出性质 — 基本支出,
// 项目支出: a clause group about one of those is about its row.)
const SOURCE =
  /其中|财政拨款|结转|其他资金|自筹|中央|省级|市级|县级|上级|一般公共预算|政府性基金|国有资本|基本支出|项目支出/;

/** "纳入自评范围的项目共8个", "对5个项目开展自评": a count of two projects or more. */
const PROJECT_COUNT =
  /项目(?:共|有|共计)?\s*(\d{1,3}|[两二三四五六七八九十]{1,3})\s*个|(\d{1,3}|[两二三四五六七八九十]{1,3})\s*个(?:[\u4e00-\u9fa5]{0,4}级)?(?:重点)?项目/g;

function severalProjects(line: string): boolean {
  if (!line.includes('项目')) return false;
  for (const m of line.matchAll(PROJECT_COUNT)) if (countOfWord(m[1] ?? m[2]!) >= 2) return true;
  return false;
}

/** The 年度资金总额 row: its three first amounts, and which of them its sources' rows add up to exactly. */
type FundsRow = {
  figures: TFigure[];
  title: string;
  line: number;
  bySources: boolean[];
  /** The sums of its sources' rows (two or more), one a column; null when there are none. */
  sums: { value: string; parts: string[] }[] | null;
};

/** A source's row under 年度资金总额 ("其中：财政拨款", "上年结转资金", "其他资金"). */
const SOURCE_ROW =
  /^(?:其中[：:]?)?(?:当年|本年|上年)?(?:财政拨款|结转|其他资金|自筹|中央|省级|市级|县级|上级)/;

function fundsRow(models: readonly TableModel[]): FundsRow | null {
  let found: FundsRow | null = null;
  for (const m of models) {
    const header = squashSpaces(m.headers.join(''));
    const at = COLUMNS.map((c) => header.indexOf(c));
    if (at.some((k) => k < 0) || !(at[0]! < at[1]! && at[1]! < at[2]!)) continue;
    const items = itemsOf(m);
    for (let i = 0; i < items.length; i++) {
      const item = items[i]!;
      if (squashSpaces(item.label) !== '年度资金总额' || item.figures.length < 3) continue;
      if (found) return null;
      const figures = item.figures.slice(0, 3);
      const sums = sourceSums(items, i, figures);
      found = {
        figures,
        title: m.table.title,
        line: item.line,
        bySources: figures.map((f, k) => sums !== null && dec(sums[k]!.value).eq(f.value)),
        sums,
      };
    }
  }
  return found;
}

/**
 * A source row's label: its own, or — its name wrapped, the row above holding the start of it and no figure
 * ("项目资金 其中：中央补" above "助资金") — both joined, the merged cell before 其中 left out.
 */
function sourceLabel(items: readonly TItem[], i: number): string {
  const own = squashSpaces(items[i]!.label);
  if (SOURCE_ROW.test(own)) return own;
  const above = items[i - 1];
  if (!above || above.figures.length > 0) return own;
  const joined = squashSpaces(above.label) + own;
  const at = joined.indexOf('其中');
  return at > 0 ? joined.slice(at) : joined;
}

/** The sums of the sources' rows right below the row (two or more, same columns), one a column of the row. */
function sourceSums(
  items: readonly TItem[],
  at: number,
  figures: readonly TFigure[],
): { value: string; parts: string[] }[] | null {
  const sources: TItem[] = [];
  for (let i = at + 1; i < items.length; i++) {
    const s = items[i]!;
    // (A row of the wrapped name's start, no figure: the next row's label begins there.)
    if (s.figures.length === 0 && i + 1 < items.length && SOURCE_ROW.test(sourceLabel(items, i + 1)))
      continue;
    if (!SOURCE_ROW.test(sourceLabel(items, i)) || s.figures.length < 3) break;
    if (figures.some((f, k) => s.figures[k]!.col !== f.col)) break;
    sources.push(s);
  }
  if (sources.length < 2) return null;
  return figures.map((_, k) => {
    const parts = sources.map((s) => s.figures[k]!.value);
    return { value: parts.reduce((sum, v) => sum.plus(v), dec(0)).toFixed(2), parts };
  });
}

/**
 * How many lines print a 年度资金总额 row (the label and two or more amounts): several 自评表 in one document —
 * even when only one of them is read as a table — leave a text's figure without its table.
 */
function printedFundsRows(ctx: Ctx): number {
  let n = 0;
  for (let i = 0; i < ctx.source.length; i++) {
    const text = sourceText(ctx, i);
    if (!text.includes('资金总额')) continue;
    if (squashSpaces(text).includes('年度资金总额') && (text.match(/\d\.\d/g) ?? []).length >= 2) n++;
  }
  return n;
}

export function checkSelfEvaluationFunds(ctx: Ctx, models: readonly TableModel[]): void {
  // (The text names the 年初预算 / 全年预算 / 全年执行 amount in 万元.)
  if (!(mentionsAny(ctx, ['年初预算', '全年预算', '全年执行']) && mentionsAll(ctx, ['万元']))) return;
  const row = fundsRow(models);
  if (!row || row.figures.some((f) => f.places < 2)) return;
  if (printedFundsRows(ctx) > 1) return;
  // (A report on several projects with one 项目 自评表 attached: its funds are the projects' together, or another's.
  // A 部门整体 table is the whole of them.)
  if (!/部门整体/.test(row.title ?? '') && ctx.lines.some((l) => severalProjects(l))) return;
  // The table's row already found wrong: the text is held only to an amount its sources' rows add up to.
  // A finding that the row's sources do not add up to it says not which is wrong: the text may tell (below).
  const sourcesSum = (f: Finding): boolean =>
    f.line === row.line + 1 &&
    f.rule === 'table.total' &&
    /^\d+(?:\.\d+)?$/.test(f.found) &&
    (row.sums?.some((x) => dec(x.value).eq(f.found)) ?? false);
  const rowWrong = ctx.findings.some(
    (f) => f.severity === 'error' && f.line === row.line + 1 && !sourcesSum(f),
  );
  if (rowWrong && !row.bySources.some(Boolean)) return;
  const reported = new Set<number>();
  forEachFigureLine(ctx, (line, li) => {
    if (li >= row.line - 1 && li <= row.line + 1) return;
    if (!line.includes('预算') && !line.includes('执行')) return;
    const sents = sentencesAt(ctx, li);
    for (const t of lineFigures(ctx, li)) {
      if (!MONEY_UNITS.has(t.unit) || t.unit !== '万元') continue;
      const m = NAMED.exec(line.slice(Math.max(0, t.start - 30), t.start));
      if (!m) continue;
      const s = sents.find((x) => t.start >= x.start && t.start < x.end);
      // (The figure's clause group: from the sentence's start or its last "；".)
      // (Or the paragraph's own heading before it: "（一）基本支出。全年预算…".)
      const heading =
        /^\s*[（(]?[一二三四五六七八九十\d]{1,3}[）)、.．]?\s*([^。，,；;]{2,12})。/.exec(line)?.[1] ?? '';
      if (
        !s ||
        SOURCE.test(heading) ||
        SOURCE.test(line.slice(Math.max(s.start, line.lastIndexOf('；', t.start) + 1), t.start))
      )
        continue;
      const k = COLUMNS.indexOf(m[1] as (typeof COLUMNS)[number]);
      if (rowWrong && !row.bySources[k]) continue;
      const table = row.figures[k]!;
      const same = dec(table.value).eq(t.value);
      claim(
        ctx,
        'figure',
        li,
        t.start,
        same,
        `${m[1]}数：正文${t.value}万元，《${row.title}》年度资金总额${table.value}`,
      );
      if (same) continue;
      // The text agreeing with the sum of the table's sources' rows: the table's 年度资金总额 is the figure at
      // fault, reported where it stands (once).
      const sum = row.sums?.[k];
      if (sum && dec(sum.value).eq(t.value)) {
        if (reported.has(k)) continue;
        reported.add(k);
        // (Said now of the total: the finding on its sources' sum gives way.)
        for (let j = ctx.findings.length - 1; j >= 0; j--)
          if (sourcesSum(ctx.findings[j]!)) ctx.findings.splice(j, 1);
        report(
          ctx,
          row.line,
          'table.total',
          'error',
          (ctx.lines[row.line] ?? '').trim().slice(0, 40),
          sum.value,
          table.value,
          `${row.title ? `《${row.title}》` : '自评表'}年度资金总额的${m[1]}数${table.value}万元，与各资金来源之和 ${sum.parts.join(' + ')} = ${sum.value}万元不符（正文第${li + 1}行亦为${t.value}万元）：表中年度资金总额有误。`,
        );
        continue;
      }
      report(
        ctx,
        li,
        'figure.text-table',
        'error',
        line.slice(Math.max(0, t.start - 12), t.end),
        `${table.value}万元`,
        `${t.value}万元`,
        `正文中“${m[1]}数”为${t.value}万元，而第${row.line + 1}行${row.title ? `《${row.title}》` : '自评表'}年度资金总额的${m[1]}数为${table.value}万元，两处不一致。`,
        t.start,
      );
    }
  });
}
