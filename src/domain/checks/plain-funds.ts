/**
 * The 项目资金 part of a 项目支出绩效自评表 as plain `pdftotext` (without -layout) prints it: no columns, the
 * merged label cells first, then the header cells, then the figures row by row, several to a line where
 * pdftotext kept them together ("590.20 —"):
 *
 *     年度资金总额          ← the row labels, one a line (the 资金总额 row first)
 *     其中：当年财政拨款
 *     …
 *     年初预算数 全年预算数 全年执行数   ← the header: every word a 项目资金 column (全年预算数, 执行数, 分值,
 *     分值                              执行率, 得分 all named)
 *     执行率
 *     得分
 *     600.00                ← the figures: only figures, % and dashes, exactly one row a label
 *     …
 *
 * Read only when that shape is exact: the figures right after the header, as many as labels × header
 * cells, the labels the lines from the 资金总额 one (each naming funds, no digit in them). The rows then go to the 项目资金
 * rules (score-funds.ts: 执行率, 得分, the sources' sum); the indicator part below is summed when its printing
 * tells 分值 from 得分 (checkPlainScores).
 */
import { dec, type Dec } from '../money/index.ts';
import { claim, report, sourceText, sourceWords, type Ctx } from './context.ts';
import { isDashToken, isFigureToken } from './layout-chars.ts';
import { checkFunds, fundHead } from './score-funds.ts';
import type { Cell, Row } from './tables.ts';
import { judgeSum } from './verdict.ts';
import { mentionsAll } from './document-words.ts';

const HEAD = /^(年初预算数?|全年预算数?|预算数|全?年?执行数|分值|权重|执行率|(自评)?得分)$/;
/** The first characters of the HEAD words. */
const HEAD_START = '年全预执分权得自';
/** A row label of the 项目资金 part: the total or a source of funds. */
const SOURCE = /资金|拨款|结转|结余|财政|自筹|配套|其他/;
/** How far above the header the labels may start, and how many rows a part may have. */
const LABELS_ABOVE = 24;
const MAX_ROWS = 8;

type Token = { text: string; line: number };

export function checkPlainFunds(ctx: Ctx): void {
  // (Its header names 执行率 and an 执行数, its labels above start at 资金总额.)
  if (!mentionsAll(ctx, ['执行率', '执行数', '资金总额'])) return;
  const n = ctx.source.length;
  const text = (i: number): string => sourceText(ctx, i);
  const tokensOf = (i: number): readonly string[] => sourceWords(ctx, i);
  const inTable = (i: number): boolean =>
    ctx.layout.blocks.some((b) => b.kind === 'table' && b.first <= i && i <= b.last);
  for (let i = 0; i < n; i++) {
    // The header: consecutive lines whose every word names a 项目资金 column, 执行率 among them.
    // (Most lines fail on their first character: not split into words.)
    if (!HEAD_START.includes(text(i).charAt(0))) continue;
    const first = tokensOf(i);
    if (first.length === 0 || !first.every((t) => HEAD.test(fundHead(t))) || inTable(i)) continue;
    const head: Token[] = [];
    let j = i;
    for (; j < n; j++) {
      const t = tokensOf(j);
      if (t.length === 0 || !t.every((x) => HEAD.test(fundHead(x)))) break;
      for (const x of t) head.push({ text: x, line: j });
    }
    const names = head.map((h) => fundHead(h.text));
    if (
      !names.includes('执行率') ||
      !names.some((x) => /执行数$/.test(x)) ||
      new Set(names).size !== names.length
    ) {
      i = j - 1;
      continue;
    }
    // The figures: every token of the lines right after the header.
    const figures: Token[] = [];
    let k = j;
    for (; k < n; k++) {
      const t = tokensOf(k);
      if (t.length === 0 || !t.every((x) => isFigureToken(x, 0, x.length) || isDashToken(x, 0, x.length)))
        break;
      for (const x of t) figures.push({ text: x, line: k });
    }
    i = k - 1;
    const rows = figures.length / head.length;
    if (!Number.isInteger(rows) || rows < 1 || rows > MAX_ROWS) continue;
    const labels = labelsAbove(ctx, head[0]!.line, rows, text);
    if (!labels) continue;
    const header: Row = {
      cells: [{ text: '', line: i }, ...head.map((h) => ({ text: h.text, line: h.line }))],
      line: head[0]!.line,
    };
    const body: Row[] = labels.map((label, r) => {
      const cells: Cell[] = [
        label,
        ...figures.slice(r * head.length, (r + 1) * head.length).map((f) => ({ text: f.text, line: f.line })),
      ];
      // (The row is where its figures are: a finding on the row points at them.)
      return { cells, line: cells[1]!.line };
    });
    const fund = checkFunds(ctx, header, body);
    if (fund) checkPlainScores(ctx, k, fund);
  }
}

const PLAIN = /^\d+(?:\.\d+)?$/;
const TOTAL = /^(总分|合计|总计)$/;
/** Header words that may follow 得分: words, never figures. */
const TEXT_AFTER = /偏差|原因|改进|措施|备注|说明|分析/;
/** How far below the 项目资金 part the indicator part's 总分 may be (lines). */
const SCORES_SPAN = 120;

/**
 * The indicator part below a plain 项目资金 part: its header (a line ending with 分值 得分, words after them
 * only), then cells in no order pdftotext kept, to the 总分 row ("总分" then its 分值 and 得分). The rows'
 * 分值 and 得分 cannot be paired; read only when their printing tells them apart — every 分值 a whole number,
 * every 得分 with decimals (all with as many), as many of each — and the 分值 with the 项目资金 part's add up to
 * the 总分's. Then Σ 得分 with the 项目资金 part's must be the 总分's 得分 (`score.sum`).
 */
function checkPlainScores(ctx: Ctx, from: number, fund: { weight: string; score: string }): void {
  const n = Math.min(ctx.source.length, from + SCORES_SPAN);
  const tokensOf = (i: number): readonly string[] => sourceWords(ctx, i);
  let h = from;
  for (; h < n; h++) {
    const t = tokensOf(h);
    const w = t.findIndex((x) => /^(分值|权重)$/.test(x));
    if (w >= 0 && /^(自评)?得分$/.test(t[w + 1] ?? '') && t.slice(w + 2).every((x) => TEXT_AFTER.test(x)))
      break;
  }
  if (h >= n) return;
  const weights: string[] = [];
  const scores: string[] = [];
  for (let i = h + 1; i < n; i++) {
    if (ctx.layout.dropped.has(i)) continue;
    const t = tokensOf(i);
    if (!t.some((x) => TOTAL.test(x))) {
      for (const x of t.filter((y) => PLAIN.test(y))) (x.includes('.') ? scores : weights).push(x);
      continue;
    }
    // The 总分 row: its 分值 and 得分 after the label, on its line or alone on the next.
    let nums: readonly string[] = t.slice(t.findIndex((x) => TOTAL.test(x)) + 1);
    let line = i;
    if (nums.length === 0 && i + 1 < n) [nums, line] = [tokensOf(i + 1), i + 1];
    if (nums.length !== 2 || !nums.every((x) => PLAIN.test(x))) return;
    const [totalWeight, totalScore] = nums as [string, string];
    const decimals = (v: string): number => (v.split('.')[1] ?? '').length;
    if (scores.length < 2 || scores.length !== weights.length) return;
    if (new Set(scores.map(decimals)).size !== 1 || decimals(totalScore) !== decimals(scores[0]!)) return;
    if (weights.some((x) => dec(x).isZero() || dec(x).gt(100))) return;
    const sumOf = (v: readonly string[]): Dec => v.reduce((s, x) => s.plus(x), dec(0));
    if (!sumOf(weights).plus(fund.weight).eq(totalWeight)) return;
    const parts = [fund.score, ...scores];
    const printed = parts.map((x) => ({ value: x, places: decimals(x) }));
    const v = judgeSum(printed, { value: totalScore, places: decimals(totalScore) }, 2);
    const list = parts.join(' + ');
    claim(ctx, 'score', line, 0, v.kind !== 'wrong', `各项得分之和 ${list}，总分${totalScore}`);
    if (v.kind === 'ok') return;
    const sum = v.total.toFixed(2);
    report(
      ctx,
      line,
      'score.sum',
      v.severity,
      nums.join(' '),
      sum,
      totalScore,
      `各项得分之和 ${list} = ${sum}，与总分${totalScore}不符。`,
      0,
    );
    return;
  }
}

/**
 * The row labels: `rows` lines from the nearest 资金总额 line above `before`, each naming funds (资金, 拨款,
 * 结转 …) and holding no digit.
 */
function labelsAbove(ctx: Ctx, before: number, rows: number, text: (i: number) => string): Cell[] | null {
  for (let i = before - 1; i >= Math.max(0, before - LABELS_ABOVE); i--) {
    if (!/资金总额/.test(text(i))) continue;
    const out: Cell[] = [];
    for (let k = i; k < before && out.length < rows; k++) {
      const t = text(k);
      if (t === '') continue;
      if (/\d/.test(t) || t.length > 16 || !SOURCE.test(t)) return null;
      out.push({ text: t, line: k });
    }
    return out.length === rows ? out : null;
  }
  return null;
}
