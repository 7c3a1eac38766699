/**
 * Rows of a -layout 自评表 indicator part whose header sits off its columns, and indicator rows wrapped over
 * two lines (table-rules.ts reads the parts).
 *
 * - A header printed narrower than its rows ("一级指标 二级指标 三级指标 分值 年度指标值 实际完成值 得分 偏差原因分析"
 *   in a proportional font, pdftotext setting each Chinese character one column wide while the figures below keep
 *   their places): a 得分 falls under 偏差原因分析. The rows that fill every column tell where the columns are.
 * - An indicator wrapped so that its 分值 ends one line and its 得分 the next ("水质监测点位数量 15" above "（处）
 *   （处） 15 无"): one indicator.
 */
import type { TableCell, TableRow } from './layout.ts';
import { PURE_NUMBER, type Row } from './tables.ts';

type Span = { start: number; end: number };

/** The header cell a cell sits under: the most overlap, else the nearest edge (as alignRow places it). */
function under(header: readonly Span[], c: Span): number {
  let best = -1;
  let bestScore = -Infinity;
  header.forEach((h, i) => {
    const overlap = Math.min(c.end, h.end) - Math.max(c.start, h.start);
    const score = overlap > 0 ? overlap : overlap - 0.5;
    if (score > bestScore) [bestScore, best] = [score, i];
  });
  return best;
}

/**
 * The header re-placed over the columns its rows show: when two rows or more fill every header cell (one cell
 * each, in order) and one of them has a cell under another header cell than its own, each header cell takes
 * the span of the cells these rows print under it. Null when the header places its rows right, or when the
 * spans so found overlap from the `firstFigure` column on (the figure columns must stay apart; the label
 * columns' words may run into each other). Only the positions change; the texts are the header's.
 */
export function headerByRows(
  header: readonly TableCell[],
  rows: readonly TableRow[],
  firstFigure: number,
): TableCell[] | null {
  if (header.length < 4 || firstFigure < 1) return null;
  const full = rows
    .map((r) => r.cells.filter((c) => c.text.trim() !== ''))
    .filter((cells) => cells.length === header.length);
  if (full.length < 2) return null;
  if (!full.some((cells) => cells.some((c, i) => under(header, c) !== i))) return null;
  const spans = header.map((h, i) => ({
    ...h,
    start: Math.min(...full.map((cells) => cells[i]!.start)),
    end: Math.max(...full.map((cells) => cells[i]!.end)),
  }));
  for (let i = firstFigure; i < spans.length; i++) if (spans[i]!.start < spans[i - 1]!.end) return null;
  // Each of these rows is then placed cell by cell (not only by its order).
  if (full.some((cells) => cells.some((c, i) => i >= firstFigure && under(spans, c) !== i))) return null;
  return spans;
}

/**
 * Indicator rows wrapped over two lines joined: a row printing a 分值 but no 得分, followed by a row with a 得分
 * but no 分值 and nothing in the label columns (before the 分值 column); their cells never in the same
 * column. Rows of another width are left as they are.
 */
export function joinWrapped(rows: readonly Row[], weightCol: number, scoreCol: number): Row[] {
  const out: Row[] = [];
  const text = (r: Row, i: number): string => r.cells[i]?.text.trim() ?? '';
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const next = rows[k + 1];
    if (
      next &&
      next.cells.length === row.cells.length &&
      PURE_NUMBER.test(text(row, weightCol)) &&
      text(row, scoreCol) === '' &&
      text(next, weightCol) === '' &&
      PURE_NUMBER.test(text(next, scoreCol)) &&
      next.cells.slice(0, weightCol).every((c) => c.text.trim() === '') &&
      row.cells.every((c, i) => c.text.trim() === '' || text(next, i) === '')
    ) {
      out.push({
        cells: row.cells.map((c, i) => (c.text.trim() === '' ? next.cells[i]! : c)),
        line: row.line,
      });
      k++;
      continue;
    }
    out.push(row);
  }
  return out;
}
