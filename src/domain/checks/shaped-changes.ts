/**
 * A comparison table's 增减额 column told by its rows' shape when its header could not be read (a header of
 * three lines whose pieces the layout ran into other columns: "2025年预算数决算数 | 2025年增减额 | 较预算增减增减率
 * …"): no rule reading columns by their names judged it. Read from the figures instead: three amount columns N,
 * L and D of which every row but one holds N = L + D — D the one of L and D printing a negative figure (a change;
 * N and L never do) — and that one row's D is not N − L (`table.change`).
 *
 * Precision first: only in a table whose header says 增减 (or 增长, 变动) and none of whose 增减额 another rule
 * judged; every row a name and a figure in each column (no % in the three), at least three other rows holding
 * the relation with L and D not zero, one row breaking it beyond rounding — a row whose figure another rule
 * found not to be the sum of its parts holds when that sum does (its fault is reported there) — and no other
 * finding on that row.
 *
 * Its rate column likewise (`table.rate`): a column of percentages R of which every row but one holds
 * R = D ÷ L × 100 — D a change column (printing a negative), L a column of positive amounts — exactly, in at
 * least three rows with D not zero, the one row's R beyond the rounding of its figures; one such pair of
 * columns only, and no other finding on that row (a wrong 增减额 is that row's fault, its rate is not judged).
 */
import { dec, type Dec } from '../money/index.ts';
import { claim, report, type Ctx } from './context.ts';
import {
  figureAt,
  itemsOf,
  modelWithPercents,
  squashSpaces,
  type TableModel,
  type TFigure,
  type TItem,
} from './table-model.ts';
import { judgeRatio, judgeSum, show, showAs } from './verdict.ts';

const CHANGE_WORDS = /增减|增长|变动/;

export function checkShapedChanges(
  ctx: Ctx,
  models: readonly TableModel[],
  correctedSum: (f: TFigure) => string | undefined,
): void {
  for (const model of models) checkModel(ctx, model, correctedSum);
}

function checkModel(ctx: Ctx, model: TableModel, correctedSum: (f: TFigure) => string | undefined): void {
  const cols = model.columns;
  if (cols < 3 || model.table.shape === 'plain') return;
  const items = itemsOf(model);
  if (items.length < 4 || items.some((i) => i.unplaced > 0 || i.figures.length === 0)) return;
  const firstRow = Math.min(...items.map((i) => i.line));
  const head = [...ctx.lines.slice(model.table.first, firstRow), ...model.headers].join(' ');
  if (!CHANGE_WORDS.test(head)) return;
  // (A 增减额 another rule judged on these rows: the columns were read by their names.)
  const lines = new Set(items.map((i) => ctx.layout.lineAt(i.line, 0) + 1));
  // (A sum of a column whose header names its 增减额 is no such judgement.)
  const judged = ctx.claims.some(
    (c) =>
      c.kind === 'table' &&
      lines.has(c.line) &&
      c.arithmetic.includes('增减额') &&
      !c.arithmetic.includes('各项之和'),
  );
  if (!judged) checkChanges(ctx, model, items, correctedSum);
  // The rates, with the percentages the model left out under a header it could not read.
  const withRates = items.some((i) => i.figures.some((f) => f.text.includes('%')))
    ? model
    : modelWithPercents(model);
  // (A row some of whose figures found no column is left out: each row's rate is its own.)
  const rateItems = itemsOf(withRates).filter((i) => i.unplaced === 0);
  if (rateItems.length >= 4) checkRates(ctx, withRates, rateItems);
}

/** Amount columns: a figure in every row, none with %; and which of them print a negative. */
function amountColumns(items: readonly TItem[], cols: number): { amount: boolean[]; negative: boolean[] } {
  const amount: boolean[] = [];
  const negative: boolean[] = [];
  for (let c = 0; c < cols; c++) {
    const figs = items.map((i) => figureAt(i, c));
    amount.push(figs.every((f) => f !== null && !f.text.includes('%')));
    negative.push(figs.some((f) => f !== null && dec(f.value).isNegative()));
  }
  return { amount, negative };
}

/** The 增减额 columns: N = L + D in every row but one (see the module comment). */
function checkChanges(
  ctx: Ctx,
  model: TableModel,
  items: readonly TItem[],
  correctedSum: (f: TFigure) => string | undefined,
): void {
  const cols = model.columns;
  const { amount, negative } = amountColumns(items, cols);
  const reported = new Set<number>();
  for (let n = 0; n < cols; n++) {
    if (!amount[n] || negative[n]) continue;
    for (let l = 0; l < cols; l++) {
      if (l === n || !amount[l] || negative[l]) continue;
      for (let d = 0; d < cols; d++) {
        if (d === n || d === l || !amount[d] || !negative[d]) continue;
        const outlier = soleOutlier(items, n, l, d, correctedSum);
        if (!outlier || reported.has(outlier.line)) continue;
        if (reportRow(ctx, model, outlier, n, l, d)) reported.add(outlier.line);
      }
    }
  }
}

/** The change-rate columns: R = D ÷ L × 100 in every row but one (see the module comment). */
function checkRates(ctx: Ctx, model: TableModel, items: readonly TItem[]): void {
  const cols = model.columns;
  const { amount, negative } = amountColumns(items, cols);
  for (let r = 0; r < cols; r++) {
    if (!items.every((i) => figureAt(i, r)?.text.includes('%'))) continue;
    const found: { row: TItem; d: number; l: number; exact: Dec }[] = [];
    let pairs = 0;
    for (let d = 0; d < cols; d++) {
      if (!amount[d] || !negative[d]) continue;
      for (let l = 0; l < cols; l++) {
        if (l === d || !amount[l] || negative[l]) continue;
        const outlier = rateOutlier(items, r, d, l);
        if (outlier === undefined) continue;
        pairs++;
        if (outlier) found.push({ ...outlier, d, l });
      }
    }
    if (pairs !== 1 || found.length !== 1) continue;
    const { row, d, l, exact } = found[0]!;
    const line = ctx.layout.lineAt(row.line, 0);
    if (ctx.findings.some((f) => f.line === line + 1)) continue;
    const [R, D, L] = [figureAt(row, r)!, figureAt(row, d)!, figureAt(row, l)!];
    const want = `${show(exact, R.places)}%`;
    const name = model.table.title ? `《${model.table.title}》` : '表格';
    const label = squashSpaces(row.label) || '合计';
    const arithmetic = `${D.value} ÷ ${L.value} × 100% = ${want}`;
    claim(
      ctx,
      'change',
      row.line,
      0,
      false,
      `${name}${label}增减率（第${r + 1}栏 = 第${d + 1}栏 ÷ 第${l + 1}栏，其他各行均如此）：${arithmetic}，表中${R.text}`,
    );
    report(
      ctx,
      row.line,
      'table.rate',
      'error',
      `${row.label} ${row.figures.map((f) => f.text).join(' ')}`,
      want,
      R.text,
      `${name}“${label}”的增减率应为 ${arithmetic}，表中为${R.text}（其他各行第${r + 1}栏均等于第${d + 1}栏 ÷ 第${l + 1}栏）。`,
      0,
    );
  }
}

/**
 * undefined when R = D ÷ L × 100 does not hold on these columns (a row breaking it beyond one, a base not
 * positive, fewer than three rows holding it with D not zero); null when every row holds it; else the one row
 * that does not, with its exact rate.
 */
function rateOutlier(
  items: readonly TItem[],
  r: number,
  d: number,
  l: number,
): { row: TItem; exact: Dec } | null | undefined {
  let support = 0;
  let outlier: { row: TItem; exact: Dec } | null = null;
  for (const it of items) {
    const [R, D, L] = [figureAt(it, r)!, figureAt(it, d)!, figureAt(it, l)!];
    if (!dec(L.value).gt(0)) return undefined;
    const v = judgeRatio(R, [D, L], ([x, y]) => x!.div(y!).times(100));
    if (!v) return undefined;
    if (v.kind === 'ok') {
      if (!dec(D.value).isZero()) support++;
      continue;
    }
    if (v.kind !== 'wrong') continue;
    if (outlier) return undefined;
    outlier = { row: it, exact: v.exact };
  }
  return support >= 3 ? outlier : undefined;
}

/** The one row not holding N = L + D when at least three others hold it with L and D not zero; else null. */
function soleOutlier(
  items: readonly TItem[],
  n: number,
  l: number,
  d: number,
  correctedSum: (f: TFigure) => string | undefined,
): TItem | null {
  let support = 0;
  let outlier: TItem | null = null;
  for (const it of items) {
    const [N, L, D] = [figureAt(it, n)!, figureAt(it, l)!, figureAt(it, d)!];
    const kind = judgeSum([L, D], N).kind;
    if (kind === 'ok') {
      if (!dec(L.value).isZero() && !dec(D.value).isZero()) support++;
      continue;
    }
    if (kind === 'rounding') return null;
    // A figure found not to be the sum of its parts: the row holds with that sum.
    const fixedN = correctedSum(N);
    const fixedL = correctedSum(L);
    if (fixedN !== undefined && judgeSum([L, D], { ...N, value: fixedN }).kind === 'ok') continue;
    if (fixedL !== undefined && judgeSum([{ ...L, value: fixedL }, D], N).kind === 'ok') continue;
    if (correctedSum(D) !== undefined || outlier) return null;
    outlier = it;
  }
  return support >= 3 ? outlier : null;
}

function reportRow(ctx: Ctx, model: TableModel, row: TItem, n: number, l: number, d: number): boolean {
  const line = ctx.layout.lineAt(row.line, 0);
  if (ctx.findings.some((f) => f.line === line + 1)) return false;
  const [N, L, D] = [figureAt(row, n)!, figureAt(row, l)!, figureAt(row, d)!];
  const want = showAs(dec(N.value).minus(L.value), [N, L]);
  const name = model.table.title ? `《${model.table.title}》` : '表格';
  const label = squashSpaces(row.label) || '合计';
  claim(
    ctx,
    'table',
    row.line,
    0,
    false,
    `${name}${label}增减额（第${d + 1}栏 = 第${n + 1}栏 − 第${l + 1}栏，其他各行均如此）：${N.value} − ${L.value} = ${want}，表中${D.value}`,
  );
  report(
    ctx,
    row.line,
    'table.change',
    'error',
    `${row.label} ${row.figures.map((f) => f.text).join(' ')}`,
    want,
    D.text,
    `${name}“${label}”的增减额应为 ${N.value} − ${L.value} = ${want}，表中为${D.value}（其他各行第${d + 1}栏均等于第${n + 1}栏减第${l + 1}栏）。`,
    0,
  );
  return true;
}
