/**
 * An execution rate printed without its %: "年度预算320.00万元，…，1—9月执行142.08万元，执行率44.40，…",
 * "预算数合计61706.90万元，全年执行数57217.13万元，整体执行率92.72。". A warning (`unit.missing`) when the figure
 * is the outturn ÷ the budget of its sentence (within rounding); any other figure is not taken as the rate,
 * and nothing is said. Likewise a share: "授予中小企业合同金额2,808.65万元，占政府采购支出总额的76.35，" — when the
 * amount before 占, over another amount of the paragraph, is the figure as a percentage. And "完成预算的86.03，":
 * 完成…预算的 takes nothing but a rate (a warning whatever the budget).
 */
import { completionPercent, dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { MONEY_UNITS, scanNumbers, type NumberToken } from './numbers.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { inWan } from './prose-units.ts';
import { judgeRatio, SHARE } from './verdict.ts';

/** "执行率44.40，" / "预算执行率为92.72。": the figure ends its clause, no % after it. */
const BARE_RATE = /(?:预算)?执行率\s*(?:为|达到?|是)?\s*(\d{1,3}\.\d{1,2})(?=\s*(?:[，。；;,]|$))/g;
const BUDGET_BEFORE = /预算(?:数|资金|金额|安排)?[）)]?\s*(?:合计|总额|为|是|共)?\s*[:：]?\s*$/;
const OUTTURN_BEFORE = /(?:执行|支出|决算|使用)(?:数|金额|资金)?\s*(?:合计|总额|为|是|共)?\s*[:：]?\s*$/;

export function checkBareRates(ctx: Ctx): void {
  forEachFigureLineWith(ctx, '执行率', (line, li) => {
    for (const s of sentencesAt(ctx, li)) {
      for (const m of allMatches(s.text, BARE_RATE)) {
        const money = scanNumbers(s.text.slice(0, m.index)).filter((t) => MONEY_UNITS.has(t.unit));
        const lead = (t: NumberToken): string => s.text.slice(Math.max(0, t.start - 10), t.start);
        const budget = money.find((t) => BUDGET_BEFORE.test(lead(t)));
        const outturn = [...money].reverse().find((t) => OUTTURN_BEFORE.test(lead(t)));
        if (!budget || !outturn || budget === outturn) continue;
        const b = inWan(budget, budget.unit);
        const a = inWan(outturn, budget.unit);
        if (!a || !b) continue;
        const printed = { value: m[1]!, places: (m[1]!.split('.')[1] ?? '').length };
        const verdict = judgeRatio(printed, [a, b], ([x, y]) => completionPercent(x!, y!), SHARE);
        if (!verdict || (verdict.kind !== 'ok' && verdict.kind !== 'rounding')) continue;
        const at = s.start + m.index + m[0].lastIndexOf(m[1]!);
        reportBare(
          ctx,
          li,
          at,
          'completion',
          `执行率${printed.value}`,
          `${a.value} ÷ ${b.value}`,
          printed.value,
        );
      }
    }
  });
}

/** "占政府采购支出总额的76.35，": a share ending its clause, no % after it. */
const BARE_SHARE = /占[^，。；;,\d%]{0,30}?的?\s*(\d{1,3}\.\d{1,2})(?=\s*(?:[，。；;,]|$))/g;

export function checkBareShares(ctx: Ctx): void {
  forEachFigureLineWith(ctx, '占', (line, li) => {
    let money: NumberToken[] | null = null;
    for (const m of allMatches(line, BARE_SHARE)) {
      money ??= scanNumbers(line).filter((t) => MONEY_UNITS.has(t.unit));
      const part = money.filter((t) => t.end <= m.index).at(-1);
      if (!part || line.slice(part.end, m.index).search(/[。；;]/) >= 0) continue;
      const printed = { value: m[1]!, places: (m[1]!.split('.')[1] ?? '').length };
      const a = inWan(part, part.unit);
      if (!a) continue;
      const whole = money.find((t) => {
        if (t === part) return false;
        const b = inWan(t, part.unit);
        if (!b || dec(b.value).lte(dec(a.value))) return false;
        const verdict = judgeRatio(printed, [a, b], ([x, y]) => completionPercent(x!, y!), SHARE);
        return verdict !== null && (verdict.kind === 'ok' || verdict.kind === 'rounding');
      });
      if (!whole) continue;
      const at = m.index + m[0].lastIndexOf(m[1]!);
      const ratio = `${a.value} ÷ ${inWan(whole, part.unit)!.value}`;
      reportBare(ctx, li, at, 'share', `占比${printed.value}`, ratio, printed.value);
    }
  });
}

/**
 * "完成预算的86.03，": 完成…预算的 takes a rate and nothing else; a figure ending its clause there lacks its %,
 * whatever the budget (which may be in a table, not the sentence): a warning.
 */
const BARE_COMPLETION = /完成(?:年初|全年|调整后?)?预算(?:数)?的\s*(\d{1,3}\.\d{1,2})(?=\s*[，。；;,])/g;

export function checkBareCompletion(ctx: Ctx): void {
  forEachFigureLineWith(ctx, '完成', (line, li) => {
    for (const m of allMatches(line, BARE_COMPLETION)) {
      const value = m[1]!;
      const at = m.index + m[0].lastIndexOf(value);
      warnUnitMissing(
        ctx,
        li,
        line,
        at,
        value,
        `${value}%`,
        `“${m[0]}”缺少%：完成预算的比例应写作${value}%。`,
      );
    }
  });
}

/** A rate or share that holds, printed without its %: a claim held and a `unit.missing` warning. */
function reportBare(
  ctx: Ctx,
  li: number,
  at: number,
  kind: 'completion' | 'share',
  name: string,
  ratio: string,
  value: string,
): void {
  const arithmetic = `${ratio} × 100% = ${value}%`;
  claim(ctx, kind, li, at, true, `${arithmetic}，文中缺%`);
  warnUnitMissing(ctx, li, ctx.lines[li] ?? '', at, value, `${value}%`, `“${name}”缺少%：${arithmetic}。`);
}

/** A figure at `at` of logical line `li` printed without its unit or %: a `unit.missing` warning quoting it. */
export function warnUnitMissing(
  ctx: Ctx,
  li: number,
  line: string,
  at: number,
  value: string,
  expected: string,
  message: string,
): void {
  report(
    ctx,
    li,
    'unit.missing',
    'warning',
    excerptOf(line, at, at + value.length, 20),
    expected,
    value,
    message,
    at,
  );
}
