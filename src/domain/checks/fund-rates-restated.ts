/**
 * A 自评表's 执行率 told again in the text after it: "自评结论：…项目全年执行数336.18万元，执行率85.11%，结余资金…" —
 * the amount is the form's 全年执行数 (ctx.fundRows, read by the 项目资金 rules), so the rate is that amount ÷ the
 * form's 全年预算数 (`completion.percent`). Read in the paragraphs from the form's 项目资金 row to the next form's
 * (or FOLLOWING_LINES below it), when the sentence states no budget of its own and the amount is the form's to
 * the cent.
 */
import { completionPercent } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { printedPlaces } from './numbers.ts';
import { judgeRatio, SHARE, show, verdictClause } from './verdict.ts';

/** How far below its 项目资金 row a form's text may restate its figures. */
const FOLLOWING_LINES = 160;
const SPENT_THEN_RATE =
  /执行(?:数|资金|金额)?(?:为)?\s*(\d[\d,]*\.\d+)\s*万元\s*[，,]\s*(?:预算|资金)?执行率(?:为)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;

export function checkFundRatesRestated(ctx: Ctx): void {
  const funds = [...ctx.fundRows].sort((a, b) => a.line - b.line);
  funds.forEach((fund, k) => {
    if (!/^\d+(?:\.\d+)?$/.test(fund.budget) || Number(fund.budget) === 0) return;
    const end = Math.min(funds[k + 1]?.line ?? Infinity, fund.line + FOLLOWING_LINES, ctx.lines.length);
    for (let li = fund.line + 1; li < end; li++) {
      const line = ctx.lines[li]!;
      if (
        !line.includes('执行率') ||
        ctx.layout.blocks.some((b) => b.kind === 'table' && b.first <= li && li <= b.last)
      )
        continue;
      for (const m of allMatches(line, SPENT_THEN_RATE)) {
        const spent = m[1]!.replace(/,/g, '');
        if (spent !== fund.spent) continue;
        // (A budget in the sentence: the rate may be of it — other rules read that.)
        const from = Math.max(line.lastIndexOf('。', m.index) + 1, 0);
        if (/预算/.test(line.slice(from, m.index))) continue;
        const rate = m[2]!;
        const printed = { value: rate, places: printedPlaces(rate) };
        const v = judgeRatio(
          printed,
          [
            { value: spent, places: printedPlaces(spent) },
            { value: fund.budget, places: printedPlaces(fund.budget) },
          ],
          ([a, b]) => completionPercent(a!, b!),
          SHARE,
        );
        if (!v) continue;
        const exact = v.kind === 'ok' ? rate : show(v.exact, printed.places);
        const at = m.index + m[0].lastIndexOf(rate);
        const arithmetic = `${spent} ÷ 自评表全年预算数${fund.budget} × 100% = ${exact}%`;
        claim(ctx, 'completion', li, at, v.kind !== 'wrong', `执行率：${arithmetic}，文中${rate}%`);
        if (v.kind === 'ok') continue;
        report(
          ctx,
          li,
          'completion.percent',
          v.severity,
          excerptOf(line, m.index, m.index + m[0].length, 10),
          `${exact}%`,
          `${rate}%`,
          `执行率应为 全年执行数${arithmetic}（第${fund.line + 1}行自评表），文中为${rate}%${verdictClause(v.kind)}。`,
          at,
        );
      }
    }
  });
}
