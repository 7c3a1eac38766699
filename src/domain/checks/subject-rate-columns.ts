/**
 * A 科目 table's column of 决算 as a share of the 年初预算 — "决算数占年初预算%", "完成年初预算%" beside "年初预算数"
 * and "决算数 合计" (a 一般公共预算财政拨款支出决算表 as some provinces print it): each row's rate must be its 决算
 * 合计 ÷ its 年初预算数 × 100 (`completion.percent`, rounding-aware). item-tables.ts reads such columns in tables of
 * items; this rule reads tables of 科目 codes, which it leaves.
 *
 * Precision first: the one rate column, the one 年初预算 column and the one 决算 total column (合计, not 基本支出 or
 * 项目支出) are told by their headers; a row is judged only with all three figures in their columns, its budget
 * above zero; and only when the rates of at least two rows hold — proof the columns are read right.
 */
import { dec, type Dec } from '../money/index.ts';
import { claim, report, type Ctx } from './context.ts';
import { figureAt, squashSpaces, type TableModel } from './table-model.ts';
import { judgeRatio, SHARE, show, verdictClause, type RatioVerdict } from './verdict.ts';

const RATE_HEAD = /^(?:决算数?)?(?:占|完成)年初预算(?:数)?(?:的)?(?:比例|百分比)?(?:[（(]?[%％][）)]?)$/;
const BUDGET_HEAD = /^(?:\d{4}年度?)?年初预算(?:数)?$/;
const TOTAL_HEAD = /合计$|^决算数?$/;

export function checkSubjectRateColumns(ctx: Ctx, models: readonly TableModel[]): void {
  for (const model of models) {
    const heads = model.headers.map((h) => squashSpaces(h));
    const rates = heads.flatMap((h, i) => (RATE_HEAD.test(h) ? [i] : []));
    const budgets = heads.flatMap((h, i) => (BUDGET_HEAD.test(h) ? [i] : []));
    const totals = heads.flatMap((h, i) => (TOTAL_HEAD.test(h) && !/基本|项目|预算/.test(h) ? [i] : []));
    if (rates.length !== 1 || budgets.length !== 1 || totals.length !== 1) continue;
    const [R, B, O] = [rates[0]!, budgets[0]!, totals[0]!];
    const items = model.items.filter((i) => i.code !== null || /合\s*计/.test(i.label));
    if (items.length === 0 || items.some((i) => i.unplaced > 0)) continue;
    const ratio = ([a, b]: Dec[]) => (b!.isZero() ? null : a!.div(b!).times(100));
    const judged = items.flatMap((item) => {
      const [rate, budget, outturn] = [figureAt(item, R), figureAt(item, B), figureAt(item, O)];
      if (!rate || !budget || !outturn || !dec(budget.value).gt(0)) return [];
      const verdict = judgeRatio(rate, [outturn, budget], ratio, SHARE);
      return verdict ? [{ item, rate, budget, outturn, verdict }] : [];
    });
    if (judged.filter((j) => j.verdict.kind === 'ok').length < 2) continue;
    const name = model.table.title ? `《${model.table.title}》` : '表格';
    for (const { item, rate, budget, outturn, verdict } of judged) {
      // (A rate another rule judged stands.)
      if (ctx.claims.some((c) => c.kind === 'completion' && c.line === rate.line + 1)) continue;
      const exact = exactOf(verdict, rate.value, rate.places);
      const label = `${item.code ? `${item.code} ` : ''}${squashSpaces(item.label)}`;
      const arithmetic = `${outturn.value} ÷ ${budget.value} × 100 = ${exact}`;
      claim(
        ctx,
        'completion',
        rate.line,
        0,
        verdict.kind !== 'wrong',
        `${name}${label}${heads[R]}：${arithmetic}，表中${rate.value}`,
      );
      if (verdict.kind === 'ok') continue;
      report(
        ctx,
        rate.line,
        'completion.percent',
        verdict.severity,
        `${label} ${item.figures.map((f) => f.text).join(' ')}`,
        exact,
        rate.text,
        `${name}“${label}”${heads[R]}应为 ${arithmetic}，表中为${rate.value}${verdictClause(verdict.kind)}。`,
        0,
      );
    }
  }
}

function exactOf(verdict: RatioVerdict, printed: string, places: number): string {
  return verdict.kind === 'ok' ? printed : show(verdict.exact, places);
}
