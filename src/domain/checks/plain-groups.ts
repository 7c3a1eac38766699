/**
 * Tables as plain `pdftotext` (without -layout) prints some browser-printed PDFs: the label column's header, the
 * k figure columns' headers on one line, then each row as its label followed by its k figures, the figures grouped
 * over one to three lines as the print happened to join them (the first ones may share the label's line):
 *
 *     项目                        ← the label column's header (its column headers may share its line)
 *     预算数 决算数 上年决算数      ← k headers on one line
 *     合计                        ← a row: its label, then exactly k figures (or dashes) over ≤ 3 lines
 *     52.40 48.16
 *     40.02
 *     1．因公出国（境）费
 *     6.00
 *     …
 *     2．公务用车购置及运行维护费 31.00 30.12   ← a label and figures on one line
 *     22.90
 *
 * Read only when the grouping is unambiguous: every row is a label of words alone (no space in it) followed by
 * exactly k figures before the next label; the percentages fall where the headers say (a header ending in % or
 * 率 over percentages or dashes only, none elsewhere); the table ends at a blank line or the document's end, a
 * label line there then giving no figure (the next heading). A line of words between rows, a row of more or
 * fewer than k figures, figures over more than three lines: nothing is read (a table cut short would make
 * false sums). The rows make a table of the 'plain' shape (cells by index), each cell keeping its source line.
 */
import { isDashToken } from './layout-chars.ts';
import type { PlainLines, PlainTable } from './plain-tables.ts';
import {
  figureTokensIn,
  HEAD,
  LABEL,
  LABEL_HEAD,
  LABEL_HEAD_START,
  PERCENT_HEAD,
  TITLE,
  UNIT,
} from './plain-rows.ts';
import type { TableCell, TableRow } from './table-row.ts';

const MAX_COLUMNS = 8;
const MAX_ROWS = 40;
/** The lines a row's figures may take (the label's own line counts when it holds some). */
const MAX_FIGURE_LINES = 3;
const CAPTION = /^注[：:]/;

const textOf = (doc: PlainLines, i: number): string => doc.text[i]!.slice(doc.from[i]!, doc.to[i]!);
const skipped = (doc: PlainLines, i: number): boolean =>
  doc.kinds[i] === 'blank' || doc.kinds[i] === 'dropped';
const readable = (doc: PlainLines, i: number): boolean => doc.kinds[i] === 'prose' || doc.kinds[i] === 'row';
const cell = (text: string, line: number, column: number): TableCell => ({
  text,
  line,
  start: column,
  end: column + 1,
});

/** The figure cells of line `i` from `from` on, or null when any token there is not a figure or a dash. */
function figuresOf(doc: PlainLines, i: number, from: number): string[] | null {
  if (!readable(doc, i)) return null;
  const line = doc.text[i]!;
  const tokens = figureTokensIn(line, from, doc.to[i]!);
  return tokens && tokens.map(([s, e]) => line.slice(s, e));
}

/** Line `i` as a row's label with the figures after it on its line; null when it is no such line. */
function labelLine(doc: PlainLines, i: number): { label: string; figures: string[] } | null {
  if (!readable(doc, i)) return null;
  const line = doc.text[i]!;
  const from = doc.from[i]!;
  const to = doc.to[i]!;
  let e = from;
  while (e < to && !/\s/.test(line[e]!)) e++;
  const label = line.slice(from, e);
  if (!LABEL.test(label) || !/[\u4e00-\u9fa5]/.test(label) || TITLE.test(label) || UNIT.test(label))
    return null;
  if (e === to) return { label, figures: [] };
  const figures = figuresOf(doc, i, e);
  return figures ? { label, figures } : null;
}

export function plainGroupTables(doc: PlainLines, n: number): PlainTable[] {
  const out: PlainTable[] = [];
  for (let i = 0; i < n; i++) {
    if (doc.kinds[i] !== 'prose') continue;
    // (Most lines start otherwise: one comparison before the pattern.)
    if (!LABEL_HEAD_START.includes(doc.text[i]!.charAt(doc.from[i]!))) continue;
    const t = readGroups(doc, i, n);
    if (t) {
      out.push(t);
      i = t.last;
    }
  }
  return out;
}

/**
 * The headers from line `head`: the label column's header, then k column headers on its line or on the next
 * line with text (a unit line may come between). Every column header names a figure column.
 */
function readHeader(doc: PlainLines, head: number, n: number): { row: TableRow; next: number } | null {
  const words = (i: number): string[] => textOf(doc, i).split(/\s+/).filter(Boolean);
  const first = words(head);
  if (!LABEL_HEAD.test(first[0]!)) return null;
  let line = head;
  let heads = first.slice(1);
  if (heads.length === 0) {
    line = head + 1;
    while (line < n && (skipped(doc, line) || UNIT.test(textOf(doc, line)))) line++;
    if (line >= n || doc.kinds[line] !== 'prose') return null;
    heads = words(line);
  }
  const k = heads.length;
  if (k < 2 || k > MAX_COLUMNS || !heads.every((h) => HEAD.test(h) && !/\d$/.test(h))) return null;
  const row: TableRow = {
    line: head,
    cells: [cell(first[0]!, head, 0), ...heads.map((h, c) => cell(h, line, c + 1))],
  };
  return { row, next: line + 1 };
}

function readGroups(doc: PlainLines, head: number, n: number): PlainTable | null {
  const header = readHeader(doc, head, n);
  if (!header) return null;
  const k = header.row.cells.length - 1;
  const rows: TableRow[] = [header.row];
  let j = header.next;
  let last = j - 1;
  for (;;) {
    // After a blank line (or at the end) the table may end; else the next line must start a row.
    let afterBlank = false;
    while (j < n && skipped(doc, j)) {
      afterBlank = true;
      j++;
    }
    const start = j < n ? labelLine(doc, j) : null;
    if (!start) {
      if (rows.length > 1 && (j >= n || afterBlank || CAPTION.test(textOf(doc, j)))) break;
      return null;
    }
    const row = readRow(doc, j, n, k, start);
    if (row === 'none' && afterBlank && rows.length > 1) break;
    if (row === 'none' || row === null || rows.length > MAX_ROWS) return null;
    rows.push(row.row);
    last = row.last;
    j = row.last + 1;
  }
  // Two rows at least, and the percentages where the headers say.
  if (rows.length < 3 || !percentsFit(rows)) return null;
  return { first: head, last, rows };
}

/**
 * The row whose label is on line `r`: the label and exactly k figures over at most three lines; 'none' when no
 * figure follows the label (a heading after the table, or a label row without figures), null when the figures
 * are not exactly k.
 */
function readRow(
  doc: PlainLines,
  r: number,
  n: number,
  k: number,
  start: { label: string; figures: string[] },
): { row: TableRow; last: number } | 'none' | null {
  const cells: TableCell[] = [cell(start.label, r, 0)];
  const add = (figures: readonly string[], line: number): void => {
    for (const f of figures) cells.push(cell(f, line, cells.length));
  };
  add(start.figures, r);
  let lines = start.figures.length > 0 ? 1 : 0;
  let j = r;
  while (cells.length - 1 < k) {
    j++;
    const figures = j < n ? figuresOf(doc, j, doc.from[j]!) : null;
    if (!figures) return cells.length === 1 ? 'none' : null;
    add(figures, j);
    if (++lines > MAX_FIGURE_LINES) return null;
  }
  if (cells.length - 1 !== k) return null;
  return { row: { line: r, cells }, last: j };
}

/** Every figure under a header ending in % or 率 is a percentage or a dash, and no other figure is one. */
function percentsFit(rows: readonly TableRow[]): boolean {
  const heads = rows[0]!.cells;
  for (const row of rows.slice(1))
    for (let c = 1; c < row.cells.length; c++) {
      const text = row.cells[c]!.text;
      const percent = /[%％]$/.test(text);
      const dash = isDashToken(text, 0, text.length);
      if (PERCENT_HEAD.test(heads[c]!.text) ? !percent && !dash : percent) return false;
      // (A percentage under a header saying so is read as its figure.)
      if (percent) row.cells[c] = { ...row.cells[c]!, text: text.replace(/[%％]$/, '') };
    }
  return true;
}
