/**
 * A 预算执行率 stated apart from its figures — "全年预算数580.00万元，执行数552.04万元。" and, a sentence or a
 * few paragraphs later, "预算执行率为95.18%。": the rate must be 执行数 ÷ 预算数 (`completion.percent`,
 * rounding-aware).
 *
 * Precision first: the rate's sentence states no amount (a sentence with its figures is the completion
 * rule's); its figures are those of the nearest text before it that states amounts — earlier in its own
 * paragraph, else one of the three paragraphs before (no table, heading or other budget in between; a
 * rate naming its 项目 needs the figures' text to name it too) — and that text states exactly
 * one budget and one outturn, in one money unit, and no other amount, none of them last year's. A part's rate
 * ("其中当年财政拨款执行率…") is not of those figures: not read.
 */
import { completionPercent, dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { MONEY_UNITS, type NumberToken } from './numbers.ts';
import { forEachFigureLine, lineFigures } from './prose-lines.ts';
import { judgeRatio, SHARE, show, verdictClause, type Printed } from './verdict.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

const RATE =
  /(?:预算执行率|资金执行率|执行率|(?:决算数?|执行数|实际支出)\s*完成(年初|全年|调整后?)?预算(?:数)?的?)\s*(?:为|是|达到|达)?\s*(\d+(?:\.\d+)?)\s*%/g;
/** The clause right before a budget: "全年预算数", "年初预算为", "调整后预算金额". */
const BUDGET = /预算(?:数|金额|资金|总额)?\s*(?:为|是|[:：])?\s*$/;
/** The clause right before an outturn: "执行数", "实际支出", "支出决算为". */
const OUTTURN =
  /(?:执行数|执行金额|实际执行|实际支出|实际使用|支出决算|决算数|全年执行|资金支出)\s*(?:为|是|[:：])?\s*$/;
const LAST_YEAR = /上年|去年|上一年|同期/;

type Context = { li: number; budget: NumberToken; outturn: NumberToken };

export function checkRatesInContext(ctx: Ctx): void {
  // (A 执行率 or a "完成…预算的" in %, against a 预算 stated before it.)
  if (!mentionsAll(ctx, ['%', '预算']) || !mentionsAny(ctx, ['执行率', '完成'])) return;
  let blockOf: Map<number, number> | null = null;
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('执行率') && !line.includes('完成')) return;
    const sents = sentencesAt(ctx, li);
    sents.forEach((s, si) => {
      for (const m of allMatches(s.text, RATE)) {
        // A sentence with its own amounts is read by the completion rules.
        if (
          lineFigures(ctx, li).some((t) => t.start >= s.start && t.start < s.end && MONEY_UNITS.has(t.unit))
        )
          return;
        if (/上年|去年|同期|目标|计划|预计|序时|进度/.test(s.text.slice(0, m.index))) continue;
        // "其中当年财政拨款执行率P%": a part's rate, not of the whole's figures before it.
        if (/其中/.test(s.text.slice(0, m.index))) continue;
        blockOf ??= new Map(ctx.layout.blocks.map((b, k) => [b.first, k]));
        // Only a paragraph's rate (a table row's 执行率 is the table rules').
        if (ctx.layout.blocks[blockOf.get(li) ?? -1]?.kind !== 'paragraph') return;
        const found = contextOf(ctx, li, sents[si]!.start, blockOf);
        if (!found) return;
        // "B项目预算执行率…": the figures must be stated of the project the rate names.
        const named = /([\u4e00-\u9fa5]{2,30}项目)/.exec(s.text.slice(0, m.index))?.[1];
        if (named && !(ctx.lines[found.li] ?? '').includes(named)) return;
        // "决算数完成年初预算的P%": a budget stated of another scope (调整后预算) is not the one compared with.
        const scope = m[1];
        const budgetClause = clauseOf(ctx.lines[found.li] ?? '', found.budget.start);
        if (
          scope !== undefined &&
          /年初|全年|调整/.test(budgetClause) &&
          !budgetClause.includes(scope.slice(0, 2))
        )
          return;
        judge(ctx, li, line, s.start + m.index, m, found);
      }
    });
  });
}

/** The budget and the outturn of the nearest text before `before` (in line `li`) that states amounts. */
function contextOf(ctx: Ctx, li: number, before: number, blockOf: Map<number, number>): Context | null {
  const own = lineFigures(ctx, li).filter((t) => t.start < before && MONEY_UNITS.has(t.unit));
  if (own.length > 0) return pick(ctx, li, own);
  const k = blockOf.get(li);
  if (k === undefined) return null;
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const b = ctx.layout.blocks[j]!;
    // A table or a heading between: the rate is of another section's figures.
    if (b.kind !== 'paragraph' || b.heading) return null;
    const money = lineFigures(ctx, b.first).filter((t) => MONEY_UNITS.has(t.unit));
    if (money.length > 0) return pick(ctx, b.first, money);
    // A paragraph between that speaks of a budget (another project's, or its adjustment): not read.
    if (/预算/.test(b.text)) return null;
  }
  return null;
}

function clauseOf(line: string, at: number): string {
  let k = at - 1;
  while (k >= 0 && !'，,；;。'.includes(line[k]!)) k--;
  return line.slice(k + 1, at);
}

function pick(ctx: Ctx, li: number, money: readonly NumberToken[]): Context | null {
  if (money.length !== 2) return null;
  const line = ctx.lines[li] ?? '';
  let budget: NumberToken | null = null;
  let outturn: NumberToken | null = null;
  for (const t of money) {
    let k = t.start - 1;
    while (k >= 0 && !'，,；;。'.includes(line[k]!)) k--;
    const clause = line.slice(k + 1, t.start);
    if (LAST_YEAR.test(clause)) return null;
    if ((clause.match(/20\d\d/g) ?? []).some((y) => ctx.year !== null && Number(y) !== ctx.year)) return null;
    if (BUDGET.test(clause) && !OUTTURN.test(clause)) budget = t;
    else if (OUTTURN.test(clause)) outturn = t;
  }
  if (!budget || !outturn || budget.unit !== outturn.unit || dec(budget.value).isZero()) return null;
  return { li, budget, outturn };
}

function judge(ctx: Ctx, li: number, line: string, at: number, m: RegExpExecArray, c: Context): void {
  const a: Printed = { value: c.outturn.value, places: c.outturn.places };
  const b: Printed = { value: c.budget.value, places: c.budget.places };
  const printed = { value: m[2]!, places: (m[2]!.split('.')[1] ?? '').length };
  const verdict = judgeRatio(printed, [a, b], ([x, y]) => completionPercent(x!, y!), SHARE);
  if (!verdict) return;
  const unit = c.budget.unit;
  const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
  const where = at + m[0].lastIndexOf(m[2]!);
  claim(
    ctx,
    'completion',
    li,
    where,
    verdict.kind !== 'wrong',
    `${a.value} ÷ ${b.value}${unit} × 100% = ${exact}%，文中${printed.value}%`,
  );
  if (verdict.kind === 'ok') return;
  const from = c.li === li ? `前文` : `第${ctx.layout.lineAt(c.li, c.budget.start) + 1}行`;
  report(
    ctx,
    li,
    'completion.percent',
    verdict.severity,
    excerptOf(line, at, at + m[0].length, 10),
    `${exact}%`,
    `${printed.value}%`,
    `${from}所述执行数${a.value}${unit}、预算数${b.value}${unit}，${m[0].includes('完成') ? '完成预算的比例' : '执行率'}应为 ${a.value} ÷ ${b.value} × 100% = ${exact}%，文中为${printed.value}%${verdictClause(verdict.kind)}。`,
    where,
  );
}
