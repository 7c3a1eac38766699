/**
 * The budget of an outturn the text states when a table of the document prints it: "项目实际支出 4,723.71 万元，
 * 预算执行率 89.98%" under a 资金使用情况表 whose 合计 row prints 预算数 5,250.00 and 实际支出 4,723.71.
 *
 * Read only when it leaves no doubt: the table's header names one budget column (预算, not a rate; or a 全年 /
 * 调整后 one beside a 年初 one, the opening budget then given too) and one
 * outturn column (实际支出, 执行数, 决算数 …), in the text's unit or with none stated, and exactly one row of
 * all the document's tables prints the outturn, to its decimals, in its outturn column.
 */
import { dec } from '../money/index.ts';
import type { Ctx } from './context.ts';
import { headedRows } from './headed-rows.ts';
import { printedPlaces } from './numbers.ts';
import type { Printed } from './verdict.ts';

const BUDGET_HEAD = /预算/;
const OUTTURN_HEAD = /实际支出|执行数|决算数|实际执行|支出数/;
const NOT_AMOUNT = /率|%|％|比例|占比|增减|差额|上年|去年/;
const AMOUNT = /^\d{1,3}(?:,\d{3})*\.\d+$|^\d+\.\d+$/;

/** An opening budget's column beside the adjusted one: "年初预算数", "年初预算". */
const OPENING_HEAD = /^年初/;

/**
 * The header's one budget column (its index), or -1: the only one, or — an opening budget's column beside it
 * ("年初预算数 全年预算数 全年执行数") — the one that is not the opening budget's, the budget a 执行率 is of.
 */
function budgetColumn(names: readonly string[]): number {
  const isBudget = (t: string): boolean => BUDGET_HEAD.test(t) && !NOT_AMOUNT.test(t);
  const all = names.flatMap((t, k) => (isBudget(t) ? [k] : []));
  if (all.length === 1) return all[0]!;
  const adjusted = all.filter((k) => !OPENING_HEAD.test(names[k]!));
  return all.length === 2 && adjusted.length === 1 && /^(?:全年|调整后)/.test(names[adjusted[0]!]!)
    ? adjusted[0]!
    : -1;
}

/** `opening`: the row's opening budget, printed beside the budget (年初预算数 beside 全年预算数). */
export type TableBudget = Printed & { label: string; table: string; opening?: Printed };

/** The budget of the one table row printing `outturn` (in `unit`) as its outturn; null when none or several. */
export function budgetOfOutturn(ctx: Ctx, outturn: Printed, unit: string): TableBudget | null {
  if (outturn.places === 0) return null;
  const found: TableBudget[] = [];
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'table' || (block.unit !== '' && block.unit !== unit)) continue;
    const isColumn = (re: RegExp) => (t: string) => re.test(t) && !NOT_AMOUNT.test(t);
    const headed = headedRows(block, (r) => {
      const texts = r.cells.map((c) => c.text.replace(/\s+/g, ''));
      return budgetColumn(texts) >= 0 && texts.filter(isColumn(OUTTURN_HEAD)).length === 1;
    });
    if (!headed) continue;
    const names = headed.header.map((c) => c.text.replace(/\s+/g, ''));
    const b = budgetColumn(names);
    const o = names.findIndex(isColumn(OUTTURN_HEAD));
    if (b < 0 || o < 0 || b === o) continue;
    const opening = names.findIndex((t, k) => k !== b && isColumn(BUDGET_HEAD)(t));
    for (const raw of block.rows.slice(headed.from)) {
      const row = headed.align(headed.header, raw);
      const out = row?.cells[o]?.text.trim() ?? '';
      const budget = row?.cells[b]?.text.trim() ?? '';
      if (!AMOUNT.test(out) || !AMOUNT.test(budget)) continue;
      const value = out.replace(/,/g, '');
      if (printedPlaces(value) !== outturn.places || !dec(value).eq(outturn.value)) continue;
      const v = budget.replace(/,/g, '');
      // (The row's label: its first words, of the row as printed — the aligned row may leave it out.)
      const label =
        raw.cells.map((c) => c.text.trim()).find((t) => /[\u4e00-\u9fa5]/.test(t) && !/\d/.test(t)) ?? '';
      const open = opening >= 0 ? (row!.cells[opening]?.text.trim() ?? '').replace(/,/g, '') : '';
      found.push({
        value: v,
        places: printedPlaces(v),
        label,
        table: block.title,
        ...(AMOUNT.test(open) ? { opening: { value: open, places: printedPlaces(open) } } : {}),
      });
    }
  }
  return found.length === 1 ? found[0]! : null;
}
