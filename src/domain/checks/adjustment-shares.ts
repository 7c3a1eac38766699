/**
 * A budget adjustment's share of the opening budget: "年中调整预算318.40万元，调整幅度占年初预算的7.96%" — the
 * share must be the adjustment ÷ the 年初预算 of the 合计 row of the document's funds table (`share.percent`,
 * rounding-aware).
 *
 * Precision first: the adjustment's clause names a change (追加, 调减, 调增, 追减, 调整) and states that one amount,
 * right before "，(调整幅度)占年初预算(数)的X%"; the opening budget is read from the one table of the document
 * whose header names one 年初预算 column, in the amount's unit (or none stated), whose 合计 / 总计 row prints the
 * adjustment itself (its size, to its decimals) — so the table is the one the adjustment is of.
 */
import { dec } from '../money/index.ts';
import { sharePercent } from '../money/index.ts';
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { headedRows } from './headed-rows.ts';
import { printedPlaces } from './numbers.ts';
import { judgeRatio, show, SHARE, verdictClause, type Printed } from './verdict.ts';

const ADJUSTMENT_SHARE =
  /(?:追加|追减|调增|调减|调整)[^，,。；;：:\d]{0,16}?(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)\s*[，,]\s*(?:调整(?:幅度|比例)|幅度)?(?:为)?占年初预算(?:数|总额)?的?(?:比重|比例)?(?:为|是)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
const OPENING_HEAD = /^年初预算(?:数)?(?:[（(].*)?$/;
const AMOUNT = /^-?\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^-?\d+(?:\.\d+)?$/;
const TOTAL_ROW = /^(?:合计|总计)$/;

/** The 年初预算 of the one funds table whose 合计 row prints the adjustment; null when none or several. */
function openingBudget(ctx: Ctx, adjustment: Printed, unit: string): (Printed & { table: string }) | null {
  const found: (Printed & { table: string })[] = [];
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'table' || (block.unit !== '' && block.unit !== unit)) continue;
    const headed = headedRows(
      block,
      (r) => r.cells.filter((c) => OPENING_HEAD.test(c.text.replace(/\s+/g, ''))).length === 1,
    );
    if (!headed) continue;
    const names = headed.header.map((c) => c.text.replace(/\s+/g, ''));
    const col = names.findIndex((t) => OPENING_HEAD.test(t));
    for (const raw of block.rows.slice(headed.from)) {
      const row = headed.align(headed.header, raw);
      if (!row) continue;
      const texts = row.cells.map((c) => c.text.trim());
      const label = texts.find((t) => t !== '' && !/\d/.test(t))?.replace(/\s+/g, '') ?? '';
      if (!TOTAL_ROW.test(label)) continue;
      const open = texts[col] ?? '';
      if (!AMOUNT.test(open)) continue;
      const printsAdjustment = texts.some((t, k) => {
        if (k === col || !AMOUNT.test(t)) return false;
        const v = t.replace(/,/g, '').replace(/^-/, '');
        return printedPlaces(v) === adjustment.places && dec(v).eq(adjustment.value);
      });
      if (!printsAdjustment) continue;
      const value = open.replace(/,/g, '');
      found.push({ value, places: printedPlaces(value), table: block.title });
    }
  }
  return found.length === 1 ? found[0]! : null;
}

export function checkAdjustmentShares(ctx: Ctx): void {
  // (The share read is stated as 占年初预算.)
  if (!mentionsAll(ctx, ['占年初预算'])) return;
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph' || !b.text.includes('占年初预算')) continue;
    for (const m of b.text.matchAll(ADJUSTMENT_SHARE)) {
      const value = m[1]!.replace(/,/g, '');
      const part: Printed = { value, places: printedPlaces(value) };
      const whole = openingBudget(ctx, part, m[2]!);
      if (!whole || dec(whole.value).isZero()) continue;
      const printed: Printed = { value: m[3]!, places: printedPlaces(m[3]!) };
      const verdict = judgeRatio(printed, [part, whole], ([p, w]) => sharePercent(p!, w!), SHARE);
      if (!verdict) continue;
      const at = m.index + m[0].lastIndexOf(m[3]!);
      const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
      const where = whole.table ? `《${whole.table}》` : '表中';
      const arithmetic = `${part.value} ÷ ${where}合计年初预算${whole.value}${m[2]} × 100% = ${exact}%`;
      claim(ctx, 'share', b.first, at, verdict.kind !== 'wrong', `${arithmetic}，文中${printed.value}%`);
      if (verdict.kind === 'ok') continue;
      report(
        ctx,
        b.first,
        'share.percent',
        verdict.severity,
        excerptOf(b.text, m.index, m.index + m[0].length, 10),
        `${exact}%`,
        `${printed.value}%`,
        `调整数占年初预算的比例应为 ${arithmetic}，文中为${printed.value}%${verdictClause(verdict.kind)}。`,
        at,
      );
    }
  }
}
