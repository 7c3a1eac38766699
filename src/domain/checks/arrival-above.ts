/**
 * A 到位率 whose budget is stated in the paragraph right above its own: "1．资金安排。项目计划总投资3,600.00万元，其中：…"
 * over "2．资金到位。…项目资金实际到位3,540.00万元，到位率98.83%" — the rate is the funds arrived ÷ the budget
 * (`completion.percent`, rounding-aware).
 *
 * Precision first: the rate follows its sentence's one amount, named as arrived (到位 / 到账 right before it), a
 * comma between; the rate's paragraph states no amount before that sentence (its own budget would come first); the
 * budget is the paragraph above's one amount named a budget or a 总投资 (budgetInParagraphAbove).
 */
import { completionPercent } from '../money/index.ts';
import { budgetInParagraphAbove } from './budget-above.ts';
import { claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { MONEY_UNITS } from './numbers.ts';
import { forEachFigureLineWith, lineFigures } from './prose-lines.ts';
import { judgeRatio, printedFigure, SHARE, show, verdictClause } from './verdict.ts';

const ARRIVAL_RATE = /^\s*[，,]\s*(?:资金)?到位率\s*(?:为|达)?\s*(\d+(?:\.\d+)?)\s*[%％]/;
const ARRIVED = /(?:到位|到账)(?:资金)?\s*(?:为|共|合计)?\s*$/;

export function checkArrivalRatesAbove(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['到位率'])) return;
  forEachFigureLineWith(ctx, '到位率', (line, li) => {
    const money = lineFigures(ctx, li).filter((t) => MONEY_UNITS.has(t.unit));
    for (const s of sentencesAt(ctx, li)) {
      const inSentence = money.filter((t) => t.start >= s.start && t.end <= s.end);
      const arrived = inSentence[0];
      if (!arrived) continue;
      // (No amount of the paragraph before the sentence: its own budget would be stated there.)
      if (money.some((t) => t.start < s.start)) return;
      const m = ARRIVAL_RATE.exec(line.slice(arrived.end));
      if (!m || !ARRIVED.test(line.slice(Math.max(s.start, arrived.start - 12), arrived.start))) continue;
      const budget = budgetInParagraphAbove(ctx, li);
      if (!budget || budget.unit !== arrived.unit) return;
      const printed = printedFigure(m[1]!);
      const v = judgeRatio(
        printed,
        [printedFigure(arrived.value), printedFigure(budget.value)],
        ([x, y]) => completionPercent(x!, y!),
        SHARE,
      );
      if (!v) return;
      const at = arrived.end + m[0].lastIndexOf(m[1]!);
      const exact = v.kind === 'ok' ? printed.value : show(v.exact, printed.places);
      const arithmetic = `${arrived.value} ÷ ${budget.value} × 100% = ${exact}%`;
      claim(ctx, 'completion', li, at, v.kind !== 'wrong', `到位率 ${arithmetic}，文中${printed.value}%`);
      if (v.kind === 'ok') return;
      report(
        ctx,
        li,
        'completion.percent',
        v.severity,
        excerptOf(line, arrived.start, arrived.end + m[0].length, 10),
        `${exact}%`,
        `${printed.value}%`,
        `到位资金${arrived.value}${arrived.unit}、上段所述预算${budget.value}${budget.unit}，到位率应为 ${arithmetic}，文中为${printed.value}%${verdictClause(v.kind)}。`,
        at,
      );
      return;
    }
  });
}
