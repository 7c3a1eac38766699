/**
 * A 自评表's indicator part as plain `pdftotext` prints a form whose cells do not wrap: one cell a line, the
 * merged 一级 / 二级 cells only on their group's first row, an empty 偏差原因 left out, the header printed again
 * after a page break:
 *
 *     三级指标 / 年度指标值 / 实际完成值 / 分值 / 得分 / 偏差原因分析及改进措施      ← the header, a cell a line
 *     资助对象认定准确率 / 100% / 100% / 10 / 10                                  ← a row
 *     …
 *     总分 / 100 / 98.78
 *
 * Each row's 分值 and 得分 are the last two of a run of lines holding a bare number (an actual value "12" may
 * come before them). Judged only when every run has two at least, and the 分值 — with the 项目资金 part's
 * ("年度资金总额 / 420.00 / 436.80 / 431.52 / 10 / 98.79% / 9.88") — add up to the 总分's: then a 得分 above its
 * 分值 (`score.exceeds-weight`) and Σ 得分 against the 总分's (`score.sum`) are errors. When instead the 得分 add
 * up exactly to the 总分's over four rows or more while the 分值 do not, the 分值 are at fault: the one row
 * whose 得分 is above its 分值 by the gap (`score.exceeds-weight`), else the 分值 total (`score.weight-sum`).
 * Not read where another reader summed the scores of these lines.
 */
import { dec } from '../money/index.ts';
import { claim, report, sourceText, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { judgeSum } from './verdict.ts';

const BARE = /^\d+(?:\.\d+)?$/;
const PERCENT = /^\d+(?:\.\d+)?\s*[%％]$/;
const TOTAL = /^(?:总\s*分|合\s*计)$/;
const PAGE_NUMBER = /^[—\-－–]+\s*\d+\s*[—\-－–]+$|^第\s*\d+\s*页/;
/** Header cells after 得分: words. */
const AFTER_SCORE = /偏差|原因|措施|备注|说明/;
const FUNDS_LABEL = /^(?:年度)?资金总额$/;

type Figure = { text: string; line: number };
type Leaf = { weight: Figure; score: Figure };

const places = (v: string): number => (v.split('.')[1] ?? '').length;

export function checkCellLineScores(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['三级指标', '分值', '得分'])) return;
  const n = ctx.source.length;
  const cell = (i: number): string => sourceText(ctx, i);
  for (let i = 0; i < n; i++) {
    if (cell(i) !== '三级指标') continue;
    const header = headerAt(ctx, i);
    if (!header) continue;
    const part = readPart(ctx, header.end, header.words);
    if (!part) continue;
    i = part.totalLine;
    judge(ctx, header.start, part, fundsAbove(ctx, header.start));
  }
}

/** The header's cells from "三级指标" (one a line) through 得分 and the words after it; null when not that. */
function headerAt(ctx: Ctx, at: number): { start: number; end: number; words: string[] } | null {
  const words: string[] = [];
  let i = at;
  const n = ctx.source.length;
  for (; i < n && i < at + 8; i++) {
    const t = sourceText(ctx, i);
    if (t === '' || /\s/.test(t)) return null;
    words.push(t);
    if (t === '得分' || t === '自评得分') break;
  }
  if (!words.includes('分值') || i >= n || !/得分$/.test(sourceText(ctx, i))) return null;
  i++;
  while (i < n && AFTER_SCORE.test(sourceText(ctx, i)) && !/\d/.test(sourceText(ctx, i)))
    words.push(sourceText(ctx, i++));
  // (The 一级 / 二级 cells printed above "三级指标".)
  let start = at;
  while (start > 0 && /^[一二]级指标$/.test(sourceText(ctx, start - 1))) start--;
  return { start, end: i, words };
}

/** The rows from `from` to the 总分 row: each run of bare numbers ends with a 分值 and its 得分. */
function readPart(
  ctx: Ctx,
  from: number,
  headerWords: readonly string[],
): { leaves: Leaf[]; total: Leaf; totalLine: number } | null {
  const n = ctx.source.length;
  const leaves: Leaf[] = [];
  let run: Figure[] = [];
  const endRun = (): boolean => {
    if (run.length === 0) return true;
    if (run.length < 2) return false;
    leaves.push({ weight: run[run.length - 2]!, score: run[run.length - 1]! });
    run = [];
    return true;
  };
  for (let i = from; i < n; i++) {
    const t = sourceText(ctx, i);
    if (t === '' || PAGE_NUMBER.test(t) || ctx.layout.dropped.has(i)) continue;
    // The header printed again on the next page (its 一级 / 二级 cells too).
    if (headerWords.includes(t) || /^[一二]级指标$/.test(t)) {
      if (!endRun()) return null;
      continue;
    }
    if (TOTAL.test(t)) {
      if (!endRun()) return null;
      const weight = nextCell(ctx, i + 1);
      const score = weight ? nextCell(ctx, weight.line + 1) : null;
      if (!weight || !score || !BARE.test(weight.text) || !BARE.test(score.text)) return null;
      return leaves.length >= 2 ? { leaves, total: { weight, score }, totalLine: score.line } : null;
    }
    // (A line of several cells is no form printed a cell a line.)
    if (/\s{2}/.test(t)) return null;
    if (BARE.test(t)) run.push({ text: t, line: i });
    else if (!endRun()) return null;
  }
  return null;
}

function nextCell(ctx: Ctx, from: number): Figure | null {
  for (let i = from; i < ctx.source.length && i < from + 3; i++) {
    const t = sourceText(ctx, i);
    if (t !== '') return { text: t, line: i };
  }
  return null;
}

/** The 项目资金 part's 分值 and 得分 above the header: its total row's figures around the 执行率. */
function fundsAbove(ctx: Ctx, header: number): Leaf | null {
  for (let i = header - 1; i >= 0 && i >= header - 80; i--) {
    if (TOTAL.test(sourceText(ctx, i))) return null;
    if (!FUNDS_LABEL.test(sourceText(ctx, i))) continue;
    const figures: Figure[] = [];
    for (let j = i + 1; j < header && figures.length < 7; j++) {
      const t = sourceText(ctx, j);
      if (t === '') continue;
      if (!BARE.test(t.replace(/,/g, '')) && !PERCENT.test(t)) break;
      figures.push({ text: t, line: j });
    }
    const k = figures.findIndex((f) => PERCENT.test(f.text));
    if (k < 1 || k + 1 >= figures.length) return null;
    const [weight, score] = [figures[k - 1]!, figures[k + 1]!];
    return BARE.test(weight.text) && BARE.test(score.text) && !weight.text.includes('.')
      ? { weight, score }
      : null;
  }
  return null;
}

function judge(ctx: Ctx, start: number, part: { leaves: Leaf[]; total: Leaf }, funds: Leaf | null): void {
  const { total } = part;
  // (Another reader summed this table: its claims stand. A row's own claim — a missed target's score — is no sum.)
  const judged = ctx.claims.some(
    (c) =>
      c.kind === 'score' &&
      c.line - 1 >= start &&
      c.line - 1 <= total.score.line &&
      c.arithmetic.includes('之和'),
  );
  if (judged) return;
  const leaves = funds ? [funds, ...part.leaves] : part.leaves;
  const weightSum = leaves.reduce((s, l) => s.plus(l.weight.text), dec(0));
  const scoreSum = leaves.reduce((s, l) => s.plus(l.score.text), dec(0));
  const weights = leaves.map((l) => l.weight.text);
  const scores = leaves.map((l) => l.score.text);
  const weightsHold = weightSum.eq(total.weight.text);
  if (weightsHold) {
    for (const l of leaves) {
      const over = dec(l.score.text).gt(l.weight.text);
      claim(ctx, 'score', l.score.line, 0, !over, `得分${l.score.text}，分值${l.weight.text}`);
      if (over)
        report(
          ctx,
          l.score.line,
          'score.exceeds-weight',
          'error',
          `${l.weight.text} ${l.score.text}`,
          `不超过${l.weight.text}`,
          l.score.text,
          `指标得分${l.score.text}高于其分值${l.weight.text}。`,
        );
    }
    const printed = scores.map((s) => ({ value: s, places: places(s) }));
    const v = judgeSum(printed, { value: total.score.text, places: places(total.score.text) }, 2);
    const list = scores.join(' + ');
    claim(
      ctx,
      'score',
      total.score.line,
      0,
      v.kind !== 'wrong',
      `各项得分之和 ${list}，总分${total.score.text}`,
    );
    if (v.kind === 'ok') return;
    const sum = v.total.toFixed(Math.max(...scores.map(places), places(total.score.text)));
    report(
      ctx,
      total.score.line,
      'score.sum',
      v.severity,
      `总分 ${total.weight.text} ${total.score.text}`,
      sum,
      total.score.text,
      `各项得分之和 ${list} = ${sum}，与总分${total.score.text}不符（各项分值之和 ${weights.join(' + ')} = ${total.weight.text}，与总分的分值相符）。`,
    );
    return;
  }
  // The 分值 do not add up while the 得分 do, exactly, over enough rows: the 分值 are at fault.
  if (leaves.length < 4 || !scoreSum.eq(total.score.text)) return;
  const gap = dec(total.weight.text).minus(weightSum);
  const raised = leaves.filter((l) => dec(l.score.text).gt(l.weight.text));
  const culprit =
    raised.length === 1 && dec(raised[0]!.weight.text).plus(gap).gte(raised[0]!.score.text)
      ? raised[0]!
      : null;
  claim(
    ctx,
    'score',
    total.weight.line,
    0,
    false,
    `各指标分值之和 ${weights.join(' + ')}，总分分值${total.weight.text}`,
  );
  if (culprit) {
    report(
      ctx,
      culprit.weight.line,
      'score.exceeds-weight',
      'error',
      `${culprit.weight.text} ${culprit.score.text}`,
      dec(culprit.weight.text).plus(gap).toString(),
      culprit.weight.text,
      `指标得分${culprit.score.text}高于其分值${culprit.weight.text}；各项分值之和 ${weights.join(' + ')} = ${weightSum.toString()}，比总分的分值${total.weight.text}少${gap.toString()}，而各项得分之和恰为总分${total.score.text}：该项分值应为${dec(culprit.weight.text).plus(gap).toString()}。`,
    );
    return;
  }
  report(
    ctx,
    total.weight.line,
    'score.weight-sum',
    'error',
    `总分 ${total.weight.text} ${total.score.text}`,
    total.weight.text,
    weightSum.toString(),
    `各指标分值之和 ${weights.join(' + ')} = ${weightSum.toString()}，与总分的分值${total.weight.text}不符（各项得分之和恰为总分${total.score.text}）。`,
  );
}
