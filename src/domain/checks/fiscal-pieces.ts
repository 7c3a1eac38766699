/**
 * A 财政拨款收入支出决算总表 that the layout left in many pieces (its 类 labels wrapped, its header repeated after a
 * page break), so that no piece names the columns of another. Its 支出 half's columns are then told by its
 * 本年支出合计 row — 合计 first, then each 财政拨款 in the order printed — and:
 *  - a 类 row whose 合计 is not the sum of its 财政拨款 figures, the 一般公共预算财政拨款支出决算表's 类 saying the
 *    合计 is right, and the one 财政拨款 figure making its column add up to 本年支出合计 only when set to the 合计:
 *    that figure is reported (`table.row-sum`);
 *  - the 年末财政拨款结转和结余 row, when it is not the sum of its 财政拨款 figures: each column's 总计 = 本年支出合计 +
 *    年末结转和结余 names the figure at fault — the one column where that fails and holds with the row's figure set
 *    right, all other columns holding (`table.row-sum`).
 * Rows are read in their own piece's columns; a figure is put in the 本年支出合计 row's column whose cell ends
 * nearest its own (within 4 display columns, nearer by 3 than any other), else its row is not read.
 */
import { dec } from '../money/index.ts';
import { claim, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { className } from './figure-claims.ts';
import { detailClasses, expenseName, figureEnds, summaries } from './summary-classes.ts';
import { itemsOf, squashSpaces, type TableModel, type TFigure, type TItem } from './table-model.ts';
import { judgeSum, showAs } from './verdict.ts';

type Row = { it: TItem; figs: (TFigure | null)[] };
const CLOSING = /^年末(?:财政拨款)?结转和结余$/;

export function checkFiscalPieces(ctx: Ctx, models: readonly TableModel[]): void {
  // (The 总表 read is titled 财政拨款收入支出决算总表: kindOf's fiscal-summary.)
  if (!mentionsAll(ctx, ['财政拨款收入支出决算总表'])) return;
  const fiscal = summaries(ctx, models).filter((s) => s.kind === 'fiscal-summary');
  if (fiscal.length !== 1 || fiscal[0]!.models.length < 2) return;
  const pieces = fiscal[0]!.models;
  const title = pieces[0]!.table.title;
  const found = totalRow(pieces);
  if (!found) return;
  const { total, ends } = found;
  const rowOf = (it: TItem, m: TableModel): Row | null => {
    const at = figureEnds(m, it.line);
    const figs: (TFigure | null)[] = ends.map(() => null);
    let last = -1;
    for (const f of it.figures) {
      const e = at.get(f);
      if (e === undefined) return null;
      const dist = ends.map((x) => Math.abs(x - e));
      const col = dist.indexOf(Math.min(...dist));
      if (dist[col]! > 4 || dist.some((d, k) => k !== col && d - dist[col]! < 3) || col <= last) return null;
      figs[col] = f;
      last = col;
    }
    return { it, figs };
  };
  const classes: Row[] = [];
  let closing: Row | null = null;
  let grand: Row | null = null;
  for (const m of pieces)
    for (const it of itemsOf(m)) {
      // (A line's 收入 item comes first: its 总计 is overwritten by the 支出 half's.)
      if (it.figures.length === 0 || it.unplaced > 0) continue;
      const label = squashSpaces(it.label);
      const name = expenseName(label);
      const row = name || CLOSING.test(label) || label === '总计' ? rowOf(it, m) : null;
      if (name && row) classes.push(row);
      else if (name) return;
      if (CLOSING.test(label)) closing = row;
      if (label === '总计') grand = row;
    }
  checkClassRows(ctx, title, classes, total, models);
  if (closing && grand) checkClosing(ctx, title, closing, total, grand);
}

/** The 支出 half's 本年支出合计 row (two figures or more) and where its cells end. */
function totalRow(pieces: readonly TableModel[]): { total: Row; ends: number[] } | null {
  for (const m of pieces)
    for (const it of itemsOf(m)) {
      if (squashSpaces(it.label) !== '本年支出合计') continue;
      if (it.figures.length < 2 || it.unplaced > 0) return null;
      const at = figureEnds(m, it.line);
      const ends = it.figures.map((f) => at.get(f));
      if (ends.some((e) => e === undefined)) return null;
      return { total: { it, figs: [...it.figures] }, ends: ends as number[] };
    }
  return null;
}

const zero = (line: number): TFigure => ({ value: '0', places: 0, col: -1, line, text: '' });
const at = (r: Row, c: number): TFigure => r.figs[c] ?? zero(r.it.line);

/** Whether a column's 类 add up to 本年支出合计 (`fix`: one row's figure set to another value). */
function columnHolds(classes: readonly Row[], total: Row, c: number, fix?: { row: Row; value: string }) {
  const t = total.figs[c];
  if (!t) return null;
  const figs = classes.map((r) => (fix && r === fix.row ? { ...at(r, c), value: fix.value } : at(r, c)));
  return judgeSum(figs, t).kind !== 'wrong';
}

function checkClassRows(
  ctx: Ctx,
  title: string | null,
  classes: readonly Row[],
  total: Row,
  models: readonly TableModel[],
): void {
  const detail = detailClasses(models, 'gp-expense');
  if (!detail || classes.length < 2 || !columnHolds(classes, total, 0)) return;
  for (const r of classes) {
    const sum = r.figs[0];
    const parts = r.figs.slice(1).flatMap((f, k) => (f ? [{ f, c: k + 1 }] : []));
    if (!sum || parts.length !== 1 || judgeSum([parts[0]!.f], sum).kind !== 'wrong') continue;
    const name = expenseName(squashSpaces(r.it.label))!;
    const d = detail.byName.get(className(name));
    const { f, c } = parts[0]!;
    if (!d || !dec(d.value).eq(sum.value) || columnHolds(classes, total, c) !== false) continue;
    if (!columnHolds(classes, total, c, { row: r, value: sum.value })) continue;
    claim(
      ctx,
      'table',
      f.line,
      0,
      false,
      `《${title}》“${name}”行合计${sum.value}等于其后各栏之和，表中为${f.value}`,
    );
    report(
      ctx,
      f.line,
      'table.row-sum',
      'error',
      `${name} ${sum.text} ${f.text}`,
      sum.value,
      f.text,
      `《${title}》“${name}”行合计为${sum.value}，其财政拨款分栏只有一栏有数，应同为${sum.value}，表中为${f.value}，相差${showAs(dec(sum.value).minus(f.value).abs(), [sum, f])}。第${d.line + 1}行《${detail.model.table.title}》该类为${d.value}；按${sum.value}计，该栏各类支出之和与本年支出合计${total.figs[c]!.value}相符。`,
      0,
    );
  }
}

/** The 年末结转和结余 row against its 合计 and, column by column, 总计 = 本年支出合计 + 年末结转和结余. */
function checkClosing(ctx: Ctx, title: string | null, closing: Row, total: Row, grand: Row): void {
  const sum = closing.figs[0];
  if (!sum || !grand.figs[0] || !total.figs[0]) return;
  const cols = closing.figs.map((_, c) => c).filter((c) => c > 0 && (closing.figs[c] || total.figs[c]));
  if (cols.length < 2) return;
  const parts = cols.map((c) => at(closing, c));
  if (judgeSum(parts, sum).kind !== 'wrong') return;
  const holds = (c: number, value?: string): boolean | null => {
    const g = grand.figs[c];
    if (!g) return null;
    const e = value === undefined ? at(closing, c) : { ...at(closing, c), value };
    return judgeSum([at(total, c), e], g).kind !== 'wrong';
  };
  if (!holds(0)) return;
  const failing = cols.filter((c) => holds(c) === false);
  if (failing.length !== 1 || cols.some((c) => holds(c) === null)) return;
  const c = failing[0]!;
  const others = cols.filter((k) => k !== c).map((k) => at(closing, k));
  const want = showAs(
    others.reduce((acc, f) => acc.minus(f.value), dec(sum.value)),
    [sum, ...others],
  );
  if (!holds(c, want)) return;
  const f = at(closing, c);
  if (f.text === '') return;
  const partsText = parts.map((p) => p.value).join(' + ');
  const computed = showAs(
    parts.reduce((acc, p) => acc.plus(p.value), dec(0)),
    [sum, ...parts],
  );
  const g = grand.figs[c]!;
  const t = at(total, c);
  claim(
    ctx,
    'table',
    f.line,
    0,
    false,
    `《${title}》“年末财政拨款结转和结余”行合计等于其后各栏之和：${partsText} = ${computed}，表中${sum.value}`,
  );
  report(
    ctx,
    f.line,
    'table.row-sum',
    'error',
    `年末财政拨款结转和结余 ${closing.figs.flatMap((x) => (x ? [x.text] : [])).join(' ')}`,
    want,
    f.text,
    `《${title}》“年末财政拨款结转和结余”行合计${sum.value}应等于其后各栏之和，而 ${partsText} = ${computed}，相差${showAs(dec(computed).minus(sum.value).abs(), [sum, ...parts])}。该栏总计${g.value}应等于本年支出合计${t.value}加年末结转和结余：按表中${f.value}计为${showAs(dec(t.value).plus(f.value), [t, f])}，不符；按${want}（合计${sum.value}减其余各栏）计则相符，故该栏${f.value}有误。`,
    0,
  );
}
