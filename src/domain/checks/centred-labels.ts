/**
 * A row's label wrapped around its figures. LibreOffice centres a cell's lines on its row, so `pdftotext -layout`
 * prints a two-line name above and below the line of the row's figures, which then has no label:
 *
 *       农业产业化龙头企业扶持资
 *   2                3,850.00   2,905.44   75.47%
 *       金
 *
 * Such a row (its ordinal, then figures — or another column of words — with exactly its label missing) takes the pieces: as many lines of words only
 * right above it as right below it, each within the label's column. A run of such lines between two rows both
 * missing their label is split in half. Any other row is left as it is.
 */
import type { TableCell, TableRow } from './table-row.ts';

const FIGURE = /^[-−]?\d{1,3}(?:,\d{3})*(?:\.\d+)?\s*[%％]?$|^[-−]?\d+(?:\.\d+)?\s*[%％]?$/;
const ORDINAL = /^(?:\d{1,3}|[一二三四五六七八九十]{1,3})[、.．]?$/;

/** The label column's place: a piece starts at or after `from` and before `to`. */
export type LabelPlace = { from: number; to: number; ordinal: boolean };

/**
 * The rows with the pieces of a centred label joined into their row (the pieces' lines left out). `width`: the
 * labels of the header; `place`: where the label column lies. The rows as given when a piece's line cannot be
 * told to belong to one row.
 */
export function joinCentredLabels(rows: readonly TableRow[], width: number, place: LabelPlace): TableRow[] {
  const cellsOf = (r: TableRow) => r.cells.filter((c) => c.text.trim() !== '');
  const hasFigure = (r: TableRow) => cellsOf(r).some((c) => FIGURE.test(c.text.trim()));
  const isPiece = (r: TableRow) => {
    const cells = cellsOf(r);
    return (
      cells.length > 0 &&
      !hasFigure(r) &&
      cells.every((c) => c.start >= place.from && c.start < place.to && /[\u4e00-\u9fa5]/.test(c.text))
    );
  };
  const unlabelled = (r: TableRow) => {
    const cells = cellsOf(r);
    if (cells.length !== width - 1) return false;
    const k = place.ordinal ? 1 : 0;
    if (place.ordinal && !ORDINAL.test(cells[0]!.text.trim())) return false;
    // (Figures next; or, in a table with another column of words after the label — a 主管部门 —, no cell in the
    // label's column.)
    return (
      FIGURE.test(cells[k]?.text.trim() ?? '') ||
      (place.ordinal && cells.length > 2 && !cells.some((c) => c.start >= place.from && c.start < place.to))
    );
  };
  const figureAt = rows.flatMap((r, i) => (hasFigure(r) ? [i] : []));
  if (!figureAt.some((i) => unlabelled(rows[i]!))) return [...rows];
  const above = new Map<number, number[]>();
  const below = new Map<number, number[]>();
  // Each run of lines between two rows of figures (or before the first, after the last).
  const bounds = [-1, ...figureAt, rows.length];
  for (let b = 0; b + 1 < bounds.length; b++) {
    const lo = bounds[b]!;
    const hi = bounds[b + 1]!;
    const run = Array.from({ length: hi - lo - 1 }, (_, k) => lo + 1 + k);
    if (run.length === 0) continue;
    if (!run.every((i) => isPiece(rows[i]!))) continue;
    const up = lo >= 0 && unlabelled(rows[lo]!);
    const down = hi < rows.length && unlabelled(rows[hi]!);
    if (up && down) {
      if (run.length % 2 !== 0) continue;
      below.set(lo, run.slice(0, run.length / 2));
      above.set(hi, run.slice(run.length / 2));
    } else if (up) below.set(lo, run);
    else if (down) above.set(hi, run);
  }
  const used = new Set<number>();
  const out = new Map<number, TableRow>();
  for (const i of figureAt) {
    const a = above.get(i) ?? [];
    const b = below.get(i) ?? [];
    if (!unlabelled(rows[i]!) || a.length === 0 || a.length !== b.length) continue;
    const pieces = [...a, ...b].flatMap((k) => cellsOf(rows[k]!));
    const label: TableCell = {
      text: pieces.map((c) => c.text.trim()).join(''),
      start: Math.min(...pieces.map((c) => c.start)),
      end: Math.max(...pieces.map((c) => c.end)),
      line: rows[i]!.line,
    };
    const cells = cellsOf(rows[i]!);
    const k = place.ordinal ? 1 : 0;
    out.set(i, { line: rows[i]!.line, cells: [...cells.slice(0, k), label, ...cells.slice(k)] });
    for (const p of [...a, ...b]) used.add(p);
  }
  return rows.flatMap((r, i) => (used.has(i) ? [] : [out.get(i) ?? r]));
}
