/**
 * Reads tables out of extracted text in the three shapes documents arrive in: Markdown tables,
 * tab-separated rows (XLSX, chart data), and one cell per line starting with a tab (Word tables
 * flattened, rows separated by blank lines — the seeds' shape). Cells keep their line numbers.
 */
export type Cell = { text: string; line: number };
export type Row = { cells: Cell[]; line: number };
/** `placed`: rows put under their header by position (a `-layout` print), not cells by index. */
export type Table = { rows: Row[]; shape: 'markdown' | 'tsv' | 'cell-lines'; placed?: boolean };

import { isWhite } from './layout.ts';

const MD_SEPARATOR = /^\|[\s\-:|]+\|?\s*$/;

/** `/\S\t/.test(line)`, by char code (tested on every line holding a tab). */
function textBeforeTab(line: string): boolean {
  for (let i = line.indexOf('\t', 1); i > 0; i = line.indexOf('\t', i + 1))
    if (!isWhite(line.charCodeAt(i - 1))) return true;
  return false;
}

/** `/\S\t/.test(line) || /\t\S/.test(line.trimStart())`: a tab beside text, by char code. */
function tabBesideText(line: string): boolean {
  let from = 0;
  while (from < line.length && isWhite(line.charCodeAt(from))) from++;
  for (let i = line.indexOf('\t', 1); i > 0; i = line.indexOf('\t', i + 1)) {
    if (!isWhite(line.charCodeAt(i - 1))) return true;
    if (i > from && i + 1 < line.length && !isWhite(line.charCodeAt(i + 1))) return true;
  }
  return false;
}

/** `line.trimStart().startsWith('|')` without the copy. */
function startsWithPipe(line: string): boolean {
  let i = 0;
  while (i < line.length && isWhite(line.charCodeAt(i))) i++;
  return line.charCodeAt(i) === 124;
}

function stripHtml(text: string): string {
  // Most cells hold one word or figure between spaces: trimmed, nothing to replace.
  if (!text.includes('<')) {
    const t = text.trim();
    return /\s/.test(t) ? t.replace(/\s+/g, ' ') : t;
  }
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
    if (line.includes('|') && startsWithPipe(line)) {
      const rows: Row[] = [];
      let width = -1;
      while (i < lines.length) {
        const l = lines[i]!;
        if (startsWithPipe(l)) {
          if (!MD_SEPARATOR.test(l.trim())) {
            // (The line is trimmed: its outer pipes are its first and last characters.)
            const t = l.trim();
            const end = t.length > 1 && t.endsWith('|') ? t.length - 1 : t.length;
            const parts = t.slice(1, end).split('|');
            if (width < 0) width = parts.length;
            rows.push({ line: i, cells: parts.map((p) => ({ text: stripHtml(p), line: i })) });
          }
          i++;
          continue;
        }
        // A Markdown table broken by one or two blank lines continues.
        let j = i;
        while (j < lines.length && j - i < 2 && lines[j]!.trim() === '') j++;
        if (j > i && j < lines.length && startsWithPipe(lines[j]!)) {
          i = j;
          continue;
        }
        break;
      }
      tables.push({ rows, shape: 'markdown' });
      continue;
    }
    if (line.startsWith('\t') && !textBeforeTab(line)) {
      const rows: Row[] = [];
      while (i < lines.length) {
        if (lines[i]!.trim() === '' && !lines[i]!.startsWith('\t')) {
          // Blank line: a row separator, unless the table ends here.
          let j = i;
          while (j < lines.length && lines[j]!.trim() === '' && !lines[j]!.startsWith('\t')) j++;
          if (j < lines.length && lines[j]!.startsWith('\t') && !textBeforeTab(lines[j]!)) {
            i = j;
            continue;
          }
          break;
        }
        const row: Row = { line: i, cells: [] };
        while (i < lines.length && !(lines[i]!.trim() === '' && !lines[i]!.startsWith('\t'))) {
          const l = lines[i]!;
          if (l.startsWith('\t') && !textBeforeTab(l)) row.cells.push({ text: l.trim(), line: i });
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
    if (line.includes('\t') && tabBesideText(line)) {
      const rows: Row[] = [];
      // A row of the same width continues the table even when only its last cell, or no cell, has text
      // (an empty row under a DOCX table's title, slots covered by merged cells).
      const sameWidth = (l: string): boolean =>
        rows.length > 0 &&
        l.includes('\t') &&
        tabCount(l) + 1 === rows[rows.length - 1]!.cells.length &&
        rows[rows.length - 1]!.cells.length >= 3;
      while (i < lines.length && (tabBesideText(lines[i]!) || sameWidth(lines[i]!))) {
        const l = lines[i]!;
        rows.push({ line: i, cells: tsvCells(l, i) });
        i++;
      }
      tables.push({ rows, shape: 'tsv' });
      continue;
    }
    i++;
  }
  return tables;
}

function tabCount(line: string): number {
  let n = 0;
  for (let i = line.indexOf('\t'); i >= 0; i = line.indexOf('\t', i + 1)) n++;
  return n;
}

/** A tab-separated line's cells, trimmed (a cell rarely has spaces to trim: most are not copied twice). */
function tsvCells(line: string, li: number): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  for (;;) {
    const tab = line.indexOf('\t', start);
    const end = tab < 0 ? line.length : tab;
    let a = start;
    let b = end;
    while (a < b && isWhite(line.charCodeAt(a))) a++;
    while (b > a && isWhite(line.charCodeAt(b - 1))) b--;
    cells.push({ text: line.slice(a, b), line: li });
    if (tab < 0) return cells;
    start = tab + 1;
  }
}

export const PURE_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * A score table's 分值 column header: 分值 or 权重 (指标分值, 指标权重), also restated in brackets as provincial
 * 自评表 print it ("权重（分值）", "分值（分）", pdftotext setting it as "权重（分" above "值）").
 */
export const WEIGHT_HEAD = /^(?:指标)?(?:分值|权重)(?:[（(](?:分值|权重|分)[）)])?$/;

/** A row's cell text at `col` (counted from the header), the row being `shift` cells short on the left. */
export function cellAt(row: Row, col: number, shift: number): string {
  return row.cells[col - shift]?.text.trim() ?? '';
}
