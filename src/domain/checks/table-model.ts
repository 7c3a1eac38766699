/**
 * Figures of a table: each row split into items (a 科目 code and label followed by its figures; a 总表 row
 * holds two items side by side), each figure with its column and that column's header text.
 * Space-aligned columns are found by clustering the right edges of the figures (numbers are right-aligned);
 * tab-separated and Markdown tables use the cell index. Blank cells in a figure column read as 0.
 */
import { displayWidth, isWhite, type TableBlock, type TableCell, type TableRow } from './layout.ts';

export type TFigure = { value: string; places: number; col: number; line: number; text: string };
/** `side`: the column of the item's first figure (a 总表's 收入 items at 0, its 支出 items further right); -1 when none. */
export type TItem = {
  code: string | null;
  label: string;
  line: number;
  figures: TFigure[];
  side: number;
  /** Figures whose column could not be told: the item's figures are not used in any sum. */
  unplaced: number;
  /** The item as a finding quotes it, once asked for (table-claims.ts). */
  excerpt: string | null;
  /** Columns where the item prints "-" (or "—") alone for zero, in a table whose columns the dashes fit. */
  dashes?: number[];
};
export type TRowModel = { line: number; items: TItem[] };
export type TableModel = {
  table: TableBlock;
  rows: TRowModel[];
  /** Header text of each figure column (columns numbered left to right). */
  headers: string[];
  columns: number;
  /** The items of all rows, in order (see itemsOf). */
  items: TItem[];
  /** Each column's name as a claim quotes it, once asked for (table-claims.ts). */
  columnNames: string[] | null;
  /** The table's name in a claim, once asked for (table-claims.ts). */
  claimName: string | null;
};

/** A 3/5/7-digit 科目 code (the length first: most cells are not). */
function isCode(text: string): boolean {
  const n = text.length;
  if (n !== 3 && n !== 5 && n !== 7) return false;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
const CODE_LABEL = /^(\d{3}|\d{5}|\d{7})\s*([^\d\s].*)$/;

/** The index of the first character at or after `i` that is not white space (white space is ignored in a figure). */
function skipWhite(text: string, i: number): number {
  while (i < text.length && isWhite(text.charCodeAt(i))) i++;
  return i;
}

/** The index after the digits from `i` (white space between them ignored); how many in `digitCount`. */
let digitCount = 0;
function skipDigits(text: string, i: number): number {
  digitCount = 0;
  for (i = skipWhite(text, i); i < text.length; i = skipWhite(text, i + 1)) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) break;
    digitCount++;
  }
  return i;
}

/**
 * Whether the cell is a figure: /^[-−+＋]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/ once its white space is removed.
 * By char code: every cell of every table is asked, and most are not figures.
 */
export function isFigure(text: string): boolean {
  // Most cells are labels: refused at their first character.
  const first = text.charCodeAt(0);
  if (first > 57 && first !== 0x2212 && first !== 0xff0b && !isWhite(first)) return false;
  let i = skipWhite(text, 0);
  const sign = text.charCodeAt(i);
  // A signed change ("+2.86" in an 增减额 column) is a figure as much as "-1.71" is.
  if (sign === 45 || sign === 0x2212 || sign === 43 || sign === 0xff0b) i++;
  i = skipDigits(text, i);
  const lead = digitCount;
  if (lead === 0) return false;
  if (text.charCodeAt(i) === 44) {
    // Thousands groups: 1 to 3 digits, then groups of exactly 3.
    if (lead > 3) return false;
    while (text.charCodeAt(i) === 44) {
      i = skipDigits(text, i + 1);
      if (digitCount !== 3) return false;
    }
  }
  if (text.charCodeAt(i) === 46) {
    i = skipDigits(text, i + 1);
    if (digitCount === 0) return false;
  }
  return i >= text.length;
}

/** /[\s,−+＋]/.test(text), by char code. */
function needsCleaning(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0x2212 || c === 43 || c === 0xff0b || isWhite(c)) return true;
  }
  return false;
}

/**
 * Whether the cell is a figure with "%" after it ("49.36%", "-5.2 %"): read as a figure only in a column of
 * rates of change (see tableModel).
 */
function isPercentFigure(text: string): boolean {
  let end = text.length;
  while (end > 0 && isWhite(text.charCodeAt(end - 1))) end--;
  return end > 1 && text.charCodeAt(end - 1) === 37 && isFigure(text.slice(0, end - 1));
}

/** A header of a column of rates of change (增减率, 增长率（%）, 变动幅度), not of a budget's. */
const CHANGE_RATE_HEADER = /^(?=.*(?:增减|增长|变动))(?=.*(?:率|%|％|幅度))(?!.*预算)/;
/** A header of a column of rates: of change, or a ratio (支出率, 执行率, 占比…). */
const RATE_HEADER = /率|比例|占比|比重|进度|幅度|[%％]|占[\u4e00-\u9fa5]{1,8}比/;

function figureOf(cell: TableCell, col: number): TFigure {
  // Most figures are printed plain ("1060.89"): copied only when there is something to drop.
  let t = needsCleaning(cell.text) ? cell.text.replace(/[\s,+＋]/g, '').replace('−', '-') : cell.text;
  if (t.endsWith('%')) t = t.slice(0, -1);
  // A figure cell holds at most one point (isFigure).
  const point = t.indexOf('.');
  return { value: t, places: point < 0 ? 0 : t.length - point - 1, col, line: cell.line, text: cell.text };
}

/** In `cols` (see columnsOf): a cell that is not a figure, and a figure whose column is not told. */
const NOT_FIGURE = -2;
const NO_COLUMN = -1;

/**
 * Fills in the column of each figure cell (`cols`, by row and cell: NOT_FIGURE for other cells, NO_COLUMN
 * for each figure on entry): clusters of right edges (space tables) or the cell index. A figure whose column
 * is not told stays NO_COLUMN. `spans`: each column's extent (space tables only).
 */
/**
 * `byOrder`: each column's extent, when the columns were read by order (rows shifted by their labels: see
 * columnsByRows) — a header is then read by order only (headerByCount), never by nearness.
 */
type Columns = { count: number; spans: [number, number][]; byOrder?: [number, number][] };

function columnsOf(table: TableBlock, cols: number[][]): Columns {
  if (table.shape !== 'space') {
    let count = 0;
    table.rows.forEach((r, ri) => {
      if (r.cells.length > count) count = r.cells.length;
      r.cells.forEach((c, ci) => {
        if (cols[ri]![ci] !== NOT_FIGURE) cols[ri]![ci] = c.start;
      });
    });
    return { count, spans: [] };
  }
  const printed = cols.map((r) => r.slice());
  const found = columnsByRows(table, cols);
  // Figures left without a column, in a table whose columns line up: the columns their right edges line up
  // in, when that reading places them all and the header agrees (columnsByEdges).
  if (found.overlap) return found;
  const isCodeAt = (ri: number, ci: number): boolean => {
    const cells = table.rows[ri]!.cells;
    return ci + 1 < cells.length && printed[ri]![ci + 1] === NOT_FIGURE && isCode(cells[ci]!.text);
  };
  if (!cols.some((r, ri) => r.some((c, ci) => c === NO_COLUMN && !isCodeAt(ri, ci)))) return found;
  const byEdges = columnsByEdges(table, printed);
  if (!byEdges || byEdges.count < found.count) return found;
  byEdges.cols.forEach((r, ri) => r.forEach((c, ci) => (cols[ri]![ci] = c)));
  return { count: byEdges.count, spans: byEdges.spans };
}

/**
 * The one complete row without which the other complete rows (three or more) line up in columns clear of one
 * another; null when no row or more than one does so.
 */
function squeezedRow<F, R>(
  complete: readonly F[],
  rangesOf: (rows: F[]) => R,
  overlaps: (r: R) => boolean,
): F | null {
  if (complete.length < 4) return null;
  const found = complete.filter((f) => !overlaps(rangesOf(complete.filter((g) => g !== f))));
  return found.length === 1 ? found[0]! : null;
}

/**
 * A space table's columns as the rows printing every figure tell them (see columnsOf).
 */
function columnsByRows(table: TableBlock, cols: number[][]): Columns & { overlap?: boolean } {
  const isFigureAt = (ri: number, ci: number): boolean => cols[ri]![ci] !== NOT_FIGURE;
  // Columns from the rows that print every figure (a 决算 table prints 0.00 in empty cells): the k-th
  // figure of such a row is column k. Other rows' figures go to the column whose right edges are nearest.
  const figureRows: { ri: number; at: number[] }[] = [];
  table.rows.forEach((r, ri) => {
    const at: number[] = [];
    for (let ci = 0; ci < r.cells.length; ci++) {
      if (!isFigureAt(ri, ci)) continue;
      // A 科目 code in a space-aligned row: a 3/5/7-digit integer followed by a label.
      if (ci + 1 < r.cells.length && !isFigureAt(ri, ci + 1) && isCode(r.cells[ci]!.text)) continue;
      at.push(ci);
    }
    if (at.length > 0) figureRows.push({ ri, at });
  });
  if (figureRows.length === 0) return { count: 0, spans: [] };
  let max = 0;
  for (const f of figureRows) if (f.at.length > max) max = f.at.length;
  const complete = figureRows.filter((f) => f.at.length === max);
  const rangesOf = (rows: readonly { ri: number; at: number[] }[]) => {
    const out: { lo: number; hi: number; start: number }[] = [];
    for (let k = 0; k < max; k++) {
      const range = { lo: Infinity, hi: -Infinity, start: Infinity };
      for (const f of rows) {
        const c = table.rows[f.ri]!.cells[f.at[k]!]!;
        range.lo = Math.min(range.lo, c.end);
        range.hi = Math.max(range.hi, c.end);
        range.start = Math.min(range.start, c.start);
      }
      out.push(range);
    }
    return out;
  };
  const overlaps = (rs: readonly { lo: number; hi: number }[]): boolean =>
    rs.some((r, k) => k > 0 && r.lo <= rs[k - 1]!.hi);
  // Overlapping ranges mean the complete rows do not line up. pdftotext sets a narrow table's figures one
  // space apart, each row shifted by the width of its label: the complete rows are then read by order (the
  // k-th figure of a row printing every figure is column k), no other row's figure gets a column — when
  // most rows are complete (a table whose every row leaves some cell blank is not read).
  let ranges = rangesOf(complete);
  let overlap = overlaps(ranges);
  for (const f of complete) f.at.forEach((ci, k) => (cols[f.ri]![ci] = k));
  // One complete row squeezed apart from the others (a short 合计 row at the table's foot, set narrower):
  // the columns are the other complete rows'; that row is still read by order (it prints every column).
  const squeezed = overlap ? squeezedRow(complete, rangesOf, overlaps) : null;
  if (squeezed) {
    ranges = rangesOf(complete.filter((f) => f !== squeezed));
    overlap = false;
  }
  if (overlap) {
    if (max < 2 || complete.length < 2 || complete.length * 2 < figureRows.length)
      return { count: 0, spans: [], overlap };
    return { count: max, spans: [], overlap, byOrder: ranges.map((k) => [k.start, k.hi]) };
  }
  table.rows.forEach((r, ri) =>
    r.cells.forEach((c, ci) => {
      if (cols[ri]![ci] === NO_COLUMN) cols[ri]![ci] = nearestColumn(c);
    }),
  );
  return { count: max, spans: ranges.map((k) => [k.start, k.hi] as [number, number]) };
  function nearestColumn(c: TableCell): number {
    const distance = (k: { lo: number; hi: number }): number =>
      c.end < k.lo ? k.lo - c.end : c.end > k.hi ? c.end - k.hi : 0;
    let best = -1;
    let dist = Infinity;
    for (let i = 0; i < ranges.length; i++) {
      const d = distance(ranges[i]!);
      if (d < dist) [best, dist] = [i, d];
    }
    // Between two columns' edges, the cell is ambiguous.
    let second = Infinity;
    for (let i = 0; i < ranges.length; i++) if (i !== best) second = Math.min(second, distance(ranges[i]!));
    return dist <= 4 && second > dist + 1 ? best : -1;
  }
}

/**
 * A space table's columns read from its figures' right edges, when no row prints every figure (a 基本支出
 * table's rows fill 人员经费 or 公用经费, seldom both): edges within two characters of the next are one column
 * (pdftotext sets a figure with a thousands separator or a narrow digit a character or two off). A table
 * run over a page break (its header repeated, or a line left out) is read piece by piece (each page sets
 * its own margin): every piece must show the same number of columns, and a header row above the first figures must name
 * exactly these columns (headerInOrder / headerByCount). Null when not so. `printed`: as `cols` in
 * columnsOf, on entry. `spans`: the first piece's (the one under the header).
 */
function columnsByEdges(
  table: TableBlock,
  printed: readonly number[][],
): { count: number; spans: [number, number][]; cols: number[][] } | null {
  const cols = printed.map((r) => r.slice());
  const isFigureAt = (ri: number, ci: number): boolean =>
    cols[ri]![ci] !== NOT_FIGURE &&
    !(
      ci + 1 < cols[ri]!.length &&
      cols[ri]![ci + 1] === NOT_FIGURE &&
      isCode(table.rows[ri]!.cells[ci]!.text)
    );
  const hasFigure = (ri: number): boolean => table.rows[ri]!.cells.some((_, ci) => isFigureAt(ri, ci));
  const firstFigure = table.rows.findIndex((_, ri) => hasFigure(ri));
  if (firstFigure < 1) return null;
  const headerTexts = new Set<string>();
  for (let ri = 0; ri < firstFigure; ri++) {
    const t = squashSpaces(table.rows[ri]!.cells.map((c) => c.text).join(''));
    if (t) headerTexts.add(t);
  }
  // Pieces: a header row repeated after figures starts the next, and so does a row after a line left out
  // (a blank line, a page's foot and head: the next page may set the table at another margin).
  const pieces: number[][] = [[]];
  for (let ri = firstFigure; ri < table.rows.length; ri++) {
    const piece = pieces[pieces.length - 1]!;
    const gap = ri > firstFigure && table.rows[ri]!.line > table.rows[ri - 1]!.line + 1;
    if (!hasFigure(ri)) {
      const t = squashSpaces(table.rows[ri]!.cells.map((c) => c.text).join(''));
      if ((gap || headerTexts.has(t)) && piece.length > 0) pieces.push([]);
      continue;
    }
    if (gap && piece.length > 0) pieces.push([ri]);
    else piece.push(ri);
  }
  let count = -1;
  let spans: [number, number][] = [];
  for (const piece of pieces) {
    if (piece.length === 0) continue;
    const ends: number[] = [];
    for (const ri of piece)
      table.rows[ri]!.cells.forEach((c, ci) => {
        if (isFigureAt(ri, ci)) ends.push(c.end);
      });
    ends.sort((a, b) => a - b);
    // Each column's highest edge: an edge more than two characters past the one before starts a column.
    const tops: number[] = [];
    let low = ends[0]!;
    for (let i = 1; i <= ends.length; i++) {
      if (i < ends.length && ends[i]! - ends[i - 1]! <= 2) continue;
      // A column's edges spread over three characters at most (else the figures are not right-aligned).
      if (ends[i - 1]! - low > 3) return null;
      tops.push(ends[i - 1]!);
      if (i < ends.length) low = ends[i]!;
    }
    if (count >= 0 && tops.length !== count) return null;
    count = tops.length;
    const pieceSpans: [number, number][] = tops.map((t) => [Infinity, t]);
    for (const ri of piece)
      table.rows[ri]!.cells.forEach((c, ci) => {
        if (!isFigureAt(ri, ci)) return;
        const k = tops.findIndex((t) => c.end <= t);
        cols[ri]![ci] = k;
        pieceSpans[k]![0] = Math.min(pieceSpans[k]![0], c.start);
      });
    if (spans.length === 0) spans = pieceSpans;
  }
  if (count < 2) return null;
  // A header row naming exactly these columns.
  const scratch = spans.map(() => [] as string[]);
  const agrees = table.rows.slice(0, firstFigure).some((r) => {
    const split = splitLabels(r.cells);
    return (
      (split !== null && (headerInOrder(split, spans, scratch) || headerByCount(split, spans, scratch))) ||
      headerInOrder(r.cells, spans, scratch) ||
      headerByCount(r.cells, spans, scratch)
    );
  });
  return agrees ? { count, spans, cols } : null;
}

/**
 * The table's figures. Cells printed with "%" ("49.36%") are figures only when every one of them falls in
 * a column whose header says it holds rates of change (增减率 beside 本年 / 上年 / 增减额), or all in one column
 * whose header names a ratio (支出率, 执行率, 占比), or in several such columns when each row printing a rate
 * prints one in every one of them: read like the bare figures of such a column (the sums leave rate columns
 * out). Otherwise (a % whose column is not told, a row's lone % under two ratio columns) they stay text.
 */
export function tableModel(printed: TableBlock): TableModel {
  const table = withoutColumnNumbers(printed);
  let percents = 0;
  for (const r of table.rows)
    for (const c of r.cells) if (c.text.includes('%') && isPercentFigure(c.text)) percents++;
  const plain = modelOf(table, isFigure);
  if (percents === 0 || !table.rows.some((r) => r.cells.some((c) => RATE_HEADER.test(c.text)))) return plain;
  const withRates = modelOf(table, (text) => isFigure(text) || isPercentFigure(text));
  let placedRates = 0;
  let changeRates = true;
  const rateColumns = new Set<number>();
  for (const it of withRates.items)
    for (const f of it.figures) {
      if (!f.text.includes('%')) continue;
      const header = withRates.headers[f.col] ?? '';
      if (!RATE_HEADER.test(header)) return plain;
      if (!CHANGE_RATE_HEADER.test(header)) changeRates = false;
      rateColumns.add(f.col);
      placedRates++;
    }
  if (placedRates !== percents) return plain;
  return changeRates || rateColumns.size === 1 || everyRowFull(withRates, rateColumns) ? withRates : plain;
}

/**
 * The table read again with its percentages as figures, whatever its header says (the model above keeps them
 * only under a header naming rates): for a rule that tells the rate columns by their figures.
 */
export function modelWithPercents(model: TableModel): TableModel {
  return modelOf(model.table, (text) => isFigure(text) || isPercentFigure(text));
}

/**
 * Whether each row printing a rate prints one in every rate column: then no rate's column is in doubt, and
 * several ratio columns (到位率 and 执行率 side by side) are read as well as one.
 */
function everyRowFull(model: TableModel, rateColumns: ReadonlySet<number>): boolean {
  return model.rows.every((r) => {
    const cols = new Set(
      r.items.flatMap((it) => it.figures.filter((f) => f.text.includes('%')).map((f) => f.col)),
    );
    return cols.size === 0 || cols.size === rateColumns.size;
  });
}

/**
 * A row numbering the columns ("栏次  1  2  3 …", the bare numbers 1 … n, or after the item column's labels
 * "科目编码  科目名称  1  2  3 …"): no figures of its own. A two-sided
 * 总表 labels its 支出 half's numbers again, the numbering going on ("栏次 1 栏次 2 3 4 5").
 */
function isColumnNumbers(printed: readonly TableCell[]): boolean {
  let next = 1;
  let labels = 0;
  let labelLast = false;
  // ("栏    次" spaced out over its cell: the two characters one label.)
  const cells: TableCell[] = [];
  for (const c of printed) {
    const prev = cells[cells.length - 1];
    if (prev && /^[栏行]$/.test(prev.text.trim()) && c.text.trim() === '次')
      cells[cells.length - 1] = { ...prev, text: `${prev.text.trim()}次`, end: c.end };
    else cells.push(c);
  }
  for (const c of cells) {
    if (c.text === '') continue;
    const t = squashSpaces(c.text);
    // "功能分类科目编码  科目名称  1  2  3 …": the item column's labels before the numbers.
    if (next === 1 && labels === 0 && ITEM_HEAD.test(t.replace(/\s/g, ''))) continue;
    if (t === '栏次' || t === '行次' || t === '栏号') {
      // (Before the numbers, or once more after some.)
      if (next > 1 && (labelLast || labels > 1)) return false;
      labels++;
      labelLast = true;
      continue;
    }
    if (t !== String(next)) return false;
    labelLast = false;
    next++;
  }
  return next > 3;
}

/**
 * A 科目 code printed in 类 / 款 / 项 columns ("208  02  01  行政运行"): its parts as one 7-digit code cell
 * ("2080201"), so that the 款 and 项 digits are not read as figures — at the row's start, and in the right half of
 * a table of two halves side by side ("… 786.24   302  01  办公费  42.18"). Null when the row has no such code.
 */
function joinedCodeCells(cells: readonly TableCell[]): TableCell[] | null {
  let i = 0;
  while (i < cells.length && cells[i]!.text === '') i++;
  let out: TableCell[] | null = null;
  for (let k = i; k < (out ?? cells).length; k++) out = joinedCodeAt(out ?? cells, k) ?? out;
  return out;
}

function joinedCodeAt(cells: readonly TableCell[], i: number): TableCell[] | null {
  const first = cells[i];
  if (!first || !/^\d{3}$/.test(first.text)) return null;
  // (Past the row's start, only right after a figure: the right half's first cell.)
  if (i > 0 && !/^-?[\d,]+\.\d+$/.test(cells[i - 1]!.text) && cells[i - 1]!.text !== '') return null;
  let code = first.text;
  let end = first.end;
  let j = i + 1;
  while (j < cells.length && code.length < 7 && /^\d{2}$/.test(cells[j]!.text)) {
    code += cells[j]!.text;
    end = cells[j]!.end;
    j++;
  }
  // The parts must be followed by the 科目名称.
  if (code.length === 3 || j >= cells.length || !/^[^\d\s-]/.test(cells[j]!.text)) return null;
  return [...cells.slice(0, i), { ...first, text: code, end }, ...cells.slice(j)];
}

/**
 * A table whose 类 / 款 / 项 columns print only each level's own digits ("208 社会保障和就业支出", "  02 民政
 * 管理事务", "    01 行政运行"): each row's full code from the rows above it, the level told by the header
 * column the digits sit under. Null when the header has no 类, 款 and 项 cells.
 */
function segmentCodes(table: TableBlock): ((cells: readonly TableCell[]) => TableCell[] | null) | null {
  let kuanAt = -1;
  let xiangAt = -1;
  let hasLei = false;
  for (const r of table.rows.slice(0, 10))
    for (const c of r.cells) {
      if (c.text === '类') hasLei = true;
      if (c.text === '款') kuanAt = c.start;
      if (c.text === '项') xiangAt = c.start;
    }
  if (!hasLei || kuanAt < 0 || xiangAt <= kuanAt) return null;
  let lei = '';
  let kuan = '';
  return (cells) => {
    let i = 0;
    while (i < cells.length && cells[i]!.text === '') i++;
    const first = cells[i];
    const label = cells[i + 1];
    if (!first || !label || !/^[^\d\s-]/.test(label.text)) return null;
    const t = first.text;
    if (/^\d{3}$/.test(t) || /^\d{5}$/.test(t) || /^\d{7}$/.test(t)) {
      lei = t.slice(0, 3);
      kuan = t.length >= 5 ? t.slice(0, 5) : '';
      return null;
    }
    if (!/^\d{2}$/.test(t) || !lei) return null;
    const isKuan = Math.abs(first.start - kuanAt) < Math.abs(first.start - xiangAt);
    if (!isKuan && !kuan) return null;
    const code = isKuan ? lei + t : kuan + t;
    if (isKuan) kuan = code;
    return [...cells.slice(0, i), { ...first, text: code }, ...cells.slice(i + 1)];
  };
}

/**
 * Where a header names a column of row numbers ("行次" or "序号", or "行" over "次" in a narrow cell that wraps
 * it): the extents of those header cells.
 */
function rowNumberColumns(table: TableBlock): [number, number][] {
  const out: [number, number][] = [];
  const head = table.rows.slice(0, 10);
  head.forEach((r, ri) => {
    if (isColumnNumbers(r.cells)) return;
    for (const c of r.cells) {
      if (ROW_NUMBER_HEAD.test(squashSpaces(c.text))) out.push([c.start, c.end]);
      else if (c.text === '行') {
        const below = head[ri + 1]?.cells.find(
          (d) => d.text === '次' && d.start <= c.end + 1 && d.end >= c.start - 1,
        );
        if (below) out.push([Math.min(c.start, below.start), Math.max(c.end, below.end)]);
      }
    }
  });
  return out;
}

/**
 * A row number (1 to 3 digits) printed under a "行次" header: not a figure. Right after its row's label it may
 * stand further right of the header (pdftotext centres the header, and a long label pushes the number on).
 */
function isRowNumber(c: TableCell, spans: readonly [number, number][], afterLabel: boolean): boolean {
  if (!/^\d{1,3}$/.test(c.text)) return false;
  // (A label of Chinese words set by display width pushes its number further: as far as 14 columns.)
  return spans.some(([a, b]) => c.end >= a - 2 && c.start <= b + (afterLabel ? 14 : 2));
}

/**
 * The row's cells without its 行次 numbers. `seen.max`: the highest row number read so far in the table. Past a
 * page break the table may be set at another margin, its numbers off the header's place: a number right after
 * its row's label that goes on with the numbering (a few past the highest so far) is one too.
 */
function withoutRowNumbers(
  cells: readonly TableCell[],
  spans: readonly [number, number][],
  seen: { max: number },
): TableCell[] {
  // (A row numbered before its label, "4 | 应急广播运行维护经费 | 8 | 8 | 0", has its number: a count right after the
  // label is a figure, not a number going on with the numbering.)
  let numberedFirst = false;
  return cells.filter((c, k) => {
    const prev = cells[k - 1];
    const afterLabel = prev !== undefined && !isFigure(prev.text) && !/^\d/.test(prev.text);
    const placed = isRowNumber(c, spans, afterLabel);
    const n = /^\d{1,3}$/.test(c.text) ? Number(c.text) : NaN;
    const goesOn = afterLabel && seen.max > 0 && n > seen.max && n <= seen.max + ROW_NUMBER_STEP;
    if (!placed && !(goesOn && !numberedFirst)) return true;
    if (k === 0) numberedFirst = true;
    seen.max = Math.max(seen.max, n);
    return false;
  });
}

const ROW_NUMBER_HEAD = /^(?:行次|序号)$/;

/** How far past the highest row number so far a number off the 行次 column may go on with the numbering. */
const ROW_NUMBER_STEP = 4;

// (Hoisted: a literal in the loop is a new object for every cell.)
const ROW_NUMBER = /^\d{1,3}$/;
const POINT_OR_COMMA = /[.,]/;
const HAS_CJK = /[\u4e00-\u9fa5]/;

/**
 * A piece of a table cut from its header (a 总表 whose long run of empty 类 rows the layout split off): its
 * 行次 numbers have no "行次" cell above them. They still read as one: a column of 1- to 3-digit numbers, each
 * after a label in its row, going up by one from row to row (3 at least), beside amounts with decimals. The
 * cells so found ("line:start"), to be left out like numbers under a 行次 header.
 */
function headlessRowNumbers(table: TableBlock): Set<string> {
  type Chain = {
    cells: { line: number; cell: TableCell }[];
    last: number;
    start: number;
    end: number;
    broken?: boolean;
  };
  const chains: Chain[] = [];
  const hasMoney = new Set<string>();
  for (const r of table.rows) {
    let labelled = false;
    for (const c of r.cells) {
      const t = c.text.trim();
      if (t === '') continue;
      if (!ROW_NUMBER.test(t)) {
        if (HAS_CJK.test(t) && !isFigure(t)) labelled = true;
        continue;
      }
      if (!labelled) continue;
      const n = Number(t);
      // (Another number in a chain's column breaks it: 行次 go up by one from row to row, a column of 分值
      // "4, 3, 4, 5" does not.)
      let chain: Chain | undefined;
      for (const k of chains) {
        if (k.broken || c.start > k.end + 2 || c.end < k.start - 2) continue;
        if (k.last + 1 === n && !chain) chain = k;
        else k.broken = true;
      }
      // Amounts after the number in its row ("4  8,412.30").
      const after = r.cells.slice(r.cells.indexOf(c) + 1);
      const money = after.some((d) => isFigure(d.text.trim()) && d.text.includes('.'));
      const key = `${r.line}:${c.start}`;
      if (money) hasMoney.add(key);
      if (chain) {
        chain.cells.push({ line: r.line, cell: c });
        chain.last = n;
        chain.start = Math.min(chain.start, c.start);
        chain.end = Math.max(chain.end, c.end);
      } else chains.push({ cells: [{ line: r.line, cell: c }], last: n, start: c.start, end: c.end });
    }
  }
  const out = new Set<string>();
  for (const k of chains) {
    const keys = k.cells.map((x) => `${x.line}:${x.cell.start}`);
    if (keys.length >= 3 && keys.some((x) => hasMoney.has(x))) for (const x of keys) out.add(x);
  }
  return out;
}

/**
 * A 科目 name LibreOffice centred around its row: `pdftotext -layout` prints its first line above the row, its
 * last below, and the row itself holds the code and the figures with no name between them —
 *
 *              国有土地使用权出让收入安排的支
 *   21208                        1,359.28   17,981.77 …
 *              出
 *
 * Such a row takes the two lines (each one cell of words, no figure) as its name; the lines are left out.
 * A row with no code does the same when it opens on a figure and both lines end left of it (a 三公 table's
 * "二、公务用车购置及运行" / figures / "维护费"): the first line may carry the item's ordinal, the last not.
 */
function withCentredCodeLabels(table: TableBlock): TableBlock {
  const filled = (r: TableRow): TableCell[] => r.cells.filter((c) => c.text.trim() !== '');
  const wordsOnly = (r: TableRow | undefined): TableCell | null => {
    const cells = r ? filled(r) : [];
    return cells.length === 1 && /^[\u4e00-\u9fa5（）()“”、]+$/.test(cells[0]!.text.trim())
      ? cells[0]!
      : null;
  };
  const rows = table.rows;
  const drop = new Set<number>();
  const out = new Map<number, TableRow>();
  const levels = codeLevelColumns(table);
  for (let i = 1; i < rows.length; i++) {
    const cells = joinedLevelParts(filled(rows[i]!), levels);
    // (A code printed in its parts, "212 08 04", then its name: the row has its name.)
    if (!levels && joinedCodeCells(cells)) continue;
    const coded = cells.length >= 2 && isCode(cells[0]!.text.trim()) && isFigure(cells[1]!.text.trim());
    // A table of two halves side by side (人员经费 | 公用经费): the left half's name around its code row, the right
    // half's rows on the same lines kept as they are.
    if (coded && cells.length > 2 && isCode(cells[2]!.text.trim())) {
      const right = cells[2]!.start;
      const above = leftWords(rows[i - 1], right);
      const below = leftWords(rows[i + 1], right);
      if (!above || !below || drop.has(i - 1) || out.has(i - 1)) continue;
      const label: TableCell = {
        text: above.cell.text.trim() + below.cell.text.trim(),
        line: rows[i]!.line,
        start: Math.min(above.cell.start, below.cell.start),
        end: Math.max(above.cell.end, below.cell.end),
      };
      out.set(i, { line: rows[i]!.line, cells: [cells[0]!, label, ...cells.slice(1)] });
      out.set(i - 1, { line: rows[i - 1]!.line, cells: above.rest });
      out.set(i + 1, { line: rows[i + 1]!.line, cells: below.rest });
      continue;
    }
    const amount = (c: TableCell) => isFigure(c.text.trim().replace(/[%％]$/, ''));
    if (!coded && !(cells.length >= 2 && isFigure(cells[0]!.text.trim()) && cells.every(amount))) continue;
    const above = coded ? wordsOnly(rows[i - 1]) : labelPiece(rows[i - 1], cells[0]!, true);
    // The table's last row: its name's last line falls after the table (read as a paragraph). The first
    // line alone is the name's head, which the catalogue check takes as a name cut short.
    const last = coded && i + 1 === rows.length;
    const below = last ? above : coded ? wordsOnly(rows[i + 1]) : labelPiece(rows[i + 1], cells[0]!, false);
    if (!above || !below || drop.has(i - 1)) continue;
    const label: TableCell = {
      text: last ? above.text.trim() : above.text.trim() + below.text.trim(),
      line: rows[i]!.line,
      start: Math.min(above.start, below.start),
      end: Math.max(above.end, below.end),
    };
    out.set(i, {
      line: rows[i]!.line,
      cells: coded ? [cells[0]!, label, ...cells.slice(1)] : [label, ...cells],
    });
    drop.add(i - 1);
    if (!last) drop.add(i + 1);
  }
  if (out.size === 0) return table;
  return { ...table, rows: rows.flatMap((r, i) => (drop.has(i) ? [] : [out.get(i) ?? r])) };
}

/**
 * A row's one cell of words left of `right` (where the right half of a two-half table starts) and its cells from
 * there on, or null: none or more than one cell on the left, or a cell across the line between the halves.
 */
function leftWords(r: TableRow | undefined, right: number): { cell: TableCell; rest: TableCell[] } | null {
  if (!r) return null;
  const cells = r.cells.filter((c) => c.text.trim() !== '');
  const left = cells.filter((c) => c.start < right);
  if (left.length !== 1 || left[0]!.end > right) return null;
  if (!/^[\u4e00-\u9fa5（）()“”、]+$/.test(left[0]!.text.trim())) return null;
  return { cell: left[0]!, rest: cells.filter((c) => c.start >= right) };
}

/** Where the header prints its 款 and 项 cells (their start), when it has 类, 款 and 项 cells; else null. */
function codeLevelColumns(table: TableBlock): { kuan: number; xiang: number } | null {
  for (const r of table.rows.slice(0, 10)) {
    const lei = r.cells.find((c) => c.text === '类');
    const kuan = r.cells.find((c) => c.text === '款');
    const xiang = r.cells.find((c) => c.text === '项');
    if (lei && kuan && xiang && lei.start < kuan.start && kuan.start < xiang.start)
      return { kuan: kuan.start, xiang: xiang.start };
  }
  return null;
}

/**
 * A row whose 科目 code is printed in 类 / 款 / 项 columns with no name between it and the figures (the name
 * centred around the row): "208 | 05 | 05 | 317.06" as "2080505 | 317.06". Only under a header of 类, 款 and
 * 项 cells, each two-digit part under its own level's cell (a "05" elsewhere could be a figure).
 */
function joinedLevelParts(cells: TableCell[], levels: { kuan: number; xiang: number } | null): TableCell[] {
  const first = cells[0];
  if (!levels || !first || !/^\d{3}$/.test(first.text.trim())) return cells;
  const under = (c: TableCell | undefined, at: number): boolean =>
    c !== undefined && /^\d{2}$/.test(c.text.trim()) && c.start - 3 <= at && at <= c.end + 2;
  if (!under(cells[1], levels.kuan)) return cells;
  const parts = under(cells[2], levels.xiang) ? 2 : 1;
  const last = cells[parts]!;
  const code =
    first.text.trim() +
    cells
      .slice(1, parts + 1)
      .map((c) => c.text.trim())
      .join('');
  return [{ ...first, text: code, end: last.end }, ...cells.slice(parts + 1)];
}

/**
 * A line that is one piece of a label wrapped around the row whose first figure is `figure`: one cell of words
 * ending left of the figure; `head`: the first piece, which may open on the item's ordinal ("二、", "2.", "其中：").
 */
function labelPiece(r: TableRow | undefined, figure: TableCell, head: boolean): TableCell | null {
  const cells = r ? r.cells.filter((c) => c.text.trim() !== '') : [];
  if (cells.length !== 1 || cells[0]!.end > figure.start) return null;
  const text = cells[0]!.text.trim();
  const words = head
    ? text.replace(/^(?:其中[：:])?(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])?/, '')
    : text;
  return /^[\u4e00-\u9fa5（）()“”、]+$/.test(words) ? cells[0]! : null;
}

/** A year set one space before its 年 ("2025 年预算（元）"): not a figure. */
const YEAR_ALONE = /^(?:19|20)\d{2}$/;

/**
 * A space table whose header prints a year one space before the rest of its label ("2025 年决算（元）", the
 * renderer spacing digits from Chinese): the year joined to its label, above the first row of amounts (the
 * year would read as a figure, the header as a row).
 */
function withHeaderYears(table: TableBlock): TableBlock {
  if (table.shape !== 'space') return table;
  let rows: TableRow[] | null = null;
  for (let ri = 0; ri < table.rows.length; ri++) {
    const cells = table.rows[ri]!.cells;
    if (cells.some((c) => isFigure(c.text) && POINT_OR_COMMA.test(c.text))) break;
    const joined: TableCell[] = [];
    for (const c of cells) {
      const prev = joined[joined.length - 1];
      if (prev && YEAR_ALONE.test(prev.text) && c.text.startsWith('年') && c.start - prev.end <= 2)
        joined[joined.length - 1] = { ...prev, text: `${prev.text}${c.text}`, end: c.end };
      else joined.push(c);
    }
    if (joined.length === cells.length) continue;
    rows ??= table.rows.slice();
    rows[ri] = { ...table.rows[ri]!, cells: joined };
  }
  return rows ? { ...table, rows } : table;
}

/**
 * The table without its 栏次 row and its 行次 numbers, 类/款/项 code parts joined (the table itself when it
 * has none of these).
 */
function withoutColumnNumbers(printed: TableBlock): TableBlock {
  const table = withHeaderYears(withCentredCodeLabels(printed));
  let rows: TableBlock['rows'] | null = null;
  const rowNumbers = table.shape === 'space' ? rowNumberColumns(table) : [];
  const headless =
    table.shape === 'space' && rowNumbers.length === 0 ? headlessRowNumbers(table) : new Set<string>();
  const seen = { max: 0 };
  const segments = table.shape === 'space' ? segmentCodes(table) : null;
  table.rows.forEach((r, ri) => {
    const numbers = ri < 12 && isColumnNumbers(r.cells);
    let cells: TableCell[] | null = numbers ? null : joinedCodeCells(r.cells);
    if (segments && !numbers) cells = segments(cells ?? r.cells) ?? cells;
    if (!numbers && rowNumbers.length > 0) {
      const kept = withoutRowNumbers(cells ?? r.cells, rowNumbers, seen);
      if (kept.length !== (cells ?? r.cells).length) cells = kept;
    }
    if (!numbers && headless.size > 0) {
      const kept = (cells ?? r.cells).filter((c) => !headless.has(`${r.line}:${c.start}`));
      if (kept.length !== (cells ?? r.cells).length) cells = kept;
    }
    // "某县水利工程质量监 … 0.46 2.64" then "督站" alone: the end of the row's label, wrapped in its cell.
    const prev = rows ? rows[rows.length - 1] : table.rows[ri - 1];
    const wrapped =
      !numbers && !cells && prev ? wrappedLabels(r.cells, prev.cells, table.rows[ri + 1]?.cells) : null;
    if (wrapped) {
      rows ??= table.rows.slice(0, ri);
      const joined = rows[rows.length - 1]!.cells.slice();
      wrapped.forEach((j, k) => (joined[j] = { ...joined[j]!, text: joined[j]!.text + r.cells[k]!.text }));
      rows[rows.length - 1] = { ...prev!, cells: joined };
      return;
    }
    // "二、公务用车购置及运行维护费" alone, then its figures on the next line under the figure columns: one row.
    if (!numbers && !cells && prev && labelAbove(prev, r)) {
      rows ??= table.rows.slice(0, ri);
      rows[rows.length - 1] = {
        ...r,
        cells: [...prev.cells.filter((c) => c.text.trim() !== ''), ...r.cells],
      };
      return;
    }
    if (!numbers && !cells) {
      rows?.push(r);
      return;
    }
    rows ??= table.rows.slice(0, ri);
    if (cells) rows.push({ ...r, cells });
  });
  return rows ? { ...table, rows } : table;
}

/**
 * Whether `label` is a row label alone (one cell of words, an ordinal allowed) over `figures`, a row of figures
 * only (dashes too), two at least right of the label (or three, under a label that reaches over the first figure's
 * column): a label whose figures were printed a line lower.
 */
function labelAbove(label: TableRow, figures: TableRow): boolean {
  const words = label.cells.filter((c) => c.text.trim() !== '');
  const cells = figures.cells.filter((c) => c.text.trim() !== '');
  if (words.length !== 1 || cells.length < 2) return false;
  if (!cells.every((c) => isFigure(c.text.trim()) || /^[—–-]+$/.test(c.text.trim()))) return false;
  // (A long label may reach over the first figure's column: then three figures at least make it a row's.)
  if (cells[0]!.start <= words[0]!.end && cells.length < 3) return false;
  const text = words[0]!.text
    .trim()
    .replace(/^(?:其中[：:])?(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])?/, '');
  return /^[\u4e00-\u9fa5（）()“”、]{2,}$/.test(text);
}

/**
 * The cells of `prev` whose labels a row of short words ends, one per word (null when it is no such row): one
 * word under the row's first label (isWrappedLabel), or, in a 总表 of two halves, a word under each of two
 * labels, each label followed by its figure ("一、一般公共预算财政 4,238.27 一、社会保障和就 273.59" over
 * "拨款  业支出").
 */
function wrappedLabels(
  cells: readonly TableCell[],
  prev: readonly TableCell[],
  next: readonly TableCell[] | undefined,
): number[] | null {
  if (isWrappedLabel(cells, prev, next)) return [0];
  if (cells.length !== 2 || !next || !next.some((c) => isFigure(c.text))) return null;
  const out: number[] = [];
  for (const word of cells) {
    if (!WRAPPED_WORD.test(word.text) || LABEL_START.test(word.text)) return null;
    const j = prev.findIndex((c, k) => {
      const shift = c.start - word.start;
      return (
        !isFigure(c.text) &&
        /[\u4e00-\u9fa5]$/.test(c.text) &&
        shift >= -2 &&
        shift <= 8 &&
        isFigure(prev[k + 1]?.text ?? '')
      );
    });
    if (j < 0 || out.includes(j)) return null;
    out.push(j);
  }
  return out;
}

/** A word a label wrapped onto the next line, and the words that start a label of their own. */
const WRAPPED_WORD = /^[\u4e00-\u9fa5）)]{1,6}$/;
const LABEL_START = /合计|小计|总计|其中|[一二三四五六七八九十]、/;

/**
 * A row of one short word under the label of a row of figures, before another row of figures: the rest of
 * that label (a cell too narrow for it). Not a heading, a 合计 or a 其中, and no figure of its own.
 */
function isWrappedLabel(
  cells: readonly TableCell[],
  prev: readonly TableCell[],
  next: readonly TableCell[] | undefined,
): boolean {
  if (cells.length !== 1 || prev.length < 3 || !next || next.length < 3) return false;
  const [word] = cells;
  const label = prev[0]!;
  if (!WRAPPED_WORD.test(word!.text) || LABEL_START.test(word!.text)) return false;
  // Under the label's cell, the label's words cut mid-name (no figure in it, the next row's figures in place);
  // or back at the cell's left edge under an indented sub-item ("     公务用车运" / "行维护费").
  const shift = label.start - word!.start;
  return (
    !isFigure(label.text) &&
    /[\u4e00-\u9fa5]$/.test(label.text) &&
    shift >= -2 &&
    shift <= 8 &&
    prev.slice(1).some((c) => isFigure(c.text)) &&
    next.slice(1).some((c) => isFigure(c.text))
  );
}

/** A rate with its sign ("+77.02%", "-8.74%") or a word standing for a change from or to zero ("新增"). */
// (A 是/否 column after the figures — "绩效目标偏差（是/否）", its 合计 "是2个" — is such a mark too.)
const VALUE_MARK = /^(?:[+＋\-−－]?\d[\d,]*(?:\.\d+)?\s*[%％]|新增|持平|[是否](?:\d+个)?)$/;
const isValueMark = (text: string): boolean => VALUE_MARK.test(text);

/**
 * The extents of the columns of rates and marks not read as figures ("88.03%", "+77.02%", "新增", and a dash
 * among them), cells overlapping one another joined into one column; left to right.
 */
function markColumns(table: TableBlock, figure: (text: string) => boolean): [number, number][] {
  const marks: [number, number][] = [];
  for (const r of table.rows)
    for (const c of r.cells) if (!figure(c.text) && isValueMark(c.text)) marks.push([c.start, c.end]);
  if (marks.length === 0) return marks;
  marks.sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [marks[0]!.slice() as [number, number]];
  for (const [a, b] of marks.slice(1)) {
    const last = out[out.length - 1]!;
    if (a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/**
 * A header naming the figure columns and the columns of marks between them ("2024年决算数  完成率  增减率"
 * over "454.00  88.03%  +7.02%"): one label per column of either kind, in order (headerByCount over both);
 * the figure columns' labels kept. False, nothing added, when not so.
 */
function headerWithMarks(
  cells: readonly TableCell[],
  spans: readonly [number, number][],
  markSpans: readonly [number, number][],
  headerTexts: string[][],
): boolean {
  if (markSpans.length === 0 || spans.length === 0) return false;
  // Only mark columns clear of every figure column.
  // (Touching is clear: a column's extent ends where the next cell starts.)
  const clear = markSpans.filter(([a, b]) => spans.every(([x, y]) => b <= x || a >= y));
  if (clear.length === 0) return false;
  const all = [...spans.map((s) => ({ s, k: spans.indexOf(s) })), ...clear.map((s) => ({ s, k: -1 }))].sort(
    (x, y) => x.s[0] - y.s[0],
  );
  const scratch = all.map(() => [] as string[]);
  if (
    !headerByCount(
      cells,
      all.map((x) => x.s),
      scratch,
    )
  )
    return false;
  all.forEach((x, i) => {
    if (x.k >= 0) headerTexts[x.k]!.push(...scratch[i]!);
  });
  return true;
}

/** How many figures of a table no column took (see columnsOf). */
function unplacedCount(cols: readonly number[][]): number {
  let n = 0;
  for (const r of cols) for (const c of r) if (c === NO_COLUMN) n++;
  return n;
}

/** A cell printing an empty figure ("-", "—"): a zero in its column. */
const isDash = (text: string): boolean => text === '-' || text === '—' || text === '－';

function modelOf(table: TableBlock, figure: (text: string) => boolean): TableModel {
  // Each cell's column: NOT_FIGURE, or the figure's column (NO_COLUMN when not told). Whether a cell is a
  // figure is read once (an empty cell never is).
  let columns = table.rows.map((r) => r.cells.map((c) => (figure(c.text) ? NO_COLUMN : NOT_FIGURE)));
  let { count, spans, byOrder } = columnsOf(table, columns);
  // The columns of rates and marks not read as figures ("88.03%", "+77.02%", "新增"): read once.
  const markSpans = table.shape === 'space' ? markColumns(table, figure) : [];
  // A table printing "-" for zero: its rows are complete only with their dashes, which then tell the
  // columns too — when they line up with the figures (else the columns found without them stand).
  if (table.shape === 'space' && table.rows.some((r) => r.cells.some((c) => isDash(c.text)))) {
    // A dash under a column of rates or marks other rows print ("—" where they print "88.03%") is not a
    // figure's place.
    const underMark = (c: TableCell): boolean => markSpans.some(([a, b]) => c.start <= b && c.end >= a);
    const withDashes = table.rows.map((r) =>
      r.cells.map((c) => (figure(c.text) || (isDash(c.text) && !underMark(c)) ? NO_COLUMN : NOT_FIGURE)),
    );
    const found = columnsOf(table, withDashes);
    // (As many columns either way: the reading that places more figures — a row complete with its dash.)
    if (
      found.count > count ||
      (found.count === count && unplacedCount(withDashes) < unplacedCount(columns))
    ) {
      columns = withDashes;
      ({ count, spans, byOrder } = found);
    }
  }
  const rows: TRowModel[] = [];
  // A table with a 科目编码 column: a 3/5/7-digit integer after a label starts the next item (two code
  // columns side by side); elsewhere ("年初结转和结余 400 年末结转和结余") it is a figure.
  // (Both words end in 码: most cells are not matched.)
  const codeTable = table.rows
    .slice(0, 8)
    .some((r) => r.cells.some((c) => c.text.indexOf('码') > 0 && /编码|代码/.test(c.text)));
  const headerTexts: string[][] = [];
  for (let k = 0; k < count; k++) headerTexts.push([]);
  let seenFigure = false;
  // The header labels placed by nearness, over all header rows (see headerIntoEmptyColumn).
  const loose: { text: string; col: number; mid: number }[] = [];
  table.rows.forEach((r, ri) => {
    const items: TItem[] = [];
    let current: TItem | null = null;
    // Whether `current` printed a "-" where a figure goes: a label after it starts the next item
    // ("三、国有资本经营预算财政拨款   - 三、住房保障支出   44.18": the 收入 item, then the 支出 item).
    let dashed = false;
    let side = 0;
    // Each cell's column (NOT_FIGURE for other cells). Cells without text are skipped (cell texts are
    // trimmed: see TableCell); a figure always has text.
    const cells = r.cells;
    const cols = columns[ri]!;
    const hasFigure = cols.some((col) => col >= 0);
    // A typed table's 合计 row without its empty 编码 cell ("合计\t9,860.39\t…" under "科目编码\t科目名称\t合计…"):
    // its cells are one column further right.
    const shift =
      table.shape !== 'space' &&
      codeTable &&
      r.cells.length === count - 1 &&
      r.cells[0]!.text !== '' &&
      !isCode(r.cells[0]!.text) &&
      cols[0] === NOT_FIGURE
        ? 1
        : 0;
    // A header row: none of its cells a figure placed in a column. The header ends at the first row with a
    // 科目 code before its label or an amount (a point or thousands separator), even one no column took.
    const startsRows =
      !hasFigure &&
      !seenFigure &&
      cells.some(
        (c, ci) =>
          (cols[ci] !== NOT_FIGURE && POINT_OR_COMMA.test(c.text)) ||
          (isCode(c.text) &&
            ci + 1 < cells.length &&
            cols[ci + 1] === NOT_FIGURE &&
            cells[ci + 1]!.text !== ''),
      );
    if (!hasFigure && !seenFigure && !startsRows) {
      // The table's caption printed as a row ("公开05表  编制单位：某局  单位：元"): no column's label.
      if (isCaptionCells(cells)) return;
      // A header row: its labels go to the figure columns they sit over.
      // Labels pdftotext set one space apart ("2024年预算数 2024年决算数 比上年增减额") are one cell of the
      // layout: each its own label when, so split, they fit the figure columns one to one (or, placed by
      // nearness below, each goes to the column it is over).
      const heads = table.shape === 'space' && !byOrder ? withoutSideHeads(r.cells, spans) : r.cells;
      const split = table.shape === 'space' ? splitLabels(heads) : null;
      if (table.shape === 'space') {
        // Columns read by order: so is their header, one label per column, or none.
        if (byOrder) {
          if (!headerByCount(split ?? r.cells, byOrder, headerTexts))
            headerByCount(r.cells, byOrder, headerTexts);
          return;
        }
        if (headerWithMarks(split ?? heads, spans, markSpans, headerTexts)) return;
        if (split && (headerInOrder(split, spans, headerTexts) || headerByCount(split, spans, headerTexts)))
          return;
        // (Labels set as tightly as plain characters — the run no wider than the columns under it: counted so.)
        const tight = split && splitLabels(heads, true);
        if (tight && headerByCount(tight, spans, headerTexts)) return;
        if (headerInOrder(heads, spans, headerTexts) || headerByCount(heads, spans, headerTexts)) return;
        if (headerShifted(split ?? heads, spans, headerTexts)) return;
        if (headerByRowCells(split ?? heads, table, columns, ri, count, headerTexts)) return;
      }
      const placedHere: { text: string; col: number; mid: number }[] = [];
      for (const c of split ?? heads) {
        if (!c.text || TABLE_CAPTION.test(c.text)) continue;
        if (table.shape !== 'space') {
          if (c.start < count) headerTexts[c.start]!.push(c.text);
          continue;
        }
        let mid = (c.start + c.end) / 2;
        let best = -1;
        let dist = Infinity;
        // (Halfway between two columns, the right one: pdftotext counts a wide character as one, so labels
        // drift left of their figures.)
        const nearest = (at: number): void => {
          [best, dist] = [-1, Infinity];
          spans.forEach(([a, b], i) => {
            const d = at < a ? a - at : at > b ? at - b : 0;
            if (d < dist || (d === dist && d > 0)) [best, dist] = [i, d];
          });
        };
        nearest(mid);
        // A long label in the gap between two columns, near neither: where it was drawn, its characters as wide
        // as they print (its start is where pdftotext puts it; its end falls short).
        if (dist > 4) {
          mid = c.start + displayWidth(c.text) / 2;
          nearest(mid);
        }
        // Else the one column its extent touches (a wide label centred over a narrow last column).
        if (dist > 4) {
          const touched = spans.flatMap(([a, b], i) => (c.start <= b && c.end >= a ? [i] : []));
          if (touched.length === 1) [best, dist] = [touched[0]!, 0];
        }
        if (best >= 0 && dist <= 4) placedHere.push({ text: c.text, col: best, mid });
      }
      // Two labels of one row nearest one column ("合计  基本支出" over 合计 | 基本支出, the labels printed left
      // of their figures: pdftotext counts a wide character as one): the right one, between that column and
      // the next, goes to the next when no label of the row is over it; the left one likewise to the column
      // before.
      for (let i = 0; i + 1 < placedHere.length; i++) {
        const a = placedHere[i]!;
        const b = placedHere[i + 1]!;
        if (a.col !== b.col) continue;
        const k = a.col;
        const taken = (col: number): boolean => placedHere.some((p) => p.col === col);
        if (k + 1 < spans.length && b.mid > spans[k]![1] && b.mid < spans[k + 1]![0] && !taken(k + 1))
          b.col = k + 1;
        else if (k > 0 && a.mid < spans[k]![0] && a.mid > spans[k - 1]![1] && !taken(k - 1)) a.col = k - 1;
      }
      for (const p of placedHere) headerTexts[p.col]!.push(p.text);
      if (table.shape === 'space') loose.push(...placedHere);
      return;
    }
    if (hasFigure || startsRows) seenFigure = true;
    for (let ci = 0; ci < cells.length; ci++) {
      const c = cells[ci]!;
      const text = c.text;
      if (text === '') continue;
      const col = cols[ci]! >= 0 ? cols[ci]! + shift : -1;
      if (isDash(text)) {
        // A zero in a figure column (a row sum reads it as 0); nothing else reads it.
        if (current && col >= 0) (current.dashes ??= []).push(col);
        if (current && current.label !== '') dashed = true;
        continue;
      }
      // A 3/5/7-digit integer followed by a label (the next cell with text) is a 科目 code, not a figure.
      let next = ci + 1;
      if (isCode(text)) while (next < cells.length && cells[next]!.text === '') next++;
      if (
        isCode(text) &&
        next < cells.length &&
        cols[next] === NOT_FIGURE &&
        (!current || current.figures.length > 0 || (codeTable && current.label !== ''))
      ) {
        if (current) {
          items.push(current);
          side++;
        }
        current = { code: text, label: '', line: r.line, figures: [], side, unplaced: 0, excerpt: null };
        dashed = false;
        continue;
      }
      if (cols[ci] !== NOT_FIGURE && col >= 0) {
        if (!current)
          current = { code: null, label: '', line: r.line, figures: [], side, unplaced: 0, excerpt: null };
        // (An item's figures stand left to right: one placed in or left of the column of the one before is
        // misplaced — lines of figures without their columns, as plain pdftotext prints a table.)
        const before = current.figures[current.figures.length - 1];
        if (before && before.col >= col) current.unplaced++;
        else current.figures.push(figureOf(c, col));
        continue;
      }
      if (cols[ci] !== NOT_FIGURE && POINT_OR_COMMA.test(text)) {
        if (!current)
          current = { code: null, label: '', line: r.line, figures: [], side, unplaced: 0, excerpt: null };
        current.unplaced++;
        continue;
      }
      if (text === '-' || text === '—' || text === '/' || text === '…') continue;
      // A rate or a mark in a column not read ("88.03%" under 完成率, "+77.02%", "新增") after the row's
      // figures: a value of the row, not the label of a next item.
      if (current && current.figures.length > 0 && isValueMark(text)) continue;
      if (current && (current.figures.length > 0 || dashed)) {
        items.push(current);
        side++;
        current = null;
      }
      dashed = false;
      // (A code starts with a digit: most labels are not tried.)
      const c0 = text.charCodeAt(0);
      const cl = c0 >= 48 && c0 <= 57 ? CODE_LABEL.exec(text) : null;
      if (!current)
        current = { code: null, label: '', line: r.line, figures: [], side, unplaced: 0, excerpt: null };
      if (cl && !current.label && !current.code) {
        current.code = cl[1]!;
        current.label = cl[2]!.trim();
      } else current.label = `${current.label}${squashSpaces(text)}`;
    }
    if (current) items.push(current);
    for (const it of items) it.side = it.figures[0]?.col ?? -1;
    // A label wrapped onto the next line ("20103 政府办公厅（室）及相关机构事" / "务   1,060.89 …"): one item.
    const prev = rows[rows.length - 1];
    const lone = prev?.items.length === 1 ? prev.items[0]! : null;
    if (
      lone &&
      lone.figures.length === 0 &&
      items[0] &&
      items[0].code === null &&
      (lone.code ? items[0].label.length <= 12 : isLabelTail(lone.label, items[0].label))
    ) {
      items[0] = { ...items[0], code: lone.code, label: `${lone.label}${items[0].label}` };
      rows.pop();
    } else if (prev && items.length === 1) joinRightHalfTail(prev, items);
    rows.push({ line: r.line, items });
  });
  headerIntoEmptyColumn(loose, spans, headerTexts);
  completionWordOverRate(headerTexts);
  const items: TItem[] = [];
  for (const r of rows) for (const i of r.items) items.push(i);
  return {
    table,
    rows,
    headers: headerTexts.map((h) => h.join('')),
    columns: count,
    items,
    columnNames: null,
    claimName: null,
  };
}

/**
 * The right half of a table printed in two halves side by side (人员经费 | 公用经费): its coded label wrapped onto
 * the next line while the left half's row goes on ("30302 退休费  140.00  30231 公务用车运行维护" / "费
 * 36,812.47"). The code without figures, last in the row above, after figures of its own, and the one short label
 * of this line, in a column right of them, are one item.
 */
function joinRightHalfTail(prev: TRowModel, items: TItem[]): void {
  const last = prev.items[prev.items.length - 1];
  const tail = items[0]!;
  if (!last || prev.items.length < 2 || last.code === null || last.figures.length > 0) return;
  if (tail.code !== null || tail.figures.length === 0 || tail.label.length === 0 || tail.label.length > 12)
    return;
  const before = prev.items.slice(0, -1);
  if (before.some((i) => i.figures.length === 0)) return;
  const leftmost = Math.min(...tail.figures.map((f) => f.col));
  if (before.some((i) => i.figures.some((f) => f.col >= leftmost))) return;
  items[0] = { ...tail, code: last.code, label: `${last.label}${tail.label}` };
  prev.items.pop();
}

/** A table's caption line ("编制部门：…", "单位：万元"): not a column's header. */
const TABLE_CAPTION = /^(?:编制(?:部门|单位)|部门|(?:金额)?单位)[:：]/;
/** A caption's "name：value" ("填报单位：…", "序时进度：66.67%"). */
const CAPTION_PAIR = /^[\u4e00-\u9fa5]{2,6}[:：]/;
/** A table's number ("公开05表", "附表2", "表3"). */
const TABLE_NUMBER_CELL = /^(?:部门)?(?:公开|附)?表?[\d一二三四五六七八九十]{1,3}(?:[-—]\d{1,2})?表?$/;

/**
 * A row of the table's caption parts only — its number, the unit that drew it up, its unit — with a number and
 * one other part at least (headerByCount would take them for the columns' labels one by one).
 */
function isCaptionCells(cells: readonly TableCell[]): boolean {
  const texts = cells.map((c) => squashSpaces(c.text)).filter((t) => t !== '');
  // ("填报单位：某厅（盖章）  序时进度：66.67%  金额单位：万元": every cell a name and its value, one a 单位.)
  if (texts.length >= 2 && texts.every((t) => CAPTION_PAIR.test(t)) && texts.some((t) => /单位[:：]/.test(t)))
    return true;
  return (
    texts.length >= 2 &&
    texts.some((t) => TABLE_NUMBER_CELL.test(t) && /表/.test(t)) &&
    texts.every((t) => TABLE_CAPTION.test(t) || (TABLE_NUMBER_CELL.test(t) && /表/.test(t)))
  );
}

/**
 * A header wrapped over several lines, its labels placed by nearness: of the labels over one column ("年初结转和结"
 * / "余", and "本年收入" on another line), the rightmost, right of the column's middle and clearly right of the
 * others, names the next column when no header line names that one (pdftotext counts a wide character as one:
 * labels stand left of their figures).
 */
function headerIntoEmptyColumn(
  loose: readonly { text: string; col: number; mid: number }[],
  spans: readonly [number, number][],
  headerTexts: string[][],
): void {
  for (let k = 0; k + 1 < spans.length; k++) {
    if (headerTexts[k + 1]!.length > 0) continue;
    const over = loose.filter((p) => p.col === k);
    if (over.length < 2) continue;
    const right = over.reduce((a, b) => (b.mid > a.mid ? b : a));
    const [a, b] = spans[k]!;
    if (right.mid <= (a + b) / 2 || right.mid >= spans[k + 1]![0]) continue;
    if (over.some((p) => p !== right && p.mid > right.mid - 3)) continue;
    const at = headerTexts[k]!.indexOf(right.text);
    if (at < 0) continue;
    headerTexts[k]!.splice(at, 1);
    headerTexts[k + 1]!.push(right.text);
  }
}

/**
 * A rate's first words on the header's top line ("完成调整" over "预算%") drifted over the column left of the rate
 * (its 决算): "完成…" opens a rate's label, so it goes to the rate column right of it, whose own words are only
 * the rest of one ("预算%", "（%）").
 */
function completionWordOverRate(headerTexts: string[][]): void {
  for (let k = 0; k + 1 < headerTexts.length; k++) {
    const here = headerTexts[k]!;
    const next = headerTexts[k + 1]!;
    if (here.length < 2 || !/^完成/.test(here[0]!) || RATE_HEADER.test(here.slice(1).join(''))) continue;
    if (!/^(?:预算(?:数)?)?[（(]?[%％][）)]?$/.test(next.join(''))) continue;
    next.unshift(here.shift()!);
  }
}

/**
 * "区动物疫病预防控制中" alone, then "心   0.00 …": the last one or two characters of a long name the cell had no
 * room for, printed with the row's figures (a heading, a 合计 or a 其中 above a row is no such name).
 */
function isLabelTail(lone: string, tail: string): boolean {
  return (
    /^[\u4e00-\u9fa5]{1,2}$/.test(tail) &&
    /^[\u4e00-\u9fa5（）()“”]{6,}$/.test(lone) &&
    !/^(?:其中|合计|总计|小计|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[）)])/.test(lone)
  );
}

/**
 * A header row whose last cells are one label per figure column, each left of its column's right edge and
 * right of the column before ("本年收入合计  财政拨款收入  事业收入" printed left of their figures: pdftotext
 * counts a wide character as one), the cells before them left of the first column: each label to its
 * column, in order (added to `headerTexts`). False, nothing added, when the row is not so.
 */
function headerInOrder(
  cells: readonly TableCell[],
  spans: readonly [number, number][],
  headerTexts: string[][],
): boolean {
  const n = spans.length;
  const labels = cells.filter((c) => c.text !== '');
  if (n < 2 || labels.length < n) return false;
  const last = labels.slice(labels.length - n);
  const before = labels[labels.length - n - 1];
  if (before && before.end >= spans[0]![0]) return false;
  for (let k = 0; k < n; k++) {
    const mid = (last[k]!.start + last[k]!.end) / 2;
    if (mid > spans[k]![1] || (k > 0 && mid <= spans[k - 1]![1])) return false;
  }
  last.forEach((c, k) => headerTexts[k]!.push(c.text));
  return true;
}

/** A label of a column header: Chinese words, with a year or a bracketed unit ("2024年预算数", "增减率（%）"). */
// (A label may open with its period: "1—6月执行", "1-9月支出".)
const HEADER_WORD =
  /^(?=.*[\u4e00-\u9fa5])(?:\d{1,2}[—–\-－~～至]+\d{1,2}月)?[^\d\s]*(?:\d{4}\s*年[^\d\s]*){0,2}$/;

/**
 * The header row's cells with each cell of several labels one space apart split into its labels (positions
 * kept; `asPrinted`: each where its characters are, not moved right by the width of Chinese words); null when
 * no cell is such. Only labels of Chinese words are split (a label "本年 决算数" would be two:
 * headerInOrder / headerByCount then find one label too many and the row is read as before).
 */
export function splitLabels(cells: readonly TableCell[], asPrinted = false): TableCell[] | null {
  let out: TableCell[] | null = null;
  cells.forEach((c, ci) => {
    const words = c.text.includes(' ') ? c.text.split(' ') : null;
    if (!words || words.length < 2 || !words.every((w) => HEADER_WORD.test(w))) {
      out?.push(c);
      return;
    }
    out ??= cells.slice(0, ci);
    // pdftotext sets the labels of one run one character apart whatever their width: a label after Chinese
    // words stands as far right as those words are wide (a Chinese character two columns), where it was drawn.
    let at = c.start;
    for (const w of words) {
      out.push({ ...c, text: w, start: at, end: at + w.length });
      at += (asPrinted ? w.length : displayWidth(w)) + 1;
    }
  });
  return out;
}

/**
 * A header row of exactly one label per figure column after the labels of the item column (at most two, each
 * ending left of the first figure column): each label to its column, in order. pdftotext counts a wide
 * character as one, so a header of Chinese labels drifts left of its columns and is read by order, not by
 * position. False, nothing added, when the row is not so.
 */
function headerByCount(
  cells: readonly TableCell[],
  spans: readonly [number, number][],
  headerTexts: string[][],
): boolean {
  const labels = cells.filter((c) => c.text !== '');
  const joined = withBracketsJoined(labels);
  // ("（%）" alone may also be a column's own label, under "完成预算" on the line above: then as printed.)
  return (
    labelsByCount(joined, spans, headerTexts) ||
    (joined !== labels &&
      labels.some((c) => /^[（(][%％][）)]$/.test(c.text)) &&
      labelsByCount(labels, spans, headerTexts))
  );
}

function labelsByCount(
  all: readonly TableCell[],
  spans: readonly [number, number][],
  headerTexts: string[][],
): boolean {
  const n = spans.length;
  let labels = all;
  // A last label past the figures names a column of words right of them ("绩效目标偏差（是/否）", "备注").
  const last = labels[labels.length - 1];
  if (n >= 2 && last && last.end > spans[n - 1]![1] + 4 && labels.length > n) labels = labels.slice(0, -1);
  const lead = labels.length - n;
  // (More than two when they are the item column's own words: "类 款项 科目名称", a code split in its levels.)
  if (
    n < 2 ||
    lead < 0 ||
    (lead > 2 && (lead > 4 || !labels.slice(0, lead).every((c) => ITEM_HEAD.test(c.text))))
  )
    return false;
  for (let k = 0; k < lead; k++) if (labels[k]!.end >= spans[0]![0]) return false;
  // The first column's label reaches over its figures (labels left of every figure name the rows: 类 款 项).
  if (labels[lead]!.end < spans[0]![0]) return false;
  // The last label ends within the last column's reach (not a title or a note beside the table).
  if (labels[labels.length - 1]!.end > spans[n - 1]![1] + 4) return false;
  labels.slice(lead).forEach((c, k) => headerTexts[k]!.push(c.text));
  return true;
}

/** Labels with a label of a bracket alone ("（是/否）", "（%）" wrapped under its words) joined to the one before. */
function withBracketsJoined(labels: TableCell[]): TableCell[] {
  // (One such label only: a line of units under the labels, "（元） （元） 数% （元）", is a header line of its own.)
  const alone = labels.filter((c) => BRACKET_ALONE.test(c.text));
  if (alone.length !== 1 || labels[0] === alone[0]) return labels;
  const out: TableCell[] = [];
  for (const c of labels) {
    const prev = out[out.length - 1];
    if (prev && BRACKET_ALONE.test(c.text))
      out[out.length - 1] = { ...prev, text: prev.text + c.text, end: c.end };
    else out.push(c);
  }
  return out;
}

const BRACKET_ALONE = /^[（(][^（()）]{1,8}[）)]$/;

/**
 * A header row without the item-column words set right of the first figure column's start ("项目" of a 总表's
 * 支出 half, beside the 收入 half's 决算数): they name the next half's items, never a figure column.
 */
function withoutSideHeads(
  cells: readonly TableCell[],
  spans: readonly [number, number][],
): readonly TableCell[] {
  const from = spans[0]?.[0];
  if (from === undefined) return cells;
  const out = cells.filter((c) => !(c.start > from && ITEM_HEAD.test(squashSpaces(c.text))));
  return out.length === cells.length ? cells : out;
}

/**
 * A line of exactly one label per figure column, right of the item column's own words, but set off its columns
 * (shifted a column's width right: "合计" over 基本支出's figures, "项目支出" past the last): one label per column in
 * order — placed by nearness, the first column would go without its label and each other take its neighbour's.
 * Only three columns or more, each label starting at or right of its column's start (the first right of it, and
 * ending before the second column does).
 */
function headerShifted(
  cells: readonly TableCell[],
  spans: readonly [number, number][],
  headerTexts: string[][],
): boolean {
  const n = spans.length;
  const labels = cells.filter((c) => c.text !== '' && !TABLE_CAPTION.test(c.text));
  const own = labels.filter((c) => !ITEM_HEAD.test(squashSpaces(c.text)));
  // (The item column's words first, then the n labels: none of the item words after a column label.)
  if (n < 3 || own.length !== n || labels.slice(-n).some((c) => own.indexOf(c) < 0)) return false;
  const first = own[0]!;
  if (first.start <= spans[0]![0] || first.end > spans[1]![1]) return false;
  if (own.some((c, k) => c.start < spans[k]![0])) return false;
  own.forEach((c, k) => headerTexts[k]!.push(c.text));
  return true;
}

/**
 * A header of one label per cell of the rows below — "序号 项目名称 主管部门 全年预算数 执行数 执行率 自评得分 等级" over
 * rows of eight cells — set off its columns (typed with other spaces than the rows): the k-th label names the
 * column of every row's k-th cell. Only when four rows of five with figures print as many cells as the header
 * labels (three at least), each k-th cell in one column, and every column they fill so gets one label.
 */
function headerByRowCells(
  cells: readonly TableCell[],
  table: TableBlock,
  columns: readonly number[][],
  ri: number,
  count: number,
  headerTexts: string[][],
): boolean {
  let labels = cells.filter((c) => c.text !== '');
  // (Row numbers are taken off the rows before: so is their label.)
  const numbered = labels[0] && /^(?:序号|编号)$/.test(labels[0].text);
  const cellsOf = (r: TableRow): number => r.cells.filter((c) => c.text !== '').length;
  if (numbered && table.rows.slice(ri + 1).some((r) => cellsOf(r) === labels.length - 1))
    labels = labels.slice(1);
  const n = labels.length;
  // (The header's last line, right above the first row with figures.)
  if (n < 3 || !columns[ri + 1]?.some((c) => c >= 0)) return false;
  const body = table.rows.flatMap((r, i) =>
    i > ri && columns[i]!.some((c) => c >= 0)
      ? [
          {
            cols: columns[i]!.filter((_, ci) => r.cells[ci]!.text !== ''),
            n: cellsOf(r),
          },
        ]
      : [],
  );
  const same = body.filter((b) => b.n === n);
  if (same.length < 3 || same.length * 5 < body.length * 4) return false;
  const colAt: number[] = [];
  for (let k = 0; k < n; k++) {
    const at = new Set(same.map((b) => b.cols[k]!));
    if (at.size !== 1) return false;
    colAt.push([...at][0]!);
  }
  // (Every column these rows fill gets its one label; a column only a dash of another row opens goes without.)
  const figureCols = colAt.filter((c) => c >= 0);
  const filled = new Set(same.flatMap((b) => b.cols.filter((c) => c >= 0)));
  if (
    new Set(figureCols).size !== figureCols.length ||
    figureCols.length !== filled.size ||
    filled.size > count
  )
    return false;
  // (A label over a column of words names words: not an amount's, a count's or a score's.)
  if (
    labels.some((c, k) => colAt[k]! < 0 && /[数额率]$|合计|收入|支出|结余|结转|金额|得分|分值/.test(c.text))
  )
    return false;
  labels.forEach((c, k) => {
    if (colAt[k]! >= 0) headerTexts[colAt[k]!]!.push(c.text);
  });
  return true;
}

/** A label of the item column: the 科目 code's levels, its name, a row number. */
const ITEM_HEAD =
  /^(?:类|款|项|款项|类款项|科目编码|科目名称|功能分类科目编码|经济分类科目编码|项目|编码|名称|序号|栏次)$/;

/** The items of a table, row by row (shared: not to be changed). */
export function itemsOf(model: TableModel): readonly TItem[] {
  return model.items;
}

/** A figure of an item by column (its first in that column); blank cells read as 0 when the column exists. */
export function figureAt(item: TItem, col: number): TFigure | null {
  // A row holds a dozen figures at most: a scan is cheaper than any index.
  for (const f of item.figures) if (f.col === col) return f;
  return null;
}

/** Whether every figure of these items found its column (else no sum over them is judged). */
export function placed(...items: ReadonlyArray<TItem | null | undefined>): boolean {
  return items.every((i) => !i || i.unplaced === 0);
}

/** `text.replace(/\s+/g, '')`: most labels and headers hold no space, and are not copied nor matched. */
export function squashSpaces(text: string): string {
  for (let i = 0; i < text.length; i++) if (isWhite(text.charCodeAt(i))) return text.replace(/\s+/g, '');
  return text;
}

/** Whether a label starts with a Chinese ordinal (一 … 十): the cheap test before ORDINAL-like patterns. */
export function startsWithCjkOrdinal(text: string): boolean {
  return text.length > 0 && CJK_ORDINALS.includes(text.charAt(0));
}

/** Label without its ordinal ("一、"), spaces and 科目 markers. */
export function canonicalLabel(label: string): string {
  let s = squashSpaces(label);
  // Each marker only tried when the label starts as it does (most labels start with none).
  if (CJK_ORDINALS.includes(s.charAt(0))) s = s.replace(/^[一二三四五六七八九十]+[、.．]/, '');
  if (s.startsWith('（') || s.startsWith('(')) s = s.replace(/^[（(][一二三四五六七八九十\d]+[）)]/, '');
  if (s.charCodeAt(0) >= 48 && s.charCodeAt(0) <= 57) s = s.replace(/^\d+[、.．]/, '');
  // "其中：（1）公务用车购置费", "其中：1.公务用车购置费": the number after 其中 as well.
  if (s.startsWith('其中'))
    s = s.replace(/^(其中[：:])(?:[（(][一二三四五六七八九十\d]+[）)]|\d{1,2}[、.．](?!\d))/, '$1');
  return s;
}
const CJK_ORDINALS = '一二三四五六七八九十';
