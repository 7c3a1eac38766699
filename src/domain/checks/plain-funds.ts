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
 * Or row by row under the header, each label followed by its figures (one a line; none for a source left
 * empty): "年度资金总额 / 80.00 / 80.00 / 78.43 / 10 / 98.04% / 9.80 / 其中：当年财政拨款 / …".
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
import { gradeOf } from '../scoring/grade.ts';
import { bandsKnown } from './grade-columns.ts';
import { normaliseGrade } from './grade-words.ts';
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
    const header: Row = {
      cells: [{ text: '', line: i }, ...head.map((h) => ({ text: h.text, line: h.line }))],
      line: head[0]!.line,
    };
    // The labels under the header, then the figures row by row ("年度资金总额 / 其中：当年财政拨款 / … / 860.00 / …").
    if (figures.length === 0) {
      const below = labelsThenFigures(ctx, j, head.length);
      if (below) {
        i = below.end - 1;
        const fund = checkFunds(ctx, header, below.rows);
        if (fund) checkPlainScores(ctx, below.end, fund);
        continue;
      }
    }
    // Row by row under the header: each label, then its figures.
    if (figures.length === 0) {
      // (A source's row may print its money only: the columns before 分值 / 执行率.)
      const money = names.findIndex((x) => !/预算数?$|执行数$/.test(x));
      const read = rowsBelow(ctx, j, head.length, money < 0 ? head.length : money, names.indexOf('执行率'));
      if (!read) continue;
      i = read.end - 1;
      const fund = checkFunds(ctx, header, read.rows);
      if (fund) checkCellTotalGrade(ctx, read.end);
      continue;
    }
    const rows = figures.length / head.length;
    if (!Number.isInteger(rows) || rows < 1 || rows > MAX_ROWS) continue;
    const labels = labelsAbove(ctx, head[0]!.line, rows, text);
    if (!labels) continue;
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
    checkGradeBelow(ctx, line + 1, totalScore);
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
 * The rows printed one after another below the header (`from`), a cell a line: from a 资金总额 label, each label
 * (naming funds, no digit) followed by all `width` of its figures (dashes too) or by none (a source left empty,
 * "上年结转资金" then the next label). Null when a row has some figures but not all, or the first is no 资金总额.
 */
function rowsBelow(
  ctx: Ctx,
  from: number,
  width: number,
  money: number,
  rate: number,
): { rows: Row[]; end: number } | null {
  const rows: Row[] = [];
  let i = from;
  const n = ctx.source.length;
  while (i < n && rows.length < MAX_ROWS) {
    const label = sourceText(ctx, i).trim();
    if (label === '' || /\d/.test(label) || label.length > 16 || !SOURCE.test(label)) break;
    if (rows.length === 0 && !/资金总额/.test(label)) return null;
    const cells: Cell[] = [{ text: label, line: i }];
    let k = i + 1;
    for (; k < n && cells.length <= width; k++) {
      const t = sourceWords(ctx, k);
      if (t.length !== 1 || !(isFigureToken(t[0]!, 0, t[0]!.length) || isDashToken(t[0]!, 0, t[0]!.length)))
        break;
      cells.push({ text: t[0]!, line: k });
    }
    if (cells.length === 1) for (let c = 0; c < width; c++) cells.push({ text: '', line: i });
    else if (rows.length > 0 && money > 0 && cells.length === money + 1)
      for (let c = money; c < width; c++) cells.push({ text: '', line: k - 1 });
    else if (
      rows.length > 0 &&
      money > 0 &&
      rate > money &&
      cells.length === money + 2 &&
      /[%％]$/.test(cells[money + 1]!.text)
    ) {
      // (Its money and its 执行率: the rate in its column, the 分值 and 得分 left empty.)
      const own = cells.pop()!;
      while (cells.length < width + 1) cells.push({ text: '', line: own.line });
      cells[rate + 1] = own;
    } else if (cells.length !== width + 1) return null;
    rows.push({ cells, line: cells[1]!.line });
    i = k;
  }
  return rows.length >= 2 ? { rows, end: i } : null;
}

/**
 * The row labels right under the header — from the 资金总额 line, each naming funds (资金, 拨款, 结转 …) and holding
 * no digit — then exactly `width` figures (or dashes) for each, one a line: the rows, and the line after them.
 */
function labelsThenFigures(ctx: Ctx, from: number, width: number): { rows: Row[]; end: number } | null {
  const n = ctx.source.length;
  const labels: Cell[] = [];
  let i = from;
  for (; i < n && labels.length < MAX_ROWS; i++) {
    const t = sourceText(ctx, i).trim();
    if (t === '') continue;
    if (/\d/.test(t) || t.length > 16 || !SOURCE.test(t)) break;
    if (labels.length === 0 && !/资金总额/.test(t)) return null;
    labels.push({ text: t, line: i });
  }
  if (labels.length < 2) return null;
  const figures: Cell[] = [];
  for (; i < n && figures.length < labels.length * width; i++) {
    const t = sourceWords(ctx, i);
    if (t.length === 0) continue;
    if (!t.every((x) => isFigureToken(x, 0, x.length) || isDashToken(x, 0, x.length))) break;
    for (const x of t) figures.push({ text: x, line: i });
  }
  if (figures.length !== labels.length * width) return null;
  const rows = labels.map((label, r) => {
    const cells: Cell[] = [label, ...figures.slice(r * width, (r + 1) * width)];
    return { cells, line: cells[1]!.line };
  });
  return { rows, end: i };
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

/** The 总分 row of a form printed a cell a line ("总分 / 100 / 84.13"), below `from`, and the grade under it. */
function checkCellTotalGrade(ctx: Ctx, from: number): void {
  const n = Math.min(ctx.source.length, from + SCORES_SPAN);
  for (let i = from; i + 2 < n; i++) {
    if (!TOTAL.test(sourceText(ctx, i).trim())) continue;
    const [weight, score] = [sourceText(ctx, i + 1).trim(), sourceText(ctx, i + 2).trim()];
    if (PLAIN.test(weight) && PLAIN.test(score)) checkGradeBelow(ctx, i + 3, score);
    return;
  }
}

/** "自评等级" (or 等级) then the grade, right below a 总分 row: the grade must be the 得分's (`grade.score`). */
function checkGradeBelow(ctx: Ctx, from: number, score: string): void {
  const n = Math.min(ctx.source.length, from + 4);
  let i = from;
  while (i < n && ctx.layout.dropped.has(i)) i++;
  const wordsAt = (k: number): readonly string[] => (k < ctx.source.length ? sourceWords(ctx, k) : []);
  if (i >= n) return;
  const words = [...wordsAt(i), ...wordsAt(i + 1)];
  if (words.length !== 2 || !/^(?:自评|评价)?等[级次]$/.test(words[0]!)) return;
  const printed = words[1]!;
  const grade = normaliseGrade(printed);
  if (grade === null || dec(score).gt(100)) return;
  const bands = bandsKnown(ctx);
  if (bands === null) return;
  const want = gradeOf(score, ctx.grades);
  const at = wordsAt(i).length === 2 ? i : i + 1;
  claim(ctx, 'grade', at, 0, grade === want, `总分${score}分对应等次“${want}”，表中“${printed}”`);
  if (grade === want) return;
  report(
    ctx,
    at,
    'grade.score',
    'error',
    `${words[0]} ${printed}`,
    want,
    printed,
    `总分${score}分按${bands === 'stated' ? '文中的等级标准' : '等级标准'}对应的等次应为“${want}”，表中为“${printed}”。`,
    0,
  );
}
