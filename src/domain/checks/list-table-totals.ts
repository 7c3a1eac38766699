/**
 * The text's totals of a list table (one row an item, a 合计 row below) — "全年预算数合计2,315.00万元，…，总体执行率
 * 91.28%" under a table headed 项目名称 | 全年预算数 | 全年执行数 | 执行率 with its 合计 row:
 *  - an amount named by a column's header then 合计 / 总计 / 共计 must be that column's 合计, or the sum of its
 *    item rows (a 合计 wrong in the table is the table rules' error) (`figure.text-table`);
 *  - a 总体 / 整体 执行率 must be the 合计 row's 执行率, or the ratio of the 合计 row's, or of the rows' sums'
 *    (执行 ÷ 预算), or of the text's own amounts in that sentence.
 *
 * Read only for the document's one table that has a 合计 / 总计 row, a header naming each amount column once and
 * a caption "单位：万元" right above; a text amount must be in 万元 and its name must be the header cell exactly
 * (a name without its 数 of four characters or more: "全年预算"). The text may stand before the table or after it.
 */
import { dec, sharePercent, type Dec } from '../money/index.ts';
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { headedRows } from './headed-rows.ts';
import type { Block, TableBlock } from './layout.ts';
import { printedPlaces } from './numbers.ts';
import { halfUlp, judgeSum, show } from './verdict.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

// (Without its 数 a name of at least four characters: "全年预算", "全年执行" — not a bare "预算".)
const AMOUNT_HEAD =
  /^(?:[\u4e00-\u9fa5]{0,6}(?:预算数|执行数|支出数|决算数|拨付数|到位数)|[\u4e00-\u9fa5]{2,6}(?:预算|执行|支出|决算))$/;
const RATE_HEAD = /^执行率(?:[（(][%％][）)])?$/;
const TOTAL_ROW = /^(?:合计|总计)$/;
const NUM = /^-?\d{1,3}(?:,\d{3})*(?:\.\d+)?%?$/;

type Column = { name: string; total: string; values: string[]; sum: Dec; places: number };
type ListTable = { columns: Column[]; rate: string | null; last: number };

export function checkListTableTotals(ctx: Ctx): void {
  // (Its table has a caption "单位：万元" and a 合计 / 总计 row.)
  if (!mentionsAll(ctx, ['单位', '万元']) || !mentionsAny(ctx, ['合计', '总计'])) return;
  const blocks = ctx.layout.blocks;
  const tables = blocks.flatMap((b, k) => (b.kind === 'table' ? [listTable(blocks, k)] : []));
  const found = tables.filter((t) => t !== null);
  if (found.length !== 1) return;
  const table = found[0]!;
  for (const b of blocks) {
    if (b.kind !== 'paragraph') continue;
    const line = ctx.lines[b.first] ?? '';
    for (const c of table.columns) checkAmount(ctx, b.first, line, c, table.columns);
    checkRate(ctx, b.first, line, table);
  }
}

function listTable(blocks: readonly Block[], k: number): ListTable | null {
  const t = blocks[k] as TableBlock;
  const caption = [blocks[k - 1], blocks[k - 2]].some(
    (b) => b?.kind === 'paragraph' && /单位[：:]\s*万元/.test(b.text),
  );
  if (!caption) return null;
  const squash = (s: string): string => s.replace(/\s+/g, '');
  const headed = headedRows(t, (r) => r.cells.filter((c) => AMOUNT_HEAD.test(squash(c.text))).length >= 2);
  if (!headed) return null;
  const names = headed.header.map((c) => squash(c.text));
  const amountCols = names.flatMap((n, i) => (AMOUNT_HEAD.test(n) ? [i] : []));
  if (new Set(amountCols.map((i) => names[i])).size !== amountCols.length) return null;
  const rateCols = names.flatMap((n, i) => (RATE_HEAD.test(n) ? [i] : []));
  const rows = headed.body.map((r) => headed.align(headed.header, r));
  if (rows.some((r) => r === null)) return null;
  const totals = rows.filter((r) => r!.cells.some((c) => TOTAL_ROW.test(squash(c.text))));
  if (totals.length !== 1 || rows[rows.length - 1] !== totals[0]) return null;
  const items = rows.slice(0, -1);
  const total = totals[0]!;
  const columns: Column[] = [];
  for (const i of amountCols) {
    const cells = items.map((r) => r!.cells[i]?.text.trim() ?? '');
    const t = total.cells[i]?.text.trim() ?? '';
    if (!cells.every((x) => NUM.test(x)) || !NUM.test(t) || items.length < 2) return null;
    const values = cells.map((x) => x.replace(/,/g, ''));
    columns.push({
      name: names[i]!,
      total: t.replace(/,/g, ''),
      values,
      sum: values.reduce((a, v) => a.plus(v), dec(0)),
      places: Math.max(...values.map((v) => printedPlaces(v))),
    });
  }
  const rateCell = rateCols.length === 1 ? (total.cells[rateCols[0]!]?.text.trim() ?? '') : '';
  const rate = /^\d+(?:\.\d+)?%$/.test(rateCell) ? rateCell.slice(0, -1) : null;
  return { columns, rate, last: t.last };
}

const AMOUNT = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*万元';

function checkAmount(ctx: Ctx, li: number, line: string, c: Column, all: readonly Column[]): void {
  const longer = all.map((o) => o.name).filter((n) => n !== c.name && n.endsWith(c.name));
  const re = new RegExp(`${c.name}(?:合计|总计|共计)(?:为|是)?\\s*${AMOUNT}`, 'g');
  for (const m of line.matchAll(re)) {
    // ("年初预算数合计" is not "预算数"'s: a longer column name ending in this one, written in full, is that column's.)
    if (longer.some((n) => line.slice(m.index - (n.length - c.name.length), m.index + c.name.length) === n))
      continue;
    const stated = m[1]!.replace(/,/g, '');
    const sum = show(c.sum, c.places);
    // (The rows' sum within the rounding of the printed rows.)
    const parts = c.values.map((v) => ({ value: v, places: printedPlaces(v) }));
    const ok =
      dec(stated).eq(c.total) ||
      judgeSum(parts, { value: stated, places: printedPlaces(stated) }).kind !== 'wrong';
    const at = m.index + m[0].indexOf(m[1]!);
    claim(ctx, 'sum', li, at, ok, `表中${c.name}合计${c.total}，各行之和${sum}，文中${stated}万元`);
    if (ok) continue;
    report(
      ctx,
      li,
      'figure.text-table',
      'error',
      excerptOf(line, m.index, m.index + m[0].length, 10),
      `${sum}万元`,
      `${stated}万元`,
      `文中${c.name}合计${stated}万元，而表中各行之和为${sum}万元${c.total === sum ? '' : `（合计行为${c.total}万元）`}，两者不符。`,
      at,
    );
  }
}

const OVERALL_RATE = /(?:总体|整体)(?:预算)?执行率(?:为|达到?|是)?\s*(\d{1,3}(?:\.\d+)?)\s*[%％]/g;

function checkRate(ctx: Ctx, li: number, line: string, t: ListTable): void {
  if (t.rate === null) return;
  const budget = t.columns.find((c) => /预算数$/.test(c.name) && /全年|调整/.test(c.name));
  const spent = t.columns.find((c) => /执行数$|支出数$/.test(c.name));
  for (const m of line.matchAll(OVERALL_RATE)) {
    const stated = m[1]!;
    const places = printedPlaces(stated);
    const candidates: Dec[] = [dec(t.rate)];
    if (budget && spent) {
      candidates.push(sharePercent(spent.total, budget.total) ?? dec(t.rate));
      candidates.push(sharePercent(spent.sum, budget.sum) ?? dec(t.rate));
    }
    const allowed = halfUlp(places).plus(halfUlp(printedPlaces(t.rate)));
    const ok =
      candidates.some((v) => v.minus(stated).abs().lte(allowed)) || ownRatioFits(line, m.index, stated);
    const at = m.index + m[0].indexOf(stated);
    claim(ctx, 'completion', li, at, ok, `表中合计行执行率${t.rate}%，文中总体执行率${stated}%`);
    if (ok) continue;
    report(
      ctx,
      li,
      'figure.text-table',
      'error',
      excerptOf(line, m.index, m.index + m[0].length, 10),
      `${t.rate}%`,
      `${stated}%`,
      `文中总体执行率${stated}%，而表中合计行执行率为${t.rate}%${
        budget && spent ? `（${show(spent.sum, spent.places)} ÷ ${show(budget.sum, budget.places)}）` : ''
      }，两者不符。`,
      at,
    );
  }
}

/** Some two 万元 amounts of the rate's sentence give it (a rate of the text's own figures is the text's rule). */
function ownRatioFits(line: string, at: number, stated: string): boolean {
  const start = line.lastIndexOf('。', at) + 1;
  const amounts = [...line.slice(start, at).matchAll(new RegExp(AMOUNT, 'g'))].map((m) =>
    m[1]!.replace(/,/g, ''),
  );
  const allowed = halfUlp(printedPlaces(stated));
  return amounts.some((a) =>
    amounts.some((b) => a !== b && (sharePercent(a, b)?.minus(stated).abs().lte(allowed) ?? false)),
  );
}
