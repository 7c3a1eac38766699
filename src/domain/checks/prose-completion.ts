/**
 * 完成预算% in prose: the outturn ÷ its budget — "预算数A万元，执行数为B万元，完成预算的C%", the budget named
 * inside the rate's phrase, a 执行率 before its two figures in brackets, a rate that does not say which of two
 * budgets it is of, a rate after the outturn's gap to the budget ("决算A万元，比预算减少D万元，完成预算的C%": the
 * budget is A + D), and a rate against a zero budget.
 */
import { completionPercent, dec, type Dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, sentencesAt, type Ctx, type Span } from './context.ts';
import { MONEY_UNITS, printedPlaces, scanNumbers, type NumberToken } from './numbers.ts';
import { LIST_OPENER, OUTTURN_BEFORE } from './prose-clauses.ts';
import { forEachFigureLine, forEachFigureLineWith } from './prose-lines.ts';
import type { ProseState } from './prose-state.ts';
import { inWan, isSuspectYuan, noteYuan } from './prose-units.ts';
import type { Finding } from './types.ts';
import {
  judgeRatio,
  SHARE,
  show,
  showAs,
  verdictClause,
  type Printed,
  type RatioVerdict,
} from './verdict.ts';

/**
 * "支出决算75.60万元，完成年初预算83.00万元的91.08%" (or "为年度预算83.00万元的91.08%"): the budget named inside the
 * rate's phrase.
 */
const COMPLETION_OF_NAMED =
  /(?:完成|为)(?:年初|全年|年度|调整后?)?预算(?:数)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)的\s*(\d+(?:\.\d+)?)\s*[%％]/g;

/**
 * The rate of the outturn against the budget named inside its phrase: the outturn is the one money figure
 * of the sentence before it, said to be a 决算 / 支出 / 执行数 (any other figure there: not read).
 */
function checkCompletionOfNamed(ctx: Ctx, line: string, li: number): void {
  if (!(line.includes('完成') || line.includes('为')) || !line.includes('的')) return;
  for (const s of sentencesAt(ctx, li)) {
    for (const m of allMatches(s.text, COMPLETION_OF_NAMED)) {
      const money = scanNumbers(s.text.slice(0, m.index)).filter((t) => MONEY_UNITS.has(t.unit));
      if (money.length !== 1 || money[0]!.unit !== m[2]) continue;
      const actual = money[0]!;
      if (!OUTTURN_BEFORE.test(s.text.slice(Math.max(0, actual.start - 10), actual.start))) continue;
      if (LIST_OPENER.test(s.text.slice(0, m.index))) continue;
      const budget = m[1]!.replace(/,/g, '');
      if (dec(budget).isZero()) continue;
      const a = { value: actual.value, places: actual.places };
      const b = { value: budget, places: (budget.split('.')[1] ?? '').length };
      const at = s.start + m.index;
      judgeRate(ctx, li, {
        rate: m[3]!,
        actual: a,
        budget: b,
        unit: m[2]!,
        at,
        excerpt: excerptOf(line, s.start + actual.start, at + m[0].length, 10),
        what: '完成比例',
        figureAt: at + m[0].lastIndexOf(m[3]!),
      });
    }
  }
}

/**
 * A printed rate against outturn ÷ budget (rounding-aware): the claim, and a `completion.percent` finding
 * with the arithmetic when it does not hold. `at` locates the claim, `figureAt` the printed rate.
 */
export function judgeRate(
  ctx: Ctx,
  li: number,
  r: {
    rate: string;
    actual: Printed;
    budget: Printed;
    unit: string;
    at: number;
    excerpt: string;
    what: '完成比例' | '执行率' | '比率';
    figureAt: number;
  },
): void {
  const { actual: a, budget: b } = r;
  const printed = { value: r.rate, places: printedPlaces(r.rate) };
  const verdict = judgeRatio(printed, [a, b], ([x, y]) => completionPercent(x!, y!), SHARE);
  if (!verdict) return;
  const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
  claim(
    ctx,
    'completion',
    li,
    r.at,
    verdict.kind !== 'wrong',
    `${a.value} ÷ ${b.value}${r.unit} × 100% = ${exact}%，文中${printed.value}%`,
  );
  if (verdict.kind === 'ok') return;
  report(
    ctx,
    li,
    'completion.percent',
    verdict.severity,
    r.excerpt,
    `${exact}%`,
    `${printed.value}%`,
    `${r.what}应为 ${a.value} ÷ ${b.value} × 100% = ${exact}%，文中为${printed.value}%${verdictClause(verdict.kind)}。`,
    r.figureAt,
  );
}

/** "节约11,701.50元": the gap to the budget, neither the budget nor the outturn. */
const BUDGET_GAP = /(?:节约|节省|超支|结余)\s*$/;
const ADJUSTMENT =
  /(?:(?:追加|追减|调增|调减)(?:调整)?|调整增加|调整减少)(?:预算|资金|经费)?(?:数|金额)?\s*(?:为|是|了|:|：)?\s*$/;

/** A part of the figure before it, in brackets: "全年预算数A万元（含上年结转B万元）" — no budget of its own. */
const BRACKETED_PART = /[（(](?:含|其中[：:，,]?|包括)[^（）()，,。；;\d]{0,10}$/;

const RATE =
  /(完成(?:年初|全年|年度|调整后?|本年)?预算(?:数)?的?|为(?:年初|全年|年度|调整后?)?预算(?:数)?的|预算执行率为?|执行率为?|完成率为?|，\s*(?:(?:决算|支出|执行)数?占(?:年初|全年|调整后?)?预算数?的?)|，\s*占)\s*(\d+(?:\.\d+)?)\s*[%％]/;
const RATE_ALL = new RegExp(RATE.source, 'g');

/**
 * The spans a rate is read in: each sentence with a % — or, in a sentence stating two rates or more, each
 * of its clause groups (to "；"): "其中：基本支出年初预算为…，完成年初预算的99.31%；项目支出…，完成年初预算的
 * 104.87%" holds one rate per group, each of its own figures. `group`: a clause group, not a sentence.
 */
function rateSpans(sents: readonly Span[]): (Span & { group: boolean })[] {
  const out: (Span & { group: boolean })[] = [];
  for (const s of sents) {
    // (A rate has its %: most sentences have none.)
    if (!s.text.includes('%') && !s.text.includes('％')) continue;
    if (!/[；;]|其中[：:]/.test(s.text) || (s.text.match(RATE_ALL) ?? []).length < 2) {
      out.push({ start: s.start, end: s.end, text: s.text, group: false });
      continue;
    }
    let start = 0;
    for (const part of s.text.split(/(?<=[；;])/)) {
      // "总额…完成预算的85.60%，其中：A…完成预算的98.00%": the whole's rate, then its parts' — each its own span.
      for (const piece of splitAtParts(part)) {
        out.push({ start: s.start + start, end: s.start + start + piece.length, text: piece, group: true });
        start += piece.length;
      }
    }
  }
  return out;
}

/** `text` cut before "其中：" when a rate stands on both sides of it; else whole. */
function splitAtParts(text: string): string[] {
  const at = text.search(/其中[：:]/);
  if (at < 0) return [text];
  const [head, tail] = [text.slice(0, at), text.slice(at)];
  const rated = (t: string): boolean => (t.match(RATE_ALL) ?? []).length > 0;
  return rated(head) && rated(tail) ? [head, tail] : [text];
}

/** A budget named by its scope ("年初预算为A万元", "调整预算为C万元"), as its lead says. */
const SCOPED_BUDGET = /(年初|全年|调整后?(?:的)?(?:全年|年度)?)预算(?:数|金额)?\s*(?:为|是|:|：)?\s*$/;

/**
 * The scopes a budget's lead names: "调整后全年预算" is the 调整 and the 全年 budget; "年中调整预算A万元" (an
 * amount adjusted during the year, not a budget) none.
 */
function budgetScopes(lead: string): string[] {
  const m = SCOPED_BUDGET.exec(lead);
  if (!m || /年中调整(?!后)/.test(lead)) return [];
  if (!m[1]!.startsWith('调整')) return [m[1]!];
  return /全年|年度/.test(m[1]!) ? ['调整', '全年'] : ['调整'];
}
const OUTTURN_LEAD = /(?:决算|执行|支出)(?:数|金额)?\s*(?:为|是|:|：)?\s*$/;

/**
 * "年初预算为A万元，调整预算为C万元，支出决算为B万元，完成年初预算的X%，完成调整预算的Y%": each rate after the
 * first names its budget (年初 / 调整 / 全年); it is B over the one budget so named before the first rate, when
 * the span states exactly one outturn. (The first rate is read with the others below.)
 */
function checkLaterScopedRates(ctx: Ctx, li: number, line: string, s: Span, first: RegExpExecArray): void {
  const rates = [...s.text.matchAll(RATE_ALL)].filter((r) => r.index > first.index);
  if (rates.length === 0) return;
  const money = scanNumbers(s.text.slice(0, first.index)).filter((t) => MONEY_UNITS.has(t.unit));
  const leadOf = (t: NumberToken): string => s.text.slice(Math.max(0, t.start - 8), t.start);
  const outturns = money.filter((t) => OUTTURN_LEAD.test(leadOf(t)));
  if (outturns.length !== 1) return;
  const actual = outturns[0]!;
  for (const r of rates) {
    const scope = /(年初|全年|调整)/.exec(r[1]!)?.[1];
    if (!scope) continue;
    const named = money.filter((t) => budgetScopes(leadOf(t)).includes(scope));
    if (named.length !== 1 || named[0]!.unit !== actual.unit || dec(named[0]!.value).isZero()) continue;
    const unit = actual.unit === '元' ? '元' : '万元';
    const a = inWan(actual, unit);
    const b = inWan(named[0]!, unit);
    if (!a || !b) continue;
    const at = s.start + r.index;
    judgeRate(ctx, li, {
      rate: r[2]!,
      actual: a,
      budget: b,
      unit,
      at,
      excerpt: excerptOf(line, at, at + r[0].length, 10),
      what: '完成比例',
      figureAt: at + r[0].lastIndexOf(r[2]!),
    });
  }
}

/** A clause that opens on the outturn itself ("；全年执行数…", "；实际支出…"), not on a list's next part ("；项目支出…"). */
const OUTTURN_CLAUSE =
  /^\s*(?:全年|年度|本年|当年|实际)?(?:执行|支出|决算|支付)(?:数|金额|决算)?\s*(?:为|是|:|：)?\s*\d/;

/**
 * "全年预算数A万元，其中财政拨款B万元、其他资金C万元；全年执行数D万元，预算执行率E%": a breakdown of the budget
 * closed by "；" before the outturn is set apart (blanked, offsets kept), so the rate is read as D ÷ A. Only when
 * the budget stands before the list and the clause after it opens on the outturn.
 */
function withoutClosedList<T extends Span>(s: T, rateAt: number): T {
  const open = LIST_OPENER.exec(s.text);
  if (!open || open.index >= rateAt) return s;
  const close = s.text.slice(open.index, rateAt).search(/[；;]/);
  if (close < 0) return s;
  const end = open.index + close;
  if (LIST_OPENER.test(s.text.slice(end, rateAt)) || !OUTTURN_CLAUSE.test(s.text.slice(end + 1, rateAt)))
    return s;
  if (!scanNumbers(s.text.slice(0, open.index)).some((t) => MONEY_UNITS.has(t.unit))) return s;
  return { ...s, text: s.text.slice(0, open.index) + ' '.repeat(end - open.index) + s.text.slice(end) };
}

/**
 * "决算A万元，比预算减少D万元，完成预算的C%": the budget is not printed, but is A + D (A − D after 增加 / 超支).
 */
const GAP_THEN_RATE =
  /(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)\s*[，,]\s*(?:比|较)(年初|全年|调整后?)?预算(?:数)?(增加|减少|节约|节省|超支|多支出|少支出)了?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)\s*[，,]\s*完成(年初|全年|调整后?)?预算(?:数)?的?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
/**
 * "支出决算为231.14万元，比年初预算275.00万元减少43.86万元，下降15.95%，完成年初预算的86.05%": the budget printed in
 * the comparison — the rate is A ÷ B.
 */
const BUDGET_GAP_THEN_RATE =
  /(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)\s*[，,]\s*(?:比|较)(年初|全年|调整后?)?预算(?:数)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)\s*(?:增加|减少|节约|节省|超支|多支出|少支出)了?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元)\s*[，,]\s*(?:(?:下降|增长|降低|上升|增加|减少)\s*\d+(?:\.\d+)?\s*[%％]\s*[，,]\s*)?完成(年初|全年|调整后?)?预算(?:数)?的?\s*(\d+(?:\.\d+)?)\s*[%％]/g;

/** BUDGET_GAP_THEN_RATE's rates: the outturn the sentence's first amount, led by 决算 / 支出 / 执行, one unit. */
function checkRateAfterBudgetGap(ctx: Ctx, line: string, li: number): void {
  for (const s of sentencesAt(ctx, li)) {
    for (const m of allMatches(s.text, BUDGET_GAP_THEN_RATE)) {
      if (m[2] !== m[5] || (m[3] ?? '').slice(0, 2) !== (m[6] ?? '').slice(0, 2)) continue;
      const before = s.text.slice(0, m.index);
      if (LIST_OPENER.test(before) || /分别|各/.test(before)) continue;
      if (scanNumbers(before).some((t) => MONEY_UNITS.has(t.unit))) continue;
      if (!GAP_OUTTURN_LEAD.test(before.slice(-12)) && !namedExpense(before)) continue;
      const [actual, budget] = [m[1]!.replace(/,/g, ''), m[4]!.replace(/,/g, '')];
      if (dec(budget).isZero()) continue;
      const at = s.start + m.index;
      judgeRate(ctx, li, {
        rate: m[7]!,
        actual: { value: actual, places: printedPlaces(actual) },
        budget: { value: budget, places: printedPlaces(budget) },
        unit: m[2]!,
        at,
        excerpt: excerptOf(line, at, at + m[0].length, 10),
        what: '完成比例',
        figureAt: at + m[0].lastIndexOf(m[7]!),
      });
    }
  }
}

/** The outturn's lead: "支出决算", "决算合计", "实际支出为". */
const GAP_OUTTURN_LEAD = /(?:决算|执行|支出|实际)(?:数|金额)?\s*(?:共计|合计|总计|共)?\s*(?:为|是|:|：)?\s*$/;

/**
 * The rate after the outturn's gap to its budget: C = A ÷ (A ± D), rounding-aware (`completion.percent`). Only
 * when A is the sentence's first amount, led by 决算 / 支出 / 执行 or an expense's name ("公务接待费A万元"), the
 * three in one unit, the gap and the rate of the same budget (年初 / 全年 / 调整, or neither naming one), and no
 * list (其中, 分别) before.
 */
function checkRateAfterGap(ctx: Ctx, line: string, li: number): void {
  if (!line.includes('预算的') && !line.includes('预算数的')) return;
  checkRateAfterBudgetGap(ctx, line, li);
  for (const s of sentencesAt(ctx, li)) {
    for (const m of allMatches(s.text, GAP_THEN_RATE)) {
      if (m[2] !== m[6]) continue;
      if ((m[3] ?? '').slice(0, 2) !== (m[7] ?? '').slice(0, 2)) continue;
      const before = s.text.slice(0, m.index);
      if (LIST_OPENER.test(before) || /分别|各/.test(before)) continue;
      if (scanNumbers(before).some((t) => MONEY_UNITS.has(t.unit))) continue;
      if (!GAP_OUTTURN_LEAD.test(before.slice(-12)) && !namedExpense(before)) continue;
      const actualText = m[1]!.replace(/,/g, '');
      const gapText = m[5]!.replace(/,/g, '');
      const up = /增加|超支|多/.test(m[4]!);
      const budgetOf = (x: Dec, g: Dec): Dec => (up ? x.minus(g) : x.plus(g));
      const a = { value: actualText, places: printedPlaces(actualText) };
      const gap = { value: gapText, places: printedPlaces(gapText) };
      const budget = budgetOf(dec(actualText), dec(gapText));
      if (budget.lte(0)) continue;
      const printed = { value: m[8]!, places: printedPlaces(m[8]!) };
      const verdict = judgeRatio(
        printed,
        [a, gap],
        ([x, g]) => completionPercent(x!, budgetOf(x!, g!)),
        SHARE,
      );
      if (!verdict) continue;
      const budgetText = showAs(budget, [a, gap]);
      const unit = m[2]!;
      const at = s.start + m.index + m[0].lastIndexOf(m[8]!);
      const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
      const derivation = `预算 ${a.value} ${up ? '−' : '+'} ${gapText} = ${budgetText}${unit}`;
      claim(
        ctx,
        'completion',
        li,
        at,
        verdict.kind !== 'wrong',
        `${derivation}，${a.value} ÷ ${budgetText} × 100% = ${exact}%，文中${printed.value}%`,
      );
      if (verdict.kind === 'ok') continue;
      report(
        ctx,
        li,
        'completion.percent',
        verdict.severity,
        excerptOf(line, s.start + m.index, s.start + m.index + m[0].length, 0),
        `${exact}%`,
        `${printed.value}%`,
        `按文中决算${a.value}${unit}、比预算${m[4]}${gapText}${unit}，${derivation}，完成比例应为 ${a.value} ÷ ${budgetText} × 100% = ${exact}%，文中为${printed.value}%${verdictClause(verdict.kind)}（完成比例、决算数与比预算${m[4]}的金额至少一处有误）。`,
        at,
      );
    }
  }
}

/**
 * "（三）公务接待费1.50万元，…": an expense named right before its amount (its clause ends with 费 and names no
 * budget, last year, share or comparison) is the item's outturn.
 */
export function namedExpense(before: string): boolean {
  const clause = before.slice(
    Math.max(before.lastIndexOf('，'), before.lastIndexOf('；'), before.lastIndexOf('：')) + 1,
  );
  return (
    /费\s*(?:支出)?\s*(?:为|是)?\s*$/.test(clause) &&
    !/预算|上年|去年|同期|占|比|较|其中|计划|目标/.test(clause)
  );
}

/** "预算数A万元，执行数为B万元，完成预算的C%" and "预算投资A万元，实际支出B万元，占C%". */
export function checkCompletion(ctx: Ctx, state: ProseState): void {
  forEachFigureLine(ctx, (line, li) => {
    checkCompletionOfNamed(ctx, line, li);
    checkRateAfterGap(ctx, line, li);
    if (!/完成|执行率|占|预算的/.test(line)) return;
    for (const span of rateSpans(sentencesAt(ctx, li))) {
      const m = RATE.exec(span.text);
      if (m) checkRateSpan(ctx, state, li, line, withoutClosedList(span, m.index), m, false);
    }
  });
}

/**
 * The rate `m` of span `s` against the budget and the outturn before it in the span. `widened`: `s` already
 * takes in the sentence before the rate's (see below).
 */
function checkRateSpan(
  ctx: Ctx,
  state: ProseState,
  li: number,
  line: string,
  s: Span & { group: boolean },
  m: RegExpExecArray,
  widened: boolean,
): void {
  checkLaterScopedRates(ctx, li, line, s, m);
  // "年初预算3,860.00万元，年中追加355.36万元，全年预算4,215.36万元": an adjustment is part of a budget,
  // neither a budget nor an outturn a rate is of.
  let money = scanNumbers(s.text.slice(0, m.index)).filter(
    (t) =>
      MONEY_UNITS.has(t.unit) &&
      !ADJUSTMENT.test(s.text.slice(Math.max(0, t.start - 8), t.start)) &&
      !BUDGET_GAP.test(s.text.slice(Math.max(0, t.start - 4), t.start)) &&
      !BRACKETED_PART.test(s.text.slice(Math.max(0, t.start - 12), t.start)),
  );
  // "年初预算为A万元，调整预算为C万元，支出决算为B万元，完成调整预算的Y%": the budget the rate names.
  const scope = /(年初|全年|调整)/.exec(m[1]!)?.[1];
  if (money.length === 3 && scope) {
    const named = money.filter((t) => s.text.slice(Math.max(0, t.start - 8), t.start).includes(scope));
    const actualTok = money.find((t) =>
      /(决算|执行|支出)(数|金额)?\s*(为|是|:|：)?\s*$/.test(s.text.slice(Math.max(0, t.start - 8), t.start)),
    );
    if (named.length === 1 && actualTok && named[0] !== actualTok && named[0]!.start < actualTok.start)
      money = [named[0]!, actualTok];
  }
  if (money.length === 3 && scope !== '年初' && scope !== '调整') {
    checkEitherBudget(ctx, li, line, s, m, money as [NumberToken, NumberToken, NumberToken]);
    return;
  }
  // "项目资金到位A万元，资金到位率X%；实际执行B万元，预算执行率Y%": the rate's own clause group after "；"
  // (the groups before it state no budget) is read alone — its budget is then in the sentence before.
  const semi = Math.max(s.text.lastIndexOf('；', m.index), s.text.lastIndexOf(';', m.index));
  if (money.length >= 2 && !widened && !s.group && semi >= 0 && !/预算/.test(s.text.slice(0, semi))) {
    const tail = { start: s.start + semi + 1, end: s.end, text: s.text.slice(semi + 1), group: true };
    const m2 = RATE.exec(tail.text);
    if (m2 && money.filter((t) => t.start > semi).length === 1)
      checkRateSpan(ctx, state, li, line, tail, m2, false);
    return;
  }
  if (money.length === 1 && !widened) {
    // "年初预算A万元，调整后预算为C万元。全年实际支出B万元，预算执行率为Y%": the budgets in the sentence before.
    // (The rate right after the outturn: "，目标执行率" is a target's, not the budget's.)
    const between = s.text.slice(money[0]!.end, m.index);
    const wide = /^\s*[，,]\s*(?:预算)?$/.test(between) ? withBudgetsBefore(line, s, money[0]!) : null;
    const m2 = wide && RATE.exec(wide.text);
    if (wide && m2) checkRateSpan(ctx, state, li, line, wide, m2, true);
    return;
  }
  if (money.length !== 2) return;
  const leadOf = (t: NumberToken): string => s.text.slice(Math.max(0, t.start - 10), t.start);
  // "支出决算为8.50万元，年初预算为10.00万元，完成年初预算的85.00%": the outturn may come first.
  const outturnFirst =
    /(决算|执行|支出)(数|金额)?\s*(为|是|共计|合计|总计|:|：)?\s*$/.test(leadOf(money[0]!)) &&
    /预算(数|金额)?\s*(为|是|:|：)?\s*$/.test(leadOf(money[1]!));
  const [budget, actual] = (outturnFirst ? [money[1], money[0]] : money) as [NumberToken, NumberToken];
  if (outturnFirst && /上年|去年|上一年/.test(s.text.slice(money[0]!.end, budget.start))) return;
  const budgetLead = s.text.slice(Math.max(0, budget.start - 10), budget.start);
  // (A 执行率 of the funds a round of monitoring covers: "涉及资金A万元，累计支出B万元，预算执行率R%".)
  const coveredFunds =
    /执行率/.test(m[0]) && /(涉及|监控)资金(总额|规模)?\s*(为|是|:|：)?\s*$/.test(budgetLead);
  if (
    !coveredFunds &&
    !/预算(数|金额|投资|资金|总额|安排)?(合计|总计|共计)?\s*(为|是|:|：)?\s*$/.test(budgetLead)
  )
    return;
  // A rate after 其中 may be the list's whole's — unless its clause group, after 其中, states the budget
  // and the outturn it is of ("其中：基本支出年初预算为…，支出决算为…，完成年初预算的…%；项目支出…"), or the
  // sentence opens with 其中 and then states both, the outturn named so ("其中，甲项目全年预算数A万元，执行数B
  // 万元，执行率C%"): the list's whole has no amount there.
  const ownPair =
    !s.group &&
    OUTTURN_BEFORE.test(s.text.slice(Math.max(0, actual.start - 8), actual.start)) &&
    !LIST_OPENER.test(s.text.slice(budget.start, m.index));
  if (!ownPair && LIST_OPENER.test(s.text.slice(s.group ? budget.start : 0, m.index))) return;
  if (!outturnFirst && !/(执行|支出|支付|使用|决算|完成)/.test(s.text.slice(budget.end, actual.start)))
    return;
  if (dec(budget.value).isZero()) {
    checkZeroBudget(ctx, li, line, s.start, m, budget, actual);
    return;
  }
  // A document in 元 ("年初预算为2900000.00元，支出决算为2863410.26元"): both figures in 元.
  const inYuan =
    budget.unit === '元' && actual.unit === '元' && !isSuspectYuan(budget) && !isSuspectYuan(actual);
  if (budget.unit === '元' && !isSuspectYuan(budget) && !inYuan) return;
  const unit = inYuan ? '元' : budget.unit === '元' ? '万元' : budget.unit;
  const a = inWan(actual, unit);
  const b = inWan(budget, unit);
  if (!a || !b) return;
  const printed = { value: m[2]!, places: (m[2]!.split('.')[1] ?? '').length };
  const verdict = judgeRatio(printed, [a, b], ([x, y]) => completionPercent(x!, y!), SHARE);
  if (!verdict) return;
  const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
  claim(
    ctx,
    'completion',
    li,
    s.start + m.index,
    verdict.kind !== 'wrong',
    `${a.value} ÷ ${b.value}${unit} × 100% = ${exact}%，文中${printed.value}%`,
  );
  if (verdict.kind === 'ok' || verdict.kind === 'rounding') {
    noteYuan(
      state,
      li,
      [actual, budget],
      `${a.value} ÷ ${b.value}${unit} × 100% = ${exact}%${verdict.kind === 'ok' ? '' : `（文中${printed.value}%，差异在四舍五入范围内）`}`,
      actual.unit === '万元' || budget.unit === '万元',
    );
  }
  if (verdict.kind === 'ok') return;
  const why = verdictClause(verdict.kind);
  report(
    ctx,
    li,
    'completion.percent',
    verdict.severity,
    excerptOf(line, s.start + budget.start, s.start + m.index + m[0].length, 10),
    `${exact}%`,
    `${printed.value}%`,
    `完成比例应为 ${a.value} ÷ ${b.value} × 100% = ${exact}%，文中为${printed.value}%${why}。`,
    s.start + m.index + m[0].lastIndexOf(m[2]!),
  );
}

/** An outturn opening its sentence without a subject of its own ("全年实际支出B万元，…"). */
const BARE_OUTTURN =
  /^\s*(?:全年|年度|本年|当年)?(?:实际)?(?:支出|执行|决算|完成支出)(?:数|金额|总额)?\s*(?:为|是|:|：)?\s*$/;
const ANY_BUDGET_LEAD = /预算(?:数|金额)?\s*(?:为|是|:|：)?\s*$/;
const CHANGE_LEAD = /(?:追加|追减|调增|调减|增加|减少|调整)\s*(?:了|为)?\s*$/;

/**
 * The rate's sentence `s`, its one amount `actual` an outturn without a subject, widened to the sentence before
 * it when that one states the budgets (one or two, each led by 预算) and otherwise only changes of them (blanked);
 * null when it does not.
 */
function withBudgetsBefore(
  line: string,
  s: Span & { group: boolean },
  actual: NumberToken,
): (Span & { group: boolean }) | null {
  if (!BARE_OUTTURN.test(s.text.slice(0, actual.start))) return null;
  // A clause group after "；" ("…，资金到位率100%；实际执行B万元，预算执行率Y%"): the groups before it in its
  // sentence are set aside (blanked) — when they state no budget — and the sentence before is read.
  const opens = s.group ? line.lastIndexOf('。', s.start - 1) + 1 : s.start;
  const earlier = line.slice(opens, s.start);
  if (s.group) {
    if (!/[；;]\s*$/.test(earlier) || /预算/.test(earlier)) return null;
  }
  const stop = line.lastIndexOf('。', opens - 1);
  if (stop < 0 || stop !== opens - 1) return null;
  const from = line.lastIndexOf('。', stop - 1) + 1;
  let prev = line.slice(from, stop + 1);
  if (/[%％]/.test(prev)) return null;
  const leads: string[] = [];
  for (const t of scanNumbers(prev).filter((x) => MONEY_UNITS.has(x.unit))) {
    const lead = prev.slice(Math.max(0, t.start - 10), t.start);
    // (An amount added to the budget, "追加预算B万元", is a change of it, not a budget.)
    if (ANY_BUDGET_LEAD.test(lead) && !ADJUSTMENT.test(lead)) leads.push(lead);
    else if (CHANGE_LEAD.test(lead) || ADJUSTMENT.test(lead))
      prev = prev.slice(0, t.start) + ' '.repeat(t.end - t.start) + prev.slice(t.end);
    else return null;
  }
  // Last year's budget is no budget of this rate; a 年初 budget alone may not be the one the rate is of (an
  // adjusted budget the text does not state: rate-outturn.ts warns).
  if (leads.length < 1 || leads.length > 2 || leads.some((l) => /上年|去年|上一年/.test(l))) return null;
  if (leads.length === 1 && !/调整|全年/.test(leads[0]!)) return null;
  return { start: from, end: s.end, text: prev + ' '.repeat(earlier.length) + s.text, group: false };
}

/**
 * "年初预算为A万元，调整预算为C万元，支出决算为B万元，完成（全年）预算的Y%": the rate does not say which
 * budget; it is wrong only when it is neither B ÷ A nor B ÷ C.
 */
function checkEitherBudget(
  ctx: Ctx,
  li: number,
  line: string,
  s: { start: number; text: string },
  m: RegExpExecArray,
  [first, second, actual]: [NumberToken, NumberToken, NumberToken],
): void {
  const lead = (t: NumberToken): string => s.text.slice(Math.max(0, t.start - 10), t.start);
  const BUDGET = /(年初|调整后?|全年)预算(数|金额)?\s*(为|是|:|：)?\s*$/;
  // 年初 then 调整 (or 全年, the budget after adjustments: "年初预算数…，全年预算数…，全年执行数…，预算执行率…").
  if (!/年初/.test(lead(first)) || !/调整|全年/.test(lead(second))) return;
  if (!BUDGET.test(lead(first)) || !BUDGET.test(lead(second))) return;
  if (!/(决算|执行|支出)(数|金额)?\s*(为|是|:|：)?\s*$/.test(lead(actual))) return;
  if (LIST_OPENER.test(s.text.slice(0, m.index))) return;
  if (first.unit !== second.unit || first.unit !== actual.unit || [first, second, actual].some(isSuspectYuan))
    return;
  const printed = { value: m[2]!, places: (m[2]!.split('.')[1] ?? '').length };
  const verdicts = [second, first].map((b) =>
    dec(b.value).isZero()
      ? null
      : judgeRatio(printed, [actual, b], ([x, y]) => completionPercent(x!, y!), SHARE),
  );
  if (verdicts.some((v) => !v)) return;
  const [adjusted, initial] = verdicts as [RatioVerdict, RatioVerdict];
  const wrong = adjusted.kind === 'wrong' && initial.kind === 'wrong';
  const shown = (v: RatioVerdict): string =>
    v.kind === 'ok' ? printed.value : show(v.exact, printed.places);
  const arithmetic = `${actual.value} ÷ ${second.value} × 100% = ${shown(adjusted)}%（按调整预算），${actual.value} ÷ ${first.value} × 100% = ${shown(initial)}%（按年初预算）`;
  claim(ctx, 'completion', li, s.start + m.index, !wrong, `${arithmetic}，文中${printed.value}%`);
  if (!wrong) return;
  report(
    ctx,
    li,
    'completion.percent',
    adjusted.severity === 'error' && initial.severity === 'error' ? 'error' : 'warning',
    excerptOf(line, s.start + first.start, s.start + m.index + m[0].length, 10),
    `${shown(adjusted)}%`,
    `${printed.value}%`,
    `完成比例应为 ${arithmetic}，文中为${printed.value}%，与两者都不符。`,
    s.start + m.index + m[0].lastIndexOf(m[2]!),
  );
}

/**
 * "年初预算为0万元，支出决算为12.50万元，完成年初预算的100%": a rate against a zero budget cannot be computed
 * (x ÷ 0). With both figures zero the rate is still meaningless, but nothing was spent: a warning.
 */
function checkZeroBudget(
  ctx: Ctx,
  li: number,
  line: string,
  sentenceStart: number,
  m: RegExpExecArray,
  budget: NumberToken,
  actual: NumberToken,
): void {
  const rate = m[2]!;
  const at = sentenceStart + m.index + m[0].lastIndexOf(rate);
  const spent = !dec(actual.value).isZero();
  const what = m[1]!.replace(/^[，\s]+/, '').replace(/[的为]$/, '');
  claim(
    ctx,
    'completion',
    li,
    at,
    false,
    `${actual.value}${actual.unit} ÷ ${budget.value}${budget.unit}：预算数为0，无法计算完成比例，文中${rate}%`,
  );
  report(
    ctx,
    li,
    'completion.zero-budget',
    spent ? 'error' : 'warning',
    excerptOf(line, sentenceStart + budget.start, sentenceStart + m.index + m[0].length, 10),
    '不写比例（预算数为0）',
    `${rate}%`,
    `预算数为${budget.value}${budget.unit}，${actual.value}${actual.unit} ÷ ${budget.value}${budget.unit}无法计算，“${what}${rate}%”没有意义；应说明未安排预算${spent ? '而发生支出的原因' : ''}，不写完成比例。`,
    at,
  );
}

/** "预算执行率为97.35%（全年预算数5,000.00万元，执行数4,867.50万元）": the rate before its two figures. */
const RATE_THEN_FIGURES =
  /(?:预算执行率|执行率|完成率)为?\s*(\d+(?:\.\d+)?)\s*[%％]\s*[（(]([^（）()。]{0,12}?预算(?:数|金额)?\s*(?:为|是)?\s*)(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)\s*[，,、；;]\s*([^（）()。\d]{0,12}?(?:执行|决算|支出|实际)(?:数|金额)?\s*(?:为|是)?\s*)(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)\s*[）)]/g;

export function checkRateThenFigures(ctx: Ctx): void {
  forEachFigureLineWith(ctx, '率', (line, li) => {
    if (!line.includes('预算')) return;
    for (const m of allMatches(line, RATE_THEN_FIGURES)) {
      if (m[4] !== m[7] || /上年|去年/.test(m[2]! + m[5]!)) continue;
      const b = { value: m[3]!.replace(/,/g, ''), places: printedPlaces(m[3]!) };
      const a = { value: m[6]!.replace(/,/g, ''), places: printedPlaces(m[6]!) };
      if (dec(b.value).isZero()) continue;
      const at = m.index + m[0].indexOf(m[1]!);
      judgeRate(ctx, li, {
        rate: m[1]!,
        actual: a,
        budget: b,
        unit: m[4]!,
        at,
        excerpt: excerptOf(line, m.index, m.index + m[0].length, 0),
        what: '执行率',
        figureAt: at,
      });
    }
  });
}

const RATE_ARITHMETIC =
  /^完成比例应为 (\d+(?:\.\d+)?) ÷ (\d+(?:\.\d+)?) × 100% = [\d.]+%，文中为(\d+(?:\.\d+)?)%/;
const figureOf = (s: string): string => s.replace(/,|万元|亿元|元/g, '');
const printedOfText = (v: string): Printed => ({ value: v, places: printedPlaces(v) });

/**
 * Whether a `completion.percent` finding is another's fault: on its line the text states one of the rate's two
 * figures against its table (`figure.text-table`), and with the table's figure in its place the rate holds
 * ("全年执行数1,720.30万元（表中1,702.30），预算执行率95.61%": the 执行数 is wrong, not the rate).
 */
export function isRateOfMisstatedFigure(f: Finding, all: readonly Finding[]): boolean {
  if (f.rule !== 'completion.percent') return false;
  const m = RATE_ARITHMETIC.exec(f.message);
  if (!m) return false;
  const [a, b, rate] = [m[1]!, m[2]!, m[3]!];
  return all.some((t) => {
    if (t.rule !== 'figure.text-table' || t.line !== f.line || t.severity === 'note') return false;
    const [found, expected] = [figureOf(t.found), figureOf(t.expected)];
    if (!/^\d+(?:\.\d+)?$/.test(expected) || (found !== a && found !== b)) return false;
    const pair = found === a ? [expected, b] : [a, expected];
    if (dec(pair[1]!).isZero()) return false;
    const verdict = judgeRatio(
      printedOfText(rate),
      pair.map(printedOfText),
      ([x, y]) => completionPercent(x!, y!),
      SHARE,
    );
    return verdict !== null && verdict.kind !== 'wrong';
  });
}
