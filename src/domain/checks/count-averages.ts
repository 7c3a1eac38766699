/**
 * An average per count stated in the text — "全年共接待41批次，…，平均每批次接待费用0.18万元", "人均因公出国（境）费用
 * 1.52万元", "车均运行维护费1.74万元" (or "单车平均运行维护费"): an amount of the paragraph ÷ a count of the unit averaged over (reported as
 * `share.average`).
 *
 * Precision: the average is wrong only when no amount (of its unit) stated before it in its paragraph, divided by
 * any count of its unit stated before it (or by the sum of the counts that are not totals), gives it within the
 * rounding of the printed figures; the expected figure is then the paragraph's 决算 amount (else its first amount,
 * named by its expense: "公务接待费1.20万元") ÷ its one total count.
 */
import { dec } from '../money/index.ts';
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { forEachFigureLineWith, lineFigures } from './prose-lines.ts';
import { MONEY_UNITS, type NumberToken } from './numbers.ts';
import { namedExpense } from './prose-completion.ts';
import { inMoneyUnit, judgeRatio, show, type Printed } from './verdict.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

/** The average's wording and the units it is per. */
const AVERAGE =
  /(平均每(批次|人次|辆|团组)|人均|车均|单车平均|批均)[\u4e00-\u9fa5（）()]{0,12}?(?:为|约)?\s*$/;
const PER: Record<string, readonly string[]> = {
  人均: ['人次', '人'],
  车均: ['辆'],
  单车平均: ['辆'],
  批均: ['批次'],
  团组: ['个'],
};
/** The words before last year's amount a change is against. */
const COMPARED_WITH =
  /(?:比|较|与)[^，,。；;\d]{0,4}(?:20\d\d\s*年度?|上年度?|去年|上一年度?)(?:同期)?[^，,。；;\d]{0,6}$/;
/** A count that is a total: the sum of the others is not a candidate with it. */
const TOTAL_WORD = /(共|合计|总计|累计|保有量|全年)[\u4e00-\u9fa5（）()]{0,8}$/;

export function checkCountAverages(ctx: Ctx): void {
  // (An average (平均每 / 人均 / 车均 / 单车平均 / 批均) in 元.)
  if (!(mentionsAny(ctx, ['平均每', '人均', '车均', '单车平均', '批均']) && mentionsAll(ctx, ['元']))) return;
  forEachFigureLineWith(ctx, '均', (line, li) => {
    const figures = lineFigures(ctx, li);
    for (const avg of figures) {
      if (avg.unit !== '万元' && avg.unit !== '元') continue;
      const lead = line.slice(Math.max(0, avg.start - 24), avg.start);
      const own = lead.split(/[，,。；;]/).pop()!;
      const m = AVERAGE.exec(own);
      // ("人均支出1.03万元（上年人均1.47万元）": last year's average is of last year's figures.)
      if (!m || /上年|去年|上一年|同期/.test(own)) continue;
      const units = PER[m[2] ?? m[1]!] ?? [m[2]!];
      judge(ctx, li, line, avg, figures, units);
    }
  });
}

function judge(
  ctx: Ctx,
  li: number,
  line: string,
  avg: NumberToken,
  figures: readonly NumberToken[],
  units: readonly string[],
): void {
  const before = figures.filter((t) => t.end <= avg.start);
  // (Spent amounts: a change or a budget is not what is averaged. An amount in 万元 averaged in 元 is taken
  // in 元, its rounding carried along.)
  // (Nor last year's amount compared with: "比2024年度决算326.41万元减少…".)
  const amounts = before.filter(
    (t) =>
      inMoneyUnit(t.value, t.places, t.unit, avg.unit) !== null &&
      !/(预算|增加|减少|增长|下降|节约|压减)(数|为)?\s*$/.test(
        line.slice(Math.max(0, t.start - 6), t.start),
      ) &&
      !COMPARED_WITH.test(line.slice(Math.max(0, t.start - 20), t.start)),
  );
  const inUnit = (t: NumberToken): Printed => inMoneyUnit(t.value, t.places, t.unit, avg.unit)!;
  // (Last year's counts and changes are no counts the amount is spread over: "较上年的79批次、631人次分别减少…".)
  const counts = before.filter(
    (t) =>
      units.includes(t.unit) &&
      /^\d+$/.test(t.value) &&
      t.value !== '0' &&
      !/(上年|去年|上一年|同期|增加|减少|多|少)[^，,。；;\d]{0,4}(?:\d[\d,]*\s*[\u4e00-\u9fa5]{1,3}\s*[、和]\s*)?$/.test(
        line.slice(Math.max(0, t.start - 20), t.start),
      ),
  );
  if (amounts.length === 0 || counts.length === 0) return;
  // (The second count of a pair is a total when the first is: "共接待68批次、542人次".)
  const isTotal = (t: NumberToken): boolean =>
    TOTAL_WORD.test(
      line
        .slice(Math.max(0, t.start - 24), t.start)
        .replace(/\d[\d,]*\s*[\u4e00-\u9fa5]{1,3}\s*[、和]\s*$/, '')
        .replace(/\s+$/, '')
        .slice(-12),
    );
  const parts = counts.filter((t) => !isTotal(t));
  const totals = counts.filter(isTotal);
  const divisors = new Set(counts.map((t) => Number(t.value)));
  if (parts.length >= 2) divisors.add(parts.reduce((a, t) => a + Number(t.value), 0));
  const printed = { value: avg.value, places: avg.places };
  const fits = amounts.some((a) =>
    [...divisors].some((c) => {
      const v = judgeRatio(printed, [inUnit(a)], ([x]) => x!.div(c));
      return v !== null && v.kind !== 'wrong';
    }),
  );
  // The expected: the paragraph's 决算 (or 支出) amount ÷ its one total count; else its first amount, when
  // named as an expense ("（三）公务接待费1.50万元，…") and no other amount before the average is.
  const named = before.filter(
    (t) => MONEY_UNITS.has(t.unit) && namedExpense(line.slice(Math.max(0, t.start - 40), t.start)),
  );
  const main =
    amounts.find((t) => /(决算|支出)(数|为)?\s*$/.test(line.slice(Math.max(0, t.start - 6), t.start))) ??
    (named.length === 1 && named[0] === amounts[0] && named[0] === before.find((t) => MONEY_UNITS.has(t.unit))
      ? amounts[0]
      : undefined);
  // The one total count; else the only count of its unit in the paragraph (after the average too: no other
  // count the amount may be spread over).
  const others = figures.filter(
    (t) => units.includes(t.unit) && /^\d+$/.test(t.value) && t.value !== '0' && t.end > avg.start,
  );
  const total =
    totals.length === 1 ? totals[0]! : counts.length === 1 && others.length === 0 ? counts[0]! : null;
  if (!main || !total) return;
  const count = Number(total.value);
  const mainValue = inUnit(main).value;
  const exact = show(dec(mainValue).div(count), avg.places);
  claim(
    ctx,
    'share',
    li,
    avg.start,
    fits,
    `平均：${mainValue} ÷ ${count} = ${exact}${avg.unit}，文中${avg.value}${avg.unit}`,
  );
  if (fits) return;
  const sum = parts.reduce((a, t) => a + Number(t.value), 0);
  const other =
    parts.length >= 2 && sum !== count
      ? `（按各项之和${sum}${total.unit}为 ${show(dec(mainValue).div(sum), avg.places)}${avg.unit}）`
      : '';
  report(
    ctx,
    li,
    'share.average',
    'error',
    excerptOf(line, avg.start - 24, avg.end, 0),
    `${exact}${avg.unit}`,
    `${avg.value}${avg.unit}`,
    `平均数应为 ${main.value === mainValue ? '' : `${main.value}${main.unit}即`}${mainValue} ÷ ${count} = ${exact}${avg.unit}${other}，文中为${avg.value}${avg.unit}，与文中任何金额和数量都对不上。`,
    avg.start,
  );
}
