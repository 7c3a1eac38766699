/**
 * A score table printing each 一级's 分值 and 得分 beside its 二级 rows, in columns before theirs — "一级指标 | 分值 |
 * 得分 | 二级指标 | 分值 | 得分" —, the 一级 label and figures once per group, on one of its rows (the first, or
 * the middle one where the label is centred), then a 合计 row:
 *
 *     一级指标  分值  得分   二级指标    分值  得分
 *                            目标设定     4    4.00
 *     决策      12   11.50   依据充分性   4    3.50
 *                            程序规范性   4    4.00
 *     …
 *     合计     100   93.20
 *
 * Read from the source lines: a row is "一级 W S 二级 w s" or "二级 w s" (lines without a figure are wrapped names);
 * anything else and the table is not read. The groups are the runs of 二级 rows, in order, each holding its 一级's
 * row, whose 分值 add up to the 一级's (exactly one way to cut them so): then each 一级's 得分 must be Σ of its
 * 二级 得分 (`score.sum`). Or, when no cut by 分值 exists, the one cut whose 得分 add up exactly to each 一级's —
 * the 一级 分值 adding up to the 合计's and their 得分 to its 得分 —: then a group whose 二级 分值 do not add up to
 * its 一级's is the error (`score.weight-sum`), naming the 二级 row whose 分值 alone can be the wrong one (the
 * others, lowered by the excess, would fall below the score they earned).
 */
import { dec } from '../money/index.ts';
import { claim, report, sourceText, sourceWords, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { scoredBetween } from './score-pairs.ts';
import { WEIGHT_HEAD } from './tables.ts';
import { judgeSum, showAs, type Printed } from './verdict.ts';

const NUMBER = /^\d{1,3}(?:\.\d{1,2})?$/;
const NAME = /^[\u4e00-\u9fa5“”"（）()、]{2,20}$/;
const TOTAL = /^(?:合计|总分|总计)$/;
const SCORE_HEAD = /^(?:自评)?得分$/;
/** How far below its header the 合计 row may be (source lines). */
const SPAN = 80;

type Leaf = { name: string; weight: string; score: string; line: number };
type Level = Leaf & { at: number };

const printed = (v: string): Printed => ({ value: v, places: (v.split('.')[1] ?? '').length });
const total = (values: readonly string[]) => values.reduce((s, v) => s.plus(v), dec(0));

/** "一级指标 分值 得分 二级指标 分值 得分". */
function isHeader(words: readonly string[]): boolean {
  return (
    words.length === 6 &&
    /^一级指标$/.test(words[0]!) &&
    /^二级指标$/.test(words[3]!) &&
    WEIGHT_HEAD.test(words[1]!) &&
    WEIGHT_HEAD.test(words[4]!) &&
    SCORE_HEAD.test(words[2]!) &&
    SCORE_HEAD.test(words[5]!)
  );
}

export function checkLevelBesides(ctx: Ctx): void {
  // (A table read starts at a header line naming 一级指标 and 二级指标.)
  if (!mentionsAll(ctx, ['一级指标', '二级指标'])) return;
  const n = ctx.source.length;
  for (let i = 0; i < n; i++) {
    const text = sourceText(ctx, i);
    if (!text.includes('一级指标') || !text.includes('二级指标') || !isHeader(sourceWords(ctx, i))) continue;
    const read = readTable(ctx, i);
    if (read) judge(ctx, i, read);
  }
}

function readTable(
  ctx: Ctx,
  header: number,
): { leaves: Leaf[]; levels: Level[]; sum: { weight: string; score: string; line: number } } | null {
  const leaves: Leaf[] = [];
  const levels: Level[] = [];
  const end = Math.min(ctx.source.length, header + SPAN);
  for (let i = header + 1; i < end; i++) {
    const w = sourceWords(ctx, i);
    if (w.length === 0 || !w.some((x) => /\d/.test(x))) continue;
    if (TOTAL.test(w[0]!)) {
      if (!NUMBER.test(w[1] ?? '') || !NUMBER.test(w[2] ?? '')) return null;
      return { leaves, levels, sum: { weight: w[1]!, score: w[2]!, line: i } };
    }
    const leaf = (k: number): Leaf | null =>
      w.length === k + 3 && NAME.test(w[k]!) && NUMBER.test(w[k + 1]!) && NUMBER.test(w[k + 2]!)
        ? { name: w[k]!, weight: w[k + 1]!, score: w[k + 2]!, line: i }
        : null;
    const alone = leaf(0);
    const beside = alone ? null : leaf(3);
    if (alone) leaves.push(alone);
    else if (beside && leaf(0) === null && NAME.test(w[0]!) && NUMBER.test(w[1]!) && NUMBER.test(w[2]!)) {
      levels.push({ name: w[0]!, weight: w[1]!, score: w[2]!, line: i, at: leaves.length });
      leaves.push(beside);
    } else return null;
  }
  return null;
}

/**
 * The ways to cut `leaves` into one run per level, in order, each run holding its level's row and `fits` it
 * (at most two found).
 */
function cuts(
  leaves: readonly Leaf[],
  levels: readonly Level[],
  fits: (run: readonly Leaf[], level: Level) => boolean,
): number[][] {
  const found: number[][] = [];
  const walk = (j: number, start: number, ends: number[]): void => {
    if (found.length > 1) return;
    const level = levels[j]!;
    if (level.at < start) return;
    const last = j === levels.length - 1;
    for (let e = level.at + 1; e <= leaves.length; e++) {
      if (last && e !== leaves.length) continue;
      if (!last && e > levels[j + 1]!.at) break;
      if (!fits(leaves.slice(start, e), level)) continue;
      if (last) found.push([...ends, e]);
      else walk(j + 1, e, [...ends, e]);
    }
  };
  walk(0, 0, []);
  return found;
}

function judge(
  ctx: Ctx,
  header: number,
  t: { leaves: Leaf[]; levels: Level[]; sum: { weight: string; score: string; line: number } },
): void {
  const { leaves, levels, sum } = t;
  if (levels.length < 2 || leaves.length <= levels.length || scoredBetween(ctx, header, sum.line)) return;
  const runsOf = (ends: readonly number[]): Leaf[][] =>
    ends.map((e, j) => leaves.slice(j === 0 ? 0 : ends[j - 1]!, e));
  const byWeights = cuts(leaves, levels, (run, l) => total(run.map((x) => x.weight)).eq(l.weight));
  if (byWeights.length === 1) {
    runsOf(byWeights[0]!).forEach((run, j) => judgeLevelScore(ctx, levels[j]!, run));
    return;
  }
  if (byWeights.length > 0) return;
  // No cut by 分值: the 得分 prove the groups, the 一级 分值 and 得分 the 合计's.
  if (
    !total(levels.map((l) => l.weight)).eq(sum.weight) ||
    !total(levels.map((l) => l.score)).eq(sum.score)
  ) {
    judgeFirstRows(ctx, leaves, levels);
    return;
  }
  const byScores = cuts(leaves, levels, (run, l) => total(run.map((x) => x.score)).eq(l.score));
  if (byScores.length !== 1) {
    if (byScores.length === 0) judgeFirstRows(ctx, leaves, levels);
    return;
  }
  runsOf(byScores[0]!).forEach((run, j) => {
    const level = levels[j]!;
    const weights = run.map((x) => x.weight);
    const got = total(weights);
    const list = weights.join(' + ');
    claim(
      ctx,
      'score',
      level.line,
      0,
      got.eq(level.weight),
      `${level.name}：二级指标分值之和 ${list}，一级分值${level.weight}`,
    );
    if (got.eq(level.weight)) return;
    const excess = got.minus(level.weight);
    const fault = excess.gt(0)
      ? run.filter((x) => dec(x.weight).minus(excess).gt(0) && dec(x.weight).minus(excess).gte(x.score))
      : [];
    const named =
      fault.length === 1
        ? `；其余各项分值减去${excess.toString()}分将低于其得分，应为“${fault[0]!.name}”分值${fault[0]!.weight}有误（应为${dec(fault[0]!.weight).minus(excess).toString()}）`
        : '';
    report(
      ctx,
      fault.length === 1 ? fault[0]!.line : level.line,
      'score.weight-sum',
      'error',
      sourceText(ctx, fault.length === 1 ? fault[0]!.line : level.line),
      level.weight,
      got.toString(),
      `一级指标“${level.name}”分值${level.weight}，其二级指标分值之和 ${list} = ${got.toString()}，不符（其二级得分之和与一级得分${level.score}相符，各一级分值之和与合计${sum.weight}相符）${named}。`,
      0,
    );
  });
}

/**
 * Neither the 分值 nor the 得分 cut the rows into groups (two faults in one table): when each 一级 stands on its
 * group's first row — the first on the table's first row, each group at least one row — the groups are from one
 * 一级's row to the next. Each group is then judged on its 分值 (`score.weight-sum`) and its 得分 (`score.sum`),
 * and each 二级 得分 against its 分值 (`score.exceeds-weight`) — only when at most two groups fail (more: the rows
 * are likelier misread than wrong).
 */
function judgeFirstRows(ctx: Ctx, leaves: readonly Leaf[], levels: readonly Level[]): void {
  if (levels[0]!.at !== 0 || levels.some((l, j) => j > 0 && l.at <= levels[j - 1]!.at)) return;
  const runs = levels.map((l, j) => leaves.slice(l.at, levels[j + 1]?.at ?? leaves.length));
  const weightsHold = runs.map((run, j) => total(run.map((x) => x.weight)).eq(levels[j]!.weight));
  const scoresHold = runs.map(
    (run, j) =>
      judgeSum(
        run.map((x) => printed(x.score)),
        printed(levels[j]!.score),
        2,
      ).kind !== 'wrong',
  );
  if (runs.filter((_, j) => !weightsHold[j] || !scoresHold[j]).length > 2) return;
  runs.forEach((run, j) => {
    const level = levels[j]!;
    const over = run.filter((x) => dec(x.score).gt(x.weight));
    for (const x of over) {
      claim(ctx, 'score', x.line, 0, false, `${x.name}：得分${x.score}，分值${x.weight}`);
      report(
        ctx,
        x.line,
        'score.exceeds-weight',
        'error',
        sourceText(ctx, x.line),
        `≤ ${x.weight}`,
        x.score,
        `二级指标“${x.name}”得分${x.score}，超过其分值${x.weight}。`,
        0,
      );
    }
    const weights = run.map((x) => x.weight).join(' + ');
    claim(
      ctx,
      'score',
      level.line,
      0,
      weightsHold[j]!,
      `${level.name}：二级指标分值之和 ${weights}，一级分值${level.weight}`,
    );
    // (A 二级 得分 above its 分值 explains its group's sums: reported once, on that row.)
    if (over.length > 0) return;
    if (!weightsHold[j])
      report(
        ctx,
        level.line,
        'score.weight-sum',
        'error',
        sourceText(ctx, level.line),
        level.weight,
        total(run.map((x) => x.weight)).toString(),
        `一级指标“${level.name}”分值${level.weight}，其二级指标分值之和 ${weights} = ${total(run.map((x) => x.weight)).toString()}，不符。`,
        0,
      );
    judgeLevelScore(ctx, level, run);
  });
}

/** A 一级's 得分 against the sum of its 二级 得分 (`score.sum`). */
function judgeLevelScore(ctx: Ctx, level: Level, run: readonly Leaf[]): void {
  const parts = run.map((x) => printed(x.score));
  const v = judgeSum(parts, printed(level.score), 2);
  const list = run.map((x) => x.score).join(' + ');
  claim(
    ctx,
    'score',
    level.line,
    0,
    v.kind !== 'wrong',
    `${level.name}：二级指标得分之和 ${list}，一级得分${level.score}`,
  );
  if (v.kind === 'ok') return;
  const shown = showAs(v.total, [...parts, printed(level.score)]);
  report(
    ctx,
    level.line,
    'score.sum',
    v.severity,
    sourceText(ctx, level.line),
    shown,
    level.score,
    `一级指标“${level.name}”得分应为其二级指标得分之和 ${list} = ${shown}，表中为${level.score}。`,
    0,
  );
}
