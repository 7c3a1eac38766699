/**
 * A rate followed by its own definition in brackets — "…到位资金500.00万元…；累计支出400.00万元，预算执行率
 * 80.00%（执行率=支出÷到位资金）": the two amounts the definition names, stated before the rate in its sentence,
 * must give the rate (`completion.percent`, rounding-aware).
 *
 * Precision first: the definition is "X率 = A ÷ B" (or A/B, × 100% allowed) with A and B words; each is the end
 * of exactly one money amount's clause in the sentence before the rate ("累计支出400.00万元" for 支出), both in
 * one unit; otherwise nothing is read.
 */
import { allMatches, excerptOf, type Ctx } from './context.ts';
import { mentionsAny } from './document-words.ts';
import { figuresIn, type Figure } from './change-claims.ts';
import { judgeRate } from './prose-completion.ts';
import { forEachFigureLineWith } from './prose-lines.ts';

const WORD = '[\\u4e00-\\u9fa5]{2,8}';
const DEFINED = new RegExp(
  `([\\u4e00-\\u9fa5]{0,6}率)\\s*(?:为|达到?)?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]\\s*[（(]\\s*[\\u4e00-\\u9fa5]{0,6}率\\s*[=＝]\\s*(${WORD})\\s*[÷/／]\\s*(${WORD})\\s*(?:[×xX*]\\s*100\\s*[%％])?\\s*[）)]`,
  'g',
);

export function checkDefinedRates(ctx: Ctx): void {
  // (A rate read is defined in brackets: "X率 = A ÷ B".)
  if (!mentionsAny(ctx, ['=', '＝'])) return;
  forEachFigureLineWith(ctx, '率', (line, li) => {
    if (!/[=＝]/.test(line)) return;
    for (const m of allMatches(line, DEFINED)) {
      const [rate, top, bottom] = [m[2]!, m[3]!, m[4]!];
      const start = line.lastIndexOf('。', m.index) + 1;
      const figures = figuresIn(line, start, m.index);
      const a = only(figures, top);
      const b = only(figures, bottom);
      if (!a || !b || a.token.unit !== b.token.unit || a === b) continue;
      const figureAt = m.index + m[0].indexOf(rate, m[1]!.length);
      judgeRate(ctx, li, {
        rate,
        actual: { value: a.token.value.replace(/,/g, ''), places: a.token.places },
        budget: { value: b.token.value.replace(/,/g, ''), places: b.token.places },
        unit: a.token.unit,
        at: figureAt,
        excerpt: excerptOf(line, Math.max(start, a.at - 8), m.index + m[0].length, 0),
        what: m[1]!.endsWith('执行率') ? '执行率' : '比率',
        figureAt,
      });
    }
  });
}

/** The one amount whose clause ends with `name` (为 / 是 / 达 aside); null when none or several. */
function only(figures: readonly Figure[], name: string): Figure | null {
  const found = figures.filter((f) =>
    f.clause
      .replace(/\s+/g, '')
      .replace(/(?:为|是|达到?|了)$/, '')
      .endsWith(name),
  );
  return found.length === 1 ? found[0]! : null;
}
