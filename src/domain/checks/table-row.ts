/** A row of a table as the layout reads it (layout.ts; plain-tables.ts builds them too, below layout). */

/** A table cell; `text` is trimmed (every shape's reader trims it). */
export type TableCell = { text: string; line: number; start: number; end: number };
export type TableRow = { line: number; cells: TableCell[] };
