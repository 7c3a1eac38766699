/**
 * An indicator's completion stated in running text: "计划维修养护供水工程120处，实际完成126处，完成率105.00%",
 * "培训高素质农民650人次，计划600人次，完成率108.33%". The rate must be the actual ÷ the plan × 100
 * (`completion.target`, rounding-aware). Read only within one indicator's stretch of a sentence (up to a
 * "；"): one planned figure (计划 / 目标 / 预期), one actual figure (实际, or the figure the stretch opens with
 * when the plan follows it), both in the same unit, then "完成率X%". A plan written as a bound ("≤3.50万元",
 * "不超过") has no completion rate of this kind and is not read.
 */
import { completionPercent } from '../money/index.ts';
import { claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { printedPlaces } from './numbers.ts';
import { forEachFigureLine } from './prose-lines.ts';
import { judgeRatio, SHARE, show, verdictClause } from './verdict.ts';

/** A figure and its unit: a count unit of one or two characters, 万元 / 亿元, or %. */
const FIGURE = /(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|%|[\u4e00-\u9fa5]{1,2})/g;
const PLAN_WORD = /计划|目标值?|预期|年度目标|预计/;
const ACTUAL_WORD = /实际|完成(?!率)/;
const BOUND = /[≤<≥>]|不超过|不高于|不低于|以内|以上|以下|至少|最多/;
/** The rate of this year's actual against this plan: not a cumulative (累计), overall or average one. */
const RATE = /(?<!累计|总体|综合|平均|总)完成率(?:为|达到?|是)?\s*(\d+(?:\.\d+)?)\s*[%％]/;
/** A plan over the whole project (总投资, 总任务) against one year's actual is another scope. */
const WHOLE_PLAN = /总|累计|全周期/;
const ONE_YEAR = /本年|当年|年度|本期|今年/;

type Figure = { value: string; unit: string; at: number };

/** The figures of one clause, with their units (a plan and an actual must share theirs). */
function figuresOf(clause: string): Figure[] {
  const out: Figure[] = [];
  FIGURE.lastIndex = 0;
  for (let m = FIGURE.exec(clause); m; m = FIGURE.exec(clause)) {
    // A date ("2024年", "12月31日") is no figure of the indicator.
    if (/^[年月日]/.test(m[2]!)) continue;
    out.push({ value: m[1]!.replace(/,/g, ''), unit: m[2]!, at: m.index });
  }
  return out;
}

export function checkTargetCompletion(ctx: Ctx): void {
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('完成率')) return;
    for (const s of sentencesAt(ctx, li)) {
      let offset = 0;
      for (const stretch of s.text.split(/[；;]/)) {
        checkStretch(ctx, li, s.start + offset, stretch);
        offset += stretch.length + 1;
      }
    }
  });
}

function checkStretch(ctx: Ctx, li: number, at: number, stretch: string): void {
  const rate = RATE.exec(stretch);
  if (!rate) return;
  const clauses = stretch.slice(0, rate.index).split(/[，,]/);
  let plan: Figure | null = null;
  let actual: Figure | null = null;
  let first: Figure | null = null;
  let planClause = '';
  let actualClause = '';
  let pos = 0;
  for (const clause of clauses) {
    const figures = figuresOf(clause).map((f) => ({ ...f, at: f.at + pos }));
    pos += clause.length + 1;
    if (figures.length === 0) continue;
    // One figure per clause: a clause with two is not one plan or one actual.
    if (figures.length > 1) return;
    const f = figures[0]!;
    if (PLAN_WORD.test(clause)) {
      if (plan || BOUND.test(clause)) return;
      plan = f;
      planClause = clause;
    } else if (ACTUAL_WORD.test(clause)) {
      if (actual) return;
      actual = f;
      actualClause = clause;
    } else if (first === null && plan === null && actual === null) first = f;
    else return;
  }
  // "培训650人次，计划600人次": the figure the stretch opens with is the actual when the plan follows it.
  if (!actual && first && plan && first.at < plan.at) actual = first;
  if (!plan || !actual || plan.unit !== actual.unit) return;
  if (WHOLE_PLAN.test(planClause) && ONE_YEAR.test(actualClause)) return;
  const printed = { value: rate[1]!, places: printedPlaces(rate[1]!) };
  const inputs = [
    { value: actual.value, places: printedPlaces(actual.value) },
    { value: plan.value, places: printedPlaces(plan.value) },
  ];
  const verdict = judgeRatio(printed, inputs, ([a, p]) => completionPercent(a!, p!), SHARE);
  if (!verdict) return;
  const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
  const rateAt = at + rate.index + rate[0].indexOf(rate[1]!);
  const arithmetic = `实际${actual.value}${actual.unit} ÷ 计划${plan.value}${plan.unit} × 100% = ${exact}%`;
  claim(ctx, 'completion', li, rateAt, verdict.kind !== 'wrong', `${arithmetic}，文中${printed.value}%`);
  if (verdict.kind === 'ok') return;
  report(
    ctx,
    li,
    'completion.target',
    verdict.severity,
    excerptOf(stretch, 0, stretch.length, 0),
    `${exact}%`,
    `${printed.value}%`,
    `完成率应为 ${arithmetic}，文中为${printed.value}%${verdictClause(verdict.kind, '，差异在前后数字四舍五入的误差范围内')}。`,
    rateAt,
  );
}
