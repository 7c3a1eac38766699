/**
 * A budget's history told in the text: "年初预算300.00万元，其中…。年中追加80.00万元，调整后全年预算380.00万元" —
 * the opening budget plus (or minus) the adjustments between it and the adjusted budget must be that budget
 * (`sum.budget-adjustment`, rounding-aware).
 *
 * Read only when that shape is exact, in one paragraph: an amount named 年初预算, then one or more adjustments
 * (each named 追加 / 调增 / 调整增加 or 追减 / 调减 / 调整减少, the source of funds between allowed: "追加市级财政资金"),
 * then an amount named 调整后预算 or 全年预算 — every amount between them an adjustment or an item of a 其中 list
 * (the sources of a budget), all in one unit, of no other year. When the document states the same history again
 * with the same opening and adjusted budgets and an adjustment that adds up, the adjustment that does not is the
 * figure at fault (expected: the other one). Or the adjusted budget followed by its change from the opening one
 * ("全年预算调整为B万元，其中…、…，较年初预算增加D万元"): D must be B − A (see differenceAfter). A % right after
 * the adjusted budget ("，较年初下降P%") is (B − A) ÷ A.
 */
import { dec } from '../money/index.ts';
import { claim, report, excerptOf, type Ctx } from './context.ts';
import { MONEY_UNITS, printedPlaces, type NumberToken } from './numbers.ts';
import { forEachFigureLineWith, lineFigures } from './prose-lines.ts';
import {
  judgeRatio,
  judgeSum,
  SHARE,
  show,
  verdictClause,
  type Printed,
  type RatioVerdict,
} from './verdict.ts';
import { mentionsAll } from './document-words.ts';

/** The clause before an opening budget: "项目年初预算", "年初预算数为", "年初部门预算", "年初预算数合计". */
const OPENING = /年初(?:部门|批复|下达)?预算(?:数|资金|金额)?(?:合计|共计|总计)?\s*(?:为|是|[:：])?\s*$/;
/** The clause before an adjusted budget: "调整后全年预算", "全年预算数为". */
const ADJUSTED =
  /(?:调整后(?:的)?(?:全年|年度)?|全年|年度)预算(?:数|资金|金额|总额)?(?:合计|共计|总计)?\s*(?:调整为|调整至|为|是|达到|[:：])?\s*$/;
/**
 * The clause before the adjusted budget's difference from the opening one: "较年初预算增加", "比年初预算减少", the
 * adjusted budget named again before it: "全年预算数较年初预算数增加".
 */
const FROM_OPENING =
  /^\s*(?:(?:调整后(?:的)?(?:全年|年度)?|全年|年度)预算(?:数|资金|金额|总额)?)?(?:较|比)年初预算(?:数)?(?:净)?(增加|减少|调增|调减|追加)(?:了)?\s*$/;
/** The clause before a budget named 调整预算 alone: "调整预算", "调整预算数为". */
const BARE_ADJUSTED = /^\s*(?:项目)?调整预算(?:数)?\s*(?:为|是|[:：])?\s*$/;
/** The clause before an adjustment, the source of funds or its approval between: "追加市级财政资金". */
const ADJUST = /(追加|调增|调整增加|追减|调减|调整减少)(?:[\u4e00-\u9fa5]{0,10}?)\s*(?:为|是|了|[:：])?\s*$/;
const DOWN = /追减|调减|调整减少/;
const OTHER_YEAR = /上年|去年|上一年|同期|以前年度/;

type History = {
  li: number;
  line: string;
  opening: NumberToken;
  adjustments: Array<{ token: NumberToken; down: boolean; word: string }>;
  adjusted: NumberToken;
  /** The adjustment stated after the adjusted budget, as its difference from the opening one. */
  after?: boolean;
};

/**
 * "全年预算调整为380.00万元，其中财政拨款…、其他资金…，较年初预算增加80.00万元": the adjusted budget (`money[k]`)
 * followed in its sentence by its difference from the opening budget — only a 其中 list of its sources between,
 * two items or more joined by "、" (a part's own change, after "，", would be ambiguous). Null when not so.
 */
function differenceAfter(
  line: string,
  money: readonly NumberToken[],
  k: number,
): History['adjustments'][number] | null {
  const adjusted = money[k]!;
  for (let j = k + 1; j < money.length; j++) {
    const t = money[j]!;
    const between = line.slice(money[j - 1]!.end, t.start);
    if (/[。；;]/.test(between) || t.unit !== adjusted.unit) return null;
    // ("调整预算2150.00万元（较年初预算调减250.00万元）": the difference in brackets after the budget.)
    const clause = clauseBefore(line, t.start).replace(/^.*[（(]/, '');
    const from = FROM_OPENING.exec(clause);
    if (from) {
      // (A 其中 list between: its items joined by "、", the difference after "，".)
      const list = line.slice(adjusted.end, t.start);
      const items = list
        .slice(list.indexOf('其中'), list.lastIndexOf(clause))
        .replace(/\d,\d/g, '')
        .replace(/^其中[：:，,]?/, '')
        .replace(/[，,]\s*$/, '');
      if (/其中/.test(list) && (/[，,]/.test(items) || !items.includes('、'))) return null;
      const down = /减少|调减/.test(from[1]!);
      return { token: t, down, word: clause.trim().replace(/了$/, '') };
    }
    if (j === k + 1 && !/^\s*(?:万元|亿元|元)?\s*[，,]?\s*其中/.test(between)) return null;
    if (j > k + 1 && !/、/.test(between)) return null;
  }
  return null;
}

/** The clause of `text` ending at `end`: from the last "，；。：、" before it. */
function clauseBefore(text: string, end: number): string {
  let k = end - 1;
  while (k >= 0 && !'，,；;。：:、'.includes(text[k]!)) k--;
  return text.slice(k + 1, end);
}

/** The histories of logical line `li`, each from an opening budget to the adjusted budget after it. */
function historiesOf(ctx: Ctx, line: string, li: number): History[] {
  const money = lineFigures(ctx, li).filter((t) => MONEY_UNITS.has(t.unit));
  const found: History[] = [];
  for (let a = 0; a < money.length; a++) {
    const opening = money[a]!;
    if (!OPENING.test(clauseBefore(line, opening.start))) continue;
    const adjustments: History['adjustments'] = [];
    // In a 其中 list: from "其中" to the end of its sentence.
    let inList = false;
    for (let k = a + 1; k < money.length; k++) {
      const t = money[k]!;
      const prev = money[k - 1]!;
      const between = line.slice(prev.end, t.start);
      if (/[。；;]/.test(between)) inList = false;
      const clause = clauseBefore(line, t.start);
      if (t.unit !== opening.unit || OTHER_YEAR.test(clause) || /20\d\d年/.test(clause)) break;
      if (/其中/.test(between)) inList = true;
      const adjust = ADJUST.exec(clause);
      if (adjust && !/其中/.test(clause)) {
        inList = false;
        adjustments.push({ token: t, down: DOWN.test(adjust[1]!), word: adjust[1]! });
        continue;
      }
      // ("调整预算…": the adjusted budget only when its difference from the opening one follows — else it may
      // be the amount of an adjustment, "年中调整预算80.00万元".)
      if (adjustments.length === 0 && BARE_ADJUSTED.test(clause)) {
        const difference = differenceAfter(line, money, k);
        if (difference)
          found.push({ li, line, opening, adjustments: [difference], adjusted: t, after: true });
        break;
      }
      if (ADJUSTED.test(clause) && !/年初/.test(clause)) {
        if (adjustments.length > 0) found.push({ li, line, opening, adjustments, adjusted: t });
        else {
          const difference = differenceAfter(line, money, k);
          if (difference)
            found.push({ li, line, opening, adjustments: [difference], adjusted: t, after: true });
        }
        break;
      }
      if (inList) continue;
      break;
    }
  }
  return found;
}

const printedOf = (t: NumberToken): Printed => ({ value: t.value, places: t.places });

export function checkBudgetHistories(ctx: Ctx): void {
  // (A line naming the 年初预算.)
  if (!mentionsAll(ctx, ['年初', '预算'])) return;
  const all: History[] = [];
  forEachFigureLineWith(ctx, '年初', (line, li) => all.push(...historiesOf(ctx, line, li)));
  const holds = (h: History): boolean =>
    judgeSum(
      [
        printedOf(h.opening),
        ...h.adjustments.map((x) => ({
          ...printedOf(x.token),
          value: `${x.down ? '-' : ''}${x.token.value}`,
        })),
      ],
      printedOf(h.adjusted),
    ).kind !== 'wrong';
  for (const h of all) {
    const parts = [h.opening, ...h.adjustments.map((x) => x.token)];
    const signs = h.adjustments.map((x) => `${x.down ? ' − ' : ' + '}${x.word}${x.token.value}`).join('');
    const places = Math.max(...parts.map((p) => p.places), h.adjusted.places);
    const sum = h.adjustments
      .reduce((s, x) => (x.down ? s.minus(x.token.value) : s.plus(x.token.value)), dec(h.opening.value))
      .toFixed(places);
    const ok = holds(h);
    const unit = h.opening.unit;
    claim(
      ctx,
      'sum',
      h.li,
      h.adjusted.start,
      ok,
      `年初预算${h.opening.value}${signs} = ${sum}${unit}，调整后预算${h.adjusted.value}${unit}`,
    );
    if (ok) {
      if (h.after) judgeRateOfDifference(ctx, h);
      else judgeRateOfAdjusted(ctx, h);
      continue;
    }
    if (h.after) {
      reportDifference(ctx, h, places);
      continue;
    }
    const excerpt = excerptOf(h.line, h.opening.start, h.adjusted.end, 6);
    // The same history stated again, adding up: its one adjustment is the right one.
    const other = all.find(
      (o) =>
        o !== h &&
        holds(o) &&
        o.adjustments.length === 1 &&
        h.adjustments.length === 1 &&
        dec(o.opening.value).eq(h.opening.value) &&
        dec(o.adjusted.value).eq(h.adjusted.value),
    );
    const adjustment = h.adjustments[0]!;
    if (other) {
      const right = other.adjustments[0]!.token.value;
      report(
        ctx,
        h.li,
        'sum.budget-adjustment',
        'error',
        excerpt,
        `${right}${unit}`,
        `${adjustment.token.value}${unit}`,
        `年初预算${h.opening.value}${signs} = ${sum}${unit}，与调整后预算${h.adjusted.value}${unit}不符；文中另处所述${other.adjustments[0]!.word}${right}${unit}（${h.opening.value} ${adjustment.down ? '−' : '+'} ${right} = ${h.adjusted.value}）相符，此处${adjustment.word}金额${adjustment.token.value}${unit}有误。`,
        adjustment.token.start,
      );
      continue;
    }
    report(
      ctx,
      h.li,
      'sum.budget-adjustment',
      'error',
      excerpt,
      `${sum}${unit}`,
      `${h.adjusted.value}${unit}`,
      `年初预算${h.opening.value}${signs} = ${sum}${unit}，与调整后预算${h.adjusted.value}${unit}不符。`,
      h.adjusted.start,
    );
  }
}

/** "，增长9.61%" right after the adjusted budget's difference from the opening one. */
const RATE_AFTER = /^\s*(?:万元|亿元|元)?\s*[，,]\s*(增长|下降|增加|减少)\s*(\d+(?:\.\d+)?)\s*[%％]/;

/** "，较年初下降17.19%" right after the adjusted budget. */
const RATE_FROM_OPENING =
  /^\s*(?:万元|亿元|元)?\s*[，,]\s*(?:较|比)年初(?:预算)?(?:数)?\s*(增长|下降|增加|减少|调增|调减)(?:了)?\s*(\d+(?:\.\d+)?)\s*[%％]/;

/**
 * The rate stated after an adjusted budget whose history holds ("调减预算220.00万元，全年预算调整为1,280.00万元，较年初
 * 下降14.67%"): (adjusted − opening) ÷ opening (`change.percent`, rounding-aware); a word against the direction is
 * not read.
 */
function judgeRateOfAdjusted(ctx: Ctx, h: History): void {
  const m = RATE_FROM_OPENING.exec(h.line.slice(h.adjusted.end));
  if (!m || dec(h.opening.value).isZero()) return;
  const diff = dec(h.adjusted.value).minus(h.opening.value);
  if (diff.isZero() || /下降|减少|调减/.test(m[1]!) !== diff.isNegative()) return;
  const printed = { value: m[2]!, places: printedPlaces(m[2]!) };
  const verdict = judgeRatio(
    printed,
    [printedOf(h.adjusted), printedOf(h.opening)],
    ([x, y]) => x!.minus(y!).abs().div(y!).times(100),
    { num: [1, -1], den: [0, 1], abs: true },
  );
  if (!verdict) return;
  const at = h.adjusted.end + m.index + m[0].lastIndexOf(m[2]!);
  const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
  const unit = h.opening.unit;
  const arithmetic = `(${h.adjusted.value} − ${h.opening.value})${unit} ÷ 年初预算${h.opening.value}${unit} × 100% = ${diff.isNegative() ? '−' : ''}${exact}%`;
  judgedRate(ctx, h, {
    verdict,
    printed,
    exact,
    at,
    from: h.adjusted.start,
    arithmetic,
    what: '调整后预算较年初预算',
  });
}

/** A rate from the opening budget judged: the claim, and the finding when it does not hold. */
function judgedRate(
  ctx: Ctx,
  h: History,
  r: {
    verdict: RatioVerdict;
    printed: Printed;
    exact: string;
    at: number;
    from: number;
    arithmetic: string;
    what: string;
  },
): void {
  const { verdict, printed, exact, at, arithmetic } = r;
  claim(ctx, 'change', h.li, at, verdict.kind !== 'wrong', `${arithmetic}，文中${printed.value}%`);
  if (verdict.kind === 'ok') return;
  report(
    ctx,
    h.li,
    'change.percent',
    verdict.severity,
    excerptOf(h.line, r.from, at + printed.value.length + 1, 6),
    `${exact}%`,
    `${printed.value}%`,
    `${r.what}的变动率应为 ${arithmetic}${verdictClause(verdict.kind)}，文中为${printed.value}%。`,
    at,
  );
}

/**
 * The growth rate stated after a difference that holds ("较年初预算增加1,810.59万元，增长20.66%"): the difference ÷
 * the opening budget (`change.percent`, rounding-aware on the printed figures); a word against the difference's
 * direction is left to the change rules.
 */
function judgeRateOfDifference(ctx: Ctx, h: History): void {
  const d = h.adjustments[0]!;
  const m = RATE_AFTER.exec(h.line.slice(d.token.end));
  if (!m || dec(h.opening.value).isZero()) return;
  if (/下降|减少/.test(m[1]!) !== d.down) return;
  const printed = { value: m[2]!, places: printedPlaces(m[2]!) };
  const verdict = judgeRatio(
    printed,
    [printedOf(d.token), printedOf(h.opening)],
    ([x, y]) => x!.div(y!).times(100),
    SHARE,
  );
  if (!verdict) return;
  const at = d.token.end + m.index + m[0].lastIndexOf(m[2]!);
  const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
  const unit = h.opening.unit;
  const arithmetic = `${d.token.value}${unit} ÷ 年初预算${h.opening.value}${unit} × 100% = ${exact}%`;
  judgedRate(ctx, h, { verdict, printed, exact, at, from: d.token.start, arithmetic, what: '较年初预算' });
}

/**
 * The adjusted budget's difference from the opening one stated after it, not B − A: the difference is the figure
 * reported (an error); a growth rate stated right after it ("，增长9.61%") that is of B − A is cited.
 */
function reportDifference(ctx: Ctx, h: History, places: number): void {
  const d = h.adjustments[0]!;
  const unit = h.opening.unit;
  const gap = dec(h.adjusted.value).minus(h.opening.value);
  const right = gap.abs().toFixed(places);
  const wrongWay = !gap.isZero() && gap.isNegative() !== d.down;
  const rate = /^\s*(?:万元|亿元|元)?\s*[，,]\s*(?:增长|下降|增加|减少)\s*(\d+(?:\.\d+)?)\s*[%％]/.exec(
    h.line.slice(d.token.end),
  )?.[1];
  const rateOfGap =
    rate !== undefined &&
    !dec(h.opening.value).isZero() &&
    gap.abs().div(h.opening.value).times(100).toFixed(printedPlaces(rate)) ===
      dec(rate).toFixed(printedPlaces(rate));
  report(
    ctx,
    h.li,
    'sum.budget-adjustment',
    'error',
    excerptOf(h.line, h.adjusted.start, d.token.end, 6),
    `${right}${unit}`,
    `${d.token.value}${unit}`,
    `调整后预算${h.adjusted.value}${unit} − 年初预算${h.opening.value}${unit} = ${gap.toFixed(places)}${unit}（${gap.isNegative() ? '减少' : '增加'}${right}${unit}），文中${d.word}${d.token.value}${unit}${wrongWay ? '（增减方向亦不符）' : ''}${rateOfGap ? `；其后增长率${rate}%亦按${right}${unit}计算` : ''}。`,
    d.token.start,
  );
}
