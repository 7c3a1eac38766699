/**
 * A 自评表's indicator rows whose 分值 do not add up to the 总分's and whose 得分 do not either — a wrong 分值
 * and a wrong 得分 in one table — read by the 一级 the text states with their weight and score ("产出指标分值50分，
 * 得分47.90分；效益指标分值30分，得分28.65分…", level-scores.ts reading them).
 *
 * The reading is proved level by level: the rows fall into runs of one 一级 each (the 一级 column naming it, as
 * level-scores.ts reads it), every row in a run, every run's 一级 stated once in the text; the stated weights add
 * up exactly to the 总分's 分值 and the stated scores to its 得分; and in every run the rows' 分值 add up to the
 * stated weight or their 得分 to the stated score (a row misread would break both). Then the runs whose 分值 do
 * not add up hold a wrong 分值, and those whose 得分 do not a wrong 得分. Nothing is read when the document has
 * more than one table with a 分值 and a 得分 column.
 */
import { dec } from '../money/index.ts';
import type { Ctx } from './context.ts';
import { levelLabels, scoreHeaders, statedLevels, type LevelLeaf } from './level-scores.ts';
import { printedPlaces } from './numbers.ts';
import { forEachFigureLine } from './prose-lines.ts';
import { judgeSum } from './verdict.ts';

/** A 一级 stated in the text and its rows' sums against it. */
export type LevelRun = { name: string; weight: string; score: string; weights: string; scores: string };

/** The reading proved by the text's 一级: each run, and those off in 分值 or 得分; null when not proved. */
export function levelProof(
  ctx: Ctx,
  top: number,
  leaves: readonly LevelLeaf[],
  total: { weight: string; score: string },
): { runs: LevelRun[]; offWeight: LevelRun[]; offScore: LevelRun[] } | null {
  if (leaves.length < 4 || scoreHeaders(ctx) !== 1) return null;
  const stated = [...statedLevels(ctx), ...ruledLevels(ctx)];
  const names = [...new Set(stated.map((s) => s.name))];
  if (names.length < 2 || names.length !== stated.length) return null;
  const labels = levelLabels(ctx, top, leaves, names);
  if (labels[0] === null) return null;
  // The runs: a row naming no 一级 is under the one before it.
  const runs: Array<{ name: string; rows: LevelLeaf[] }> = [];
  leaves.forEach((leaf, k) => {
    const label = labels[k];
    if (label != null && label !== runs.at(-1)?.name) runs.push({ name: label, rows: [] });
    runs.at(-1)!.rows.push(leaf);
  });
  if (new Set(runs.map((r) => r.name)).size !== runs.length || runs.length !== names.length) return null;
  const adds = (values: readonly string[], to: string): boolean =>
    judgeSum(
      values.map((v) => ({ value: v, places: printedPlaces(v) })),
      { value: to, places: printedPlaces(to) },
      2,
    ).kind !== 'wrong';
  const sum = (values: readonly string[]): string =>
    values.reduce((s, v) => s.plus(v), dec(0)).toFixed(Math.max(0, ...values.map(printedPlaces)));
  if (!dec(sum(stated.map((s) => s.weight))).eq(total.weight)) return null;
  if (
    !adds(
      stated.map((s) => s.score),
      total.score,
    )
  )
    return null;
  const out: LevelRun[] = [];
  const offWeight: LevelRun[] = [];
  const offScore: LevelRun[] = [];
  for (const r of runs) {
    const s = stated.find((x) => x.name === r.name)!;
    const weights = r.rows.map((l) => l.weight);
    const scores = r.rows.map((l) => l.score);
    const run = {
      name: r.name,
      weight: s.weight,
      score: s.score,
      weights: sum(weights),
      scores: sum(scores),
    };
    const weightOk = dec(run.weights).eq(s.weight);
    const scoreOk = adds(scores, s.score);
    if (!weightOk && !scoreOk) return null;
    out.push(run);
    if (!weightOk) offWeight.push(run);
    if (!scoreOk) offScore.push(run);
  }
  return { runs: out, offWeight, offScore };
}

/** "预算执行指标分值10分，按预算执行率计分，得分9.59分": a 一级's weight and score with its scoring rule between. */
const RULED_LEVEL =
  /([\u4e00-\u9fa5]{2,12}?指标)(?:满分|分值|权重)(?:为)?\s*(\d+(?:\.\d+)?)\s*分\s*[，,]\s*[\u4e00-\u9fa5]{2,16}[，,]\s*(?:实际)?得分(?:为)?\s*(\d+(?:\.\d+)?)\s*分/g;

/** The 一级 stated with a scoring rule between weight and score (statedLevels reads the others). */
function ruledLevels(ctx: Ctx): Array<{ name: string; weight: string; score: string }> {
  const found: Array<{ name: string; weight: string; score: string }> = [];
  forEachFigureLine(ctx, (line) => {
    if (!/满分|分值|权重/.test(line)) return;
    for (const m of line.matchAll(RULED_LEVEL)) found.push({ name: m[1]!, weight: m[2]!, score: m[3]! });
  });
  return found;
}
