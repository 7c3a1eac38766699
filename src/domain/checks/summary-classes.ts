/**
 * The 支出 half of a 总表 (收入支出决算总表, 财政拨款收入支出决算总表: 收入 items left, 支出 items right on the same
 * lines, the 支出 by 类 numbered "十九、住房保障支出 331.48"), read over the pieces pdftotext leaves it in (a table
 * cut by a page break, its empty 类 rows taken for headings between the pieces):
 *  - 本年支出合计 = Σ the 类 rows above it — judged here only for a 总表 in pieces (one block: table-claims.ts);
 *  - each 类 = the same 类 in the detail table of the set: the 收入支出决算总表's against the 支出决算表's 本年支出合计
 *    column, the 财政拨款 总表's (when its 合计 and 一般公共预算 columns agree) against the 一般公共预算财政拨款支出决算表.
 * When a 类 disagrees and the 总表's 本年支出合计 holds with the detail table's figure instead, the 总表's figure is
 * the one at fault: reported on its line, the failed sum not again.
 * The 财政拨款 总表's 支出 rows are also read across (合计 = Σ its 财政拨款 columns), a row breaking it reported only
 * when the detail table and the column sums name the figure at fault (checkFiscalRows); the 本年支出合计 that
 * failed for that figure is then not reported again. A 总表 whose 支出 rows run over its pieces is read across
 * too, each later piece's figures put in the first piece's columns by where their cells end.
 * The 收入 half in pieces: 本年收入合计 = Σ its numbered items, a blank item 0 (checkIncomePieces).
 * Only a document with one table of each kind is read; a 支出 item whose figure has no column, or a line with
 * figures that is neither a numbered item nor a 收入 / 结转 line, leaves the sum unjudged.
 */
import { dec } from '../money/index.ts';
import { claim, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { className, kindOf, type TableKind } from './figure-claims.ts';
import { figureAt, itemsOf, squashSpaces, type TableModel, type TFigure, type TItem } from './table-model.ts';
import { addTo } from './multimap.ts';
import { cjkNumber } from './numbers.ts';
import type { TableCell } from './table-row.ts';
import { judgeSum, showAs } from './verdict.ts';

const ORDINAL_SPLIT = /[一二三四五六七八九十]+[、．.]/g;
/** A heading between the pieces: an empty numbered 类 (or 收入) row. */
const EMPTY_ROW = /^[一二三四五六七八九十]+[、．.][^\d]{1,30}$/;
/** A piece of a cell or header wrapped onto a line of its own: a few characters, no figure, no sentence. */
const WRAPPED = /^[^\d。；：:，,]{1,20}$/;
/** A numbered row of the 总表 that the layout left as text, its figures with it. */
const ROW_TEXT = /^[一二三四五六七八九十]+[、．.][^。；]{1,60}$/;

type Part = { name: string; item: TItem; fig: TFigure | null };
/** `textAt`: the number of pieces before the first numbered row left as text (its figures not known). */
export type Summary = {
  kind: TableKind;
  models: TableModel[];
  parts: Part[];
  total: TItem | null;
  sure: boolean;
  textAt: number | null;
};

/** The 支出 name of an item's label (the last numbered segment, when it is a 支出), null otherwise. */
export function expenseName(label: string): string | null {
  const l = squashSpaces(label);
  let last = -1;
  let end = 0;
  for (const m of l.matchAll(ORDINAL_SPLIT)) {
    last = m.index;
    end = m.index + m[0].length;
  }
  if (last < 0) return null;
  const name = l.slice(end);
  return name.endsWith('支出') ? name : null;
}

/**
 * Whether a numbered row left as text ends in its 支出 label with no figure after it, while any figure it prints
 * stands before that label (a 收入 figure): its 支出 类 is blank.
 */
function blankExpenseText(text: string): boolean {
  let last = -1;
  for (const m of text.matchAll(ORDINAL_SPLIT)) last = m.index;
  return last >= 0 && expenseName(text.slice(last)) !== null && !/\d/.test(text.slice(last));
}

/** Names each untitled piece of a 总表 as its 总表, for the sums judged within the piece. */
export function namePieces(ctx: Ctx, models: readonly TableModel[]): void {
  // (A 总表 is titled …收入支出决算总表: kindOf's summary and fiscal-summary.)
  if (!mentionsAll(ctx, ['收入支出决算总表'])) return;
  for (const s of summaries(ctx, models)) {
    const title = s.models[0]!.table.title;
    if (title) for (const m of s.models.slice(1)) m.claimName ??= `《${title}》`;
  }
}

/** Each 总表 with the untitled pieces after it (only empty numbered rows between). */
export function summaries(ctx: Ctx, models: readonly TableModel[]): Summary[] {
  // By first line: a model's table is a copy of its block when its 栏次 row or 行次 numbers were left out.
  const byFirst = new Map(models.map((m) => [m.table.first, m]));
  const out: Summary[] = [];
  let current: Summary | null = null;
  for (const b of ctx.layout.blocks) {
    if (b.kind === 'paragraph') {
      if (current) {
        const text = b.text.replace(/\s+/g, '');
        // A heading between the pieces, or a label cut off its row ("出", "拨款"), or the wrapped header:
        // the 总表 goes on. A numbered row with a figure read as text: it goes on, its figure not known.
        if (EMPTY_ROW.test(text) || WRAPPED.test(text)) continue;
        // (A row whose 支出 label ends the text, no figure after it — "一、…拨款4,827.36一、一般公共服务支出" — holds
        // a blank 支出 类: the 支出 half is still read whole.)
        if (ROW_TEXT.test(text)) {
          if (!blankExpenseText(text)) {
            current.sure = false;
            current.textAt ??= current.models.length;
          }
        } else current = null;
      }
      continue;
    }
    const m = byFirst.get(b.first);
    if (!m) {
      current = null;
      continue;
    }
    const kind = b.title ? kindOf(b.title) : null;
    if (kind === 'summary' || kind === 'fiscal-summary') {
      current = { kind, models: [m], parts: [], total: null, sure: true, textAt: null };
      out.push(current);
    } else if (current && !b.title) current.models.push(m);
    else current = null;
  }
  for (const s of out) readParts(s);
  return out;
}

/**
 * The 支出 类 of a 总表 and its 本年支出合计: the 类 above the 合计, or — a 合计 row printed at the top of the table,
 * no 类 above it — the 类 below it down to 总计.
 */
function readParts(s: Summary): void {
  let below = false;
  for (const it of s.models.flatMap((m) => itemsOf(m))) {
    const label = squashSpaces(it.label);
    if (label === '本年支出合计') {
      if (s.total) return;
      s.total = it;
      below = s.parts.length === 0;
      if (!below) return;
      continue;
    }
    if (below && label === '总计') return;
    if (it.unplaced > 0) s.sure = false;
    const name = expenseName(label);
    if (name) s.parts.push({ name, item: it, fig: it.figures[0] ?? null });
    // A line with figures that is neither a 支出 item nor a 收入 line (a 支出 label cut short by its
    // cell, "一、一般公共服务" over "支出"): the parts are not all known.
    else if (it.figures.length > 0 && !/收入|拨|结余$|结转$/.test(label)) s.sure = false;
  }
}

/** The 类 rows of the one detail table of `kind`, by name: the figure of its 合计 column. */
export function detailClasses(
  models: readonly TableModel[],
  kind: TableKind,
): { model: TableModel; byName: Map<string, TFigure> } | null {
  // (A 项目支出 or 基本支出 table is a part of the 支出, not the 类 totals.)
  const found = models.filter(
    (m) =>
      m.table.title && kindOf(m.table.title) === kind && !/项目|基本|三公|政府性|国有/.test(m.table.title),
  );
  if (found.length !== 1) return null;
  const model = found[0]!;
  // (A header the layout ran into the next one, "本年支出合计基本支出": the 合计 column still.)
  const col = model.headers.findIndex((h) => /^(?:本年支出)?合计/.test(squashSpaces(h)));
  if (col < 0) return null;
  const byName = new Map<string, TFigure>();
  for (const r of model.rows)
    for (const it of r.items) {
      if (it.code?.length !== 3) continue;
      const f = figureAt(it, col);
      if (f) byName.set(className(it.label), f);
    }
  return { model, byName };
}

/** Withdraws the `table.total` finding on `total` (table-claims.ts): a fault already told on another figure. */
function withdrawTotal(ctx: Ctx, total: TFigure): boolean {
  const k = ctx.findings.findIndex(
    (f) => f.rule === 'table.total' && f.line === total.line + 1 && f.found === total.text,
  );
  if (k >= 0) ctx.findings.splice(k, 1);
  return k >= 0;
}

/** Withdraws the `table.row-sum` finding of table-claims.ts that holds the row's 合计 `total` at fault. */
function withdrawRowSum(ctx: Ctx, total: TFigure): void {
  const k = ctx.findings.findIndex(
    (f) => f.rule === 'table.row-sum' && f.line === total.line + 1 && f.found === total.text,
  );
  if (k >= 0) ctx.findings.splice(k, 1);
}

/** How a sum set right meets its total: exactly, or within the rounding of its parts. */
const holds = (kind: string): string => (kind === 'ok' ? '恰为' : '在四舍五入误差内等于');

/** Σ of figures, as a Printed the verdicts take. */
const sumOf = (figs: readonly TFigure[]) => figs.reduce((acc, f) => acc.plus(f.value), dec(0));

/**
 * Where each figure's cell ends on its line (display columns): the figures of a line in column order matched to
 * its cells left to right (one amount may be printed twice on a line). A figure no cell prints is left out.
 */
export function figureEnds(model: TableModel, upTo: number): Map<TFigure, number> {
  const cells = new Map<number, TableCell[]>();
  for (const r of model.table.rows) for (const c of r.cells) addTo(cells, c.line, c);
  const figs = new Map<number, TFigure[]>();
  for (const it of itemsOf(model)) if (it.line <= upTo) for (const f of it.figures) addTo(figs, f.line, f);
  const out = new Map<TFigure, number>();
  for (const [line, list] of figs) {
    const row = [...(cells.get(line) ?? [])].sort((x, y) => x.start - y.start);
    let k = 0;
    for (const f of [...list].sort((x, y) => x.col - y.col)) {
      while (k < row.length && row[k]!.text.trim() !== f.text) k++;
      if (k < row.length) out.set(f, row[k++]!.end);
    }
  }
  return out;
}

/**
 * The items of a 总表 in pieces up to its 本年支出合计, each figure given the column of the first piece whose
 * figures end within two display columns of its own (the pieces of one page keep their columns; the first piece
 * names them). null when a figure lines up with no column or with two, or two figures of an item with one.
 */
function alignedItems(s: Summary): TItem[] | null {
  const last = s.models.flatMap((m) => itemsOf(m)).find((it) => squashSpaces(it.label) === '本年支出合计');
  if (!last) return null;
  const first = s.models[0]!;
  const ends = new Map<number, number[]>();
  for (const [f, e] of figureEnds(first, last.line)) addTo(ends, f.col, e);
  const out: TItem[] = [...itemsOf(first)];
  for (const m of s.models.slice(1)) {
    const at = figureEnds(m, last.line);
    for (const it of itemsOf(m)) {
      if (it.line > last.line) break;
      const figures: TFigure[] = [];
      for (const f of it.figures) {
        const e = at.get(f);
        const cols =
          e === undefined ? [] : [...ends].filter(([, es]) => es.some((x) => Math.abs(x - e) <= 2));
        if (cols.length !== 1) return null;
        const col = cols[0]![0];
        if (figures.length > 0 && figures[figures.length - 1]!.col >= col) return null;
        figures.push({ ...f, col });
      }
      out.push({ ...it, figures });
    }
  }
  return out;
}

/**
 * Whether the 支出 columns of a 总表 in pieces are read whole above its 本年支出合计 `total`: no row left as text
 * before the piece of the total, no figure without its column, and every line with a figure in a 支出 column
 * (from the total's first) one of the `read` rows.
 */
function piecesRead(s: Summary, items: readonly TItem[], total: TItem | null, read: Set<TItem>): boolean {
  if (!total) return false;
  const piece = s.models.findIndex((m) => m.table.first <= total.line && total.line <= m.table.last);
  if (s.textAt !== null && s.textAt <= piece) return false;
  const from = total.figures[0]!.col;
  return items.every(
    (it) =>
      it.line >= total.line || (it.unplaced === 0 && (read.has(it) || it.figures.every((f) => f.col < from))),
  );
}

/**
 * The 财政拨款 总表's 支出 rows across: each row's 合计 = Σ its 财政拨款 columns (一般公共预算, 政府性基金, …).
 * A row that breaks it is reported only when the evidence names the figure at fault: the 一般公共预算财政拨款
 * 支出决算表's 类 agrees with one side and not the other, and the column of the other side no longer adds up
 * to 本年支出合计 while, set right, it does (the other columns adding up as printed).
 */
function checkFiscalRows(ctx: Ctx, s: Summary, models: readonly TableModel[]): boolean {
  const model = s.models[0]!;
  // (A 总表 in pieces: its 支出 rows and their 本年支出合计 all in the first, the 总计 after a page break; or
  // spread over the pieces, each figure then in the first piece's column it lines up with.)
  const whole = itemsOf(model).some((it) => squashSpaces(it.label) === '本年支出合计');
  const items = s.models.length === 1 || whole ? itemsOf(model) : alignedItems(s);
  if (!items) return false;
  const title = model.table.title;
  type Row = { it: TItem; name: string; total: TFigure; parts: TFigure[] };
  const rows: Row[] = [];
  let totalRow: TItem | null = null;
  for (const it of items) {
    // (A 收入 label without a figure runs into the 支出 label beside it: "三、国有资本经营预算财政拨款三、农林水支出".)
    const full = squashSpaces(it.label);
    const label = expenseName(full) ?? full.replace(/^[一二三四五六七八九十]+[、．.]/, '');
    if (it.unplaced > 0 || it.figures.length < 2 || /收入/.test(label)) continue;
    const first = it.figures[0]!;
    // The first figure under a 合计 header, the others each in a column after it.
    if (!/合计/.test(squashSpaces(model.headers[first.col] ?? ''))) continue;
    if (!it.figures.every((f, k) => k === 0 || f.col > it.figures[k - 1]!.col)) continue;
    if (label === '本年支出合计') totalRow = it;
    else if (label.endsWith('支出')) rows.push({ it, name: label, total: first, parts: it.figures.slice(1) });
  }
  // (The pieces' column sums known only when every 支出 figure above 本年支出合计 is a row's read here.)
  const sure =
    s.models.length === 1 || whole || piecesRead(s, items, totalRow, new Set(rows.map((r) => r.it)));
  const detail = detailClasses(models, 'gp-expense');
  // The 类 rows (not a heading of a kind of 财政拨款) and each column's sum against 本年支出合计.
  const classes = rows.filter((r) => !/财政拨款/.test(r.name));
  const columnHolds = (col: number, fix?: { row: Row; value: string }): boolean | null => {
    const total = totalRow && figureAt(totalRow, col);
    if (!total || !sure) return null;
    const figs = classes.map((r) => {
      const f = figureAt(r.it, col);
      if (fix && r === fix.row && f) return { ...f, value: fix.value };
      return f ?? { value: '0', places: 0, col, line: r.it.line, text: '' };
    });
    return judgeSum(figs, total).kind === 'ok';
  };
  let blamed = false;
  for (const r of rows) {
    const sum = sumOf(r.parts);
    const verdict = judgeSum(r.parts, r.total);
    if (verdict.kind !== 'wrong') continue;
    const d = detail?.byName.get(className(r.name)) ?? null;
    const isClass = classes.includes(r);
    const partsText = r.parts.map((f) => f.value).join(' + ');
    const computed = showAs(sum, [...r.parts, r.total]);
    const diff = showAs(sum.minus(r.total.value).abs(), [...r.parts, r.total]);
    // Which side the 类 of the detail table and the column sums take.
    const others = (col: number) =>
      [r.total, ...r.parts].every((f) => f.col === col || columnHolds(f.col) !== false);
    const totalWrong =
      isClass &&
      d !== null &&
      dec(d.value).eq(sum) &&
      columnHolds(r.total.col) === false &&
      columnHolds(r.total.col, { row: r, value: computed }) === true &&
      others(r.total.col);
    const part = r.parts.length === 1 ? r.parts[0]! : null;
    const partWrong =
      !totalWrong &&
      isClass &&
      part !== null &&
      d !== null &&
      dec(d.value).eq(r.total.value) &&
      columnHolds(part.col) === false &&
      columnHolds(part.col, { row: r, value: r.total.value }) === true &&
      others(part.col);
    claim(
      ctx,
      'table',
      r.total.line,
      0,
      false,
      `《${title}》“${r.name}”行合计等于各栏之和：${partsText} = ${computed}，表中${r.total.value}`,
    );
    if (!totalWrong && !partWrong) continue;
    blamed ||= totalWrong;
    const fig = totalWrong ? r.total : part!;
    const want = totalWrong ? computed : r.total.value;
    const colTotal = figureAt(totalRow!, fig.col)!;
    // The column's 本年支出合计 found not to add up (table-claims.ts) is this figure's fault: not said again.
    withdrawTotal(ctx, colTotal);
    // The row's sum found wrong by table-claims.ts blames its 合计: a 分栏 figure at fault is reported instead.
    if (partWrong) withdrawRowSum(ctx, r.total);
    report(
      ctx,
      fig.line,
      'table.row-sum',
      'error',
      `${r.name} ${r.it.figures.map((f) => f.text).join(' ')}`,
      want,
      fig.text,
      `《${title}》“${r.name}”行合计等于其后各栏之和：${partsText} = ${computed}，表中合计为${r.total.value}，相差${diff}。第${d!.line + 1}行《${detail!.model.table.title}》该类为${d!.value}；按${want}计，该栏各类支出之和恰为本年支出合计${colTotal.value}，故${totalWrong ? '合计' : '分栏'}数${fig.value}有误。`,
      0,
    );
  }
  return blamed;
}

const INCOME_ITEM = /^([一二三四五六七八九十]+)[、．.]\S*(收入|拨款)$/;

type Income = { it: TItem; ordinal: number; fig: TFigure | null };

/**
 * A numbered 收入 item of a 总表 line: its one figure, or none (a blank cell, 0) — a blank item's label maybe run
 * into the 支出 label beside it ("二、政府性基金预算财政拨款收入二、外交支出"). 'unsure' when the line names a 收入
 * whose figure is not told (two figures, or a figure beside a run-in 支出 label); null when it names none.
 */
function incomeItem(it: TItem): Income | 'unsure' | null {
  const label = squashSpaces(it.label);
  const starts = [...label.matchAll(ORDINAL_SPLIT)].map((m) => m.index);
  const head = starts.length > 1 && starts[0] === 0 ? label.slice(0, starts[1]) : label;
  const m = INCOME_ITEM.exec(head);
  if (!m) return /收入/.test(label) && it.figures.length > 0 ? 'unsure' : null;
  const runIn = head !== label;
  if (it.unplaced > 0 || it.figures.length > 1 || (runIn && it.figures.length > 0)) return 'unsure';
  return { it, ordinal: cjkNumber(m[1]!), fig: it.figures[0] ?? null };
}

/**
 * The 收入 half of a 总表 in pieces (its numbered 收入 items in one piece, 本年收入合计 in a later one, the empty
 * 支出 类 rows between taken for headings): 本年收入合计 = Σ the numbered 收入 items above it, a blank item 0 (as
 * in a 总表 in one piece). Read only when the items are numbered 一、二、… without a gap, at least two with a
 * figure (or one and the blank ones after it listed, no stray figure between), and no other line with a figure names a 收入 (a 其中 line, a label cut from its ordinal) or is a numbered
 * line that is no 支出 类 (a 收入 label cut short, its 收入 on the next line): the list is then whole.
 */
function checkIncomePieces(ctx: Ctx, s: Summary): void {
  if (s.models.length < 2) return;
  const items: Income[] = [];
  let total: TItem | null = null;
  // A figure on a line that is neither a numbered item nor a 类 row.
  let stray = false;
  for (const m of s.models)
    for (const it of itemsOf(m)) {
      if (total) break;
      const label = squashSpaces(it.label);
      if (label === '本年收入合计') {
        total = it;
        continue;
      }
      const income = incomeItem(it);
      if (income === 'unsure') return;
      if (income) items.push(income);
      else if (it.figures.length > 0 && !expenseName(label)) {
        if (/^[一二三四五六七八九十]+[、．.]/.test(label)) return;
        stray = true;
      }
    }
  // (A total in the piece of its items is table-claims.ts's.)
  const figured = items.filter((i) => i.fig);
  if (!total || total.figures.length !== 1 || figured.length === 0) return;
  // One item with a figure (a 财政拨款总表 of 一般公共预算 money alone) makes the 合计 alone when the blank items
  // after it are listed and no other line beside the 类 rows holds a figure (a wrapped label's figure).
  if (figured.length === 1 && (items.length < 2 || stray)) return;
  const pieceOf = (it: TItem) => s.models.find((m) => itemsOf(m).includes(it))!;
  if (pieceOf(total) === pieceOf(figured[0]!.it)) return;
  if (items.some((i, k) => i.ordinal !== k + 1)) return;
  const parts = figured.map((i) => i.fig!);
  const sum = total.figures[0]!;
  const verdict = judgeSum(parts, sum);
  const title = s.models[0]!.table.title;
  const partsText = parts.map((f) => f.value).join(' + ');
  const computed = verdict.kind === 'ok' ? sum.value : showAs(verdict.total, [...parts, sum]);
  const blank = items.length > parts.length ? '（空白项按0计）' : '';
  const arithmetic = `《${title}》“本年收入合计”等于各项收入之和${blank}：${partsText} = ${computed}`;
  claim(ctx, 'table', sum.line, 0, verdict.kind !== 'wrong', `${arithmetic}，表中${sum.value}`);
  if (verdict.kind === 'ok') return;
  report(
    ctx,
    sum.line,
    'table.total',
    verdict.severity,
    `本年收入合计 ${sum.text}`,
    computed,
    sum.text,
    `${arithmetic}，表中为${sum.value}，相差${showAs(verdict.difference.abs(), [...parts, sum])}${verdict.kind === 'rounding' ? `，在${parts.length}个数各自四舍五入的误差范围内` : ''}${verdict.kind === 'wrong' ? grandClause(pieceOf(total), total, parts) : ''}。`,
    0,
  );
}

/**
 * "；各项收入加…正好等于总计…" when the items and the 结转 / 结余 lines after the 合计 `total` make the 总计 below
 * them (in the 合计's column of its piece) while the 合计 does not: the 合计 is the one wrong figure. '' otherwise.
 */
function grandClause(piece: TableModel, total: TItem, parts: readonly TFigure[]): string {
  const col = total.figures[0]!.col;
  const between: TItem[] = [];
  for (const it of itemsOf(piece)) {
    if (it.line <= total.line) continue;
    const label = squashSpaces(it.label);
    const fig = figureAt(it, col);
    if (label === '总计') {
      if (!fig) return '';
      const rest = between.map((b) => figureAt(b, col)!);
      const items = judgeSum([...parts, ...rest], fig).kind === 'ok';
      if (!items || judgeSum([total.figures[0]!, ...rest], fig).kind === 'ok') return '';
      const names = between.map((b) => `“${squashSpaces(b.label)}”`).join('、');
      return `；各项收入${names ? `加${names}` : ''}正好等于“总计”${fig.value}，本年收入合计有误`;
    }
    if (!fig) continue;
    if (/^(其中|含|[（(])/.test(label) || !/结余|结转|分配|结存/.test(label)) return '';
    between.push(it);
  }
  return '';
}

export function checkSummaryClasses(ctx: Ctx, models: readonly TableModel[]): void {
  // (Every claim is of a 总表 titled …收入支出决算总表, as namePieces's.)
  if (!mentionsAll(ctx, ['收入支出决算总表'])) return;
  const all = summaries(ctx, models);
  for (const s of all) checkIncomePieces(ctx, s);
  const fiscal = all.filter((s) => s.kind === 'fiscal-summary');
  // (A 合计 found wrong across its row: the 本年支出合计 failing for it is not reported again.)
  const rowBlamed = fiscal.length === 1 && checkFiscalRows(ctx, fiscal[0]!, models);
  for (const kind of ['summary', 'fiscal-summary'] as const) {
    const list = all.filter((s) => s.kind === kind);
    if (list.length !== 1) continue;
    const s = list[0]!;
    const detail = detailClasses(models, kind === 'summary' ? 'expense' : 'gp-expense');
    const title = s.models[0]!.table.title;
    // Which 类 disagree with the detail table.
    const disagree: { part: Part; other: TFigure }[] = [];
    if (detail)
      for (const p of s.parts) {
        if (!p.fig) continue;
        const other = detail.byName.get(className(p.name));
        if (!other) continue;
        // The 财政拨款 总表's 合计 is the 一般公共预算 figure only when its next column says the same.
        if (
          kind === 'fiscal-summary' &&
          !(p.item.figures.length === 2 && p.item.figures[1]!.value === p.fig.value)
        )
          continue;
        const same = dec(p.fig.value).eq(other.value);
        claim(
          ctx,
          'figure',
          p.fig.line,
          0,
          same,
          `${p.name}：《${title}》${p.fig.value}，《${detail.model.table.title}》${other.value}`,
        );
        if (!same) disagree.push({ part: p, other });
      }
    const total = s.total?.figures[0];
    const parts = s.parts.filter((p) => p.fig).map((p) => p.fig!);
    const summed = total && s.sure && parts.length >= 2;
    const verdict = summed ? judgeSum(parts, total) : null;
    const partsText = parts.map((f) => f.value).join(' + ');
    // (A 总表 in one piece: its sum is table-claims.ts's.)
    const pieces = s.models.length > 1;
    if (verdict && total && pieces) {
      const computed = verdict.kind === 'ok' ? total.value : showAs(verdict.total, [...parts, total]);
      claim(
        ctx,
        'table',
        total.line,
        0,
        verdict.kind !== 'wrong',
        `《${title}》“本年支出合计”等于各类支出之和：${partsText} = ${computed}，表中${total.value}`,
      );
    }
    // A disagreeing 类 that, set to the detail table's figure, makes the 总表's sum hold: the 总表's fault.
    let explained = false;
    const tableError = (line: number): boolean =>
      ctx.findings.some((f) => f.severity === 'error' && f.rule.startsWith('table.') && f.line === line + 1);
    // (A 类 whose detail figure already failed its own table's sums, the 总表's right, is no fault of the 总表.)
    const own = disagree.filter(({ part, other }) => !tableError(other.line) || tableError(part.fig!.line));
    for (const { part, other } of disagree) {
      const fig = part.fig!;
      let clause = '';
      // (The 类 of the pieces not all known, the sum is not judged here; but a sum another rule reported on the
      // 本年支出合计 that the detail table's figure makes hold is this 类's fault: withdrawn, said here.)
      if (!verdict && total && own.length === 1 && own[0]!.part === part) {
        const fixed = judgeSum(
          parts.map((f) => (f === fig ? { ...f, value: other.value } : f)),
          total,
        ).kind;
        if (fixed !== 'wrong' && withdrawTotal(ctx, total)) {
          clause = `；按${other.value}计，总表各类支出之和${holds(fixed)}本年支出合计${total.value}`;
        }
      }
      if (verdict && verdict.kind === 'wrong' && total && own.length === 1 && own[0]!.part === part) {
        const fixed = judgeSum(
          parts.map((f) => (f === fig ? { ...f, value: other.value } : f)),
          total,
        ).kind;
        if (fixed !== 'wrong') {
          explained = true;
          // (A 总表 in one piece: the sum table-claims.ts found wrong is this 类's fault, not said again.)
          withdrawTotal(ctx, total);
          clause = `；按${other.value}计，总表各类支出之和${holds(fixed)}本年支出合计${total.value}（按表中${fig.value}计则为${showAs(verdict.total, [...parts, total])}）`;
        }
      }
      // The 总表's 类 add up to its 本年支出合计 with its own figure, or the detail table's own sums already
      // failed at its figure (a table.* error on its line, none on the 总表's): the detail figure is the odd one.
      if (verdict?.kind === 'ok' || (tableError(other.line) && !tableError(fig.line))) {
        report(
          ctx,
          other.line,
          'figure.tables-disagree',
          'error',
          `${part.name} ${other.text}`,
          fig.value,
          other.text,
          `《${detail!.model.table.title}》中“${part.name}”为${other.value}，而第${fig.line + 1}行《${title}》为${fig.value}${verdict?.kind === 'ok' ? '（总表各类支出之和与本年支出合计相符）' : '（本表该类与其下科目之和不符）'}，同一数字在两张表中不一致，相差${showAs(dec(fig.value).minus(other.value).abs(), [fig, other])}。`,
          0,
        );
        continue;
      }
      report(
        ctx,
        fig.line,
        'figure.tables-disagree',
        'error',
        `${squashSpaces(part.item.label)} ${fig.text}`,
        other.value,
        fig.text,
        `《${title}》中“${part.name}”为${fig.value}，而第${other.line + 1}行《${detail!.model.table.title}》该类为${other.value}，同一数字在两张表中不一致，相差${showAs(dec(fig.value).minus(other.value).abs(), [fig, other])}${clause}。`,
        0,
      );
    }
    if (
      verdict &&
      verdict.kind !== 'ok' &&
      total &&
      !explained &&
      pieces &&
      !(kind === 'fiscal-summary' && rowBlamed)
    ) {
      const computed = showAs(verdict.total, [...parts, total]);
      report(
        ctx,
        total.line,
        'table.total',
        verdict.severity,
        `本年支出合计 ${total.text}`,
        computed,
        total.text,
        `《${title}》“本年支出合计”等于各类支出之和：${partsText} = ${computed}，表中为${total.value}，相差${showAs(verdict.difference.abs(), [...parts, total])}${verdict.kind === 'rounding' ? `，在${parts.length}个数各自四舍五入的误差范围内` : ''}。`,
        0,
      );
    }
  }
}
