/**
 * A score table whose upper level prints its own 得分 in a column after the leaves' (部门整体支出绩效自评表:
 * "一级指标 | 分值 | 二级指标 | 分值 | 得分 | 一级得分"), each 一级 label, its 分值 and its 一级得分 printed once
 * for its group of 二级 rows — on the group's first row, or centred over the group (on a middle row):
 *
 *     一级指标  分值  二级指标      分值  得分   一级得分
 *                     目标设定       4    4.00
 *     决策       12   依据充分性     4    3.50    11.50
 *                     程序规范性     4    4.00
 *     …
 *     合计      100                 100          93.20
 *
 * The groups are told by the 分值 alone: the leaves' 分值, in order, add up to each 一级 分值 in turn, and each
 * group's figures lie on one of its own rows. Not read otherwise. Then each 一级得分 is the sum of its leaves'
 * 得分 (`score.sum`, reported on the 一级得分), and the total's 得分 the sum of the 一级得分 — or of the leaves'
 * sums where a 一级得分 is the figure at fault: a total the leaves add up to is not reported again.
 * table-rules.ts then leaves the total to this reading (no sum of all the leaves against it).
 */
import { dec } from '../money/index.ts';
import { claim, report, type Ctx } from './context.ts';
import { cellAt, PURE_NUMBER, WEIGHT_HEAD, type Row } from './tables.ts';
import { judgeSum, showAs, type Printed } from './verdict.ts';

/** The upper level's own 得分 column: 一级得分, 一级指标得分. */
const GROUP_SCORE_HEAD = /^[一二]级(?:指标)?得分$/;

/** A leaf as table-rules.ts reads it: its row, 分值 and 得分. */
export type ScoredLeaf = { row: Row; weight: string | null; score: string | null };

const printed = (v: string): Printed => ({ value: v, places: (v.split('.')[1] ?? '').length });
const isWeightHead = (text: string): boolean => WEIGHT_HEAD.test(text) || text === '标准分';

/**
 * Judges the 一级得分 column of the table whose header is `header` (leaf 得分 at `scoreCol`, 分值 at `weightCol`),
 * `rows` its rows between the header and the total row. True when the column was read (the groups found): the
 * total has then been judged here.
 */
export function checkGroupScores(
  ctx: Ctx,
  header: Row,
  rows: readonly Row[],
  leaves: readonly ScoredLeaf[],
  scoreCol: number,
  weightCol: number,
  total: { row: Row; score: string } | null,
): boolean {
  const texts = header.cells.map((c) => c.text.trim());
  const groupScoreCol = texts.findIndex((t, i) => i > scoreCol && GROUP_SCORE_HEAD.test(t));
  if (groupScoreCol < 0 || weightCol < 0) return false;
  // The 一级 分值: the last 分值 column before the leaves' (after a label column).
  let groupWeightCol = -1;
  for (let c = weightCol - 1; c > 0; c--)
    if (isWeightHead(texts[c]!)) {
      groupWeightCol = c;
      break;
    }
  if (groupWeightCol < 0) return false;
  const width = header.cells.length;
  if (leaves.length < 2 || leaves.some((l) => l.weight === null || l.score === null)) return false;
  const groupRows = rows.filter(
    (r) => r.cells.length === width && PURE_NUMBER.test(cellAt(r, groupScoreCol, 0)),
  );
  if (groupRows.length < 2) return false;
  const groups = groupRows.map((row) => ({
    row,
    weight: cellAt(row, groupWeightCol, 0),
    score: cellAt(row, groupScoreCol, 0),
    label: header.cells
      .slice(0, groupWeightCol)
      .map((_, i) => cellAt(row, i, 0))
      .join(''),
    members: [] as ScoredLeaf[],
  }));
  if (groups.some((g) => !PURE_NUMBER.test(g.weight))) return false;
  // The leaves in order, split where their 分值 add up to each group's.
  let k = 0;
  let acc = dec(0);
  for (const leaf of leaves) {
    const g = groups[k];
    if (!g) return false;
    g.members.push(leaf);
    acc = acc.plus(leaf.weight!);
    if (acc.eq(g.weight)) {
      k++;
      acc = dec(0);
    } else if (acc.gt(g.weight)) return false;
  }
  if (k !== groups.length || !acc.isZero()) return false;
  // Each group's figures on one of its own rows.
  const at = (r: Row): number => rows.indexOf(r);
  for (const g of groups) {
    const own = at(g.row);
    if (g.members.length < 1 || own < at(g.members[0]!.row) || own > at(g.members.at(-1)!.row)) return false;
  }
  // Each 一级得分 against its leaves; the figure each group stands for in the total (its leaves' sum when its
  // own 一级得分 is reported).
  const standsFor: string[] = [];
  for (const g of groups) {
    const parts = g.members.map((m) => m.score!);
    const whole = printed(g.score);
    const v = judgeSum(parts.map(printed), whole, 2);
    // (A 得分 above its 分值 is reported on its row; taken at its 分值, the sum holding is not reported again.)
    const capped = g.members.map((m) => (dec(m.score!).gt(m.weight!) ? m.weight! : m.score!));
    if (v.kind !== 'ok' && judgeSum(capped.map(printed), whole, 2).kind === 'ok') {
      standsFor.push(g.score);
      continue;
    }
    const sum = v.kind === 'ok' ? g.score : showAs(v.total, [...parts.map(printed), whole]);
    const li = g.row.cells[groupScoreCol]?.line ?? g.row.line;
    claim(
      ctx,
      'score',
      li,
      0,
      v.kind !== 'wrong',
      `“${g.label}”下各项得分之和 ${parts.join(' + ')}，一级得分${g.score}`,
    );
    standsFor.push(v.kind === 'wrong' ? sum : g.score);
    if (v.kind === 'ok') continue;
    report(
      ctx,
      li,
      'score.sum',
      v.severity,
      g.row.cells
        .map((c) => c.text.trim())
        .filter(Boolean)
        .join(' '),
      sum,
      g.score,
      `“${g.label}”的得分应为其下各项得分之和 ${parts.join(' + ')} = ${sum}，表中为${g.score}。`,
    );
  }
  if (!total) return true;
  const scores = groups.map((g) => g.score);
  const whole = printed(total.score);
  const v = judgeSum(scores.map(printed), whole, 2);
  claim(
    ctx,
    'score',
    total.row.line,
    0,
    v.kind !== 'wrong',
    `各一级得分之和 ${scores.join(' + ')}，合计得分${total.score}`,
  );
  if (v.kind === 'ok') return true;
  // The total the groups' right figures add up to: the 一级得分 at fault, already reported.
  if (judgeSum(standsFor.map(printed), whole, 2).kind === 'ok') return true;
  const sum = showAs(v.total, [...scores.map(printed), whole]);
  report(
    ctx,
    total.row.line,
    'score.sum',
    v.severity,
    total.row.cells
      .map((c) => c.text.trim())
      .filter(Boolean)
      .join(' '),
    sum,
    total.score,
    `各一级指标得分之和 ${scores.join(' + ')} = ${sum}，与合计得分${total.score}${v.kind === 'rounding' ? '相差在四舍五入范围内' : '不符'}。`,
  );
  return true;
}
