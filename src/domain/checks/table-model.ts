/**
 * Figures of a table: each row split into items (a 科目 code and label followed by its figures; a 总表 row
 * holds two items side by side), each figure with its column and that column's header text.
 * Space-aligned columns are found by clustering the right edges of the figures (numbers are right-aligned);
 * tab-separated and Markdown tables use the cell index. Blank cells in a figure column read as 0.
 */
import type { TableBlock, TableCell } from './layout.ts';

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
};
export type TRowModel = { line: number; items: TItem[] };
export type TableModel = {
  table: TableBlock;
  rows: TRowModel[];
  /** Header text of each figure column (columns numbered left to right). */
  headers: string[];
  columns: number;
};

const FIGURE = /^[-−]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const CODE = /^(\d{3}|\d{5}|\d{7})$/;

/** A 3/5/7-digit 科目 code (the length first: most cells are not). */
function isCode(text: string): boolean {
  return (text.length === 3 || text.length === 5 || text.length === 7) && CODE.test(text);
}
const CODE_LABEL = /^(\d{3}|\d{5}|\d{7})\s*([^\d\s].*)$/;

const SPACE = /\s/;

export function isFigure(text: string): boolean {
  // Every figure starts with a digit, a sign or a space: most label cells are refused without a copy.
  const c = text.charCodeAt(0);
  if (!((c >= 48 && c <= 57) || c === 45 || c === 0x2212 || SPACE.test(text[0] ?? ''))) return false;
  return FIGURE.test(SPACE.test(text) ? text.replace(/\s/g, '') : text);
}

function figureOf(cell: TableCell, col: number): TFigure {
  // Most figures are printed plain ("1060.89"): copied only when there is something to drop.
  const t = /[\s,−]/.test(cell.text) ? cell.text.replace(/[\s,]/g, '').replace('−', '-') : cell.text;
  // A figure cell holds at most one point (isFigure).
  const point = t.indexOf('.');
  return { value: t, places: point < 0 ? 0 : t.length - point - 1, col, line: cell.line, text: cell.text };
}

/** Column index of each figure cell: clusters of right edges (space tables) or the cell index. */
function columnsOf(table: TableBlock): {
  colOf: (cell: TableCell) => number;
  count: number;
  spans: [number, number][];
} {
  if (table.shape !== 'space') {
    const count = Math.max(0, ...table.rows.map((r) => r.cells.length));
    return {
      colOf: (c) => c.start,
      count,
      spans: Array.from({ length: count }, (_, i) => [i, i + 1] as [number, number]),
    };
  }
  // Columns from the rows that print every figure (a 决算 table prints 0.00 in empty cells): the k-th
  // figure of such a row is column k. Other rows' figures go to the column whose right edges are nearest.
  const figureRows = table.rows
    .map((r) => r.cells.filter((c) => isFigure(c.text) && !isCodeLike(c, r.cells)))
    .filter((f) => f.length > 0);
  if (figureRows.length === 0) return { colOf: () => -1, count: 0, spans: [] };
  const counts = new Map<number, number>();
  for (const f of figureRows) counts.set(f.length, (counts.get(f.length) ?? 0) + 1);
  const max = Math.max(...counts.keys());
  const complete = figureRows.filter((f) => f.length === max);
  const ranges = Array.from({ length: max }, (_, k) => {
    const ends = complete.map((f) => f[k]!.end);
    const starts = complete.map((f) => f[k]!.start);
    return { lo: Math.min(...ends), hi: Math.max(...ends), start: Math.min(...starts) };
  });
  // Overlapping ranges mean the complete rows do not line up: no reliable columns.
  for (let k = 1; k < ranges.length; k++)
    if (ranges[k]!.lo <= ranges[k - 1]!.hi) return { colOf: () => -1, count: 0, spans: [] };
  // Each cell's column, once (the model asks for it several times per cell).
  const completeCells = new Map<TableCell, number>();
  for (const f of complete) f.forEach((c, k) => completeCells.set(c, k));
  return {
    colOf: (c) => {
      const known = completeCells.get(c);
      if (known !== undefined) return known;
      const col = nearestColumn(c);
      completeCells.set(c, col);
      return col;
    },
    count: max,
    spans: ranges.map((k) => [k.start, k.hi] as [number, number]),
  };
  function nearestColumn(c: TableCell): number {
    let best = -1;
    let dist = Infinity;
    ranges.forEach((k, i) => {
      const d = c.end < k.lo ? k.lo - c.end : c.end > k.hi ? c.end - k.hi : 0;
      if (d < dist) [best, dist] = [i, d];
    });
    // Between two columns' edges, the cell is ambiguous.
    const second = ranges
      .map((k, i) => (i === best ? Infinity : c.end < k.lo ? k.lo - c.end : c.end > k.hi ? c.end - k.hi : 0))
      .reduce((a, b) => Math.min(a, b), Infinity);
    return dist <= 4 && second > dist + 1 ? best : -1;
  }
}

/** A 科目 code in a space-aligned row: a 3/5/7-digit integer followed by a label. */
function isCodeLike(c: TableCell, cells: readonly TableCell[]): boolean {
  if (!isCode(c.text)) return false;
  const next = cells[cells.indexOf(c) + 1];
  return next !== undefined && !isFigure(next.text);
}

export function tableModel(table: TableBlock): TableModel {
  const { colOf, count, spans } = columnsOf(table);
  const rows: TRowModel[] = [];
  // A table with a 科目编码 column: a 3/5/7-digit integer after a label starts the next item (two code
  // columns side by side); elsewhere ("年初结转和结余 400 年末结转和结余") it is a figure.
  const codeTable = table.rows.slice(0, 8).some((r) => r.cells.some((c) => /编码|代码/.test(c.text)));
  const headerTexts: string[][] = Array.from({ length: count }, () => []);
  let seenFigure = false;
  for (const r of table.rows) {
    const items: TItem[] = [];
    let current: TItem | null = null;
    let side = 0;
    // (Cell texts are trimmed: see TableCell.)
    const cells = r.cells.filter((c) => c.text !== '');
    // Whether each cell is a figure, read once (an empty cell never is).
    const figure = cells.map((c) => isFigure(c.text));
    const hasFigure = cells.some((c, ci) => figure[ci]! && colOf(c) >= 0);
    // A typed table's 合计 row without its empty 编码 cell ("合计\t9,860.39\t…" under "科目编码\t科目名称\t合计…"):
    // its cells are one column further right.
    const shift =
      table.shape !== 'space' &&
      codeTable &&
      r.cells.length === count - 1 &&
      r.cells[0]!.text !== '' &&
      !isCode(r.cells[0]!.text) &&
      !figure[0]
        ? 1
        : 0;
    if (!hasFigure && !seenFigure) {
      // A header row: its labels go to the figure columns they sit over.
      for (const c of r.cells) {
        if (!c.text) continue;
        if (table.shape !== 'space') {
          if (c.start < count) headerTexts[c.start]!.push(c.text);
          continue;
        }
        const mid = (c.start + c.end) / 2;
        let best = -1;
        let dist = Infinity;
        spans.forEach(([a, b], i) => {
          const d = mid < a ? a - mid : mid > b ? mid - b : 0;
          if (d < dist) [best, dist] = [i, d];
        });
        if (best >= 0 && dist <= 4) headerTexts[best]!.push(c.text);
      }
      continue;
    }
    if (hasFigure) seenFigure = true;
    for (let ci = 0; ci < cells.length; ci++) {
      const c = cells[ci]!;
      const text = c.text;
      const col = colOf(c) + (shift && colOf(c) >= 0 ? shift : 0);
      const nextText = cells[ci + 1]?.text ?? '';
      // A 3/5/7-digit integer followed by a label is a 科目 code, not a figure.
      if (
        isCode(text) &&
        nextText !== '' &&
        !figure[ci + 1] &&
        (!current || current.figures.length > 0 || (codeTable && current.label !== ''))
      ) {
        if (current) {
          items.push(current);
          side++;
        }
        current = { code: text, label: '', line: r.line, figures: [], side, unplaced: 0 };
        continue;
      }
      if (figure[ci] && col >= 0) {
        if (!current) current = { code: null, label: '', line: r.line, figures: [], side, unplaced: 0 };
        current.figures.push(figureOf(c, col));
        continue;
      }
      if (figure[ci] && /[.,]/.test(text)) {
        if (!current) current = { code: null, label: '', line: r.line, figures: [], side, unplaced: 0 };
        current.unplaced++;
        continue;
      }
      if (text === '-' || text === '—' || text === '/' || text === '…') continue;
      if (current && current.figures.length > 0) {
        items.push(current);
        side++;
        current = null;
      }
      const cl = CODE_LABEL.exec(text);
      if (!current) current = { code: null, label: '', line: r.line, figures: [], side, unplaced: 0 };
      if (cl && !current.label && !current.code) {
        current.code = cl[1]!;
        current.label = cl[2]!.trim();
      } else current.label = `${current.label}${text.replace(/\s+/g, '')}`;
    }
    if (current) items.push(current);
    for (const it of items) it.side = it.figures[0]?.col ?? -1;
    // A label wrapped onto the next line ("20103 政府办公厅（室）及相关机构事" / "务   1,060.89 …"): one item.
    const prev = rows[rows.length - 1];
    const lone = prev?.items.length === 1 ? prev.items[0]! : null;
    if (
      lone &&
      lone.figures.length === 0 &&
      lone.code &&
      items[0] &&
      items[0].code === null &&
      items[0].label.length <= 12
    ) {
      items[0] = { ...items[0], code: lone.code, label: `${lone.label}${items[0].label}` };
      rows.pop();
    }
    rows.push({ line: r.line, items });
  }
  return { table, rows, headers: headerTexts.map((h) => h.join('')), columns: count };
}

/** The items of a table, row by row. */
export function itemsOf(model: TableModel): TItem[] {
  const out: TItem[] = [];
  for (const r of model.rows) for (const i of r.items) out.push(i);
  return out;
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

/** Label without its ordinal ("一、"), spaces and 科目 markers. */
export function canonicalLabel(label: string): string {
  return label
    .replace(/\s+/g, '')
    .replace(/^[一二三四五六七八九十]+[、.．]/, '')
    .replace(/^[（(][一二三四五六七八九十\d]+[）)]/, '')
    .replace(/^\d+[、.．]/, '');
}
