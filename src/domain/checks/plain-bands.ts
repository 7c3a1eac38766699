/**
 * A numbered table of projects as plain `pdftotext` (without -layout) prints a wide one: column by column for
 * its text, then its figure columns in two bands — the narrow columns of a row joined on one line ("91.50 优",
 * a score and its grade, for every row but the total), then the other figures one a line, row after row, the
 * total row's cells of the first band last:
 *
 *     项目名称                  ← the label column's header, then the rows, numbered 1 … N, then 合计
 *     甲项目建设补                (a name wrapped onto two lines, its number between them)
 *     1
 *     助
 *     2 乙项目
 *     …
 *     合计
 *     主管部门                  ← other text columns (not read: their wrapped cells cannot be counted)
 *     …
 *     预算数                    ← the figure columns' headers, in groups of at most two lines (wrapped
 *     执行数                      words: "执行率 评价得" / "分")
 *     执行率 评价得
 *     分
 *     等
 *     级
 *     91.50 优                  ← band A: w cells a line, one line a row (a line cut in two is joined)
 *     …
 *     8600.00                   ← band B: the other C − w cells of each row, one a line, the total's last,
 *     8341.25                     then the total row's band-A cells
 *     96.99%
 *     …
 *
 * Read only when everything fits: the numbers run 1 … N without a gap, the headers split into C column names
 * (each ending as a figure column's name does: …数, …率, 得分, 分值, 等级 …), the figures count exactly
 * (N + 1) × C, and band A can stand at one end of the columns only (a percentage only under a …率 header, a
 * word only under a header naming no figure). The text columns other than the labels are left out. The rows
 * make a table of the 'plain' shape (cells by index), each cell keeping its source line.
 */
import { isDashToken, isFigureToken } from './layout-chars.ts';
import type { PlainLines, PlainTable } from './plain-tables.ts';
import type { TableCell, TableRow } from './table-row.ts';

const LABEL_HEAD = /^(?:项目名称|项目|名称|单位名称|部门名称)$/;
const TOTAL = /^(?:合\s*计|总\s*计)$/;
/** The figure columns' header, split into its column names. */
const COLUMN = /.*?(?:数|率|得分|分值|权重|等级|等次|金额|[%％])/gy;
const WORD = /^[\u4e00-\u9fa5]{1,3}$/;
const RATE_HEAD = /率|[%％]|占比|比重/;
const FIGURE_HEAD = /数|率|额|得分|分值|权重|[%％]/;
const MIN_ROWS = 3;
const MAX_ROWS = 40;

type Token = { text: string; line: number; kind: 'figure' | 'dash' | 'word' };
type Label = { number: number; name: string; line: number };

const textOf = (doc: PlainLines, i: number): string => doc.text[i]!.slice(doc.from[i]!, doc.to[i]!);
const isBlank = (doc: PlainLines, i: number): boolean =>
  doc.kinds[i] === 'blank' || doc.kinds[i] === 'dropped';

/** The tables of this shape in a document. */
export function plainBandTables(doc: PlainLines, n: number): PlainTable[] {
  const out: PlainTable[] = [];
  for (let i = 0; i < n; i++) {
    if (doc.kinds[i] !== 'prose' || !TOTAL.test(textOf(doc, i))) continue;
    const t = readAt(doc, n, i);
    if (t) out.push(t);
  }
  return out;
}

/** The table whose label column ends with the total at line `total`, or null. */
function readAt(doc: PlainLines, n: number, total: number): PlainTable | null {
  const head = labelHead(doc, total);
  if (head < 0) return null;
  const labels = numberedLabels(doc, head, total);
  if (!labels) return null;
  const first = firstFigureLine(doc, n, total);
  if (first < 0) return null;
  const columns = figureHeaders(doc, total, first);
  if (!columns) return null;
  const stream = figureStream(doc, n, first);
  if (!stream) return null;
  const cells = placeBands(stream.lines, columns.names, labels.length);
  if (!cells) return null;
  const header: TableCell[] = [
    { text: '序号', line: head, start: 0, end: 1 },
    { text: textOf(doc, head), line: head, start: 1, end: 2 },
    ...columns.names.map((name, c) => ({ text: name, line: columns.line, start: c + 2, end: c + 3 })),
  ];
  const rows: TableRow[] = [{ line: head, cells: header }];
  const rowOf = (number: string, name: string, line: number, figures: Token[]): TableRow => ({
    line,
    cells: [
      { text: number, line, start: 0, end: 1 },
      { text: name, line, start: 1, end: 2 },
      ...figures.map((t, c) => ({ text: t.text, line: t.line, start: c + 2, end: c + 3 })),
    ],
  });
  labels.forEach((l, r) => rows.push(rowOf(String(l.number), l.name, l.line, cells[r]!)));
  rows.push(rowOf('', textOf(doc, total).replace(/\s+/g, ''), total, cells[labels.length]!));
  return { first: head, last: stream.last, rows };
}

/** The label column's header above the total (through the rows' lines only), or -1. */
function labelHead(doc: PlainLines, total: number): number {
  for (let j = total - 1, seen = 0; j >= 0 && seen <= 3 * MAX_ROWS; j--, seen++) {
    if (isBlank(doc, j)) return -1;
    if (LABEL_HEAD.test(textOf(doc, j))) return j;
  }
  return -1;
}

/**
 * The rows between the label header and the total: "n 名称", or "n" alone between the two halves of a wrapped
 * name (one line each). Null unless they are numbered 1 … N, N ≥ MIN_ROWS, and every line is taken.
 */
function numberedLabels(doc: PlainLines, head: number, total: number): Label[] | null {
  const out: Label[] = [];
  let pending = -1;
  for (let j = head + 1; j < total; j++) {
    if (doc.kinds[j] !== 'prose') return null;
    const t = textOf(doc, j);
    const expected = String(out.length + 1);
    const m = /^(\d{1,2})\s+(\S.*)$/.exec(t);
    if (m && pending < 0) {
      if (m[1] !== expected) return null;
      out.push({ number: out.length + 1, name: m[2]!.replace(/\s+/g, ''), line: j });
    } else if (t === expected && pending >= 0 && j + 1 < total) {
      const rest = textOf(doc, j + 1);
      if (/^\d/.test(rest) || doc.kinds[j + 1] !== 'prose') return null;
      out.push({ number: out.length + 1, name: textOf(doc, pending) + rest, line: pending });
      pending = -1;
      j++;
    } else if (pending < 0 && !/^\d/.test(t)) pending = j;
    else return null;
  }
  return pending < 0 && out.length >= MIN_ROWS && out.length <= MAX_ROWS ? out : null;
}

/** The first line after the total starting with a figure, all of whose tokens are cells. */
function firstFigureLine(doc: PlainLines, n: number, total: number): number {
  for (let j = total + 1; j < n && j <= total + 3 * MAX_ROWS; j++) {
    if (isBlank(doc, j) || doc.kinds[j] !== 'prose') continue;
    const tokens = tokensOf(doc, j);
    if (tokens && tokens[0]!.kind !== 'word') return j;
  }
  return -1;
}

/**
 * The figure columns' names: the groups of at most two lines (blank-separated) right above the first figure,
 * joined and split into names. Null when they do not split exactly.
 */
function figureHeaders(
  doc: PlainLines,
  total: number,
  first: number,
): { names: string[]; line: number } | null {
  // (`start`: the first line of the last whole group of at most two lines.)
  let start = first;
  let groupStart = first;
  let group = 0;
  for (let j = first - 1; j > total; j--) {
    if (isBlank(doc, j)) {
      start = groupStart;
      group = 0;
      continue;
    }
    if (++group > 2) break;
    groupStart = j;
  }
  let joined = '';
  for (let j = start; j < first; j++) if (!isBlank(doc, j)) joined += textOf(doc, j).replace(/\s+/g, '');
  const names: string[] = [];
  COLUMN.lastIndex = 0;
  let end = 0;
  for (let m = COLUMN.exec(joined); m; m = COLUMN.exec(joined)) {
    names.push(m[0]);
    end = COLUMN.lastIndex;
  }
  if (names.length < 2 || end !== joined.length) return null;
  return { names, line: start };
}

/** A line's white-space separated tokens, null when one is neither a figure, a dash nor a short word. */
function tokensOf(doc: PlainLines, j: number): Token[] | null {
  const out: Token[] = [];
  for (const text of textOf(doc, j).split(/\s+/)) {
    if (text === '') continue;
    const kind = isFigureToken(text, 0, text.length)
      ? 'figure'
      : isDashToken(text, 0, text.length)
        ? 'dash'
        : WORD.test(text)
          ? 'word'
          : null;
    if (!kind) return null;
    out.push({ text, line: j, kind });
  }
  return out.length > 0 ? out : null;
}

/** The lines of tokens from `first` until the first line that is none; a word only beside a figure. */
function figureStream(doc: PlainLines, n: number, first: number): { lines: Token[][]; last: number } | null {
  const lines: Token[][] = [];
  let last = first;
  for (let j = first; j < n; j++) {
    if (isBlank(doc, j)) continue;
    if (doc.kinds[j] !== 'prose') break;
    const tokens = tokensOf(doc, j);
    if (!tokens) break;
    lines.push(tokens);
    last = j;
  }
  return lines.length > 0 ? { lines, last } : null;
}

/**
 * Each row's figures (N rows, then the total) in column order, or null. Band A: the leading lines of w ≥ 2
 * tokens (a line of one figure followed by one of the rest joined); band B: every token after it.
 */
function placeBands(lines: Token[][], names: string[], rowCount: number): Token[][] | null {
  const columns = names.length;
  const bandA: Token[][] = [];
  let k = 0;
  const w = lines[0]!.length >= 2 ? lines[0]!.length : 0;
  // Band A's rows print their kinds of token alike (a figure, then a word): a line cut in two is joined.
  const kinds = lines[0]!.map((t) => t.kind).join();
  const sameKinds = (row: Token[]): boolean => row.map((t) => t.kind).join() === kinds;
  while (w > 0 && k < lines.length) {
    let row = lines[k]!;
    if (row.length < w && k + 1 < lines.length && sameKinds([...row, ...lines[k + 1]!])) {
      row = [...row, ...lines[k + 1]!];
      k++;
    }
    if (!sameKinds(row)) break;
    bandA.push(row);
    k++;
  }
  const bandB = lines.slice(k).flat();
  if (bandB.some((t) => t.kind === 'word')) return null;
  const wB = columns - w;
  if (wB <= 0) return null;
  const rowsOfB = rowCount + 1;
  if (bandA.length === rowCount) {
    // The total's band-A cells come after band B.
    if (bandB.length !== rowsOfB * wB + w) return null;
    bandA.push(bandB.slice(rowsOfB * wB));
  } else if (bandA.length !== rowsOfB || bandB.length !== rowsOfB * wB) return null;
  const rows: Token[][] = [];
  for (let r = 0; r < rowsOfB; r++) rows.push(bandB.slice(r * wB, r * wB + wB));
  if (w === 0) return rows.every((row) => fits(row, names)) ? rows : null;
  // Band A at the left or the right end of the columns: exactly one must fit.
  const left = rows.map((row, r) => [...bandA[r]!, ...row]);
  const right = rows.map((row, r) => [...row, ...bandA[r]!]);
  const leftFits = left.every((row) => fits(row, names));
  const rightFits = right.every((row) => fits(row, names));
  return leftFits === rightFits ? null : leftFits ? left : right;
}

/** A row's tokens under their headers: a percentage only under a rate, a word only under no figure's name. */
function fits(row: Token[], names: string[]): boolean {
  return row.every((t, c) => {
    const name = names[c]!;
    if (t.kind === 'dash') return true;
    if (t.kind === 'word') return !FIGURE_HEAD.test(name);
    const percent = t.text.endsWith('%');
    return RATE_HEAD.test(name) ? percent : !percent && FIGURE_HEAD.test(name);
  });
}
