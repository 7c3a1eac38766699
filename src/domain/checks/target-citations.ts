/**
 * An indicator's completion of its target stated in the text, the target left to the 自评表: "清运生活垃圾12.06万吨，
 * 完成年度目标的106.87%" where the table's row 生活垃圾清运量 prints 年度指标值 ≥11.5万吨 and 实际完成值 12.06万吨. The
 * rate is the actual ÷ the target × 100 (`completion.target`), judged within the rounding of the figures.
 *
 * Precision first: the figure right before the rate (a comma between) is the 实际完成值 of exactly one row of the
 * document's tables (citedRows: rows with both an actual and a target column), in the same unit; the row's label and
 * the words before the figure share two characters at least; the target is a floor or a plain figure (a ceiling,
 * "≤3.50万元", is no target one completes a share of), not zero.
 */
import { completionPercent, dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { forEachFigureLine } from './prose-lines.ts';
import { citedRows, type Cited } from './row-citations.ts';
import { judgeRatio, printedFigure, SHARE, show, verdictClause } from './verdict.ts';

const COMPLETED =
  /(\d[\d,]*(?:\.\d+)?)\s*([\u4e00-\u9fa5]{1,4}|[%％])\s*[，,]\s*完成(?:了)?(?:年度|全年)?(?:绩效)?(?:目标|指标|计划)(?:值|任务|数)?的?\s*(\d+(?:\.\d+)?)\s*[%％]/g;

/** Whether two names share a run of two Chinese characters. */
function shareWords(a: string, b: string): boolean {
  for (let i = 0; i + 2 <= a.length; i++) if (b.includes(a.slice(i, i + 2))) return true;
  return false;
}

export function checkTargetCitations(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['完成', '目标'])) return;
  let rows: { label: string; actual: Cited; target: Cited }[] | null = null;
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('完成')) return;
    for (const s of sentencesAt(ctx, li)) {
      for (const m of allMatches(s.text, COMPLETED)) {
        const [, valueText, unit, rate] = m as unknown as string[];
        rows ??= [...citedRows(ctx).values()].flatMap((r) => {
          const cells = [...r.cells.values()];
          const actual = cells.find((c) => c.column.kind === 'actual');
          const target = cells.find((c) => c.column.kind === 'target');
          return actual && target ? [{ label: r.label, actual, target }] : [];
        });
        const value = valueText!.replace(/,/g, '');
        const u = unit === '％' ? '%' : unit!;
        const found = rows.filter((r) => r.actual.unit === u && dec(r.actual.value).eq(value));
        if (found.length !== 1) continue;
        const row = found[0]!;
        const clauseStart = Math.max(
          s.text.lastIndexOf('，', m.index),
          s.text.lastIndexOf('；', m.index),
          s.text.lastIndexOf('。', m.index),
        );
        const words = s.text.slice(clauseStart + 1, m.index).replace(/[^\u4e00-\u9fa5]/g, '');
        if (!shareWords(row.label, words)) continue;
        const { target } = row;
        if (target.unit !== u || (target.bound && !/[≥>＞≧]/.test(target.bound)) || dec(target.value).lte(0))
          continue;
        const printed = printedFigure(rate!);
        const v = judgeRatio(
          printed,
          [printedFigure(value), printedFigure(target.value)],
          ([a, b]) => completionPercent(a!, b!),
          SHARE,
        );
        if (!v) continue;
        const exact = v.kind === 'ok' ? rate! : show(v.exact, printed.places);
        const at = s.start + m.index + m[0].lastIndexOf(rate!);
        const arithmetic = `${value} ÷ ${target.value}（“${row.label}”年度指标值，第${target.line + 1}行） × 100% = ${exact}%`;
        claim(ctx, 'completion', li, at, v.kind !== 'wrong', `${arithmetic}，文中${rate}%`);
        if (v.kind === 'ok') continue;
        report(
          ctx,
          li,
          'completion.target',
          v.severity,
          excerptOf(line, s.start + m.index, s.start + m.index + m[0].length, 10),
          `${exact}%`,
          `${rate}%`,
          `完成年度目标的比例应为 ${arithmetic}，文中为${rate}%${verdictClause(v.kind)}。`,
          at,
        );
      }
    }
  });
}
