/**
 * A score table whose 一级 name and weight span their group's rows, each group closed by its 小计 row:
 *
 *     一级指标  权重  二级指标  权重  得分   得分率   主要扣分原因
 *                     项目立项   5     5.00   100.00%
 *     决策      15    绩效目标   5     4.50   90.00%   部分指标未细化量化
 *                     资金投入   5     4.50   90.00%
 *     决策小计                   15    14.00  93.33%
 *     …
 *     合计                       100   87.10  87.10%
 *
 * `pdftotext -layout` prints the middle rows of such a group as vertical runs — the 二级 names one a line, then
 * their 权重 one a line, then their 得分, then the 得分率 — and cuts the table into pieces around them; the
 * table is therefore read from its source lines, in order: a row of one name, 权重 and 得分 (after the 一级
 * name and weight when it carries them), or names waiting for their figures, the run of lone numbers after
 * them being first their 权重 then their 得分.
 *
 * Judged only when the reading is certain: each group's 权重 add up to its 小计's (and to its 一级 weight when
 * printed), the 小计's to the 合计's. Then a 得分 above its 权重 is an error (`score.exceeds-weight`), each 小计's
 * 得分 must be its group's sum and the 合计's the 小计's sum (`score.sum`) — a sum that holds once a 得分 found
 * above its 权重 is taken at its 权重, or a 小计 found wrong at its group's sum, is not reported again.
 */
import { dec } from '../money/index.ts';
import { claim, report, sourceText, sourceWords, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { scoredBetween } from './score-pairs.ts';
import { squashedCells } from './table-row.ts';
import { WEIGHT_HEAD } from './tables.ts';
import { checkRootsInText } from './score-trees.ts';
import { judgeSum, showAs, type Printed } from './verdict.ts';

const NUMBER = /^\d{1,3}(?:\.\d{1,2})?$/;
const PERCENT = /^\d{1,3}(?:\.\d{1,2})?%/;
const TOTAL = /^(合计|总分|总计)$/;
const SUBTOTAL = /^([\u4e00-\u9fa5]{0,10})小计$/;
const NAME = /^[\u4e00-\u9fa5“”"（）()]{2,20}$/;
/** How far below its header the 合计 row may be (source lines). */
const SPAN = 150;

const printed = (v: string): Printed => ({ value: v, places: (v.split('.')[1] ?? '').length });

type Leaf = { name: string; weight: string; score: string; line: number };
type Group = {
  label: string;
  top: string | null;
  leaves: Leaf[];
  weight: string;
  score: string;
  line: number;
};

/** "一级指标 权重 二级指标 权重 得分 [得分率] [words]". */
function isHeader(texts: readonly string[]): boolean {
  return (
    texts.length >= 5 &&
    /^一级指标(名称)?$/.test(texts[0]!) &&
    WEIGHT_HEAD.test(texts[1]!) &&
    /^二级指标(名称)?$/.test(texts[2]!) &&
    WEIGHT_HEAD.test(texts[3]!) &&
    /^(自评)?得分$/.test(texts[4]!) &&
    texts.slice(5).every((t) => /^得分率$|原因|说明|备注|依据/.test(t))
  );
}

const lineText = sourceText;

type Read = { groups: Group[]; total: { weight: string; score: string; line: number } | null };

/** The groups from the header's next source line to the 合计 row; null when any line does not fit. */
function readGroups(ctx: Ctx, header: number): Read | null {
  const groups: Group[] = [];
  let top: { name: string; weight: string } | null = null;
  let leaves: Leaf[] = [];
  let names: string[] = [];
  let run: Array<{ value: string; line: number }> = [];
  const end = Math.min(ctx.source.length, header + SPAN);
  // The table ending without a 合计, right after a 小计: read when every group printed its 一级 weight.
  const stop = (): Read | null =>
    names.length === 0 &&
    run.length === 0 &&
    leaves.length === 0 &&
    top === null &&
    groups.every((g) => g.top !== null) &&
    groups.length > 0
      ? { groups, total: null }
      : null;
  for (let i = header + 1; i < end; i++) {
    if (ctx.layout.dropped.has(i)) continue;
    const tokens = sourceWords(ctx, i);
    if (tokens.length === 0) continue;
    const nums = tokens.filter((t) => NUMBER.test(t));
    if (TOTAL.test(tokens[0]!)) {
      if (groups.length < 2 || leaves.length > 0 || names.length > 0 || nums.length !== 2) return null;
      return { groups, total: { weight: nums[0]!, score: nums[1]!, line: i } };
    }
    const sub = SUBTOTAL.exec(tokens[0]!);
    if (sub) {
      if (names.length > 0 || run.length > 0 || leaves.length === 0 || nums.length !== 2) return null;
      groups.push({
        label: tokens[0]!,
        top: top?.weight ?? null,
        leaves,
        weight: nums[0]!,
        score: nums[1]!,
        line: i,
      });
      [top, leaves] = [null, []];
      continue;
    }
    let rest = tokens;
    // The 一级 name and weight before a 二级 name.
    if (rest.length >= 3 && NAME.test(rest[0]!) && NUMBER.test(rest[1]!) && NAME.test(rest[2]!)) {
      if (top) return null;
      top = { name: rest[0]!, weight: rest[1]! };
      rest = rest.slice(2);
    }
    // Its 得分率 and 扣分原因 (a run of rates, "78.00%资金拨付滞后…"): not read.
    if (PERCENT.test(rest[0]!)) continue;
    if (rest.length === 1 && NUMBER.test(rest[0]!)) {
      if (names.length === 0) return stop();
      run.push({ value: rest[0]!, line: i });
      if (run.length === 2 * names.length) {
        const k = names.length;
        names.forEach((name, j) =>
          leaves.push({ name, weight: run[j]!.value, score: run[k + j]!.value, line: run[k + j]!.line }),
        );
        [names, run] = [[], []];
      }
      continue;
    }
    if (!NAME.test(rest[0]!) || run.length > 0) return stop();
    const figures = rest.slice(1);
    if (figures.length === 0) {
      names.push(rest[0]!);
      continue;
    }
    // One row: name, 权重, 得分, then its 得分率 and words only.
    if (names.length > 0 || figures.length < 2 || !NUMBER.test(figures[0]!) || !NUMBER.test(figures[1]!))
      return stop();
    if (figures.slice(2).some((t) => NUMBER.test(t))) return stop();
    leaves.push({ name: rest[0]!, weight: figures[0]!, score: figures[1]!, line: i });
  }
  return stop();
}

const total = (values: readonly string[]): ReturnType<typeof dec> =>
  values.reduce((s, v) => s.plus(v), dec(0));

export function checkGroupedScores(ctx: Ctx): void {
  // (A table read has a header naming 一级指标, 二级指标 and 得分.)
  if (!mentionsAll(ctx, ['一级指标', '二级指标', '得分'])) return;
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'table' || block.shape !== 'space') continue;
    const h = block.rows.find((r) => isHeader(squashedCells(r)));
    if (!h) continue;
    const read = readGroups(ctx, h.line);
    if (!read) continue;
    const { groups } = read;
    const weightsHold =
      groups.every(
        (g) =>
          total(g.leaves.map((l) => l.weight)).eq(g.weight) && (g.top === null || dec(g.top).eq(g.weight)),
      ) &&
      (read.total === null || total(groups.map((g) => g.weight)).eq(read.total.weight));
    const last = read.total?.line ?? groups[groups.length - 1]!.line;
    if (!weightsHold || scoredBetween(ctx, h.line, last)) continue;
    const fixes = groups.map((g) => judgeGroup(ctx, g));
    if (read.total) judgeTotal(ctx, groups, fixes, read.total);
    // The 一级 scores in the text ("其中：决策指标得分13.50分（权重15分），过程指标…") against the 小计 rows.
    const roots = groups.map((g) => ({ name: SUBTOTAL.exec(g.label)![1]!, score: g.score }));
    if (roots.every((r) => r.name.length >= 2)) checkRootsInText(ctx, roots, fixes);
  }
}

/** A group's leaves and its 小计; the 小计's right value when it is found wrong. */
function judgeGroup(ctx: Ctx, g: Group): string | null {
  const over = new Set<Leaf>();
  for (const l of g.leaves) {
    if (!dec(l.score).gt(l.weight)) continue;
    over.add(l);
    report(
      ctx,
      l.line,
      'score.exceeds-weight',
      'error',
      lineText(ctx, l.line),
      `≤${l.weight}`,
      l.score,
      `“${l.name}”得分${l.score}超过该指标权重${l.weight}。`,
      0,
    );
  }
  const scores = g.leaves.map((l) => l.score);
  const whole = printed(g.score);
  const v = judgeSum(scores.map(printed), whole, 2);
  const list = scores.join(' + ');
  const what = `${g.label}得分应为本组各指标得分之和`;
  if (v.kind !== 'ok' && over.size > 0) {
    const capped = g.leaves.map((l) => (over.has(l) ? l.weight : l.score));
    if (judgeSum(capped.map(printed), whole, 2).kind === 'ok') {
      claim(
        ctx,
        'score',
        g.line,
        0,
        true,
        `${what} ${capped.join(' + ')}（超过权重的得分按权重计），表中${g.score}`,
      );
      return null;
    }
  }
  claim(ctx, 'score', g.line, 0, v.kind !== 'wrong', `${what} ${list}，表中${g.score}`);
  if (v.kind === 'ok') return null;
  const sum = showAs(v.total, [...scores.map(printed), whole]);
  report(
    ctx,
    g.line,
    'score.sum',
    v.severity,
    lineText(ctx, g.line),
    sum,
    g.score,
    `${what} ${list} = ${sum}，表中为${g.score}${v.kind === 'rounding' ? '（相差在四舍五入范围内）' : ''}。`,
    0,
  );
  return v.kind === 'wrong' ? sum : null;
}

/** The 合计's 得分 against the 小计's: held when some of the 小计 found wrong, taken at their sums, make it hold. */
function judgeTotal(
  ctx: Ctx,
  groups: readonly Group[],
  fixes: ReadonlyArray<string | null>,
  t: { weight: string; score: string; line: number },
): void {
  const whole = printed(t.score);
  const scores = groups.map((g) => g.score);
  const v = judgeSum(scores.map(printed), whole, 2);
  const list = scores.join(' + ');
  const what = '合计得分应为各小计得分之和';
  if (v.kind === 'ok') {
    claim(ctx, 'score', t.line, 0, true, `${what} ${list}，表中${t.score}`);
    return;
  }
  const wrong = fixes.flatMap((f, i) => (f === null ? [] : [i]));
  if (wrong.length > 0 && wrong.length <= 8)
    for (let mask = (1 << wrong.length) - 1; mask > 0; mask--) {
      const values = [...scores];
      wrong.forEach((i, bit) => {
        if (mask & (1 << bit)) values[i] = fixes[i]!;
      });
      if (judgeSum(values.map(printed), whole, 2).kind === 'ok') {
        claim(
          ctx,
          'score',
          t.line,
          0,
          true,
          `${what} ${values.join(' + ')}（已报错的小计按其应有值计），表中${t.score}`,
        );
        return;
      }
    }
  claim(ctx, 'score', t.line, 0, v.kind !== 'wrong', `${what} ${list}，表中${t.score}`);
  const sum = showAs(v.total, [...scores.map(printed), whole]);
  report(
    ctx,
    t.line,
    'score.sum',
    v.severity,
    lineText(ctx, t.line),
    sum,
    t.score,
    `${what} ${list} = ${sum}，表中为${t.score}${v.kind === 'rounding' ? '（相差在四舍五入范围内）' : ''}。`,
    0,
  );
}
