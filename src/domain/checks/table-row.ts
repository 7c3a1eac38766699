/** A row of a table as the layout reads it (layout.ts; plain-tables.ts builds them too, below layout). */

/** A table cell; `text` is trimmed (every shape's reader trims it). */
export type TableCell = { text: string; line: number; start: number; end: number };
export type TableRow = { line: number; cells: TableCell[] };

/**
 * A row's cells' texts with their white space removed ("一级 指标" → "一级指标"), the empty ones left out: how
 * the score rules read a row when they look for their header.
 */
export function squashedCells(row: TableRow): string[] {
  const out: string[] = [];
  for (const c of row.cells) {
    // (Most cells hold no white space: not copied.)
    const t = /\s/.test(c.text) ? c.text.replace(/\s+/g, '') : c.text;
    if (t !== '') out.push(t);
  }
  return out;
}
