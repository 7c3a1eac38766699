/**
 * A table summing up the document's 自评表s one row a project — "序号 项目名称 全年执行数（万元） 执行率 自评得分 等级"
 * over "1  水文站网运行维护  184.37  95.78%  96.75  优" — against the tables themselves: a row's 自评得分 must be
 * its project's 总分 (or the 总分 as its 得分 add up, when that is disputed), its 执行数 the 项目资金 row's
 * 全年执行数 (`figure.tables-disagree`).
 *
 * A row is read by its shape (number, name, amount, rate with %, score, grade word); a name wrapped out of its row
 * ("山洪灾害监测预警平台升" above, "级" below) leaves the row to its number. Rows are matched to tables by name
 * (the whole name, or the start of one when it was cut), or — when the rows are numbered 1…N for the N tables and
 * every name read agrees — by their number. Otherwise nothing is compared.
 */
import { dec } from '../money/index.ts';
import { claim, report, sourceText, type Ctx } from './context.ts';
import { printedPlaces } from './numbers.ts';
import type { SelfEvalTable } from './self-eval-summary.ts';
import { halfUlp } from './verdict.ts';
import { mentionsAll } from './document-words.ts';

const SUMMARY_ROW =
  /^(\d{1,2})\s+(?:([\u4e00-\u9fa5（）()“”0-9]{2,40})\s+)?(\d[\d,]*\.\d{2})\s+\d{1,3}(?:\.\d{1,2})?\s*%\s+(\d{1,3}(?:\.\d{1,2})?)\s+(?:优秀|优|良好|良|中等|中|合格|及格|较差|差)$/;
/** The header over such rows: a 得分 column and an amount column in 万元. */
const HEADER = /得分/;

type Row = { index: number; name: string; spent: string; score: string; line: number };

export function checkSummaryRows(ctx: Ctx, tables: readonly SelfEvalTable[]): void {
  // (A summary table headed 得分 and 万元, its rows with a %.)
  if (!mentionsAll(ctx, ['得分', '万元', '%'])) return;
  if (tables.length < 2) return;
  const start = tables[tables.length - 1]!.totalLine + 1;
  const rows: Row[] = [];
  for (let i = start; i < ctx.source.length; i++) {
    const m = SUMMARY_ROW.exec(sourceText(ctx, i));
    if (!m) continue;
    rows.push({
      index: Number(m[1]),
      name: m[2] ?? '',
      spent: m[3]!.replace(/,/g, ''),
      score: m[4]!,
      line: i,
    });
  }
  if (rows.length < 2 || !headedBy(ctx, rows[0]!.line)) return;
  const matched = matchRows(rows, tables);
  if (!matched) return;
  for (const [row, table] of matched) {
    compareScore(ctx, row, table);
    compareSpent(ctx, row, table);
  }
}

/** A header naming a 得分 column within the four lines above the first row, its amounts in 万元. */
function headedBy(ctx: Ctx, first: number): boolean {
  for (let i = first - 1; i >= Math.max(0, first - 4); i--) {
    const text = sourceText(ctx, i);
    if (HEADER.test(text) && text.includes('万元')) return true;
  }
  return false;
}

/** Each row with its table, by name or by number; null when the rows cannot be told apart for certain. */
function matchRows(rows: readonly Row[], tables: readonly SelfEvalTable[]): [Row, SelfEvalTable][] | null {
  const byName = (name: string): SelfEvalTable[] =>
    name.length < 4 ? [] : tables.filter((t) => t.name === name || t.name.startsWith(name));
  const numbered = rows.length === tables.length && rows.every((r, k) => r.index === k + 1);
  const out: [Row, SelfEvalTable][] = [];
  for (const row of rows) {
    const named = byName(row.name);
    if (named.length > 1) return null;
    const byNumber = numbered ? tables[row.index - 1]! : null;
    if (named.length === 1) {
      if (byNumber && byNumber !== named[0]) return null;
      out.push([row, named[0]!]);
    } else if (row.name === '' && byNumber) out.push([row, byNumber]);
  }
  return out;
}

/** Two printed figures equal within the rounding of either. */
function agrees(a: string, b: string): boolean {
  return dec(a)
    .minus(b)
    .abs()
    .lte(halfUlp(printedPlaces(a)).plus(halfUlp(printedPlaces(b))));
}

function compareScore(ctx: Ctx, row: Row, table: SelfEvalTable): void {
  const ok = [table.total, ...table.corrected].some((t) => agrees(row.score, t));
  claim(ctx, 'score', row.line, 0, ok, `汇总表${table.name}自评得分${row.score}，自评表总分${table.total}`);
  if (ok) return;
  const sums = table.corrected.length ? `（按各项得分之和为${table.corrected.join('或')}分）` : '';
  reportRow(
    ctx,
    row,
    table.total,
    row.score,
    `汇总表中${table.name}的自评得分为${row.score}分，而该项目自评表（第${table.totalLine + 1}行）总分为${table.total}分${sums}，两者不符。`,
  );
}

function compareSpent(ctx: Ctx, row: Row, table: SelfEvalTable): void {
  const spent = table.fund?.spent;
  if (!spent || !table.inWanYuan) return;
  const ok = dec(spent).eq(row.spent);
  claim(ctx, 'table', row.line, 0, ok, `汇总表${table.name}全年执行数${row.spent}，自评表${spent}`);
  if (ok) return;
  reportRow(
    ctx,
    row,
    spent,
    row.spent,
    `汇总表中${table.name}的全年执行数为${row.spent}万元，而该项目自评表（第${table.fund!.line + 1}行）为${spent}万元，两者不符。`,
  );
}

/** A summary row's figure that is not its table's (`figure.tables-disagree`), quoting the row. */
function reportRow(ctx: Ctx, row: Row, expected: string, found: string, message: string): void {
  report(
    ctx,
    row.line,
    'figure.tables-disagree',
    'error',
    sourceText(ctx, row.line),
    expected,
    found,
    message,
    0,
  );
}
