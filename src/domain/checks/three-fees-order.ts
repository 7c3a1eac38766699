/**
 * The order of the twelve figures of a 三公 table's one row (合计, 因公出国（境）费, 公务用车购置及运行维护费
 * 小计, 购置费, 运行维护费, 公务接待费 — for 预算数 and 决算数): read from the header above the row.
 * - 'blocked': one 预算数 and one 决算数 header cell, the six 预算数 figures under the first and the six 决算数
 *   figures under the second, and in each half the item headers in the national order (合计 before 出国
 *   before 小计 before 购置 before 运行 before 接待, by where pdftotext prints them), each item named once a
 *   half. A three-level header
 *   printed by a browser (the headers' lines wrapped, cells joined) is read this way.
 * - 'interleaved': the figures in pairs (预算数, 决算数 of each item): a header that repeats 预算数 and 决算数
 *   in turn, or one that names neither when the 预算数 or the 决算数 add up in pairs (合计 = 出国 + 小计 +
 *   接待, 小计 = 购置 + 运行).
 * - null: a header naming 预算数 / 决算数 in another way, or whose item headers are not in that order: the
 *   row is not read.
 */
import type { TableModel, TFigure } from './table-model.ts';
import type { TableCell } from './table-row.ts';

export type FeeOrder = 'blocked' | 'interleaved';

/** Each item's header word in the national order (购置 and 运行 as the sub-headers print them, alone). */
const ITEM_WORDS: ReadonlyArray<(text: string) => number> = [
  (t) => t.indexOf('合计'),
  (t) => t.indexOf('出国'),
  (t) => t.indexOf('小计'),
  (t) => (t.includes('运') ? -1 : t.indexOf('购')),
  (t) => (t.includes('购') ? -1 : t.indexOf('运')),
  (t) => t.indexOf('接待'),
];

const BUDGET = /^(?:\d{4}年度?)?(?:年初)?预算数?$/;
const ACTUAL = /^(?:\d{4}年度?)?决算数?$/;

/** The 预算数 and 决算数 header cells above line `row` (cells with text). */
function headerCells(
  model: TableModel,
  row: number,
): { cells: TableCell[]; budget: TableCell[]; actual: TableCell[] } {
  const cells: TableCell[] = [];
  for (const r of model.table.rows) if (r.line < row) for (const c of r.cells) if (c.text) cells.push(c);
  const squash = (c: TableCell): string => c.text.replace(/\s+/g, '');
  return {
    cells,
    budget: cells.filter((c) => squash(c).includes('预算')),
    actual: cells.filter((c) => squash(c).includes('决算')),
  };
}

/**
 * Whether the header above line `row` names 预算数 once and 决算数 once (two halves of six columns): a row
 * whose figures are not all printed is then not read in pairs.
 */
export function feeHeaderInHalves(model: TableModel, row: number): boolean {
  const { budget, actual } = headerCells(model, row);
  return budget.length === 1 && actual.length === 1;
}

/** The order of `figs` (a row's twelve figures, left to right) under the header rows of `model` above them. */
export function feeRowOrder(model: TableModel, figs: readonly TFigure[]): FeeOrder | null {
  if (figs.length !== 12) return null;
  const row = figs[0]!.line;
  const { cells, budget, actual } = headerCells(model, row);
  const squash = (c: TableCell): string => c.text.replace(/\s+/g, '');
  // No header word tells the halves: in pairs only when the 预算数 or the 决算数 add up so.
  if (budget.length === 0 && actual.length === 0) return pairsAddUp(figs) ? 'interleaved' : null;
  if (budget.length >= 2 && actual.length >= 2) return alternating(budget, actual) ? 'interleaved' : null;
  if (budget.length !== 1 || actual.length !== 1) return null;
  if (!BUDGET.test(squash(budget[0]!)) || !ACTUAL.test(squash(actual[0]!))) return null;
  // Where each figure is printed: the row's cells holding them, in order.
  const printed = model.table.rows.find((r) => r.line === row)?.cells ?? [];
  const at: TableCell[] = [];
  for (const c of printed) if (at.length < 12 && c.text === figs[at.length]!.text) at.push(c);
  if (at.length !== 12) return null;
  const mid = (c: TableCell): number => (c.start + c.end) / 2;
  const within = (c: TableCell, a: TableCell, b: TableCell): boolean => mid(c) >= a.start && mid(c) <= b.end;
  if (!within(budget[0]!, at[0]!, at[5]!) || !within(actual[0]!, at[6]!, at[11]!)) return null;
  return itemsInOrder(cells) ? 'blocked' : null;
}

/** 预算数 and 决算数 header cells alternating left to right, 预算数 first. */
function alternating(budget: readonly TableCell[], actual: readonly TableCell[]): boolean {
  if (budget.length !== actual.length) return false;
  const all = [...budget.map((c) => ({ c, b: true })), ...actual.map((c) => ({ c, b: false }))].sort(
    (x, y) => x.c.start - y.c.start,
  );
  return all.every((x, i) => x.b === (i % 2 === 0));
}

/**
 * Whether the item header words come twice each, in the national order both times (the 预算数 half's
 * before the 决算数 half's): where pdftotext prints them, a word's first place in the first half, its
 * second in the second. (The halves are not told by the figures' places: a header printed with wide
 * characters stands left of its figures by as many places as it holds wide characters.)
 */
function itemsInOrder(cells: readonly TableCell[]): boolean {
  const at: number[][] = ITEM_WORDS.map(() => []);
  for (const c of cells)
    ITEM_WORDS.forEach((word, k) => {
      const i = word(c.text);
      if (i >= 0) at[k]!.push(c.start + i);
    });
  // 合计 / 小计 printed upright in a narrow column: 合 (小) on one header line, 计 under it on the next.
  for (const [k, top] of [
    [0, '合'],
    [2, '小'],
  ] as const)
    for (const c of cells)
      for (let i = c.text.indexOf(top); i >= 0; i = c.text.indexOf(top, i + 1)) {
        if (c.text[i + 1] === '计') continue;
        const x = c.start + i;
        const under = cells.some((d) => d.line === c.line + 1 && d.text.includes('计') && charAt(d, '计', x));
        if (under) at[k]!.push(x);
      }
  if (at.some((xs) => xs.length !== 2)) return false;
  for (const xs of at) xs.sort((x, y) => x - y);
  const order = [...at.map((xs) => xs[0]!), ...at.map((xs) => xs[1]!)];
  return order.every((x, i) => i === 0 || x > order[i - 1]!);
}

/** Whether the cell prints `ch` at place `x` (or one place either side). */
function charAt(cell: TableCell, ch: string, x: number): boolean {
  for (let i = cell.text.indexOf(ch); i >= 0; i = cell.text.indexOf(ch, i + 1))
    if (Math.abs(cell.start + i - x) <= 1) return true;
  return false;
}

/** Whether the figures read in pairs add up (合计 = 出国 + 小计 + 接待, 小计 = 购置 + 运行) for 预算数 or 决算数. */
function pairsAddUp(figs: readonly TFigure[]): boolean {
  const holds = (k: number): boolean => {
    const v = (i: number): number => Math.round(Number(figs[i * 2 + k]!.value) * 100);
    return v(0) === v(1) + v(2) + v(5) && v(2) === v(3) + v(4);
  };
  return holds(0) || holds(1);
}
