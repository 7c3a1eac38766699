/**
 * Small tables as plain `pdftotext` (without -layout) prints some of them: the row labels first, one a line,
 * then the column headers on one line, then the figures row by row, as many a line as the print happened to
 * join:
 *
 *     项目                      ← the label column's header, then the rows' labels, one a line
 *     合计
 *     1.因公出国（境）费
 *     …
 *     单位：万元
 *     2024年预算数 2024年决算数 决算占预算% 2023年决算数 增减额 增减%     ← k headers on one line
 *     20.50                     ← then the figures (or dashes) of row 1, row 2 …, k a row
 *     18.94
 *     90.20%
 *     38.18 -19.69 -46.57%
 *     …
 *
 * The headers may also come one a line (a table's title "表1 …" or its unit line set among them), when a title or
 * a unit line closes the labels — else the header words would pass for more labels:
 *
 *     资金来源                  ← the label column's header, the labels
 *     …
 *     合计
 *     表1 项目资金到位情况表     ← a title closing the labels
 *     计划数                    ← k headers, one a line, a unit line among them
 *     到位数
 *     单位：万元
 *     到位率
 *     2,400.00                  ← the figures, k a row
 *
 * Read only when the shape is unambiguous: the figures are exactly rows × k, nothing but figures between the
 * header and the last of them, and the percentages fall where the headers say (every row's figure under a
 * header ending in % or 率 a percentage or a dash, none elsewhere — at least one such column: a reading by
 * columns would mix them). The rows then make a table of the 'plain' shape (cells by index), each cell keeping
 * its source line, read by the rules of any table.
 */
import { isDashToken, isFigureToken } from './layout-chars.ts';
import type { PlainLines, PlainTable } from './plain-tables.ts';
import type { TableCell, TableRow } from './table-row.ts';

/** The label column's header. */
export const LABEL_HEAD = /^(?:项目|项\s*目|科目|类别|项目名称|资金来源|支出内容|支出项目|资金用途)$/;
/** A row label: words, maybe numbered ("1.", "（1）", "其中："), no figure of its own at its end. */
export const LABEL = /^[\u4e00-\u9fa5（）()、“”：:.．\d]{2,30}$/;
export const UNIT = /^(?:单位|金额单位)[：:]/;
/** A table's title: "表1 项目资金到位情况表", "表二 …". */
export const TITLE = /^表\s*[\d一二三四五六七八九十]+[\s.、：:]*[\u4e00-\u9fa5（）()“”]{2,30}表$/;
/** A column header naming an amount, a rate or a change. */
export const HEAD = /预算|决算|执行|支出$|到位|数$|额$|%$|％$|率$|增减|合计/;
/** The first characters of the LABEL_HEAD words. */
export const LABEL_HEAD_START = '项科类资支';
export const PERCENT_HEAD = /[%％]$|率$|[%％][）)]$/;
const MAX_ROWS = 20;
const MAX_COLUMNS = 8;

const textOf = (doc: PlainLines, i: number): string => doc.text[i]!.slice(doc.from[i]!, doc.to[i]!);
const skipped = (doc: PlainLines, i: number): boolean =>
  doc.kinds[i] === 'blank' || doc.kinds[i] === 'dropped';

/** The tokens of a line of figures (start and end in the line), null when any is not a figure or a dash. */
function figureTokens(doc: PlainLines, i: number): Array<[number, number]> | null {
  const kind = doc.kinds[i];
  if (kind !== 'prose' && kind !== 'row') return null;
  return figureTokensIn(doc.text[i]!, doc.from[i]!, doc.to[i]!);
}

/** The figure (or dash) tokens of `line` from `from` to `end`, null when any token is not one. */
export function figureTokensIn(line: string, from: number, end: number): Array<[number, number]> | null {
  const out: Array<[number, number]> = [];
  let k = from;
  while (k < end) {
    while (k < end && /\s/.test(line[k]!)) k++;
    if (k >= end) break;
    let e = k;
    while (e < end && !/\s/.test(line[e]!)) e++;
    // "0.00—": a figure and a dash printed together.
    const dashAt = e - k > 1 && isDashToken(line, e - 1, e) && line.charCodeAt(e - 1) !== 45 ? e - 1 : -1;
    if (dashAt > 0 && isFigureToken(line, k, dashAt)) out.push([k, dashAt], [dashAt, e]);
    else if (isFigureToken(line, k, e) || isDashToken(line, k, e)) out.push([k, e]);
    else return null;
    k = e;
  }
  return out.length > 0 ? out : null;
}

export function plainRowTables(doc: PlainLines, n: number): PlainTable[] {
  const out: PlainTable[] = [];
  for (let i = 0; i < n; i++) {
    if (doc.kinds[i] !== 'prose') continue;
    // (Most lines start otherwise, and are longer: two comparisons before the pattern.)
    const c = doc.text[i]!.charCodeAt(doc.from[i]!);
    if (!LABEL_HEAD_START.includes(String.fromCharCode(c)) || doc.to[i]! - doc.from[i]! > 5) continue;
    if (!LABEL_HEAD.test(textOf(doc, i))) continue;
    const t = readRows(doc, i, n) ?? readInterleaved(doc, i, n);
    if (t) {
      out.push(t);
      i = t.last;
    }
  }
  return out;
}

function readRows(doc: PlainLines, head: number, n: number): PlainTable | null {
  // The labels.
  const labels: number[] = [];
  let j = head + 1;
  for (; j < n && labels.length <= MAX_ROWS; j++) {
    if (skipped(doc, j)) continue;
    if (doc.kinds[j] !== 'prose') return null;
    const t = textOf(doc, j);
    if (UNIT.test(t)) continue;
    if (!LABEL.test(t) || TITLE.test(t)) break;
    labels.push(j);
  }
  if (labels.length < 3 || labels.length > MAX_ROWS) return null;
  const header = readHeader(doc, j, n);
  if (!header) return null;
  const { heads, headLines } = header;
  j = headLines[headLines.length - 1]!;
  const k = heads.length;
  // The figures, row by row.
  const cells: TableCell[] = [];
  const last = figuresFrom(doc, j + 1, n, labels.length * k, cells);
  if (last === null) return null;
  return tableOf(doc, { head, heads, headLines, labels, cells, first: head, last });
}

/**
 * The figures of the lines from `from` on, added to `cells` until they are `want` in all: the last line read,
 * or null when a line before holds words, they are not exactly `want`, or figures go on after them.
 */
function figuresFrom(
  doc: PlainLines,
  from: number,
  n: number,
  want: number,
  cells: TableCell[],
): number | null {
  let j = from;
  let last = from - 1;
  for (; j < n && cells.length < want; j++) {
    if (skipped(doc, j)) continue;
    const tokens = figureTokens(doc, j);
    if (!tokens) return null;
    for (const [s, e] of tokens) cells.push({ text: doc.text[j]!.slice(s, e), line: j, start: 0, end: 0 });
    last = j;
  }
  if (cells.length !== want) return null;
  // Nothing more of it after: the next line with text holds no figures only.
  for (; j < n && skipped(doc, j); j++);
  return j < n && figureTokens(doc, j) ? null : last;
}

type Read = {
  head: number;
  heads: readonly string[];
  headLines: readonly number[];
  labels: readonly number[];
  cells: TableCell[];
  first: number;
  last: number;
};

/** The table read, when the percentages fall where the headers say; null otherwise. */
function tableOf(doc: PlainLines, t: Read): PlainTable | null {
  const { head, heads, headLines, labels, cells } = t;
  const k = heads.length;
  // The percentages where the headers say.
  for (let c = 0; c < cells.length; c++) {
    const text = cells[c]!.text;
    const percent = /[%％]$/.test(text);
    const dash = isDashToken(text, 0, text.length);
    if (PERCENT_HEAD.test(heads[c % k]!) ? !percent && !dash : percent) return null;
  }
  // (A percentage under a header saying so is read as its figure: "90.20%" under 决算占预算% is 90.20.)
  for (const cell of cells) cell.text = cell.text.replace(/[%％]$/, '');
  const at = (cell: TableCell, col: number): TableCell => ({ ...cell, start: col, end: col + 1 });
  const rows: TableRow[] = [
    {
      line: headLines[0]!,
      cells: [
        at({ text: textOf(doc, head), line: head, start: 0, end: 0 }, 0),
        ...heads.map((h, c) => at({ text: h, line: headLines[c]!, start: 0, end: 0 }, c + 1)),
      ],
    },
    ...labels.map((li, r) => ({
      line: li,
      cells: [
        at({ text: textOf(doc, li), line: li, start: 0, end: 0 }, 0),
        ...cells.slice(r * k, (r + 1) * k).map((c, col) => at(c, col + 1)),
      ],
    })),
  ];
  return { first: t.first, last: t.last, rows };
}

/**
 * The first row set among the headers, as plain `pdftotext` prints a table whose first row sits level with its
 * header: the title, the first row's label, the label column's header, then each column's header followed by
 * the first row's figure under it (a unit line among them), then the other rows' labels, then their figures:
 *
 *     表2 项目资金使用情况表     ← a title
 *     水厂新建工程               ← the first row's label
 *     支出内容                   ← the label column's header
 *     预算数                     ← k headers, each followed by the first row's figure
 *     2,180.00
 *     实际支出
 *     2,052.36
 *     单位：万元
 *     执行率
 *     94.14%
 *     管网改造工程               ← the other labels, then their figures, k a row
 *     …
 *
 * Read only when that shape is exact, as readRows reads the rest.
 */
function readInterleaved(doc: PlainLines, head: number, n: number): PlainTable | null {
  const before = (i: number): number => {
    let j = i - 1;
    while (j >= 0 && skipped(doc, j)) j--;
    return j;
  };
  const label0 = before(head);
  const title = label0 >= 0 ? before(label0) : -1;
  if (title < 0 || doc.kinds[label0] !== 'prose' || doc.kinds[title] !== 'prose') return null;
  if (!LABEL.test(textOf(doc, label0)) || TITLE.test(textOf(doc, label0)) || !TITLE.test(textOf(doc, title)))
    return null;
  // The headers, each with one figure.
  const heads: string[] = [];
  const headLines: number[] = [];
  const cells: TableCell[] = [];
  let j = head + 1;
  const next = (): number => {
    while (j < n && (skipped(doc, j) || UNIT.test(textOf(doc, j)))) j++;
    return j < n && doc.kinds[j] === 'prose' ? j++ : -1;
  };
  for (;;) {
    const at = j;
    const h = next();
    if (h < 0 || figureTokens(doc, h) || !HEAD.test(textOf(doc, h)) || /\s|\d$/.test(textOf(doc, h))) {
      j = at;
      break;
    }
    const f = next();
    const tokens = f < 0 ? null : figureTokens(doc, f);
    if (!tokens || tokens.length !== 1) return null;
    heads.push(textOf(doc, h));
    headLines.push(h);
    cells.push({ text: doc.text[f]!.slice(tokens[0]![0], tokens[0]![1]), line: f, start: 0, end: 0 });
  }
  const k = heads.length;
  if (k < 2 || k > MAX_COLUMNS) return null;
  if (!heads.some((h) => PERCENT_HEAD.test(h)) || heads.every((h) => PERCENT_HEAD.test(h))) return null;
  // The other labels, then their figures.
  const labels = [label0];
  for (; j < n && labels.length <= MAX_ROWS; j++) {
    if (skipped(doc, j)) continue;
    const t = textOf(doc, j);
    if (doc.kinds[j] !== 'prose' || !LABEL.test(t) || TITLE.test(t) || figureTokens(doc, j)) break;
    labels.push(j);
  }
  if (labels.length < 3 || labels.length > MAX_ROWS) return null;
  const last = figuresFrom(doc, j, n, labels.length * k, cells);
  if (last === null) return null;
  return tableOf(doc, { head, heads, headLines, labels, cells, first: label0, last });
}

/**
 * The header after the labels: one line of k words (a unit line may come before it), or — after a title or a
 * unit line closing the labels — k lines of one word each, a unit line among them. Every word names a figure
 * column (no figure of its own), at least one a rate and not all.
 */
function readHeader(
  doc: PlainLines,
  from: number,
  n: number,
): { heads: string[]; headLines: number[] } | null {
  let j = from;
  let closed = false;
  for (; j < n && (skipped(doc, j) || UNIT.test(textOf(doc, j)) || TITLE.test(textOf(doc, j))); j++)
    if (!skipped(doc, j)) closed = true;
  if (j >= n || doc.kinds[j] !== 'prose') return null;
  const heads: string[] = [];
  const headLines: number[] = [];
  const words = (i: number): string[] => textOf(doc, i).split(/\s+/).filter(Boolean);
  if (words(j).length > 1) {
    for (const w of words(j)) {
      heads.push(w);
      headLines.push(j);
    }
  } else if (closed) {
    // One word a line, to the first line of figures.
    for (; j < n && heads.length <= MAX_COLUMNS; j++) {
      if (skipped(doc, j) || UNIT.test(textOf(doc, j))) continue;
      if (doc.kinds[j] !== 'prose' || figureTokens(doc, j)) break;
      const w = words(j);
      if (w.length !== 1) return null;
      heads.push(w[0]!);
      headLines.push(j);
    }
  }
  const k = heads.length;
  if (k < 2 || k > MAX_COLUMNS || !heads.every((h) => HEAD.test(h) && !/\d$/.test(h))) return null;
  if (!heads.some((h) => PERCENT_HEAD.test(h)) || heads.every((h) => PERCENT_HEAD.test(h))) return null;
  return { heads, headLines };
}
