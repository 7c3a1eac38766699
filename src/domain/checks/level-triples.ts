/**
 * A score table printing all three levels side by side — "一级指标 分值 得分 二级指标 分值 得分 三级指标 分值 得分
 * 扣分原因" —, each 一级 and 二级 with its 分值 and 得分 on the first row of its group, then a 合计 row:
 *
 *     一级指标  分值  得分   二级指标  分值  得分   三级指标      分值  得分   扣分原因
 *     决策      15   13.50  项目立项   6    6.00   立项依据充分性  3    3.00   —
 *                                                立项程序规范性  3    3.00   —
 *                          绩效目标   5    4.00   绩效目标合理性  2    2.00   —
 *     …                                                                     （its reason wrapped: passed over）
 *     合计      100  91.27
 *
 * Read from the source lines: a row opens with three, two or one (name, 分值, 得分) — a new 一级 and 二级, a new 二级,
 * or a 三级 row of the current ones; lines opening otherwise (a wrapped reason, a page's furniture) are passed over.
 * When every level's 分值 is the sum of its rows' (the reading proven), each 得分 is judged the same way bottom-up
 * (`score.sum`; a 得分 found wrong counts as its rows' sum above it, so one fault is one finding), and no 得分 may
 * exceed its 分值 (`score.exceeds-weight`). When one group's 分值 alone does not add up, a 三级 row whose 得分 is
 * above its 分值 and whose 分值 the group's would make right is that fault (`score.weight-sum`).
 */
import { dec, type Dec } from '../money/index.ts';
import { claim, report, sourceText, sourceWords, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { scoredBetween } from './score-pairs.ts';
import { judgeSum, showAs, type Printed } from './verdict.ts';

const NUMBER = /^\d{1,3}(?:\.\d{1,2})?$/;
const NAME = /^[\u4e00-\u9fa5“”"（）()、]{2,20}$/;
const TOTAL = /^(?:合计|总分|总计)$/;
const WEIGHT = /^(?:分值|权重|标准分)$/;
const SCORE = /^(?:自评)?得分$/;
/** How far below its header the 合计 row may be (source lines). */
const SPAN = 120;

type Node = { name: string; weight: string; score: string; line: number; kids: Node[] };

const printed = (v: string): Printed => ({ value: v, places: (v.split('.')[1] ?? '').length });

/** "一级指标 分值 得分 二级指标 分值 得分 三级指标 分值 得分" (a reason or a basis after them). */
function isHeader(words: readonly string[]): boolean {
  if (words.length < 9) return false;
  for (let k = 0; k < 3; k++)
    if (
      words[3 * k] !== `${'一二三'[k]}级指标` ||
      !WEIGHT.test(words[3 * k + 1]!) ||
      !SCORE.test(words[3 * k + 2]!)
    )
      return false;
  return true;
}

export function checkLevelTriples(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['一级指标', '三级指标'])) return;
  for (let i = 0; i < ctx.source.length; i++) {
    if (!sourceText(ctx, i).includes('三级指标') || !isHeader(sourceWords(ctx, i))) continue;
    const read = readTable(ctx, i);
    if (read && !scoredBetween(ctx, i, read.total.line)) judge(ctx, read.tops, read.total);
  }
}

function readTable(ctx: Ctx, header: number): { tops: Node[]; total: Node } | null {
  const tops: Node[] = [];
  const end = Math.min(ctx.source.length, header + SPAN);
  for (let i = header + 1; i < end; i++) {
    const w = sourceWords(ctx, i);
    if (w.length === 0) continue;
    if (TOTAL.test(w[0]!)) {
      if (!NUMBER.test(w[1] ?? '') || !NUMBER.test(w[2] ?? '') || tops.length < 2) return null;
      return { tops, total: { name: w[0]!, weight: w[1]!, score: w[2]!, line: i, kids: tops } };
    }
    const triples: Node[] = [];
    while (triples.length < 3) {
      const k = triples.length * 3;
      if (!NAME.test(w[k] ?? '') || !NUMBER.test(w[k + 1] ?? '') || !NUMBER.test(w[k + 2] ?? '')) break;
      triples.push({ name: w[k]!, weight: w[k + 1]!, score: w[k + 2]!, line: i, kids: [] });
    }
    if (triples.length === 0) continue;
    const [first] = triples;
    if (triples.length === 3) tops.push({ ...first!, kids: [{ ...triples[1]!, kids: [triples[2]!] }] });
    else {
      const top = tops[tops.length - 1];
      if (!top) return null;
      if (triples.length === 2) top.kids.push({ ...first!, kids: [triples[1]!] });
      else top.kids[top.kids.length - 1]!.kids.push(first!);
    }
  }
  return null;
}

const sumOf = (values: readonly string[]) => values.reduce((s, v) => s.plus(v), dec(0));

function judge(ctx: Ctx, tops: readonly Node[], total: Node): void {
  const middles = tops.flatMap((t) => t.kids);
  const weightOff = (n: Node): boolean => !sumOf(n.kids.map((k) => k.weight)).eq(n.weight);
  const off = [...middles.filter(weightOff), ...tops.filter(weightOff), ...(weightOff(total) ? [total] : [])];
  // Every 分值 adding up proves the reading; or all but one 二级's, a 三级 row under it being the one fault.
  const fault = off.length === 0 ? null : weightFault(off);
  if (off.length > 0 && fault === null) return;
  if (fault) reportWeightFault(ctx, fault.group, fault.row, fault.want);
  for (const n of [...middles.flatMap((m) => m.kids), ...middles, ...tops])
    if (n !== fault?.row && dec(n.score).gt(n.weight)) reportOver(ctx, n);
  // Bottom-up: a 得分 found wrong stands for its rows' sum above it.
  const fixed = new Map<Node, string>();
  const scoreOf = (n: Node) => fixed.get(n) ?? n.score;
  for (const n of [...middles, ...tops, total]) {
    const sum = judgeScore(ctx, n, n.kids.map(scoreOf));
    if (sum !== null) fixed.set(n, sum);
  }
}

/**
 * The one 二级 (`off`) whose 分值 does not add up: its 三级 row scored above its 分值, which the group's 分值 would set
 * at least as high — the fault, with the 分值 it should have. Null when not so.
 */
function weightFault(off: readonly Node[]): { group: Node; row: Node; want: Dec } | null {
  const group = off[0]!;
  if (off.length !== 1 || group.kids.length === 0 || group.kids[0]!.kids.length > 0) return null;
  const over = group.kids.filter((k) => dec(k.score).gt(k.weight));
  if (over.length !== 1) return null;
  const row = over[0]!;
  const want = dec(group.weight).minus(sumOf(group.kids.filter((k) => k !== row).map((k) => k.weight)));
  return want.lt(row.score) ? null : { group, row, want };
}

function reportWeightFault(ctx: Ctx, group: Node, row: Node, want: Dec): void {
  const shown = showAs(want, [printed(group.weight), printed(row.weight)]);
  claim(
    ctx,
    'score',
    row.line,
    0,
    false,
    `“${group.name}”分值${group.weight}，其下“${row.name}”分值应为${shown}，表中${row.weight}`,
  );
  report(
    ctx,
    row.line,
    'score.weight-sum',
    'error',
    sourceText(ctx, row.line),
    shown,
    row.weight,
    `“${row.name}”得分${row.score}超过其分值${row.weight}；二级指标“${group.name}”分值${group.weight}，其下各三级指标分值之和为${sumOf(group.kids.map((k) => k.weight)).toString()}，此项分值应为${shown}。`,
    0,
  );
}

/** A level's 得分 against its rows' (`scores`); the sum when the printed 得分 is wrong, else null. */
function judgeScore(ctx: Ctx, n: Node, scores: readonly string[]): string | null {
  const parts = scores.map(printed);
  const v = judgeSum(parts, printed(n.score), 2);
  const list = scores.join(' + ');
  claim(ctx, 'score', n.line, 0, v.kind !== 'wrong', `${n.name}：下级指标得分之和 ${list}，得分${n.score}`);
  if (v.kind === 'ok') return null;
  const shown = showAs(v.total, [...parts, printed(n.score)]);
  report(
    ctx,
    n.line,
    'score.sum',
    v.severity,
    sourceText(ctx, n.line),
    shown,
    n.score,
    `“${n.name}”得分应为其下级指标得分之和 ${list} = ${shown}，表中为${n.score}。`,
    0,
  );
  return v.kind === 'wrong' ? v.total.toString() : null;
}

function reportOver(ctx: Ctx, n: Node): void {
  claim(ctx, 'score', n.line, 0, false, `“${n.name}”得分${n.score}，分值${n.weight}`);
  report(
    ctx,
    n.line,
    'score.exceeds-weight',
    'error',
    sourceText(ctx, n.line),
    `≤${n.weight}`,
    n.score,
    `“${n.name}”得分${n.score}超过其分值${n.weight}。`,
    0,
  );
}
