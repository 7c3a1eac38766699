/**
 * Rates whose two figures are named elsewhere in the paragraph:
 *  - a rate that spells out its formula — "资金执行率（实际支出/到位资金）92.88%": the figure named 实际支出 ÷ the
 *    figure named 到位资金;
 *  - 资金到位率 — "项目预算资金共计4,600.00万元，…。…实际到位资金4,420.00万元，资金到位率96.09%": the funds arrived ÷
 *    the funds planned (预算资金 / 计划投入资金 / 应到位资金 / 全年预算数 / 资金总额);
 *  - 拨付率 / 支付率 — "资金总额300万元，已拨付285万元，拨付率95%": the funds paid out ÷ what they are paid out of;
 *  - a 监控's 预计执行率 — the expected outturn ÷ the year's budget.
 * The rate must be the quotient × 100 (`completion.percent`, rounding-aware).
 *
 * Precision first: each name must label exactly one money figure of the paragraph (the words right before it),
 * of this year, outside a 其中 list; both figures in one money unit.
 */
import { allMatches, excerptOf, type Ctx } from './context.ts';
import { MONEY_UNITS, printedPlaces, scanNumbers, type NumberToken } from './numbers.ts';
import { isLastYear } from './prose-clauses.ts';
import { judgeRate } from './prose-completion.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import type { ArrivalTotal } from './rate-tables.ts';
import { judgeRatio, SHARE } from './verdict.ts';
import { completionPercent, dec } from '../money/index.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

const FORMULA =
  /率\s*[（(]\s*([\u4e00-\u9fa5]{2,10})\s*[/／÷]\s*([\u4e00-\u9fa5]{2,10})\s*[）)]\s*(?:为|是|达到?)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
const ARRIVAL = /到位率\s*(?:为|是|达到?)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
/** Funds arrived: named so, or a clause ending in 到位 ("实际到位", "已到位"; not 未到位 / 应到位). */
const ARRIVED = /到位资金|资金到位|到位金额|(?<![未应])到位$/;
/** Funds planned, or allotted ("专项资金分配", "下达资金"): what the arrived funds are a share of. */
const PLANNED =
  /预算资金|计划投入资金|计划投资|应到位资金|计划资金|预算安排资金|预算数|资金总额|总投资|总预算$|^计划(?:数|金额)?$|(?:分配|下达)(?:[\u4e00-\u9fa5]{0,8}资金|金额)?$/;
/**
 * 拨付率 / 支付率 — "本项目资金总额300万元，已拨付285万元，拨付率95%": the funds paid out ÷ the one figure of the
 * paragraph they are paid out of (planned, arrived or allotted: when several are stated, not read).
 */
const PAID_OUT = /(拨付|支付)率\s*(?:为|是|达到?)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
const PAID_FROM =
  /预算资金|计划投入资金|计划投资|应到位资金|计划资金|预算安排资金|预算数|资金总额|总投资|到位资金|资金到位|下达资金|下达/;

/**
 * A 监控's expected rate — "全年预算500.00万元，…，预计全年执行480.00万元，预计执行率96.00%": the expected outturn ÷
 * the year's budget.
 */
const EXPECTED_RATE = /预计(?:全年)?(?:预算)?执行率\s*(?:为|是|达到?)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
const EXPECTED_OUTTURN = /预计(?:全年)?(?:可)?(?:执行|支出|完成支出)/;
const YEAR_BUDGET = /全年预算|年度预算|预算数|预算资金|预算总额|^预算$/;

type Named = { token: NumberToken; words: string };

export function checkNamedRates(ctx: Ctx): void {
  // (A rate "率（A/B）", a 拨付率 / 支付率, a 预计…执行率 or a 到位率, in %.)
  if (!mentionsAny(ctx, ['/', '／', '÷', '付率', '执行率', '到位率']) || !mentionsAny(ctx, ['%', '％']))
    return;
  forEachFigureLineWith(ctx, '率', (line, li) => {
    let named: Named[] | null = null;
    const figures = (): Named[] => (named ??= namedFigures(line, ctx.year));
    for (const m of allMatches(line, FORMULA)) {
      const top = namedBy(figures(), m[1]!);
      const bottom = namedBy(figures(), m[2]!);
      if (top && bottom) judge(ctx, li, line, top, bottom, m[3]!, m.index + m[0].lastIndexOf(m[3]!));
    }
    for (const m of line.includes('付率') ? allMatches(line, PAID_OUT) : []) {
      const top = only(figures(), (w) => w.includes(m[1]!) && !PAID_FROM.test(w));
      const bottom = only(figures(), (w) => PAID_FROM.test(w) && !w.includes(m[1]!));
      if (top && bottom) judge(ctx, li, line, top, bottom, m[2]!, m.index + m[0].lastIndexOf(m[2]!));
    }
    for (const m of line.includes('预计') ? allMatches(line, EXPECTED_RATE) : []) {
      const top = only(figures(), (w) => EXPECTED_OUTTURN.test(w));
      const bottom = only(figures(), (w) => YEAR_BUDGET.test(w) && !w.includes('预计'));
      if (top && bottom) judge(ctx, li, line, top, bottom, m[1]!, m.index + m[0].lastIndexOf(m[1]!));
    }
    if (!line.includes('到位率')) return;
    for (const m of allMatches(line, ARRIVAL)) {
      const top = only(figures(), (w) => ARRIVED.test(w));
      const bottom = only(figures(), (w) => PLANNED.test(w) && !ARRIVED.test(w));
      if (!top || !bottom) continue;
      // (After a source's own amount the rate may be that source's: judged as the total's only when it is no
      // rate of that amount either.)
      if (isLastAmountBefore(line, top, m.index) || !fitsLastAmount(line, m.index, m[1]!))
        judge(ctx, li, line, top, bottom, m[1]!, m.index + m[0].lastIndexOf(m[1]!));
    }
  });
}

/**
 * 资金到位率 in a paragraph that names the funds arrived but not the funds planned — "项目资金实际到位3,610.00万元，
 * 资金到位率95.00%" — when the arrived figure is that of exactly one table's 合计 row with a 到位率 column
 * (rate-tables.ts): the rate must be that figure ÷ the row's 计划 (as printed, or as its rows add up when the 合计
 * is off — wrong only against both).
 */
export function checkArrivalRatesAgainstTables(ctx: Ctx, totals: readonly ArrivalTotal[]): void {
  if (totals.length === 0) return;
  if (!mentionsAll(ctx, ['到位率'])) return;
  forEachFigureLineWith(ctx, '到位率', (line, li) => {
    const figures = namedFigures(line, ctx.year);
    if (only(figures, (w) => PLANNED.test(w) && !ARRIVED.test(w))) return;
    const top = only(figures, (w) => ARRIVED.test(w));
    if (!top) return;
    const matched = totals.filter((t) => dec(t.arrived).eq(top.value));
    if (matched.length !== 1) return;
    const total = matched[0]!;
    for (const m of allMatches(line, ARRIVAL)) {
      if (!isLastAmountBefore(line, top, m.index)) continue;
      const printed = { value: m[1]!, places: printedPlaces(m[1]!) };
      const arrived = { value: top.value, places: top.places };
      const plans = total.plans.map((v) => ({ value: v, places: printedPlaces(v) }));
      const plan =
        plans.find(
          (p) =>
            judgeRatio(printed, [arrived, p], ([x, y]) => completionPercent(x!, y!), SHARE)?.kind === 'ok',
        ) ?? plans[0]!;
      const at = m.index + m[0].lastIndexOf(m[1]!);
      judgeRate(ctx, li, {
        rate: m[1]!,
        actual: arrived,
        budget: plan,
        unit: top.unit,
        at,
        excerpt: excerptOf(line, Math.max(Math.min(top.start, at) - 10, 0), at + m[1]!.length + 1, 0),
        what: '比率',
        figureAt: at,
      });
    }
  });
}

/**
 * Whether `top` is the last money figure before `at`: a 到位率 after another amount ("其中区级资金到位5,280.00万元，
 * 到位率100.00%") is that amount's, not the total's.
 */
function isLastAmountBefore(line: string, top: NumberToken, at: number): boolean {
  const before = scanNumbers(line.slice(0, at)).filter((t) => MONEY_UNITS.has(t.unit));
  return before[before.length - 1]?.start === top.start;
}

/**
 * Whether the rate printed at `at` is, within rounding, the last money figure before it ÷ some other money figure
 * of the paragraph: the rate of that amount ("单位自筹资金到位38.40万元（计划50.00万元），到位率76.80%").
 */
function fitsLastAmount(line: string, at: number, rate: string): boolean {
  const money = scanNumbers(line).filter((t) => MONEY_UNITS.has(t.unit));
  const last = money.filter((t) => t.start < at).pop();
  if (!last) return false;
  const printed = { value: rate, places: printedPlaces(rate) };
  return money.some(
    (t) =>
      t !== last &&
      t.unit === last.unit &&
      dec(t.value).gt(0) &&
      judgeRatio(printed, [last, t], ([x, y]) => completionPercent(x!, y!), SHARE)?.kind !== 'wrong',
  );
}

/** The money figures of the paragraph with the words naming each (its clause before it), this year's only. */
function namedFigures(line: string, year: number | null): Named[] {
  const out: Named[] = [];
  for (const t of scanNumbers(line)) {
    if (!MONEY_UNITS.has(t.unit)) continue;
    const clauseStart = Math.max(
      ...['，', '；', '。', '：', '、', '（', '('].map((c) => line.lastIndexOf(c, t.start - 1)),
    );
    const words = line.slice(clauseStart + 1, t.start).replace(/\s+/g, '');
    const sentence = line.slice(line.lastIndexOf('。', t.start - 1) + 1, t.start);
    // A 其中 list's parts, last year's figures and changes name no figure of the rate.
    if (/其中/.test(sentence) || isLastYear(words, year) || /增加|减少|增长|下降|比|较/.test(words)) continue;
    out.push({ token: t, words: words.replace(/(?:共计|合计|总计|为|是|达|共)$/g, '') });
  }
  return out;
}

/**
 * The one figure a formula's name labels: its words end with the name ("实际支出"); else, with none so named, the
 * name without its 实际 ("支出": "项目累计支出") — still exactly one figure.
 */
function namedBy(figures: readonly Named[], name: string): NumberToken | null {
  const exact = figures.filter((f) => f.words.endsWith(name));
  if (exact.length > 0) return exact.length === 1 ? exact[0]!.token : null;
  const bare = name.replace(/^实际/, '');
  return bare.length >= 2 && bare !== name ? only(figures, (w) => w.endsWith(bare)) : null;
}

function only(figures: readonly Named[], test: (words: string) => boolean): NumberToken | null {
  const found = figures.filter((f) => test(f.words));
  return found.length === 1 ? found[0]!.token : null;
}

function judge(
  ctx: Ctx,
  li: number,
  line: string,
  top: NumberToken,
  bottom: NumberToken,
  rate: string,
  at: number,
): void {
  if (top.unit !== bottom.unit || /^0+(\.0+)?$/.test(bottom.value)) return;
  judgeRate(ctx, li, {
    rate,
    actual: { value: top.value, places: top.places },
    budget: { value: bottom.value, places: bottom.places },
    unit: top.unit,
    at,
    excerpt: excerptOf(line, Math.max(Math.min(top.start, bottom.start), at - 60), at + rate.length + 1, 0),
    what: '比率',
    figureAt: at,
  });
}
