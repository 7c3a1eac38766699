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
import type { TableModel, TFigure, TItem } from './table-model.ts';
import type { TableCell } from './table-row.ts';

export type FeeOrder = 'blocked' | 'interleaved';
/** `items[j]`: the national place (0 合计, 1 出国, 2 小计, 3 购置, 4 运行, 5 接待) of the j-th item printed. */
export type FeeLayout = { order: FeeOrder; items: readonly number[] };

const NATIONAL: readonly number[] = [0, 1, 2, 3, 4, 5];

/** The figure of item `item` (national place) for 预算数 (k 0) or 决算数 (k 1). */
export function feeFigure(layout: FeeLayout, figs: readonly TFigure[], item: number, k: number): TFigure {
  const j = layout.items.indexOf(item);
  return layout.order === 'blocked' ? figs[k * 6 + j]! : figs[j * 2 + k]!;
}

/** Whether 合计 = 出国 + 小计 + 接待 and 小计 = 购置 + 运行 (items by national place). */
function addsUp(fig: (item: number) => TFigure): boolean {
  const v = (i: number): number => Math.round(Number(fig(i).value) * 100);
  return v(0) === v(1) + v(2) + v(5) && v(2) === v(3) + v(4);
}

/** The four items of the header's top level (the car group by its own name, or its 小计 printed there). */
const TOP: ReadonlyArray<[number, (t: string) => number]> = [
  [0, (t) => t.indexOf('合计')],
  [1, (t) => t.indexOf('出国')],
  [2, (t) => (t.includes('购') && t.includes('运') ? t.indexOf('公务用车') : -1)],
  [5, (t) => t.indexOf('接待')],
];
/** The car group's sub-headers (小计, 购置费, 运行维护费). */
const SUB: ReadonlyArray<[number, (t: string) => number]> = [
  [2, (t) => t.indexOf('小计')],
  [3, (t) => (t.includes('运') ? -1 : t.indexOf('购'))],
  [4, (t) => (t.includes('购') ? -1 : t.indexOf('运'))],
];

/**
 * The items' order as the header above line `row` prints them: the top-level names (合计, 出国, the car
 * group, 接待) read left to right on the one header line that names them all, the car group's sub-headers
 * (小计, 购置, 运行) on the one line that names 购置 and 运行 (小计 first when it is not on that line). Each
 * name once (one row of pairs) or twice in the same order (two halves). Places are compared only within a
 * line: pdftotext prints a line of wide characters left of the figures under it. null when not told so.
 */
export function feeHeaderItems(model: TableModel, row: number): number[] | null {
  const lines = new Map<number, TableCell[]>();
  for (const r of model.table.rows)
    if (r.line < row)
      for (const c of r.cells) if (c.text) lines.set(r.line, [...(lines.get(r.line) ?? []), c]);
  const tops: number[][] = [];
  const subs: number[][] = [];
  for (const cells of lines.values()) {
    const t =
      namesOn(cells, TOP) ?? namesOn(cells, [...TOP.slice(0, 2), [2, (x) => x.indexOf('小计')], TOP[3]!]);
    if (t) tops.push(t);
    const s = namesOn(cells, SUB);
    const s2 = s ?? namesOn(cells, SUB.slice(1));
    if (s2) subs.push(s2.length === 3 ? s2 : [2, ...s2]);
  }
  // (Names on two lines: which line is the header's is not known.)
  if (tops.length !== 1 || subs.length !== 1) return null;
  const [top, sub] = [tops[0]!, subs[0]!];
  return top.flatMap((n) => (n === 2 ? sub : [n]));
}

/** The names of `words` on one line left to right, each once or twice in the same order; else null. */
function namesOn(
  cells: readonly TableCell[],
  words: ReadonlyArray<[number, (t: string) => number]>,
): number[] | null {
  const found: Array<{ x: number; n: number }> = [];
  for (const c of cells)
    for (const [n, word] of words) {
      const i = word(c.text);
      if (i >= 0) found.push({ x: c.start + i, n });
    }
  found.sort((a, b) => a.x - b.x);
  const names = found.map((f) => f.n);
  const k = words.length;
  if (names.length !== k && names.length !== 2 * k) return null;
  const first = names.slice(0, k);
  if (new Set(first).size !== k || names.slice(k).some((n, i) => n !== first[i])) return null;
  return first;
}

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

/**
 * A caption line over the header ("XX局2025年度部门决算 单位：元"): its 决算 names the document, not a column.
 */
const UNIT_CAPTION = /^\s*(?:金额)?单位\s*[：:]/;

/** The 预算数 and 决算数 header cells above line `row` (cells with text). */
function headerCells(
  model: TableModel,
  row: number,
): { cells: TableCell[]; budget: TableCell[]; actual: TableCell[] } {
  const cells: TableCell[] = [];
  for (const r of model.table.rows)
    if (r.line < row && !r.cells.some((c) => UNIT_CAPTION.test(c.text)))
      for (const c of r.cells) if (c.text) cells.push(c);
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

/**
 * A row's figures left to right, each "—" printed for an item the unit has none of (no 出国, no 购置) read
 * as that column's zero: the national row is twelve figures with its dashes.
 */
export function feeRowFigures(items: readonly TItem[]): TFigure[] {
  const figs = items.flatMap((i) => i.figures);
  if (!items.some((i) => i.dashes?.length)) return figs;
  const zeros = items.flatMap((i) =>
    (i.dashes ?? []).map((col): TFigure => ({ value: '0', places: 0, col, line: i.line, text: '—' })),
  );
  return [...figs, ...zeros].sort((a, b) => a.col - b.col);
}

const isDashCell = (text: string): boolean => /^[-—－]$/.test(text.trim());

/** The order of `figs` (a row's twelve figures, left to right) under the header rows of `model` above them. */
export function feeRowOrder(model: TableModel, figs: readonly TFigure[]): FeeLayout | null {
  const order = feeRowLayout(model, figs);
  if (!order) return null;
  // The items as the header prints them (three-fees-items below); an order other than the national one only
  // when the row's figures add up so (合计 = 出国 + 小计 + 接待, 小计 = 购置 + 运行, for 预算数 or 决算数).
  const items = feeHeaderItems(model, figs[0]!.line);
  if (!items || items.every((n, j) => n === j)) return { order, items: NATIONAL };
  const layout = { order, items };
  return [0, 1].some((k) => addsUp((i) => feeFigure(layout, figs, i, k))) ? layout : null;
}

/** The order of `figs` assuming the national order of the items (see the top of this file). */
function feeRowLayout(model: TableModel, figs: readonly TFigure[]): FeeOrder | null {
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
  for (const c of printed) {
    const f = figs[at.length];
    if (f && (c.text === f.text || (f.text === '—' && isDashCell(c.text)))) at.push(c);
  }
  if (at.length !== 12) return null;
  const mid = (c: TableCell): number => (c.start + c.end) / 2;
  const within = (c: TableCell, a: TableCell, b: TableCell): boolean => mid(c) >= a.start && mid(c) <= b.end;
  if (!within(budget[0]!, at[0]!, at[5]!) || !within(actual[0]!, at[6]!, at[11]!)) return null;
  return itemsInOrder(cells) || feeHeaderItems(model, row) ? 'blocked' : null;
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

/**
 * The money columns of a 三公 table whose items are columns and whose rows are 预算数 / 决算数 / 上年决算数,
 * under a header of several lines: 合计 and 因公出国（境）费 on one line, the groups 公务用车购置及运行维护费
 * and 公务接待费 named once each, and under them, on one line, the car group's 小计 购置费 运行维护费 and, when
 * the 接待 group has parts, its 小计 国内接待费 外事接待费 (a 保有量, 批次 or 人次 column after them is no
 * money column; a header naming 预算数 or 决算数 is of another layout). Columns in the national order, the first figure columns of the table: `reception` is the
 * 接待 group's 小计 when it has parts. Words that name money (…费) anywhere else, or a name met twice: null.
 */
export type FeeLeaves = {
  total: number;
  abroad: number;
  car: number;
  buy: number;
  run: number;
  reception: number;
  domestic?: number;
  foreign?: number;
};

type HeadWord = { text: string; x: number; line: number };

const LEAF_WORDS: ReadonlyArray<[string, RegExp]> = [
  ['total', /^(?:“?三公”?经费)?合计$/],
  ['abroad', /^因公出国[（(]境[）)]费?(?:支出)?$/],
  ['carGroup', /^公务用车购置及运行(?:维护)?费(?:支出)?$/],
  ['reception', /^公务接待费?(?:支出)?$/],
  ['sub', /^小计$/],
  ['buy', /^(?:公务用车)?购置费?(?:支出)?$/],
  ['run', /^(?:公务用车)?运行(?:维护)?费?(?:支出)?$/],
  ['domestic', /^国内(?:公务)?接待费(?:支出)?$/],
  ['foreign', /^(?:外事|外宾)接待费(?:支出)?$/],
];

/** The header's words (cells split at spaces) on the table's lines above its first row of figures. */
function headWords(model: TableModel): HeadWord[] {
  const first = model.rows[0]?.line;
  if (first === undefined) return [];
  const out: HeadWord[] = [];
  for (const r of model.table.rows) {
    if (r.line >= first || r.cells.some((c) => UNIT_CAPTION.test(c.text))) continue;
    for (const c of r.cells)
      for (const m of c.text.matchAll(/\S+/g)) out.push({ text: m[0], x: c.start + m.index, line: r.line });
  }
  return out.sort((a, b) => a.line - b.line || a.x - b.x);
}

export function feeLeafColumns(model: TableModel): FeeLeaves | null {
  const kinds: Array<{ kind: string; w: HeadWord }> = [];
  for (const w of headWords(model)) {
    const found = LEAF_WORDS.find(([, re]) => re.test(w.text));
    if (found) kinds.push({ kind: found[0], w });
    // (A word naming money in no place above, or 预算数 / 决算数 over the columns: another layout.)
    else if (/费|合计|小计|预算|决算/.test(w.text)) return null;
  }
  const once = (kind: string): HeadWord | null => {
    const all = kinds.filter((k) => k.kind === kind);
    return all.length === 1 ? all[0]!.w : null;
  };
  const [total, abroad, carGroup, reception] = ['total', 'abroad', 'carGroup', 'reception'].map(once);
  if (!total || !abroad || !carGroup || !reception) return null;
  // 合计 before 出国 on one line; the car group before the 接待 group where they share a line, and after 出国.
  if (total.line !== abroad.line || total.x > abroad.x) return null;
  const before = (a: HeadWord, b: HeadWord): boolean => a.line !== b.line || a.x < b.x;
  if (!before(abroad, carGroup) || !before(abroad, reception) || !before(carGroup, reception)) return null;
  // The parts: one line, in the national order.
  const subs = kinds.filter((k) => ['sub', 'buy', 'run', 'domestic', 'foreign'].includes(k.kind));
  const line = subs[0]?.w.line;
  if (
    line === undefined ||
    subs.some((k) => k.w.line !== line) ||
    [total, carGroup, reception].some((w) => w.line === line)
  )
    return null;
  const order = subs.map((k) => k.kind).join(' ');
  if (order === 'sub buy run') return { total: 0, abroad: 1, car: 2, buy: 3, run: 4, reception: 5 };
  if (order === 'sub buy run sub domestic foreign')
    return { total: 0, abroad: 1, car: 2, buy: 3, run: 4, reception: 5, domestic: 6, foreign: 7 };
  return null;
}
