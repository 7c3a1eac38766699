/**
 * Table arithmetic: the claims a 决算 table makes by its shape.
 *  - 科目 codes: a 类 (3 digits) equals the sum of its 款 (5 digits), a 款 the sum of its 项 (7 digits), the
 *    合计 row the sum of the 类 rows — in every figure column;
 *  - a row's 合计/小计 column equals the columns after it (the extent learned from the rows that agree);
 *  - a 总表's 本年收入合计 / 本年支出合计 equals the numbered items above it, its 总计 the 合计 plus the
 *    lines between, and the two 总计 agree;
 *  - 基本支出表: 人员经费合计 = 301 + 303, 公用经费合计 = the other 类.
 * Only figures a row states are used; a sum within the rounding of its parts is a note, never an error.
 */
import { checkTwinChanges } from './twin-changes.ts';
import { dec } from '../money/index.ts';
import { claim, report, type Ctx } from './context.ts';
import { type TableRow } from './layout.ts';
import {
  canonicalLabel,
  figureAt,
  squashSpaces,
  startsWithCjkOrdinal,
  itemsOf,
  placed,
  tableModel,
  type TableModel,
  type TFigure,
  type TItem,
} from './table-model.ts';
import { addTo } from './multimap.ts';
import { oneFigureExplains } from './code-chain.ts';
import { checkCarryRows } from './carry-rows.ts';
import { checkNamedRateColumns } from './named-rate-columns.ts';
import { feeFigure, feeLeafColumns, feeRowFigures, feeRowOrder, type FeeLeaves } from './three-fees-order.ts';
import {
  catalogueNames,
  codeNamed,
  editionName,
  squashName,
  tableNameFits,
  unverifiedCode,
} from './code-names.ts';
import { headWordColumns } from './expense-total.ts';
import {
  judgeRatio,
  judgeSum,
  plain,
  prefixSumKind,
  show,
  SUM_OK,
  sumKind,
  showAs,
  verdictClause,
  type Printed,
  type SumVerdict,
} from './verdict.ts';

/** An item as a finding quotes it (kept on the item: it is asked for once per column it is judged in). */
function excerptOfItem(item: TItem): string {
  return (item.excerpt ??=
    `${item.code ?? ''}${item.code ? ' ' : ''}${item.label} ${item.figures.map((f) => f.text).join(' ')}`.trim());
}

/** The table as a claim names it (kept on the model: every sum judged in it names it). */
function tableName(model: TableModel): string {
  return (model.claimName ??= model.table.title ? `《${model.table.title}》` : '表格');
}

/** Judges total = Σ parts and records the claim; reports when it does not hold. */
function judgeTableSum(
  ctx: Ctx,
  rule: string,
  model: TableModel,
  total: TFigure,
  parts: readonly TFigure[],
  what: string,
  /** The row as quoted in a finding, or the item quoted (its excerpt built only when something is reported). */
  excerpt: string | TItem,
  /** Whether the sum is already known to hold (sumKind of the same figures: 'ok'). */
  holds = false,
): boolean {
  // (A table figure is a printed figure: value and places, read as they are.)
  const verdict = holds ? SUM_OK : judgeSum(parts, total);
  let partsText = parts.length > 0 ? parts[0]!.value : '';
  for (let i = 1; i < parts.length; i++) partsText += ` + ${parts[i]!.value}`;
  const computed = verdict.kind === 'ok' ? total.value : showAs(verdict.total, [...parts, total]);
  const name = tableName(model);
  claim(
    ctx,
    'table',
    total.line,
    0,
    verdict.kind !== 'wrong',
    `${name}${what}：${partsText} = ${computed}，表中${total.value}`,
  );
  if (verdict.kind === 'ok') return true;
  report(
    ctx,
    total.line,
    rule,
    verdict.severity,
    typeof excerpt === 'string' ? excerpt : excerptOfItem(excerpt),
    computed,
    total.text,
    verdict.kind === 'rounding'
      ? `${name}${what}：${partsText} = ${computed}，表中为${total.value}，相差${showAs(verdict.difference.abs(), [...parts, total])}，在${parts.length}个数各自四舍五入的误差范围内。`
      : `${name}${what}：${partsText} = ${computed}，表中为${total.value}，相差${showAs(verdict.difference.abs(), [...parts, total])}。`,
    0,
  );
  return false;
}

/** 类 = Σ款, 款 = Σ项, 合计 = Σ类, column by column. */
function checkCodes(ctx: Ctx, model: TableModel): void {
  const items = itemsOf(model);
  const coded = items.filter((i) => i.code !== null && i.figures.length > 0);
  if (coded.length < 2) return;
  const kids = childrenOf(coded);
  // Only additive columns: not a rate (完成预算%, 占比), and one whose 类/款 rows mostly do add up.
  // The columns in the order first met (a Set's order, without the Set: a table has a dozen columns at most).
  const figureColumns: number[] = [];
  for (const i of coded)
    for (const f of i.figures) if (!figureColumns.includes(f.col)) figureColumns.push(f.col);
  const columns: number[] = [];
  const sums = new Map<TItem, Tried[]>();
  // By column: a parent whose failed sum one wrong figure below it explains (code-chain.ts): not reported.
  const explained = new Map<number, TItem>();
  for (const col of figureColumns)
    if (!RATIO_HEADER.test(model.headers[col] ?? '') && additive(coded, kids, col, sums, explained))
      columns.push(col);
  // 科目 rows whose figures could not be put in columns (they are left out of `coded`): a parent of one is
  // not summed, nor the 合计 when one is a 类.
  const unplacedCodes = items.filter((i) => i.code !== null && i.unplaced > 0).map((i) => i.code!);
  for (const parent of coded) {
    const len = parent.code!.length;
    if (len === 7) continue;
    const children = kids.get(parent) ?? [];
    if (children.length === 0 || parent.unplaced !== 0 || !children.every((c) => c.unplaced === 0)) continue;
    if (unplacedCodes.some((c) => c.length > len && c.startsWith(parent.code!))) continue;
    // (The same for every column.)
    const subject = `“${parent.code} ${parent.label}”`;
    const sum = len === 3 ? '等于其下款级科目之和' : '等于其下项级科目之和';
    for (const col of columns) {
      const total = figureAt(parent, col);
      if (!total || explained.get(col) === parent) continue;
      const tried = sums.get(parent)?.[col];
      const parts = tried?.parts ?? children.map((c) => figureAt(c, col) ?? zero(col, c.line));
      if (parts.every((p) => p.text === '')) continue;
      judgeTableSum(
        ctx,
        'table.code-sum',
        model,
        total,
        parts,
        `${subject}${colName(model, col)}${sum}`,
        parent,
        tried?.holds === true,
      );
    }
  }
  // The 合计 row against the 类 rows (a table of 功能分类 or 经济分类 with a total line).
  const classes = coded.filter((c) => c.code!.length === 3);
  // A 经济分类 table (类 30x, 31x) lists 类 of two kinds side by side with no single 合计; one listing them
  // one a row, under 合计 / 人员经费 / 公用经费 columns, ends with its "基本支出合计" row.
  const economic = classes.some((c) => c.code!.charCodeAt(0) === 51);
  const totalItem = items.find(
    (i) =>
      i.code === null &&
      i.figures.length > 0 &&
      (economic ? /^(基本支出)?(合计|总计)$/ : /^(合计|总计)$/).test(canonicalLabel(i.label)),
  );
  if (!totalItem || classes.length === 0 || !placed(totalItem, ...classes)) return;
  // A table read from its middle (its head on the page before, not joined): its 合计 is of 类 not all here.
  if (unplacedCodes.some((c) => c.length === 3) || coded[0]!.code!.length !== 3) return;
  // A 经济分类 table: summed only when it lists one 科目 a row, each 类 once, every one of them 经济分类.
  if (economic) {
    if (model.rows.some((r) => r.items.filter((i) => i.code !== null).length > 1)) return;
    if (classes.some((c) => !/^3\d\d$/.test(c.code!))) return;
    if (new Set(classes.map((c) => c.code)).size !== classes.length) return;
  }
  for (const col of columns) {
    if (RATIO_HEADER.test(model.headers[col] ?? '')) continue;
    // A 经济分类 column with a 类 not adding up to its 款: that 类 is reported, not the 合计 again.
    if (economic && classes.some((c) => sums.get(c)?.[col]?.holds === false)) continue;
    const total = figureAt(totalItem, col);
    if (!total) continue;
    const parts = classes.map((c) => figureAt(c, col) ?? zero(col, c.line));
    if (classExplainsTotal(classes, parts, total, col, sums)) continue;
    judgeTableSum(
      ctx,
      'table.code-sum',
      model,
      total,
      parts,
      `合计${colName(model, col)}等于各类级科目之和`,
      totalItem,
    );
  }
}

const RATIO_HEADER = /%|％|率|比例|占比|比重|增减|完成预算|完成年初预算|^(?:比|较)上年$/;
/** A column of changes against another year: no part of a row's 合计. */
const CHANGE_HEADER = /增减|变动|增长|差额|比上年/;

/**
 * Whether the 合计 holds once each 类 not adding up to its 款 in this column is taken at its 款' sum: that 类
 * is reported, and the 合计 is right (one wrong figure, not two).
 */
function classExplainsTotal(
  classes: readonly TItem[],
  parts: readonly TFigure[],
  total: TFigure,
  col: number,
  sums: Map<TItem, Tried[]>,
): boolean {
  let replaced = false;
  const fixed = parts.map((p, k) => {
    const tried = sums.get(classes[k]!)?.[col];
    if (!tried || tried.holds || judgeSum(tried.parts, p).kind !== 'wrong') return p;
    replaced = true;
    return { ...p, value: tried.parts.reduce((acc, f) => acc.plus(f.value), dec(0)).toString() };
  });
  return replaced && judgeSum(fixed, total).kind !== 'wrong';
}

/** Whether a column adds up (parents = Σ children): false when two or more parents, and most, do not. */
/** The 款 of each 类 and the 项 of each 款, in table order. */
function childrenOf(coded: readonly TItem[]): Map<TItem, TItem[]> {
  // Codes as numbers with their length (a 款 "20101" is 2010105, its 类 "201" 2013): no strings to hash.
  const byCode = new Map<number, TItem>();
  const out = new Map<TItem, TItem[]>();
  for (const c of coded) {
    const code = c.code!;
    const n = Number(code);
    const parent = code.length > 3 ? byCode.get(Math.floor(n / 100) * 10 + code.length - 2) : undefined;
    if (parent) addTo(out, parent, c);
    const key = n * 10 + code.length;
    if (!byCode.has(key)) byCode.set(key, c);
  }
  return out;
}

/** A parent's sum tried in one column: its parts, and whether they add up to its figure. */
type Tried = { parts: TFigure[]; holds: boolean };

function additive(
  coded: readonly TItem[],
  kids: Map<TItem, TItem[]>,
  col: number,
  /** Each parent's parts by column and whether their sum holds, filled in (not read again by checkCodes). */
  sums: Map<TItem, Tried[]>,
  /** Filled in: the column's parent whose failure one wrong figure below it explains. */
  explained: Map<number, TItem>,
): boolean {
  let tested = 0;
  let holds = 0;
  const failing: TItem[] = [];
  for (const parent of coded) {
    const len = parent.code!.length;
    if (len === 7) continue;
    const children = kids.get(parent) ?? [];
    const total = figureAt(parent, col);
    if (children.length < 2 || !total) continue;
    tested++;
    const parts = children.map((c) => figureAt(c, col) ?? zero(col, c.line));
    const kind = sumKind(parts, total);
    if (kind !== 'wrong') holds++;
    else failing.push(parent);
    const cols = sums.get(parent) ?? [];
    cols[col] = { parts, holds: kind === 'ok' };
    sums.set(parent, cols);
  }
  // One parent that does not add up is an error to report, not a sign the column is not additive.
  if (tested - holds < 2 || holds * 2 >= tested) return true;
  // Nor are two failures up one chain that one wrong figure explains (a small table: 款 and its 类).
  const parentOf = (item: TItem): TItem | undefined => {
    for (const p of failing) if (kids.get(p)?.includes(item)) return p;
    return undefined;
  };
  const one = oneFigureExplains(
    failing,
    parentOf,
    (item) => figureAt(item, col),
    (p) => sums.get(p)?.[col],
  );
  if (!one) return false;
  explained.set(col, one.explained);
  return true;
}

function zero(col: number, line: number): TFigure {
  return { value: '0', places: 0, col, line, text: '' };
}

/** A column's name in a claim (kept on the model: it is named in the claim of every row judged in it). */
function colName(model: TableModel, col: number): string {
  const names = (model.columnNames ??= model.headers.map((header) => {
    const h = squashSpaces(header);
    return h ? `（${h}）` : '';
  }));
  return names[col] ?? '';
}

/** A row's 合计 column = Σ the columns after it, for the extent of columns the table's rows agree on. */
function checkRowSums(ctx: Ctx, model: TableModel): void {
  // A "-" printed for zero in a figure column counts as a figure of the row (0): a row is read across
  // when all its cells are printed, figures or dashes.
  const placedItems = itemsOf(model).filter((i) => i.figures.length >= 2 && i.unplaced === 0);
  const items = placedItems.filter((i) => i.figures.length + (i.dashes?.length ?? 0) >= 3);
  if (items.length === 0) return;
  const bySide = new Map<number, TItem[]>();
  for (const i of items) addTo(bySide, i.side, i);
  // Rows printing their 合计 and one part only, the other parts' cells left blank (0): judged by the
  // extent the full rows agree on, under a 合计 header only (below).
  // Only a row whose cells after its 合计 are that one part (blank cells, no word or mark in a figure column).
  const twoBySide = new Map<number, TItem[]>();
  let rowAt: Map<number, TableRow> | null = null;
  for (const i of placedItems)
    if (i.figures.length + (i.dashes?.length ?? 0) === 2) {
      rowAt ??= new Map(model.table.rows.map((r) => [r.line, r]));
      if (onlyFiguresAfter(rowAt.get(i.line), i)) addTo(twoBySide, i.side, i);
    }
  for (const [side, group] of bySide) {
    const header = squashSpaces(model.headers[side] ?? '');
    const headed = /合计|小计|总计/.test(header);
    if (RATIO_HEADER.test(header)) continue;
    let maxCol = -Infinity;
    for (const i of group) for (const f of i.figures) if (f.col > maxCol) maxCol = f.col;
    // Candidate extents: columns side+1 … end; the one that holds on most rows. Each row's figures in
    // columns side+1 … maxCol are read once for all the extents (a blank cell is 0).
    // Under a 合计 header the rows printing their 合计 and one part count too (most rows of a 决算 table by
    // 科目 fill one or two of its columns): each holds or fails the extent as a full row does.
    const two = headed
      ? (twoBySide.get(side) ?? []).filter((i) => i.figures.every((f) => f.col <= maxCol))
      : [];
    // (One full row — the table's 合计 over 项 that each fill one column — is read with the others' evidence.)
    if (group.length + two.length < 2 || (group.length === 1 && two.length < 3)) continue;
    const evidence = [...group, ...two];
    const rowFigures = evidence.map((it) => {
      const total = figureAt(it, side);
      // Each column's first figure (as figureAt finds it), the item's figures read once.
      const cols: Printed[] = new Array<Printed>(maxCol - side).fill(BLANK);
      let first = -1;
      for (const f of it.figures) {
        if (f.col <= side || f.col > maxCol || cols[f.col - side - 1] !== BLANK) continue;
        cols[f.col - side - 1] = f;
        if (first < 0 || f.col < first) first = f.col;
      }
      return { total, cols, first, kind: total ? prefixSumKind(cols, total) : null };
    });
    let best: { end: number; holds: number; tested: number } | null = null;
    for (let end = side + 2; end <= maxCol; end++) {
      let holds = 0;
      let tested = 0;
      for (const { kind, first } of rowFigures) {
        if (!kind) continue;
        if (first < 0 || first > end) continue;
        tested++;
        if (kind(end - side) !== 'wrong') holds++;
      }
      if (!best || holds > best.holds || (holds === best.holds && end > best.end))
        best = { end, holds, tested };
    }
    if (!best || best.tested < 2) continue;
    const needed = headed
      ? Math.max(2, Math.ceil(best.tested * 0.6))
      : Math.max(3, Math.ceil(best.tested * 0.8));
    if (best.holds < needed) continue;
    // 本年 = 上年 + 增减额 holds on every row of a comparison table, but it is the change claim (checked as
    // table.change), not a 合计 of parts: no second finding for one wrong 增减额.
    if (range(side + 1, best.end).some((c) => CHANGE_HEADER.test(squashSpaces(model.headers[c] ?? ''))))
      continue;
    const judged: { it: TItem; kind: SumVerdict['kind'] | undefined }[] = group.map((it, k) => ({
      it,
      kind: rowFigures[k]!.kind?.(best.end - side),
    }));
    if (headed)
      for (const it of twoBySide.get(side) ?? []) {
        // The part within the extent (a figure beyond it: not a part of this 合计, the row not judged).
        if (it.figures.every((f) => f.col >= side && f.col <= best.end)) judged.push({ it, kind: undefined });
      }
    judged.sort((a, b) => a.it.line - b.it.line);
    for (const { it, kind } of judged) {
      const total = figureAt(it, side);
      if (!total) continue;
      const parts = range(side + 1, best.end).map((c) => figureAt(it, c) ?? zero(c, it.line));
      if (parts.every((p) => p.text === '')) continue;
      const label = it.code ? `${it.code} ${it.label}` : it.label;
      judgeTableSum(
        ctx,
        'table.row-sum',
        model,
        total,
        parts,
        `“${label}”行${colName(model, side)}等于其后各栏之和`,
        it,
        // (Its kind was found trying the extents: a sum that holds is not read again.)
        kind === 'ok',
      );
    }
  }
}

/**
 * Whether `item`, the list's only item with a figure, opens the list ("一、…") and the list's "二、" follows it
 * before the 合计 `total`, blank in the item's column (its label maybe run into the other side's: a two-sided 总表
 * prints a blank item's wrapped label beside the next row): the whole list is in view, not a 总表 in pieces.
 */
function aloneOfList(model: TableModel, item: TItem, total: TItem): boolean {
  if (!/^一[、.．]/.test(squashSpaces(item.label))) return false;
  const col = item.figures[0]!.col;
  return model.rows.some((r) =>
    r.items.some(
      (it) =>
        it.line > item.line &&
        it.line < total.line &&
        /^二[、.．]/.test(squashSpaces(it.label)) &&
        figureAt(it, col) === null,
    ),
  );
}

/**
 * Whether a numbered list is in view from its 一: its first item is "一、…", or an item labelled "一、…" stands
 * on its row or above it (a two-sided 总表: the other side's 一 on the same line as this side's). A list that
 * starts at "十九、" with no 一 in the table is the tail of a 总表 cut into pieces.
 */
function listFromFirst(model: TableModel, first: TItem): boolean {
  const isFirst = (label: string): boolean => /^一[、.．]/.test(squashSpaces(label));
  return model.rows.some((r) => r.line <= first.line && r.items.some((it) => isFirst(it.label)));
}

/** Whether the item's row prints nothing after its first figure but its second (blank cells aside). */
function onlyFiguresAfter(row: TableRow | undefined, item: TItem): boolean {
  const first = item.figures[0];
  if (!row || !first) return false;
  const at = row.cells.findIndex((c) => c.line === first.line && c.text === first.text);
  if (at < 0) return false;
  let after = 0;
  for (let k = at + 1; k < row.cells.length; k++) if (row.cells[k]!.text.trim() !== '') after++;
  return after === 1;
}

/** A blank cell in a figure column, as a sum reads it. */
const BLANK: Printed = { value: '0', places: 0 };

function range(a: number, b: number): number[] {
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

/**
 * A numbered sub-item of a 结转 / 结余 line ("年初财政拨款结转和结余" then "一、一般公共预算财政拨款"), alone on its
 * row: in no list the 总表 sums (its line holds it already), whichever column its figure stands in.
 */
function isCarrySubItem(model: TableModel, it: TItem): boolean {
  const at = model.rows.findIndex((r) => r.items.includes(it));
  if (at < 0 || model.rows[at]!.items.length !== 1) return false;
  for (let k = at; k >= 0; k--) {
    const items = model.rows[k]!.items;
    if (
      k < at &&
      items.some((i) => /结转|结余/.test(squashSpaces(i.label)) && !isOrdinal(squashSpaces(i.label)))
    )
      return true;
    if (items.length !== 1 || !isOrdinal(squashSpaces(items[0]!.label))) return false;
  }
  return false;
}

const ORDINAL = /^[一二三四五六七八九十]+[、.．]/;
/** A side's 总计 (a 预算总表 names it "收入总计", "支出总计"). */
const GRAND_TOTAL = /^(?:收入|支出)?总计$/;

/**
 * Whether `it` is a row of a numbered item's breakdown: "一、财政拨款收入 / 其中：一般公共预算 / 政府性基金预算"
 * — the rows from the "其中" one up to the next numbered item (no 计 row among them), whose figures sum to the
 * numbered item's.
 */
function inBreakdown(list: readonly TItem[], it: TItem, side: number): boolean {
  const at = list.indexOf(it);
  let lead = at - 1;
  while (lead >= 0 && !/^其中/.test(squashSpaces(list[lead]!.label))) {
    if (isOrdinal(squashSpaces(list[lead]!.label))) return false;
    lead--;
  }
  const parent = list[lead - 1];
  if (lead < 0 || !parent || !isOrdinal(squashSpaces(parent.label))) return false;
  const rows: TItem[] = [];
  for (let k = lead; k < list.length; k++) {
    const label = squashSpaces(list[k]!.label);
    if (isOrdinal(label)) break;
    if (/计$/.test(label)) return false;
    rows.push(list[k]!);
  }
  const total = figureAt(parent, side);
  const parts = rows.map((r) => figureAt(r, side));
  if (!total || parts.some((p) => !p)) return false;
  return judgeSum(parts as TFigure[], total).kind === 'ok';
}
const isOrdinal = (label: string): boolean => startsWithCjkOrdinal(label) && ORDINAL.test(label);

/**
 * 总表: 本年收入合计 = Σ numbered items above it; 总计 = 合计 + the lines between; both 总计 equal. A side whose
 * items carry no ordinal ("财政拨款收入 / 事业收入 / 其他收入 / 本年收入合计") is summed the same way, but a wrong
 * 合计 is reported only when its 总计 confirms the items (Σ items + the lines between = 总计): which rows are
 * items and which a breakdown of another is not told by an ordinal. A 合计 found wrong while the items and the
 * lines between make the 总计 is the one wrong figure: the 总计 is not reported again.
 */
function checkListTotals(ctx: Ctx, model: TableModel): void {
  // An item none of whose figures found its column belongs to no side: which list it is missing from is
  // not known, so no list is summed.
  if (model.items.some((it) => it.side < 0 && it.unplaced > 0 && !isCarrySubItem(model, it))) return;
  // (An item whose figures did not all find their columns, between a list's items: one of them may be the
  // list's, printed under another column.)
  const unsure = model.items
    .filter((it) => it.unplaced > 0 && !isCarrySubItem(model, it))
    .map((it) => it.line);
  const unsureBetween = (from: number, to: number): boolean => unsure.some((l) => l > from && l < to);
  const sides = new Map<number, TItem[]>();
  for (const r of model.rows)
    for (const it of r.items) if (it.side >= 0 && it.code === null) addTo(sides, it.side, it);
  const grandTotals: { item: TItem; fig: TFigure }[] = [];
  for (const [side, list] of sides) {
    let numbered: TItem[] = [];
    // Items without an ordinal (judged only when no item of the list has one).
    let bare: TItem[] = [];
    let subtotal: TItem | null = null;
    // The figures the 合计 was summed from, when it was: whether the 总计 confirms them decides the 总计's sum.
    let summed: TFigure[] | null = null;
    // An unnumbered list's 合计, judged at the 总计.
    let pending: TFigure[] | null = null;
    let between: TItem[] = [];
    let uncertain = false;
    // The line of the list's last 合计 or 总计: the items of the next sum are below it.
    let boundary = -1;
    for (const it of list) {
      const label = squashSpaces(it.label);
      if (it.unplaced !== 0) uncertain = true;
      const fig = figureAt(it, side);
      if (!fig) continue;
      // (One numbered item with a figure makes a 总表's 本年收入合计 alone: the other numbered items are blank, a
      // 财政拨款总表 with one kind of 拨款.)
      if (
        label.endsWith('合计') &&
        label !== '合计' &&
        (numbered.length >= 2 ||
          (numbered.length === 1 &&
            /^本年(?:收入|支出)合计$/.test(label) &&
            aloneOfList(model, numbered[0]!, it)) ||
          (numbered.length === 0 && bare.length >= 2))
      ) {
        summed = null;
        pending = null;
        if (unsureBetween(boundary, it.line)) uncertain = true;
        boundary = it.line;
        // (A list whose first ordinal in view is not 一 with no 一 above it: a later piece of a 总表 cut by its
        // empty 类 rows, the items before it in another block — no sum of it here.)
        if (numbered.length > 0 && bare.length === 0 && !listFromFirst(model, numbered[0]!)) {
          subtotal = it;
          numbered = [];
          between = [];
          uncertain = false;
          continue;
        }
        if (!uncertain && bare.length === 0) {
          summed = numbered.map((n) => figureAt(n, side)!);
          judgeTableSum(ctx, 'table.total', model, fig, summed, `“${label}”等于上方各项之和`, it);
        } else if (!uncertain && numbered.length === 0) {
          pending = bare.map((n) => figureAt(n, side)!);
          // Items that make their 合计 are judged (and hold) here; a miss waits for the 总计.
          if (judgeSum(pending, fig).kind === 'ok')
            judgeTableSum(ctx, 'table.total', model, fig, pending, `“${label}”等于上方各项之和`, it, true);
          else summed = pending;
        }
        subtotal = it;
        numbered = [];
        bare = [];
        between = [];
        uncertain = false;
        continue;
      }
      // A 总表's own 合计 whose items are in another piece of the table (a run of empty 类 rows cut it): no
      // sum of it here, but it still makes the 总计 with the lines between.
      if (numbered.length === 0 && bare.length === 0 && /^本年(?:收入|支出)合计$/.test(label)) {
        subtotal = it;
        boundary = it.line;
        summed = null;
        pending = null;
        between = [];
        uncertain = false;
        continue;
      }
      if (GRAND_TOTAL.test(label) && subtotal && !uncertain) {
        const rest = between.map((b) => figureAt(b, side)!);
        const parts = [figureAt(subtotal, side)!, ...rest];
        const subtotalFig = figureAt(subtotal, side)!;
        // The items and the lines between make the 总计 while the 合计 does not: the 合计 is the wrong figure.
        const itemsMake =
          summed !== null &&
          judgeSum([...summed, ...rest], fig).kind === 'ok' &&
          judgeSum(summed, subtotalFig).kind === 'wrong';
        if (pending && itemsMake)
          judgeTableSum(
            ctx,
            'table.total',
            model,
            subtotalFig,
            pending,
            `“${squashSpaces(subtotal.label)}”等于上方各项之和（各项${between.length ? `加${between.map((b) => `“${squashSpaces(b.label)}”`).join('、')}` : '之和'}正好等于“总计”）`,
            subtotal,
          );
        if (!itemsMake)
          judgeTableSum(
            ctx,
            'table.total',
            model,
            fig,
            parts,
            `“${label}”等于“${subtotal.label.replace(/\s+/g, '')}”${between.length ? `加${between.map((b) => `“${b.label.replace(/\s+/g, '')}”`).join('、')}` : ''}`,
            it,
          );
        grandTotals.push({ item: it, fig });
        boundary = it.line;
        subtotal = null;
        summed = null;
        pending = null;
        continue;
      }
      if (subtotal) {
        // Lines between 合计 and 总计 (结转, 结余, 结余分配); numbered sub-items of a 结转 line are not added
        // again; any other line (a "其中" breakdown) makes the 总计 uncertain.
        if (isOrdinal(label)) continue;
        if (/^(其中|含|[（(])/.test(label) || !/结余|结转|分配|结存/.test(label)) uncertain = true;
        else between.push(it);
      } else if (isOrdinal(label)) numbered.push(it);
      // (The rows after a numbered item's "其中：" row that make its figure with it are its breakdown.)
      else if (inBreakdown(list, it, side)) continue;
      // An item without its ordinal — "支出  8434.80" or "和就业支出  1,142.07" under "二、社会保障" (a label
      // wrapped away from its ordinal), "出二、社会保障和就业支" (a wrapped tail printed before the next label):
      // among numbered items the numbered items above the 合计 are not all known; in a list with no ordinal
      // it is an item.
      else if (!/^(其中|含|[（(])|计$/.test(label)) bare.push(it);
    }
  }
  if (grandTotals.length === 2) {
    const [a, b] = grandTotals as [{ item: TItem; fig: TFigure }, { item: TItem; fig: TFigure }];
    const same = dec(a.fig.value).eq(b.fig.value);
    const name = tableName(model);
    claim(ctx, 'table', b.fig.line, 0, same, `${name}收入总计${a.fig.value} = 支出总计${b.fig.value}`);
    if (!same)
      report(
        ctx,
        b.fig.line,
        'table.balance',
        'error',
        excerptOfItem(b.item),
        a.fig.value,
        b.fig.value,
        `${name}收入总计为${a.fig.value}，支出总计为${b.fig.value}，收支总计应相等，相差${plain(dec(a.fig.value).minus(b.fig.value).abs())}。`,
        0,
      );
  }
}

/** 基本支出表: 人员经费合计 = 工资福利支出 (301) + 对个人和家庭的补助 (303); 公用经费合计 = the other 类. */
function checkBasicSplit(ctx: Ctx, model: TableModel): void {
  const items = itemsOf(model);
  // (Both names hold 费: other labels are not squashed to be tried.)
  const person = items.find(
    (i) =>
      i.figures.length === 1 && i.label.includes('费') && /^人员经费(合计)?$/.test(squashSpaces(i.label)),
  );
  const office = items.find(
    (i) =>
      i.figures.length === 1 && i.label.includes('费') && /^公用经费(合计)?$/.test(squashSpaces(i.label)),
  );
  // (Codes are digits: a 3-digit code starting with 3 is /^3\d\d$/, a 5-digit one /^3\d{4}$/.)
  const classes = items.filter(
    (i) => i.figures.length === 1 && i.code?.length === 3 && i.code.charCodeAt(0) === 51,
  );
  if (classes.length === 0 || !placed(...items)) return;
  // Every 款 printed under its 类 (else a 类 may be missing from the table).
  const classCodes = new Set(classes.map((c) => c.code));
  if (
    items.some(
      (i) => i.code?.length === 5 && i.code.charCodeAt(0) === 51 && !classCodes.has(i.code.slice(0, 3)),
    )
  )
    return;
  const pick = (want: (code: string) => boolean): TFigure[] =>
    classes.filter((c) => want(c.code!)).map((c) => c.figures[0]!);
  if (person && classCodes.has('301')) {
    const parts = pick((c) => c === '301' || c === '303');
    if (parts.length > 0)
      judgeTableSum(
        ctx,
        'table.basic-split',
        model,
        person.figures[0]!,
        parts,
        '人员经费合计等于工资福利支出与对个人和家庭的补助之和',
        person,
      );
  }
  if (office && classCodes.has('302')) {
    const parts = pick((c) => c !== '301' && c !== '303');
    if (parts.length > 0)
      judgeTableSum(
        ctx,
        'table.basic-split',
        model,
        office.figures[0]!,
        parts,
        '公用经费合计等于商品和服务支出等其余类级科目之和',
        office,
      );
  }
}

/**
 * 基本支出表 printing 款 only (no 类 rows), 人员经费 and 公用经费 side by side (two 编码/名称/金额 groups a row)
 * or one under the other: 人员经费合计 = Σ 301xx and 303xx, 公用经费合计 = Σ the other 3xxxx 款. Only when every
 * code is a 款 of 经济分类 printed once with one figure, both totals are printed, and side by side each group
 * sits in its total's column. When both totals miss their parts by amounts that cancel (Σ all 款 = both
 * totals), the table files a 款 on the other side: not reported.
 */
function checkBasicItems(ctx: Ctx, model: TableModel): void {
  if (!model.table.title.includes('基本支出')) return;
  const items = itemsOf(model);
  const total = (re: RegExp): TItem | null => {
    // (Both names hold 经费: other labels are not squashed to be tried.)
    const found = items.filter(
      (i) => i.code === null && i.label.includes('经费') && re.test(squashSpaces(i.label)),
    );
    return found.length === 1 && found[0]!.figures.length === 1 ? found[0]! : null;
  };
  const person = total(/^人员经费(合计)?$/);
  const office = total(/^公用经费(合计)?$/);
  if (!person || !office || !placed(...items)) return;
  const coded = items.filter((i) => i.code !== null);
  const codes = new Set<string>();
  for (const c of coded) {
    const code = c.code!;
    if (code.length !== 5 || code.charCodeAt(0) !== 51 || c.figures.length !== 1 || codes.has(code)) return;
    codes.add(code);
  }
  const isPerson = (i: TItem): boolean => i.code!.startsWith('301') || i.code!.startsWith('303');
  const personParts = coded.filter(isPerson);
  const officeParts = coded.filter((i) => !isPerson(i));
  if (personParts.length < 2 || officeParts.length < 2) return;
  const pCol = person.figures[0]!.col;
  const oCol = office.figures[0]!.col;
  if (pCol !== oCol) {
    if (personParts.some((i) => i.figures[0]!.col !== pCol)) return;
    if (officeParts.some((i) => i.figures[0]!.col !== oCol)) return;
  }
  const figs = (list: readonly TItem[]): TFigure[] => list.map((i) => i.figures[0]!);
  const p = person.figures[0]!;
  const o = office.figures[0]!;
  const pKind = judgeSum(figs(personParts), p).kind;
  const oKind = judgeSum(figs(officeParts), o).kind;
  if (pKind === 'wrong' && oKind === 'wrong') {
    const both = judgeSum(figs(coded), {
      value: dec(p.value).plus(o.value).toString(),
      places: Math.max(p.places, o.places),
    });
    if (both.kind !== 'wrong') return;
  }
  judgeTableSum(
    ctx,
    'table.basic-split',
    model,
    p,
    figs(personParts),
    '人员经费合计等于工资福利支出（301）与对个人和家庭的补助（303）各款之和',
    person,
  );
  judgeTableSum(
    ctx,
    'table.basic-split',
    model,
    o,
    figs(officeParts),
    '公用经费合计等于商品和服务支出等其余各款之和',
    office,
  );
}

/** The 三公 table's one row: 合计 = 出国 + 车辆小计 + 接待, 小计 = 购置 + 运行, for 预算数 and 决算数 alike. */
function checkThreeFees(ctx: Ctx, model: TableModel): void {
  // (Its rows name a 三公 table whatever its title: threeFeesRows.)
  checkThreeFeesRows(ctx, model);
  if (!/三公/.test(model.table.title)) return;
  const leaves = feeLeafColumns(model);
  if (leaves && checkFeeLeafRows(ctx, model, leaves)) return;
  const named = threeFeesHeads(model);
  for (const r of model.rows) {
    // (Only a row of one item per column or of 12 figures is read: others are not copied.)
    const count = r.items.reduce((n, i) => n + i.figures.length, 0);
    const oneItem = named !== null && count === model.columns && r.items.length === 1;
    const figs = oneItem ? r.items.flatMap((i) => i.figures) : feeRowFigures(r.items);
    if (!oneItem && figs.length !== 12) continue;
    if (oneItem) {
      // One figure per item (决算数 only), columns told by their headers.
      const at = (col: number): TFigure => figureAt(r.items[0]!, col) ?? zero(col, r.line);
      const excerpt = figs.map((x) => x.text).join(' ');
      // (The row's name, 预算数 / 决算数, when the table has one row of each.)
      const row = squashSpaces(r.items[0]!.label);
      const kind = row ? `（${row}）` : '';
      const car = named.car ?? -1;
      const parts =
        car >= 0
          ? [named.abroad, car, named.reception]
          : [named.abroad, named.buy!, named.run!, named.reception];
      judgeTableSum(
        ctx,
        'table.row-sum',
        model,
        at(named.total),
        parts.map(at),
        `“三公”经费合计${kind}等于因公出国（境）费、公务用车购置及运行维护费、公务接待费之和`,
        excerpt,
      );
      if (car >= 0 && named.buy !== undefined && named.run !== undefined)
        judgeTableSum(
          ctx,
          'table.row-sum',
          model,
          at(car),
          [at(named.buy), at(named.run)],
          `公务用车购置及运行维护费${kind}等于购置费与运行维护费之和`,
          excerpt,
        );
      continue;
    }
    // The national column order (合计, 出国, 车辆小计, 购置, 运行, 接待; 预算数 and 决算数 each): in halves
    // when the header says so (three-fees-order.ts), else in pairs — taken as the table's only when the
    // 预算数 or the 决算数 columns add up that way; another order is not judged.
    const order = feeRowOrder(model, figs);
    if (!order) continue;
    const fig = (i: number, k: number): TFigure => feeFigure(order, figs, i, k);
    const holds = (k: number): boolean => {
      const v = (i: number): number => Math.round(Number(fig(i, k).value) * 100);
      return v(0) === v(1) + v(2) + v(5) && v(2) === v(3) + v(4);
    };
    if (order.order === 'interleaved' && !holds(0) && !holds(1)) continue;
    for (const k of [0, 1]) {
      const f = (i: number): TFigure => fig(i, k);
      const kind = k === 0 ? '预算数' : '决算数';
      judgeTableSum(
        ctx,
        'table.row-sum',
        model,
        f(0),
        [f(1), f(2), f(5)],
        `“三公”经费合计（${kind}）等于因公出国（境）费、公务用车购置及运行维护费、公务接待费之和`,
        figs.map((x) => x.text).join(' '),
      );
      judgeTableSum(
        ctx,
        'table.row-sum',
        model,
        f(2),
        [f(3), f(4)],
        `公务用车购置及运行维护费小计（${kind}）等于购置费与运行维护费之和`,
        figs.map((x) => x.text).join(' '),
      );
    }
  }
}

/**
 * A 三公 table of the items as columns under a header of several lines (feeLeafColumns), a row per 预算数 /
 * 决算数 / year (false when not read so): 小计 = 购置 + 运行 (and the 接待 group's 小计 = 国内 + 外事), 合计 = 出国 + 车辆小计 + 接待, in
 * each row printing all of them ("—" read as 0). Read so only when one row holds all of these sums (the
 * columns are then the header's); a 小计 found wrong stands in the 合计 by its parts' sum when the 合计 then
 * holds (the 合计 not reported for the 小计's fault again).
 */
function checkFeeLeafRows(ctx: Ctx, model: TableModel, leaves: FeeLeaves): boolean {
  const cols = Object.values(leaves);
  const rows: Array<{ item: TItem; at: (col: number) => TFigure }> = [];
  for (const r of model.rows) {
    if (r.items.length !== 1) continue;
    const item = r.items[0]!;
    const at = (col: number): TFigure | null =>
      figureAt(item, col) ??
      (item.dashes?.includes(col) ? { value: '0', places: 0, col, line: item.line, text: '—' } : null);
    if (cols.some((c) => !at(c))) continue;
    rows.push({ item, at: (col) => at(col)! });
  }
  const cents = (f: TFigure): number => Math.round(Number(f.value) * 100);
  const holds = (at: (col: number) => TFigure): boolean =>
    cents(at(leaves.total)) !== 0 &&
    cents(at(leaves.total)) ===
      cents(at(leaves.abroad)) + cents(at(leaves.car)) + cents(at(leaves.reception)) &&
    cents(at(leaves.car)) === cents(at(leaves.buy)) + cents(at(leaves.run)) &&
    (leaves.domestic === undefined ||
      cents(at(leaves.reception)) === cents(at(leaves.domestic)) + cents(at(leaves.foreign!)));
  if (!rows.some((r) => holds(r.at))) return false;
  for (const { item, at } of rows) {
    const label = squashSpaces(item.label);
    const kind = label ? `（${label}）` : '';
    const excerpt = [item.label.trim(), ...cols.map((c) => at(c).text)].join(' ');
    // A group's 小计 against its parts; when wrong, its parts' sum stands for it in the 合计.
    const group = (col: number, parts: readonly number[], what: string): TFigure => {
      const fig = at(col);
      const sub = parts.map(at);
      if (
        judgeTableSum(
          ctx,
          'table.row-sum',
          model,
          fig,
          sub,
          `${what}${kind}等于${partsName(parts, leaves)}之和`,
          excerpt,
        )
      )
        return fig;
      return { ...fig, value: showAs(sumOf(sub), [...sub, fig]) };
    };
    const car = group(leaves.car, [leaves.buy, leaves.run], '公务用车购置及运行维护费小计');
    const reception =
      leaves.domestic === undefined
        ? at(leaves.reception)
        : group(leaves.reception, [leaves.domestic, leaves.foreign!], '公务接待费小计');
    const printed = [at(leaves.abroad), at(leaves.car), at(leaves.reception)];
    const fixed = [at(leaves.abroad), car, reception];
    const t = at(leaves.total);
    // (A 合计 holding neither way is held to the groups' parts: the figures not in dispute.)
    const fits = judgeSum(fixed, t).kind === 'ok' || judgeSum(printed, t).kind === 'wrong';
    judgeTableSum(
      ctx,
      'table.row-sum',
      model,
      t,
      fits ? fixed : printed,
      `“三公”经费合计${kind}等于因公出国（境）费、公务用车购置及运行维护费、公务接待费之和`,
      excerpt,
    );
  }
  return true;
}

function partsName(parts: readonly number[], leaves: FeeLeaves): string {
  const names: Record<string, string> = {
    buy: '购置费',
    run: '运行维护费',
    domestic: '国内接待费',
    foreign: '外事接待费',
  };
  return parts.map((col) => names[Object.entries(leaves).find(([, c]) => c === col)![0]] ?? '').join('与');
}

/**
 * The rows of a 三公 table with one row per item (合计, 因公出国（境）费, 公务用车购置及运行维护费, 公务接待费; 购置费
 * and 运行维护费 below it when printed) titled as a 三公 table, each name once; null when the table is not such
 * (item-tables.ts leaves such a table to checkThreeFeesRows).
 */
export function threeFeesRows(model: TableModel): {
  total: TItem;
  abroad: TItem;
  car: TItem;
  reception: TItem;
  buy: TItem | undefined;
  run: TItem | undefined;
  /** 国内公务接待费 and 外事接待费 below 公务接待费, when both are printed. */
  domestic?: TItem | undefined;
  foreign?: TItem | undefined;
} | null {
  const items = itemsOf(model);
  // (A 三公 table by its title, or by its rows under another title: a notice's table under the notice's title.)
  if (!/三公/.test(model.table.title) && !items.some((i) => i.label.includes('公务接待'))) return null;
  // Each label read once for the six names below.
  const labels = items.map((i) => canonicalLabel(i.label).replace(/[“”"]/g, ''));
  const one = (re: RegExp): TItem | null | undefined => {
    const found = items.filter((_, k) => re.test(labels[k]!));
    return found.length === 1 ? found[0] : found.length === 0 ? undefined : null;
  };
  // (Each name looked for only while the ones before it were found.)
  const total = one(/^(三公经费)?(合计|总计)$/);
  if (!total) return null;
  const abroad = one(/^(其中[：:])?因公出国[（(]境[）)]费(支出)?$/);
  if (!abroad) return null;
  const car = one(/^公务用车购置及运行(维护)?费(支出)?$/);
  if (!car) return null;
  const buy = one(/^(其中[：:])?公务用车购置费?(支出)?$/);
  const run = one(/^公务用车运行(维护)?费?(支出)?$/);
  const reception = one(/^公务接待费(支出)?$/);
  if (!reception || buy === null || run === null) return null;
  if (!placed(total, abroad, car, reception, buy, run) || (buy === undefined) !== (run === undefined))
    return null;
  const domestic = one(/^(其中[：:])?国内(公务)?接待费?(支出)?$/);
  const foreign = one(/^(其中[：:])?(外事|外宾|国[（(]境[）)]外)(公务)?接待费?(支出)?$/);
  const both = domestic && foreign && placed(reception, domestic, foreign);
  return { total, abroad, car, reception, buy, run, ...(both ? { domestic, foreign } : {}) };
}

/**
 * A 三公 table with one row per item (合计, 因公出国（境）费, 公务用车购置及运行维护费, 公务接待费; 购置费 and
 * 运行维护费 below it when printed) and a column per year or per 预算数/决算数: 合计 = Σ items in each column.
 */
/**
 * Figures of a 三公 table found not to be the sum of their items (checkThreeFeesRows), with that sum: the
 * change columns of their row are judged from it (a 增减额 worked out from the wrong 合计 would be reported
 * for the 合计's fault again, and a wrong 增减率 shown against it).
 */
const CORRECTED = new WeakMap<TFigure, string>();
/** The sum a 三公 table's figure was found not to equal (see CORRECTED); undefined when it held. */
export const correctedSum = (f: TFigure): string | undefined => CORRECTED.get(f);
/** Records that a total (of any table rule) was found not to be `sum`, the sum of its items. */
export const noteCorrectedSum = (f: TFigure, sum: string): void => void CORRECTED.set(f, sum);
const sumOf = (figs: readonly TFigure[]) => figs.reduce((acc, f) => acc.plus(f.value), dec(0));

function checkThreeFeesRows(ctx: Ctx, model: TableModel): void {
  const rows = threeFeesRows(model);
  if (!rows) return;
  // Two cells pdftotext glued into one ("31.57-3.35": an amount and a negative change) leave their row's
  // figures out of it: a blank cell could then not be told from a lost one, and blanks are read as 0 here.
  if (itemsOf(model).some((i) => GLUED_FIGURES.test(i.label.trim()))) return;
  const { total, abroad, car, reception, buy, run, domestic, foreign } = rows;
  for (let col = 0; col < model.columns; col++) {
    // A rate column (完成预算（%）, 增减率) holds each item's own ratio, which does not add up; a column
    // whose header was not read may be one, so it is not judged either.
    const header = model.headers[col]?.trim() ?? '';
    const named = header !== '' && !RATIO_HEADER.test(header);
    if (!named && !addsUpLikeAmounts(buy, run, car, col)) continue;
    const t = figureAt(total, col);
    if (!t) continue;
    const at = (i: TItem): TFigure => figureAt(i, col) ?? zero(col, i.line);
    // (A header that is only the unit, "（元）", names nothing; nor does one read askew.)
    const head = named && !/^[（(][^（()）]*[）)]$/.test(header) ? `（${header}）` : '';
    // The car line first: found wrong, its sum stands for it in the 合计 when the 合计 then holds (the 合计
    // not reported for the car line's fault again); when the 合计 held as printed, a part is at fault.
    const carFig = at(car);
    let parts = [at(abroad), carFig, at(reception)];
    if (buy && run) {
      const sub = [at(buy), at(run)];
      const what = `公务用车购置及运行维护费${head}等于购置费与运行维护费之和`;
      if (!judgeTableSum(ctx, 'table.row-sum', model, carFig, sub, what, car)) {
        const fixed = { ...carFig, value: showAs(sumOf(sub), [...sub, carFig]) };
        const withFixed = [at(abroad), fixed, at(reception)];
        // (A 合计 holding neither way is held to the car line's parts: the figures not in dispute.)
        const fits = judgeSum(withFixed, t).kind === 'ok' || judgeSum(parts, t).kind === 'wrong';
        if (carFig.text !== '' && fits) {
          CORRECTED.set(carFig, fixed.value);
          parts = withFixed;
        }
      }
    }
    // 公务接待费 over its 国内 and 外事 lines (where a line prints a figure: "—" under both is a column not split).
    if (
      domestic &&
      foreign &&
      figureAt(reception, col) &&
      (figureAt(domestic, col) || figureAt(foreign, col))
    )
      judgeTableSum(
        ctx,
        'table.row-sum',
        model,
        at(reception),
        [at(domestic), at(foreign)],
        `公务接待费${head}等于国内公务接待费与外事接待费之和`,
        reception,
      );
    if (
      !judgeTableSum(
        ctx,
        'table.row-sum',
        model,
        t,
        parts,
        `“三公”经费合计${head}等于因公出国（境）费、公务用车购置及运行维护费、公务接待费之和`,
        total,
      )
    )
      CORRECTED.set(t, showAs(sumOf(parts), [...parts, t]));
  }
}

/**
 * Whether a column whose header was not read (or reads as a rate's: a scrambled header of several lines) holds
 * amounts all the same: 购置费 and 运行维护费 both printed, not zero, of one sign, adding up to their line. A rate
 * column cannot — the line's rate lies between two rates of one sign, their sum beyond both.
 */
function addsUpLikeAmounts(buy: TItem | undefined, run: TItem | undefined, car: TItem, col: number): boolean {
  if (!buy || !run) return false;
  const [b, r, c] = [figureAt(buy, col), figureAt(run, col), figureAt(car, col)];
  if (!b || !r || !c || [b, r, c].some((f) => f.text.includes('%'))) return false;
  const [bv, rv] = [dec(b.value), dec(r.value)];
  if (bv.isZero() || rv.isZero() || bv.isNegative() !== rv.isNegative()) return false;
  return judgeSum([b, r], c).kind === 'ok';
}

/** Two figures glued by a minus sign, read as a row's label: "31.57-3.35". */
const GLUED_FIGURES = /^[-−]?\d[\d,]*\.\d+[-−]\d[\d,]*\.\d+/;

export type FeeColumns = {
  total: number;
  abroad: number;
  reception: number;
  car?: number;
  buy?: number;
  run?: number;
};

/**
 * The columns of a 三公 table with one figure per item, by header ("合计", "因公出国（境）费", "公务用车购置及
 * 运行维护费" or "小计", "购置费", "运行维护费", "公务接待费"); null when a header is repeated (预算数 and 决算数
 * side by side) or one of them is missing.
 */
export function threeFeesColumns(headers: readonly string[]): FeeColumns | null {
  // (A merged group cell over its sub-columns run into the first of them by the layout, "公务用车购置及运行维护费"
  // + "公务用车购置费": the sub-column's name.)
  const squashed = headers.map((h) =>
    h.replace(/\s/g, '').replace(/^公务用车购置及运行(?:维护)?费(?=.*(?:购置|运行|小计))(.+)$/, '$1'),
  );
  const find = (re: RegExp): number[] => {
    const out: number[] = [];
    for (let i = 0; i < squashed.length; i++) if (re.test(squashed[i]!)) out.push(i);
    return out;
  };
  // (Each header looked for only while the ones before it were found once.)
  const total = find(/^(“三公”经费)?合计$/);
  if (total.length !== 1) return null;
  const abroad = find(/^因公出国[（(]境[）)]费(支出)?$/);
  if (abroad.length !== 1) return null;
  const reception = find(/^公务接待费(支出)?$/);
  if (reception.length !== 1) return null;
  const car = find(/^(公务用车购置及运行(维护)?费|小计)$/);
  const buy = find(/^公务用车购置费?$/);
  const run = find(/^公务用车运行(维护)?费?$/);
  if ([car, buy, run].some((c) => c.length > 1)) return null;
  if (car.length === 0 && (buy.length === 0 || run.length === 0)) return null;
  if (car.length === 1 && buy.length + run.length === 1) return null;
  const out: FeeColumns = { total: total[0]!, abroad: abroad[0]!, reception: reception[0]! };
  if (car[0] !== undefined) out.car = car[0];
  if (buy[0] !== undefined) out.buy = buy[0];
  if (run[0] !== undefined) out.run = run[0];
  return out;
}

/**
 * A 三公 table's item columns (threeFeesColumns) by its headers, or, none of them read, by the words of a one-line
 * header printed above its rows ("项目 合计 因公出国（境）费 … 公务接待费"), one a figure column.
 */
export function threeFeesHeads(model: TableModel): FeeColumns | null {
  const named = threeFeesColumns(model.headers);
  if (named || model.headers.some((h) => h.trim() !== '')) return named;
  const words = headWordColumns(model);
  return words ? threeFeesColumns(words) : null;
}

/**
 * A 科目 code printed with a name that is not that code's name in any national edition of the catalogue.
 * A name cut short by the table's column (a prefix), or a code the catalogue does not hold (a local
 * 科目), is left alone; when the name belongs to another code of the same level, the code is wrong (error),
 * otherwise it is a warning.
 */
function checkCodeNames(ctx: Ctx, model: TableModel): void {
  const names = catalogueNames();
  let wrapped: Map<number, string> | null = null;
  let prev: TItem | null = null;
  for (const r of model.rows)
    for (const it of r.items) {
      const before = prev;
      prev = it;
      // (Codes starting with 2 or 3: the catalogue's 功能分类 and 经济分类.)
      if (!it.code || !it.label || (it.code.charCodeAt(0) !== 50 && it.code.charCodeAt(0) !== 51)) continue;
      const known = names.get(it.code);
      if (!known) continue;
      let label = squashName(it.label);
      if (label.length < 2) continue;
      let ok = tableNameFits(known, label);
      if (!ok) {
        // A name wrapped in its cell around the code's line: the lines of words right above and below it
        // (the line above may have been read as the end of the row before: what its name leaves over).
        wrapped ??= labelOnlyLines(model);
        const above = wrapped.get(it.line - 1) ?? leftOver(names, before);
        const whole = wrappedName(known, label, above, wrapped.get(it.line + 1), it.code);
        if (whole === true) ok = true;
        else if (whole !== null) label = whole;
      }
      // (Named as the document's year's edition has it, or the latest edition's.)
      const catalogueName = editionName(ctx.year, it.code) ?? known[known.length - 1]!;
      claim(
        ctx,
        'table',
        it.line,
        0,
        ok,
        `科目${it.code}在《政府收支分类科目》中为“${catalogueName}”，表中为“${it.label}”`,
      );
      if (ok) continue;
      // (A code of a group whose items the catalogue could not check: no error.)
      const other = unverifiedCode(it.code) ? null : codeNamed(label, it.code.length, it.code);
      // (A name read from its wrapped lines is quoted whole.)
      const printed = label === squashName(it.label) ? it.label : label;
      report(
        ctx,
        it.line,
        'table.code-name',
        other ? 'error' : 'warning',
        excerptOfItem(it),
        `${it.code} ${catalogueName}`,
        `${it.code} ${printed}`,
        other
          ? `科目编码${it.code}的名称应为“${catalogueName}”，表中“${printed}”是科目${other}的名称，编码与名称不对应。`
          : `科目编码${it.code}在《政府收支分类科目》中的名称为“${catalogueName}”，表中为“${it.label}”。`,
        0,
      );
    }
}

/** The lines of a table holding only words (no code, no figure), squashed, by line: a wrapped cell's parts. */
function labelOnlyLines(model: TableModel): Map<number, string> {
  const out = new Map<number, string>();
  for (const r of model.rows) {
    if (r.items.length !== 1) continue;
    const it = r.items[0]!;
    if (it.code || it.figures.length > 0 || it.unplaced > 0) continue;
    const text = squashName(it.label);
    if (text.length > 0 && !/\d/.test(text)) out.set(it.line, text);
  }
  return out;
}

/**
 * What a coded row's label holds after its code's whole name ("行政运行" + "机关事业单位"): the head of the next
 * row's name wrapped above it, read as this row's. Undefined when there is none.
 */
function leftOver(names: Map<string, string[]>, item: TItem | null): string | undefined {
  if (!item?.code) return undefined;
  const label = squashName(item.label);
  const name = names.get(item.code)?.find((n) => label.length > n.length && label.startsWith(n));
  const rest = name === undefined ? '' : label.slice(name.length);
  return rest.length >= 2 && !/\d/.test(rest) ? rest : undefined;
}

/**
 * A coded row's name put together with the lines of words right above and below its code's line (a name
 * centred over three lines prints its middle beside the code): true when so joined it is the code's own name
 * (whole), the joined name when it is exactly another code's (same length) name, else null. Only a whole
 * name is taken: a part could belong to the row above or below.
 */
function wrappedName(
  known: readonly string[],
  label: string,
  above: string | undefined,
  below: string | undefined,
  code: string,
): string | true | null {
  const tries: string[] = [];
  if (above !== undefined && below !== undefined) tries.push(above + label + below);
  if (above !== undefined) tries.push(above + label);
  if (below !== undefined) tries.push(label + below);
  for (const t of tries) if (known.includes(t)) return true;
  for (const t of tries) if (codeNamed(t, code.length, code)) return t;
  return null;
}

const decimalsOf = (value: string): number => {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
};

/**
 * A table comparing two years: "本年决算数 | 上年决算数 | 增减额 | 增减率（%）". In each row the 增减额 is 本年 −
 * 上年 and the 增减率 is that difference ÷ 上年 × 100. The columns are told by their headers only: exactly one
 * last-year column (上年 / the year before the document's), exactly one this-year outturn (本年 / the document's
 * year, not a budget), a difference column saying 增减 without 率/%, a rate column saying 增减 or 增长 with
 * 率/%. A comparison with the budget (决算比预算增减) is read the same way (budgetChanges) when its columns say so.
 */
function checkChangeColumns(ctx: Ctx, model: TableModel): void {
  const h = model.headers;
  if (!h.some((x) => x.includes('增减') || x.includes('增长'))) return;
  // A document without its year: the latest year the headers name, when they name the year before it too.
  const y = ctx.year ?? headersYear(h);
  const lastYear = y === null ? /上年/ : new RegExp(`上年|${y - 1}\\s*年`);
  const thisYear = y === null ? /本年/ : new RegExp(`本年|${y}\\s*年`);
  const cols = (f: (x: string) => boolean): number[] => h.flatMap((x, i) => (f(x) ? [i] : []));
  const isChange = (x: string): boolean => /增减|增长|变动/.test(x);
  const last = cols((x) => lastYear.test(x) && !isChange(x) && !/预算|率|%|％|结转|结余/.test(x));
  let now = cols((x) => thisYear.test(x) && !lastYear.test(x) && !isChange(x) && !/预算|率|%|％/.test(x));
  // "预算数 | 决算数 | 上年决算数 | 增减额": the one 决算 column not of last year is this year's.
  if (now.length === 0)
    now = cols((x) => /决算/.test(x) && !lastYear.test(x) && !isChange(x) && !/预算数|率|%|％/.test(x));
  let diff = cols((x) => isChange(x) && !/率|%|％|幅度|预算/.test(x));
  const budgetCols = budgetChanges(h, now, isChange);
  // (A bare 增减率 right of the budget's 增减额 is the budget's: see budgetChanges.)
  let rate = cols((x) => isChange(x) && /率|%|％|幅度/.test(x) && !/预算/.test(x)).filter(
    (c) => c !== budgetCols?.R,
  );
  // A budget document's table, no outturn in it ("2032年预算数 | 2031年预算数 | 比上年预算增减 增减额 |
  // 增减率"): this year's budget compared with last year's, read like two years' outturns.
  if (last.length === 0 && now.length === 0 && !h.some((x) => /决算|执行|实际|完成/.test(x))) {
    const isBudget = (x: string): boolean => /预算/.test(x) && !isChange(x) && !/率|%|％|结转|结余/.test(x);
    last.push(...cols((x) => lastYear.test(x) && isBudget(x)));
    now = cols((x) => thisYear.test(x) && !lastYear.test(x) && isBudget(x));
    diff = cols((x) => isChange(x) && !/率|%|％|幅度/.test(x));
    rate = cols((x) => isChange(x) && /率|%|％|幅度/.test(x));
  }
  if (budgetCols) judgeChangeRows(ctx, model, budgetCols, BUDGET_WORDS);
  // A header naming both the difference and the rate ("增减额增减率") took a neighbour's text (a column
  // whose cells are not read as figures, "49.36%" beside a 占比 column): which column it is, is not told.
  if (rate.some((c) => /增减额|增减数|增减金额/.test(h[c]!))) return;
  if (last.length !== 1 || now.length !== 1 || diff.length > 1 || rate.length > 1) return;
  if (diff.length + rate.length === 0) return;
  const [L, N] = [last[0]!, now[0]!];
  const D = diff[0];
  const R = rate[0] ?? (D !== undefined && BARE_RATE.test(h[D + 1] ?? '') ? D + 1 : undefined);
  const items = itemsOf(model).filter((i) => i.unplaced === 0);
  // With a budget column too, a 增减 that does not say 上年 may compare with the budget: the table is read
  // only when most rows agree with 本年 − 上年 (its other rows are then the errors).
  const saysLastYear = [D, R].some((c) => c !== undefined && /上年|同比|去年|上一年/.test(h[c]!));
  if (!saysLastYear && h.some((x) => /预算/.test(x) && !isChange(x))) {
    if (D === undefined || !mostRowsAgree(items, N, L, D)) return;
  }
  judgeChangeRows(ctx, model, { N, L, D, R }, YEAR_WORDS);
}

/** The columns of one comparison: the figure (N), its base (L), the 增减额 (D) and the 增减率 (R) when printed. */
type ChangeCols = { N: number; L: number; D: number | undefined; R: number | undefined };
/** How the messages name the figure and its base. */
type ChangeWords = { now: string; base: string; what: string };
const YEAR_WORDS: ChangeWords = { now: '本年', base: '上年', what: '' };
const BUDGET_WORDS: ChangeWords = { now: '决算数', base: '预算数', what: '决算数比预算数' };

/**
 * "预算数 | 决算数 | 上年决算数 | 决算数比预算数 增减额 | 增减率（%） | 比上年 增减额 | 增减率（%）": the comparison of
 * the 决算数 with the 预算数. Read only when exactly one budget column (预算, no 决算, no change) and one
 * 决算数 column (`now`) are told, exactly one 增减额 header compares with the budget (比预算 / 较预算 / 比年初预算), and
 * the 增减率 is the column right of it, its header a bare 增减率 (a two-level header's lower half) or saying
 * 比预算 too. Else null.
 */
function budgetChanges(
  h: readonly string[],
  now: readonly number[],
  isChange: (x: string) => boolean,
): ChangeCols | null {
  if (now.length !== 1) return null;
  const cols = (f: (x: string) => boolean): number[] => h.flatMap((x, i) => (f(x) ? [i] : []));
  const budget = cols((x) => /预算/.test(x) && !/决算/.test(x) && !isChange(x) && !/率|%|％/.test(x));
  const diff = cols((x) => isChange(x) && /[比较](?:年初)?预算/.test(x) && !/率|%|％|幅度/.test(x));
  if (budget.length !== 1 || diff.length !== 1) return null;
  const D = diff[0]!;
  const next = h[D + 1];
  const R =
    next !== undefined &&
    ((isChange(next) &&
      /率|%|％|幅度/.test(next) &&
      (/[比较](?:年初)?预算/.test(next) || !/上年|预算|决算|同比|\d/.test(next))) ||
      BARE_RATE.test(next))
      ? D + 1
      : undefined;
  return { N: now[0]!, L: budget[0]!, D, R };
}

/**
 * A two-level header's lower half naming only a percentage ("增减" over "金额 | %"): right of its group's 增减额,
 * that group's 增减率.
 */
const BARE_RATE = /^[（(]?[%％][）)]?$/;

/**
 * Whether most rows (two at least) print a difference column D that is N − L: the columns are read as a
 * comparison only then (its other rows are the errors).
 */
function mostRowsAgree(items: readonly TItem[], N: number, L: number, D: number): boolean {
  let rows = 0;
  let agree = 0;
  for (const item of items) {
    const [n, l, d] = [figureAt(item, N), figureAt(item, L), figureAt(item, D)];
    if (!n || !l || !d) continue;
    rows++;
    if (judgeSum([l, d], n).kind === 'ok') agree++;
  }
  return agree >= 2 && agree * 2 >= rows;
}

/**
 * Each row of a comparison (ChangeCols): the 增减额 is the figure − its base, the 增减率 that difference ÷ the
 * base × 100. With a budget as the base, only when most rows' 增减额 agree (the columns are then read rightly;
 * its other rows are the errors).
 */
function judgeChangeRows(ctx: Ctx, model: TableModel, cols: ChangeCols, words: ChangeWords): void {
  const { N, L, D, R } = cols;
  const name = model.table.title ? `《${model.table.title}》` : '表格';
  const items = itemsOf(model).filter((i) => i.unplaced === 0);
  if (words === BUDGET_WORDS && (D === undefined || !mostRowsAgree(items, N, L, D))) return;
  for (const item of items) {
    const n0 = figureAt(item, N);
    const l0 = figureAt(item, L);
    if (!n0 || !l0) continue;
    // A figure found not to be the sum of its items counts as that sum (see CORRECTED).
    // (Only when the row's 增减额 then holds: the printed figure's own sum is what the row was worked from.)
    const d0 = D === undefined ? null : figureAt(item, D);
    const fits = (fixed: string | undefined, isNow: boolean): string | undefined =>
      fixed !== undefined &&
      d0 !== null &&
      judgeSum([isNow ? l0 : { ...l0, value: fixed }, d0], isNow ? { ...n0, value: fixed } : n0).kind === 'ok'
        ? fixed
        : undefined;
    const fixedN = fits(CORRECTED.get(n0), true);
    const fixedL = fits(CORRECTED.get(l0), false);
    const n = fixedN ? { ...n0, value: fixedN } : n0;
    const l = fixedL ? { ...l0, value: fixedL } : l0;
    const asSum = [
      ...(fixedN ? [`${words.now}${n0.value}按其各项之和${fixedN}计`] : []),
      ...(fixedL ? [`${words.base}${l0.value}按其各项之和${fixedL}计`] : []),
    ];
    const note = asSum.length > 0 ? `（${asSum.join('，')}）` : '';
    const label = item.label || '合计';
    const delta = dec(n.value).minus(l.value);
    // (Shown to the places of the figures it is worked from: "-13782.10", not "-13782.1".)
    const places = Math.max(decimalsOf(n.value), decimalsOf(l.value));
    const shownDelta = delta.toFixed(places);
    const d = D === undefined ? null : figureAt(item, D);
    if (d) {
      // 本年 = 上年 + 增减额, as a sum of printed figures (rounding-aware).
      const verdict = judgeSum([l, d], n);
      claim(
        ctx,
        'table',
        d.line,
        0,
        verdict.kind !== 'wrong',
        `${name}${label}${words.what}增减额：${n.value} − ${l.value} = ${shownDelta}，表中${d.value}`,
      );
      if (verdict.kind !== 'ok')
        report(
          ctx,
          d.line,
          'table.change',
          verdict.severity,
          excerptOfItem(item),
          shownDelta,
          d.text,
          `${name}“${label}”${words.what}增减额应为 ${n.value} − ${l.value} = ${shownDelta}${note}，表中为${d.value}${verdict.kind === 'rounding' ? '，差异在四舍五入范围内' : ''}。`,
          0,
        );
    }
    const r = R === undefined ? null : figureAt(item, R);
    if (!r) continue;
    // As printed: a rate cell may carry its "%" ("49.36%").
    const pc = r.text.includes('%') ? '%' : '';
    const shown = `${r.value}${pc}`;
    if (dec(l.value).isZero()) {
      if (dec(r.value).isZero() && delta.isZero()) continue;
      claim(
        ctx,
        'table',
        r.line,
        0,
        false,
        `${name}${label}${words.what}增减率：${words.base}${l.value}为0，表中${shown}`,
      );
      report(
        ctx,
        r.line,
        'change.zero-base',
        'error',
        excerptOfItem(item),
        '—',
        r.text,
        `${name}“${label}”${words.base}为${l.value}，增减率（÷0）无法计算，表中却为${shown}；应填“—”或不填。`,
        0,
      );
      continue;
    }
    const printed = { value: r.value.replace(/^-/, ''), places: r.places };
    const negative = r.value.startsWith('-');
    if (!delta.isZero() && !dec(printed.value).isZero() && negative !== delta.isNeg()) {
      claim(
        ctx,
        'table',
        r.line,
        0,
        false,
        `${name}${label}${words.what}增减率：${n.value} − ${l.value} = ${shownDelta}，表中${shown}`,
      );
      report(
        ctx,
        r.line,
        'change.direction',
        negative ? 'error' : 'warning',
        excerptOfItem(item),
        `${delta.isNeg() ? '-' : ''}${printed.value}${pc}`,
        r.text,
        `${name}“${label}”${words.now}${n.value}${delta.isNeg() ? '少于' : '多于'}${words.base}${l.value}，增减率的正负号却相反（表中${shown}）。`,
        0,
      );
      continue;
    }
    const verdict = judgeRatio(
      printed,
      [n, l],
      ([a, b]) => (b!.isZero() ? null : a!.minus(b!).div(b!).times(100).abs()),
      { num: [1, -1], den: [0, 1], abs: true },
    );
    if (!verdict) continue;
    const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
    claim(
      ctx,
      'table',
      r.line,
      0,
      verdict.kind !== 'wrong',
      `${name}${label}${words.what}增减率：(${n.value} − ${l.value}) ÷ ${l.value} × 100${pc} = ${delta.isNeg() ? '-' : ''}${exact}${pc}，表中${shown}`,
    );
    if (verdict.kind === 'ok') continue;
    report(
      ctx,
      r.line,
      'change.percent',
      verdict.severity,
      excerptOfItem(item),
      `${delta.isNeg() ? '-' : ''}${exact}${pc}`,
      r.text,
      `${name}“${label}”${words.what}增减率应为 (${n.value} − ${l.value}) ÷ ${l.value} × 100${pc} = ${delta.isNeg() ? '-' : ''}${exact}${pc}${note}，表中为${shown}${verdictClause(verdict.kind)}。`,
      0,
    );
  }
}

/** The latest year the headers name ("2024年决算数"), when one of them names the year before; else null. */
function headersYear(headers: readonly string[]): number | null {
  const years = headers.flatMap((x) => {
    const m = /(20\d\d)\s*年/.exec(x);
    return m ? [Number(m[1])] : [];
  });
  const latest = Math.max(...years);
  return years.includes(latest - 1) ? latest : null;
}

export function tableModels(ctx: Ctx): TableModel[] {
  const out: TableModel[] = [];
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'table' || b.shape === 'cell-lines') continue;
    out.push(tableModel(b));
  }
  return out;
}

export function checkTableArithmetic(ctx: Ctx, models: readonly TableModel[]): void {
  for (const model of models) {
    // Score sheets are checked by their own rules (table-rules.ts).
    if (model.headers.some((h) => /得分|分值|权重/.test(h))) continue;
    checkCodes(ctx, model);
    checkRowSums(ctx, model);
    checkListTotals(ctx, model);
    checkBasicSplit(ctx, model);
    checkBasicItems(ctx, model);
    checkThreeFees(ctx, model);
    checkChangeColumns(ctx, model);
    checkTwinChanges(ctx, model, correctedSum);
    checkCodeNames(ctx, model);
    checkCarryRows(ctx, model);
    checkNamedRateColumns(ctx, model);
  }
}
