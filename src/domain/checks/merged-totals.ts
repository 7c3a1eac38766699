/**
 * A table of numbered items whose header labels pdftotext ran into one cell ("执行数 执行率% 自评得分", read by
 * headed-rows.ts's mergedHeaded: rows by count, a shorter 合计 row right-aligned): its 合计 row's amounts must
 * be the sums of the items' (`table.total`) — tables read by their figure columns are item-tables.ts's. So is a
 * header of one cell a label set narrower than the figures below it (the figure columns not told): read under its
 * cells unless a table rule already judged the 合计 row (a claim or a finding on its line).
 *
 * Precision first: the items are numbered 1…N in sequence with no other total among them, every item has a
 * plain figure in each amount column (a 预算 / 执行 / 决算 / 金额 / 资金 label, no rate, share, score or
 * change), and a column's sum is judged only when it holds in another amount column of the table; a total
 * another rule has summed is left to it.
 */
import { claim, report, type Ctx } from './context.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';
import { headedRows } from './headed-rows.ts';
import type { TableBlock } from './layout.ts';
import { judgeSum, showAs, type Printed } from './verdict.ts';
import { printedPlaces } from './numbers.ts';

const AMOUNT = /预算|执行数|决算|金额|资金|支出数/;
const NOT_ADDITIVE = /%|％|率|比例|占比|比重|增减|增长|变动|差额|平均|得分|评分|分值|等级/;
const FIGURE = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const TOTAL = /^(?:合\s*计|总\s*计)$/;

const squash = (t: string): string => t.replace(/\s+/g, '');

export function checkMergedTotals(ctx: Ctx): void {
  // (A table read has a header opening with 序号 and a 合计 / 总计 row.)
  if (!mentionsAll(ctx, ['序号']) || !mentionsAny(ctx, ['合计', '总计'])) return;
  for (const b of ctx.layout.blocks) if (b.kind === 'table') checkTable(ctx, b);
}

function checkTable(ctx: Ctx, table: TableBlock): void {
  // (Each label a cell of its own: the row as split, not as printed.)
  const headed = headedRows(
    table,
    (r) =>
      /^序号$/.test(squash(r.cells[0]?.text ?? '')) && r.cells.every((c) => !/\S\s+\S/.test(c.text.trim())),
  );
  if (!headed) return;
  const names = headed.header.map((c) => squash(c.text));
  const amounts = names.flatMap((n, i) => (AMOUNT.test(n) && !NOT_ADDITIVE.test(n) ? [i] : []));
  if (amounts.length < 2) return;
  const items: string[][] = [];
  let total: { cells: string[]; line: number } | null = null;
  for (const r of table.rows.slice(headed.from)) {
    const row = headed.align(headed.header, r);
    if (!row) return;
    const cells = row.cells.map((c) => c.text.trim());
    if (cells.every((c) => c === '')) continue;
    if (total) return;
    if (TOTAL.test(cells[0]!) || TOTAL.test(cells[1] ?? '')) {
      total = { cells, line: row.cells[amounts[0]!]?.line ?? row.line };
      continue;
    }
    if (cells[0] !== String(items.length + 1) || /合计|小计|总计/.test(cells[1] ?? '')) return;
    items.push(cells);
  }
  if (!total || items.length < 2) return;
  // (A total another rule has summed already — a \`sum\` claim on its line — is left to it.)
  if (ctx.claims.some((c) => c.kind === 'sum' && c.line === total.line + 1)) return;
  // (A header of a cell a label: its table may be read by its figure columns — any table claim on the total
  // line, or any finding there, leaves it to that rule.)
  if (
    !headed.merged &&
    (ctx.claims.some((c) => (c.kind === 'table' || c.kind === 'sum') && c.line === total.line + 1) ||
      ctx.findings.some((f) => f.line === total.line + 1))
  )
    return;
  const printed = (t: string): Printed => ({ value: t.replace(/,/g, ''), places: printedPlaces(t) });
  const tried = amounts.flatMap((col) => {
    const t = total.cells[col] ?? '';
    if (!FIGURE.test(t) || items.some((i) => !FIGURE.test(i[col] ?? ''))) return [];
    const parts = items.map((i) => printed(i[col]!));
    return [{ col, total: printed(t), parts, verdict: judgeSum(parts, printed(t)) }];
  });
  if (!tried.some((t) => t.verdict.kind !== 'wrong')) return;
  const title = table.title ? `《${table.title}》` : '表格';
  for (const t of tried) {
    const head = `（${names[t.col]}）`;
    const partsText = t.parts.map((p) => p.value).join(' + ');
    const v = t.verdict;
    const computed = v.kind === 'ok' ? t.total.value : showAs(v.total, [...t.parts, t.total]);
    claim(
      ctx,
      'table',
      total.line,
      0,
      v.kind !== 'wrong',
      `${title}合计等于各项之和${head}：${partsText} = ${computed}，表中${t.total.value}`,
    );
    if (v.kind === 'ok') continue;
    report(
      ctx,
      total.line,
      'table.total',
      v.severity,
      `合计 ${t.total.value}`,
      computed,
      t.total.value,
      `${title}合计等于各项之和${head}：${partsText} = ${computed}，表中为${t.total.value}，相差${showAs(v.difference.abs(), [...t.parts, t.total])}${v.kind === 'rounding' ? `，在${t.parts.length}个数各自四舍五入的误差范围内` : ''}。`,
      0,
    );
  }
}
