/**
 * Tables of items as plain `pdftotext` (without -layout) prints them one cell a line, each row a record: its 序号
 * (maybe), its name wrapped over up to three lines, its figures one a line, then a word or two (a grade, a 偏差程度),
 * the last row a 合计 without 序号 or words:
 *
 *     2025年1—8月项目预算执行进度监控表   ← a title or unit line above the header
 *     单位：万元
 *     序号                              ← the header, a column a line: "（%）" joins the name above it,
 *     项目名称                            "其中：" and a period ("1—8 月") the name below, a group
 *     年度预算                            ("年度预算") the "合计" under it
 *     合计
 *     其中：
 *     上级补助
 *     …
 *     1                                 ← a row: 序号, its name (wrapped), its figures, its words
 *     学前教育普惠发展专
 *     项资金
 *     1,260.00
 *     …
 *     正常
 *     …
 *     合计                              ← the total: its figures (one "90.99（平均）" at its end is a cell)
 *     9,804.50
 *     …
 *
 * Read only when everything fits: the 序号 run 1 … N (or, without them, every name one line), every row has the
 * same number of figures and of words, the total as many figures or fewer (the rest its annotated cells), and
 * the header's names, merged as above, are exactly the table's columns. The rows make a table of the 'plain'
 * shape (cells by index), each cell keeping its source line.
 */
import { isDashToken, isFigureToken } from './layout-chars.ts';
import type { PlainLines, PlainTable } from './plain-tables.ts';
import type { TableCell, TableRow } from './table-row.ts';
import { mergedHeader } from './plain-headers.ts';

const TOTAL = /^(?:合\s*计|总\s*计)$/;
const CAPTION = /表$|^单位[：:]|^金额单位[：:]|^表\s*[\d一二三四五六七八九十]+$/;
/** A row's word after its figures: a grade, a 偏差程度, 是 / 否. */
const WORD = /^[\u4e00-\u9fa5]{1,6}$/;
/** A name's piece: words, no sentence punctuation. */
const NAME = /^[\u4e00-\u9fa5（）()“”、\d.．]{1,30}$/;
/** An annotated figure in a total row: "90.99（平均）". */
const ANNOTATED = /^\d[\d,]*(?:\.\d+)?\s*[（(][\u4e00-\u9fa5]{1,4}[）)]$/;
const MAX_ROWS = 40;
const MAX_FIGURES = 10;
const MAX_HEADER = 24;

const textOf = (doc: PlainLines, i: number): string => doc.text[i]!.slice(doc.from[i]!, doc.to[i]!);
const skipped = (doc: PlainLines, i: number): boolean =>
  doc.kinds[i] === 'blank' || doc.kinds[i] === 'dropped';
const isFigure = (doc: PlainLines, i: number): boolean =>
  doc.kinds[i] === 'prose' &&
  (isFigureToken(doc.text[i]!, doc.from[i]!, doc.to[i]!) ||
    isDashToken(doc.text[i]!, doc.from[i]!, doc.to[i]!));
const cell = (text: string, line: number, column: number): TableCell => ({
  text,
  line,
  start: column,
  end: column + 1,
});

type Record = { number: number | null; name: string[]; nameLine: number; figures: number[]; words: number[] };

/** The tables of this shape in a document: each read from its 合计 line back to its header. */
export function plainRecordTables(doc: PlainLines, n: number): PlainTable[] {
  const out: PlainTable[] = [];
  for (let t = 0; t < n; t++) {
    if (doc.kinds[t] !== 'prose' || !TOTAL.test(textOf(doc, t))) continue;
    const table = readTable(doc, t, n);
    if (table) out.push(table);
  }
  return out;
}

/** The lines with text from `i` on (blank lines and page furniture passed over), up to `n`. */
function nextText(doc: PlainLines, i: number, n: number): number {
  while (i < n && skipped(doc, i)) i++;
  return i;
}

function readTable(doc: PlainLines, total: number, n: number): PlainTable | null {
  // The lines above the total, back to the caption: header and rows.
  const above: number[] = [];
  let i = total - 1;
  for (; i >= 0 && above.length < 400; i--) {
    if (skipped(doc, i)) continue;
    if (doc.kinds[i] !== 'prose') return null;
    const text = textOf(doc, i);
    if (CAPTION.test(text.replace(/\s+/g, ''))) break;
    above.unshift(i);
  }
  if (i < 0) return null;
  // (The total first, right under the header: its rows below it.)
  if (above.length >= 3 && !above.some((li) => isFigure(doc, li))) return totalFirst(doc, above, total, n);
  if (above.length < 8) return null;
  const numbered = above.some((li) => textOf(doc, li) === '1');
  const records = numbered ? numberedRecords(doc, above) : plainRecords(doc, above);
  if (!records || records.rows.length < 3 || records.rows.length > MAX_ROWS) return null;
  const { rows, header } = records;
  const figures = rows[0]!.figures.length;
  const words = rows[0]!.words.length;
  // (One amount a row only in a numbered list under its own header: "序号 / 任务名称 / 对应项目 / 预算数".)
  const single = numbered && figures === 1 && words === 0;
  if ((figures < 2 && !single) || figures > MAX_FIGURES) return null;
  if (rows.some((r) => r.figures.length !== figures || r.words.length !== words)) return null;
  // The total: its figures, then annotated figures up to the row's count.
  const totalCells: number[] = [];
  let j = nextText(doc, total + 1, n);
  while (j < n && totalCells.length < figures && (isFigure(doc, j) || ANNOTATED.test(textOf(doc, j)))) {
    totalCells.push(j);
    j = nextText(doc, j + 1, n);
  }
  if (totalCells.filter((li) => isFigure(doc, li)).length < (single ? 1 : 2)) return null;
  const names = single
    ? singleAmountHeader(header.map((li) => textOf(doc, li)))
    : headerNames(header.map((li) => textOf(doc, li)));
  if (!names || names.length !== (numbered ? 1 : 0) + 1 + figures + words) return null;
  const out: TableRow[] = [
    {
      line: header[0]!,
      cells: names.map((name, c) => cell(name, header[Math.min(c, header.length - 1)]!, c)),
    },
  ];
  for (const r of rows) {
    const cells: TableCell[] = [];
    if (numbered) cells.push(cell(String(r.number), r.nameLine, 0));
    cells.push(cell(r.name.join(''), r.nameLine, cells.length));
    for (const li of [...r.figures, ...r.words]) cells.push(cell(textOf(doc, li), li, cells.length));
    out.push({ line: numbered ? r.nameLine - 1 : r.nameLine, cells });
  }
  const cells: TableCell[] = [];
  if (numbered) cells.push(cell('', total, 0));
  cells.push(cell(textOf(doc, total), total, cells.length));
  for (const li of totalCells) cells.push(cell(textOf(doc, li), li, cells.length));
  out.push({ line: total, cells });
  const last = totalCells[totalCells.length - 1]!;
  return { first: header[0]!, last, rows: out };
}

/**
 * A table whose 合计 comes first, right under its header ("合计 / 98.00 / 86.47 / …", then "1.因公出国（境）费 / …",
 * "其中：公务用车购置费 / …"): each row a name of one or two lines and as many figures (or dashes) as the total, to
 * the first line that is neither. Read only when the header's names are exactly the name column and the figures'.
 */
function totalFirst(doc: PlainLines, header: readonly number[], total: number, n: number): PlainTable | null {
  const totalCells: number[] = [];
  let j = nextText(doc, total + 1, n);
  while (j < n && totalCells.length < MAX_FIGURES && isFigure(doc, j)) {
    totalCells.push(j);
    j = nextText(doc, j + 1, n);
  }
  // (A table by 科目 has its codes among its cells, read by plain-subjects.ts.)
  if (header.some((li) => /编码|代码|科目/.test(textOf(doc, li)))) return null;
  const k = totalCells.length;
  if (k < 2 || totalCells.filter((li) => !isDash(doc, li)).length < 2) return null;
  const rows: Record[] = [];
  while (j < n && rows.length < MAX_ROWS) {
    const name: string[] = [];
    let at = j;
    while (at < n && name.length < 2 && !isFigure(doc, at) && NAME_OR_PART.test(textOf(doc, at))) {
      name.push(textOf(doc, at));
      at = nextText(doc, at + 1, n);
    }
    const figures: number[] = [];
    while (at < n && figures.length < k && isFigure(doc, at)) {
      figures.push(at);
      at = nextText(doc, at + 1, n);
    }
    if (name.length === 0 || figures.length !== k || (at < n && isFigure(doc, at))) break;
    rows.push({ number: null, name, nameLine: j, figures, words: [] });
    j = at;
  }
  if (rows.length < 2) return null;
  const pieces = header.map((li) => textOf(doc, li));
  const names = [headerNames(pieces), headerNames(pieces, true)].find((x) => x?.length === 1 + k);
  if (!names) return null;
  const out: TableRow[] = [
    {
      line: header[0]!,
      cells: names.map((name, c) => cell(name, header[Math.min(c, header.length - 1)]!, c)),
    },
    {
      line: total,
      cells: [
        cell(textOf(doc, total), total, 0),
        ...totalCells.map((li, c) => cell(textOf(doc, li), li, c + 1)),
      ],
    },
  ];
  for (const r of rows)
    out.push({
      line: r.nameLine,
      cells: [
        cell(r.name.join(''), r.nameLine, 0),
        ...r.figures.map((li, c) => cell(textOf(doc, li), li, c + 1)),
      ],
    });
  return { first: header[0]!, last: rows[rows.length - 1]!.figures[k - 1]!, rows: out };
}

/** A row's name in a total-first table: a name, "其中：" and a name, "1.因公出国（境）费". */
const NAME_OR_PART = /^(?:其中[：:]|\d{1,2}[.．、])?[\u4e00-\u9fa5“][\u4e00-\u9fa5（）()“”、]{0,29}$/;
const isDash = (doc: PlainLines, i: number): boolean => isDashToken(doc.text[i]!, doc.from[i]!, doc.to[i]!);

/** Rows opening with their 序号 1 … N; the header the lines above "1". */
function numberedRecords(
  doc: PlainLines,
  lines: readonly number[],
): { rows: Record[]; header: number[] } | null {
  const start = lines.findIndex((li) => textOf(doc, li) === '1');
  const header = lines.slice(0, start);
  if (header.length < 3 || header.length > MAX_HEADER) return null;
  const rows: Record[] = [];
  let k = start;
  while (k < lines.length) {
    const number = rows.length + 1;
    if (textOf(doc, lines[k]!) !== String(number)) return null;
    k++;
    const name: string[] = [];
    const nameLine = lines[k] ?? -1;
    while (k < lines.length && !isFigure(doc, lines[k]!) && name.length < 3) {
      const text = textOf(doc, lines[k]!);
      if (!NAME.test(text)) return null;
      name.push(text);
      k++;
    }
    if (name.length === 0) return null;
    const figures: number[] = [];
    // (The next row's 序号 is a figure too: it ends the run when a name follows it.)
    const nextNumber = (at: number): boolean =>
      textOf(doc, lines[at]!) === String(number + 1) &&
      at + 1 < lines.length &&
      !isFigure(doc, lines[at + 1]!);
    while (k < lines.length && isFigure(doc, lines[k]!) && !nextNumber(k)) figures.push(lines[k++]!);
    const words: number[] = [];
    while (k < lines.length && textOf(doc, lines[k]!) !== String(number + 1)) {
      if (!WORD.test(textOf(doc, lines[k]!)) || words.length >= 2) return null;
      words.push(lines[k++]!);
    }
    rows.push({ number, name, nameLine, figures, words });
  }
  return { rows, header };
}

/**
 * Rows without 序号: each a name of one line, its figures, then as many words as every other row — the words
 * told from the next row's name by their count between the runs of figures, the same for every row.
 */
function plainRecords(
  doc: PlainLines,
  lines: readonly number[],
): { rows: Record[]; header: number[] } | null {
  // Runs of figure lines (positions in `lines`).
  const runs: [number, number][] = [];
  for (let k = 0; k < lines.length; k++) {
    if (!isFigure(doc, lines[k]!)) continue;
    const from = k;
    while (k + 1 < lines.length && isFigure(doc, lines[k + 1]!)) k++;
    runs.push([from, k]);
  }
  if (runs.length < 3) return null;
  // Between runs: the words of the row above, then the next row's name (one line).
  const gap = runs[1]![0] - runs[0]![1] - 1;
  if (gap < 1 || gap > 3) return null;
  for (let r = 1; r < runs.length; r++) if (runs[r]![0] - runs[r - 1]![1] - 1 !== gap) return null;
  const words = gap - 1;
  // After the last run: its words, then the 合计 (the end of `lines`).
  if (lines.length - 1 - runs[runs.length - 1]![1] !== words) return null;
  const firstName = runs[0]![0] - 1;
  if (firstName < 3) return null;
  const rows: Record[] = runs.map(([a, b]) => {
    const nameLine = lines[a - 1]!;
    return {
      number: null,
      name: [textOf(doc, nameLine)],
      nameLine,
      figures: lines.slice(a, b + 1),
      words: lines.slice(b + 1, b + 1 + words),
    };
  });
  if (rows.some((r) => !NAME.test(r.name[0]!) || r.words.some((li) => !WORD.test(textOf(doc, li)))))
    return null;
  return { rows, header: lines.slice(0, firstName) };
}

/**
 * The header of a numbered list of one amount a row: from its "序号" piece, the names of the words' columns, then
 * the amount's ("预算数", "金额（万元）") — read as three columns: 序号, the words (joined), the amount.
 */
function singleAmountHeader(pieces: readonly string[]): string[] | null {
  const from = pieces.findIndex((p) => /^序\s*号$/.test(p.trim()));
  const after = pieces.slice(from + 1).map((p) => p.trim());
  if (from < 0 || after.length < 2 || after.length > 4) return null;
  const amount = after[after.length - 1]!;
  if (
    !/(?:数|金额|资金|额)(?:[（(]万?元[）)])?$/.test(amount) ||
    after.some((p) => !/^[\u4e00-\u9fa5（）()]{2,12}$/.test(p))
  )
    return null;
  return ['序号', after.slice(0, -1).join('/'), amount];
}

function headerNames(pieces: readonly string[], joinRepeated = false): string[] | null {
  return (
    mergedHeader(
      pieces.map((text, line) => ({ text, line })),
      joinRepeated,
    )?.map((n) => n.text) ?? null
  );
}
