/**
 * Table rows pdftotext printed with single spaces between every cell ("一、一般公共预算财政拨款 8506.37
 * 一、社会保障和就业": a 总表's 收入 label, its figure, then the 支出 label). Read alone, such a line is prose;
 * it is a table row only when it sits between rows of one table (the lines right above and below are rows)
 * and each of its figures ends where a figure of a row nearby ends (its column). Sentences never qualify:
 * a token with sentence punctuation, a figure with a unit, or a line without a label keeps the line prose.
 */
import { displayWidth, gluedFigureStart, isFigureToken, isWhite } from './layout-chars.ts';

/** How far (display columns) a figure's right edge may be from its column's in a nearby row. */
const SLACK = 3;
/** How many rows above and below are searched for a figure in the same column. */
const REACH = 3;
const SENTENCE = /[。，；：！？,;:%（）()]/;
/** A row's serial number before its label: "2.", "3、". */
const SERIAL = /^\d{1,2}[.、．](?=\D)/;

/**
 * Right edges of the figure tokens of a line (a lone "-" counts as a figure here): in display columns (a table
 * typed with wide characters), or with `chars` in characters (pdftotext sets a wide character in one place).
 */
export function figureEdges(line: string, chars = false): number[] {
  const edges: number[] = [];
  for (let start = 0; start < line.length; start++) {
    if (line.charCodeAt(start) === 32 || line.charCodeAt(start) === 9) continue;
    let end = start + 1;
    while (end < line.length && line.charCodeAt(end) !== 32 && line.charCodeAt(end) !== 9) end++;
    // (A label printed against its figure, "…维护费37.00": the figure's edge all the same.)
    if (isFigureToken(line, start, end) || gluedFigureStart(line, start, end) >= 0)
      edges.push(chars ? end : displayWidth(line, 0, end));
    start = end;
  }
  return edges;
}

/**
 * Whether the trimmed text is labels and figures one space apart: a label first, one figure at least,
 * short labels without sentence punctuation.
 */
export function isTightLabelRow(line: string, from: number, to: number): boolean {
  const tokens = line.slice(from, to).split(' ');
  if (tokens.length < 2 || tokens.length > 8) return false;
  let figures = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t === '') return false;
    if (isFigureToken(t, 0, t.length)) {
      if (k === 0) return false;
      figures++;
    } else if (gluedFigureStart(t, 0, t.length) >= 0) {
      // A label printed against its figure ("…维护费37.00"): both.
      const label = t.slice(0, gluedFigureStart(t, 0, t.length));
      if (label.length > 16 || SENTENCE.test(label)) return false;
      figures++;
    } else if (t.length > 16 || SENTENCE.test(t) || /\d/.test(k === 0 ? t.replace(SERIAL, '') : t))
      return false;
  }
  return figures >= 1;
}

/**
 * Whether line `li` (prose) is a tight table row: rows right above and below (or past one more such line), its
 * text labels and figures one space apart, every figure in a column of a row within REACH lines.
 */
export function isTightTableRow(
  li: number,
  lines: readonly string[],
  from: readonly number[],
  to: readonly number[],
  isRow: (i: number) => boolean,
): boolean {
  if (li === 0 || li + 1 >= lines.length) return false;
  const line = lines[li]!;
  if (!isTightLabelRow(line, from[li]!, to[li]!)) return false;
  // A row on each side, past at most one more such tight line (two long labels in a row, each set tight).
  const rowBeyond = (step: number): boolean => {
    const j = li + step;
    if (j < 0 || j >= lines.length) return false;
    if (isRow(j)) return true;
    const k = j + step;
    return k >= 0 && k < lines.length && isRow(k) && isTightLabelRow(lines[j]!, from[j]!, to[j]!);
  };
  if (!rowBeyond(-1) || !rowBeyond(1)) return false;
  // The columns counted one way for all the rows: in display columns, or in characters as pdftotext places them.
  const inColumns = (chars: boolean): boolean => {
    const near: number[] = [];
    for (let j = Math.max(0, li - REACH); j <= Math.min(lines.length - 1, li + REACH); j++)
      if (j !== li && isRow(j)) near.push(...figureEdges(lines[j]!, chars));
    return figureEdges(line, chars).every((e) => near.some((n) => Math.abs(n - e) <= SLACK));
  };
  if (inColumns(false) || inColumns(true)) return true;
  // Rows whose figures are all one space apart align with nothing: the line is one of them when it holds as
  // many figures as the rows right above and below it, three or more.
  const count = figureEdges(line).length;
  return (
    count >= 3 &&
    isRow(li - 1) &&
    isRow(li + 1) &&
    figureEdges(lines[li - 1]!).length === count &&
    figureEdges(lines[li + 1]!).length === count
  );
}

/**
 * The runs of white space inside `line.slice(from, to)` (trimmed): its tokens split at /\s+/, less one.
 * Counted up to `most + 1` (no need to read on).
 */
function whiteRuns(line: string, from: number, to: number, most: number): number {
  let runs = 0;
  for (let k = from; k < to && runs <= most; k++)
    if (isWhite(line.charCodeAt(k))) {
      runs++;
      while (k + 1 < to && isWhite(line.charCodeAt(k + 1))) k++;
    }
  return runs;
}

/** Words that follow a figure in a sentence: a line ending a figure with one is prose. */
const UNIT_WORD = /^(?:万元|亿元|元|个|人|辆|次|年|月|日|项|家|户)/;

/**
 * Whether the trimmed text is a table row pdftotext set tight, read alone: an optional serial number, one
 * or two labels, three figures or more one space apart (one with decimals or a %), and at most two short
 * words after them (a grade: "1 城市精细化管理专项 862.40 835.16 96.84% 93.50 优"). Sentence punctuation,
 * a figure followed by its unit or a label holding a digit keep a line prose.
 */
export function isLabelledFigureRow(line: string, from: number, to: number): boolean {
  // (Every prose line is asked: most have fewer than four tokens, counted before any copy.)
  const gaps = whiteRuns(line, from, to, 11);
  if (gaps < 3 || gaps > 11) return false;
  const tokens = line.slice(from, to).split(/\s+/);
  if (tokens.length < 4 || tokens.length > 12) return false;
  let k = 0;
  if (/^\d{1,3}$/.test(tokens[0]!)) k++;
  let labels = 0;
  while (k < tokens.length && !isFigureToken(tokens[k]!, 0, tokens[k]!.length)) {
    const t = tokens[k]!;
    if (t.length > 20 || SENTENCE.test(t) || /\d/.test(t)) return false;
    labels++;
    k++;
  }
  if (labels < 1 || labels > 2) return false;
  let figures = 0;
  let decimals = false;
  for (; k < tokens.length && isFigureToken(tokens[k]!, 0, tokens[k]!.length); k++) {
    figures++;
    if (/[.%]/.test(tokens[k]!)) decimals = true;
  }
  if (figures < 3 || !decimals) return false;
  const after = tokens.slice(k);
  return (
    after.length <= 2 &&
    after.every((t) => t.length <= 4 && !/\d/.test(t) && !SENTENCE.test(t) && !UNIT_WORD.test(t))
  );
}

/** A 类 / 款 / 项 code of the budget classification: 3, 5 or 7 digits. */
const SUBJECT_CODE = /^\d{3}(?:\d{2}){0,2}$/;

/**
 * Whether the trimmed text is a 科目 row pdftotext set tight, read alone: "2130153 耕地建设与利用 1,980,000.00
 * 1,980,000.00" — a 科目 code, one or two labels without sentence punctuation, then only figures (one with
 * decimals or a thousands separator). Running text never opens with a bare code, a label and figures so.
 * With `bare`, a 款 / 项 code and its label alone ("2080506 机关事业单位职", a name the row wraps) qualify too.
 */
export function isSubjectCodeRow(line: string, from: number, to: number, bare = false): boolean {
  const c = line.charCodeAt(from);
  if (c < 49 || c > 57) return false;
  const tokens = line.slice(from, to).split(/\s+/);
  if (tokens.length < 2 || tokens.length > 14 || !SUBJECT_CODE.test(tokens[0]!)) return false;
  let k = 1;
  while (k < tokens.length && k <= 2 && !isFigureToken(tokens[k]!, 0, tokens[k]!.length)) {
    const t = tokens[k]!;
    if (t.length > 20 || SENTENCE.test(t) || /\d/.test(t) || !/^[\u4e00-\u9fa5]/.test(t)) return false;
    k++;
  }
  if (k === 1) return false;
  if (k === tokens.length) return bare && tokens[0]!.length > 3;
  let marked = false;
  for (; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!isFigureToken(t, 0, t.length) || t.endsWith('%')) return false;
    if (/[.,]/.test(t)) marked = true;
  }
  return marked;
}

/**
 * Whether prose line `li` is the first line of a 科目 row whose name wraps: its code and the name's start
 * alone ("2080506 机关事业单位职"), over the name's tail with the figures ("业年金缴费支出 412,300.00
 * 412,300.00"), or between two rows.
 */
export function isWrappedCodeRow(
  li: number,
  lines: readonly string[],
  from: readonly number[],
  to: readonly number[],
  isRow: (i: number) => boolean,
): boolean {
  if (li === 0 || li + 1 >= lines.length) return false;
  if (!isSubjectCodeRow(lines[li]!, from[li]!, to[li]!, true)) return false;
  // The pair is a row by itself; a code and a label alone between two rows is one too.
  return isTightLabelRow(lines[li + 1]!, from[li + 1]!, to[li + 1]!) || (isRow(li - 1) && isRow(li + 1));
}

/**
 * Whether prose line `li` is the end of a 科目 name wrapped around its code row ("机关事业单位职业年金缴费" over
 * "2080506   170.77   170.77" over "支出"), when no row follows to tell it from text (the table's last row on its
 * page): words only, indented into the name column, under such a code row and the name's start.
 */
export function isWrappedNameEnd(
  li: number,
  lines: readonly string[],
  from: readonly number[],
  to: readonly number[],
): boolean {
  if (li < 2 || from[li]! < 4) return false;
  if (!/^[\u4e00-\u9fa5（）()、]{1,12}$/.test(lines[li]!.slice(from[li], to[li]))) return false;
  const code = lines[li - 1]!.slice(from[li - 1], to[li - 1]);
  const head = lines[li - 2]!.slice(from[li - 2], to[li - 2]);
  return CODE_AND_FIGURES.test(code) && from[li - 2]! >= 4 && /^[\u4e00-\u9fa5（）()、]{4,}$/.test(head);
}

/** A code row whose name's place is blank: the code, then figures only. */
const CODE_AND_FIGURES = /^\d{3}(?:\d{2}){0,2}\s{2,}[-\d,.\s]+$/;

/**
 * Whether prose line `li` is the tail of a wrapped 科目 name with the row's figures ("业年金缴费支出 412,300.00
 * 412,300.00") under its code and the name's start alone ("2080506 机关事业单位职").
 */
export function isWrappedNameTail(
  li: number,
  lines: readonly string[],
  from: readonly number[],
  to: readonly number[],
): boolean {
  if (li === 0 || !isTightLabelRow(lines[li]!, from[li]!, to[li]!)) return false;
  const above = lines[li - 1]!;
  return (
    isSubjectCodeRow(above, from[li - 1]!, to[li - 1]!, true) &&
    !isSubjectCodeRow(above, from[li - 1]!, to[li - 1]!)
  );
}

/**
 * Whether prose line `li` is the start of a 科目 name wrapped over the lines around its code row, as LibreOffice
 * prints a long name in a narrow cell: "            其他巩固拓展脱贫攻坚成果同乡村振兴有效衔" above "2130599
 * 135.28 135.28" (the code row with no name of its own), a table row above it. Words only, indented into the name
 * column.
 */
export function isWrappedNameHead(
  li: number,
  lines: readonly string[],
  from: readonly number[],
  to: readonly number[],
  isRow: (i: number) => boolean,
): boolean {
  if (li === 0 || li + 1 >= lines.length || from[li]! < 4 || !isRow(li - 1)) return false;
  const text = lines[li]!.slice(from[li], to[li]);
  if (!/^[\u4e00-\u9fa5（）()、]{4,}$/.test(text)) return false;
  // The next line: a code and then figures only (the name's place left blank).
  return CODE_AND_FIGURES.test(lines[li + 1]!.slice(from[li + 1], to[li + 1]));
}
