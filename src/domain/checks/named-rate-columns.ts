/**
 * A rate column whose header names the two columns it is of: "决算数占调整预算数%", "决算数占年初预算数的比例（%）"
 * (a header wrapped over two lines is read whole: the words under its cell). In each row printing all three
 * figures (the second not zero), the rate must be the first named column's figure ÷ the second's × 100
 * (`table.rate`, rounding-aware). Judged only when each name is one column's header, and reported only
 * when at least two rows hold and more rows hold than do not (a column read under the wrong header would
 * fail in most rows). A row whose rate another rule judged (a `completion` claim on its line) is left to it.
 *
 * So also a column headed "决算比预算增减%" ("决算数比年初预算增减率") with no 增减额 column beside it (that pair is
 * table-claims.ts's): in each row, (决算 − 预算) ÷ 预算 × 100 (`change.percent`; the opposite sign:
 * `change.direction`). Read only when one budget column (预算, no 决算) and one 决算 column not of last year are
 * told, under the same two-rows-and-most rule.
 */
import { dec, type Dec } from '../money/index.ts';
import { claim, report, type Ctx } from './context.ts';
import { figureAt, itemsOf, squashSpaces, type TableModel, type TFigure, type TItem } from './table-model.ts';
import { judgeRatio, SHARE, show, type Percent } from './verdict.ts';

/** "A占B%", "A占B的比例（%）", "A占B比重%". */
const NAMED_RATE = /^(.{2,12}?)占(.{2,12}?)的?(?:比例|比重|百分比)?[（(]?[%％][）)]?$/;

export function checkNamedRateColumns(ctx: Ctx, model: TableModel): void {
  checkBudgetChangeColumn(ctx, model);
  const heads = model.headers.map((_, c) => fullHeader(model, c));
  for (let c = 0; c < model.columns; c++) {
    const m = NAMED_RATE.exec(heads[c]!);
    if (!m) continue;
    const a = onlyColumn(heads, m[1]!, c);
    const b = onlyColumn(heads, m[2]!, c);
    if (a < 0 || b < 0 || a === b) continue;
    const judged: Array<{ item: TItem; R: TFigure; A: TFigure; B: TFigure; exact: string }> = [];
    let held = 0;
    for (const item of itemsOf(model)) {
      const [R, A, B] = [figureAt(item, c), figureAt(item, a), figureAt(item, b)];
      if (!R || !A || !B || !dec(B.value).gt(0)) continue;
      const line = ctx.layout.lineAt(item.line, 0) + 1;
      if (ctx.claims.some((cl) => cl.kind === 'completion' && cl.line === line)) continue;
      const v = judgeRatio(R, [A, B], ([x, y]) => x!.div(y!).times(100), SHARE);
      if (!v) continue;
      if (v.kind !== 'wrong') held++;
      else if (!explained(ctx, line, R, A, B, ([x, y]) => x!.div(y!).times(100), SHARE))
        judged.push({ item, R, A, B, exact: show(v.exact, R.places) });
    }
    if (held < 2 || held <= judged.length) continue;
    const name = model.table.title ? `《${model.table.title}》` : '表格';
    for (const { item, R, A, B, exact } of judged) {
      const label = [item.code, squashSpaces(item.label)].filter(Boolean).join(' ');
      const arithmetic = `${A.value} ÷ ${B.value} × 100% = ${exact}%`;
      claim(
        ctx,
        'completion',
        R.line,
        0,
        false,
        `${name}“${label}”${heads[c]}：${arithmetic}，表中${R.value}%`,
      );
      report(
        ctx,
        R.line,
        'table.rate',
        'error',
        `${label} ${item.figures.map((f) => f.text).join(' ')}`,
        `${exact}%`,
        R.text,
        `${name}“${label}”行“${heads[c]}”应为“${m[1]}”÷“${m[2]}”：${arithmetic}，表中为${R.value}%。`,
        0,
      );
    }
  }
}

/** The column headed `name` (spaces aside), when exactly one other than `not` is; else -1. */
function onlyColumn(heads: readonly string[], name: string, not: number): number {
  const found = heads.flatMap((h, i) => (i !== not && h === name ? [i] : []));
  return found.length === 1 ? found[0]! : -1;
}

/**
 * Column `col`'s header without spaces, with the words printed under its cell on the header lines below it
 * ("决算数占调整" / "预算数%"): the header's cell is the one the model's header begins with.
 */
function fullHeader(model: TableModel, col: number): string {
  const head = squashSpaces(model.headers[col] ?? '');
  const first = model.rows[0]?.line;
  if (!head || first === undefined || /[%％]/.test(head)) return head;
  const rows = model.table.rows.filter((r) => r.line < first);
  for (const r of rows)
    for (const cell of r.cells) {
      const text = squashSpaces(cell.text);
      if (text.length < 2 || !head.startsWith(text) || !text.includes('占')) continue;
      const end = cell.start + cell.text.length;
      let whole = head;
      for (const below of rows)
        if (below.line > r.line)
          for (const d of below.cells)
            if (
              d.text.trim() &&
              d.start < end &&
              cell.start < d.start + d.text.length &&
              !head.endsWith(squashSpaces(d.text))
            )
              whole += squashSpaces(d.text);
      return whole;
    }
  return head;
}

/**
 * Whether the rate holds of a figure of its row already reported as not the sum of its parts (a 类 that is not
 * Σ 款, a 合计 that is not Σ its columns): the rate is then of that sum, and the fault is the figure's.
 */
function explained(
  ctx: Ctx,
  line: number,
  R: { value: string; places: number },
  A: TFigure,
  B: TFigure,
  rate: (v: Dec[]) => Dec,
  percent: Percent,
): boolean {
  for (const f of ctx.findings) {
    if (f.line !== line || !f.rule.startsWith('table.') || !/^-?\d+(?:\.\d+)?$/.test(f.expected)) continue;
    const fixed = { value: f.expected, places: A.places };
    const inputs =
      f.found === A.text ? [fixed, B] : f.found === B.text ? [A, { ...fixed, places: B.places }] : null;
    if (inputs && judgeRatio(R, inputs, rate, percent)?.kind !== 'wrong') return true;
  }
  return false;
}

/** "决算比预算增减%", "决算数比年初预算增减率（%）": the 决算's change on the budget, as a rate. */
const BUDGET_CHANGE_RATE =
  /^决算数?比(年初|调整后?)?预算数?的?(?:增减|增长|变动)(?:率|幅度)?(?:[（(][%％][）)]|[%％])?$/;
const IS_CHANGE = /增减|增长|变动/;
/** |决算 − 预算| ÷ 预算 × 100, of the inputs [决算, 预算]. */
const CHANGE: Percent = { num: [1, -1], den: [0, 1], abs: true };
const changeRate = ([x, y]: Dec[]): Dec => x!.minus(y!).div(y!).times(100).abs();

/** The 决算比预算增减% column (see the header comment); nothing when its columns are not told. */
function checkBudgetChangeColumn(ctx: Ctx, model: TableModel): void {
  const heads = model.headers.map((h) => squashSpaces(h));
  const rateCols = heads.flatMap((h, c) => {
    const m = BUDGET_CHANGE_RATE.exec(h);
    return m && /率|幅度|[%％]/.test(h) ? [{ c, kind: m[1] }] : [];
  });
  if (rateCols.length !== 1) return;
  const { c, kind } = rateCols[0]!;
  // A 增减额 on the budget beside it: the pair is read by table-claims.ts.
  if (heads.some((h) => IS_CHANGE.test(h) && /预算/.test(h) && !/率|幅度|[%％]/.test(h))) return;
  const cols = (f: (h: string) => boolean): number[] => heads.flatMap((h, i) => (f(h) ? [i] : []));
  const plain = (h: string): boolean => !IS_CHANGE.test(h) && !/率|幅度|[%％]|占/.test(h);
  const budget = cols((h) => plain(h) && /预算/.test(h) && !/决算/.test(h));
  const lastYear = ctx.year === null ? /上年/ : new RegExp(`上年|${ctx.year - 1}\\s*年`);
  const outturn = cols((h) => plain(h) && /决算/.test(h) && !/预算/.test(h) && !lastYear.test(h));
  if (budget.length !== 1 || outturn.length !== 1) return;
  const [B, N] = [budget[0]!, outturn[0]!];
  // "比年初预算" over a 调整预算 column (or the other way round): another base.
  const other = kind?.startsWith('年初') ? /调整/ : kind ? /年初/ : null;
  if (other?.test(heads[B]!)) return;
  const judged: Array<{ item: TItem; R: TFigure; A: TFigure; Bf: TFigure; exact: string; flipped: boolean }> =
    [];
  let held = 0;
  for (const item of itemsOf(model)) {
    if (item.unplaced > 0) continue;
    const [R, A, Bf] = [figureAt(item, c), figureAt(item, N), figureAt(item, B)];
    if (!R || !A || !Bf || !dec(Bf.value).gt(0)) continue;
    const delta = dec(A.value).minus(Bf.value);
    const printed = { value: R.value.replace(/^-/, ''), places: R.places };
    const flipped =
      !delta.isZero() && !dec(printed.value).isZero() && R.value.startsWith('-') !== delta.isNeg();
    const v = judgeRatio(printed, [A, Bf], changeRate, CHANGE);
    if (!v) continue;
    const line = ctx.layout.lineAt(item.line, 0) + 1;
    if (v.kind !== 'wrong' && !flipped) held++;
    else if (v.kind !== 'wrong' || !explained(ctx, line, printed, A, Bf, changeRate, CHANGE)) {
      const exact = v.kind === 'wrong' ? show(v.exact, R.places) : printed.value;
      judged.push({ item, R, A, Bf, exact: `${delta.isNeg() ? '-' : ''}${exact}`, flipped });
    }
  }
  if (held < 2 || held <= judged.length) return;
  const name = model.table.title ? `《${model.table.title}》` : '表格';
  for (const { item, R, A, Bf, exact, flipped } of judged) {
    const label = [item.code, squashSpaces(item.label)].filter(Boolean).join(' ');
    const arithmetic = `(${A.value} − ${Bf.value}) ÷ ${Bf.value} × 100 = ${exact}`;
    claim(ctx, 'table', R.line, 0, false, `${name}“${label}”${heads[c]}：${arithmetic}，表中${R.value}`);
    report(
      ctx,
      R.line,
      flipped ? 'change.direction' : 'change.percent',
      'error',
      `${label} ${item.figures.map((f) => f.text).join(' ')}`,
      exact,
      R.text,
      flipped
        ? `${name}“${label}”决算${A.value}${dec(A.value).lt(Bf.value) ? '少于' : '多于'}预算${Bf.value}，“${heads[c]}”的正负号却相反（表中${R.value}）。`
        : `${name}“${label}”行“${heads[c]}”应为（决算 − 预算）÷ 预算 × 100：${arithmetic}，表中为${R.value}。`,
      0,
    );
  }
}
