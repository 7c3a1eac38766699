/**
 * The 项目资金 part of a 自评表 whose 全年预算数 (or 年初预算数) spans sub-columns named on the line below the
 * header (pdftotext -layout):
 *
 *     项目资金（万元）   年初预算数   全年预算数               全年执行数   分值 执行率   得分
 *                                   财政拨款 其他资金 合计
 *         年度资金总额   600.00     640.00 20.00 660.00       627.00 10    95.00%   9.50
 *
 * The sub-columns sit under the header word whose place they fall within (between its neighbours). Their
 * places drift from the figures' (Chinese text shifts them), so the rows are read by order: a row's figures,
 * one per figure column with the spanned column widened to its sub-columns — exactly as many, else nothing
 * is read. The 合计 (小计) sub-column is the spanned column for the 项目资金 rules (score-funds.ts); each row's
 * parts must add up to it (`table.row-sum`). A 合计 that the row's own 执行率 shows to be wrong (the rate is
 * 执行数 ÷ the parts' sum, not ÷ the 合计) is reported once: the rate is then judged against the parts' sum.
 */
import { completionPercent, dec } from '../money/index.ts';
import { report, type Ctx } from './context.ts';
import { isDashToken, isFigureToken } from './layout-chars.ts';
import type { TableCell, TableRow } from './layout.ts';
import { printedPlaces } from './numbers.ts';
import { checkFunds, fundHead, type FundRow } from './score-funds.ts';
import { PURE_NUMBER, type Cell, type Row } from './tables.ts';
import { judgeRatio, judgeSum, SHARE, showAs, type Printed } from './verdict.ts';

/** A sub-column: the total of the spanned column, or one of its parts (a source of funds). */
const SUB_TOTAL = /^(合计|小计)$/;
const SUB_PART = /^(当年)?财政(拨款|资金)$|^(其他|自筹|自有)资金$|^上年结转(资金)?$/;
/** The header words of the 项目资金 part's figure columns; the spanned one a budget column. */
const FIGURE_HEAD =
  /^(年初预算数?|全年预算数?|调整后预算数|预算数|全?年?执行数|分值|权重|执行率|(自评)?得分)$/;
const SPANNED = /^(年初|全年|调整后)?预算数?$/;

type Word = { text: string; start: number; end: number };
type Split = {
  header: Row;
  figures: number;
  parts: number[];
  total: number;
  rateAt: number;
  spentAt: number;
};

const isCellToken = (t: string): boolean => isFigureToken(t, 0, t.length) || isDashToken(t, 0, t.length);
const printedOf = (v: string): Printed => ({ value: v, places: printedPlaces(v) });
const plain = (t: string): string => t.replace(/,/g, '');

/**
 * Reads a 项目资金 part whose header `header` has its budget column split by `sub` (the line below it); `rows`:
 * the part's lines after `sub`. The 年度资金总额 row (see checkFunds), or null when the part is not so printed
 * or its figures cannot be told column by column (then nothing is reported).
 */
export function checkSplitFunds(
  ctx: Ctx,
  header: TableRow,
  sub: TableRow,
  rows: readonly TableRow[],
): FundRow | null {
  const split = splitHeader(header.cells, sub);
  if (!split) return null;
  const read: Row[] = [];
  for (const r of rows) {
    const row = rowOf(r, split);
    if (row) read.push(row);
    // A label wrapped onto a line of its own ("助资金") is passed over; anything else ends the part.
    else if (wordsOf(r.cells).length > 2 || r.cells.some((c) => /\d/.test(c.text))) break;
  }
  if (read.length === 0) return null;
  const sums = read.map((r) => rowSum(r, split));
  // The rules read each row with its 合计 as printed, or as its parts' sum where that 合计 is at fault.
  const fixed = read.map((r, k) => {
    const s = sums[k];
    if (!s?.atFault) return r;
    const cells = r.cells.map((c, i) => (i === split.total ? { ...c, text: s.sum } : c));
    return { ...r, cells };
  });
  const fund = checkFunds(ctx, split.header, fixed);
  if (!fund) return null;
  read.forEach((r, k) => {
    const s = sums[k];
    if (s) reportSum(ctx, r, split, s);
  });
  return fund;
}

/**
 * The header widened by the sub-columns: `sub`'s words all sub-column names (one total, parts), within one
 * header cell's reach (after the cell before it, before the cell after it), that cell a budget column; the
 * figure columns side by side, one label cell before them at most, words columns after them.
 */
function splitHeader(head: readonly TableCell[], sub: TableRow): Split | null {
  const words = wordsOf(sub.cells);
  const names = words.map((w) => w.text);
  if (names.length < 2 || new Set(names).size !== names.length) return null;
  if (names.filter((t) => SUB_TOTAL.test(t)).length !== 1) return null;
  if (!names.every((t) => SUB_TOTAL.test(t) || SUB_PART.test(t))) return null;
  const within = (k: number): boolean =>
    words.every((w) => w.start >= (head[k - 1]?.end ?? 0) && w.end <= (head[k + 1]?.start ?? Infinity));
  const spans = head.flatMap((_, k) => (within(k) ? [k] : []));
  if (spans.length !== 1 || !SPANNED.test(fundHead(head[spans[0]!]!.text))) return null;
  const k = spans[0]!;
  const heads = head.map((h) => h.text.trim());
  const figureCols = heads.flatMap((h, i) => (FIGURE_HEAD.test(fundHead(h)) ? [i] : []));
  const first = figureCols[0] ?? -1;
  const last = figureCols.at(-1) ?? -1;
  if (first < 0 || first > 1 || last - first + 1 !== figureCols.length) return null;
  const cells: Cell[] = [{ text: first === 1 ? heads[0]! : '', line: head[0]!.line }];
  const parts: number[] = [];
  let total = -1;
  for (let i = first; i < heads.length; i++) {
    if (i !== k) {
      cells.push({ text: heads[i]!, line: head[i]!.line });
      continue;
    }
    // The total keeps the column's name (the rules read it); a part is named by both.
    for (const n of names) {
      if (SUB_TOTAL.test(n)) total = cells.length;
      else parts.push(cells.length);
      cells.push({ text: SUB_TOTAL.test(n) ? heads[i]! : `${heads[i]!}·${n}`, line: sub.line });
    }
  }
  const at = (re: RegExp): number => cells.findIndex((c) => re.test(fundHead(c.text)));
  return {
    header: { cells, line: head[0]!.line },
    figures: figureCols.length + names.length - 1,
    parts,
    total,
    rateAt: at(/^执行率$/),
    spentAt: at(/^全?年?执行数$/),
  };
}

/** A line's cells split into words, each with its place (cells set one space apart may hold several). */
function wordsOf(cells: readonly TableCell[]): Word[] {
  return cells.flatMap((c) => {
    const out: Word[] = [];
    for (const m of c.text.matchAll(/\S+/g)) {
      const start = c.start + m.index;
      out.push({ text: m[0], start, end: start + m[0].length });
    }
    return out;
  });
}

/**
 * A line as a row of the widened header: its label (the words before its figures), exactly as many figures
 * as figure columns, its words after them in the words column after the figures. Null otherwise.
 */
function rowOf(r: TableRow, split: Split): Row | null {
  const tokens = wordsOf(r.cells).map((w) => w.text);
  const at = tokens.findIndex(isCellToken);
  if (at < 0) return null;
  let end = at;
  while (end < tokens.length && isCellToken(tokens[end]!)) end++;
  if (end - at !== split.figures) return null;
  const width = split.header.cells.length;
  const cells: Cell[] = [{ text: tokens.slice(0, at).join(''), line: r.line }];
  for (let k = at; k < end; k++) cells.push({ text: tokens[k]!, line: r.line });
  const rest = tokens.slice(end).join('');
  if (rest !== '' && cells.length >= width) return null;
  while (cells.length < width)
    cells.push({ text: cells.length === 1 + split.figures ? rest : '', line: r.line });
  return { cells, line: r.line };
}

type RowSum = { sum: string; kind: 'rounding' | 'wrong'; atFault: boolean };

/**
 * A row's parts against its 合计; null when they add up (or a cell is no figure). The 合计 is at fault when the
 * row's 执行率 is its 执行数 ÷ the parts' sum and not ÷ the 合计.
 */
function rowSum(r: Row, split: Split): RowSum | null {
  const text = (c: number): string => plain(r.cells[c]?.text.trim() ?? '');
  const parts = split.parts.map(text);
  const total = text(split.total);
  if (!PURE_NUMBER.test(total) || !parts.every((v) => PURE_NUMBER.test(v))) return null;
  const verdict = judgeSum(parts.map(printedOf), printedOf(total));
  if (verdict.kind === 'ok') return null;
  const sum = showAs(verdict.total, [...parts, total].map(printedOf));
  const rateText = split.rateAt < 0 ? '' : text(split.rateAt);
  const spent = split.spentAt < 0 ? '' : text(split.spentAt);
  const rate = rateText.replace(/[%％]$/, '');
  const fits = (base: string): boolean =>
    !dec(base).isZero() &&
    judgeRatio(
      printedOf(rate),
      [printedOf(spent), printedOf(base)],
      ([a, b]) => completionPercent(a!, b!),
      SHARE,
    )?.kind === 'ok';
  const atFault =
    verdict.kind === 'wrong' &&
    /[%％]$/.test(rateText) &&
    PURE_NUMBER.test(rate) &&
    PURE_NUMBER.test(spent) &&
    fits(sum) &&
    !fits(total);
  return { sum, kind: verdict.kind, atFault };
}

function reportSum(ctx: Ctx, r: Row, split: Split, s: RowSum): void {
  const head = split.header.cells[split.total]!.text.trim();
  const name = (c: number): string => split.header.cells[c]!.text.split('·')[1] ?? '';
  const printedTotal = r.cells[split.total]!.text.trim();
  const list = split.parts.map((c) => `${name(c)}${r.cells[c]!.text.trim()}`).join(' + ');
  const rate = r.cells[split.rateAt]?.text.trim() ?? '';
  const spent = r.cells[split.spentAt]?.text.trim() ?? '';
  const fault = s.atFault
    ? `；该行执行率${rate}恰为 执行数${spent} ÷ ${s.sum}，故合计${printedTotal}有误，应为${s.sum}`
    : '';
  report(
    ctx,
    r.line,
    'table.row-sum',
    s.kind === 'wrong' ? 'error' : 'note',
    r.cells
      .map((c) => c.text)
      .filter(Boolean)
      .join(' '),
    s.sum,
    printedTotal,
    `${head}的 ${list} = ${s.sum}，与合计${printedTotal}${s.kind === 'rounding' ? '相差在四舍五入范围内' : '不符'}${fault}。`,
  );
}
