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
 * Read only when the shape is unambiguous: the figures are exactly rows × k, nothing but figures between the
 * header line and the last of them, and the percentages fall where the headers say (every row's figure under a
 * header ending in % or 率 a percentage or a dash, none elsewhere — at least one such column: a reading by
 * columns would mix them). The rows then make a table of the 'plain' shape (cells by index), each cell keeping
 * its source line, read by the rules of any table.
 */
import { isDashToken, isFigureToken } from './layout-chars.ts';
import type { PlainLines, PlainTable } from './plain-tables.ts';
import type { TableCell, TableRow } from './table-row.ts';

/** The label column's header. */
const LABEL_HEAD = /^(?:项目|项\s*目|科目|类别|项目名称)$/;
/** A row label: words, maybe numbered ("1.", "（1）", "其中："), no figure of its own at its end. */
const LABEL = /^[\u4e00-\u9fa5（）()、“”：:.．\d]{2,30}$/;
const UNIT = /^(?:单位|金额单位)[：:]/;
/** A column header naming an amount, a rate or a change. */
const HEAD = /预算|决算|执行|数$|额$|%$|％$|率$|增减|合计/;
const PERCENT_HEAD = /[%％]$|率$|[%％][）)]$/;
const MAX_ROWS = 20;
const MAX_COLUMNS = 8;

const textOf = (doc: PlainLines, i: number): string => doc.text[i]!.slice(doc.from[i]!, doc.to[i]!);
const skipped = (doc: PlainLines, i: number): boolean =>
  doc.kinds[i] === 'blank' || doc.kinds[i] === 'dropped';

/** The tokens of a line of figures (start and end in the line), null when any is not a figure or a dash. */
function figureTokens(doc: PlainLines, i: number): Array<[number, number]> | null {
  const kind = doc.kinds[i];
  if (kind !== 'prose' && kind !== 'row') return null;
  const line = doc.text[i]!;
  const out: Array<[number, number]> = [];
  let k = doc.from[i]!;
  const end = doc.to[i]!;
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
    if ((c !== 0x9879 && c !== 0x79d1 && c !== 0x7c7b) || doc.to[i]! - doc.from[i]! > 5) continue;
    if (!LABEL_HEAD.test(textOf(doc, i))) continue;
    const t = readRows(doc, i, n);
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
    if (!LABEL.test(t)) break;
    labels.push(j);
  }
  if (labels.length < 3 || labels.length > MAX_ROWS) return null;
  // The header line (a unit line may come before it).
  for (; j < n && (skipped(doc, j) || UNIT.test(textOf(doc, j))); j++);
  if (j >= n || doc.kinds[j] !== 'prose') return null;
  const headerLine = j;
  const heads = textOf(doc, j).split(/\s+/).filter(Boolean);
  const k = heads.length;
  if (k < 2 || k > MAX_COLUMNS || !heads.every((h) => HEAD.test(h) && !/\d$/.test(h))) return null;
  if (!heads.some((h) => PERCENT_HEAD.test(h)) || heads.every((h) => PERCENT_HEAD.test(h))) return null;
  // The figures, row by row.
  const want = labels.length * k;
  const cells: TableCell[] = [];
  let last = j;
  for (j = j + 1; j < n && cells.length < want; j++) {
    if (skipped(doc, j)) continue;
    const tokens = figureTokens(doc, j);
    if (!tokens) return null;
    for (const [s, e] of tokens) cells.push({ text: doc.text[j]!.slice(s, e), line: j, start: 0, end: 0 });
    last = j;
  }
  if (cells.length !== want) return null;
  // Nothing more of it after: the next line with text holds no figures only.
  for (; j < n && skipped(doc, j); j++);
  if (j < n && figureTokens(doc, j)) return null;
  // The percentages where the headers say.
  for (let c = 0; c < want; c++) {
    const text = cells[c]!.text;
    const percent = /[%％]$/.test(text);
    const dash = isDashToken(text, 0, text.length);
    if (PERCENT_HEAD.test(heads[c % k]!) ? !percent && !dash : percent) return null;
  }
  // (A percentage under a header saying so is read as its figure: "90.20%" under 决算占预算% is 90.20.)
  for (let c = 0; c < want; c++) cells[c]!.text = cells[c]!.text.replace(/[%％]$/, '');
  const at = (cell: TableCell, col: number): TableCell => ({ ...cell, start: col, end: col + 1 });
  const rows: TableRow[] = [
    {
      line: headerLine,
      cells: [
        at({ text: textOf(doc, head), line: head, start: 0, end: 0 }, 0),
        ...heads.map((h, c) => at({ text: h, line: headerLine, start: 0, end: 0 }, c + 1)),
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
  return { first: head, last, rows };
}
