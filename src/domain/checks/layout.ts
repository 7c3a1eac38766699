/**
 * Layout → document: turns the lines of an extracted text (typed, `pdftotext -layout`, plain `pdftotext`,
 * DOCX/XLSX rows as tab-separated cells, Markdown) into blocks: paragraphs reflowed across wrapped lines,
 * headings, and tables with rows and cells. Page numbers and repeated page headers/footers are dropped.
 * Every character of a paragraph and every cell keeps the 0-based index of the source line it came from.
 */
import { addTo } from './multimap.ts';
import { joinContinuedTables } from './continued-tables.ts';
import type { SourceLine } from './types.ts';
import {
  isLabelledFigureRow,
  isSubjectCodeRow,
  isTightTableRow,
  isWrappedCodeRow,
  isWrappedNameHead,
  isWrappedNameTail,
  isWrappedNameEnd,
} from './tight-rows.ts';
import { plainColumnTables } from './plain-columns.ts';
import { repairFigureGaps } from './floating-figures.ts';
import { plainGroupTables } from './plain-groups.ts';
import { plainSummaryTables } from './plain-summary.ts';
import { plainRowTables } from './plain-rows.ts';
import { plainBandTables } from './plain-bands.ts';
import { plainRecordTables } from './plain-records.ts';
import { plainTables, type PlainTable } from './plain-tables.ts';
import {
  displayWidth,
  isCjk,
  isAmbiguousWidth,
  isDashToken,
  digitRun,
  isDigit,
  isFigureRun,
  endsWithFigurePair,
  isBracketedFigure,
  isFigureToken,
  isWhite,
  gluedFigureStart,
} from './layout-chars.ts';

export { displayWidth, isFigureToken, isWhite } from './layout-chars.ts';

export type { Block, LineBreak, Paragraph, TableBlock, TableShape } from './layout-blocks.ts';
import type { Block, LineBreak, Paragraph, TableShape } from './layout-blocks.ts';
export type { TableCell, TableRow } from './table-row.ts';
import type { TableCell, TableRow } from './table-row.ts';

export type Layout = {
  blocks: Block[];
  /**
   * One entry per source line, for line-based rules: a paragraph's reflowed text at its first line and ''
   * at the lines it absorbed; a space-aligned table row as tab-separated cells; dropped lines as ''.
   */
  logical: string[];
  /**
   * Every source line normalised (normaliseLine), whatever became of it: for the rules that read the
   * lines as printed, one cell per line (plain `pdftotext`), without normalising them again.
   */
  normalised: readonly string[];
  /** Source line (0-based) of `offset` in `logical[index]`. */
  lineAt(index: number, offset: number): number;
  /** Lines dropped as page numbers, headers or footers. */
  dropped: Set<number>;
  /** Detected wrap width of prose lines (display columns), null when lines are not wrapped. */
  wrapWidth: number | null;
};

/** Word bookmarks ("[bookmark: _Toc123]") removed; full-width digits, ％ and ． between digits made ASCII. */
export function normaliseLine(text: string): string {
  return normalise(text, scanLine(text));
}

/** normaliseLine, given what scanLine found in `text`. */
function normalise(text: string, scanned: number): string {
  // Each replacement only when its characters occur: most lines need none (a hot path).
  let out = text;
  let found = scanned;
  if (found & (BOOKMARK | CONTROL)) {
    if (found & BOOKMARK) out = out.replace(/\[bookmark: [^\]]*\]/g, '');
    if (out.includes('\f') || out.includes('\r')) out = out.replace(/[\f\r]/g, '');
    found = scanLine(out);
  }
  // In this order (digits first: points and commas are read between ASCII digits).
  if (found & FULL_DIGIT) out = out.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  if (found & PERCENT) out = out.replace(/％/g, '%');
  // "０．" ending a wrapped line: its decimals follow.
  // (Chinese text has a ， in nearly every line: replaced only when one follows a digit.)
  if (found & POINT) out = out.replace(/(?<=\d)[．](?=\d|\s*$)/g, '.');
  if (found & COMMA) out = out.replace(/(?<=\d)，(?=\d{3}(?!\d))/g, ',');
  if (found & SPACE) out = out.replace(/[\u00a0\u3000]/g, ' ');
  // A table typed with box-drawing characters: its column bars read as Markdown's "|", its rules and corners
  // as white space (a rule line is then blank, and does not cut the table in two). Every position is kept.
  if (found & BOX) out = out.replace(/[\u2500-\u257f]/g, (c) => (VERTICAL_BARS.includes(c) ? '|' : ' '));
  return out;
}

/** The box-drawing characters that are a column's bar alone (not a corner or a crossing of rules). */
const VERTICAL_BARS = '│┃║╎╏┆┇┊┋';

// What scanLine finds in a line (bits).
const BOOKMARK = 1; // "[bookmark: "
const CONTROL = 2; // \f or \r
const FULL_DIGIT = 4; // ０–９
const PERCENT = 8; // ％
const POINT = 16; // ． after a digit
const COMMA = 32; // ， after a digit
const SPACE = 64; // U+00A0 or U+3000
const SURROGATE = 128; // a high surrogate: a character outside the BMP (displayWidth counts it once)
const BOX = 256; // a box-drawing character (U+2500–U+257F): a typed table's rules and column bars
/** The lines normalise changes, or whose width is not their length plus their wide characters. */
const NOT_PLAIN = BOOKMARK | CONTROL | FULL_DIGIT | PERCENT | POINT | COMMA | SPACE | SURROGATE | BOX;
/** scanLine's result: the bits above, plus WIDE times the number of wide (CJK) characters. */
const WIDE = 512;

/**
 * What normaliseLine replaces in a line and how many of its characters are wide (isCjk), in one scan
 * by char code: a native search or a regular expression per question would read the line eight times,
 * and displayWidth once more. Converting full-width digits keeps every position, so "after a digit" is
 * read on the line as it is (an ASCII or a full-width digit before).
 */
function scanLine(text: string): number {
  let found = 0;
  let wide = 0;
  for (let k = 0, n = text.length; k < n; k++) {
    const c = text.charCodeAt(k);
    // CJK ideographs first: most characters of a Chinese line, and nothing to find in them.
    if (c >= 0x3400 && c <= 0x9fff) wide++;
    else if (c < 0xa0) {
      if (c === 12 || c === 13) found |= CONTROL;
      else if (c === 91 && text.startsWith('bookmark: ', k + 1)) found |= BOOKMARK;
    } else {
      if (isCjk(c)) wide++;
      else if (c === 0xa0) found |= SPACE;
      else if (c >= 0xd800 && c <= 0xdbff) found |= SURROGATE;
      else if (c >= 0x2500 && c <= 0x257f) found |= BOX;
      if (c === 0x3000) found |= SPACE;
      else if (c >= 0xff05 && c <= 0xff19) {
        if (c >= 0xff10) found |= FULL_DIGIT;
        else if (c === 0xff05) found |= PERCENT;
        else if (c === 0xff0e && isDigitCode(text.charCodeAt(k - 1))) found |= POINT;
        else if (c === 0xff0c && isDigitCode(text.charCodeAt(k - 1))) found |= COMMA;
      }
    }
  }
  return found + wide * WIDE;
}

/** An ASCII or a full-width digit. */
function isDigitCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}

/** Leading white space: `text.length - text.trimStart().length`, without the copy. */
function leadingWhite(text: string): number {
  let i = 0;
  while (i < text.length && isWhite(text.charCodeAt(i))) i++;
  return i;
}

/** Whether `c` is one of the characters of `set` (for short sets of punctuation read by char code). */
function charIn(set: string, c: number): boolean {
  for (let k = 0; k < set.length; k++) if (set.charCodeAt(k) === c) return true;
  return false;
}

const isAsciiAlnum = (c: number): boolean => isDigit(c) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

export const HEADING =
  /^\s*(第[一二三四五六七八九十]+部分|[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[）)]|\d{1,2}\s*[、．]|\d{1,2}\.(?!\d)|[（(]\d{1,2}[）)]|[①-⑳])/;
const PART_HEADING = /^\s*第[一二三四五六七八九十]+部分/;
const PAGE_NUMBER =
  /^\s*(?:[-—–－]\s*\d{1,4}\s*[-—–－]|第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|[-—–－]\s*\d{1,4}|\d{1,4}\s*[-—–－])\s*$/;
const GAP = /\S(?: {2,}|\t+)\S/;
const NUMBERISH = /^[-−(（]?\d[\d,]*(?:\.\d+)?%?[)）]?$/;

/** Whether a line holds a clause mark of running text ("，" or "。"). */
const hasClauseMark = (line: string): boolean => line.includes('，') || line.includes('。');

/** HEADING.test(line), `from` being the line's first non-white character (most lines fail on it). */
function isHeading(line: string, from: number): boolean {
  return mayStartHeading(line.charCodeAt(from)) && HEADING.test(line);
}

/** The characters a HEADING starts with: 第, a Chinese numeral, （ or (, a digit, ①–⑳. */
function mayStartHeading(c: number): boolean {
  if (isDigit(c) || c === 40) return true;
  switch (c) {
    case 0x7b2c: // 第
    case 0x4e00: // 一
    case 0x4e8c: // 二
    case 0x4e09: // 三
    case 0x56db: // 四
    case 0x4e94: // 五
    case 0x516d: // 六
    case 0x4e03: // 七
    case 0x516b: // 八
    case 0x4e5d: // 九
    case 0x5341: // 十
    case 0xff08: // （
      return true;
    default:
      return c >= 0x2460 && c <= 0x2473; // ①–⑳
  }
}

type Kind = 'blank' | 'prose' | 'row' | 'tsv' | 'markdown' | 'cell-lines' | 'plain' | 'dropped';

/**
 * The normalised lines and what every stage reads of each, computed once: where its text starts and ends
 * (white space trimmed: `text.slice(from, to)` is `text.trim()`), its kind, and the display width of its
 * trimmed text (prose lines only, else 0).
 */
type Lines = {
  text: string[];
  from: number[];
  to: number[];
  kinds: Kind[];
  widths: number[];
};

function classify(line: string, from: number, to: number): Kind {
  if (from === to) return line.charCodeAt(0) === 9 ? 'cell-lines' : 'blank';
  if (isRuleLine(line, from, to)) return 'blank';
  if (line.charCodeAt(from) === 124) return 'markdown';
  const firstTab = line.indexOf('\t');
  if (firstTab >= 0) {
    // What /\S\t/ reads of the line and /\t\S/ of its text from the first non-white character.
    let textThenTab = false;
    let tabThenText = false;
    for (let k = firstTab; k >= 0; k = line.indexOf('\t', k + 1)) {
      if (k > 0 && !isWhite(line.charCodeAt(k - 1))) textThenTab = true;
      if (k >= from && k + 1 < line.length && !isWhite(line.charCodeAt(k + 1))) tabThenText = true;
    }
    if (firstTab === 0 && !textThenTab) return 'cell-lines';
    if (textThenTab || tabThenText) return 'tsv';
  }
  if (line.charCodeAt(from) === 0x7b2c && PART_HEADING.test(line)) return 'prose';
  // A gap lies between two non-white characters: inside the trimmed text (GAP reads the line the same).
  const twoSpaces = line.indexOf('  ', from);
  if ((firstTab >= 0 || (twoSpaces >= 0 && twoSpaces + 2 <= to)) && GAP.test(line)) {
    // A wide gap, two gaps or a figure in a cell: a table row; one narrow gap in prose is not.
    if (within(line.indexOf('    ', from), to)) return 'row';
    // The cells `trimmed.split(/ {2,}/)` gives, read in place (most lines with a gap are rows: no copies).
    let cells = 0;
    for (let start = from; start < to;) {
      const gap = line.indexOf('  ', start);
      const end = within(gap, to) ? gap : to;
      // A cell of figures one space apart ("150.00 -", "3.00 2.20": the last or first columns of a row
      // pdftotext set tight at the table's edge) is figures too.
      if (++cells >= 3 || isNumberish(line, start, end) || isFigureRun(line, start, end)) return 'row';
      // (The 分值 and 得分 at the end of a 自评表 row whose cells pdftotext set one space apart.)
      if (cells === 2 && endsWithFigurePair(line, start, end)) return 'row';
      start = end;
      while (start < to && line.charCodeAt(start) === 32) start++;
    }
  }
  return figuresOnly(line, from, to) ||
    isLabelledFigureRow(line, from, to) ||
    isSubjectCodeRow(line, from, to)
    ? 'row'
    : 'prose';
}

/**
 * A table's header line of short labels one space apart, as pdftotext sets narrow Chinese headers: "预算数 决算数
 * 增减额 增减率 批次(个) 人次(人)" — four labels or more, each of one to six characters with Chinese in it (a unit in
 * brackets allowed), no clause mark on the line. (A row only between two rows: the second line of a header whose
 * first is a row; a first header line above labels and figures grouped over lines is read by plain-groups.ts.)
 */
function isHeaderWordsLine(line: string, from: number, to: number): boolean {
  if (to - from > 80 || line.indexOf(' ', from) < 0 || hasClauseMark(line)) return false;
  const words = line.slice(from, to).split(' ');
  return words.length >= 4 && words.every((w) => HEADER_LABEL.test(w));
}

/** Up to four short labels, set apart by two spaces or more, the first far from the line's start. */
function isHeaderTopLine(line: string, from: number, to: number): boolean {
  if (from < 16 || to - from > 60 || hasClauseMark(line)) return false;
  const words = line.slice(from, to).split(/\s{2,}/);
  return words.length >= 2 && words.length <= 4 && words.every((w) => TOP_LABEL.test(w));
}

const TOP_LABEL = /^(?=.*[\u4e00-\u9fa5])[\u4e00-\u9fa50-9%％（）()]{2,10}$/;

const HEADER_LABEL =
  /^(?=[^\d]*[\u4e00-\u9fa5])[\u4e00-\u9fa5%％]{1,6}(?:[（(][\u4e00-\u9fa5%％]{1,3}[）)])?$/;

/**
 * A table typed in an editor lines its columns up by display width (a Chinese character two columns wide),
 * where pdftotext sets one place per character. When the figures of a space-aligned table line up better
 * by display width — fewer distinct left or right edges, or as few and the header's cells nearer the
 * figures' columns — its cells' places are counted so (their text is kept; only the columns are read from
 * the places).
 */
function placeByDisplayWidth(rows: TableRow[], lines: readonly string[]): void {
  if (rows.length < 3) return;
  // A cell of labels one space apart ("2024年预算数 2024年决算数") is split into its labels by characters
  // (table-model.ts): such a table keeps pdftotext's places.
  // (The pattern needs a space: most cells have none, and are not searched. A cell of a sentence — "预算执行率
  // 95.04%，按…", a 扣分原因 as pdftotext spaces its figures — is no labels.)
  for (const r of rows)
    for (const c of r.cells)
      if (c.text.includes(' ') && SPACED_LABELS.test(c.text) && !hasClauseMark(c.text)) return;
  const byChar = new Set<number>();
  const byDisplay = new Set<number>();
  const byCharStart = new Set<number>();
  const byDisplayStart = new Set<number>();
  let wideRows = 0;
  // The display column of each cell's start and end, the rows' cells in order (computed once; applied only
  // if chosen). Flat lists: a pair per cell was garbage for every table.
  const displayStarts: number[] = [];
  const displayEnds: number[] = [];
  // Quotes, dashes and ellipses (“ ” ‘ ’ — …) are one column wide to some editors and two to others: how
  // many stand before each cell's start and end, to read a row typed the other way (below).
  const ambiguousStarts: number[] = [];
  const ambiguousEnds: number[] = [];
  const figureCells: boolean[] = [];
  for (const r of rows) {
    const line = lines[r.line]!;
    let wide = 0;
    let ambiguous = 0;
    let k = 0;
    for (const c of r.cells) {
      for (; k < c.start; k++) {
        const ch = line.charCodeAt(k);
        if (isCjk(ch)) wide++;
        if (isAmbiguousWidth(ch)) ambiguous++;
      }
      const start = c.start + wide;
      ambiguousStarts.push(ambiguous);
      for (; k < c.end; k++) {
        const ch = line.charCodeAt(k);
        if (isCjk(ch)) wide++;
        if (isAmbiguousWidth(ch)) ambiguous++;
      }
      ambiguousEnds.push(ambiguous);
      displayStarts.push(start);
      displayEnds.push(c.end + wide);
      figureCells.push(isFigureToken(line, c.start, c.end));
      if (figureCells[figureCells.length - 1]) {
        byChar.add(c.end);
        byDisplay.add(c.end + wide);
        byCharStart.add(c.start);
        byDisplayStart.add(start);
      }
    }
    if (wide > 0) wideRows++;
  }
  if (wideRows < 3) return;
  const charEdges = Math.min(byChar.size, byCharStart.size);
  const displayEdges = Math.min(byDisplay.size, byDisplayStart.size);
  if (displayEdges > charEdges) return;
  if (displayEdges === charEdges) {
    // The figures line up either way (every row as wide before them): the rows without figures (the
    // header) decide — by how far their cells' middles lie from the nearest figure's middle.
    let byCharOff = 0;
    let byDisplayOff = 0;
    const middles = (set: Set<number>, starts: Set<number>) => [...set, ...starts];
    const charMarks = middles(byChar, byCharStart);
    const displayMarks = middles(byDisplay, byDisplayStart);
    const nearest = (marks: number[], x: number) => Math.min(...marks.map((m) => Math.abs(m - x)));
    let cell = 0;
    for (const r of rows) {
      const line = lines[r.line]!;
      const first = cell;
      cell += r.cells.length;
      if (r.cells.some((c) => isFigureToken(line, c.start, c.end))) continue;
      r.cells.forEach((c, j) => {
        byCharOff += nearest(charMarks, (c.start + c.end) / 2);
        byDisplayOff += nearest(displayMarks, (displayStarts[first + j]! + displayEnds[first + j]!) / 2);
      });
    }
    if (byDisplayOff >= byCharOff) return;
  }
  // A row whose figures end where no other row's do, but would with its quotes one column wide, was typed so.
  const endCount = new Map<number, number>();
  displayEnds.forEach((end, i) => {
    if (figureCells[i]) endCount.set(end, (endCount.get(end) ?? 0) + 1);
  });
  let cell = 0;
  for (const r of rows) {
    const first = cell;
    const last = cell + r.cells.length;
    let narrow = false;
    if (ambiguousEnds[last - 1]! > 0) {
      let figures = 0;
      narrow = true;
      for (let i = first; i < last && narrow; i++) {
        if (!figureCells[i]) continue;
        figures++;
        narrow =
          (endCount.get(displayEnds[i]!) ?? 0) < 2 &&
          (endCount.get(displayEnds[i]! - ambiguousEnds[i]!) ?? 0) >= 2;
      }
      narrow &&= figures > 0;
    }
    for (const c of r.cells) {
      c.start = displayStarts[cell]! - (narrow ? ambiguousStarts[cell]! : 0);
      c.end = displayEnds[cell]! - (narrow ? ambiguousEnds[cell]! : 0);
      cell++;
    }
  }
}

/** Two labels one space apart, each with a Chinese character. */
const SPACED_LABELS = /[\u4e00-\u9fa5][^\s]* [^\s]*[\u4e00-\u9fa5]/;

/** A line typed as a table's rule ("--------", "====", "+------+-----+"): no text, and no cut in a table. */
function isRuleLine(line: string, from: number, to: number): boolean {
  if (to - from < 5) return false;
  for (let k = from; k < to; k++) {
    const c = line.charCodeAt(k);
    // - = _ + ~ * — and white space
    if (!(
      c === 45 ||
      c === 61 ||
      c === 95 ||
      c === 43 ||
      c === 126 ||
      c === 42 ||
      c === 0x2014 ||
      isWhite(c)
    ))
      return false;
  }
  return true;
}

/**
 * Whether the trimmed text is three or more figures one space apart ("340,000.00 246,899.40 180,000.00 …"):
 * a table row pdftotext set tight, never prose.
 */
function figuresOnly(line: string, from: number, to: number): boolean {
  const c = line.charCodeAt(from);
  if (!isDigit(c) && c !== 45 && c !== 0x2212) return false;
  let tokens = 0;
  let figures = 0;
  for (let start = from; start < to;) {
    let end = start;
    while (end < to && !isWhite(line.charCodeAt(end))) end++;
    if (isFigureToken(line, start, end)) figures++;
    else if (!(end - start === 1 && line.charCodeAt(start) === 45)) return false;
    tokens++;
    start = end;
    while (start < to && isWhite(line.charCodeAt(start))) start++;
  }
  return tokens >= 3 && figures >= 2;
}

/** A tight header line over a tight figure row ("预算数 决算数 预算数 决算数 …"): short labels only. */
function isTightHeader(line: string, from: number, to: number): boolean {
  const tokens = line.slice(from, to).split(/\s+/);
  return tokens.length >= 4 && tokens.every((t) => t.length <= 6 && !/[\d。，；：、]/.test(t));
}

/**
 * Whether a tight header has one word for each cell of the tight labelled row below it (its label, then
 * its figures): the words are that row's column heads.
 */
function headsLabelledRow(
  header: string,
  hFrom: number,
  hTo: number,
  row: string,
  rFrom: number,
  rTo: number,
): boolean {
  if (!isLabelledFigureRow(row, rFrom, rTo)) return false;
  return header.slice(hFrom, hTo).split(/\s+/).length === row.slice(rFrom, rTo).split(/\s+/).length;
}

/** NUMBERISH.test of a cell, its white space removed: copied only when it starts as a figure does. */
function isNumberish(line: string, start: number, end: number): boolean {
  let k = start;
  while (k < end && isWhite(line.charCodeAt(k))) k++;
  const c = line.charCodeAt(k);
  if (!(isDigit(c) || c === 45 || c === 0x2212 || c === 40 || c === 0xff08)) return false; // -−(（
  return NUMBERISH.test(line.slice(start, end).replace(/\s/g, ''));
}

/**
 * Cells of a space-aligned row with their character columns. Columns are two or more spaces apart, but
 * pdftotext may leave one space between narrow columns ("2,898.44 2,255.07 643.37"): a figure is its own
 * cell even when one space separates it from its neighbours, and so is a dash printed for zero ("二、政府性
 * 基金预算财政拨款   - 二、教育支出", "绩效工资 -   30206 电费") — unless text goes on after it in the same
 * stretch ("2024年1月 - 2024年12月" stays one cell).
 */
function spaceCells(line: string, li: number): TableCell[] {
  // Tokens are the runs of non-space characters; a run of tokens one space (U+0020) apart is one stretch
  // of text, and a stretch is split into cells before and after every figure. A cell's tokens are one
  // space apart: its text is the line from its first token's start to its last token's end.
  const out: TableCell[] = [];
  let cur: TableCell | null = null;
  let curFigure = false;
  // Whether `cur` is a dash alone (a cell of its own: the text after it is the next cell's).
  let curDash = false;
  // Whether `cur`'s last token is a word of Chinese characters (see isWord), a quantity (see isQuantity).
  let curWord = false;
  let curQuantity = false;
  let prevEnd = -1;
  // Tokens by char code (as /\S+/g finds them, without a match array per token).
  for (let start = 0; start < line.length; start++) {
    if (isWhite(line.charCodeAt(start))) continue;
    let end = start + 1;
    while (end < line.length && !isWhite(line.charCodeAt(end))) end++;
    const sameStretch = prevEnd >= 0 && start === prevEnd + 1 && line.charCodeAt(prevEnd) === 32;
    prevEnd = end;
    // A label printed against its figure ("2.公务用车购置及运行维护费37.00"): the label a cell, the figure the next.
    const glued = gluedFigureStart(line, start, end);
    if (glued >= 0) {
      if (cur) out.push(withText(cur, line));
      out.push(withText({ text: '', line: li, start, end: glued }, line));
      cur = { text: '', line: li, start: glued, end };
      curFigure = true;
      curDash = false;
      curWord = false;
      curQuantity = false;
      start = end;
      continue;
    }
    const fig = isFigureToken(line, start, end);
    const dash = !fig && isDashToken(line, start, end);
    const word = isWord(line, start, end);
    const quantity = !fig && isQuantity(line, start, end);
    if (
      !sameStretch ||
      fig ||
      !cur ||
      curFigure ||
      curDash ||
      (dash && dashEndsStretch(line, end)) ||
      (word && curWord) ||
      (quantity && curQuantity)
    ) {
      if (cur) out.push(withText(cur, line));
      cur = { text: '', line: li, start, end };
      curFigure = fig;
      curDash = dash;
    } else cur.end = end;
    curWord = word;
    curQuantity = quantity;
    start = end;
  }
  if (cur) out.push(withText(cur, line));
  return out;
}

/**
 * A figure with its unit or bound ("12350亩", "≥36公里", "≤1500元", "93.6%"): an indicator's 年度指标值 or
 * 实际完成值. Two one space apart ("≥12000亩 12350亩") are two cells, as two figures are.
 */
function isQuantity(line: string, start: number, end: number): boolean {
  let k = start;
  const c = line.charCodeAt(k);
  // ≥ ≤ ≧ ≦ > < ＞ ＜, then an optional =
  const bound =
    c === 0x2265 ||
    c === 0x2264 ||
    c === 0x2267 ||
    c === 0x2266 ||
    c === 62 ||
    c === 60 ||
    c === 0xff1e ||
    c === 0xff1c;
  if (bound) {
    k++;
    if (line.charCodeAt(k) === 61) k++;
  }
  const digits = digitRun(line, k, end);
  if (digits === 0) return false;
  k += digits;
  if (k < end && line.charCodeAt(k) === 46) {
    const decimals = digitRun(line, k + 1, end);
    if (decimals === 0) return false;
    k += 1 + decimals;
  }
  if (k === end) return bound;
  const u = line.charCodeAt(k);
  if ((u === 37 || u === 0xff05) && k + 1 === end) return true;
  // A unit of one to three Chinese characters ("亩", "公里", "万人次").
  const unit = end - k;
  if (unit > 3) return false;
  for (let j = k; j < end; j++) if (!isIdeograph(line.charCodeAt(j))) return false;
  return true;
}

/** A Chinese character (not a punctuation mark): a word a line may break inside. */
function isIdeograph(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

/**
 * A token of two or more Chinese characters and nothing else. Chinese text has no spaces between words:
 * two such words one space apart are two narrow columns pdftotext set one space apart ("年初预算数 全年预算数",
 * "成本指标 单村改造平均成本"). A spaced-out single character ("合 计") is not a word. A header word may end
 * with a bracket of Chinese characters, closed or cut open where the cell wraps onto the next line
 * ("权重（分值）", "权重（分" above "值）"): "权重（分 年度指标值" is two cells.
 */
function isWord(line: string, start: number, end: number): boolean {
  let k = start;
  while (k < end && isIdeograph(line.charCodeAt(k))) k++;
  if (k - start < 2) return false;
  if (k === end) return true;
  // （ or (, then Chinese characters, then ） or ) ending the token or nothing (the cell wrapped).
  const open = line.charCodeAt(k);
  if (open !== 0xff08 && open !== 40) return false;
  let j = k + 1;
  while (j < end && isIdeograph(line.charCodeAt(j))) j++;
  if (j === k + 1) return false;
  if (j === end) return true;
  const close = line.charCodeAt(j);
  return j + 1 === end && (close === 0xff09 || close === 41);
}

/**
 * Whether a dash ending at `end`, one space after a label, is a cell of its own: nothing follows it in its
 * stretch of text (the line ends, or two spaces or a tab follow), or a figure or another dash does.
 */
function dashEndsStretch(line: string, end: number): boolean {
  if (end >= line.length || line.charCodeAt(end) !== 32) return true;
  if (end + 1 >= line.length || isWhite(line.charCodeAt(end + 1))) return true;
  let e = end + 1;
  while (e < line.length && !isWhite(line.charCodeAt(e))) e++;
  return isFigureToken(line, end + 1, e) || isDashToken(line, end + 1, e);
}

/**
 * A space-aligned cell with its text: the line between its columns. A bracketed figure, the accountants'
 * negative ("(6.60)" in an 增减额 column), reads as the signed figure it stands for.
 */
function withText(cell: TableCell, line: string): TableCell {
  cell.text = isBracketedFigure(line, cell.start, cell.end)
    ? `-${line.slice(cell.start + 1, cell.end - 1)}`
    : line.slice(cell.start, cell.end);
  return cell;
}

function tsvCells(line: string, li: number): TableCell[] {
  return line.split('\t').map((t, i) => ({ text: t.trim(), line: li, start: i, end: i + 1 }));
}

/** A Markdown row's cells, null for the separator row ("|---|---|"). `line.slice(from, to)` starts with "|". */
function markdownCells(line: string, from: number, to: number, li: number): TableCell[] | null {
  if (/^\|[\s\-:|]+\|?\s*$/.test(line.slice(from, to))) return null;
  // Without the leading "|" and a trailing one.
  const inner = line.slice(from + 1, to > from + 1 && line.charCodeAt(to - 1) === 124 ? to - 1 : to);
  return inner.split('|').map((p, i) => ({
    text: squashWhite(p.includes('<') ? p.replace(/<br\s*\/?>/gi, ' ').replace(/<\/?p>/gi, ' ') : p),
    line: li,
    start: i,
    end: i + 1,
  }));
}

/** `text.replace(/\s+/g, ' ').trim()`, without the copies when it has nothing to change (most cells). */
export function squashWhite(text: string): string {
  let from = 0;
  while (from < text.length && isWhite(text.charCodeAt(from))) from++;
  let to = text.length;
  while (to > from && isWhite(text.charCodeAt(to - 1))) to--;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    // Inside the text, unchanged while every white character is a single space.
    if (isWhite(c) && (c !== 32 || isWhite(text.charCodeAt(k + 1)))) return text.replace(/\s+/g, ' ').trim();
  }
  return text.slice(from, to);
}

/**
 * The wrap width of prose: the width W that the most lines end just short of (within 8 display columns),
 * with few lines wider. Null for typed text (one paragraph per line: widths all over the place).
 */
function detectWrap(doc: Lines): number | null {
  const { text, to, kinds } = doc;
  const widths: number[] = [];
  // Lines that end inside a sentence, their next line prose too (the short text's fallback below).
  const open: number[] = [];
  for (let i = 0; i < kinds.length; i++) {
    if (kinds[i] !== 'prose') continue;
    const w = doc.widths[i]!;
    if (w < 24) continue;
    widths.push(w);
    // (A prose line's last non-white character: what /[。！？；;:：]\s*$/ reads.)
    if (w >= 48 && kinds[i + 1] === 'prose' && !charIn('。！？；;:：', text[i]!.charCodeAt(to[i]! - 1)))
      open.push(w);
  }
  if (widths.length < 4) return shortTextWrap(open, widths);
  // The lines that end inside a sentence are the wrapped ones: their width, when four or more agree and few
  // lines are wider, is the wrap width — whatever the headings and titles (many, short) make of the rest.
  const [openCount, openW] = densestWidth(open);
  if (openCount >= 4 && openW <= 240 && widerThan(widths, openW) <= widths.length * 0.15) return openW;
  const [best, bestW] = densestWidth(widths);
  const wider = widerThan(widths, bestW);
  if (best < 4 && widths.length < 12) return shortTextWrap(open, widths);
  if (bestW > 240 || best < Math.max(4, widths.length * 0.2) || wider > widths.length * 0.15) return null;
  return bestW;
}

/** The most widths within 8 display columns of each other, and the widest of them: [count, width]. */
function densestWidth(widths: readonly number[]): [number, number] {
  // (A typed array sorts numbers as numbers, without a comparison function called for every pair.)
  const sorted = Int32Array.from(widths).sort();
  let best = 0;
  let bestW = 0;
  for (let lo = 0, hi = 0; hi < sorted.length; hi++) {
    while (sorted[hi]! - sorted[lo]! > 8) lo++;
    const count = hi - lo + 1;
    if (count > best || (count === best && sorted[hi]! > bestW)) [best, bestW] = [count, sorted[hi]!];
  }
  return [best, bestW];
}

function widerThan(widths: readonly number[], w: number): number {
  let n = 0;
  for (const x of widths) if (x > w + 8) n++;
  return n;
}

/**
 * A short text (a page of a few paragraphs under a table) has too few lines to tell its wrap width by
 * count. It is wrapped when at least three lines of nearly one width (within 4 columns) end inside a
 * sentence, each followed by more prose, and no line of the text is wider: typed paragraphs end at a 。.
 */
function shortTextWrap(open: readonly number[], widths: readonly number[]): number | null {
  if (open.length < 3) return null;
  const sorted = [...open].sort((a, b) => a - b);
  const top = sorted[sorted.length - 1]!;
  const near = sorted.filter((w) => top - w <= 4).length;
  return near >= 3 && top <= 240 && widths.every((w) => w <= top + 4) ? top : null;
}

/** `text.replace(/\f/g, '').trim() === ''` without the copies (a form feed is white space). */
const isBlankText = (text: string): boolean => leadingWhite(text) === text.length;

/**
 * Whether every character of a line may be part of a PAGE_NUMBER ("- 3 -", "第 3 页，共 12 页", "3/12"):
 * white space, digits, dashes, 第页共 and , ， /. Table rows start with digits too, and fail here at once.
 */
function pageNumberChars(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (!(isWhite(c) || isDigit(c) || isPageNumberMark(c))) return false;
  }
  return true;
}

/** - — – － 第 页 共 , ， / */
function isPageNumberMark(c: number): boolean {
  switch (c) {
    case 45:
    case 0x2014:
    case 0x2013:
    case 0xff0d:
    case 0x7b2c:
    case 0x9875:
    case 0x5171:
    case 44:
    case 0xff0c:
    case 47:
      return true;
    default:
      return false;
  }
}

/** Page numbers, and a first or last line of a page printed the same on three pages or more. */
function pageFurniture(source: readonly SourceLine[]): Set<number> {
  const dropped = new Set<number>();
  const starts: number[] = [0];
  for (let i = 1; i < source.length; i++) {
    const l = source[i]!;
    // A page starts at a form feed (pdftotext's text) or where the extracted page number changes.
    const newPage =
      l.text.charCodeAt(0) === 12 ||
      (l.location !== undefined && l.location !== source[i - 1]!.location && /^第\d+页$/.test(l.location));
    if (newPage) starts.push(i);
  }
  const byText = new Map<string, number[]>();
  const note = (i: number | undefined): void => {
    if (i === undefined) return;
    const text = source[i]!.text;
    // Page numbers differ from page to page, a year does not: "2023年度…表" over one of four tables alike is
    // not the others' header (its year is read as a title's).
    const t = (text.includes('\f') ? text.replace(/\f/g, '') : text).trim().replace(/\d+(?!\d|\s*年)/g, '#');
    addTo(byText, t, i);
  };
  for (let p = 0; p < starts.length; p++) {
    const from = starts[p]!;
    const to = (starts[p + 1] ?? source.length) - 1;
    let a = from;
    while (a <= to && isBlankText(source[a]!.text)) a++;
    let b = to;
    while (b >= from && isBlankText(source[b]!.text)) b--;
    if (a <= to) note(a);
    if (b >= from && b !== a) note(b);
    // A page's last line that is a bare number is its page number.
    if (starts.length > 1 && b >= from && /^\s*\d{1,4}\s*$/.test(source[b]!.text.replace(/\f/g, '')))
      dropped.add(b);
  }
  if (starts.length >= 3)
    for (const [t, at] of byText)
      if (at.length >= 3 && t.length > 0 && t.length < 60) at.forEach((i) => dropped.add(i));
  for (let i = 0; i < source.length; i++) {
    const text = source[i]!.text;
    // A page number starts with a digit, a dash or 第 (checked first: the pattern is slow on long lines).
    const c = text.charCodeAt(leadingWhite(text));
    const dash = c === 45 || c === 0x2014 || c === 0x2013 || c === 0xff0d; // -—–－
    if (!(isDigit(c) || c === 0x7b2c || dash) || text.startsWith('\t') || !pageNumberChars(text)) continue;
    if (PAGE_NUMBER.test(text.includes('\f') ? text.replace(/\f/g, '') : text)) dropped.add(i);
  }
  return dropped;
}

/**
 * A paragraph being built: its pieces of text, `parts[0]` to `parts[count - 1]` (joined once at the end:
 * appending to a string would build a rope that every reader then flattens), its length, its line breaks,
 * and the char code of its last character (-1 while empty). One is reused for every paragraph of a
 * document, its `parts` overwritten (emptying an array frees its storage, to be grown again).
 */
type ParagraphText = {
  parts: string[];
  count: number;
  length: number;
  /** Null until a second line joins (most paragraphs have one line: no list for them). */
  breaks: LineBreak[] | null;
  last: number;
};

/** The breaks of every paragraph of one line: one empty list shared, not one each. */
const NO_BREAKS: readonly LineBreak[] = Object.freeze([]);

function addPart(p: ParagraphText, part: string): void {
  p.parts[p.count++] = part;
  p.length += part.length;
  p.last = part.charCodeAt(part.length - 1);
}

/**
 * Appends a line's text (`line.slice(from, to)`, trimmed) to a paragraph, dropping layout spaces beside
 * CJK characters.
 */
function appendText(p: ParagraphText, line: string, from: number, to: number, li: number): void {
  if (from === to) return;
  if (p.length > 0) (p.breaks ??= []).push({ start: p.length, line: li });
  const first = line.charCodeAt(from);
  if (isAsciiAlnum(p.last) && !isDigit(p.last) && isAsciiAlnum(first)) addPart(p, ' ');
  // Most lines hold no space or tab inside their text: one piece (found by the native search).
  if (!within(line.indexOf(' ', from), to) && !within(line.indexOf('\t', from), to)) {
    addPart(p, line.slice(from, to));
    return;
  }
  // Runs of text and runs of spaces/tabs (the text starts and ends with text).
  let i = from;
  while (i < to) {
    let j = i;
    while (j < to && !isSpaceOrTab(line.charCodeAt(j))) j++;
    addPart(p, line.slice(i, j));
    if (j === to) break;
    let k = j;
    while (k < to && isSpaceOrTab(line.charCodeAt(k))) k++;
    // "2024 年度", "307.82  万元", "占 76.23 %": pdftotext spacing, not text.
    const next = line.charCodeAt(k);
    if (!isCjk(p.last) && !isCjk(next) && next !== 37) addPart(p, ' ');
    i = k;
  }
}

const isSpaceOrTab = (c: number): boolean => c === 32 || c === 9;
/** Whether a line's text (up to `end`) ends with "其中：" / "其中:". */
const endsWithQizhong = (line: string, end: number): boolean =>
  end >= 3 && line.charCodeAt(end - 3) === 0x5176 && line.charCodeAt(end - 2) === 0x4e2d;
/** Whether an `indexOf` result was found before `to`. */
const within = (at: number, to: number): boolean => at >= 0 && at < to;

/** The source line (0-based) of character `offset` of a paragraph's text (clamped to the text). */
export function paragraphLine(p: Paragraph, offset: number): number {
  const at = Math.max(0, Math.min(offset, p.text.length - 1));
  const breaks = p.breaks;
  // The last break at or before `at` (breaks are in order), by halves: a long paragraph has many.
  let lo = 0;
  let hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? p.first : breaks[lo - 1]!.line;
}

const UNIT_LINE = /单位[：:]\s*(万元|亿元|元)/;

export function layoutDocument(source: readonly SourceLine[]): Layout {
  const n = source.length;
  const dropped = pageFurniture(source);
  // (Arrays of their final length: grown by push, they would be copied again and again.)
  const doc: Lines = {
    text: new Array<string>(n),
    from: new Array<number>(n),
    to: new Array<number>(n),
    kinds: new Array<Kind>(n),
    widths: new Array<number>(n),
  };
  const logical = new Array<string>(n);
  const scans = new Array<number>(n);
  for (let li = 0; li < n; li++) {
    const raw = source[li]!.text;
    const scanned = scanLine(raw);
    doc.text[li] = normalise(raw, scanned);
    scans[li] = scanned;
  }
  // Figures pdftotext printed a line below (or above) their sentence go back into it, gaps a figure font
  // left in a sentence are closed (floating-figures.ts).
  for (const li of repairFigureGaps(doc.text, dropped)) scans[li] = scanLine(doc.text[li]!);
  for (let li = 0; li < n; li++) {
    const line = doc.text[li]!;
    const scanned = scans[li]!;
    const from = leadingWhite(line);
    let to = line.length;
    while (to > from && isWhite(line.charCodeAt(to - 1))) to--;
    const kind = dropped.size > 0 && dropped.has(li) ? 'dropped' : classify(line, from, to);
    doc.from[li] = from;
    doc.to[li] = to;
    doc.kinds[li] = kind;
    // The width of a plain line is its length plus its wide characters (from the scan): its white space,
    // trimmed, is narrow (a U+3000 is not plain).
    doc.widths[li] =
      kind !== 'prose'
        ? 0
        : scanned & NOT_PLAIN
          ? displayWidth(line, from, to)
          : to - from + Math.floor(scanned / WIDE);
    logical[li] = kind === 'dropped' ? '' : line;
  }
  // A header's second line of labels one space apart, between its first line and the rows, is a row of the table.
  for (let li = 1; li + 1 < n; li++)
    if (
      doc.kinds[li] === 'prose' &&
      doc.kinds[li - 1] === 'row' &&
      doc.kinds[li + 1] === 'row' &&
      isHeaderWordsLine(doc.text[li]!, doc.from[li]!, doc.to[li]!)
    ) {
      doc.kinds[li] = 'row';
      doc.widths[li] = 0;
    }
  // A header's top line of a few labels set far right ("完成预算   2023年度" over "（%）" and "决算数"), right under
  // the caption or a blank line and over the header's row of labels, is a row of the table (not text run on from
  // the unit line above it).
  for (let li = 1; li + 1 < n; li++)
    if (
      doc.kinds[li] === 'prose' &&
      doc.kinds[li + 1] === 'row' &&
      (doc.kinds[li - 1] === 'blank' || isCaptionAt(doc, li - 1)) &&
      isHeaderTopLine(doc.text[li]!, doc.from[li]!, doc.to[li]!) &&
      !/\d\.\d/.test(doc.text[li + 1]!)
    ) {
      doc.kinds[li] = 'row';
      doc.widths[li] = 0;
    }
  // A table's caption spread out on one line ("表1    资金分配情况表    单位：万元") is no row of it: read as a
  // line of text, it names the table below.
  for (let li = 0; li < n; li++)
    if (doc.kinds[li] === 'row' && isCaptionRow(doc.text[li]!, doc.from[li]!, doc.to[li]!)) {
      doc.kinds[li] = 'prose';
      doc.widths[li] = displayWidth(doc.text[li]!, doc.from[li]!, doc.to[li]!);
    }
  // The header line right above a tight figure row is that table's too: over figures alone, or over a
  // labelled row ("基本支出 1380.00 1475.20 …") word for cell ("支出类型 年初预算 调整预算 …").
  for (let li = 1; li < n; li++)
    if (
      doc.kinds[li] === 'row' &&
      doc.kinds[li - 1] === 'prose' &&
      isTightHeader(doc.text[li - 1]!, doc.from[li - 1]!, doc.to[li - 1]!) &&
      (figuresOnly(doc.text[li]!, doc.from[li]!, doc.to[li]!) ||
        headsLabelledRow(
          doc.text[li - 1]!,
          doc.from[li - 1]!,
          doc.to[li - 1]!,
          doc.text[li]!,
          doc.from[li]!,
          doc.to[li]!,
        ))
    ) {
      doc.kinds[li - 1] = 'row';
      doc.widths[li - 1] = 0;
    }
  // A row printed with single spaces between its cells, between two rows of a table, its figures in their
  // columns; a 科目 row's code and the start of its wrapped name (tight-rows.ts).
  for (let li = 1; li + 1 < n; li++)
    if (
      doc.kinds[li] === 'prose' &&
      (isTightTableRow(li, doc.text, doc.from, doc.to, (j) => doc.kinds[j] === 'row') ||
        isWrappedCodeRow(li, doc.text, doc.from, doc.to, (j) => doc.kinds[j] === 'row') ||
        isWrappedNameHead(li, doc.text, doc.from, doc.to, (j) => doc.kinds[j] === 'row') ||
        isWrappedNameTail(li, doc.text, doc.from, doc.to) ||
        isWrappedNameEnd(li, doc.text, doc.from, doc.to))
    ) {
      doc.kinds[li] = 'row';
      doc.widths[li] = 0;
    }
  // Tables plain `pdftotext` printed one cell per line (plain-tables.ts): their lines are no prose.
  const plain = plainTables(doc, n);
  // 科目 tables plain `pdftotext` printed column by column (plain-columns.ts), read after those.
  for (const t of plainColumnTables(doc, n))
    if (!plain.some((p) => p.first <= t.last && t.first <= p.last)) plain.push(t);
  // Two-sided 总表 printed income labels first, then income figures with the 支出 labels, then the 支出 figures
  // (plain-summary.ts).
  for (const t of plainSummaryTables(doc, n))
    if (!plain.some((p) => p.first <= t.last && t.first <= p.last)) plain.push(t);
  // Small tables printed labels first, then the headers, then the figures row by row (plain-rows.ts).
  for (const t of plainRowTables(doc, n))
    if (!plain.some((p) => p.first <= t.last && t.first <= p.last)) plain.push(t);
  // Tables printed header, then each row's label and its figures grouped over a few lines (plain-groups.ts).
  for (const t of plainGroupTables(doc, n))
    if (!plain.some((p) => p.first <= t.last && t.first <= p.last)) plain.push(t);
  // Numbered tables of projects printed text columns first, then their figures in two bands (plain-bands.ts).
  for (const t of plainBandTables(doc, n))
    if (!plain.some((p) => p.first <= t.last && t.first <= p.last)) plain.push(t);
  // Tables of items printed a record a row: 序号, a wrapped name, its figures and words (plain-records.ts).
  for (const t of plainRecordTables(doc, n))
    if (!plain.some((p) => p.first <= t.last && t.first <= p.last)) plain.push(t);
  const plainAt = new Map<number, PlainTable>();
  for (const t of plain) {
    plainAt.set(t.first, t);
    for (let li = t.first; li <= t.last; li++) {
      doc.kinds[li] = 'plain';
      doc.widths[li] = 0;
    }
  }
  const { text: lines, from: indent, to: ends, kinds } = doc;
  const wrap = detectWrap(doc);
  let blocks: Block[] = [];

  // The next line with text within `limit` blank lines; across a page break (a dropped page number or
  // header, a form feed) the blank space at the foot and head of the pages does not count.
  const nextNonBlank = (i: number, limit: number): number => {
    let j = i;
    let blanks = 0;
    let pageBreak = false;
    while (j < n && (kinds[j] === 'blank' || kinds[j] === 'dropped')) {
      if (kinds[j] === 'dropped' || source[j]!.text.startsWith('\f')) pageBreak = true;
      else blanks++;
      j++;
    }
    if (j >= n) return -1;
    if (source[j]!.text.startsWith('\f') || (i > 0 && source[j]!.location !== source[i - 1]!.location))
      pageBreak = true;
    return blanks < (pageBreak ? limit + 12 : limit) ? j : -1;
  };
  const isTableKind = (k: Kind | undefined): boolean => k === 'row' || k === 'tsv' || k === 'markdown';
  const para: ParagraphText = { parts: [], count: 0, length: 0, breaks: null, last: -1 };

  let i = 0;
  while (i < n) {
    const k = kinds[i]!;
    if (k === 'blank' || k === 'dropped') {
      i++;
      continue;
    }
    if (k === 'plain') {
      // (Reached at its first line: no other block takes a 'plain' line. Defensive: else the line is skipped.)
      const t = plainAt.get(i);
      if (!t) {
        i++;
        continue;
      }
      const { title, unit } = tableCaption(doc, t.first, t.rows);
      blocks.push({ kind: 'table', shape: 'plain', rows: t.rows, first: t.first, last: t.last, title, unit });
      i = t.last + 1;
      continue;
    }
    if (isTableKind(k) || k === 'cell-lines') {
      const shape: TableShape =
        k === 'row' ? 'space' : k === 'tsv' ? 'tsv' : k === 'markdown' ? 'markdown' : 'cell-lines';
      const rows: TableRow[] = [];
      const first = i;
      let last = i;
      while (i < n) {
        const kk = kinds[i]!;
        if (kk === 'dropped') {
          i++;
          continue;
        }
        if (shape === 'cell-lines') {
          if (kk !== 'cell-lines' && kk !== 'blank') break;
          if (kk === 'blank') {
            const j = nextNonBlank(i, 4);
            if (j < 0 || kinds[j] !== 'cell-lines') break;
            i = j;
            continue;
          }
          const cell = { text: lines[i]!.slice(indent[i], ends[i]), line: i, start: 0, end: 1 };
          rows.push({ line: i, cells: [cell] });
          last = i++;
          continue;
        }
        if (kk === 'blank') {
          const j = nextNonBlank(i, 4);
          if (j < 0 || !(kinds[j] === k || (shape === 'space' && isShortHeaderLine(doc, j)))) break;
          i = j;
          continue;
        }
        // (Never at the table's first line: breaking there would leave `i` where it was, for ever.)
        if (kk === k && shape === 'space' && i > first && isCaptionAt(doc, i)) break;
        if (
          kk === k &&
          shape === 'space' &&
          i > first &&
          isYearHeaderAt(lines, i, rows, nextNonBlank(i + 1, 2))
        )
          break;
        if (kk === k) {
          const cells =
            shape === 'space'
              ? spaceCells(lines[i]!, i)
              : shape === 'tsv'
                ? tsvCells(lines[i]!, i)
                : markdownCells(lines[i]!, indent[i]!, ends[i]!, i);
          if (cells) rows.push({ line: i, cells });
          if (shape === 'space') logical[i] = tabJoined(cells!);
          last = i++;
          continue;
        }
        // A short label line inside a space-aligned table (a header broken over lines, a 合计 with no figures).
        if (shape === 'space' && isShortHeaderLine(doc, i, rows.every(wordsOnly))) {
          const cells = spaceCells(lines[i]!, i);
          rows.push({ line: i, cells });
          last = i++;
          continue;
        }
        break;
      }
      if (shape === 'space') placeByDisplayWidth(rows, lines);
      const { title, unit } = tableCaption(doc, first, rows);
      blocks.push({ kind: 'table', shape, rows, first, last, title, unit });
      continue;
    }
    // Prose: a paragraph from this line, joined with the lines it wraps onto.
    para.count = 0;
    para.length = 0;
    para.breaks = null;
    para.last = -1;
    appendText(para, lines[i]!, indent[i]!, ends[i]!, i);
    const first = i;
    let last = i;
    // The printed width of the paragraph's last line (its indent counts).
    // (Its indent is narrow white space: the width up to its end is the indent plus its text's width.)
    let lastWidth = indent[i]! + doc.widths[i]!;
    // And its width had every character been set wide: a writer wrapping at a count of characters ends a line
    // dense in ASCII figures ("初预算632.00万元的88.64%，比年初预算减少71.77万元；比") well short of the wrap width.
    let lastCharsWidth = indent[i]! + 2 * (ends[i]! - indent[i]!);
    // (HEADING covers PART_HEADING: its first alternative.)
    const heading = isHeading(lines[i]!, indent[i]!);
    const runIn = heading && /[。：:][^\s]/.test(lines[i]!);
    // A form's subtitle of its year alone ("（2025年度）") runs into nothing: the form's rows follow.
    const yearAlone = YEAR_SUBTITLE.test(lines[i]!);
    i++;
    while (i < n && !yearAlone) {
      const j = nextNonBlank(i, wrap ? 3 : 1);
      if (j < 0 || kinds[j] !== 'prose') break;
      const next = lines[j]!;
      // The first character of the next line's text, and the paragraph's last character (all the tests
      // below read of the text so far).
      const start = next.charCodeAt(indent[j]!);
      const prev = para.last;
      // A piece pdftotext printed on a line of its own ("。", "）", "（如持平作持平表述）").
      const fragment =
        charIn('，。；：、）)%”', start) ||
        (wrap !== null &&
          indent[j]! >= 8 &&
          doc.widths[j]! < wrap * 0.6 &&
          charIn('（(', start) &&
          !isHeading(next, indent[j]!));
      const full =
        wrap !== null &&
        (lastWidth >= wrap * 0.8 || (lastCharsWidth >= wrap * 0.8 && !charIn('。！？：:', prev)));
      // In pdftotext -layout text a paragraph starts indented and continues at the margin.
      const startsNew =
        isHeading(next, indent[j]!) ||
        (wrap !== null && indent[j]! >= 2 && indent[first]! >= 2 && indent[j]! >= indent[first]!);
      // A centred line alone (a title) over a blank line: the text below starts on its own.
      const titleAbove = j > i && last === first && indent[first]! >= 8 && indent[j]! < indent[first]! - 2;
      let join = false;
      if (titleAbove && !fragment) join = false;
      else if (fragment && (j === i || wrap !== null)) join = true;
      // A line ending inside a sentence ("…万元，" / "…合计为：") continues on the next line even in typed text —
      // but not after "其中：": the parts of a list follow there one paragraph each (Word), read as the lines below.
      else if (
        j === i &&
        charIn('，、：:（“', prev) &&
        !startsNew &&
        indent[j] === 0 &&
        !endsWithQizhong(lines[last]!, ends[last]!)
      )
        join = true;
      // Text too short to tell its wrap width (one paragraph under a table): a paragraph started indented as
      // pdftotext prints one, whose long line ends inside a word, goes on at the margin.
      else if (
        wrap === null &&
        j === i &&
        // (A heading run into its text, "三、自评结论。该项目…", wraps as a paragraph does.)
        (!heading || runIn) &&
        !startsNew &&
        indent[first]! >= 2 &&
        indent[first]! <= 8 &&
        indent[j] === 0 &&
        indent[last]! + doc.widths[last]! >= 40 &&
        (isIdeograph(prev) || isDigit(prev)) &&
        // (A bracket after a word: "…产出指标47分⏎（满分50分）"; a heading's "（一）" is startsNew.)
        (isIdeograph(start) || isDigit(start) || charIn('（(', start))
      )
        join = true;
      // Plain pdftotext (no indent at all): a long line of sentences broken inside a word goes on with the
      // next line of sentences ("…产出指标得分49.50分，效" / "益指标得分28.00分，…").
      // (A heading run into its text, "三、总体结论。3个项目…", too; the next line may open with a quote: "“差”，…".)
      else if (
        wrap === null &&
        j === i &&
        (!heading || runIn) &&
        !startsNew &&
        indent[first] === 0 &&
        indent[j] === 0 &&
        doc.widths[last]! >= 60 &&
        isIdeograph(prev) &&
        (isIdeograph(start) || charIn('“', start)) &&
        hasClauseMark(lines[last]!) &&
        hasClauseMark(next)
      )
        join = true;
      else if (full && !startsNew) {
        if (!charIn('。！？', prev)) join = true;
        // A full line ending a sentence continues when the next line is not indented as a paragraph start —
        // nor an appendix's title set at the margin ("附表1 2025年度…自评表").
        else join = (indent[j]! < 2 || indent[j]! <= indent[last]!) && !APPENDIX_TITLE.test(next.trim());
      }
      if (!join) break;
      appendText(para, next, indent[j]!, ends[j]!, j);
      lastWidth = fragment ? lastWidth + doc.widths[j]! : indent[j]! + doc.widths[j]!;
      lastCharsWidth = (fragment ? lastCharsWidth : indent[j]!) + 2 * (ends[j]! - indent[j]!);
      for (let x = i; x <= j; x++) if (x !== first) logical[x] = '';
      last = j;
      i = j + 1;
    }
    const text = para.count === 1 ? para.parts[0]! : para.parts.slice(0, para.count).join('');
    logical[first] = text;
    blocks.push({ kind: 'paragraph', text, breaks: para.breaks ?? NO_BREAKS, first, last, heading });
  }

  // A table continued on the next page under its header printed again: one table.
  blocks = joinContinuedTables(blocks, doc.text);
  // By first line (an array: a line index is a small integer).
  const byFirst: (Paragraph | undefined)[] = new Array<Paragraph | undefined>(n);
  for (const b of blocks) if (b.kind === 'paragraph') byFirst[b.first] = b;
  return {
    blocks,
    logical,
    normalised: doc.text,
    dropped,
    wrapWidth: wrap,
    lineAt(index: number, offset: number): number {
      const p = byFirst[index];
      if (!p || p.text.length === 0) return index;
      return paragraphLine(p, offset);
    },
  };
}

/** A space-aligned row as the line-based rules read it: its cells' texts, tab-separated. */
function tabJoined(cells: readonly TableCell[]): string {
  // Joined at once (a flat string): appending would build a rope that every reader flattens again.
  return cells.map((c) => c.text).join('\t');
}

/** A table's title or unit line: it starts a table, it never continues one. */
function isCaption(t: string): boolean {
  // `t` is trimmed: its last character is the squashed text's last, its first the squashed text's first.
  // (A title may end in its year or number in brackets: "表3 支出决算表（2025年度）".)
  if (!t.endsWith('表') && !t.endsWith('）') && !t.startsWith('单') && !t.startsWith('注')) return false;
  const s = t.replace(/\s+/g, '');
  return /表(?:[（(][^（）()]{1,12}[）)])?$/.test(s) || /^单位[：:]/.test(s) || /^注[：:]/.test(s);
}

/**
 * A line whose cells are all parts of a caption — a table's number ("表1", "附表2", "公开07表"), its title
 * (ending in 表) and its unit ("单位：万元") — with a title or a unit among them.
 */
function isCaptionRow(line: string, from: number, to: number): boolean {
  // (Most rows name neither: not split.)
  const title = line.indexOf('表', from);
  if ((title < 0 || title >= to) && !within(line.indexOf('单位', from), to)) return false;
  const cells = line.slice(from, to).split(/\s{2,}/);
  if (cells.length < 2 || cells.length > 4) return false;
  let named = false;
  for (const cell of cells) {
    const t = cell.replace(/\s+/g, '');
    if (/^(?:附?表[\d一二三四五六七八九十]{1,3}(?:[-—.]\d{1,2})?|(?:部门)?公开\d{1,2}表)$/.test(t)) continue;
    if (/表$/.test(t) || /^单位[：:]/.test(t)) {
      named = true;
      continue;
    }
    return false;
  }
  return named;
}

/** isCaption of line `i`'s trimmed text, the text copied only when its first or last character fits. */
function isCaptionAt(doc: Lines, i: number): boolean {
  const line = doc.text[i]!;
  const from = doc.from[i]!;
  const to = doc.to[i]!;
  const first = line.charCodeAt(from);
  if (line.charCodeAt(to - 1) !== 0x8868 && first !== 0x5355 && first !== 0x6ce8) return false;
  return isCaption(line.slice(from, to));
}

/** A short line of labels only (no sentence) followed closely by more table rows. */
function isShortHeaderLine(doc: Lines, i: number, inHeader = false): boolean {
  const line = doc.text[i]!;
  const t = line.slice(doc.from[i], doc.to[i]);
  const codeLabel = /^(\d{3}|\d{5}|\d{7})\s+\S/.test(t) && displayWidth(t) <= 64;
  // A cell's second line far right ("响，工期顺延" under 偏差原因分析) may hold punctuation; prose never starts there.
  const deep = doc.from[i]! >= 40;
  // In a header not yet over any figure, a deep line may hold the wrapped pieces of two column names one space
  // apart ("政府性基金预算财政 国有资本经营预算").
  const headerPieces = inHeader && deep && displayWidth(t) <= 48 && /^[\u4e00-\u9fa5（）()“” ]+$/.test(t);
  if (
    t === '' ||
    (displayWidth(t) > 32 && !codeLabel && !headerPieces) ||
    (/[。，；！？]/.test(t) && !deep) ||
    isCaption(t)
  )
    return false;
  const kinds = doc.kinds;
  for (let j = i + 1; j < Math.min(kinds.length, i + 4); j++) {
    if (kinds[j] === 'row') return true;
    if (kinds[j] === 'prose' && !isShortLabel(t)) return false;
  }
  // A header's labels stacked a word a line ("功能分类" / "科目名称" / "科目编码"), a blank line, then the rows: the
  // row may be further down, every line between a short label too.
  if (!isShortLabel(t) || !STACKED_LABEL.test(t.replace(/\s+/g, ''))) return false;
  for (let j = i + 1; j < Math.min(kinds.length, i + 7); j++) {
    if (kinds[j] === 'row') return true;
    if (
      kinds[j] === 'prose' &&
      !STACKED_LABEL.test(doc.text[j]!.slice(doc.from[j], doc.to[j]).replace(/\s+/g, ''))
    )
      return false;
  }
  return false;
}

/** A table header's label of its own line: the column of codes, names, the classification. */
const STACKED_LABEL =
  /^(?:项目|科目编码|科目名称|功能分类|经济分类|功能分类科目|经济分类科目|类|款|项|栏次|编码|名称)$/;

const YEAR_CELL = /^(?:19|20)\d{2}年度?$/;
const FIGURE_CELL = /^[-−]?\d[\d,]*(?:\.\d+)?%?$/;

/**
 * A second table's header inside a space-aligned table: a line of at least three cells, words and years only
 * ("实物量指标 2025年 2024年 较上年增减"), one of them a year and one a word, under at least two rows of two
 * figures or more and over a row with a figure (line `next`). A counts table printed under a money table
 * with no title between starts there: its rows are read under their own header, not the money table's.
 */
function isYearHeaderAt(
  lines: readonly string[],
  i: number,
  rows: readonly TableRow[],
  next: number,
): boolean {
  if (next < 0) return false;
  const cells = spaceCells(lines[i]!, i);
  if (cells.length < 3) return false;
  let years = 0;
  let words = 0;
  for (const c of cells) {
    const t = c.text.replace(/\s+/g, '');
    if (YEAR_CELL.test(t)) years++;
    else if (/^[\u4e00-\u9fff（）()]+$/.test(t)) words++;
    else return false;
  }
  if (years === 0 || words === 0) return false;
  let figureRows = 0;
  for (const r of rows) if (r.cells.filter((c) => FIGURE_CELL.test(c.text.trim())).length >= 2) figureRows++;
  if (figureRows < 2) return false;
  return spaceCells(lines[next]!, next).some((c) => FIGURE_CELL.test(c.text.trim()));
}

/** A row of words only (a header line): no cell holds a digit. */
function wordsOnly(r: TableRow): boolean {
  return r.cells.every((c) => !/\d/.test(c.text));
}

function isShortLabel(t: string): boolean {
  return displayWidth(t) <= 32 && !/[。，；！？]/.test(t);
}

/** The last non-white character of `text` (NaN when none). */
function lastNonWhite(text: string): number {
  let k = text.length - 1;
  while (k >= 0 && isWhite(text.charCodeAt(k))) k--;
  return text.charCodeAt(k);
}

/** A line of a year alone in brackets: a form's subtitle. */
const YEAR_SUBTITLE = /^\s*[（(]\s*20\d\d\s*年度?\s*[）)]\s*$/;

/** A line naming only a table's number ("公开07表", "附3表"). */
const TABLE_NUMBER = /^(?:部门)?(?:公开|附)?[\d一二三四五六七八九十]{1,3}(?:-\d{1,2})?表$/;

/** An appendix's title line: "附表1 …表", "附件2 …" — its number, then words without a clause mark. */
const APPENDIX_TITLE = /^附(?:表|件)\s*\d{1,2}(?!\d)[^，。；,;]*$/;

/** A title ending in its number in brackets: "…收入决算表（表2）", "…决算总表（附表1）". */
const TITLE_WITH_NUMBER = /表\s*[（(]\s*(?:附?表)?\s*[\d一二三四五六七八九十]{1,3}\s*[）)]\s*$/;
const TITLE_NUMBER_SUFFIX = /(?<=表)[（(](?:附?表)?[\d一二三四五六七八九十]{1,3}[）)]$/;

function tableCaption(doc: Lines, first: number, rows: readonly TableRow[]): { title: string; unit: string } {
  const { text: lines, kinds } = doc;
  let title = '';
  let numbered = '';
  let unit = '';
  // Only a text with a 单 (of 单位) can name a unit, and only one ending in 表 — or in a unit line after
  // one — a title: the others are not squashed (most lines above a table and most cells).
  // Six lines back, blank lines and page furniture not counted (a title at the foot of the page before,
  // the table on the next: "财政拨款“三公”经费支出决算表", "公开07表", "—5—", the header).
  let seen = 0;
  for (let j = first - 1; j >= 0 && seen < 6; j--) {
    if (kinds[j] === 'row' || kinds[j] === 'tsv') break;
    if (kinds[j] === 'blank' || kinds[j] === 'dropped') {
      if (first - j > 16) break;
      continue;
    }
    seen++;
    const line = lines[j]!;
    // (A title may end in its number: "…收入决算表（表2）".)
    const numberedTitle = line.charCodeAt(doc.to[j]! - 1) === 0xff09 && TITLE_WITH_NUMBER.test(line);
    if (!line.includes('单') && line.charCodeAt(doc.to[j]! - 1) !== 0x8868 && !numberedTitle) continue;
    // (A Markdown heading's marks are no part of its title: "### 七、财政拨款“三公”经费支出决算表".)
    const t = line
      .trim()
      .replace(/^#{1,6}\s+/, '')
      .replace(/\s+/g, '');
    const u = UNIT_LINE.exec(t);
    if (u && !unit) unit = u[1]!;
    const named = t.replace(UNIT_LINE, '').replace(TITLE_NUMBER_SUFFIX, '');
    if (!title && /表$/.test(named)) {
      // "公开07表" above "财政拨款“三公”经费支出决算表": the number of the table, not its name.
      if (TABLE_NUMBER.test(named)) numbered ||= named;
      else title = named;
    }
  }
  if (!title) title = numbered;
  for (const r of rows.slice(0, 4)) {
    for (const c of r.cells) {
      if (!c.text.includes('单') && lastNonWhite(c.text) !== 0x8868) continue;
      const u = UNIT_LINE.exec(c.text.replace(/\s+/g, ''));
      if (u && !unit) unit = u[1]!;
      if (!title && /表$/.test(c.text.replace(/\s+/g, '')) && r.cells.filter((x) => x.text).length === 1)
        title = c.text.replace(/\s+/g, '');
    }
  }
  return { title, unit };
}
