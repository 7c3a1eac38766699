/**
 * Shares (占…%) in prose: a part's share of its list's total (printed after the part, naming the total, or
 * before the part), a share printed without its %, shares of one whole adding to more than 100%, and a share
 * of a total named elsewhere in the document ("占本年支出合计的B%"). Each share is judged once.
 */
import { dec, sharePercent } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { isWhite } from './layout.ts';
import { MONEY_UNITS, printedPlaces, scanNumbers, type NumberToken } from './numbers.ts';
import { subjectKey } from './prose-clauses.ts';
import { forEachFigureLine } from './prose-lines.ts';
import type { ProseState } from './prose-state.ts';
import { inWan, noteYuan } from './prose-units.ts';
import { shareOnlyLists } from './share-tables.ts';
import { halfUlp, judgeRatio, plain, SHARE, show, showAs, verdictClause, type Printed } from './verdict.ts';

/** "A万元，占a%" / "（占比a%）" right after a part: its share of the list's total. */
export const PERCENT_AFTER = /^[，,、\s]*[（(]?\s*占(?:比)?\s*(\d+(?:\.\d+)?)\s*[%％]/;
/** "占全年执行数的63.23%" after a part: the share of a named total. */
const NAMED_PERCENT_AFTER =
  /^[，,、\s]*[（(]?\s*占\s*([^\d，,。；;%％（）()]{2,16}?)的\s*(\d+(?:\.\d+)?)\s*[%％]/;
/** "财政拨款收入占93.22%，为7,069.54万元": a share written before its part (the part's name before 占). */
const PERCENT_BEFORE =
  /[\u4e00-\u9fa5）)]{2}占(?:比)?\s*(\d+(?:\.\d+)?)\s*[%％]\s*[，,]?\s*(?:金额)?(?:为|是|计)?\s*$/;

/**
 * Whether `text` opens with 占 after commas, white space and an opening bracket: what PERCENT_AFTER and
 * NAMED_PERCENT_AFTER need before anything else (tested first: most parts have no share after them).
 */
function opensWithShare(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '占') return true;
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
export function checkSharesOfParts(
  ctx: Ctx,
  state: ProseState,
  parts: readonly ListedPart[],
  total: NumberToken,
  totalUnit: string,
  totalName: string,
): void {
  parts.forEach((p, k) => {
    const after = p.text.slice(p.offset + p.token.end);
    const partValue = inWan(p.token, totalUnit);
    const shareAfter = opensWithShare(after);
    let share = shareAfter ? PERCENT_AFTER.exec(after)?.[1] : undefined;
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
    if (share === undefined) {
      if (partValue && !(shareAfter && NAMED_PERCENT_AFTER.test(after)))
        checkBareShare(ctx, p.line, p.text, p.offset + p.token.end, after, partValue, total, totalUnit);
      return;
    }
    if (!partValue) return;
    const printed = { value: share, places: (share.split('.')[1] ?? '').length };
    checkShare(
      ctx,
      state,
      p.line,
      p.text,
      p.offset + p.token.start,
      partValue,
      { value: total.value, places: total.places },
      printed,
      p.token,
      totalUnit,
    );
  });
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
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('占') || !line.includes('其中')) return;
    for (const { items } of shareOnlyLists(line)) {
      // Two parts or more, of the same whole (no base named, or the same base for every part).
      if (items.length < 2) continue;
      const total = items.reduce((sum, i) => sum.plus(i.share), dec(0));
      const slack = items.reduce((sum, i) => sum.plus(halfUlp(printedPlaces(i.share))), dec(0));
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
      if (!over) continue;
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

/** "A万元，占本年支出合计的B%": the total is looked up by its name elsewhere in the document. */
export function checkNamedShares(ctx: Ctx, state: ProseState): void {
  const named = /占\s*([^\d，,。；;%％（）()]{2,16}?)的\s*(\d+(?:\.\d+)?)\s*[%％]/g;
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('占')) return;
    for (const m of allMatches(line, named)) {
      const name = m[1]!;
      const before = scanNumbers(line.slice(0, m.index)).filter((t) => MONEY_UNITS.has(t.unit));
      const part = before[before.length - 1];
      if (!part || /[，,]/.test(line.slice(part.end, m.index).replace(/^[，,\s]*/, ''))) continue;
      const total = lookupNamed(ctx, name);
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

/** The one figure written right after `name` ("本年支出合计7984.83万元"); null when absent or ambiguous. */
function lookupNamed(ctx: Ctx, name: string): NumberToken | null {
  let found: NumberToken | null = null;
  for (const line of ctx.lines) {
    let from = line.indexOf(name);
    while (from >= 0) {
      const rest = line.slice(from + name.length);
      const m = /^\s*(?:为|是|[:：])?\s*/.exec(rest)!;
      const tok = scanNumbers(rest.slice(m[0].length), 1)[0];
      if (tok && tok.start === 0 && MONEY_UNITS.has(tok.unit)) {
        if (found && (found.value !== tok.value || found.unit !== tok.unit)) return null;
        found = tok;
      }
      from = line.indexOf(name, from + 1);
    }
  }
  return found;
}
