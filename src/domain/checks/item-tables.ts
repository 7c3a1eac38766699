/**
 * Tables of items as rows, figures by column (a 三公, 机关运行经费, 政府采购 or project table: 项目 | 预算数 | 决算数 |
 * 上年决算数 | 增减额 | 增减率 | 完成率), any subject, any province's labels:
 *  - a 合计 / 总计 row (first or last) = Σ the top-level items: the numbered ones ("1.", "（一）", "一、", "（1）",
 *    "①", a 序号 column; every row of the first row's numbering, numbers in sequence), or when no row is
 *    numbered every row that is neither a 其中 row nor indented under another;
 *  - an item whose sub-rows the labels show ("其中：" opening the list, the rows after it under the same item, or
 *    rows indented under it) = Σ those sub-rows;
 *  - a 完成率 / 完成预算% / 执行率 column = the row's 决算 ÷ its 预算 × 100 (a table whose rates rate-tables.ts
 *    has read — a `completion` claim on its rows — is left to it; a 三公 合计 table-claims.ts found wrong counts
 *    as its items' sum when the rate then holds).
 * In each amount column (not a rate, share or change column). When it is not clear which rows are parts of which
 * total, nothing is read: a row of two items or with a 科目 code, a figure without its column, a label without
 * figures (a wrapped label), another 合计 / 小计 row, an unnumbered row that neither the numbering, a 其中 list nor
 * its indentation places. A sum is judged in a column only when it holds in another amount column of the table
 * (with two parts at least not zero there) and holds in at least as many columns as it fails — so a total of
 * only some of the rows (a partial 其中 list, a table leaving items out) is never called wrong; a single amount
 * column is judged only for numbered items. A 三公 table read by table-claims.ts (threeFeesRows) and a total
 * another rule has already summed (a `sum` claim on its line: rate-tables.ts's 执行情况表) are left to them.
 */
import { dec, type Dec } from '../money/index.ts';
import { claim, report, type Ctx } from './context.ts';
import { correctedSum, noteCorrectedSum, threeFeesRows } from './table-claims.ts';
import { figureAt, squashSpaces, type TableModel, type TFigure, type TItem } from './table-model.ts';
import {
  judgeRatio,
  judgeSum,
  SHARE,
  show,
  showAs,
  sumKind,
  verdictClause,
  type Printed,
} from './verdict.ts';

/** A row of the table: its item, label (spaces and quotes dropped), numbering, 其中 mark and indentation. */
export type Line = {
  item: TItem;
  label: string;
  style: string | null;
  number: number;
  qizhong: boolean;
  indent: number | null;
};
/** An item and the rows under it. */
type Node = { line: Line; children: Line[] };

const TOTAL_LABEL = /^(?:[\u4e00-\u9fa5“”]{0,10})?(?:合计|总计)$/;
const OTHER_TOTAL = /合计|小计|总计|共计/;
/** Columns that do not add up: rates, shares, changes, averages. */
const NOT_ADDITIVE =
  /%|％|率|比例|占比|比重|增减|增长|变动|差额|百分点|序时|偏差|差值|相差|差异|单价|平均|均值|人均|备注|说明|序号|编号|得分|分值|权重/;
/**
 * A column of change amounts (增减额, 差额), no ratio named: the items' changes add up to the total's as their
 * amounts do — also when a header of two lines read askew names it with the column beside it.
 */
const CHANGE_AMOUNT =
  /^(?!.*(?:%|％|率|比例|占比|比重|幅|平均|均值|人均|单价)).*(?:增减额|增减数|差额|增加额|减少额)/;
const COMPLETION_HEAD = /完成率|完成(?:年初|全年|调整后?)?预算|预算完成|完成比例|执行率/;
const QIZHONG = /^其中[：:]?/;

const CN_DIGITS = '一二三四五六七八九';
/** 一 … 九十九 as a number; NaN for anything else. */
function cnNumber(text: string): number {
  const digit = (c: string | undefined): number => (c ? CN_DIGITS.indexOf(c) + 1 : 0);
  const ten = text.indexOf('十');
  if (ten < 0) return text.length === 1 && digit(text) > 0 ? digit(text) : NaN;
  const tens = ten === 0 ? 1 : digit(text[0]);
  const ones = ten === text.length - 1 ? 0 : digit(text[ten + 1]);
  if (tens === 0 || ten > 1 || text.length - ten > 2 || (ten < text.length - 1 && ones === 0)) return NaN;
  return tens * 10 + ones;
}

const NUMBERINGS: [string, RegExp, (m: string) => number][] = [
  ['cn', /^([一二三四五六七八九十]{1,3})[、.．]/, cnNumber],
  ['pcn', /^[（(]([一二三四五六七八九十]{1,3})[）)]/, cnNumber],
  ['num', /^(\d{1,2})[、.．](?!\d)/, Number],
  ['pnum', /^[（(](\d{1,2})[）)]/, Number],
  ['circ', /^([\u2460-\u2473])/, (m) => m.charCodeAt(0) - 0x245f],
];

function numbering(label: string): { style: string; number: number } | null {
  for (const [style, re, value] of NUMBERINGS) {
    const m = re.exec(label);
    if (m) {
      const number = value(m[1]!);
      return Number.isNaN(number) ? null : { style, number };
    }
  }
  return null;
}

/** Where each row's label starts (space-aligned tables only: the others print no indentation). */
function labelStarts(model: TableModel): Map<number, number> {
  const out = new Map<number, number>();
  if (model.table.shape !== 'space') return out;
  for (const r of model.table.rows) {
    const first = r.cells.find((c) => c.text !== '');
    if (first) out.set(r.line, first.start);
  }
  return out;
}

/** A row's number printed in a 序号 column (an item of that one figure, without a label), else null. */
function rowNumber(model: TableModel, item: TItem): number | null {
  const f = item.figures[0];
  if (item.label !== '' || item.code !== null || item.figures.length !== 1 || item.unplaced !== 0)
    return null;
  if (!/^\d{1,3}$/.test(f!.value) || !/^(序号|编号)$/.test(squashSpaces(model.headers[f!.col] ?? '')))
    return null;
  return Number(f!.value);
}

/**
 * The table's rows when each is one item with a label and figures (its number in a 序号 column before it, read
 * as its numbering); null when a row is not.
 */
export function linesOf(model: TableModel): Line[] | null {
  const starts = labelStarts(model);
  const out: Line[] = [];
  const notes = hasNoteColumn(model);
  // A numbered label wrapped in its cell: its head on a line of its own, the figures on the next line.
  let head: { text: string; line: number } | null = null;
  for (const r of model.rows) {
    const items = notes ? withoutNotes(r.items) : r.items;
    // (Only pdftotext's space-aligned rows wrap a label; a typed or spreadsheet row is whole.)
    const wraps = model.table.shape === 'space';
    if (wraps && items.every((i) => i.figures.length + (i.dashes?.length ?? 0) === 0 && i.code === null)) {
      const text = squashSpaces(firstCellText(model, r.line) ?? '');
      const prev = out[out.length - 1];
      if (!head && numbering(text) && !OTHER_TOTAL.test(text)) head = { text, line: r.line };
      // The tail of the label above ("…收入（一般公共预算" / "财政拨款收入）  7,912.40"), or of its note.
      else if (!head && prev && prev.item.line === r.line - 1 && !numbering(text) && !QIZHONG.test(text))
        continue;
      else return null;
      continue;
    }
    const seq = items.length === 2 ? rowNumber(model, items[0]!) : null;
    if (items.length !== 1 && seq === null) return null;
    const item = items[items.length - 1]!;
    if (item.code !== null || item.unplaced !== 0 || item.label === '') return null;
    if (item.figures.length + (item.dashes?.length ?? 0) === 0) return null;
    let label = squashSpaces(item.label).replace(/[“”"]/g, '');
    if (head) {
      // Only the tail of a wrapped label: no numbering, no 其中, no total of its own, on the next line.
      if (item.line !== head.line + 1 || numbering(label) || QIZHONG.test(label) || OTHER_TOTAL.test(label))
        return null;
      label = head.text + label;
    }
    // "其中：1.公务用车购置费" opens a list numbered 1, 2 …: its number is read after the mark.
    const qizhong = QIZHONG.exec(label);
    const n =
      seq !== null
        ? { style: 'seq', number: seq }
        : numbering(qizhong ? label.slice(qizhong[0].length) : label);
    if (seq !== null && numbering(label)) return null;
    out.push({
      item,
      label,
      style: n?.style ?? null,
      number: n?.number ?? 0,
      qizhong: qizhong !== null,
      indent: starts.get(head?.line ?? item.line) ?? null,
    });
    head = null;
  }
  return head ? null : out;
}

/**
 * A column of text to the right of the figures (备注, 说明, a judgement: 偏差程度, 等级, 是否…; what each item is: 主要建设
 * 内容, 用途, 原因): its cells are no rows' labels, and its wrapped lines no rows.
 */
function hasNoteColumn(model: TableModel): boolean {
  const first = model.rows.find((r) => r.items.some((i) => i.figures.length > 0))?.line ?? -1;
  return model.table.rows.some(
    (r) => r.line < first && r.cells.some((c) => NOTE_HEAD.test(squashSpaces(c.text))),
  );
}

const NOTE_HEAD =
  /^(?:备注|说明|备注说明|偏差程度|偏差情况|预警等级|(?:自评|评价)?等级|等次|完成可能性|是否[\u4e00-\u9fa5]{1,6}|(?:主要)?(?:建设|实施|工作|支出)?内容|(?:资金)?用途|[\u4e00-\u9fa5]{0,4}(?:原因|措施))$/;

/** A row's items without the note text after its figures (items with neither figures nor a code). */
function withoutNotes(items: readonly TItem[]): readonly TItem[] {
  let last = -1;
  items.forEach((i, k) => {
    if (i.figures.length + (i.dashes?.length ?? 0) > 0 || i.code !== null) last = k;
  });
  return last < 0 || last === items.length - 1 ? items : items.slice(0, last + 1);
}

/** The text of the first cell of the table's row on `line` (a label-only row's label, without its note). */
function firstCellText(model: TableModel, line: number): string | null {
  return model.table.rows.find((r) => r.line === line)?.cells.find((c) => c.text.trim() !== '')?.text ?? null;
}

/**
 * The items under the total and the rows under each; null when which rows are parts of which is not clear.
 * `numbered`: the top-level items are numbered.
 */
function treeOf(
  body: readonly Line[],
  total: Line,
  makes: (parent: Line, rows: readonly Line[]) => boolean,
): { nodes: Node[]; numbered: boolean } | null {
  const first = body[0]!;
  if (first.qizhong) return null;
  // Indentation tells only when the total and the first item start together (centred labels do not).
  const indented = (l: Line): boolean =>
    l.indent !== null &&
    first.indent !== null &&
    total.indent !== null &&
    Math.abs(total.indent - first.indent) <= 1 &&
    l.indent > first.indent + 1;
  const nodes: Node[] = [];
  if (first.style !== null) {
    // Numbered: every row of the first row's numbering is an item, in sequence; any other row is under the
    // item before it — a 其中 row, a row of another numbering, an indented row, or a row after a 其中 row.
    let expected = first.number;
    for (const l of body) {
      if (l.style === first.style && !l.qizhong) {
        if (l.number !== expected) return null;
        expected++;
        nodes.push({ line: l, children: [] });
        continue;
      }
      const node = nodes[nodes.length - 1]!;
      const after = node.children.length > 0 && node.children[0]!.qizhong;
      if (!l.qizhong && l.style === null && !indented(l) && !after) return null;
      node.children.push(l);
    }
    return { nodes, numbered: true };
  }
  // Not numbered: a 其中 row and the rows indented under an item are its sub-rows; every other row is an item.
  // A row at the items' indentation right after a 其中 row may be the list's next part or the next item:
  // told by the indentation of the list's other rows, or by the figures — the 其中 row and the rows after it
  // that make the item's figures in every amount column are its breakdown ("其中：国内公务接待费" /
  // "国（境）外公务接待费" under 公务接待费).
  for (let k = 0; k < body.length; k++) {
    const l = body[k]!;
    if (l.style !== null) return null;
    const node = nodes[nodes.length - 1];
    if (l.qizhong && node && !indented(l)) {
      const end = breakdownEnd(body, k, node.line, makes);
      if (end > k) {
        node.children.push(...body.slice(k, end + 1));
        k = end;
        continue;
      }
    }
    if (l.qizhong || indented(l)) {
      if (!node) return null;
      node.children.push(l);
      continue;
    }
    if (node && node.children.length > 0 && node.children[node.children.length - 1]!.qizhong) return null;
    nodes.push({ line: l, children: [] });
  }
  return { nodes, numbered: false };
}

/**
 * The last row of the breakdown a 其中 row at `at` opens when it runs on past rows printed like items: the
 * first run of at least two rows, each neither a 其中 row, numbered nor indented, that makes `parent`; else `at`.
 */
function breakdownEnd(
  body: readonly Line[],
  at: number,
  parent: Line,
  makes: (parent: Line, rows: readonly Line[]) => boolean,
): number {
  for (let end = at + 1; end < body.length; end++) {
    const l = body[end]!;
    if (l.qizhong || l.style !== null || TOTAL_LABEL.test(l.label)) break;
    if (makes(parent, body.slice(at, end + 1))) return end;
  }
  return at;
}

/**
 * Whether `rows` make `parent` in every amount column where it prints a figure, two of them at least not zero
 * in one: the figures tell which rows are its breakdown.
 */
function makesIn(columns: readonly number[]): (parent: Line, rows: readonly Line[]) => boolean {
  return (parent, rows) => {
    let telling = false;
    let tried = 0;
    for (const col of columns) {
      const total = figureAt(parent.item, col);
      if (!total) continue;
      const figures = rows.map((r) => figureAt(r.item, col) ?? zero(col, r.item.line));
      if (judgeSum(figures, total).kind !== 'ok') return false;
      tried++;
      if (!isZero(total) && figures.filter((f) => !isZero(f)).length >= 2) telling = true;
    }
    return telling && tried >= 2;
  };
}

/** Columns of amounts (their header read, not a rate or change, no "%" in their cells). */
function amountColumns(model: TableModel, lines: readonly Line[]): number[] {
  const out: number[] = [];
  for (let col = 0; col < model.columns; col++) {
    const header = squashSpaces(model.headers[col] ?? '');
    if (header === '' || NOT_ADDITIVE.test(header)) continue;
    if (lines.some((l) => figureAt(l.item, col)?.text.includes('%'))) continue;
    out.push(col);
  }
  return out;
}

/**
 * The columns a total is summed in: the amount columns and those whose header names a change amount. A change
 * column by its figures too (two other columns of which it is the difference on every row but one at most)
 * only confirms a sum: a wrong 增减额 is its row's fault (table.change), not its 合计's. Any other is an amount
 * column whose header of two lines was read askew ("2025年决算数增减额").
 */
function summedColumns(
  model: TableModel,
  lines: readonly Line[],
): { columns: number[]; confirming: Set<number> } {
  const columns = amountColumns(model, lines);
  const confirming = new Set<number>();
  for (let col = 0; col < model.columns; col++) {
    const header = squashSpaces(model.headers[col] ?? '');
    if (columns.includes(col) || !CHANGE_AMOUNT.test(header)) continue;
    if (lines.some((l) => figureAt(l.item, col)?.text.includes('%'))) continue;
    columns.push(col);
    if (isDifferenceColumn(model, lines, col)) confirming.add(col);
  }
  columns.sort((a, b) => a - b);
  return { columns, confirming };
}

/** Whether column `d` is N − L of two other columns on every row printing the three but one at most. */
function isDifferenceColumn(model: TableModel, lines: readonly Line[], d: number): boolean {
  for (let n = 0; n < model.columns; n++)
    for (let l = 0; l < model.columns; l++) {
      if (n === l || n === d || l === d) continue;
      let rows = 0;
      let off = 0;
      for (const line of lines) {
        const [fn, fl, fd] = [figureAt(line.item, n), figureAt(line.item, l), figureAt(line.item, d)];
        if (!fn || !fl || !fd) continue;
        rows++;
        if (!dec(fn.value).minus(fl.value).eq(fd.value)) off++;
      }
      if (rows >= 3 && off <= 1) return true;
    }
  return false;
}

const zero = (col: number, line: number): TFigure => ({ value: '0', places: 0, col, line, text: '' });
const isZero = (f: Printed): boolean => dec(f.value).isZero();

/**
 * Judges whole = Σ parts in the amount columns where it is confirmed: it holds in another column (two parts
 * at least not zero there) and in at least as many columns as it fails; a single column only when `alone`.
 */
function judgeParts(
  ctx: Ctx,
  model: TableModel,
  columns: readonly number[],
  whole: Line,
  parts: readonly Line[],
  what: string,
  alone: boolean,
  confirming: ReadonlySet<number> = new Set(),
): void {
  const tried = columns.flatMap((col) => {
    const total = figureAt(whole.item, col);
    if (!total) return [];
    // (A column the parts print none of — "其中：人员经费 —" under a 年初预算 not broken down — is no sum.)
    if (parts.every((p) => !figureAt(p.item, col))) return [];
    const figures = parts.map((p) => figureAt(p.item, col) ?? zero(col, p.item.line));
    return [{ col, total, figures, kind: sumKind(figures, total) }];
  });
  const holding = tried.filter((t) => t.kind !== 'wrong');
  // (A single amount column of numbered items is judged alone: its items are the whole.)
  const single = alone && tried.length === 1;
  if (!single && tried.length - holding.length > holding.length) return;
  const telling = holding.some((o) => !isZero(o.total) && o.figures.filter((f) => !isZero(f)).length >= 2);
  if (!telling && !single) return;
  for (const t of tried) {
    if (confirming.has(t.col)) continue;
    const verdict = judgeSum(t.figures, t.total);
    const partsText = t.figures.map((f) => f.value).join(' + ');
    const computed = verdict.kind === 'ok' ? t.total.value : showAs(verdict.total, [...t.figures, t.total]);
    const name = model.table.title ? `《${model.table.title}》` : '表格';
    const head = `（${squashSpaces(model.headers[t.col]!)}）`;
    claim(
      ctx,
      'table',
      t.total.line,
      0,
      verdict.kind !== 'wrong',
      `${name}${what}${head}：${partsText} = ${computed}，表中${t.total.value}`,
    );
    if (verdict.kind === 'ok') continue;
    // (The change columns of its row are then judged from the sum: shaped-changes.ts.)
    if (verdict.kind === 'wrong') noteCorrectedSum(t.total, computed);
    const difference = showAs(verdict.difference.abs(), [...t.figures, t.total]);
    report(
      ctx,
      t.total.line,
      'table.total',
      verdict.severity,
      `${whole.item.label} ${whole.item.figures.map((f) => f.text).join(' ')}`,
      computed,
      t.total.text,
      `${name}${what}${head}：${partsText} = ${computed}，表中为${t.total.value}，相差${difference}${verdict.kind === 'rounding' ? `，在${t.figures.length}个数各自四舍五入的误差范围内` : ''}。`,
      0,
    );
  }
}

/** The year a header names ("2024年决算数"), null when none. */
function yearIn(header: string): number | null {
  const m = /(20\d\d)\s*年/.exec(header);
  return m ? Number(m[1]) : null;
}

/**
 * The table's one budget column and one outturn column of the same year (a last year's 决算 aside, the document's
 * year or else the latest the headers name); null when there is not exactly one of each.
 */
export function budgetColumns(
  model: TableModel,
  lines: readonly Line[],
  year: number | null,
  rateHead = '',
): { budget: number; outturn: number } | null {
  const heads = model.headers.map((h) => squashSpaces(h));
  const amounts = amountColumns(model, lines);
  // (Not the rate's own column, "完成预算" printed without its %.)
  let budgets = amounts.filter((c) => /预算/.test(heads[c]!) && !COMPLETION_HEAD.test(heads[c]!));
  // "完成调整预算%" beside 年初预算 and 调整预算: the rate names the budget it is of.
  const scope = /完成(年初|全年|调整)/.exec(rateHead)?.[1];
  const named = scope ? budgets.filter((c) => heads[c]!.includes(scope)) : [];
  if (budgets.length > 1 && named.length === 1) budgets = named;
  const years = heads.map(yearIn).filter((y): y is number => y !== null);
  const latest = year ?? (years.length > 0 ? Math.max(...years) : null);
  const outturns = amounts.filter(
    (c) =>
      !budgets.includes(c) &&
      /决算|实际|完成数|执行数|支出/.test(heads[c]!) &&
      !/上年|去年|上一年/.test(heads[c]!) &&
      (yearIn(heads[c]!) === null || yearIn(heads[c]!) === latest),
  );
  if (budgets.length !== 1 || outturns.length !== 1) return null;
  if (yearIn(heads[budgets[0]!]!) !== null && yearIn(heads[budgets[0]!]!) !== latest) return null;
  return { budget: budgets[0]!, outturn: outturns[0]! };
}

/** A 到位率 column: the funds arrived ÷ the funds planned. */
const ARRIVAL_HEAD = /^(?:资金)?到位率(?:[（(][%％][）)]|[%％])?$/;

/**
 * The one column of funds planned (计划, 预算, 应到位) and the one of funds arrived (到位, not 未到位 / 应到位) of
 * a table with a 到位率 column; null when there is not exactly one of each.
 */
function arrivalColumns(
  model: TableModel,
  lines: readonly Line[],
): { budget: number; outturn: number } | null {
  const heads = model.headers.map((h) => squashSpaces(h));
  const amounts = amountColumns(model, lines);
  const budgets = amounts.filter((c) => /计划|预算|应到位/.test(heads[c]!));
  const outturns = amounts.filter(
    (c) => /到位/.test(heads[c]!) && !/未到位|应到位|计划|预算/.test(heads[c]!),
  );
  if (budgets.length !== 1 || outturns.length !== 1) return null;
  return { budget: budgets[0]!, outturn: outturns[0]! };
}

/**
 * 完成率 = 决算 ÷ 预算 × 100 in each row, in the one completion column (budgetColumns); a row with a zero budget
 * or without a rate is not judged.
 */
function checkCompletionColumn(ctx: Ctx, model: TableModel, lines: readonly Line[]): void {
  const heads = model.headers.map((h) => squashSpaces(h));
  const rates = heads.flatMap((h, i) => (COMPLETION_HEAD.test(h) ? [i] : []));
  const arrival = heads.flatMap((h, i) => (ARRIVAL_HEAD.test(h) ? [i] : []));
  if (rates.length + arrival.length !== 1) return;
  const rows = new Set(lines.map((l) => l.item.line + 1));
  if (ctx.claims.some((c) => c.kind === 'completion' && rows.has(c.line))) return;
  const cols =
    rates.length === 1
      ? budgetColumns(model, lines, ctx.year, heads[rates[0]!])
      : arrivalColumns(model, lines);
  if (!cols) return;
  const [B, O, R] = [cols.budget, cols.outturn, rates[0] ?? arrival[0]!];
  const name = model.table.title ? `《${model.table.title}》` : '表格';
  const ratio = ([a, b]: Dec[]) => (b!.isZero() ? null : a!.div(b!).times(100));
  for (const l of lines) {
    const rate = figureAt(l.item, R);
    const budget = figureAt(l.item, B);
    const outturn = figureAt(l.item, O);
    if (!rate || !budget || !outturn || !(dec(budget.value).gt(0) && !rate.value.startsWith('-'))) continue;
    const pc = rate.text.includes('%') ? '%' : '';
    // A 合计 found not to be the sum of its items (table-claims.ts) counts as that sum when the rate then
    // holds: the rate was worked from the items, and the 合计's fault is reported there.
    const fixed = correctedSum(outturn);
    const asSum =
      fixed !== undefined && judgeRatio(rate, [{ ...outturn, value: fixed }, budget], ratio, SHARE);
    const used = asSum && asSum.kind === 'ok' ? { ...outturn, value: fixed! } : outturn;
    const verdict = judgeRatio(rate, [used, budget], ratio, SHARE);
    if (!verdict) continue;
    const exact = verdict.kind === 'ok' ? rate.value : show(verdict.exact, rate.places);
    const note = used === outturn ? '' : `（${outturn.value}按其各项之和${used.value}计）`;
    const arithmetic = `${used.value} ÷ ${budget.value} × 100${pc} = ${exact}${pc}${note}`;
    claim(
      ctx,
      'completion',
      rate.line,
      0,
      verdict.kind !== 'wrong',
      `${name}${l.item.label}${heads[R]}：${arithmetic}，表中${rate.value}${pc}`,
    );
    if (verdict.kind === 'ok') continue;
    report(
      ctx,
      rate.line,
      'completion.percent',
      verdict.severity,
      `${l.item.label} ${l.item.figures.map((f) => f.text).join(' ')}`,
      `${exact}${pc}`,
      rate.text,
      `${name}“${l.item.label}”${heads[R]}应为 ${arithmetic}，表中为${rate.value}${pc}${verdictClause(verdict.kind)}。`,
      0,
    );
  }
}

/**
 * The rows a row heads by indentation in a table without a 合计 row ("一、基本支出" then "  人员经费", "  公用经费"
 * at one indentation, then a row back at its own): that row = Σ them. Not a 其中 row (the rows after "其中："
 * align with its text, parts of the list, not of it), nor rows of several indentations or numberings.
 */
function checkIndentedGroups(ctx: Ctx, model: TableModel, lines: readonly Line[]): void {
  const amounts = amountColumns(model, lines);
  if (amounts.length < 2) return;
  for (let k = 0; k < lines.length; k++) {
    const head = lines[k]!;
    if (head.indent === null || head.qizhong) continue;
    let j = k + 1;
    while (j < lines.length && lines[j]!.indent !== null && lines[j]!.indent! > head.indent + 1) j++;
    const kids = lines.slice(k + 1, j);
    if (kids.length < 2) continue;
    const first = kids[0]!;
    if (kids.some((l) => l.indent !== first.indent || l.qizhong || l.style !== first.style)) continue;
    if (OTHER_TOTAL.test(head.label) || kids.some((l) => OTHER_TOTAL.test(l.label))) continue;
    judgeParts(ctx, model, amounts, head, kids, `“${head.label}”等于其下各项之和`, false);
  }
}

/** Score columns printed in one row at most (a funds table's 年度资金总额 row with its 分值 and 得分). */
function scoredRows(model: TableModel): number {
  const cols = model.headers.flatMap((h, i) => (/得分|分值|权重/.test(h) ? [i] : []));
  return model.rows.filter((r) => r.items.some((it) => it.figures.some((f) => cols.includes(f.col)))).length;
}

export function checkItemTables(ctx: Ctx, models: readonly TableModel[]): void {
  // (Rate columns are read after the sums: a 合计 found not to be the sum of its items counts as that sum.)
  const rated: [TableModel, Line[]][] = [];
  for (const model of models) {
    // (A summary of projects — 预算数, 执行数, 自评得分, 等级 by project, no 分值 — is summed as any table of items,
    // its scores aside.)
    const summary =
      model.headers.some((h) => /得分/.test(h)) &&
      !model.headers.some((h) => /分值|权重/.test(h)) &&
      model.headers.some((h) => /预算|执行数|决算/.test(h));
    const scored = !summary && model.headers.some((h) => /得分|分值|权重/.test(h));
    if (scored && scoredRows(model) > 1) continue;
    const lines = linesOf(model);
    if (!lines || lines.length < 3) continue;
    const { columns: amounts, confirming } = summedColumns(model, lines);
    // (A summary's rates are rate-tables.ts's.)
    if (!scored && !summary) rated.push([model, lines]);
    if (threeFeesRows(model)) continue;
    const isTotal = (l: Line): boolean => l.style === null && !l.qizhong && TOTAL_LABEL.test(l.label);
    const atStart = isTotal(lines[0]!);
    const atEnd = isTotal(lines[lines.length - 1]!);
    if (!atStart && !atEnd) checkIndentedGroups(ctx, model, lines);
    if (atStart === atEnd || scored) continue;
    const total = atStart ? lines[0]! : lines[lines.length - 1]!;
    const body = atStart ? lines.slice(1) : lines.slice(0, -1);
    if (body.some((l) => OTHER_TOTAL.test(l.label))) continue;
    const tree = treeOf(body, total, makesIn(amounts));
    if (!tree || tree.nodes.length < 2 || amounts.length === 0) continue;
    const summed = new Set(ctx.claims.filter((c) => c.kind === 'sum').map((c) => c.line));
    // (Judged already by another rule: on the 合计's line, or — a plain table, one cell a line — on its figures'.)
    if (!summed.has(total.item.line + 1) && !total.item.figures.some((f) => summed.has(f.line + 1)))
      judgeParts(
        ctx,
        model,
        amounts,
        total,
        tree.nodes.map((n) => n.line),
        `“${total.label}”等于各项之和`,
        tree.numbered,
        confirming,
      );
    for (const node of tree.nodes) {
      const kids = node.children;
      // One level of rows, of one numbering in sequence (or none): a list with rows of its own numbering under
      // it, or a second 其中 list, is more than one level.
      if (kids.length < 2 || kids.slice(1).some((k) => k.qizhong)) continue;
      const head = kids[0]!;
      if (
        kids.some((k, i) => k.style !== head.style || (head.style !== null && k.number !== head.number + i))
      )
        continue;
      judgeParts(
        ctx,
        model,
        amounts,
        node.line,
        kids,
        `“${node.line.label}”等于其下各项之和`,
        false,
        confirming,
      );
    }
  }
  for (const [model, lines] of rated) checkCompletionColumn(ctx, model, lines);
}
