/**
 * Reads tables out of extracted text in the three shapes documents arrive in: Markdown tables,
 * tab-separated rows (XLSX, chart data), and one cell per line starting with a tab (Word tables
 * flattened, rows separated by blank lines — the seeds' shape). Cells keep their line numbers.
 */
export type Cell = { text: string; line: number };
export type Row = { cells: Cell[]; line: number };
export type Table = { rows: Row[]; shape: 'markdown' | 'tsv' | 'cell-lines' };

const MD_SEPARATOR = /^\|[\s\-:|]+\|?\s*$/;

function stripHtml(text: string): string {
  // Most cells hold one word or figure: nothing to replace or trim.
  if (!/\s|</.test(text)) return text;
  return text
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<\/?p>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Tables already read, by the lines array they were read from (several rules read the same document's). */
const cache = new WeakMap<readonly string[], readonly Table[]>();

/**
 * The tables of `lines`. The result is shared between the callers reading the same lines array: it must
 * not be changed (nor the array after the first call).
 */
export function readTables(lines: readonly string[]): readonly Table[] {
  let tables = cache.get(lines);
  if (!tables) {
    tables = read(lines);
    cache.set(lines, tables);
  }
  return tables;
}

function read(lines: readonly string[]): Table[] {
  const tables: Table[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    // (The cheap test first: most lines hold no '|' and no tab.)
    if (line.includes('|') && line.trimStart().startsWith('|')) {
      const rows: Row[] = [];
      let width = -1;
      while (i < lines.length) {
        const l = lines[i]!;
        if (l.trimStart().startsWith('|')) {
          if (!MD_SEPARATOR.test(l.trim())) {
            const parts = l
              .trim()
              .replace(/^\|/, '')
              .replace(/\|\s*$/, '')
              .split('|');
            if (width < 0) width = parts.length;
            rows.push({ line: i, cells: parts.map((p) => ({ text: stripHtml(p), line: i })) });
          }
          i++;
          continue;
        }
        // A Markdown table broken by one or two blank lines continues.
        let j = i;
        while (j < lines.length && j - i < 2 && lines[j]!.trim() === '') j++;
        if (j > i && j < lines.length && lines[j]!.trimStart().startsWith('|')) {
          i = j;
          continue;
        }
        break;
      }
      tables.push({ rows, shape: 'markdown' });
      continue;
    }
    if (line.startsWith('\t') && !/\S\t/.test(line)) {
      const rows: Row[] = [];
      while (i < lines.length) {
        if (lines[i]!.trim() === '' && !lines[i]!.startsWith('\t')) {
          // Blank line: a row separator, unless the table ends here.
          let j = i;
          while (j < lines.length && lines[j]!.trim() === '' && !lines[j]!.startsWith('\t')) j++;
          if (j < lines.length && lines[j]!.startsWith('\t') && !/\S\t/.test(lines[j]!)) {
            i = j;
            continue;
          }
          break;
        }
        const row: Row = { line: i, cells: [] };
        while (i < lines.length && !(lines[i]!.trim() === '' && !lines[i]!.startsWith('\t'))) {
          const l = lines[i]!;
          if (l.startsWith('\t') && !/\S\t/.test(l)) row.cells.push({ text: l.trim(), line: i });
          else if (row.cells.length > 0) {
            const last = row.cells[row.cells.length - 1]!;
            last.text = `${last.text}${l.trim()}`;
          } else break;
          i++;
        }
        if (row.cells.length === 0) break;
        rows.push(row);
      }
      tables.push({ rows, shape: 'cell-lines' });
      continue;
    }
    if (line.includes('\t') && (/\S\t/.test(line) || /\t\S/.test(line.trimStart()))) {
      const rows: Row[] = [];
      // A row of the same width continues the table even when only its last cell, or no cell, has text
      // (an empty row under a DOCX table's title, slots covered by merged cells).
      const sameWidth = (l: string): boolean =>
        rows.length > 0 &&
        l.includes('\t') &&
        l.split('\t').length === rows[rows.length - 1]!.cells.length &&
        rows[rows.length - 1]!.cells.length >= 3;
      while (
        i < lines.length &&
        (/\S\t/.test(lines[i]!) || /\t\S/.test(lines[i]!.trimStart()) || sameWidth(lines[i]!))
      ) {
        const l = lines[i]!;
        rows.push({ line: i, cells: l.split('\t').map((t) => ({ text: t.trim(), line: i })) });
        i++;
      }
      tables.push({ rows, shape: 'tsv' });
      continue;
    }
    i++;
  }
  return tables;
}

export const PURE_NUMBER = /^-?\d+(?:\.\d+)?$/;
