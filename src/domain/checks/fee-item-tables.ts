/**
 * A 三公 summary table (one row per item and a 合计: threeFeesRows) against each item's own table in the same
 * document (a notice printing "因公出国（境）费支出情况表", "公务用车购置及运行维护费支出情况表", "公务接待费支出情况表"
 * after its summary): the item's row in the summary and the item table's total row (its one 小计 / 合计 row, else its
 * one row of the item's name) print the same figure under each header (`figure.tables-disagree`).
 * Read only when: the item table's title names that one item and neither another nor 三公; both tables' headers are
 * read in full, each once, and are the same list; both rows' figures all found their columns. A pair printed with
 * other decimals (a rounded restatement) is not judged. When the item table's figure makes the summary's 合计 of
 * that column hold, the summary's figure is the odd one: the 合计's failed sum (table-claims.ts) is withdrawn.
 */
import { dec } from '../money/index.ts';
import { claim, report, type Ctx } from './context.ts';
import { threeFeesRows } from './table-claims.ts';
import {
  canonicalLabel,
  figureAt,
  itemsOf,
  squashSpaces,
  type TableModel,
  type TFigure,
  type TItem,
} from './table-model.ts';
import { judgeSum, showAs } from './verdict.ts';
import { mentionsAny } from './document-words.ts';

type Fee = 'abroad' | 'car' | 'reception';

/** Each item: the words naming it in a table's title, and its row's label (as threeFeesRows reads it). */
const FEES: Record<Fee, { title: RegExp; label: RegExp }> = {
  abroad: { title: /因公出国/, label: /^(其中[：:])?因公出国[（(]境[）)]费(支出)?$/ },
  car: { title: /公务用车购置及运行(维护)?费/, label: /^公务用车购置及运行(维护)?费(支出)?$/ },
  reception: { title: /公务接待/, label: /^公务接待费(支出)?$/ },
};
const SUBTOTAL = /^(小计|合计|总计)$/;

const labelOf = (it: TItem): string => canonicalLabel(it.label).replace(/[“”"]/g, '');

/** The one item a table's title names (not a 三公 table's); null otherwise. */
function feeOfTitle(title: string): Fee | null {
  if (/三公/.test(title)) return null;
  const named = (Object.keys(FEES) as Fee[]).filter((k) => FEES[k].title.test(title));
  return named.length === 1 ? named[0]! : null;
}

/** The item table's row standing for the whole item: its one 小计 / 合计 row, else its one row of the item's name. */
function totalRow(model: TableModel, fee: Fee): TItem | null {
  const items = itemsOf(model);
  const subtotals = items.filter((it) => SUBTOTAL.test(labelOf(it)));
  if (subtotals.length > 1) return null;
  if (subtotals.length === 1) return subtotals[0]!;
  const named = items.filter((it) => FEES[fee].label.test(labelOf(it)));
  return named.length === 1 ? named[0]! : null;
}

/** The headers, spaces dropped, when every one was read and none is repeated; null otherwise. */
function headersOf(model: TableModel): string[] | null {
  const h = model.headers.map((x) => squashSpaces(x));
  return h.length >= 2 && h.every((x) => x !== '') && new Set(h).size === h.length ? h : null;
}

export function checkFeeItemTables(ctx: Ctx, models: readonly TableModel[]): void {
  // (A table titled for one 三公 item: 因公出国, 公务用车购置及运行 or 公务接待.)
  if (!mentionsAny(ctx, ['因公出国', '公务用车购置及运行', '公务接待'])) return;
  for (const summary of models) {
    const rows = threeFeesRows(summary);
    const heads = rows ? headersOf(summary) : null;
    if (!rows || !heads) continue;
    for (const model of models) {
      const fee = model === summary ? null : feeOfTitle(model.table.title);
      if (!fee || threeFeesRows(model) || headersOf(model)?.join('|') !== heads.join('|')) continue;
      const own = totalRow(model, fee);
      if (own && own.unplaced === 0) compareRows(ctx, summary, rows, fee, model, own, heads);
    }
  }
}

function compareRows(
  ctx: Ctx,
  summary: TableModel,
  rows: NonNullable<ReturnType<typeof threeFeesRows>>,
  fee: Fee,
  model: TableModel,
  own: TItem,
  heads: readonly string[],
): void {
  const row = rows[fee];
  const name = labelOf(row);
  for (let col = 0; col < heads.length; col++) {
    const a = figureAt(row, col);
    const b = figureAt(own, col);
    if (!a || !b || a.places !== b.places) continue;
    const same = dec(a.value).eq(b.value);
    claim(
      ctx,
      'table',
      a.line,
      0,
      same,
      `《${summary.table.title}》${name}${heads[col]}${a.value}，《${model.table.title}》${labelOf(own)}${b.value}`,
    );
    if (same) continue;
    const clause = withdrawnTotal(ctx, rows, fee, col, b, heads[col]!)
      ? `；按${b.value}计，汇总表该列各项之和恰为合计${figureAt(rows.total, col)!.value}`
      : '';
    report(
      ctx,
      a.line,
      'figure.tables-disagree',
      'error',
      `${squashSpaces(row.label)} ${a.text}`,
      b.value,
      a.text,
      `《${summary.table.title}》中“${name}”${heads[col]}为${a.value}，而第${b.line + 1}行《${model.table.title}》${labelOf(own)}为${b.value}，同一数字在两张表中不一致，相差${showAs(dec(a.value).minus(b.value).abs(), [a, b])}${clause}。`,
      0,
    );
  }
}

/**
 * With the item table's figure in its place the summary's 合计 of the column holds: its failed sum (reported on
 * the 合计 by table-claims.ts) was this row's fault — withdrawn. Whether one was withdrawn.
 */
function withdrawnTotal(
  ctx: Ctx,
  rows: NonNullable<ReturnType<typeof threeFeesRows>>,
  fee: Fee,
  col: number,
  other: TFigure,
  head: string,
): boolean {
  const total = figureAt(rows.total, col);
  if (!total) return false;
  const zero = (line: number): TFigure => ({ value: '0', places: 0, col, line, text: '' });
  const parts = (['abroad', 'car', 'reception'] as Fee[]).map((k) =>
    k === fee ? other : (figureAt(rows[k], col) ?? zero(rows[k].line)),
  );
  if (judgeSum(parts, total).kind !== 'ok') return false;
  const k = ctx.findings.findIndex(
    (f) =>
      f.rule === 'table.row-sum' &&
      f.line === ctx.layout.lineAt(total.line, 0) + 1 &&
      f.found === total.text &&
      f.message.includes(`（${head}）`),
  );
  if (k >= 0) ctx.findings.splice(k, 1);
  return k >= 0;
}
