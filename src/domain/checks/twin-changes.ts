/**
 * A 三公 table comparing its 决算 both with the 预算 and with last year, its four change columns under a header the
 * layout could not split into columns ("增减额  决算较预算  决算较上年" over "增减率 增减额 增减率": pieces of two
 * lines in another order than their columns). Read from the printed rows instead: each row prints its three
 * figures (上年决算, 预算, 决算, told by the model's headers) and then 增减额, 增减率, 增减额, 增减率 — the group named
 * first in the header (较预算 or 较上年) first. In each row the 增减额 is 决算 − its base and the 增减率 that
 * difference ÷ the base × 100.
 *
 * Precision first: read only when the model found fewer columns than the row prints, the header names 增减额 and
 * 增减率 twice each and both groups, every row prints seven figures (rates with "%" or "—"), and most rows' 增减额
 * agree in both groups (the columns are then read rightly; the other rows are the errors).
 */
import { claim, report, splitWhite, type Ctx } from './context.ts';
import { figureAt, itemsOf, type TableModel } from './table-model.ts';
import { judgeRatio, judgeSum, show, verdictClause, type Printed } from './verdict.ts';
import { dec } from '../money/index.ts';

const AMOUNT = /^-?\d[\d,]*(?:\.\d+)?$/;
const RATE = /^-?\d[\d,]*(?:\.\d+)?[%％]$|^[—–-]+$/;

type Cell = Printed & { text: string };

const cellOf = (text: string): Cell => {
  const value = text.replace(/[,%％]/g, '');
  const dot = value.indexOf('.');
  return { value, places: dot < 0 ? 0 : value.length - dot - 1, text };
};

/**
 * `correctedSum` gives a 决算 figure's sum of items when table-claims.ts found it wrong (passed in: table-claims.ts
 * calls this module).
 */
export function checkTwinChanges(
  ctx: Ctx,
  model: TableModel,
  correctedSum: (f: NonNullable<ReturnType<typeof figureAt>>) => string | undefined,
): void {
  const h = model.headers;
  if (h.length >= 7 || h.length < 3 || ctx.year === null) return;
  const items = itemsOf(model).filter((i) => i.unplaced === 0 && i.figures.length > 0);
  if (items.length < 2) return;
  const firstRow = Math.min(...items.map((i) => i.line));
  const head = ctx.lines.slice(model.table.first, firstRow).join(' ');
  const budgetAt = head.search(/[较比](?:年初)?预算/);
  const lastAt = head.search(/[较比](?:上年|去年|\d{4}\s*年)/);
  if (budgetAt < 0 || lastAt < 0) return;
  if (head.match(/增减额/g)?.length !== 2 || head.match(/增减率/g)?.length !== 2) return;
  const y = ctx.year;
  const col = (re: RegExp): number => {
    const found = h.slice(0, 3).flatMap((x, i) => (re.test(x) ? [i] : []));
    return found.length === 1 ? found[0]! : -1;
  };
  const B = col(/预算/);
  const N = col(new RegExp(`(?:本年|${y}\\s*年)决算`));
  const L = col(new RegExp(`(?:上年|${y - 1}\\s*年)决算`));
  if (B < 0 || N < 0 || L < 0 || new Set([B, N, L]).size !== 3) return;
  const rows: { item: (typeof items)[number]; cells: Cell[] }[] = [];
  for (const item of items) {
    const tokens = splitWhite(ctx.lines[item.line] ?? '').filter((t) => AMOUNT.test(t) || RATE.test(t));
    if (tokens.length !== 7) return;
    if (
      ![0, 1, 2, 3, 5].every((k) => AMOUNT.test(tokens[k]!)) ||
      !RATE.test(tokens[4]!) ||
      !RATE.test(tokens[6]!)
    )
      return;
    rows.push({ item, cells: tokens.map(cellOf) });
  }
  const groups =
    budgetAt < lastAt
      ? [
          { base: B, D: 3, R: 4, what: '决算较预算', baseName: '预算' },
          { base: L, D: 5, R: 6, what: '决算较上年', baseName: '上年决算' },
        ]
      : [
          { base: L, D: 3, R: 4, what: '决算较上年', baseName: '上年决算' },
          { base: B, D: 5, R: 6, what: '决算较预算', baseName: '预算' },
        ];
  for (const g of groups) {
    const agree = rows.filter(
      (r) => judgeSum([r.cells[g.base]!, r.cells[g.D]!], r.cells[N]!).kind === 'ok',
    ).length;
    if (agree < 2 || agree * 2 < rows.length) return;
  }
  const name = model.table.title ? `《${model.table.title}》` : '表格';
  for (const { item, cells } of rows) {
    const label = item.label.replace(/\s+/g, '') || '合计';
    // (A 决算 found not to be the sum of its items counts as that sum when the row's 增减额 was worked from it:
    // the fault is the 决算's, reported once.)
    const model0 = figureAt(item, N);
    const fixed = model0 && model0.value === cells[N]!.value ? correctedSum(model0) : undefined;
    for (const g of groups) {
      const [l, d, r] = [cells[g.base]!, cells[g.D]!, cells[g.R]!];
      const asSum = fixed !== undefined ? { ...cells[N]!, value: fixed } : null;
      const n = asSum && judgeSum([l, d], asSum).kind === 'ok' ? asSum : cells[N]!;
      const delta = dec(n.value).minus(l.value);
      const shownDelta = delta.toFixed(Math.max(n.places, l.places));
      const sum = judgeSum([l, d], n);
      claim(
        ctx,
        'table',
        item.line,
        0,
        sum.kind !== 'wrong',
        `${name}${label}${g.what}增减额：${n.value} − ${l.value} = ${shownDelta}，表中${d.value}`,
      );
      if (sum.kind !== 'ok') {
        report(
          ctx,
          item.line,
          'table.change',
          sum.severity,
          label,
          shownDelta,
          d.text,
          `${name}“${label}”${g.what}增减额应为 ${n.value} − ${l.value} = ${shownDelta}，表中为${d.value}。`,
          0,
        );
        continue;
      }
      if (!/\d/.test(r.text) || dec(l.value).isZero()) continue;
      const printed = { value: r.value.replace(/^-/, ''), places: r.places };
      if (!delta.isZero() && r.value.startsWith('-') !== delta.isNeg()) continue;
      const verdict = judgeRatio(
        printed,
        [n, l],
        ([a, b]) => (b!.isZero() ? null : a!.minus(b!).div(b!).times(100).abs()),
        {
          num: [1, -1],
          den: [0, 1],
          abs: true,
        },
      );
      if (!verdict) continue;
      const exact = `${delta.isNeg() ? '-' : ''}${verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places)}%`;
      claim(
        ctx,
        'table',
        item.line,
        0,
        verdict.kind !== 'wrong',
        `${name}${label}${g.what}增减率：(${n.value} − ${l.value}) ÷ ${l.value} × 100% = ${exact}，表中${r.text}`,
      );
      if (verdict.kind === 'ok') continue;
      report(
        ctx,
        item.line,
        'change.percent',
        verdict.severity,
        label,
        exact,
        r.text,
        `${name}“${label}”${g.what}增减率应为 (${n.value} − ${l.value}) ÷ ${l.value} × 100% = ${exact}，表中为${r.text}${verdictClause(verdict.kind)}。`,
        0,
      );
    }
  }
}
