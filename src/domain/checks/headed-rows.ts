/**
 * A table read under its header row: the header (a cell wrapped onto the next line — "全年预计" / "支出" —
 * completed by that line when it holds no figure) and a way to put each row's cells under it: space-aligned
 * rows by alignRow, tab-separated and Markdown rows cell by cell when they have as many cells as the header.
 */
import type { TableBlock, TableCell, TableRow } from './layout.ts';
import { alignRow } from './table-rules.ts';
import type { Row } from './tables.ts';

export type Headed = {
  header: TableCell[];
  /** Index of the first row below the header. */
  from: number;
  align: (header: readonly TableCell[], row: TableRow) => Row | null;
};

export function headedRows(block: TableBlock, isHeader: (row: TableRow) => boolean): Headed | null {
  const align =
    block.shape === 'space'
      ? alignRow
      : (head: readonly TableCell[], r: TableRow): Row | null =>
          r.cells.length === head.length
            ? { cells: r.cells.map((c) => ({ text: c.text, line: c.line })), line: r.line }
            : null;
  const h = block.rows.findIndex(isHeader);
  if (h < 0) return null;
  let header: TableCell[] = block.rows[h]!.cells;
  let from = h + 1;
  const next = block.rows[from];
  const rest = next ? align(header, next) : null;
  if (rest && !rest.cells.some((c) => /\d/.test(c.text))) {
    header = header.map((c, i) => ({ ...c, text: `${c.text}${rest.cells[i]!.text}` }));
    from++;
  }
  return { header, from, align };
}
