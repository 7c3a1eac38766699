/**
 * Figures `pdftotext -layout` printed on a line of their own. A PDF that sets digits in another font than
 * the text (Times New Roman figures in SimSun sentences) places them a little lower or higher; pdftotext
 * then prints such a figure on the next (or previous) line at its column and leaves a gap of spaces where
 * it stood in its sentence (and a figure wider than pdftotext reckons leaves a gap beside it):
 *
 *     年度收入总计             元，支出总计…
 *                   65,128,569.16
 *
 * Each figure of such a line goes back into the gap of its sentence it overlaps (the line above first: a
 * lower baseline is the common case). Only when every figure of the line has a gap of its own in a line of
 * sentences: a column of figures under a table's header is left alone.
 */

/** A line of figures only: each a number (thousands separators, decimals, a sign), with or without %. */
const FIGURE = /^[-−]?\d[\d,]*(?:\.\d+)?%?$/;
/** The figures of a floating line are few: a row of a table has more. */
const MAX_FIGURES = 3;

type Span = { start: number; end: number };

/** The figures of a line that holds nothing else, with their columns; null for any other line. */
function floatingFigures(line: string): (Span & { text: string })[] | null {
  const out: (Span & { text: string })[] = [];
  const re = /\S+/g;
  for (let m = re.exec(line); m; m = re.exec(line)) {
    if (!FIGURE.test(m[0]) || out.length === MAX_FIGURES) return null;
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out.length > 0 ? out : null;
}

/** Whether a line is running text: an ideograph and a comma or a full stop. */
const isSentenceLine = (line: string): boolean =>
  (line.includes('，') || line.includes('。')) && /[\u4e00-\u9fa5]/.test(line);

/** The gaps of a line: its indent, and runs of two spaces or more inside its text (not after it). */
function gaps(line: string): Span[] {
  const out: Span[] = [];
  const indent = line.length - line.trimStart().length;
  if (indent > 0) out.push({ start: 0, end: indent });
  const text = line.trimEnd();
  const re = / {2,}/g;
  re.lastIndex = indent;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

const isDigitOrPercent = (c: string | undefined): boolean => c !== undefined && /[\d%]/.test(c);
const isIdeographic = (c: string | undefined): boolean =>
  c !== undefined && /[\u3000-\u9fff\uff00-\uffef]/.test(c);

/**
 * Whether every gap inside a line's text lies between a figure and a Chinese character ("2025   年度",
 * "收入总计             元" once its figure is back): the room a figure font wider than the text's took. A gap
 * between two words or two figures is a table's.
 */
function gapsBesideFiguresOnly(line: string): boolean {
  const indent = line.length - line.trimStart().length;
  for (const g of gaps(line)) {
    if (g.start < indent) continue;
    const before = line[g.start - 1];
    const after = line[g.end];
    const figureWord =
      (isDigitOrPercent(before) && isIdeographic(after)) ||
      (isIdeographic(before) && isDigitOrPercent(after));
    if (!figureWord) return false;
  }
  return true;
}

/** The gaps inside a line's text closed to one space (its indent kept). */
function closeGaps(line: string): string {
  const indent = line.length - line.trimStart().length;
  return line.slice(0, indent) + line.slice(indent).replace(/ {2,}/g, ' ');
}

/** A year, then a gap before its 年 ("2025   年度"). */
const YEAR_GAP = /(?<!\d)20\d\d {2,}年/;
const YEAR_GAPS = /(?<!\d)(20\d\d) {2,}(?=年)/g;

/**
 * `line` with each figure put in the gap it overlaps, or null when a figure overlaps no gap, two share one,
 * the line is no sentence, or a gap not explained by a figure is left.
 */
function withFigures(line: string, figures: readonly (Span & { text: string })[]): string | null {
  if (!isSentenceLine(line)) return null;
  const open = gaps(line);
  const chosen: Span[] = [];
  for (const f of figures) {
    const g = open.find((x) => x.start < f.end && f.start < x.end);
    if (!g || chosen.includes(g)) return null;
    chosen.push(g);
  }
  // Right to left, so the columns of the gaps still to fill do not move.
  let out = line;
  for (let k = figures.length - 1; k >= 0; k--) {
    const f = figures[k]!;
    const g = chosen[k]!;
    // In the indent, at the figure's own column (the paragraph keeps its indent); inside the text between
    // single spaces (a figure beside a digit stays apart from it).
    const before = g.start === 0 ? ' '.repeat(Math.min(f.start, g.end)) : out.slice(0, g.start) + ' ';
    out = before + f.text + ' ' + out.slice(g.end);
  }
  return gapsBesideFiguresOnly(out) ? closeGaps(out) : null;
}

/**
 * Repairs, in place, what a figure font wider or lower than the text's does to `pdftotext -layout` lines:
 * figures printed on a line of their own go back into the gaps of their sentence (the line they came from
 * is emptied; gaps beside figures left in that sentence are closed), and a year's gap before its 年 in
 * running text is closed. Returns the indices of the lines changed.
 */
export function repairFigureGaps(lines: string[], dropped: ReadonlySet<number>): number[] {
  const changed: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    // (A page number is page furniture, no figure of a sentence.)
    if (dropped.has(i)) continue;
    const line = lines[i]!;
    // Cheap test first (most lines): a figure line starts with a digit or a sign after its indent.
    // (By char code: no trimmed copy of every line.)
    let k = 0;
    while (line.charCodeAt(k) === 32) k++;
    const c = line.charCodeAt(k);
    if (!((c >= 48 && c <= 57) || c === 45 || c === 0x2212)) continue;
    const figures = floatingFigures(line);
    if (!figures) continue;
    for (const j of [i - 1, i + 1]) {
      if (j < 0 || j >= lines.length || dropped.has(j)) continue;
      const placed = withFigures(lines[j]!, figures);
      if (placed === null) continue;
      lines[j] = placed;
      lines[i] = '';
      changed.push(j, i);
      break;
    }
  }
  // "2025   年度…，": a year set wider than pdftotext reckons, in running text (a table's cells are left as
  // they are: only the year's gap is closed, and only in a line of sentences).
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.includes('  ') || !line.includes('年') || dropped.has(i)) continue;
    if (!YEAR_GAP.test(line) || !isSentenceLine(line)) continue;
    lines[i] = line.replace(YEAR_GAPS, '$1');
    changed.push(i);
  }
  return changed;
}
