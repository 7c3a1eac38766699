/**
 * A 自评表 printed in narrow columns, its labels and names wrapped over several lines ("年度资金" above "总额",
 * "管护高标准" above "农田面积"): no row reads as a label with its figures, so the figures are read by their
 * pattern instead of their labels —
 * - the 项目资金 rows under a header naming 全年预算 and 执行率: "A B C W P% S" (年初预算数, 全年预算数, 全年执行数,
 *   分值, 执行率, 得分; a source row prints — for W and S, and — for an amount it has none of; "A B C P% W S" under a header printing 执行率 first): each row's P against C ÷ B (`completion.percent`), and
 *   the first row (年度资金总额) against the sum of the rows below it, column by column (`sum.parts`);
 * - the 绩效指标 rows: on each line the pair of bare figures "W S" before the 偏差原因 words or the line's end, and
 *   the 总分 row "总分 W S". With the 项目资金's W and S, the 分值 must add up to the 总分's and the 得分 to its 得分 —
 *   judged only when one of the two columns adds up (the reading is then whole): the other is wrong
 *   (`score.sum`, `score.weight-sum`), and so is a row whose 得分 is above its 分值 (`score.exceeds-weight`; the
 *   sums it breaks, holding with it capped at its 分值, are not reported again). A "小计 W S" row of a 一级's
 *   indicators is no indicator: its 得分 must be the sum of the rows since the 小计 before it, when their 分值 are its.
 * Rows another rule read (a claim on their line) are left to it. The 年度资金总额 row read joins ctx.fundRows, for the
 * rules that add several 自评表 up (self-eval-summary.ts).
 */
import { dec, type Dec } from '../money/index.ts';
import { claim, printedLines, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { judgeRatio, judgeSum, SHARE, show, verdictClause, printedFigure } from './verdict.ts';

/** The 总分 row: "总分 100 98.57" (nothing else on the line but words: "自评等级：优"). */
const TOTAL_ROW = /^\s*总\s*分\s+(\d{1,3}(?:\.\d{1,2})?)\s+(\d{1,3}(?:\.\d{1,2})?)(?:\s+[^\d\s][^\d]*)?\s*$/;
/** A 项目资金 row's figures: two or three amounts, then 分值 (or —), 执行率 (or —) and 得分 (or —), ending the line. */
const FUND_ROW =
  /(?:^|\s)((?:(?:\d[\d,]*\.\d{2}|[—–-]+)\s+){1,2}(?:\d[\d,]*\.\d{2}|[—–-]+))\s+(\d{1,3}(?:\.\d{1,2})?|[—–-]+)\s+(\d{1,3}(?:\.\d{1,2})?%|[—–-]+)\s+(\d{1,3}(?:\.\d{1,2})?|[—–-]+)\s*$/;
/** The same under a header printing 执行率 before 分值 and 得分: "A B C P% W S". */
const FUND_ROW_RATE_FIRST =
  /(?:^|\s)((?:(?:\d[\d,]*\.\d{2}|[—–-]+)\s+){1,2}(?:\d[\d,]*\.\d{2}|[—–-]+))\s+(\d{1,3}(?:\.\d{1,2})?%|[—–-]+)\s+(\d{1,3}(?:\.\d{1,2})?|[—–-]+)\s+(\d{1,3}(?:\.\d{1,2})?|[—–-]+)\s*$/;
/** An indicator row's 分值 and 得分: two bare figures, white space around them, words (or nothing) after. */
// (The words after may open with a count of their own: "10 8.51 2所学校屋面工程顺延".)
const SCORE_PAIR =
  /(?<=^|\s)(\d{1,3}(?:\.\d{1,2})?)\s+(\d{1,3}(?:\.\d{1,2})?)(?=\s+(?:[^\d\s.%]|\d+[\u4e00-\u9fa5])|\s*$)/g;
/** A new table's title: where a table read upwards from its 总分 starts at the latest. */
const TABLE_TITLE = /^\s*项目支出绩效自评表\s*$/;

type Fund = {
  line: number;
  amounts: string[];
  /** Which amounts were printed as a dash (read as 0.00 in a sum; no rate is judged on one). */
  dashes: boolean[];
  weight: string | null;
  rate: string | null;
  score: string | null;
};
type Pair = { line: number; weight: string; score: string };
/** A 小计 row of one 一级's indicators: the pairs `from` … `to` − 1, those since the 小计 before it. */
type Subtotal = Pair & { from: number; to: number };

/** "小计 50 49.22". */
const SUBTOTAL_ROW = /^\s*小\s*计\s+(\d{1,3}(?:\.\d{1,2})?)\s+(\d{1,3}(?:\.\d{1,2})?)\s*$/;

const isDash = (t: string): boolean => /^[—–-]+$/.test(t);

export function checkWrappedSelfEvals(ctx: Ctx): void {
  // (Not 分值: a narrow column wraps it, "分" over "值".)
  if (!mentionsAll(ctx, ['总分', '得分'])) return;
  const lines = printedLines(ctx);
  let start = 0;
  for (let i = 0; i < lines.length; i++) {
    if (TABLE_TITLE.test(lines[i]!)) start = i;
    const total = TOTAL_ROW.exec(lines[i]!);
    if (!total) continue;
    checkTable(ctx, lines, start, i, total[1]!, total[2]!);
    start = i + 1;
  }
}

/** The lines (0-based) other rules made a claim on: their reading stands. */
type Taken = ReadonlySet<number>;

function takenLines(ctx: Ctx): Taken {
  return new Set(ctx.claims.map((c) => c.line - 1));
}

function checkTable(
  ctx: Ctx,
  lines: readonly string[],
  from: number,
  totalLine: number,
  totalWeight: string,
  totalScore: string,
): void {
  // The 项目资金 header ("年初预算 全年预算数 全年执行 分值 执行率 得分", its words maybe wrapped) and the indicators'.
  const squashed = (i: number): string => lines[i]!.replace(/\s+/g, '');
  let fundHeader = -1;
  let indicatorHeader = -1;
  // (A header word wrapped in its narrow cell: its first characters on the line, the rest on the next — "全年预"
  // over "算数", "分" over "值".)
  const names = (i: number, word: string, cut: number): boolean => {
    const s = squashed(i);
    return s.includes(word) || (s.includes(word.slice(0, cut)) && squashed(i + 1).includes(word.slice(cut)));
  };
  for (let i = from; i < totalLine; i++) {
    const s = squashed(i);
    if (fundHeader < 0 && s.includes('执行率') && names(i, '全年预算', 3) && names(i, '分值', 1))
      fundHeader = i;
    else if (fundHeader >= 0 && indicatorHeader < 0 && names(i, '分值', 1) && s.includes('得分'))
      indicatorHeader = i;
  }
  if (fundHeader < 0 || indicatorHeader < 0) return;
  const taken = takenLines(ctx);
  const funds: Fund[] = [];
  const header = squashed(fundHeader);
  const rateFirst = header.indexOf('执行率') < header.indexOf('分值');
  for (let i = fundHeader + 1; i < indicatorHeader; i++) {
    const m = (rateFirst ? FUND_ROW_RATE_FIRST : FUND_ROW).exec(lines[i]!);
    if (!m) continue;
    const [weight, rate] = rateFirst ? [m[3]!, m[2]!] : [m[2]!, m[3]!];
    // (An amount printed as a dash is none: 0.00. A row of dashes only is no row a figure of which is read.)
    const amounts = m[1]!.trim().split(/\s+/);
    if (amounts.every(isDash)) continue;
    funds.push({
      line: i,
      amounts: amounts.map((a) => (isDash(a) ? '0.00' : a)),
      dashes: amounts.map(isDash),
      weight: isDash(weight) ? null : weight,
      rate: isDash(rate) ? null : rate.slice(0, -1),
      score: isDash(m[4]!) ? null : m[4]!,
    });
  }
  // (A budget split into sub-columns named under the header — "财政拨款 其他资金 合计" — prints more amounts than
  // a row's pattern takes: which is the budget is not sure.)
  for (let i = fundHeader + 1; i < (funds[0]?.line ?? fundHeader); i++)
    if (squashed(i).includes('合计')) return;
  // (The header names 年初预算 when a row prints three amounts.)
  const width = funds[0]?.amounts.length ?? 0;
  // A source row whose last dash wrapped to the next line ("200.00 200.00 190.00 — —" over "—"): its last amount
  // was read as the 分值 — it is the row's amounts and two dashes.
  for (const f of funds)
    if (
      f.amounts.length === width - 1 &&
      f.weight !== null &&
      /\.\d{2}$/.test(f.weight) &&
      f.score === null
    ) {
      f.amounts.push(f.weight);
      f.dashes.push(false);
      f.weight = null;
    }
  if (funds.length === 0 || funds.some((f) => f.amounts.length !== width)) return;
  if (width === 3 && !squashed(fundHeader).includes('年初')) return;
  checkFundRates(ctx, lines, funds, taken);
  checkFundSums(ctx, lines, funds, taken);
  const head = funds[0]!;
  if (head.weight === null || head.score === null) return;
  // (Its 项目资金 row for the rules that add the tables up — unless a reader of labels took it already.)
  if (!ctx.fundRows.some((f) => f.line >= from && f.line <= totalLine)) {
    const amount = (k: number): string => head.amounts[k]!.replace(/,/g, '');
    ctx.fundRows.push({
      line: head.line,
      weight: head.weight,
      score: head.score,
      budget: amount(width - 2),
      spent: amount(width - 1),
      initial: width === 3 ? amount(0) : null,
    });
  }
  const pairs: Pair[] = [];
  const subtotals: Subtotal[] = [];
  for (let i = indicatorHeader + 1; i < totalLine; i++) {
    const sub = SUBTOTAL_ROW.exec(lines[i]!);
    if (sub) {
      subtotals.push({
        line: i,
        weight: sub[1]!,
        score: sub[2]!,
        from: subtotals.at(-1)?.to ?? 0,
        to: pairs.length,
      });
      continue;
    }
    const found = [...lines[i]!.matchAll(SCORE_PAIR)];
    // (Two pairs on one line: the reading is not sure — no judgement on this table.)
    if (found.length > 1) return;
    if (found.length === 1) pairs.push({ line: i, weight: found[0]![1]!, score: found[0]![2]! });
  }
  if (pairs.length < 2 || taken.has(totalLine)) return;
  checkScores(ctx, lines, head, pairs, totalLine, totalWeight, totalScore, taken, subtotals);
}

function checkFundRates(ctx: Ctx, lines: readonly string[], funds: readonly Fund[], taken: Taken): void {
  for (const f of funds) {
    if (f.rate === null || taken.has(f.line) || f.dashes.slice(-2).some(Boolean)) continue;
    const budget = f.amounts[f.amounts.length - 2]!.replace(/,/g, '');
    const spent = f.amounts[f.amounts.length - 1]!.replace(/,/g, '');
    if (dec(budget).isZero()) continue;
    const v = judgeRatio(
      printedFigure(f.rate),
      [printedFigure(spent), printedFigure(budget)],
      ([s, b]) => s!.div(b!).times(100),
      SHARE,
    );
    if (!v) continue;
    const exact = v.kind === 'ok' ? f.rate : show(v.exact, printedFigure(f.rate).places);
    claim(
      ctx,
      'completion',
      f.line,
      0,
      v.kind === 'ok',
      `${spent} ÷ ${budget} × 100% = ${exact}%，表中${f.rate}%`,
    );
    if (v.kind === 'ok') continue;
    report(
      ctx,
      f.line,
      'completion.percent',
      v.severity,
      lines[f.line]!.trim(),
      `${exact}%`,
      `${f.rate}%`,
      `执行率应为 全年执行数${spent} ÷ 全年预算数${budget} × 100% = ${exact}%，表中为${f.rate}%${verdictClause(v.kind)}。`,
      0,
    );
  }
}

/** The first row (年度资金总额) against the rows below it, column by column: only when two or more rows are below. */
function checkFundSums(ctx: Ctx, lines: readonly string[], funds: readonly Fund[], taken: Taken): void {
  const [head, ...parts] = funds;
  if (!head || parts.length < 2 || head.weight === null || parts.some((p) => p.weight !== null)) return;
  // (A total printed as a dash: not read.)
  if (head.dashes.some(Boolean)) return;
  const sums = head.amounts.map((t, k) =>
    judgeSum(
      parts.map((p) => printedFigure(p.amounts[k]!.replace(/,/g, ''))),
      printedFigure(t.replace(/,/g, '')),
    ),
  );
  if (taken.has(head.line)) {
    // A reader of labels took the row: its sources too, unless their labels wrapped away from their figures —
    // then the sum is left to this rule, read only when some column adds up (the rows below are one breakdown,
    // not two: 按收入性质分 and 按支出性质分).
    if (ctx.claims.some((c) => c.line === head.line + 1 && (c.kind === 'sum' || c.kind === 'table'))) return;
    if (ctx.findings.some((f) => f.line === head.line + 1)) return;
    if (!sums.some((v) => v.kind === 'ok')) return;
  }
  const names = ['年初预算数', '全年预算数', '全年执行数'].slice(3 - head.amounts.length);
  for (let k = 0; k < head.amounts.length; k++) {
    const total = head.amounts[k]!.replace(/,/g, '');
    const values = parts.map((p) => p.amounts[k]!.replace(/,/g, ''));
    const v = sums[k]!;
    const sum = show(
      values.reduce((acc: Dec, x) => acc.plus(x), dec(0)),
      2,
    );
    claim(
      ctx,
      'sum',
      head.line,
      0,
      v.kind === 'ok',
      `${names[k]}：${values.join(' + ')} = ${sum}，合计${total}`,
    );
    if (v.kind === 'ok') continue;
    report(
      ctx,
      head.line,
      'sum.parts',
      v.severity,
      lines[head.line]!.trim(),
      sum,
      total,
      `${names[k]}：其下各项 ${values.join(' + ')} = ${sum}，与年度资金总额${total}不符${verdictClause(v.kind)}。`,
      0,
    );
  }
}

function checkScores(
  ctx: Ctx,
  lines: readonly string[],
  head: Fund,
  pairs: readonly Pair[],
  totalLine: number,
  totalWeight: string,
  totalScore: string,
  taken: Taken,
  subtotals: readonly Subtotal[],
): void {
  const weights = [head.weight!, ...pairs.map((p) => p.weight)];
  const scores = [head.score!, ...pairs.map((p) => p.score)];
  const weightSum = weights.reduce((acc: Dec, x) => acc.plus(x), dec(0));
  const scoreSum = scores.reduce((acc: Dec, x) => acc.plus(x), dec(0));
  const weightsHold = weightSum.eq(totalWeight);
  const scoresHold = judgeSum(scores.map(printedFigure), printedFigure(totalScore)).kind === 'ok';
  // (Scores capped at their 分值 adding up: the one fault is a 得分 above its 分值, reported as such below.)
  const cappedHold = (rows: readonly Pair[], extra: readonly string[], total: string): boolean =>
    rows.some((p) => dec(p.score).gt(p.weight)) &&
    judgeSum([...extra, ...rows.map(capped)].map(printedFigure), printedFigure(total)).kind === 'ok';
  if (subtotals.length > 0 && subtotals.at(-1)!.to === pairs.length && (weightsHold || scoresHold))
    for (const sub of subtotals)
      checkSubtotal(ctx, lines, pairs.slice(sub.from, sub.to), sub, taken, cappedHold);
  // (Neither column adds up: a row misread or two faults — nothing is sure.)
  if (!weightsHold && !scoresHold) return;
  const excerpt = lines[totalLine]!.trim();
  claim(
    ctx,
    'score',
    totalLine,
    0,
    weightsHold && scoresHold,
    `分值 ${weights.join(' + ')} = ${weightSum.toString()}，得分 ${scores.join(' + ')} = ${show(scoreSum, 2)}，总分${totalWeight}、${totalScore}`,
  );
  if (!scoresHold && !cappedHold(pairs, [head.score!], totalScore)) {
    report(
      ctx,
      totalLine,
      'score.sum',
      'error',
      excerpt,
      show(scoreSum, 2),
      totalScore,
      `各项得分之和 ${scores.join(' + ')} = ${show(scoreSum, 2)}，与总分${totalScore}不符（分值之和${totalWeight}相符）。`,
      0,
    );
  }
  if (!weightsHold) {
    report(
      ctx,
      totalLine,
      'score.weight-sum',
      'error',
      excerpt,
      weightSum.toString(),
      totalWeight,
      `各项分值之和 ${weights.join(' + ')} = ${weightSum.toString()}，与总分的分值${totalWeight}不符（得分之和${totalScore}相符）。`,
      0,
    );
  }
  for (const p of pairs) {
    if (!dec(p.score).gt(p.weight) || taken.has(p.line)) continue;
    report(
      ctx,
      p.line,
      'score.exceeds-weight',
      'error',
      lines[p.line]!.trim(),
      `不超过${p.weight}`,
      p.score,
      `得分${p.score}超过该指标的分值${p.weight}。`,
      0,
    );
  }
}

const capped = (p: Pair): string => (dec(p.score).gt(p.weight) ? p.weight : p.score);

/** A 小计 against its 一级's rows, when their 分值 add up to its 分值 (the grouping proven). */
function checkSubtotal(
  ctx: Ctx,
  lines: readonly string[],
  rows: readonly Pair[],
  sub: Subtotal,
  taken: Taken,
  cappedHold: (rows: readonly Pair[], extra: readonly string[], total: string) => boolean,
): void {
  if (rows.length < 2 || taken.has(sub.line)) return;
  if (!rows.reduce((acc: Dec, p) => acc.plus(p.weight), dec(0)).eq(sub.weight)) return;
  const scores = rows.map((p) => p.score);
  const v = judgeSum(scores.map(printedFigure), printedFigure(sub.score));
  const sum = show(
    scores.reduce((acc: Dec, x) => acc.plus(x), dec(0)),
    2,
  );
  claim(
    ctx,
    'score',
    sub.line,
    0,
    v.kind === 'ok',
    `小计：得分 ${scores.join(' + ')} = ${sum}，小计${sub.score}`,
  );
  if (v.kind === 'ok' || cappedHold(rows, [], sub.score)) return;
  report(
    ctx,
    sub.line,
    'score.sum',
    'error',
    lines[sub.line]!.trim(),
    sum,
    sub.score,
    `其上各项得分之和 ${scores.join(' + ')} = ${sum}，与小计${sub.score}不符（分值之和${sub.weight}相符）。`,
    0,
  );
}
