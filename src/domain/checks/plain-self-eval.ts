/**
 * A 项目支出绩效自评表 as plain `pdftotext` (without -layout) prints it when its cells wrap: each text line
 * of the page on a line of its own, in the page's top-to-bottom order, so a cell wrapped onto two lines
 * comes out in two pieces with other cells' pieces between them:
 *
 *     全年执行 分 执行率        ← the 项目资金 header, its cells in pieces ("全年执行" … "数", "分" … "值");
 *     年初预算数 全年预算          the pieces on one line left to right
 *     得分
 *     数
 *     …
 *     项目资 年度资金           ← the row labels, the merged 项目资金（万元） cell's pieces first on their lines
 *     600.00 640.00 612.80 10 95.75%   ← the figures, row after row (a row's last cell may be a line lower)
 *     9.58
 *     金 总额
 *     …
 *
 * - The 项目资金 part (score-funds.ts: the sources' sum, 执行率, 得分): read only when the header's pieces
 *   make exactly the columns 年初预算数 (or none), 全年预算数, 全年执行数, 分值, 执行率, 得分 — every piece part
 *   of one, the pieces on a line in that order —, the labels exactly 年度资金总额 and its sources (财政拨款,
 *   上年结转, 其他资金), and the figures exactly one row a label, each of its column's kind: amounts, then
 *   in the total's row a whole 分值, a percentage and a 得分 no more than the 分值, dashes in the sources'.
 * - The 总分 row ("总分" then its 分值 and 得分) and the 自评等级 below it (`grade.score`).
 * - The indicator part between its header (三级指标 … 得分) and the 总分 row: its bare figures are the rows'
 *   分值 and 得分. A pair on a line ("8 7") is a 分值 and its 得分; a figure last on a line after the
 *   actual value a 分值; a figure first on a line before the 偏差原因 a 得分; a figure alone on a line the
 *   得分 of a 分值 still open, else a 分值. Read only when that makes as many 得分 as 分值, each (in turn)
 *   no more than its 分值, the 分值 with the 项目资金 part's adding up to the 总分's. Then Σ 得分 with the
 *   项目资金 part's must be the 总分's 得分 (`score.sum`).
 */
import { dec, type Dec } from '../money/index.ts';
import { gradeOf } from '../scoring/grade.ts';
import { claim, report, sourceWords, type Ctx } from './context.ts';
import { normaliseGrade } from './grade-words.ts';
import { isDashToken } from './layout-chars.ts';
import { checkFunds } from './score-funds.ts';
import type { Cell, Row } from './tables.ts';
import { judgeSum } from './verdict.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

/** The 项目资金 columns in their order on the form. */
const COLUMNS = ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'] as const;
const MONEY_COLUMNS = 3;
/** The merged cell left of the row labels. */
const LEFT_LABEL = '项目资金(万元)';
/** The row labels of the 项目资金 part, in their order. */
const LABEL = /年度资金总额|(?:其中[:：]?)?(?:当年)?财政拨款(?:资金)?|上年结转(?:结余)?(?:资金)?|其他资金/y;
/** The characters a label line may hold. */
const LABEL_CHARS = new Set([...'项目资金(万元)（）年度总额其中:：当财政拨款上结转余其他']);
const AMOUNT = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const WHOLE = /^\d{1,3}$/;
const PERCENT = /^\d{1,3}(?:\.\d+)?[%％]$/;
const SCORE = /^\d{1,3}(?:\.\d{1,2})?$/;
/** How far below the 项目资金 part its 总分 may be (lines). */
const FORM_SPAN = 400;

type Token = { text: string; line: number };

export function checkPlainSelfEvals(ctx: Ctx): void {
  // (Every claim stands on a 项目资金 part: its header's pieces hold every character of 执行数, 执行率, 得分, its
  // labels 资金总额's, its total row a 执行率 in %.)
  if (!mentionsAll(ctx, ['执', '得', '额']) || !mentionsAny(ctx, ['%', '％'])) return;
  const n = ctx.source.length;
  const words = (i: number): readonly string[] => sourceWords(ctx, i);
  const isPiece = (t: string): boolean => COLUMNS.some((c) => c.includes(t));
  const headerLine = (i: number): boolean => {
    const t = words(i);
    return t.length > 0 && t.every(isPiece);
  };
  // (A header starts with a piece of two characters at least: "数", "值" alone go on one.)
  const headerStart = (i: number): boolean => headerLine(i) && words(i).some((x) => x.length > 1);
  for (let i = 0; i < n; i++) {
    if (!headerStart(i)) continue;
    let j = i;
    while (j < n && headerLine(j)) j++;
    const columns = headerColumns(ctx, i, j);
    if (!columns) {
      i = j - 1;
      continue;
    }
    const part = readFunds(ctx, columns, j);
    if (!part) {
      i = j - 1;
      continue;
    }
    i = part.end - 1;
    const fund = checkFunds(ctx, part.header, part.rows);
    checkForm(ctx, part.end, fund, headerStart);
  }
}

/** The columns the header lines [from, to) make, or null when their pieces make no exact header. */
function headerColumns(ctx: Ctx, from: number, to: number): string[] | null {
  const lines: string[][] = [];
  for (let i = from; i < to; i++) lines.push([...sourceWords(ctx, i)]);
  const chars = (s: string): string => [...s].sort().join('');
  const printed = chars(lines.flat().join(''));
  for (const columns of [[...COLUMNS], COLUMNS.slice(1)]) {
    if (chars(columns.join('')) !== printed) continue;
    // The pieces on a line left to right: each the start of a column after the last one's (or a piece of
    // one no other piece's column can be).
    const ordered = lines.every((line) => {
      let last = -1;
      for (const t of line) {
        const at = columns.findIndex((c, k) => k > last && c.startsWith(t));
        if (at >= 0) last = at;
        else if (!columns.some((c, k) => k > last && c.includes(t))) return false;
      }
      return true;
    });
    return ordered ? columns : null;
  }
  return null;
}

/** The labels and figures after the header (from line `from`), as a header row and body rows. */
function readFunds(
  ctx: Ctx,
  columns: readonly string[],
  from: number,
): { header: Row; rows: Row[]; end: number } | null {
  const n = ctx.source.length;
  let left = LEFT_LABEL;
  let labelText = '';
  let labelLine = -1;
  const figures: Token[] = [];
  let i = from;
  for (; i < n; i++) {
    const t = sourceWords(ctx, i).map((x) => x.replace(/（/g, '(').replace(/）/g, ')'));
    if (t.length === 0) break;
    if (t.every((x) => AMOUNT.test(x) || PERCENT.test(x) || isDashToken(x, 0, x.length))) {
      for (const x of t) figures.push({ text: x, line: i });
      continue;
    }
    if (![...t.join('')].every((c) => LABEL_CHARS.has(c))) break;
    let rest = t;
    // The merged cell's pieces first on their lines.
    if (rest.length > 1 && left.startsWith(rest[0]!)) {
      left = left.slice(rest[0]!.length);
      rest = rest.slice(1);
    }
    if (labelLine < 0) labelLine = i;
    labelText += rest.join('');
  }
  const labels: string[] = [];
  LABEL.lastIndex = 0;
  while (LABEL.lastIndex < labelText.length) {
    const m = LABEL.exec(labelText);
    if (!m) return null;
    labels.push(m[0]);
  }
  if (labels.length < 2 || !/资金总额/.test(labels[0]!)) return null;
  if (labels.slice(1).some((l) => /资金总额/.test(l))) return null;
  const width = columns.length;
  if (figures.length !== labels.length * width) return null;
  const money = width - (COLUMNS.length - MONEY_COLUMNS);
  const at = (r: number, c: number): string => figures[r * width + c]!.text;
  for (let r = 0; r < labels.length; r++)
    for (let c = 0; c < money; c++) if (!AMOUNT.test(at(r, c)) && !isDashToken(at(r, c), 0, 1)) return null;
  // The total's 分值, 执行率, 得分; dashes in the sources' (or figures of the column's kind).
  const [w, rate, score] = [at(0, money), at(0, money + 1), at(0, money + 2)];
  if (!WHOLE.test(w) || !PERCENT.test(rate) || !SCORE.test(score) || dec(score).gt(w)) return null;
  for (let r = 1; r < labels.length; r++) {
    const [rw, rr, rs] = [at(r, money), at(r, money + 1), at(r, money + 2)];
    const dash = (x: string): boolean => isDashToken(x, 0, x.length);
    if (!(dash(rw) || WHOLE.test(rw)) || !(dash(rr) || PERCENT.test(rr)) || !(dash(rs) || SCORE.test(rs)))
      return null;
  }
  const header: Row = {
    cells: [{ text: '', line: from - 1 }, ...columns.map((c) => ({ text: c, line: from - 1 }))],
    line: from - 1,
  };
  const rows: Row[] = labels.map((label, r) => {
    const cells: Cell[] = [
      { text: label, line: labelLine },
      ...figures.slice(r * width, (r + 1) * width).map((f) => ({ text: f.text, line: f.line })),
    ];
    return { cells, line: cells[1]!.line };
  });
  return { header, rows, end: i };
}

const TOTAL = /^(总分|合计|总计)$/;
const GRADE_LABEL = /^(自评|评价|绩效)?等[级次]$/;

/** The form below a 项目资金 part: its indicator part, 总分 and 自评等级 (see the module's comment). */
function checkForm(
  ctx: Ctx,
  from: number,
  fund: { weight: string; score: string } | null,
  headerStart: (i: number) => boolean,
): void {
  const n = Math.min(ctx.source.length, from + FORM_SPAN);
  const words = (i: number): readonly string[] => sourceWords(ctx, i);
  let indicators = -1;
  for (let i = from; i < n; i++) {
    if (headerStart(i)) return;
    const t = words(i);
    if (indicators < 0 && t.includes('三级指标') && t.some((x) => /^(自评)?得分$/.test(x))) {
      indicators = i;
      continue;
    }
    if (!t.some((x) => TOTAL.test(x))) continue;
    // The 总分 row: its 分值 and 得分 after the label, on its line or alone on the next.
    let nums: readonly string[] = t.slice(t.findIndex((x) => TOTAL.test(x)) + 1);
    let line = i;
    if (nums.length === 0 && i + 1 < n) [nums, line] = [words(i + 1), i + 1];
    // (Or one a line: "总分" / "100" / "98.35".)
    if (nums.length === 1 && i + 2 < n && words(i + 2).length === 1)
      [nums, line] = [[nums[0]!, words(i + 2)[0]!], i + 2];
    if (nums.length !== 2 || !nums.every((x) => SCORE.test(x)) || dec(nums[1]!).gt(nums[0]!)) return;
    const [weight, score] = nums as [string, string];
    if (fund && indicators >= 0) checkIndicatorScores(ctx, indicators + 1, i, fund, weight, score, line);
    checkGrade(ctx, line + 1, score);
    return;
  }
}

/**
 * A form no reader above took (its 项目资金 part in a shape they do not read), printed a cell a line: its "总分" line,
 * its 分值 and 得分 one a line below (100 first), then its 自评等级 (`grade.score`) — unless a rule judged that
 * grade already.
 */
export function checkPlainTotalGrades(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['总分', '等'])) return;
  const n = ctx.source.length;
  const words = (i: number): readonly string[] => sourceWords(ctx, i);
  for (let i = 0; i + 2 < n; i++) {
    const t = words(i);
    if (t.length !== 1 || t[0] !== '总分') continue;
    const [weight, score] = [words(i + 1), words(i + 2)];
    if (weight.length !== 1 || score.length !== 1 || weight[0] !== '100' || !SCORE.test(score[0]!)) continue;
    if (dec(score[0]!).gt(100)) continue;
    if (ctx.claims.some((c) => c.kind === 'grade' && c.line > i + 1 && c.line <= i + 7)) continue;
    checkGrade(ctx, i + 3, score[0]!);
  }
}

/** The 自评等级 right below the 总分 row: on its label's line or the next. */
function checkGrade(ctx: Ctx, from: number, total: string): void {
  const words = (i: number): readonly string[] => sourceWords(ctx, i);
  let i = from;
  while (i < ctx.source.length && words(i).length === 0) i++;
  const t = words(i);
  if (t.length === 0 || !GRADE_LABEL.test(t[0]!)) return;
  let value = t[1];
  let line = i;
  if (t.length === 1) {
    line = i + 1;
    value = words(line).length === 1 ? words(line)[0] : undefined;
  } else if (t.length > 2) return;
  if (value === undefined) return;
  const grade = normaliseGrade(value);
  if (grade === null || value.length > 4) return;
  const want = gradeOf(total, ctx.grades);
  claim(ctx, 'grade', line, 0, grade === want, `总分${total}对应等次“${want}”，表中“${value}”`);
  if (grade !== want)
    report(
      ctx,
      line,
      'grade.score',
      'error',
      `总分 ${total} 自评等级 ${value}`,
      want,
      value,
      `总分${total}对应的等次应为“${want}”，表中为“${value}”。`,
    );
}

/** The indicator rows' 分值 and 得分 between lines [from, to), summed against the 总分 (see the module's comment). */
function checkIndicatorScores(
  ctx: Ctx,
  from: number,
  to: number,
  fund: { weight: string; score: string },
  totalWeight: string,
  totalScore: string,
  line: number,
): void {
  type Figure = { text: string; line: number; sure: boolean };
  const weights: Figure[] = [];
  const scores: Figure[] = [];
  for (let i = from; i < to; i++) {
    if (ctx.layout.dropped.has(i)) continue;
    const t = sourceWords(ctx, i);
    const bare = t.map((x) => SCORE.test(x));
    const at = (k: number, sure = true): Figure => ({ text: t[k]!, line: i, sure });
    for (let k = 0; k < t.length; k++) {
      if (!bare[k]) continue;
      let run = 1;
      while (bare[k + run]) run++;
      if (run === 2) {
        weights.push(at(k));
        scores.push(at(k + 1));
      } else if (run > 2) return;
      else if (t.length === 1) (weights.length > scores.length ? scores : weights).push(at(k, false));
      else if (k === t.length - 1) weights.push(at(k));
      else if (k === 0) scores.push(at(k));
      else return;
      k += run - 1;
    }
  }
  if (weights.length < 2 || weights.length !== scores.length) return;
  if (weights.some((w) => !WHOLE.test(w.text) || dec(w.text).isZero())) return;
  const sumOf = (v: readonly Figure[]): Dec => v.reduce((s, x) => s.plus(x.text), dec(0));
  const over = weights.flatMap((w, k) => (dec(scores[k]!.text).gt(w.text) ? [k] : []));
  const weightSum = sumOf(weights).plus(fund.weight);
  if (over.length === 1 && !weightSum.eq(totalWeight)) {
    checkRaisedScore(
      ctx,
      weights[over[0]!]!,
      scores[over[0]!]!,
      weightSum,
      fund,
      totalWeight,
      scores,
      totalScore,
    );
    return;
  }
  if (over.length > 0 || !weightSum.eq(totalWeight)) return;
  const parts = [fund.score, ...scores.map((x) => x.text)];
  const decimals = (v: string): number => (v.split('.')[1] ?? '').length;
  const printed = parts.map((x) => ({ value: x, places: decimals(x) }));
  const v = judgeSum(printed, { value: totalScore, places: decimals(totalScore) }, 2);
  const list = parts.join(' + ');
  claim(ctx, 'score', line, 0, v.kind !== 'wrong', `资金得分与各指标得分之和 ${list}，总分${totalScore}`);
  if (v.kind === 'ok') return;
  const sum = v.total.toFixed(Math.max(...parts.map(decimals), decimals(totalScore)));
  report(
    ctx,
    line,
    'score.sum',
    v.severity,
    `${totalWeight} ${totalScore}`,
    sum,
    totalScore,
    `资金得分与各指标得分之和 ${list} = ${sum}，与总分${totalScore}不符。`,
  );
}

/**
 * One 得分 above its 分值, the 分值 short of the 总分's by just as much, the 得分 adding up to the 总分's: the
 * 分值 is misprinted (`score.exceeds-weight`). Reported only when the two were told apart by their places on
 * their lines (not by a figure alone on a line).
 */
function checkRaisedScore(
  ctx: Ctx,
  weight: { text: string; line: number; sure: boolean },
  score: { text: string; line: number; sure: boolean },
  weightSum: Dec,
  fund: { weight: string; score: string },
  totalWeight: string,
  scores: readonly { text: string }[],
  totalScore: string,
): void {
  if (!weight.sure || !score.sure || Math.abs(weight.line - score.line) > 2) return;
  const gap = dec(score.text).minus(weight.text);
  if (!weightSum.plus(gap).eq(totalWeight)) return;
  const scoreSum = scores.reduce((s, x) => s.plus(x.text), dec(fund.score));
  if (!scoreSum.eq(totalScore)) return;
  claim(ctx, 'score', weight.line, 0, false, `分值${weight.text}，得分${score.text}`);
  report(
    ctx,
    weight.line,
    'score.exceeds-weight',
    'error',
    `${weight.text} ${score.text}`,
    score.text,
    weight.text,
    `指标得分${score.text}高于其分值${weight.text}；各项分值之和 ${weightSum.toString()} 与总分的分值${totalWeight}相差 ${gap.toString()}，分值应为${score.text}。`,
  );
}
