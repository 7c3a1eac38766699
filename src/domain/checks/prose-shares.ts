/**
 * Shares (占…%) in prose: a part's share of its list's total (printed after the part, naming the total, or
 * before the part), a share printed without its %, shares of one whole adding to more than 100%, and a share
 * of a total named elsewhere in the document ("占本年支出合计的B%"). Each share is judged once.
 */
import { dec, sharePercent, type Dec } from '../money/index.ts';
import {
  allMatches,
  claim,
  excerptOf,
  lastIndexOfAny,
  report,
  sentences,
  sentencesAt,
  type Ctx,
} from './context.ts';
import { isWhite } from './layout.ts';
import { MONEY_UNITS, printedPlaces, scanNumbers, type NumberToken } from './numbers.ts';
import { isLastYear, lastOfAmounts, subjectKey, UNITS_OF_A_KIND } from './prose-clauses.ts';
import { forEachFigureLineWith, forEachProseLine, lineFigures } from './prose-lines.ts';
import type { ProseState } from './prose-state.ts';
import { inWan, noteYuan } from './prose-units.ts';
import { tableTotalOf } from './row-share-totals.ts';
import { shareOnlyLists } from './share-tables.ts';
import { halfUlp, judgeRatio, plain, SHARE, show, showAs, verdictClause, type Printed } from './verdict.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

/** "A万元，占a%" / "（占比a%）" right after a part: its share of the list's total. */
export const PERCENT_AFTER =
  /^[，,、\s]*[（(]?\s*(?:所?占(?:比重?|比例)?|比重)\s*(?:为|是|达)?\s*(\d+(?:\.\d+)?)\s*[%％]/;
/** "占全年执行数的63.23%" after a part: the share of a named total. */
const NAMED_PERCENT_AFTER =
  /^[，,、\s]*[（(]?\s*占\s*([^\d，,。；;%％（）()]{2,16}?)的\s*(?:比重|比例)?\s*(?:为|是|达)?\s*(\d+(?:\.\d+)?)\s*[%％]/;
/** "财政拨款收入占93.22%，为7,069.54万元": a share written before its part (the part's name before 占). */
const PERCENT_BEFORE =
  /[\u4e00-\u9fa5）)]{2}占(?:比)?\s*(\d+(?:\.\d+)?)\s*[%％]\s*[，,]?\s*(?:金额)?(?:为|是|计)?\s*$/;

/**
 * Whether `text` opens with 占 (or 所占, 比重) after commas, white space and an opening bracket: what
 * PERCENT_AFTER and NAMED_PERCENT_AFTER need before anything else (tested first: most parts have no share
 * after them).
 */
function opensWithShare(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '占') return true;
    if (c === '所' || c === '比') return text[i + 1] === (c === '所' ? '占' : '重');
    if (!(c === '，' || c === ',' || c === '、' || c === '（' || c === '(' || isWhite(text.charCodeAt(i))))
      return false;
  }
  return false;
}

/** A part of a list: its amount `token` (on line `line`), whose offsets count from `offset` in `text`. */
type ListedPart = { token: NumberToken; line: number; text: string; offset: number };

/**
 * The shares of a list's total printed with its parts: after each part ("A万元，占a%", or "占全年执行数的a%"
 * naming the list's total `totalName`), or before it ("A占a%，为X万元"); else a share without its %.
 */
/** A share naming its base: "占政府采购支出总额的85.29%". */
const SHARE_OF_NAMED_BASE = /占[^，,。；;%％]{2,24}的\s*\d+(?:\.\d+)?\s*[%％]/;

export function checkSharesOfParts(
  ctx: Ctx,
  state: ProseState,
  parts: readonly ListedPart[],
  total: NumberToken,
  totalUnit: string,
  totalName: string,
  totalWrong = false,
): void {
  // "X万元，占政府采购支出总额的85.29%；其中A Y万元，占64.16%": the whole's own share names its base, the part's
  // names none — it may be of that base too, not of the whole: such bare shares are not judged against it.
  const head = parts[0];
  const wholeInText =
    head !== undefined &&
    head.text.slice(total.start, total.end).replace(/,/g, '').startsWith(total.value) &&
    total.end <= head.offset + head.token.start;
  const baseNamedBefore =
    wholeInText && SHARE_OF_NAMED_BASE.test(head.text.slice(total.end, head.offset + head.token.start));
  /** The share printed with part `k` (after it, naming this total, or before it); undefined when none. */
  const shareOf = (p: ListedPart, k: number): string | undefined => {
    const after = p.text.slice(p.offset + p.token.end);
    const shareAfter = opensWithShare(after);
    let share = shareAfter && !baseNamedBefore ? PERCENT_AFTER.exec(after)?.[1] : undefined;
    if (share === undefined && shareAfter) {
      // "占全年执行数的X%": the total named must be this list's total.
      const named = NAMED_PERCENT_AFTER.exec(after);
      if (named && totalName !== '' && subjectKey(named[1]!) === totalName) share = named[2]!;
    }
    if (share === undefined) {
      // "A占a%，为X万元；B占b%，为Y万元": the share before the part, after the previous part.
      const prev = parts[k - 1];
      const from = prev && prev.line === p.line ? prev.offset + prev.token.end : p.offset;
      const before = PERCENT_BEFORE.exec(p.text.slice(from, p.offset + p.token.start));
      if (before) share = before[1]!;
    }
    return share;
  };
  const shares = parts.map(shareOf);
  const outerRead = wholeInText ? outerBase(head, total, parts, shares, totalUnit) : null;
  const unread = outerRead === 'unread';
  const outer = unread ? null : outerRead;
  const whole = outer
    ? null
    : ((totalWrong ? partsSumBase(parts, shares, total, totalUnit) : null) ?? {
        value: total.value,
        places: total.places,
      });
  parts.forEach((p, k) => {
    const after = p.text.slice(p.offset + p.token.end);
    const partValue = inWan(p.token, totalUnit);
    const share = shares[k];
    if (share === undefined) {
      if (partValue && !(opensWithShare(after) && NAMED_PERCENT_AFTER.test(after)))
        checkBareShare(ctx, p.line, p.text, p.offset + p.token.end, after, partValue, total, totalUnit);
      return;
    }
    if (!partValue || unread) return;
    const printed = { value: share, places: (share.split('.')[1] ?? '').length };
    if (outer) {
      checkShareOfOuter(ctx, state, p, partValue, total, outer, printed, totalUnit);
      return;
    }
    checkShare(
      ctx,
      state,
      p.line,
      p.text,
      p.offset + p.token.start,
      partValue,
      whole!,
      printed,
      p.token,
      totalUnit,
    );
  });
}

/**
 * The parts' sum as the shares' base when the parts do not make the total and every share printed is of their
 * sum, some of them not of the total ("13.80万元中，A 0万元，占0.00%；B 10.86万元，占79.85%；C 2.74万元，占20.15%",
 * the parts making 13.60), the sum rule having found the total wrong: the total is the one wrong figure, that
 * finding — not each share's too.
 */
function partsSumBase(
  parts: readonly ListedPart[],
  shares: readonly (string | undefined)[],
  total: NumberToken,
  totalUnit: string,
): Printed | null {
  const values = parts.map((p) => inWan(p.token, totalUnit));
  if (values.some((v) => !v) || shares.filter((s) => s !== undefined).length < 2) return null;
  const sum = values.reduce((t, v) => t.plus(v!.value), dec(0));
  if (sum.eq(total.value) || sum.isZero()) return null;
  const places = Math.max(...values.map((v) => v!.places));
  const base = { value: sum.toFixed(places), places };
  const totalBase = { value: total.value, places: total.places };
  let offTotal = 0;
  for (let k = 0; k < parts.length; k++) {
    const share = shares[k];
    if (share === undefined) continue;
    const printed = { value: share, places: (share.split('.')[1] ?? '').length };
    const ofSum = judgeRatio(printed, [values[k]!, base], ([a, t]) => sharePercent(a!, t!), SHARE);
    if (!ofSum || ofSum.kind === 'wrong') return null;
    if (
      judgeRatio(printed, [values[k]!, totalBase], ([a, t]) => sharePercent(a!, t!), SHARE)?.kind === 'wrong'
    )
      offTotal++;
  }
  return offTotal > 0 ? base : null;
}

/**
 * "B 41.09万元，占81.69%，其中B1 17.62万元，占35.03%，B2 23.47万元，占46.66%": a nested list's total printed with its
 * own share of a wider whole, its parts' shares of that whole too (35.03 + 46.66 = 81.69). Read so — each part's
 * share as part ÷ total × the total's share — when more of the parts' shares fit that reading than fit part ÷
 * total; else null.
 */
function outerBase(
  head: ListedPart,
  total: NumberToken,
  parts: readonly ListedPart[],
  shares: readonly (string | undefined)[],
  totalUnit: string,
): Printed | 'unread' | null {
  const own = PERCENT_AFTER.exec(head.text.slice(total.end, head.offset + head.token.start))?.[1];
  if (own === undefined) return null;
  const whole = { value: total.value, places: total.places };
  const ownShare = { value: own, places: (own.split('.')[1] ?? '').length };
  let ofTotal = 0;
  let ofOuter = 0;
  parts.forEach((p, k) => {
    const share = shares[k];
    const part = inWan(p.token, totalUnit);
    if (share === undefined || !part) return;
    const printed = { value: share, places: (share.split('.')[1] ?? '').length };
    if (judgeRatio(printed, [part, whole], ([a, t]) => sharePercent(a!, t!), SHARE)?.kind !== 'wrong')
      ofTotal++;
    if (judgeRatio(printed, [part, whole, ownShare], outerShare)?.kind !== 'wrong') ofOuter++;
  });
  // (Neither reading fits any part: the total's own share is at fault, or the parts' base is another — not told.)
  if (ofOuter === 0 && ofTotal === 0) return 'unread';
  return ofOuter > ofTotal ? ownShare : null;
}

/** part ÷ total × the total's share of the wider whole. */
const outerShare = ([part, total, share]: Dec[]): Dec | null =>
  total!.isZero() ? null : part!.div(total!).times(share!);

function checkShareOfOuter(
  ctx: Ctx,
  state: ProseState,
  p: ListedPart,
  part: Printed,
  total: NumberToken,
  own: Printed,
  printed: Printed,
  totalUnit: string,
): void {
  const at = p.offset + p.token.start;
  const key = `${p.line}:${at}:${printed.value}`;
  if (state.sharesAt.has(key)) return;
  state.sharesAt.add(key);
  const verdict = judgeRatio(printed, [part, { value: total.value, places: total.places }, own], outerShare);
  if (!verdict) return;
  const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
  const arithmetic = `${part.value} ÷ ${total.value}${totalUnit} × ${own.value}%（${total.value}${totalUnit}所占比重） = ${exact}%`;
  claim(ctx, 'share', p.line, at, verdict.kind !== 'wrong', `${arithmetic}，文中${printed.value}%`);
  if (verdict.kind === 'ok') return;
  report(
    ctx,
    p.line,
    'share.percent',
    verdict.severity,
    excerptOf(p.text, at, at + 30),
    `${exact}%`,
    `${printed.value}%`,
    `占比应为 ${arithmetic}，文中为${printed.value}%${verdictClause(verdict.kind, '，差异在前后数字四舍五入的误差范围内')}。`,
    at + p.text.slice(at).indexOf(printed.value),
  );
}

const BARE_SHARE = /^[，,、\s]*占(?:比)?\s*(\d+(?:\.\d+)?)(?=\s*(?:[；;，,。]|$))/;

/**
 * "占76.23；" — a share printed without its %: when the figure is the share (within rounding) it is a
 * warning that the % is missing; any other figure is not taken as a share.
 */
function checkBareShare(
  ctx: Ctx,
  li: number,
  text: string,
  at: number,
  after: string,
  part: Printed,
  total: NumberToken,
  totalUnit: string,
): void {
  const m = BARE_SHARE.exec(after);
  if (!m) return;
  const printed = { value: m[1]!, places: (m[1]!.split('.')[1] ?? '').length };
  const verdict = judgeRatio(
    printed,
    [part, { value: total.value, places: total.places }],
    ([p, t]) => sharePercent(p!, t!),
    SHARE,
  );
  if (!verdict || (verdict.kind !== 'ok' && verdict.kind !== 'rounding')) return;
  const where = at + m[0].lastIndexOf(m[1]!);
  claim(
    ctx,
    'share',
    li,
    where,
    true,
    `${part.value} ÷ ${total.value}${totalUnit} × 100% = ${printed.value}，文中缺%`,
  );
  report(
    ctx,
    li,
    'unit.missing',
    'warning',
    excerptOf(text, where, where + m[1]!.length, 20),
    `${printed.value}%`,
    printed.value,
    `“占${printed.value}”缺少%：${part.value} ÷ ${total.value} × 100% = ${printed.value}%。`,
    where,
  );
}

/**
 * A share printed with a part: part ÷ total × 100%, judged at the printed precision; a share two rules read
 * is judged once.
 */
export function checkShare(
  ctx: Ctx,
  state: ProseState,
  li: number,
  text: string,
  at: number,
  part: Printed,
  total: Printed,
  printed: Printed,
  partToken: NumberToken,
  totalUnit: string,
): void {
  // A share read by two rules (a list's "占全年执行数的X%" is also a named share) is one claim.
  const key = `${li}:${at}:${printed.value}`;
  if (state.sharesAt.has(key)) return;
  state.sharesAt.add(key);
  const verdict = judgeRatio(printed, [part, total], ([p, t]) => sharePercent(p!, t!), SHARE);
  if (!verdict) return;
  // 'ok': the printed value is the exact ratio rounded half-up.
  const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
  claim(
    ctx,
    'share',
    li,
    at,
    verdict.kind !== 'wrong',
    `${part.value} ÷ ${total.value}${totalUnit} × 100% = ${exact}%，文中${printed.value}%`,
  );
  if (verdict.kind === 'ok' || verdict.kind === 'rounding') {
    noteYuan(
      state,
      li,
      [partToken],
      `${part.value} ÷ ${total.value}${totalUnit} × 100% = ${exact}%${verdict.kind === 'ok' ? '' : `（文中${printed.value}%，差异在四舍五入范围内）`}`,
      totalUnit === '万元',
    );
  }
  if (verdict.kind === 'ok') return;
  const why = verdictClause(verdict.kind, '，差异在前后数字四舍五入的误差范围内');
  report(
    ctx,
    li,
    'share.percent',
    verdict.severity,
    excerptOf(text, at, at + 30),
    `${exact}%`,
    `${printed.value}%`,
    `占比应为 ${part.value} ÷ ${total.value} × 100% = ${exact}%，文中为${printed.value}%${why}。`,
    at + text.slice(at).indexOf(printed.value),
  );
}

/**
 * "其中，A占a%，B占b%" with no amounts: the parts of one whole cannot take more than all of it. Their printed
 * shares may add to a little more than 100% through rounding (each at most half a unit of its last digit),
 * never more — whether the list is complete or not, so nothing else is judged (a list that adds to less may
 * leave parts out). The list stops at the sentence's end, at a part with an amount or at a nested 其中.
 */
export function checkSharesOverWhole(ctx: Ctx): void {
  // The lines where a rule before judged a share against its whole (read once, not per line).
  const judged = new Set(ctx.claims.filter((c) => c.kind === 'share').map((c) => c.line));
  forEachFigureLineWith(ctx, '占', (line, li) => {
    const lists: { share: string; at: number; amount?: string; unit?: string }[][] = line.includes('其中')
      ? shareOnlyLists(line).map((l) => l.items)
      : [];
    // Parts with amounts: only when no rule before found their whole (their shares are then judged one by one).
    const first = ctx.layout.lineAt(li, 0) + 1;
    if (!judged.has(first))
      for (const s of sentencesAt(ctx, li)) lists.push(...amountShareList(s.text, s.start));
    for (const items of lists) {
      // Two parts or more, of the same whole (no base named, or the same base for every part).
      if (items.length < 2) continue;
      const total = items.reduce((sum, i) => sum.plus(i.share), dec(0));
      // (A part of nothing — "0万元，占0%" — is exact: neither figure was rounded.)
      const none = (i: (typeof items)[number]): boolean =>
        i.amount !== undefined && dec(i.amount).isZero() && dec(i.share).isZero();
      let slack = items.reduce(
        (sum, i) => (none(i) ? sum : sum.plus(halfUlp(printedPlaces(i.share)))),
        dec(0),
      );
      // Parts printed with their amounts, each rounded (万元 of 元): together they may exceed the whole by the
      // rounding of each, and their shares 100% by that over the whole (the whole as the largest part implies it).
      if (items.every((i) => i.amount !== undefined)) {
        const largest = items.reduce((a, b) => (dec(b.share).gt(a.share) ? b : a));
        if (dec(largest.share).isZero()) continue;
        const whole = dec(largest.amount!).div(largest.share).times(100);
        const amountsSlack = items.reduce(
          (sum, i) => (none(i) ? sum : sum.plus(halfUlp(printedPlaces(i.amount!)))),
          dec(0),
        );
        slack = slack.plus(amountsSlack.div(whole).times(100));
      }
      const shares = items.map((i) => `${i.share}%`).join(' + ');
      const totalText = showAs(
        total,
        items.map((i) => ({ value: i.share, places: printedPlaces(i.share) })),
      );
      const over = total.minus(100).gt(slack);
      claim(
        ctx,
        'share',
        li,
        items[0]!.at,
        !over,
        `${shares} = ${totalText}%${over ? ' > 100%' : ' ≤ 100%（含四舍五入）'}`,
      );
      // A part taking more than its amount allows is named (checkSharesOverParts); else the list as a whole.
      if (!over || shareOverParts(items)) continue;
      const last = items[items.length - 1]!;
      report(
        ctx,
        li,
        'share.over-whole',
        'error',
        excerptOf(line, items[0]!.at, last.at + last.share.length, 12),
        '≤ 100%',
        `${totalText}%`,
        `各分项占比之和 ${shares} = ${totalText}%，超过100%（四舍五入最多相差${plain(slack)}个百分点），分项不可能占到整体的${totalText}%。`,
        items[0]!.at,
      );
    }
  });
}

type AmountShare = { share: string; at: number; amount?: string; unit?: string };

/**
 * Parts of one whole with their amounts and shares, the whole not stated in the sentence: it is at least the
 * parts' sum, so no part can take more of it than its amount ÷ that sum ("甲40.00万元，占80.00%；乙10.00万元，占
 * 25.00%": 乙 takes at most 10.00 ÷ 50.00 = 20.00%). Allowing for the rounding of every printed figure (a figure
 * without decimals taken as exact). Only one share of the list may be off its part's amount ÷ the sum: when two
 * are, an amount may be the wrong figure (every share then moves) and no share is named. A share below the
 * bound is not judged (the list may leave parts out).
 */
function shareOverParts(
  items: readonly AmountShare[],
): { item: AmountShare; exact: string; parts: string; whole: string; unit: string } | null {
  const unit = items[0]?.unit;
  if (unit === undefined || items.some((i) => i.amount === undefined || i.unit !== unit)) return null;
  const slackOf = (v: string): Dec => (printedPlaces(v) === 0 ? dec(0) : halfUlp(printedPlaces(v)));
  const whole = items.reduce((a, i) => a.plus(i.amount!), dec(0));
  const slack = items.reduce((a, i) => a.plus(slackOf(i.amount!)), dec(0));
  if (!whole.minus(slack).gt(0)) return null;
  let over: AmountShare | null = null;
  let off = 0;
  for (const item of items) {
    const amount = dec(item.amount!);
    const h = slackOf(item.amount!);
    const most = amount.plus(h).div(whole.minus(slack)).times(100);
    const low = amount.minus(h);
    const least = (low.isNegative() ? dec(0) : low).div(whole.plus(slack)).times(100);
    const shown = dec(item.share);
    const hs = halfUlp(printedPlaces(item.share));
    if (shown.minus(hs).gt(most)) {
      over = item;
      off++;
    } else if (shown.plus(hs).lt(least)) off++;
  }
  if (over === null || off !== 1) return null;
  const places = Math.max(...items.map((i) => printedPlaces(i.amount!)));
  return {
    item: over,
    exact: show(dec(over.amount!).div(whole).times(100), printedPlaces(over.share)),
    parts: items.map((i) => i.amount!).join(' + '),
    whole: whole.toFixed(places),
    unit,
  };
}

/**
 * The shares of parts with amounts whose whole no rule before judged them against (shareOverParts): run after
 * every rule that finds a stated whole (in the text or a table); a share one of them judged is not judged again.
 */
export function checkSharesOverParts(ctx: Ctx): void {
  // (Parts in 元 with their shares: 占…%.)
  if (!(mentionsAll(ctx, ['占', '元']) && mentionsAny(ctx, ['%', '％']))) return;
  forEachFigureLineWith(ctx, '占', (line, li) => {
    for (const s of sentencesAt(ctx, li))
      for (const items of amountShareList(s.text, s.start)) {
        const found = shareOverParts(items);
        if (!found) continue;
        const { item, exact, parts, whole, unit } = found;
        if (shareJudged(ctx, li, line, item.share)) continue;
        claim(
          ctx,
          'share',
          li,
          item.at,
          false,
          `${item.amount} ÷ (${parts} = ${whole})${unit} × 100% = ${exact}%，文中${item.share}%`,
        );
        report(
          ctx,
          li,
          'share.percent',
          'error',
          excerptOf(line, item.at - 24, item.at + item.share.length + 1, 0),
          `${exact}%`,
          `${item.share}%`,
          `各分项金额之和 ${parts} = ${whole}${unit}，整体不少于此；${item.amount}${unit}所占比重至多为 ${item.amount} ÷ ${whole} × 100% = ${exact}%，文中为${item.share}%。`,
          item.at,
        );
      }
  });
}

/**
 * "一般公共预算财政拨款支出决算中，一般公共服务支出（类）100.00万元，占10.00%；教育支出（类）900.00万元，占90.00%": parts
 * with their amounts and shares of a whole the sentence does not state (the first amount of the sentence is the first
 * part's) — each clause group "名称X万元，占a%", one after another to the sentence's end; no base named.
 */
// (The first item may name the whole: "中央补助资金3,645.00万元，占全年预算资金的57.58%；省级资金…，占24.01%".)
const shareItem = (units: string, shortest: number): RegExp =>
  new RegExp(
    `^[^\\d%％，,；;。]{${shortest},24}?(\\d[\\d,]*(?:\\.\\d+)?)\\s*(${units})\\s*[，,]\\s*占(?:[\\u4e00-\\u9fa5“”"]{2,16}的)?(?:比)?\\s*(?:为|是|达)?\\s*(\\d{1,3}(?:\\.\\d{1,4})?)\\s*[%％]$`,
  );
const AMOUNT_SHARE_ITEM = shareItem('万元|亿元|元', 2);
/** The same of counts: "评价等级为优的项目708个，占62.88%；良321个，占28.51%；…" (a grade's name of one character). */
const COUNT_SHARE_ITEM = shareItem('个|项|家|户|所|人|名|辆|批次|人次', 1);

export function amountShareList(
  sentence: string,
  offset: number,
  itemPattern: RegExp = AMOUNT_SHARE_ITEM,
  overlapping: RegExp = OVERLAPPING,
): (AmountShare & { amount: string; unit: string })[][] {
  if (!/占/.test(sentence)) return [];
  const body = sentence.replace(/[。！]\s*$/, '');
  let groups = body.split(/[；;]/);
  // Items set apart by commas only ("…拨款5,712.46万元，占68.82%，其他资金269.86万元，占3.25%"): split after each share.
  if (groups.length === 1) groups = body.split(SHARE_THEN_COMMA);
  const items: { share: string; at: number; amount: string; unit: string }[] = [];
  // The wholes the items name ("占货物支出金额的…；…占工程支出金额的…"): parts of several wholes are no one list.
  const bases = new Set<string>();
  let at = 0;
  for (const [k, g] of groups.entries()) {
    // (The sentence may open with what its parts are of: "…支出决算中，", "从支出结构看，".)
    const opener =
      k === 0
        ? Math.max(
            g.lastIndexOf('中，'),
            g.lastIndexOf('看，'),
            g.lastIndexOf('分：'),
            g.lastIndexOf('分，'),
            g.lastIndexOf('其中：') + 1,
          )
        : -1;
    const whole = opener >= 0 ? g.slice(opener + 2) : g;
    // (A part's own 其中 list after its share — "基本支出A万元，占…的B%，其中人员经费…、公用经费…" — details it.)
    const detail = whole.search(/(?<=[%％])\s*[，,]\s*其中/);
    const text = detail >= 0 ? whole.slice(0, detail) : whole;
    const item = itemPattern.exec(text.trim());
    // (A figure before the opener is some other claim's — its year aside: "2025年度…支出决算中，".)
    const head = g.slice(0, g.length - whole.length).replace(/\d{4}\s*年度?/g, '');
    if (
      !item ||
      overlapping.test(text.replace(/占[\u4e00-\u9fa5“”"]{2,16}的/, '占')) ||
      (k === 0 && /\d/.test(head))
    )
      return [];
    const base = /占([\u4e00-\u9fa5“”"]{2,16})的/.exec(text)?.[1];
    if (base !== undefined) bases.add(base);
    items.push({
      share: item[3]!,
      at: offset + at + g.lastIndexOf(item[3]!),
      amount: item[1]!.replace(/,/g, ''),
      unit: item[2]!,
    });
    at += g.length + 1;
  }
  return items.length >= 2 && bases.size <= 1 ? [items] : [];
}

/** amountShareList of counts (a count's name may say what it counts of: "评价等级为优的项目"). */
export const countShareList = (sentence: string, offset: number) =>
  amountShareList(sentence, offset, COUNT_SHARE_ITEM, /合计|小计|总计|累计|共计|总额|其中|分别|比|较|增|减/);

/** The comma after a share ("占68.82%，"): where a comma-set list's next item starts. */
const SHARE_THEN_COMMA = /(?<=占(?:比)?\s*(?:为|是|达)?\s*\d{1,3}(?:\.\d{1,4})?\s*[%％])[，,]/;

/** Words that make a part overlap others or name another whole. */
const OVERLAPPING = /合计|小计|总计|累计|共计|总额|其中|分别|比|较|增|减|的/;

/** The part's own 执行率 / 完成率 between it and its share: "，执行率98.87%". */
const OWN_RATE = /^\s*[，,]\s*(?:预算)?(?:执行率|完成率)\s*(?:为|是|达)?\s*\d+(?:\.\d+)?\s*[%％]/;

/** A share of the same part stated before this one: "300.00万元，占A的85.71%，占B的71.43%". */
const EARLIER_SHARE =
  /[，,]\s*占\s*[^\d，,。；;%％（）()]{2,16}?的\s*(?:比重|比例)?\s*(?:为|是|达)?\s*\d+(?:\.\d+)?\s*[%％]/g;

/**
 * "A万元，占本年支出合计的B%": the total is looked up by its name elsewhere in the document (also a second share
 * of the same part, after its first: "，占A的P%，占B的Q%").
 */
export function checkNamedShares(ctx: Ctx, state: ProseState): void {
  const named =
    /占\s*([^\d，,。；;%％（）()]{2,16}?)的\s*(?:比重|比例)?\s*(?:为|是|达)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
  forEachFigureLineWith(ctx, '占', (line, li) => {
    // The line's figures read once, walked along with the matches (not the line before each 占 scanned again).
    const figures = lineFigures(ctx, li);
    let next = 0;
    let part: NumberToken | undefined;
    for (const m of allMatches(line, named)) {
      const name = m[1]!;
      for (; next < figures.length && figures[next]!.end <= m.index; next++)
        if (MONEY_UNITS.has(figures[next]!.unit)) part = figures[next];
      // The part right before 占, commas aside — in the same sentence, or the sentence before when this one
      // opens with 该项支出 / 其 ("…1,200.00万元。该项支出占…的60.00%"): "…237.52万元，增长3.95%。A占B的…%" is
      // not 237.52's share.
      const between = line.slice(part?.end ?? 0, m.index);
      const ownStart = Math.max(
        between.lastIndexOf('。'),
        between.lastIndexOf('；'),
        between.lastIndexOf(';'),
      );
      if (!part || /[！？]/.test(between)) continue;
      // Between the part and 占: a comma at most, then at most a pronoun for the part (其 / 该项支出) — "X万元，
      // 其中：基本支出占…" is 基本支出's share, not X's. Across a sentence only the pronoun opens the share's.
      const PRONOUN = /^\s*(?:该项?|此项?|其)(?:支出|收入|经费|资金)?\s*$/;
      if (ownStart >= 0) {
        if (!/^\s*[，,]?\s*$/.test(between.slice(0, ownStart)) || !PRONOUN.test(between.slice(ownStart + 1)))
          continue;
      } else if (
        // ("执行1,893.72万元，执行率98.87%，占…": the part's own rate between it and its share.)
        !/^\s*[，,]?\s*$/.test(between.replace(EARLIER_SHARE, '').replace(OWN_RATE, '')) &&
        !PRONOUN.test(between.replace(/^\s*[，,]/, '')) &&
        !repeatsPart(line, part, between)
      )
        continue;
      // "分别为A305.20万元、B198.60万元、C108.60万元，占年末结转结余的13.66%": the last of a list of amounts — the
      // share may be the list's whole's.
      if (lastOfAmounts(line, part.start)) continue;
      // (Else a whole named after a table's 合计, its part a row of that table: row-share-totals.ts.)
      // (The whole stated under that name earlier in the share's own paragraph first: "项目全年执行438.27万元…
      // 1.…费357.86万元，占执行数的81.65%" in a report on several projects.)
      const total =
        namedNearBefore(ctx, li, part.start, name) ??
        lookupNamed(ctx, name) ??
        tableTotalOf(ctx, line, part, name);
      if (!total || !MONEY_UNITS.has(total.unit)) continue;
      const partValue = inWan(part, total.unit);
      if (!partValue) continue;
      const printed = { value: m[2]!, places: (m[2]!.split('.')[1] ?? '').length };
      checkShare(
        ctx,
        state,
        li,
        line,
        part.start,
        partValue,
        { value: total.value, places: total.places },
        printed,
        part,
        total.unit,
      );
    }
  });
}

/**
 * "本年收入中：" opening a sentence (its list on the same line or the next paragraph): "财政拨款收入1165.91万元，占
 * 81.64%；…" — each item's share is of the figure stated under that name (本年收入合计…), looked up as a named
 * share's whole is. Only items "名称X万元，占P%" (a share naming its own whole is the named shares' rule).
 */
const NAMED_OPENER = /(?:^|[。；;])\s*([\u4e00-\u9fa5]{2,12})中\s*[：:，,]/g;
const SHARE_ITEM =
  /(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)\s*[，,]\s*占(?:比)?\s*(?:为|是|达)?\s*(\d{1,3}(?:\.\d{1,4})?)\s*[%％]/g;

export function checkSharesUnderNamedWhole(ctx: Ctx, state: ProseState): void {
  forEachProseLine(ctx, (line, li) => {
    if (!line.includes('中')) return;
    for (const m of allMatches(line, NAMED_OPENER)) {
      const name = m[1]!;
      // (A heading-like opener only: "其中" and clauses that name no figure are not wholes.)
      if (/^(?:其|期|集|心|之|其余)/.test(name)) continue;
      const whole = lookupNamed(ctx, name);
      if (!whole || !MONEY_UNITS.has(whole.unit) || dec(whole.value).isZero()) continue;
      const end = m.index + m[0].length;
      // The list: the rest of the sentence, or — the opener ending its paragraph — the next paragraph.
      let target = li;
      let text = line.slice(end);
      let offset = end;
      if (text.trim() === '') {
        target = li + 1;
        while (target < ctx.lines.length && ctx.lines[target]!.trim() === '') target++;
        text = ctx.lines[target] ?? '';
        offset = 0;
      }
      const stop = text.search(/。/);
      const list = stop >= 0 ? text.slice(0, stop) : text;
      for (const item of allMatches(list, SHARE_ITEM)) {
        const amount = scanNumbers(item[0]).find((t) => MONEY_UNITS.has(t.unit));
        if (!amount) continue;
        const part = inWan({ ...amount, start: offset + item.index + amount.start }, whole.unit);
        if (!part) continue;
        const printed = { value: item[3]!, places: (item[3]!.split('.')[1] ?? '').length };
        const at = offset + item.index;
        checkShare(
          ctx,
          state,
          target,
          ctx.lines[target]!,
          at,
          part,
          { value: whole.value, places: whole.places },
          printed,
          { ...amount, start: at + amount.start, end: at + amount.end },
          whole.unit,
        );
      }
    }
  });
}

/**
 * "7,624.18万元，占项目支出总额9,102.55万元的83.76%": the whole stated inside the 占…的 phrase — the part is
 * the amount right before 占 (only commas between).
 */
export function checkSharesOfStatedWhole(ctx: Ctx, state: ProseState): void {
  const re =
    /占\s*([^\d，,。；;%％（）()]{2,16}?)\s*(?:为|是)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)\s*的\s*(\d+(?:\.\d+)?)\s*[%％]/g;
  forEachFigureLineWith(ctx, '占', (line, li) => {
    for (const m of allMatches(line, re)) {
      const before = scanNumbers(line.slice(0, m.index)).filter((t) => MONEY_UNITS.has(t.unit));
      const part = before[before.length - 1];
      if (!part || line.slice(part.end, m.index).replace(/^\s*[，,]?\s*/, '') !== '') continue;
      const whole = scanNumbers(line.slice(m.index, m.index + m[0].length)).find((t) =>
        MONEY_UNITS.has(t.unit),
      );
      if (!whole || dec(whole.value).isZero()) continue;
      const partValue = inWan(part, whole.unit);
      if (!partValue) continue;
      const printed = { value: m[4]!, places: (m[4]!.split('.')[1] ?? '').length };
      checkShare(
        ctx,
        state,
        li,
        line,
        part.start,
        partValue,
        { value: whole.value, places: whole.places },
        printed,
        part,
        whole.unit,
      );
    }
  });
}

/**
 * "项目支出12,211.12万元，项目支出占…的68.27%": the words between the part and 占 name the part again (the words
 * right before the part end with them).
 */
function repeatsPart(line: string, part: NumberToken, between: string): boolean {
  const again = between.replace(/^\s*[，,]\s*/, '').trim();
  if (!/^[\u4e00-\u9fa5（）]{2,16}$/.test(again)) return false;
  const before = line
    .slice(Math.max(0, part.start - again.length - 4), part.start)
    .replace(/\s*(?:为|是|共计|合计)?\s*$/, '');
  return before.endsWith(again);
}

/**
 * The whole named `name` stated before a share at `at` of logical line `li`: in that line, else in one of the lines
 * of text before it up to its section's heading (a list of numbered items, one a paragraph, under the paragraph
 * stating the whole).
 */
function namedNearBefore(ctx: Ctx, li: number, at: number, name: string): NumberToken | null {
  const own = namedInParagraph(ctx.lines[li] ?? '', at, name);
  if (own) return own;
  for (let k = li - 1, seen = 0; k >= 0 && seen < 8; k--) {
    const text = ctx.lines[k] ?? '';
    if (text.trim() === '') continue;
    // (A heading ends the search: the whole is its section's.)
    if (/^\s*(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/.test(text)) break;
    seen++;
    const found = namedInParagraph(text, text.length, name);
    if (found) return found;
  }
  return null;
}

/**
 * The one amount written right after `name` (its 数 / 总额 / 合计 left out: "执行438.27万元" for 执行数) in `line` before
 * `end`, in a clause of this year; null when none or several.
 */
function namedInParagraph(line: string, end: number, name: string): NumberToken | null {
  const stem = name.replace(/(?:数|总额|合计|总数)$/, '');
  if (stem.length < 2) return null;
  const re = new RegExp(
    `${escapeRegExp(stem)}(?:数|总额|合计)?\\s*(?:支出)?(?:决算数?)?\\s*(?:为|是|[:：])?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|亿元|元)`,
    'g',
  );
  const found = new Map<string, NumberToken>();
  for (const m of line.slice(0, end).matchAll(re)) {
    const lead = line.slice(lastIndexOfAny(line, ['，', ',', '；', ';', '。'], m.index - 1) + 1, m.index);
    if (/上年|去年|同期|预算/.test(lead)) continue;
    // ("年初预算136,464.60万元，其中基本支出102,239.10万元": a part of the budget, not of the outturn.)
    // (The sentence read back 200 characters at most: an endless one stays linear.)
    if (/^\s*其中/.test(lead) && /预算[^。]*$/.test(line.slice(Math.max(0, m.index - 200), m.index)))
      continue;
    // ("基本支出执行3,226.81万元" is a part's figure of that name, not the whole.)
    if (!GENERIC_LEAD.test(lead.trim().replace(/[:：]$/, ''))) continue;
    const tok = scanNumbers(line.slice(m.index + m[0].indexOf(m[1]!)), 1)[0];
    if (tok && MONEY_UNITS.has(tok.unit)) found.set(`${tok.value}${tok.unit}`, tok);
  }
  return found.size === 1 ? [...found.values()][0]! : null;
}

/** The one figure written right after `name` ("本年支出合计7984.83万元"); null when absent or ambiguous. */
function lookupNamed(ctx: Ctx, name: string): NumberToken | null {
  // (Read once per name and document: every share naming it asks, and each look-up reads every line.)
  let known = namedFigures.get(ctx);
  if (!known) namedFigures.set(ctx, (known = new Map()));
  if (!known.has(name)) known.set(name, findNamed(ctx, name));
  return known.get(name) ?? null;
}

const namedFigures = new WeakMap<Ctx, Map<string, NumberToken | null>>();

/** Per layout, the unit of each table row's figures: its table's ("单位：万元") — a row's figures carry none. */
const tableUnitsOf = new WeakMap<Ctx['layout'], Map<number, string>>();

function tableUnits(ctx: Ctx): Map<number, string> {
  let units = tableUnitsOf.get(ctx.layout);
  if (units) return units;
  units = new Map();
  for (const b of ctx.layout.blocks)
    if (b.kind === 'table' && b.unit !== '') for (const r of b.rows) units.set(r.line, b.unit);
  tableUnitsOf.set(ctx.layout, units);
  return units;
}

function findNamed(ctx: Ctx, named: string): NumberToken | null {
  // "占“三公”经费决算的…%" and "占“三公”经费的…%" name the figure printed as "“三公”经费决算数110.30万元" (a 决算
  // document's figure of a name is its 决算).
  const name = named.replace(/数$/, '');
  const exact = findNamedBy(ctx, name, (line, from) => {
    const at = line.indexOf(name, from);
    return at < 0 ? null : { at, end: at + name.length };
  });
  if (exact !== undefined) return exact;
  // "占“三公”经费决算总额的…%" names the figure printed as "“三公”经费财政拨款决算数为74.48万元": 总额 after 决算,
  // 财政拨款 / 支出 before it, left out or not. (Only when the name as written is nowhere.)
  // "占“三公”经费决算的…%" also names the 决算 of "“三公”经费预算104.50万元，决算94.72万元": the stem's budget, then
  // its outturn in the next clause.
  const loose = /^(.{2,12}?)(?:财政拨款)?(?:支出)?决算(?:总额|总数)?$/.exec(name);
  if (!loose) return totalNamed(ctx, name);
  const re = new RegExp(
    `${escapeRegExp(loose[1]!)}(?:财政拨款)?(?:支出)?(?:(?:年初|全年|年度)?预算数?(?:为|是)?\\s*\\d[\\d,]*(?:\\.\\d+)?\\s*(?:亿元|万元|元)[，,]\\s*(?:支出)?)?决算(?:总额|总数)?`,
    'g',
  );
  return (
    findNamedBy(ctx, loose[1]!, (line, from) => {
      re.lastIndex = from;
      const m = re.exec(line);
      return m ? { at: m.index, end: m.index + m[0].length } : null;
    }) ?? null
  );
}

/**
 * "占评价资金总额的…%" names the figure printed as "评价资金（预算数）合计61706.90万元": a name ending in 总额 / 总计 /
 * 合计 is its stem summed (合计, 总计, 共计, 总额), a bracket saying what the figure is allowed after the stem.
 * (Only when the name as written is nowhere.)
 */
function totalNamed(ctx: Ctx, name: string): NumberToken | null {
  const stem = /^(.{2,12}?)(?:总额|总计|合计)$/.exec(name)?.[1];
  if (!stem) return null;
  const re = new RegExp(`${escapeRegExp(stem)}(?:[（(][^）)，,。]{1,8}[）)])?(?:合计|总计|共计|总额)`, 'g');
  return (
    findNamedBy(ctx, stem, (line, from) => {
      re.lastIndex = from;
      const m = re.exec(line);
      return m ? { at: m.index, end: m.index + m[0].length } : null;
    }) ?? null
  );
}

/** What may stand before a whole's name and leave it the whole: years, 本年, 本级, the document's own unit. */
const OUTTURN_OF_STEM = /^(?:支出)?决算$/;
const BUDGET_CLAUSE_BEFORE = /预算数?\s*(?:为|是)?\s*\d[\d,]*(?:\.\d+)?\s*(?:亿元|万元|元)\s*[，,]\s*$/;
const GENERIC_LEAD =
  /^(?:(?:20\d\d\s*年度?|本年度?|当年|全年|年度|[省市县区]?本级|本部门|我部门|本单位|我单位|我局|本局|我委|本委|我厅|本厅|我办|本办|我院|本院|我中心|本中心|全[省市县区]|[省市县区]直|部门|单位|其中|本次|此次|全部|所有|累计|合计|共|该?项目|本项目|该单位|该部门)[的]?\s*)*$/;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The one figure written right after a name `find` finds in a line (from an offset on), in the text —
 * else the one figure of a table's row under it; null when they disagree, undefined when the name is
 * nowhere with a figure. `key` is a part of the name every line that has it holds (to skip the others).
 */
function findNamedBy(
  ctx: Ctx,
  key: string,
  find: (line: string, from: number) => { at: number; end: number } | null,
): NumberToken | null | undefined {
  let found: NumberToken | null = null;
  // (The text's figure first: a table's is taken only when the text states none.)
  const inTable: NumberToken[] = [];
  const tableUnit = tableUnits(ctx);
  for (let li = 0; li < ctx.lines.length; li++) {
    const line = ctx.lines[li]!;
    if (!line.includes(key)) continue;
    let hit = find(line, 0);
    if (hit && tableUnit.has(li)) {
      const tok = pairedCell(line, line.slice(hit.at, hit.end), tableUnit.get(li)!);
      if (tok) inTable.push(tok);
      continue;
    }
    while (hit) {
      const { at, end } = hit;
      hit = find(line, at + 1);
      // "2023年度本年收入合计为…": last year's figure of the name is not the whole of this year's shares.
      const lead = line.slice(lastIndexOfAny(line, ['，', ',', '；', ';', '。', '：', ':'], at - 1) + 1, at);
      if (
        isLastYear(lead, ctx.year) ||
        (lead.match(/20\d\d(?=\s*年)/g) ?? []).some((y) => ctx.year !== null && Number(y) !== ctx.year)
      )
        continue;
      // "党政机关“三公”经费决算1,484.76万元": the name qualified by a part's is that part's figure, not the whole.
      if (/[\u4e00-\u9fa5]{2}$/.test(lead.trim()) && !GENERIC_LEAD.test(lead.trim())) continue;
      // (So is "31个行政单位（含…）“三公”经费决算…": the units of a kind counted.)
      if (UNITS_OF_A_KIND.test(lead)) continue;
      // "“三公”经费预算38.50万元，决算31.27万元": a bare 决算 after a budget is that budget's item's, not the document's.
      if (lead.trim() === '' && OUTTURN_OF_STEM.test(key) && BUDGET_CLAUSE_BEFORE.test(line.slice(0, at)))
        continue;
      const rest = line.slice(end);
      // ("实际支出（决算数）9,046.18万元": the name in brackets.)
      const m = /^\s*(?:决算)?数?\s*[)）]?\s*(?:为|是|共计|合计|总计|[:：])?\s*/.exec(rest)!;
      const tok = scanNumbers(rest.slice(m[0].length), 1)[0];
      if (tok && tok.start === 0 && MONEY_UNITS.has(tok.unit)) {
        if (found && (found.value !== tok.value || found.unit !== tok.unit)) return null;
        found = tok;
      }
    }
  }
  if (found) return found;
  const first = inTable[0];
  if (!first) return undefined;
  return inTable.every((t) => t.value === first.value && t.unit === first.unit) ? first : null;
}

/**
 * In a table row of label–figure pairs ("本年收入合计	6,580.68	本年支出合计	6,676.84 …", the cells of a 总表),
 * the figure in the cell after the one named exactly `name`, when the cell after that figure is a label or
 * the row's end; null otherwise (a row of several columns: which one is the name's figure is not told).
 */
function pairedCell(line: string, name: string, unit: string): NumberToken | null {
  const cells = line.split('\t').map((c) => c.trim());
  const k = cells.findIndex((c) => c.replace(/\s+/g, '') === name);
  if (k < 0 || k !== cells.lastIndexOf(cells[k]!)) return null;
  const value = cells[k + 1];
  const next = cells[k + 2];
  if (value === undefined || !/^-?[\d,]+(?:\.\d+)?$/.test(value)) return null;
  if (next !== undefined && /\d/.test(next)) return null;
  const tok = scanNumbers(value)[0];
  return tok ? { ...tok, unit } : null;
}

/** "占比17.23%" with no whole named, alone in its sentence or right after its part's amount. */
const BARE_SHARE_ALONE = /^\s*[（(]?\s*占比\s*(?:为|是)?\s*(\d+(?:\.\d+)?)\s*[%％]\s*[）)]?\s*[。；;]?\s*$/;
const BARE_SHARE_AFTER = /^\s*[，,]\s*占比\s*(?:为|是)?\s*(\d+(?:\.\d+)?)\s*[%％]\s*[。；;]?\s*$/;
const NAMED_SHARE =
  /占\s*([^\d，,。；;%％（）()]{2,16}?)的\s*(?:比重|比例)?\s*(?:为|是|达)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;

/**
 * Shares whose part is stated in the sentence before — "事业收入426,380.00元。（new paragraph）事业收入占本年
 * 收入合计的2.21%。" (the share names its part, stated in the last sentence of the paragraph before) and
 * "社会保障和就业支出3,214,650.18元。占比17.23%。" (a bare 占比 after a list of parts whose first share names
 * the whole: "该项支出占一般公共预算财政拨款支出的65.98%").
 *
 * Precision first: a named part must be the one amount of that name in the sentence before (the share's
 * sentence states none); a bare 占比's part is the only amount of the sentence before (or of its own
 * sentence, right before the share), and its whole is the one an earlier share of the same paragraph
 * names, with no 其中 between; the whole must be found once, as this year's (lookupNamed).
 */
export function checkCarriedShares(ctx: Ctx, state: ProseState): void {
  let blockOf: Map<number, number> | null = null;
  const blockAt = (li: number): number | undefined =>
    (blockOf ??= new Map(ctx.layout.blocks.map((b, k) => [b.first, k]))).get(li);
  forEachFigureLineWith(ctx, '占', (line, li) => {
    const sents = sentencesAt(ctx, li);
    const money = (text: string, from: number, to: number): NumberToken[] =>
      scanNumbers(text.slice(from, to))
        .filter((t) => MONEY_UNITS.has(t.unit))
        .map((t) => ({ ...t, start: t.start + from, end: t.end + from }));
    // The sentence before sentence `si`: in this paragraph, or the last of the paragraph before.
    const previous = (si: number): { text: string; li: number; start: number; end: number } | null => {
      if (si > 0) return { text: line, li, start: sents[si - 1]!.start, end: sents[si - 1]!.end };
      const k = blockAt(li);
      const above = k === undefined ? undefined : ctx.layout.blocks[k - 1];
      if (!above || above.kind !== 'paragraph' || above.heading) return null;
      const text = ctx.lines[above.first] ?? '';
      const ss = sentences(text);
      const last = ss[ss.length - 1];
      return last ? { text, li: above.first, start: last.start, end: last.end } : null;
    };
    let whole: { name: string; at: number } | null = null;
    sents.forEach((s, si) => {
      const own = money(line, s.start, s.end);
      if (/其中/.test(s.text)) whole = null;
      for (const m of allMatches(s.text, NAMED_SHARE)) {
        whole = { name: m[1]!, at: s.start + m.index };
        // A named share whose part is stated in the sentence before (its own sentence states no amount).
        if (own.length > 0) continue;
        const subject = s.text.slice(0, m.index).trim();
        // (A budget is no part of an outturn's whole; 一般公共预算 and the like name funds, not budgets.)
        const budgetFree = subject.replace(/一般公共预算|政府性基金预算|国有资本经营预算/g, '');
        if (!/^[\u4e00-\u9fa5（）()“”"]{2,20}$/.test(subject) || /该|其|上年|去年|预算/.test(budgetFree))
          continue;
        const prev = previous(si);
        if (!prev) continue;
        const figs = money(prev.text, prev.start, prev.end);
        const named = figs.filter((t) => {
          const before = prev.text.slice(prev.start, t.start);
          const clause = before.slice(
            lastIndexOfAny(before, ['，', ',', '；', ';', '：', ':'], before.length) + 1,
          );
          return clause.replace(/\s|(?:为|是)$|^20\d\d年度?/g, '') === subject;
        });
        if (named.length !== 1) continue;
        // Figures after the part in its sentence may only be its change against last year ("…6,254.18万元，
        // 比上年增加237.52万元，增长3.95%").
        const later = figs.slice(figs.indexOf(named[0]!) + 1);
        if (
          later.some((t) => {
            const before = prev.text.slice(named[0]!.end, t.start);
            return !/^(?:万元|亿元|元)?\s*[，,]\s*(?:比|较|同比|与)\s*(?:上年|去年|上一年|20\d\d\s*年度?)\s*(?:相比)?[，,]?\s*(?:增加|减少|增长|下降)$/.test(
              before.trim(),
            );
          })
        )
          continue;
        shareOf(named[0]!, m[1]!, m[2]!, s.start + m.index);
      }
      // A bare 占比: of the whole an earlier share of the paragraph names.
      const w: { name: string; at: number } | null = whole;
      if (!w || !s.text.includes('占比')) return;
      const alone = BARE_SHARE_ALONE.exec(s.text);
      let part: NumberToken | undefined;
      let printed: string | undefined;
      if (alone && own.length === 0 && si > 0) {
        const figs = money(line, sents[si - 1]!.start, sents[si - 1]!.end);
        const prevText = sents[si - 1]!.text;
        if (figs.length === 1 && !/[%％]|其中|占|比|较|增加|减少|预算|上年|去年/.test(prevText))
          part = figs[0];
        printed = alone[1];
      } else if (own.length === 1) {
        const after = BARE_SHARE_AFTER.exec(line.slice(own[0]!.end, s.end));
        const lead = line.slice(s.start, own[0]!.start);
        if (after && !/[%％]|其中|占|比|较|增加|减少|预算|上年|去年/.test(lead)) {
          part = own[0];
          printed = after[1];
        }
      }
      if (!part || printed === undefined || part.start < w.at) return;
      shareOf(part, w.name, printed, part.start);
    });

    function shareOf(part: NumberToken, wholeName: string, printedText: string, at: number): void {
      const total = lookupNamed(ctx, wholeName);
      if (!total || !MONEY_UNITS.has(total.unit) || dec(total.value).isZero()) return;
      const partValue = inWan(part, total.unit);
      if (!partValue) return;
      const printed = { value: printedText, places: (printedText.split('.')[1] ?? '').length };
      checkShare(
        ctx,
        state,
        li,
        line,
        at,
        partValue,
        { value: total.value, places: total.places },
        printed,
        part,
        total.unit,
      );
    }
  });
}

/** Whether a rule before judged this share: a claim or a finding on the lines of logical line `li` with it. */
export function shareJudged(ctx: Ctx, li: number, line: string, share: string): boolean {
  const [from, to] = [ctx.layout.lineAt(li, 0) + 1, ctx.layout.lineAt(li, line.length) + 1];
  return (
    ctx.claims.some(
      (c) => c.kind === 'share' && c.line >= from && c.line <= to && c.arithmetic.includes(`文中${share}%`),
    ) || ctx.findings.some((f) => f.line >= from && f.line <= to && f.found === `${share}%`)
  );
}
