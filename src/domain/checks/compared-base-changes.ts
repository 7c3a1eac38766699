/**
 * A change whose base is the figure it is compared with: "与2024年度支出决算17,568.90万元相比，支出增加1,645.93
 * 万元，增长9.37%" — the % must be the amount ÷ that base (`change.percent`, rounding-aware), whatever this year's
 * figure is or wherever it stands.
 *
 * Precision first: the base is the one amount between 与 and 相比, of a year named (上年, 去年, YYYY年) and no budget;
 * the amount and the % follow right after (a name of at most ten characters before the amount), in the base's
 * unit, their words agreeing (增加 with 增长, 减少 with 下降); a % another rule judged on that line is left to it.
 */
import { dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { judgeRatio, show, verdictClause, type Printed } from './verdict.ts';

const AMOUNT = '(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';
const COMPARED = new RegExp(
  `与\\s*((?:上|去|上一)年度?|20\\d\\d\\s*年度?)(?:同期)?([^，,。；;\\d]{0,12}?)${AMOUNT}\\s*(万元|亿元|元)\\s*相比\\s*[，,]\\s*` +
    `[\\u4e00-\\u9fa5]{0,10}?(增加|减少)了?\\s*${AMOUNT}\\s*(万元|亿元|元)\\s*[，,]\\s*(增长|下降|增幅|降幅)(?:为|了)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`,
  'g',
);

const printedOf = (text: string): Printed => {
  const value = text.replace(/,/g, '');
  return { value, places: (value.split('.')[1] ?? '').length };
};

export function checkComparedBaseChanges(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['相比', '%'])) return;
  forEachFigureLineWith(ctx, '相比', (line, li) => {
    for (const m of allMatches(line, COMPARED)) {
      const [, , name, base, baseUnit, word, amount, unit, rateWord, rate] = m;
      if (/预算|计划|目标/.test(name!) || unit !== baseUnit) continue;
      if (/增加/.test(word!) !== /增/.test(rateWord!)) continue;
      const last = printedOf(base!);
      if (dec(last.value).isZero()) continue;
      const printed = printedOf(rate!);
      const at = m.index + m[0].lastIndexOf(rate!);
      const shownLine = ctx.layout.lineAt(li, at) + 1;
      if (
        ctx.claims.some(
          (c) => c.kind === 'change' && c.line === shownLine && c.arithmetic.includes(`${rate}%`),
        )
      )
        continue;
      const verdict = judgeRatio(printed, [printedOf(amount!), last], ([d, l]) => d!.div(l!).times(100));
      if (!verdict) continue;
      const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
      const arithmetic = `${amount!.replace(/,/g, '')} ÷ ${last.value}（相比的${m[1]!.trim()}数） × 100% = ${exact}%`;
      claim(ctx, 'change', li, at, verdict.kind !== 'wrong', `${arithmetic}，文中${rate}%`);
      if (verdict.kind === 'ok') continue;
      report(
        ctx,
        li,
        'change.percent',
        verdict.severity,
        excerptOf(line, m.index, m.index + m[0].length, 6),
        `${exact}%`,
        `${rate}%`,
        `变动率应为 ${arithmetic}${verdictClause(verdict.kind)}，文中为${rate}%。`,
        at,
      );
    }
  });
}
