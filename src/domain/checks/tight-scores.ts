/**
 * A 项目支出绩效自评表 printed so narrow that pdftotext -layout sets its cells one space apart and wraps its
 * header cells over lines — no columns left to read by place:
 *
 *      资金来源 年初预算数
 *                    全年预算 全年执行 分值 执行率 得分
 *                       数       数        （%）           说明
 *     年度资金总额 1500.00 1600.00 1520.00 10 95.00 9.50 按执行率计分
 *     其中：中央补 1000.00 1030.00 1000.00 — 97.09 —
 *     …
 *     一级指 二级指标 三级指标 年度指 实际完 分值 得分 偏差原因分析及改
 *     产出指 数量指标 补贴发放面积（万 ≥12 12.60 10 10
 *     …
 *                    总分                     100 96.50 自评等级：优
 *
 * Read by order instead. The 项目资金 part: the header's words put together from their pieces (a piece
 * completing a word cut by the wrap, header-pieces.ts), the 年度资金总额 row's figures one per figure column,
 * in order; then the 项目资金 rules (score-funds.ts). The indicator part: each row's last two bare figures are
 * its 分值 and 得分 (in the header's order), judged by score-pairs.ts — trusted only when the 分值 so read, with
 * the 项目资金 part's, add up to the 总分 row's exactly; then each 得分 against its 分值 and their sum against
 * the 总分's.
 */
import { sourceText, sourceWords, type Ctx } from './context.ts';
import { isHeaderPiece, joinHeaderPieces } from './header-pieces.ts';
import { isDashToken, isFigureToken } from './layout-chars.ts';
import { checkFunds, fundHead } from './score-funds.ts';
import { judgePairs, scoredBetween, type Pair } from './score-pairs.ts';
import type { Cell, Row } from './tables.ts';

/** The header words of the 项目资金 part's figure columns. */
const FIGURE_HEAD =
  /^(年初预算数?|全年预算数?|调整后预算数|预算数|全?年?执行数|分值|权重|执行率|(自评)?得分)$/;
const TOTAL_ROW = /资金总额|资金合计/;
const TOTAL_LABEL = /^(总\s*分|合\s*计)$/;
const BARE = /^\d{1,3}(?:\.\d{1,2})?$/;
/** How many header lines may stand above the 年度资金总额 row, rows below it, and lines down to the 总分. */
const HEADER_LINES = 4;
const SOURCE_LINES = 12;
const SCORE_LINES = 80;

const isCellToken = (t: string): boolean => isFigureToken(t, 0, t.length) || isDashToken(t, 0, t.length);

/** Reads every such 自评表 of the document the score tables read by place made no claim on. */
export function checkTightScores(ctx: Ctx): void {
  const n = ctx.source.length;
  for (let i = 1; i < n; i++) {
    if (!TOTAL_ROW.test(sourceText(ctx, i)) || /[\t|]/.test(ctx.source[i]?.text ?? '')) continue;
    if (claimedAt(ctx, i)) continue;
    const tokens = sourceWords(ctx, i);
    const first = tokens.findIndex(isCellToken);
    if (first < 1 || !TOTAL_ROW.test(tokens.slice(0, first).join(''))) continue;
    const figures = countFigures(tokens, first);
    if (figures < 5) continue;
    const header = headerAbove(ctx, i, figures);
    if (!header) continue;
    const rows = [rowOf(ctx, i, header.cells.length, first, figures)!];
    for (let j = i + 1; j < Math.min(n, i + SOURCE_LINES); j++) {
      const t = sourceWords(ctx, j);
      const at = t.findIndex(isCellToken);
      if (at < 0) {
        // A label wrapped onto a line of its own ("助资金") is passed over; anything else ends the part.
        if (t.length <= 2 && !/[。；，]/.test(sourceText(ctx, j))) continue;
        break;
      }
      const row =
        at >= 1 && countFigures(t, at) === figures ? rowOf(ctx, j, header.cells.length, at, figures) : null;
      if (!row) break;
      rows.push(row);
    }
    const fund = checkFunds(ctx, header, rows);
    if (fund) checkTightIndicators(ctx, i + rows.length);
  }
}

/** Whether a rule already judged the 项目资金 row on line `i` (0-based): the score tables read by place. */
const claimedAt = (ctx: Ctx, i: number): boolean =>
  ctx.claims.some((c) => c.line === i + 1 && (c.kind === 'completion' || c.kind === 'score'));

/** How many figure (or dash) tokens run from `from`. */
function countFigures(tokens: readonly string[], from: number): number {
  let k = from;
  while (k < tokens.length && isCellToken(tokens[k]!)) k++;
  return k - from;
}

/**
 * The 项目资金 header from the lines right above `row`: every word of them a header word or a piece of one,
 * the figure columns as many as the row's figures. Its cells: one label cell, the figure columns in order, the
 * words columns after them (说明).
 */
function headerAbove(ctx: Ctx, row: number, figures: number): Row | null {
  const lines: { words: string[]; starts: number[] }[] = [];
  for (let j = row - 1; j >= Math.max(0, row - HEADER_LINES); j--) {
    const raw = ctx.layout.normalised[j] ?? '';
    const words = sourceWords(ctx, j);
    if (words.length === 0 || !words.every(isHeaderPiece)) break;
    const starts: number[] = [];
    let at = 0;
    for (const w of words) {
      at = raw.indexOf(w, at);
      starts.push(at);
      at += w.length;
    }
    lines.unshift({ words: [...words], starts });
  }
  if (lines.length === 0) return null;
  const joined = joinHeaderPieces(lines);
  const heads = joined.map((c) => c.text);
  const figureCols = heads.flatMap((h, k) => (FIGURE_HEAD.test(fundHead(h)) ? [k] : []));
  if (figureCols.length !== figures) return null;
  const firstFig = figureCols[0]!;
  const lastFig = figureCols[figureCols.length - 1]!;
  // The figure columns side by side, one label cell before them at most.
  if (lastFig - firstFig + 1 !== figures || firstFig > 1) return null;
  const cells: Cell[] = [
    { text: firstFig === 1 ? heads[0]! : '', line: row - 1 },
    ...heads.slice(firstFig).map((text) => ({ text, line: row - 1 })),
  ];
  return { cells, line: row - 1 };
}

/** Line `i` as a row of `width` cells: its label, its figures from `at`, its words after them in one cell. */
function rowOf(ctx: Ctx, i: number, width: number, at: number, figures: number): Row | null {
  const t = sourceWords(ctx, i);
  const cells: Cell[] = [{ text: t.slice(0, at).join(''), line: i }];
  for (let k = at; k < at + figures; k++) cells.push({ text: t[k]!, line: i });
  const rest = t.slice(at + figures).join('');
  while (cells.length < width) cells.push({ text: '', line: i });
  if (rest !== '') {
    if (cells.length > 1 + figures) cells[1 + figures] = { text: rest, line: i };
    else return null;
  }
  return cells.length === width ? { cells, line: i } : null;
}

/**
 * The indicator part below the 项目资金 part: its header (分值 and 得分 side by side, in either order), rows
 * to the 总分 row, each row's last two bare figures its 分值 and 得分 (a row without them — a wrapped name — is
 * passed over); judged as score-pairs.ts judges such pairs: only when the 分值 with the 项目资金 part's add up to
 * the 总分's.
 */
function checkTightIndicators(ctx: Ctx, from: number): void {
  const n = Math.min(ctx.source.length, from + SCORE_LINES);
  let h = from;
  let weightFirst = true;
  for (; h < n; h++) {
    const t = sourceWords(ctx, h);
    const w = t.findIndex((x) => /^(分值|权重)$/.test(x));
    if (w >= 0 && /^(自评)?得分$/.test(t[w + 1] ?? '')) break;
    if (w >= 1 && /^(自评)?得分$/.test(t[w - 1] ?? '')) {
      weightFirst = false;
      break;
    }
  }
  if (h >= n) return;
  const pairOf = (nums: { a: string; b: string }, line: number): Pair =>
    weightFirst
      ? { weight: nums.a, score: nums.b, line, oneLine: true }
      : { weight: nums.b, score: nums.a, line, oneLine: true };
  const leaves: Pair[] = [];
  for (let i = h + 1; i < n; i++) {
    const t = sourceWords(ctx, i);
    const label = t.findIndex((x) => TOTAL_LABEL.test(x));
    const nums = lastPair(t);
    if (label >= 0) {
      if (nums && nums.at > label && !scoredBetween(ctx, h, i))
        judgePairs(ctx, h, leaves, pairOf(nums, i), sourceText(ctx, i), true);
      return;
    }
    if (nums) leaves.push(pairOf(nums, i));
  }
}

/** The last two bare figures of a line, side by side, with words only after them. */
function lastPair(t: readonly string[]): { a: string; b: string; at: number } | null {
  let k = t.length - 1;
  while (k >= 0 && !/\d/.test(t[k]!)) k--;
  if (k < 1 || !BARE.test(t[k]!) || !BARE.test(t[k - 1]!)) return null;
  return { a: t[k - 1]!, b: t[k]!, at: k - 1 };
}
