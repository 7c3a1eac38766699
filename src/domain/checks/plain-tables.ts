/**
 * Tables printed by plain `pdftotext` (without -layout): one cell per line, no tab, no column.
 *
 *     预算类别        ← a header of k short label lines (k ≥ 3), one naming an amount column
 *     年初预算
 *     执行数
 *     执行率
 *     基本支出        ← rows of exactly k lines: a label, then k − 1 figures (or dashes)
 *     2,356.40
 *     2,401.18
 *     99.28%
 *     合计
 *     …
 *
 * Read only when the shape is unambiguous: k is the distance between the first two row labels, the k lines
 * above the first row are labels forming the header, at least two rows follow, and the run of short lines
 * ends exactly with the last row (a run that does not divide into rows of k cells is left as prose). A
 * header starting with 序号 has rows starting with their number (1, 2, 3 …) and may end with a 合计 row one
 * cell short (序号 and 项目名称 merged): that row gets an empty 序号 cell. Every cell keeps its source line.
 */
import { displayWidth, isDashToken, isDigit, isFigureToken } from './layout-chars.ts';
import { mergedHeader } from './plain-headers.ts';
import type { TableCell, TableRow } from './table-row.ts';

export type PlainTable = { first: number; last: number; rows: TableRow[] };

/** The lines as the layout has them: normalised text, trimmed extent, kind (only 'prose' lines are read). */
export type PlainLines = {
  text: readonly string[];
  from: readonly number[];
  to: readonly number[];
  kinds: readonly string[];
};

/** A cell line is short and holds no sentence punctuation. */
const MAX_CELL_WIDTH = 36;
const MAX_COLUMNS = 12;
/** A header naming at least one column of amounts, rates or scores. */
const HEADER_WORD = /预算|决算|执行|支出|收入|金额|合计|小计|总计|数$|率|得分|分值|权重|万元|比上年|增减/;
const TOTAL_LABEL = /^(合\s*计|总\s*计)$/;

/** A figure alone on its line (or a dash printed for zero). */
function isFigureLine(doc: PlainLines, i: number): boolean {
  if (doc.kinds[i] !== 'prose') return false;
  const line = doc.text[i]!;
  const from = doc.from[i]!;
  const to = doc.to[i]!;
  const c = line.charCodeAt(from);
  // (Most prose lines start with a CJK character: one comparison.)
  if (!isDigit(c) && c !== 45 && c !== 0x2212 && c !== 0x2014 && c !== 0xff0d) return false;
  return isFigureToken(line, from, to) || isDashToken(line, from, to);
}

/** A short line that may be a cell: no sentence punctuation, at most MAX_CELL_WIDTH wide. */
function isCellLine(doc: PlainLines, i: number): boolean {
  if (doc.kinds[i] !== 'prose') return false;
  const from = doc.from[i]!;
  const to = doc.to[i]!;
  if (to - from > MAX_CELL_WIDTH) return false;
  const line = doc.text[i]!;
  if (displayWidth(line, from, to) > MAX_CELL_WIDTH) return false;
  for (let k = from; k < to; k++) {
    const c = line.charCodeAt(k);
    // 。，；！？ and their ASCII forms ; ! ?
    if (c === 0x3002 || c === 0xff0c || c === 0xff1b || c === 0xff01 || c === 0xff1f) return false;
    if (c === 59 || c === 33 || c === 63) return false;
  }
  return true;
}

/** A header name's piece printed on a line of its own: a unit in brackets, a year, "其中：". */
const WRAPPED_PIECE = /^[（(][^（）()]{1,6}[）)]$|^20\d\d\s*年度?$|[：:]$/;

/** A table's title, unit or note line ("…表", "单位：万元", "注：…"). */
const isCaption = (t: string): boolean => /表$|^单位[：:]|^注[：:]/.test(t.replace(/\s+/g, ''));

const textOf = (doc: PlainLines, i: number): string => doc.text[i]!.slice(doc.from[i], doc.to[i]);

/**
 * The plain tables of a document. Bails out after one cheap pass when no two figure lines follow each
 * other (most documents: their tables have columns, or they have none).
 */
export function plainTables(doc: PlainLines, n: number): PlainTable[] {
  let candidate = -1;
  for (let i = 0; i + 1 < n; i++)
    if (isFigureLine(doc, i + 1) && isFigureLine(doc, i)) {
      candidate = i;
      break;
    }
  if (candidate < 0) return [];
  const out: PlainTable[] = [];
  // From the start of the first candidate's run of cell lines.
  let i = candidate;
  while (i > 0 && isCellLine(doc, i - 1)) i--;
  while (i < n) {
    if (!isCellLine(doc, i)) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < n && isCellLine(doc, end + 1)) end++;
    // The smallest table: a header of 3 and two rows of 3.
    if (end - i + 1 >= 9) {
      const table = readRun(doc, i, end);
      if (table) out.push(table);
    }
    i = end + 1;
  }
  return out;
}

/** The table a run of cell lines `a`..`b` ends with, or null when its shape is not unambiguous. */
function readRun(doc: PlainLines, a: number, b: number): PlainTable | null {
  const fig: boolean[] = [];
  for (let i = a; i <= b; i++) fig.push(isFigureLine(doc, i));
  const isFig = (i: number): boolean => fig[i - a]!;
  // The first figure after a label.
  let f = a + 1;
  while (f <= b && !(isFig(f) && !isFig(f - 1))) f++;
  if (f > b) return null;
  // 序号 rows: "1", a label, figures; else a label, figures.
  const numbered = textOf(doc, f) === '1' && f + 2 <= b && !isFig(f + 1) && isFig(f + 2);
  const rowStart = numbered ? f : f - 1;
  const labelAt = numbered ? f + 1 : f - 1;
  let next = labelAt + 1;
  while (next <= b && isFig(next)) next++;
  if (next > b) return null;
  const k = next - labelAt;
  if (k < 3 || k > MAX_COLUMNS) return null;
  let headerStart = rowStart - k;
  if (headerStart < a) return null;
  let header: TableCell[] = [];
  for (let i = headerStart; i < rowStart; i++) {
    // (A title or unit line above a header one cell short is no header cell: not read.)
    if (isFig(i) || isCaption(textOf(doc, i))) return null;
    header.push(cellAt(doc, i, i - headerStart));
  }
  // A header whose names wrap over more lines than its columns ("2024年" over "预算数", "完成预算" over "（%）"):
  // its pieces from the caption down, merged into names — as many as the columns, else no table.
  let top = headerStart;
  while (top - 1 >= a && !isFig(top - 1) && !isCaption(textOf(doc, top - 1))) top--;
  const pieces: { text: string; line: number }[] = [];
  for (let i = top; i < rowStart; i++) pieces.push({ text: textOf(doc, i), line: i });
  if (top < headerStart && pieces.some((p) => WRAPPED_PIECE.test(p.text.replace(/\s+/g, '')))) {
    const names = mergedHeader(pieces);
    if (!names || names.length !== k) return null;
    header = names.map((n, c) => ({ text: n.text, line: n.line, start: c, end: c + 1 }));
    headerStart = top;
  }
  if (numbered !== (header[0]!.text === '序号')) return null;
  if (!header.slice(1).some((c) => HEADER_WORD.test(c.text))) return null;
  const rows: TableRow[] = [{ line: headerStart, cells: header }];
  let r = rowStart;
  let number = 1;
  while (r <= b) {
    const row = readRow(doc, isFig, r, b, k, numbered ? number : 0);
    if (!row) return null;
    rows.push(row.row);
    r = row.next;
    number++;
  }
  // Ends exactly with its last row (r === b + 1); two rows at least.
  if (rows.length < 3) return null;
  return { first: headerStart, last: b, rows };
}

/** One row of k cells from line `r`; `number` > 0: the row starts with that 序号. */
function readRow(
  doc: PlainLines,
  isFig: (i: number) => boolean,
  r: number,
  b: number,
  k: number,
  number: number,
): { row: TableRow; next: number } | null {
  const cells: TableCell[] = [];
  let i = r;
  if (number > 0) {
    if (textOf(doc, r) === String(number)) {
      cells.push(cellAt(doc, r, 0));
      i++;
    } else if (TOTAL_LABEL.test(textOf(doc, r))) {
      // A 合计 row without its 序号 (merged with the name).
      cells.push({ text: '', line: r, start: 0, end: 1 });
    } else return null;
  }
  if (i > b || isFig(i)) return null;
  cells.push(cellAt(doc, i, cells.length));
  i++;
  while (cells.length < k) {
    if (i > b || !isFig(i)) return null;
    cells.push(cellAt(doc, i, cells.length));
    i++;
  }
  return { row: { line: r, cells }, next: i };
}

function cellAt(doc: PlainLines, i: number, column: number): TableCell {
  return { text: textOf(doc, i), line: i, start: column, end: column + 1 };
}
