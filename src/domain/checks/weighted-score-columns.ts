/**
 * A table of scores by dimension, each column headed with its weight — "投入(20分) | 过程(25分) | 产出(30分) |
 * 效果(25分) | 总得分(100分)" — each row's total score is the sum of its dimensions' scores (`score.sum`).
 *
 * Precision first: the total's column is headed 总分 / 总得分 / 得分 / 合计 with a weight equal to the sum of the
 * weights of the columns before it, each of those headed with its own weight; a row is read when it prints a
 * figure in every one of those columns.
 */
import { claim, report, type Ctx } from './context.ts';
import { figureAt, itemsOf, squashSpaces, type TableModel } from './table-model.ts';
import { judgeSum, showAs, type Printed } from './verdict.ts';
import { mentionsAll } from './document-words.ts';

/** A header's name and weight: "过程(25分)", "总得分（100分）". */
const WEIGHTED = /^(.{1,12}?)[（(](\d{1,3}(?:\.\d+)?)分[）)]$/;
const TOTAL_NAME = /^(?:总得?分|综合得分|得分合计|合计|总计)$/;

export function checkWeightedScoreColumns(ctx: Ctx, models: readonly TableModel[]): void {
  if (!mentionsAll(ctx, ['分'])) return;
  for (const model of models) {
    const heads = model.headers.map((h) => WEIGHTED.exec(squashSpaces(h)));
    const totalCol = heads.findIndex((h) => h !== null && TOTAL_NAME.test(h[1]!));
    if (totalCol < 2) continue;
    // The weighted columns right before the total, back to the first header without a weight.
    let first = totalCol;
    while (first > 0 && heads[first - 1] !== null) first--;
    const parts = heads.slice(first, totalCol);
    if (parts.length < 2) continue;
    const weights = parts.reduce((s, h) => s + Number(h![2]), 0);
    if (weights !== Number(heads[totalCol]![2])) continue;
    const names = parts.map((h) => h![1]!);
    for (const item of itemsOf(model)) {
      const total = figureAt(item, totalCol);
      const figures = names.map((_, k) => figureAt(item, first + k));
      if (!total || figures.some((f) => !f)) continue;
      const printed: Printed[] = figures.map((f) => ({ value: f!.value, places: f!.places }));
      const whole = { value: total.value, places: total.places };
      const verdict = judgeSum(printed, whole);
      const partsText = printed.map((p) => p.value).join(' + ');
      const sum = verdict.kind === 'ok' ? whole.value : showAs(verdict.total, [...printed, whole]);
      const label = squashSpaces(item.label) || wrappedName(model, item.line) || '该行';
      claim(
        ctx,
        'score',
        item.line,
        0,
        verdict.kind !== 'wrong',
        `“${label}”${names.join('、')}得分 ${partsText} = ${sum}，表中${heads[totalCol]![1]}${whole.value}`,
      );
      if (verdict.kind === 'ok') continue;
      report(
        ctx,
        item.line,
        'score.sum',
        verdict.severity,
        `${label} ${[...printed, whole].map((p) => p.value).join(' ')}`,
        sum,
        whole.value,
        `“${label}”的${heads[totalCol]![1]}应为${names.join('、')}各项得分之和 ${partsText} = ${sum}，表中为${whole.value}。`,
      );
    }
  }
}

/** The name of a row printed on the lines around its figures ("渭原市人力资源和社" over the figures, "会保障局" under). */
function wrappedName(model: TableModel, line: number): string {
  const around = model.rows.filter((r) => r.line === line - 1 || r.line === line + 1);
  return around
    .flatMap((r) => r.items)
    .filter((i) => i.figures.length === 0)
    .map((i) => squashSpaces(i.label))
    .join('');
}
