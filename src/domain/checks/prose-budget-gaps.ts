/**
 * Gaps stated in prose between an outturn and the figure it is compared with: its budget ("比年初预算减少D万元，
 * 下降P%", "与年初预算持平", "决算数大于年初预算数" against the rate stated before) or a figure named inside
 * the comparison ("比上年决算数28.00万元减少2.40万元，下降8.57%").
 */
import { completionPercent, dec, sharePercent, type Dec } from '../money/index.ts';
import {
  allMatches,
  claim,
  endsWithWord,
  excerptOf,
  lastIndexOfAny,
  report,
  sentencesAt,
  type Ctx,
} from './context.ts';
import { CHANGE_OR_COMPARE } from './change-words.ts';
import { MONEY_UNITS, printedPlaces, scanNumbers, type NumberToken } from './numbers.ts';
import { CLAUSE_MARKS_IN_SENTENCE, isLastYear, isUp, LIST_OPENER, OUTTURN_BEFORE } from './prose-clauses.ts';
import { forEachFigureLine } from './prose-lines.ts';
import {
  halfUlp,
  judgeRatio,
  judgeSum,
  SHARE,
  show,
  showAs,
  verdictClause,
  type Printed,
} from './verdict.ts';

/**
 * The % after a stated gap ("减少D万元，下降P%"): it must go the gap's way, and P = D ÷ the figure compared
 * with (预算 or 上年), judged at the printed precision.
 */
function judgeGapPercent(
  ctx: Ctx,
  li: number,
  excerpt: string,
  g: {
    kind: 'completion' | 'change';
    what: string;
    gapWord: string;
    gap: Printed;
    unit: string;
    up: boolean;
    percentWord: string;
    percent: string;
    at: number;
    base: Printed;
    /** How the base was computed when the text does not state it ("85.20 + 4.80"). */
    baseFrom?: string;
  },
): void {
  const { kind, what, gapWord, gap, unit: u, percentWord, at, base } = g;
  if (isUp(percentWord) !== g.up) {
    claim(ctx, kind, li, at, false, `金额${gapWord}${gap.value}${u}，百分比${percentWord}${g.percent}%`);
    report(
      ctx,
      li,
      'change.direction',
      'error',
      excerpt,
      gapWord,
      percentWord,
      `金额${gapWord}${gap.value}${u}，百分比却写作${percentWord}，方向相反。`,
      at,
    );
    return;
  }
  if (dec(base.value).isZero()) return;
  const printed = { value: g.percent, places: printedPlaces(g.percent) };
  // (The gap is the difference of two rounded figures: judged from the figure it leads to and the base, each
  // within its rounding — "较2025年19.85万元减少1.25万元，下降6.33%" holds for 18.595 against 19.854.)
  const places = Math.max(gap.places, base.places);
  const other = dec(base.value)[g.up ? 'plus' : 'minus'](gap.value).toFixed(places);
  const rv = judgeRatio(
    printed,
    [{ value: other, places }, base],
    ([x, b]) => sharePercent(x!.minus(b!).abs(), b!),
    { num: [1, -1], den: [0, 1], abs: true },
  );
  if (!rv) return;
  const shown = rv.kind === 'ok' ? printed.value : show(rv.exact, printed.places);
  claim(
    ctx,
    kind,
    li,
    at,
    rv.kind !== 'wrong',
    `${g.baseFrom ? `${what}${g.baseFrom} = ${base.value}${u}；` : ''}${gap.value} ÷ ${what}${base.value}${u} × 100% = ${shown}%，文中${printed.value}%`,
  );
  if (rv.kind === 'ok') return;
  report(
    ctx,
    li,
    'change.percent',
    rv.severity,
    excerpt,
    `${shown}%`,
    `${printed.value}%`,
    `${g.baseFrom ? `${what}数为 ${g.baseFrom} = ${base.value}${u}，` : ''}比${what}${gapWord}${gap.value}${u}，变动率应为 ${gap.value} ÷ ${base.value} × 100% = ${shown}%，文中为${printed.value}%${verdictClause(rv.kind)}。`,
    at,
  );
}

/**
 * "年初预算为A万元，支出决算为X万元，…，决算数比年初预算减少D万元（，下降P%）" and "…与年初预算持平": D must be
 * the gap between the two figures the sentence states, in the direction stated (减少/节约: X < A), and P =
 * D ÷ A. Only a sentence with exactly one budget and one outturn before the comparison, in D's unit.
 */
const BUDGET_GAP =
  /(?:比|较)(?:年初|全年|调整后?)?预算(?:数)?(增加|减少|节约|超支|多支出|少支出|多|少)\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)(?:\s*[，,]\s*(增长|下降|增加|减少|上升|增幅|降幅|减幅|降低|提高)\s*(\d+(?:\.\d+)?)\s*[%％])?|(?<!基本|大致|总体)与(?:年初|全年|调整后?)?预算(?:数)?持平/g;
/** The same gap with its word before 预算: "超出预算D万元", "节约年初预算资金D万元". */
const GAP_WORD_FIRST =
  /(超出|超支|节约|节省)了?(?:年初|全年|调整后?)?预算(?:数|资金)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)(?:\s*[，,]\s*(增长|下降|增加|减少|上升|增幅|降幅|减幅|降低|提高)\s*(\d+(?:\.\d+)?)\s*[%％])?/g;
const BUDGET_BEFORE = /预算(?:数|金额)?\s*(?:为|是|:|：)?\s*$/;
/** As OUTTURN_BEFORE, also "支出共计…" / "支出合计…". */
const OUTTURN_LEAD = /(?:决算|执行|支出|实际)(?:数|金额)?\s*(?:共计|合计|总计|共)?\s*(?:为|是|:|：)?\s*$/;

/**
 * "（一）因公出国（境）费152.36万元，比预算减少…": an expense item named right before its amount (its clause
 * ends with 费, names no budget, last year, share or comparison) is the item's outturn.
 */
function namedExpense(before: string): boolean {
  const clause = before.slice(
    Math.max(before.lastIndexOf('，'), before.lastIndexOf('；'), before.lastIndexOf('：')) + 1,
  );
  return /费\s*(?:为|是)?\s*$/.test(clause) && !/预算|上年|去年|同期|占|比|较|其中|计划|目标/.test(clause);
}

export function checkBudgetGaps(ctx: Ctx): void {
  forEachFigureLine(ctx, (line, li) => {
    if (
      !line.includes('预算') ||
      !/(?:比|较)(?:年初|全年|调整后?)?预算|预算(?:数)?持平|(?:超出|超支|节约|节省)了?(?:年初|全年|调整后?)?预算/.test(
        line,
      )
    )
      return;
    for (const s of sentencesAt(ctx, li)) {
      for (const m of [...allMatches(s.text, BUDGET_GAP), ...allMatches(s.text, GAP_WORD_FIRST)]) {
        const before = s.text.slice(0, m.index);
        if (LIST_OPENER.test(before) || /分别|各/.test(before)) continue;
        const unit = m[3] ?? null;
        const money = scanNumbers(before).filter((t) => MONEY_UNITS.has(t.unit));
        // "支出25.50万元，完成预算的85.00%，较预算减少4.50万元": the rate and the gap give the same budget.
        if (money.length === 1 && unit && m[5] === undefined) {
          judgeRateAgainstGap(ctx, li, line, s.start, before, money[0]!, m, unit);
          continue;
        }
        // "机关运行经费支出85.20万元，比年初预算数减少4.80万元，降低5.33%": the budget is the outturn ± the gap.
        if (money.length === 1 && unit && m[5] !== undefined) {
          const actual = money[0]!;
          if (
            actual.unit !== unit ||
            !(
              OUTTURN_LEAD.test(before.slice(Math.max(0, actual.start - 12), actual.start)) ||
              namedExpense(before.slice(0, actual.start))
            )
          )
            continue;
          const gapText = m[2]!.replace(/,/g, '');
          const up = /增加|超支|超出|多/.test(m[1]!);
          const budget = up ? dec(actual.value).minus(gapText) : dec(actual.value).plus(gapText);
          const gap = { value: gapText, places: printedPlaces(gapText) };
          const a = { value: actual.value, places: actual.places };
          const at = s.start + m.index;
          judgeGapPercent(ctx, li, excerptOf(line, s.start + actual.start, at + m[0].length, 0), {
            kind: 'completion',
            what: '预算',
            gapWord: m[1]!,
            gap,
            unit,
            up,
            percentWord: m[4]!,
            percent: m[5],
            at: at + m[0].lastIndexOf(m[5]),
            base: { value: showAs(budget, [a, gap]), places: Math.max(a.places, gap.places) },
            baseFrom: `${a.value} ${up ? '−' : '+'} ${gapText}`,
          });
          continue;
        }
        if (money.length !== 2 || money[0]!.unit !== money[1]!.unit || (unit && money[0]!.unit !== unit))
          continue;
        const roles = money.map((t) => {
          const ahead = before.slice(Math.max(0, t.start - 10), t.start);
          return BUDGET_BEFORE.test(ahead) ? 'budget' : OUTTURN_BEFORE.test(ahead) ? 'actual' : 'other';
        });
        const bi = roles.indexOf('budget');
        const ai = roles.indexOf('actual');
        if (bi < 0 || ai < 0) continue;
        // "调整预算为B万元 … 比年初预算减少D万元": the budget stated must be the one compared with.
        const scopeOf = (t: string): string | undefined => /年初|全年|调整/.exec(t)?.[0];
        const said = scopeOf(m[0].slice(0, m[0].indexOf('预算')));
        const stated = scopeOf(before.slice(Math.max(0, money[bi]!.start - 10), money[bi]!.start));
        if (said !== undefined && stated !== undefined && said !== stated) continue;
        if (said !== undefined && stated === undefined && /年初|全年|调整/.test(before)) continue;
        const budget = money[bi]!;
        const actual = money[ai]!;
        const b = { value: budget.value, places: budget.places };
        const a = { value: actual.value, places: actual.places };
        const at = s.start + m.index;
        const excerpt = excerptOf(line, s.start + Math.min(budget.start, actual.start), at + m[0].length, 0);
        const u = budget.unit;
        if (!unit) {
          // 持平: the two figures are equal (within their rounding).
          const verdict = judgeSum([a], b);
          claim(
            ctx,
            'completion',
            li,
            at,
            verdict.kind !== 'wrong',
            `预算${b.value}${u}，决算${a.value}${u}，文中“持平”`,
          );
          if (verdict.kind === 'ok') continue;
          report(
            ctx,
            li,
            'completion.budget-gap',
            verdict.severity,
            excerpt,
            `${dec(a.value).minus(b.value).isNeg() ? '减少' : '增加'}${showAs(dec(a.value).minus(b.value).abs(), [a, b])}${u}`,
            '持平',
            `预算${b.value}${u}，决算${a.value}${u}，相差${showAs(dec(a.value).minus(b.value).abs(), [a, b])}${u}，文中却写与预算持平。`,
            at,
          );
          continue;
        }
        const gapText = m[2]!.replace(/,/g, '');
        const gap = { value: gapText, places: (gapText.split('.')[1] ?? '').length };
        const up = /增加|超支|超出|多/.test(m[1]!);
        const diff = dec(a.value).minus(b.value);
        // 减少: A = X + D; 增加: X = A + D.
        const verdict = up ? judgeSum([b, gap], a) : judgeSum([a, gap], b);
        const exact = `${diff.isNeg() ? '减少' : '增加'}${showAs(diff.abs(), [a, b])}${u}`;
        const arithmetic = `决算${a.value} − 预算${b.value} = ${showAs(diff, [a, b])}${u}，文中${m[1]}${gapText}${u}`;
        claim(ctx, 'completion', li, at, verdict.kind !== 'wrong', arithmetic);
        if (verdict.kind !== 'ok') {
          const wrongWay = !diff.isZero() && diff.isNeg() === up;
          report(
            ctx,
            li,
            'completion.budget-gap',
            verdict.severity,
            excerpt,
            exact,
            `${m[1]}${gapText}${u}`,
            `预算${b.value}${u}，决算${a.value}${u}，${a.value} − ${b.value} = ${showAs(diff, [a, b])}${u}，应为比预算${exact}，文中为${m[1]}${gapText}${u}${wrongWay ? '（方向相反）' : verdict.kind === 'rounding' ? '，差异在四舍五入范围内' : ''}。`,
            at + m[0].indexOf(m[2]!),
          );
          continue;
        }
        if (m[5] === undefined) continue;
        // "…减少D万元，下降P%": P = D ÷ 预算.
        judgeGapPercent(ctx, li, excerpt, {
          kind: 'completion',
          what: '预算',
          gapWord: m[1]!,
          gap,
          unit: u,
          up,
          percentWord: m[4]!,
          percent: m[5],
          at: at + m[0].lastIndexOf(m[5]),
          base: b,
        });
      }
    }
  });
}

/** "完成预算的85.00%" between an outturn and its gap to the budget. */
const RATE_TO_BUDGET =
  /^[^，,]{0,4}[，,]\s*完成(年初|全年|调整后?)?预算(?:数)?的?\s*(\d+(?:\.\d+)?)\s*[%％]\s*[，,]\s*$/;

/**
 * "公务接待费25.50万元，完成预算的85.00%，较预算减少4.50万元": with the budget unstated, the outturn and the gap
 * give it (25.50 + 4.50 = 30.00) and the rate must be the outturn ÷ that budget — judged over the rounding of
 * both printed amounts. Only the outturn, its rate and the gap, in that order, clause after clause.
 */
function judgeRateAgainstGap(
  ctx: Ctx,
  li: number,
  line: string,
  sentenceStart: number,
  before: string,
  actual: NumberToken,
  m: RegExpExecArray,
  unit: string,
): void {
  if (actual.unit !== unit) return;
  const lead = before.slice(Math.max(0, actual.start - 12), actual.start);
  if (!(OUTTURN_LEAD.test(lead) || namedExpense(before.slice(0, actual.start)))) return;
  const rate = RATE_TO_BUDGET.exec(before.slice(actual.end));
  if (!rate) return;
  // The budget named by the rate and by the gap must be the same one (年初 / 全年 / 调整).
  const gapScope = /年初|全年|调整/.exec(m[0].slice(0, m[0].indexOf('预算')))?.[0];
  if (rate[1] !== undefined && gapScope !== undefined && !rate[1].startsWith(gapScope)) return;
  const gapText = m[2]!.replace(/,/g, '');
  const up = /增加|超支|超出|多/.test(m[1]!);
  const gap = { value: gapText, places: printedPlaces(gapText) };
  const a = { value: actual.value, places: actual.places };
  const printed = { value: rate[2]!, places: printedPlaces(rate[2]!) };
  const budgetOf = (x: Dec, g: Dec): Dec => (up ? x.minus(g) : x.plus(g));
  const verdict = judgeRatio(printed, [a, gap], ([x, g]) => completionPercent(x!, budgetOf(x!, g!)), SHARE);
  if (!verdict) return;
  const budget = showAs(budgetOf(dec(a.value), dec(gapText)), [a, gap]);
  const at = sentenceStart + actual.end + rate.index + rate[0].lastIndexOf(rate[2]!);
  const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
  claim(
    ctx,
    'completion',
    li,
    at,
    verdict.kind !== 'wrong',
    `预算 ${a.value} ${up ? '−' : '+'} ${gapText} = ${budget}${unit}，${a.value} ÷ ${budget} × 100% = ${exact}%，文中${printed.value}%`,
  );
  if (verdict.kind === 'ok') return;
  report(
    ctx,
    li,
    'completion.percent',
    verdict.severity,
    excerptOf(line, sentenceStart + actual.start, sentenceStart + m.index + m[0].length, 0),
    `${exact}%`,
    `${printed.value}%`,
    `按文中${m[1]}${gapText}${unit}，预算为 ${a.value} ${up ? '−' : '+'} ${gapText} = ${budget}${unit}，完成比例应为 ${a.value} ÷ ${budget} × 100% = ${exact}%，文中为${printed.value}%${verdictClause(verdict.kind)}（完成比例与比预算${m[1]}的金额至少一处有误）。`,
    at,
  );
}

/**
 * "决算数为25.60万元，比年初预算数30.00万元减少4.40万元，下降14.67%" / "比上年决算数28.00万元减少2.40万元，下降
 * 8.57%": the figure compared with is inside the comparison. The % is the amount ÷ that figure; the amount is
 * the figure before (the outturn named just before, in the same sentence) − that figure.
 */
const COMPARED_WITH =
  /(?:比|较|(与|同))\s*(上年|去年|上一年|(20\d\d)\s*年|年初预算|全年预算|调整后?预算|预算)度?(?:同期)?(?:\s*[（(]\s*20\d\d\s*年度?\s*[）)])?(?:[“”"]?[\u4e00-\u9fa5]{1,6}[“”"][\u4e00-\u9fa5]{0,4}?)?(?:的)?(?:决算|执行|支出)?数?\s*[（(]?\s*(?:为)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)\s*[）)]?\s*(相比|比较)?\s*[，,]?\s*(?:(?:20\d\d\s*年度?|本年度?)\s*)?(增加|减少|节约|超支|多支出|少支出|压减)\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)(?:\s*[，,]\s*(?:同比)?\s*(增长|下降|增加|减少|上升|增幅|降幅|减幅|降低|提高|压减)\s*(\d+(?:\.\d+)?)\s*[%％])?/g;
/** "上年（2024年）": the year in brackets after 上年 — it must be the one before the document's. */
const BRACKETED_YEAR = /^[^（(\d]*[（(]\s*(20\d\d)\s*年度?\s*[）)]/;
/**
 * "决算X万元，完成年初预算B万元的P%；比上年的Y万元减少D万元": a completion clause between the outturn and the
 * comparison — the change is still the outturn's.
 */
const COMPLETION_BETWEEN =
  /[，,]\s*完成(?:年初|全年|调整后?)?预算(?:数)?(?:为)?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元)的\s*\d+(?:\.\d+)?\s*[%％]\s*[；;，,]\s*$/;
/**
 * Right before a change ("…比2023年度的9,512.36万元", "较上年（11,102.66万元）", "与上年的X万元相比，", "与年初预算X万元相比，"): the change is measured from the figure
 * named inside the comparison (checkComparedWith), not from the figure before it.
 */
export const BASE_INSIDE_LEAD =
  /(?:比|较|与|同)\s*(?:上年|去年|上一年|20\d\d\s*年|年初预算|全年预算|调整后?预算|预算)度?(?:\s*[（(]\s*20\d\d\s*年度?\s*[）)])?(?:的)?(?:决算|执行|支出)?数?\s*[（(]?\s*(?:为)?\s*\d[\d,.]*\s*(?:万元|亿元|元)\s*[）)]?\s*(?:相比|比较)?\s*[，,]?\s*$/;
const OUTTURN_NAMED = /(?:决算|支出|执行|收入|合计|总计)(?:数|金额|额)?\s*(?:为|是|:|：)?\s*$/;

export function checkComparedWith(ctx: Ctx): void {
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('比') && !line.includes('较')) return;
    const sents = sentencesAt(ctx, li);
    for (const [si, s] of sents.entries()) {
      if (!s.text.includes('比') && !s.text.includes('较')) continue;
      for (const m of allMatches(s.text, COMPARED_WITH)) {
        if (m[5] !== m[9]) continue;
        // "与…相比" needs its 相比. A year named other than the one before the document's ("比2026年度的32.61万元"
        // in a 2025 决算) is the year rule's finding; the figures compared are still the ones printed.
        if (m[1] !== undefined && m[6] === undefined) continue;
        if (m[3] !== undefined && ctx.year === null) continue;
        const bracketYear = BRACKETED_YEAR.exec(m[0]);
        if (bracketYear && (ctx.year === null || Number(bracketYear[1]) !== ctx.year - 1)) continue;
        const budget = m[2]!.includes('预算');
        const u = m[5]!;
        const base = { value: m[4]!.replace(/,/g, ''), places: printedPlaces(m[4]!) };
        const gapText = m[8]!.replace(/,/g, '');
        const gap = { value: gapText, places: printedPlaces(gapText) };
        const up = /增加|超支|多/.test(m[7]!);
        const at = s.start + m.index + m[0].indexOf(m[8]!, m[0].indexOf(m[7]!));
        const what = budget
          ? '预算'
          : m[3] !== undefined && Number(m[3]) !== ctx.year! - 1
            ? `${m[3]}年`
            : '上年';
        // The outturn: the last figure before, in this sentence, named as one and not itself a change.
        const told = s.text.slice(0, m.index);
        const before = budget ? told : told.replace(COMPLETION_BETWEEN, '，');
        const prior = scanNumbers(before).filter((t) => MONEY_UNITS.has(t.unit));
        const x = prior[prior.length - 1];
        // (Right before the comparison: "决算数为25.60万元，比年初预算数…".)
        let now: Printed | null = null;
        let bracketed: NumberToken | null = null;
        let from = s.start + m.index;
        if (
          x &&
          x.unit === u &&
          /^\s*(?:万元|亿元|元)?\s*[，,]?\s*$/.test(before.slice(x.end)) &&
          OUTTURN_NAMED.test(before.slice(Math.max(0, x.start - 8), x.start)) &&
          !endsWithWord(before, x.start, CHANGE_OR_COMPARE)
        )
          now = { value: x.value, places: x.places };
        else if (x && x.unit === u && bracketedAfterName(before, x)) {
          // "公务用车购置费（84.2万元）比上年120.00万元减少35.8万元": this year's figure in brackets after its name.
          now = { value: x.value, places: x.places };
          bracketed = x;
        } else if (!budget && before.trim() === '' && si > 0) {
          // "2024年度…支出9,943.71万元，占…%。与2023年度的9,512.36万元相比，减少…": a sentence opening with the
          // comparison changes the one amount the sentence before states, when that is this year's outturn.
          const prev = sents[si - 1]!;
          const t = outturnOf(prev.text, u, ctx.year);
          if (t) {
            now = { value: t.value, places: t.places };
            from = prev.start + t.start;
          }
        }
        const excerpt = excerptOf(line, from, s.start + m.index + m[0].length, 20);
        if (now) {
          const verdict = up ? judgeSum([base, gap], now) : judgeSum([now, gap], base);
          const diff = dec(now.value).minus(base.value);
          claim(
            ctx,
            budget ? 'completion' : 'change',
            li,
            at,
            verdict.kind !== 'wrong',
            `${now.value} − ${what}${base.value} = ${showAs(diff, [now, base])}${u}，文中${m[7]}${gapText}${u}`,
          );
          if (verdict.kind !== 'ok') {
            if (
              verdict.kind === 'wrong' &&
              bracketed &&
              reportRestatedInBrackets(
                ctx,
                li,
                line,
                s.start,
                bracketed,
                (v) => (up ? judgeSum([base, gap], v) : judgeSum([v, gap], base)),
                (v) =>
                  `${v.value} − ${what}${base.value} = ${showAs(dec(v.value).minus(base.value), [v, base])}${u}，与文中${m[7]}${gapText}${u}相符`,
              )
            )
              continue;
            const exact = `${diff.isNeg() ? '减少' : '增加'}${showAs(diff.abs(), [now, base])}${u}`;
            // The amount is right but goes the other way (the figure rose, the text says 减少): its word is wrong.
            const flipped =
              !budget && verdict.kind === 'wrong' && judgeSum(up ? [now, gap] : [base, gap], up ? base : now);
            if (flipped && flipped.kind === 'ok') {
              const word = diff.isNeg() ? '减少' : '增加';
              report(
                ctx,
                li,
                'change.direction',
                'error',
                excerpt,
                word,
                m[7]!,
                `本年${now.value}${u}，上年${base.value}${u}，实为${word}${showAs(diff.abs(), [now, base])}${u}，文中却写${m[7]}${gapText}${u}${m[10] && isUp(m[10]) === up ? `、${m[10]}${m[11]}%` : ''}，方向相反。`,
                at,
              );
              continue;
            }
            report(
              ctx,
              li,
              budget ? 'completion.budget-gap' : 'change.amount',
              verdict.severity,
              excerpt,
              exact,
              `${m[7]}${gapText}${u}`,
              `${now.value} − ${what}${base.value} = ${showAs(diff, [now, base])}${u}，应为比${what}${exact}，文中为${m[7]}${gapText}${u}${verdict.kind === 'rounding' ? '，差异在四舍五入范围内' : ''}。`,
              at,
            );
            continue;
          }
        }
        if (m[11] === undefined) continue;
        judgeGapPercent(ctx, li, excerpt, {
          kind: budget ? 'completion' : 'change',
          what,
          gapWord: m[7]!,
          gap,
          unit: u,
          up,
          percentWord: m[10]!,
          percent: m[11],
          at: s.start + m.index + m[0].lastIndexOf(m[11]),
          base,
        });
      }
    }
  });
}

/**
 * "支出总计2,981.79万元，比2023年度的2,702.14万元增长10.35%": a change against last year's figure named inside the
 * comparison, stated as a % alone. The % is (this year − that figure) ÷ that figure, its word going that way
 * (`change.direction`, `change.percent`). This year's figure: the amount right before the comparison (a comma
 * between), named as an outturn and not a change; in the unit of the figure compared with.
 */
const COMPARED_PERCENT =
  /(?:比|较)\s*(?:上年|去年|上一年|(20\d\d)\s*年)度?(?:同期)?(?:的)?(?:决算)?数?\s*[（(]?\s*(?:为)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元|万人次|人次|万人|万户|万吨|万亩|公里)\s*[）)]?\s*[，,]?\s*(?:同比)?\s*(增长|下降|增加|减少|上升|降低|提高)了?\s*(\d+(?:\.\d+)?)\s*[%％]/g;

export function checkComparedPercent(ctx: Ctx): void {
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('比') && !line.includes('较')) return;
    for (const s of sentencesAt(ctx, li)) {
      for (const m of allMatches(s.text, COMPARED_PERCENT)) {
        const [, year, baseText, u, word, percent] = m as unknown as string[];
        if (year !== undefined && (ctx.year === null || Number(year) !== ctx.year - 1)) continue;
        const before = s.text.slice(0, m.index);
        const money = MONEY_UNITS.has(u!);
        const x = money
          ? scanNumbers(before)
              .filter((t) => MONEY_UNITS.has(t.unit))
              .pop()
          : quantityBefore(before, u!);
        // (An amount named as an outturn; a quantity — "接待游客1,286.45万人次，较上年…" — named as no budget or target.)
        const named = before.slice(Math.max(0, (x?.start ?? 0) - 8), x?.start ?? 0);
        // "其中基本支出较上年3,602.18万元增长3.57%，项目支出较上年…": the clause names its item and no figure of
        // this year — the item's one outturn stated before in the paragraph.
        const clause = before.slice(lastIndexOfAny(before, CLAUSE_MARKS_IN_SENTENCE, before.length) + 1);
        const item = clause.replace(/^\s*(?:其中[：:]?)?/, '').trim();
        if (money && /^[\u4e00-\u9fa5“”"]{4,16}$/.test(item) && !/预算|上年|本年|同期/.test(item)) {
          const o = oneOutturn(
            paragraphsBefore(ctx, li) + line.slice(0, s.start + m.index - clause.length),
            item,
            u!,
          );
          if (o) {
            const at = s.start + m.index + m[0].lastIndexOf(percent!);
            const excerpt = excerptOf(
              line,
              s.start + m.index - item.length,
              s.start + m.index + m[0].length,
              10,
            );
            judgeComparedPercent(ctx, li, excerpt, {
              now: { value: o.value, places: o.places },
              base: { value: baseText!.replace(/,/g, ''), places: printedPlaces(baseText!) },
              unit: u!,
              word: word!,
              percent: percent!,
              at,
            });
          }
          continue;
        }
        if (
          !x ||
          x.unit !== u ||
          !/^\s*[，,]?\s*$/.test(before.slice(x.end)) ||
          (money ? !OUTTURN_NAMED.test(named) : /目标|计划|指标/.test(named)) ||
          endsWithWord(before, x.start, CHANGE_OR_COMPARE) ||
          /预算/.test(named)
        )
          continue;
        const now: Printed = { value: x.value, places: x.places };
        const base: Printed = { value: baseText!.replace(/,/g, ''), places: printedPlaces(baseText!) };
        const at = s.start + m.index + m[0].lastIndexOf(percent!);
        const excerpt = excerptOf(line, s.start + x.start, s.start + m.index + m[0].length, 10);
        judgeComparedPercent(ctx, li, excerpt, { now, base, unit: u!, word: word!, percent: percent!, at });
      }
    }
  });
}

/** The text of the paragraph before line `li`'s, in the same section (none past a heading), with its "。". */
function paragraphsBefore(ctx: Ctx, li: number): string {
  const k = ctx.layout.blocks.findIndex((b) => b.first === li);
  const prev = k > 0 ? ctx.layout.blocks[k - 1] : undefined;
  if (!prev || prev.kind !== 'paragraph' || prev.heading) return '';
  return /[。；;]$/.test(prev.text) ? prev.text : `${prev.text}。`;
}

/**
 * "公务接待费支出11.16万元，…。与2024年度相比，公务接待费支出下降15.33%（2024年度为13.18万元）。": last year's
 * figure in brackets after the %, this year's the one outturn stated for the item named before it in the
 * paragraph (earlierOutturns). Judged as checkComparedPercent's.
 */
const PERCENT_THEN_BASE =
  /(增长|下降|增加|减少|上升|降低|提高)了?\s*(\d+(?:\.\d+)?)\s*[%％]\s*[（(]\s*(?:上年|去年|上一年|(20\d\d)\s*年)度?(?:同期)?(?:决算)?数?(?:为|是)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)\s*[）)]/g;
/** The clause's comparison around its subject: "与2024年度相比，" before, "比上年" / "同比" after. */
const COMPARISON_AROUND =
  /^\s*(?:(?:与|同)\s*(?:上年|去年|上一年|20\d\d\s*年)度?(?:同期)?相比\s*[，,]?)?|(?:(?:比|较)\s*(?:上年|去年|上一年|20\d\d\s*年)度?(?:同期)?|同比)\s*$/g;

export function checkPercentBeforeBase(ctx: Ctx): void {
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('%') && !line.includes('％')) return;
    for (const s of sentencesAt(ctx, li)) {
      for (const m of allMatches(s.text, PERCENT_THEN_BASE)) {
        const [, word, percent, year, baseText, u] = m as unknown as string[];
        if (year !== undefined && (ctx.year === null || Number(year) !== ctx.year - 1)) continue;
        const head = s.text.slice(0, m.index);
        const clause = head.slice(lastIndexOfAny(head, CLAUSE_MARKS_IN_SENTENCE, head.length) + 1);
        // (The clause names its subject and nothing else: no figure, no other comparison.)
        const subject = clause.replace(COMPARISON_AROUND, '').trim();
        if (!/^[\u4e00-\u9fa5“”"]{4,20}$/.test(subject) || /比|较|相比|同比|上年|预算/.test(subject))
          continue;
        const x = oneOutturn(line.slice(0, s.start + m.index - clause.length), subject, u!);
        if (!x) continue;
        const now: Printed = { value: x.value, places: x.places };
        const base: Printed = { value: baseText!.replace(/,/g, ''), places: printedPlaces(baseText!) };
        const at = s.start + m.index + m[0].indexOf(percent!, word!.length);
        const excerpt = excerptOf(
          line,
          s.start + m.index - clause.length,
          s.start + m.index + m[0].length,
          10,
        );
        judgeComparedPercent(ctx, li, excerpt, { now, base, unit: u!, word: word!, percent: percent!, at });
      }
    }
  });
}

/** The quantity ending `before` in `unit` ("接待游客1,286.45万人次，"), as a token of that unit. */
function quantityBefore(before: string, unit: string): NumberToken | undefined {
  const m = new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?)\\s*${unit}\\s*[，,]?\\s*$`).exec(before);
  if (!m) return undefined;
  const value = m[1]!.replace(/,/g, '');
  // (It ends after its unit, as scanNumbers' tokens do.)
  const end = before.length - /[，,]?\s*$/.exec(m[0])![0].length;
  return { value, places: printedPlaces(value), unit, start: m.index, end };
}

/** This year's figure against last year's: the % stated and its word (`change.direction`, `change.percent`). */
function judgeComparedPercent(
  ctx: Ctx,
  li: number,
  excerpt: string,
  c: { now: Printed; base: Printed; unit: string; word: string; percent: string; at: number },
): void {
  const { now, base, unit: u, word, percent, at } = c;
  if (dec(base.value).lte(0)) return;
  const diff = dec(now.value).minus(base.value);
  const printed = { value: percent, places: printedPlaces(percent) };
  const rv = judgeRatio(printed, [now, base], ([a, b]) => sharePercent(a!.minus(b!).abs(), b!), {
    num: [1, -1],
    den: [0, 1],
    abs: true,
  });
  if (!rv) return;
  const shown = rv.kind === 'ok' ? printed.value : show(rv.exact, printed.places);
  const arithmetic = `(${now.value} − 上年${base.value}) ÷ ${base.value} × 100% = ${diff.isNeg() ? '-' : ''}${shown}%`;
  // (Both figures rounded: a difference within their rounding has no direction.)
  const sure = diff.abs().gt(halfUlp(now.places).plus(halfUlp(base.places)));
  if (sure && !diff.isZero() && isUp(word) === diff.isNeg()) {
    const right = diff.isNeg() ? '下降' : '增长';
    claim(ctx, 'change', li, at, false, `${arithmetic}，文中${word}${percent}%`);
    report(
      ctx,
      li,
      'change.direction',
      'error',
      excerpt,
      right,
      word,
      `本年${now.value}${u}，上年${base.value}${u}，${arithmetic}，实为${right}，文中却写${word}${percent}%，方向相反。`,
      at,
    );
    return;
  }
  claim(ctx, 'change', li, at, rv.kind !== 'wrong', `${arithmetic}，文中${word}${percent}%`);
  if (rv.kind === 'ok') return;
  report(
    ctx,
    li,
    'change.percent',
    rv.severity,
    excerpt,
    `${shown}%`,
    `${percent}%`,
    `本年${now.value}${u}，上年${base.value}${u}，变动率应为 ${arithmetic.replace(/ = -/, ' = ')}，文中为${word}${percent}%${verdictClause(rv.kind)}。`,
    at,
  );
}

/** "公务用车购置费（" — a name, then the bracket the figure opens (本年 may say whose it is). */
const NAME_THEN_BRACKET = /([\u4e00-\u9fa5”]{2,20})[（(]\s*(?:本年度?)?\s*(?:为|是)?\s*$/;

/** The figure `x` of `before` is alone in brackets right after a name (not a budget's) that end `before`. */
function bracketedAfterName(before: string, x: NumberToken): boolean {
  if (!/^\s*(?:万元|亿元|元)?\s*[）)]\s*$/.test(before.slice(x.end))) return false;
  const name = NAME_THEN_BRACKET.exec(before.slice(0, x.start));
  return name !== null && !/预算|其中|上年|去年|计划|目标/.test(name[1]!);
}

/**
 * "公务用车购置费年初预算90.00万元，支出决算84.2万元。…公务用车购置费（48.2万元）比上年120.00万元减少35.8万
 * 元": the item's outturn stated earlier in the paragraph, the one value it is given there, fits the change where
 * the bracketed figure does not — the bracketed figure restates it wrong. False (nothing said) otherwise.
 */
function reportRestatedInBrackets(
  ctx: Ctx,
  li: number,
  line: string,
  sentenceStart: number,
  x: NumberToken,
  fits: (now: Printed) => { kind: string },
  said: (now: Printed) => string,
): boolean {
  const before = line.slice(0, sentenceStart + x.start);
  const name = NAME_THEN_BRACKET.exec(before)?.[1];
  if (!name) return false;
  const key = name;
  if (key.length < 3) return false;
  const earlier = earlierOutturns(line.slice(0, sentenceStart), key, x.unit);
  const first = earlier[0];
  if (!first || earlier.some((t) => t.value !== first.value) || first.value === x.value) return false;
  const stated = { value: first.value, places: first.places };
  if (fits(stated).kind !== 'ok') return false;
  const at = sentenceStart + x.start;
  claim(ctx, 'figure', li, at, false, `${key}：前文${first.value}${x.unit}，此处${x.value}${x.unit}`);
  report(
    ctx,
    li,
    'figure.restated',
    'error',
    excerptOf(line, at - key.length - 1, sentenceStart + x.end + 1, 0),
    `${first.value}${x.unit}`,
    `${x.value}${x.unit}`,
    `“${key}”前文为${first.value}${x.unit}，此处括注为${x.value}${x.unit}，同一数字前后不一致（按前文计，${said(stated)}）。`,
    at,
  );
  return true;
}

/** The item's outturn `text` states, one value however often stated; null when none or two. */
function oneOutturn(text: string, key: string, unit: string): NumberToken | null {
  const found = earlierOutturns(text, key, unit);
  return found.length > 0 && found.every((t) => t.value === found[0]!.value) ? found[0]! : null;
}

/**
 * "公务用车购置费年初预算A万元，支出决算X万元" / "公务用车购置费支出X万元": the outturns `text` states for the item
 * `key` — in the sentence that names it, the first figure of `unit` named as an outturn (budgets skipped).
 */
function earlierOutturns(text: string, key: string, unit: string): NumberToken[] {
  const out: NumberToken[] = [];
  for (let at = text.indexOf(key); at >= 0; at = text.indexOf(key, at + key.length)) {
    // "国内公务接待费" is not 公务接待费: the name opens its clause or follows a year, 其中 or the scope.
    if (/[\u4e00-\u9fa5]/.test(text[at - 1] ?? '') && !/[年度中的级县市区省州]/.test(text[at - 1]!)) continue;
    const end = Math.min(...['。', '；', ';'].map((m) => (text.indexOf(m, at) + 1 || text.length + 1) - 1));
    const sentence = text.slice(at + key.length, end);
    for (const t of scanNumbers(sentence)) {
      if (t.unit !== unit) continue;
      const head = sentence.slice(0, t.start);
      const clause = head.slice(lastIndexOfAny(head, CLAUSE_MARKS_IN_SENTENCE, head.length) + 1);
      if (/比|较|增加|减少|上年|去年|占/.test(clause)) break;
      if (/预算/.test(clause) && !/决算/.test(clause)) continue;
      if (OUTTURN_NAMED.test(clause) || clause.trim() === '') out.push(t);
      break;
    }
  }
  return out;
}

/**
 * The one outturn a sentence states, when it is this year's ("2024年度一般公共预算财政拨款支出9,943.71万元，占本年
 * 支出合计的97.02%", "…支出决算24.37万元，为年度预算28.60万元的87.21%"): one amount named as an outturn, any other
 * amount a budget (一般公共预算 and the like name funds, not budgets); no last year's figure, change, list or 分别/各.
 */
function outturnOf(text: string, unit: string, year: number | null): NumberToken | null {
  if (
    /比|较|其中|结转|结余|分别|各|计划|目标/.test(
      text.replace(/一般公共预算|政府性基金预算|国有资本经营预算|占比/g, ''),
    )
  )
    return null;
  let outturn: NumberToken | null = null;
  for (const t of scanNumbers(text).filter((t) => MONEY_UNITS.has(t.unit))) {
    const before = text.slice(0, t.start);
    const clause = before.slice(lastIndexOfAny(before, CLAUSE_MARKS_IN_SENTENCE, before.length) + 1);
    const funds = clause.replace(/一般公共预算|政府性基金预算|国有资本经营预算/g, '');
    if (/预算/.test(funds) && !/决算|执行/.test(funds)) continue;
    if (outturn || t.unit !== unit || !OUTTURN_NAMED.test(clause)) return null;
    if (endsWithWord(before, t.start, CHANGE_OR_COMPARE) || isLastYear(clause, year)) return null;
    outturn = t;
  }
  return outturn;
}

/**
 * "年末结转和结余120.50万元，较年初结转和结余100.00万元增加20.50万元，增长20.50%": a change against a figure named
 * inside the comparison by any other name than last year's or a budget's (checkComparedWith reads those). The %
 * is the amount ÷ that figure; the amount is the figure right before the comparison − that figure (only when
 * nothing but "，" stands between them).
 */
const NAMED_BASE =
  /(?:(比|较)|与)\s*([\u4e00-\u9fa5]{2,12}?)(?:的)?\s*(?:为)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)\s*(相比)?\s*[，,]?\s*(增加|减少)\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)(?:\s*[，,]\s*(增长|下降|增幅|降幅|减幅|降低|提高|上升)\s*(\d+(?:\.\d+)?)\s*[%％])?/g;
/** Bases checkComparedWith reads, and words that make the base no single figure of this kind. */
const NOT_NAMED_BASE = /^(?:上年(?!末)|去年|上一年|同期|20\d\d|本年)|预算|平均|标准|计划|目标/;

export function checkNamedBaseChanges(ctx: Ctx): void {
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('比') && !line.includes('较') && !line.includes('与')) return;
    for (const s of sentencesAt(ctx, li)) {
      for (const m of allMatches(s.text, NAMED_BASE)) {
        const [, word, name, baseText, u, together, gapWord, gapText, gapUnit, percentWord, percent] = m;
        if (u !== gapUnit || (!word && !together) || NOT_NAMED_BASE.test(name!)) continue;
        const base = { value: baseText!.replace(/,/g, ''), places: printedPlaces(baseText!) };
        const gapValue = gapText!.replace(/,/g, '');
        const gap = { value: gapValue, places: printedPlaces(gapValue) };
        const up = gapWord === '增加';
        const at = s.start + m.index + m[0].indexOf(gapText!, m[0].indexOf(gapWord!));
        const before = s.text.slice(0, m.index);
        const prior = scanNumbers(before).filter((t) => MONEY_UNITS.has(t.unit));
        const x = prior[prior.length - 1];
        const now =
          x &&
          x.unit === u &&
          /^\s*[，,]\s*$/.test(before.slice(x.end)) &&
          !endsWithWord(before, x.start, CHANGE_OR_COMPARE)
            ? { value: x.value, places: x.places }
            : null;
        const excerpt = excerptOf(s.text, now ? x!.start : m.index, m.index + m[0].length, 20);
        if (now) {
          const verdict = up ? judgeSum([base, gap], now) : judgeSum([now, gap], base);
          const diff = dec(now.value).minus(base.value);
          claim(
            ctx,
            'change',
            li,
            at,
            verdict.kind !== 'wrong',
            `${now.value} − ${name}${base.value} = ${showAs(diff, [now, base])}${u}，文中${gapWord}${gapValue}${u}`,
          );
          if (verdict.kind !== 'ok') {
            const exact = `${diff.isNeg() ? '减少' : '增加'}${showAs(diff.abs(), [now, base])}${u}`;
            report(
              ctx,
              li,
              'change.amount',
              verdict.severity,
              excerpt,
              exact,
              `${gapWord}${gapValue}${u}`,
              `${now.value} − ${name}${base.value} = ${showAs(diff, [now, base])}${u}，应为比${name}${exact}，文中为${gapWord}${gapValue}${u}${verdict.kind === 'rounding' ? '，差异在四舍五入范围内' : ''}。`,
              at,
            );
            continue;
          }
        }
        if (percent === undefined) continue;
        judgeGapPercent(ctx, li, excerpt, {
          kind: 'change',
          what: name!,
          gapWord: gapWord!,
          gap,
          unit: u!,
          up,
          percentWord: percentWord!,
          percent,
          at: s.start + m.index + m[0].lastIndexOf(percent),
          base,
        });
      }
    }
  });
}

/**
 * "完成年初预算的98.18%，决算数大于年初预算数的主要原因是…": the comparison must agree with the rate stated
 * just before (this sentence or the one before): below 100% the outturn is smaller, above it larger, 等于
 * needs 100% (within the rate's rounding). A rate of another budget than the one compared is not used.
 */
const COMPARED = /决算数?(?:[^，。；\d]{0,4}?)(大于|小于|高于|低于|超过|等于)(年初|全年|调整后?)?预算数?/g;
const RATE_BEFORE = /完成(年初|全年|调整后?)?预算(?:数)?的?\s*(\d+(?:\.\d+)?)\s*[%％]/g;

export function checkBudgetComparisons(ctx: Ctx): void {
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('决算') || !/大于|小于|高于|低于|超过|等于/.test(line)) return;
    const sents = sentencesAt(ctx, li);
    for (const m of allMatches(line, COMPARED)) {
      const si = sents.findIndex((x) => m.index >= x.start && m.index < x.end);
      if (si < 0) continue;
      const from = sents[Math.max(0, si - 1)]!.start;
      const rates = allMatches(line.slice(from, m.index), RATE_BEFORE);
      const rate = rates[rates.length - 1];
      if (!rate || rates.length > 1) continue;
      const [said, scope] = [m[2], rate[1]];
      if (said !== undefined && scope !== undefined && said.replace(/后$/, '') !== scope.replace(/后$/, ''))
        continue;
      const p = dec(rate[2]!);
      const places = (rate[2]!.split('.')[1] ?? '').length;
      const half = halfUlp(places);
      const word = m[1]!;
      const larger = /大于|高于|超过/.test(word);
      const smaller = /小于|低于/.test(word);
      // 100.00% may hide a difference below the rate's rounding: only a rate clearly off 100 decides.
      const above = p.minus(100).gt(half);
      const below = p.minus(100).neg().gt(half);
      const wrong = (larger && below) || (smaller && above) || (word === '等于' && (above || below));
      const at = m.index + m[0].indexOf(word);
      claim(ctx, 'completion', li, at, !wrong, `完成预算${rate[2]}%，文中决算数${word}预算数`);
      if (!wrong) continue;
      const truth = above ? '大于' : below ? '小于' : '等于';
      report(
        ctx,
        li,
        'completion.budget-gap',
        'error',
        excerptOf(line, from + rate.index, m.index + m[0].length, 0),
        `决算数${truth}预算数`,
        `决算数${word}预算数`,
        `完成预算的${rate[2]}%，即决算数${truth}预算数，文中却写决算数${word}预算数。`,
        at,
      );
    }
  });
}
