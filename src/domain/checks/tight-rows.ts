/**
 * Table rows pdftotext printed with single spaces between every cell ("一、一般公共预算财政拨款 8506.37
 * 一、社会保障和就业": a 总表's 收入 label, its figure, then the 支出 label). Read alone, such a line is prose;
 * it is a table row only when it sits between rows of one table (the lines right above and below are rows)
 * and each of its figures ends where a figure of a row nearby ends (its column). Sentences never qualify:
 * a token with sentence punctuation, a figure with a unit, or a line without a label keeps the line prose.
 */
import { displayWidth, isFigureToken } from './layout-chars.ts';

/** How far (display columns) a figure's right edge may be from its column's in a nearby row. */
const SLACK = 3;
/** How many rows above and below are searched for a figure in the same column. */
const REACH = 3;
const SENTENCE = /[。，；：！？,;:%（）()]/;

/** Right edges (display columns) of the figure tokens of a line (a lone "-" counts as a figure here). */
export function figureEdges(line: string): number[] {
  const edges: number[] = [];
  for (let start = 0; start < line.length; start++) {
    if (line.charCodeAt(start) === 32 || line.charCodeAt(start) === 9) continue;
    let end = start + 1;
    while (end < line.length && line.charCodeAt(end) !== 32 && line.charCodeAt(end) !== 9) end++;
    if (isFigureToken(line, start, end)) edges.push(displayWidth(line, 0, end));
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
    } else if (t.length > 16 || SENTENCE.test(t) || /\d/.test(t)) return false;
  }
  return figures >= 1;
}

/**
 * Whether line `li` (prose) is a tight table row: rows right above and below, its text labels and figures
 * one space apart, every figure in a column of a row within REACH lines.
 */
export function isTightTableRow(
  li: number,
  lines: readonly string[],
  from: readonly number[],
  to: readonly number[],
  isRow: (i: number) => boolean,
): boolean {
  if (li === 0 || li + 1 >= lines.length || !isRow(li - 1) || !isRow(li + 1)) return false;
  const line = lines[li]!;
  if (!isTightLabelRow(line, from[li]!, to[li]!)) return false;
  const near: number[] = [];
  for (let j = Math.max(0, li - REACH); j <= Math.min(lines.length - 1, li + REACH); j++)
    if (j !== li && isRow(j)) near.push(...figureEdges(lines[j]!));
  return figureEdges(line).every((e) => near.some((n) => Math.abs(n - e) <= SLACK));
}
