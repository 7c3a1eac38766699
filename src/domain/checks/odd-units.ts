/**
 * Money in a unit no 决算 or 三公 form uses — "决算9.05千元" where the rest of the text counts in 万元 or 元. When
 * the sentence's rate holds only with the figure read in the unit of the budget beside it ("预算12.40万元，决算
 * 9.05千元，完成预算的72.98%": 9.05 ÷ 12.40 = 72.98%), the unit is wrong (`unit.odd`, an error); otherwise the odd
 * unit is a warning, unless the document itself says it counts in it ("单位：千元").
 */
import { completionPercent, dec, roundHalfUp } from '../money/index.ts';
import { claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { MONEY_UNITS, ODD_MONEY_UNITS } from './numbers.ts';
import { forEachFigureLine, lineFigures } from './prose-lines.ts';
import { judgeRatio, SHARE } from './verdict.ts';

/** The budget an outturn's rate is of: "预算12.40万元". */
const BUDGET_LEAD = /预算(?:数|金额)?\s*(?:为|是|:|：)?\s*$/;
const RATE =
  /完成(?:年初|全年|调整后?)?预算(?:数)?的?\s*(\d+(?:\.\d+)?)\s*[%％]|执行率\s*(?:为|是|达)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;

export function checkOddMoneyUnits(ctx: Ctx): void {
  // A document that states its unit as one of these ("金额单位：千元") uses it on purpose.
  const declared = ctx.lines.some((l) => /单位\s*[:：]\s*(?:千元|百万元|千万元)/.test(l));
  if (declared) return;
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('千元') && !line.includes('百万元')) return;
    for (const t of lineFigures(ctx, li)) {
      if (!ODD_MONEY_UNITS.has(t.unit)) continue;
      if (restatedInUsualUnit(line.slice(t.end), t.value, t.unit)) continue;
      const s = sentencesAt(ctx, li).find((x) => t.start >= x.start && t.start < x.end);
      if (!s) continue;
      const inSentence = lineFigures(ctx, li).filter((o) => o.start >= s.start && o.start < s.end);
      const budget = inSentence.find(
        (o) =>
          o !== t &&
          MONEY_UNITS.has(o.unit) &&
          o.start < t.start &&
          BUDGET_LEAD.test(line.slice(Math.max(0, o.start - 8), o.start)),
      );
      const rates = [...s.text.slice(t.end - s.start).matchAll(RATE)];
      if (budget && rates.length > 0) {
        const rate = rates[0]!;
        const value = rate[1] ?? rate[2]!;
        const printed = { value, places: (value.split('.')[1] ?? '').length };
        const verdict = judgeRatio(
          printed,
          [
            { value: t.value, places: t.places },
            { value: budget.value, places: budget.places },
          ],
          ([a, b]) => completionPercent(a!, b!),
          SHARE,
        );
        if (verdict && verdict.kind !== 'wrong') {
          claim(
            ctx,
            'completion',
            li,
            t.start,
            false,
            `${t.value} ÷ ${budget.value} × 100% = ${value}%，${t.value}应以${budget.unit}计`,
          );
          report(
            ctx,
            li,
            'unit.odd',
            'error',
            excerptOf(line, budget.start, s.start + t.end - s.start + rate.index! + rate[0].length),
            `${t.value}${budget.unit}`,
            `${t.value}${t.unit}`,
            `完成比例${value}% = ${t.value} ÷ ${budget.value}，只在${t.value}以${budget.unit}计时成立：单位应为${budget.unit}，文中写作${t.unit}。`,
            t.start,
          );
          continue;
        }
      }
      report(
        ctx,
        li,
        'unit.odd',
        'warning',
        excerptOf(line, t.start, t.end),
        '万元或元',
        `${t.value}${t.unit}`,
        `决算、三公经费等公开文件的金额以万元或元计，文中“${t.value}${t.unit}”的单位少见，请核对是否应为万元或元。`,
        t.start,
      );
    }
  });
}

/** Yuan per odd unit. */
const IN_YUAN: Record<string, string> = { 千元: '1000', 百万元: '1000000', 千万元: '10000000' };
const RESTATEMENT = /^\s*[，,（(]?\s*(?:即|合|折合|约合|相当于)\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元)/;

/** "邮电费3.56千元，即3,560.00元": the text gives the amount in a usual unit itself — the odd unit is on purpose. */
function restatedInUsualUnit(after: string, value: string, unit: string): boolean {
  const m = RESTATEMENT.exec(after);
  if (!m) return false;
  const stated = m[1]!.replace(/,/g, '');
  const yuan = dec(value).times(IN_YUAN[unit] ?? '0');
  const inStatedUnit = m[2] === '万元' ? yuan.div(10000) : yuan;
  const places = (stated.split('.')[1] ?? '').length;
  return roundHalfUp(inStatedUnit, places).eq(dec(stated));
}
