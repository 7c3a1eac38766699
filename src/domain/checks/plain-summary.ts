/**
 * A two-sided 收入支出决算总表 as plain `pdftotext` (without -layout) prints it: the income side's labels one a
 * line, then a line per income row opening with its figure and, where the row has one, the 支出 item's label
 * after it, then the 支出 figures one a line (a blank line where a row of the 支出 side is empty).
 *
 *     项目                           ← the income labels, one a line, down to 总计
 *     一、一般公共预算财政拨款收入
 *     …
 *     本年收入合计
 *     年初结转和结余
 *     总计
 *     注：…                          ← page furniture and headers (注, 决算数, 项目, 单位, 公开01表)
 *     决算数
 *     4,920.78 一、社会保障和就业支出  ← one line per income row: its figure, the 支出 label beside it if any
 *     179.30
 *     5,144.03 本年支出合计
 *     5,302.27 总计
 *     支出
 *     决算数
 *     327.24                         ← the 支出 figures, one per 支出 label, in order
 *     …
 *     5,302.27
 *
 * Read only when the shape is exact: as many figure lines as income labels, both lists ending in 总计, a
 * 收入合计 and a 支出合计 label, as many 支出 figures as 支出 labels, and the two 总计 equal (a wrong reading
 * pairs figures that do not balance). The rows then make a table of the 'plain' shape (cells by index:
 * income label, income figure, 支出 label, 支出 figure), each cell keeping its source line.
 */
import { isFigureToken } from './layout-chars.ts';
import type { PlainLines, PlainTable } from './plain-tables.ts';
import type { TableCell, TableRow } from './table-row.ts';

/** A row label: Chinese words with an optional ordinal, no figure and no sentence punctuation. */
const LABEL = /^[一二三四五六七八九十、\u4e00-\u9fa5（）()“”：:]{2,30}$/;
/** Page furniture and column headers between the parts. */
const FURNITURE =
  /^(?:注[：:]|(?:编制)?单位[：:]|公开\d+表|决算数|预算数|项目|收入|支出|金额|[—–-]\s*\d+\s*[—–-])/;
const MAX_FURNITURE = 8;
/** The last row of each side: 总计 (a 预算总表's "收入总计", "支出总计"). */
const GRAND = /^(?:收入|支出)?总计$/;
const MAX_ROWS = 40;

function textOf(doc: PlainLines, i: number): string {
  return doc.text[i]!.slice(doc.from[i]!, doc.to[i]!);
}

const squash = (t: string): string => t.replace(/\s+/g, '');

/** The line's leading figure token's end, or -1. */
function figureEnd(doc: PlainLines, i: number): number {
  const t = doc.text[i]!;
  const from = doc.from[i]!;
  const to = doc.to[i]!;
  let end = from;
  while (end < to && t.charCodeAt(end) !== 32) end++;
  return isFigureToken(t, from, end) ? end : -1;
}

/** The next line with text that is neither furniture nor blank, within MAX_FURNITURE lines; -1 past that. */
function skipFurniture(doc: PlainLines, j: number, n: number): number {
  let skipped = 0;
  for (; j < n; j++) {
    const kind = doc.kinds[j];
    if (kind === 'blank' || kind === 'dropped') continue;
    if (kind !== 'prose') return -1;
    if (figureEnd(doc, j) >= 0 || !FURNITURE.test(squash(textOf(doc, j)))) return j;
    if (++skipped > MAX_FURNITURE) return -1;
  }
  return -1;
}

function readAt(doc: PlainLines, head: number, n: number): PlainTable | null {
  // The income labels, down to 总计.
  const income: number[] = [];
  let j = head + 1;
  for (; j < n && income.length < MAX_ROWS && doc.kinds[j] === 'prose'; j++) {
    const t = squash(textOf(doc, j));
    if (!LABEL.test(t)) break;
    income.push(j);
    if (GRAND.test(t)) break;
  }
  if (!incomeLabels(doc, income)) return null;
  // One line per income row: its figure, then the 支出 label beside it, if any.
  const rows: FigureLine[] = [];
  let k = skipFurniture(doc, j + 1, n);
  if (k < 0) return null;
  for (; rows.length < income.length; k++) {
    const row = k < n ? figureLine(doc, k) : null;
    if (!row) return null;
    rows.push(row);
  }
  return spentSide(doc, head, n, income, rows, k);
}

/** An income row's figure line: the figure, then the 支出 label beside it, if any. */
type FigureLine = { fig: number; end: number; label: string | null };

function figureLine(doc: PlainLines, k: number): FigureLine | null {
  if (doc.kinds[k] !== 'prose') return null;
  const end = figureEnd(doc, k);
  if (end < 0) return null;
  const rest = squash(doc.text[k]!.slice(end, doc.to[k]!));
  if (rest !== '' && !LABEL.test(rest)) return null;
  return { fig: k, end, label: rest === '' ? null : rest };
}

/** Whether the income labels are a side of a 总表: four at least, a 收入合计 among them, 总计 last. */
function incomeLabels(doc: PlainLines, income: readonly number[]): boolean {
  if (income.length < 4 || !GRAND.test(squash(textOf(doc, income[income.length - 1]!)))) return false;
  return income.some((li) => squash(textOf(doc, li)).endsWith('收入合计'));
}

/**
 * The other printing: each income label on its line and its figure line right under it (the 支出 label beside
 * the figure), label and figure lines taking turns down to 总计; the 支出 figures follow as in readAt.
 *
 *     一、一般公共预算财政拨款收入
 *     4,920.78 一、社会保障和就业支出
 *     二、事业收入
 *     179.30
 *     …
 */
function readInterleaved(doc: PlainLines, head: number, n: number): PlainTable | null {
  const income: number[] = [];
  const rows: FigureLine[] = [];
  let j = skipFurniture(doc, head + 1, n);
  while (income.length < MAX_ROWS) {
    if (j < 0 || j + 1 >= n || doc.kinds[j] !== 'prose') return null;
    const t = squash(textOf(doc, j));
    if (!LABEL.test(t)) return null;
    const row = figureLine(doc, j + 1);
    if (!row) return null;
    income.push(j);
    rows.push(row);
    j += 2;
    if (GRAND.test(t)) break;
  }
  if (!incomeLabels(doc, income)) return null;
  return spentSide(doc, head, n, income, rows, j);
}

/** The 支出 figures after the income rows (from line `k`), and the table of both sides; null when they do not fit. */
function spentSide(
  doc: PlainLines,
  head: number,
  n: number,
  income: readonly number[],
  rows: readonly FigureLine[],
  k: number,
): PlainTable | null {
  const labelled = rows.filter((r) => r.label !== null);
  if (!GRAND.test(labelled[labelled.length - 1]?.label ?? '')) return null;
  if (!labelled.some((r) => r.label!.endsWith('支出合计'))) return null;
  // The 支出 figures, one a line, as many as the 支出 labels.
  let f = skipFurniture(doc, k, n);
  if (f < 0) return null;
  const spent: number[] = [];
  for (; f < n && spent.length < labelled.length; f++) {
    const kind = doc.kinds[f];
    if (kind === 'blank' || kind === 'dropped') continue;
    if (kind !== 'prose' || figureEnd(doc, f) !== doc.to[f]) return null;
    spent.push(f);
  }
  if (spent.length !== labelled.length) return null;
  // Nothing but furniture or words after them (no further figure: the table would go on).
  const after = skipFurniture(doc, f, n);
  if (after >= 0 && figureEnd(doc, after) >= 0) return null;
  // Both 总计 equal.
  const value = (li: number, end = doc.to[li]!): string =>
    doc.text[li]!.slice(doc.from[li]!, end).replace(/,/g, '');
  const lastRow = rows[rows.length - 1]!;
  if (value(lastRow.fig, lastRow.end) !== value(spent[spent.length - 1]!)) return null;
  const cell = (li: number, col: number, text: string): TableCell => ({
    text,
    line: li,
    start: col,
    end: col + 1,
  });
  const out: TableRow[] = [
    {
      line: head,
      cells: [cell(head, 0, '项目'), cell(head, 1, '决算数'), cell(head, 2, '项目'), cell(head, 3, '决算数')],
    },
  ];
  let s = 0;
  rows.forEach((r, x) => {
    const li = income[x]!;
    const cells = [
      cell(li, 0, squash(textOf(doc, li))),
      cell(r.fig, 1, doc.text[r.fig]!.slice(doc.from[r.fig]!, r.end)),
    ];
    if (r.label !== null) {
      const sl = spent[s++]!;
      cells.push(cell(r.fig, 2, r.label), cell(sl, 3, textOf(doc, sl)));
    }
    out.push({ line: li, cells });
  });
  return { first: head, last: spent[spent.length - 1]!, rows: out };
}

export function plainSummaryTables(doc: PlainLines, n: number): PlainTable[] {
  const out: PlainTable[] = [];
  for (let i = 0; i + 1 < n; i++) {
    if (doc.kinds[i] !== 'prose' || doc.to[i]! - doc.from[i]! > 4) continue;
    if (squash(textOf(doc, i)) !== '项目') continue;
    const t = readAt(doc, i, n) ?? readInterleaved(doc, i, n);
    if (t) {
      out.push(t);
      i = t.last;
    }
  }
  return out;
}
