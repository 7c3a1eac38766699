/**
 * The 支出 half of a 总表 (收入支出决算总表, 财政拨款收入支出决算总表: 收入 items left, 支出 items right on the same
 * lines, the 支出 by 类 numbered "十九、住房保障支出 331.48"), read over the pieces pdftotext leaves it in (a table
 * cut by a page break, its empty 类 rows taken for headings between the pieces):
 *  - 本年支出合计 = Σ the 类 rows above it — judged here only for a 总表 in pieces (one block: table-claims.ts);
 *  - each 类 = the same 类 in the detail table of the set: the 收入支出决算总表's against the 支出决算表's 本年支出合计
 *    column, the 财政拨款 总表's (when its 合计 and 一般公共预算 columns agree) against the 一般公共预算财政拨款支出决算表.
 * When a 类 disagrees and the 总表's 本年支出合计 holds with the detail table's figure instead, the 总表's figure is
 * the one at fault: reported on its line, the failed sum not again.
 * Only a document with one table of each kind is read; a 支出 item whose figure has no column, or a line with
 * figures that is neither a numbered item nor a 收入 / 结转 line, leaves the sum unjudged.
 */
import { dec } from '../money/index.ts';
import { claim, report, type Ctx } from './context.ts';
import { className, kindOf, type TableKind } from './figure-claims.ts';
import { figureAt, squashSpaces, type TableModel, type TFigure, type TItem } from './table-model.ts';
import { judgeSum, showAs } from './verdict.ts';

const ORDINAL_SPLIT = /[一二三四五六七八九十]+[、．.]/g;
/** A heading between the pieces: an empty numbered 类 (or 收入) row. */
const EMPTY_ROW = /^[一二三四五六七八九十]+[、．.][^\d]{1,30}$/;

type Part = { name: string; item: TItem; fig: TFigure | null };
type Summary = { kind: TableKind; models: TableModel[]; parts: Part[]; total: TItem | null; sure: boolean };

/** The 支出 name of an item's label (the last numbered segment, when it is a 支出), null otherwise. */
function expenseName(label: string): string | null {
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

/** Each 总表 with the untitled pieces after it (only empty numbered rows between). */
function summaries(ctx: Ctx, models: readonly TableModel[]): Summary[] {
  const byBlock = new Map(models.map((m) => [m.table, m]));
  const out: Summary[] = [];
  let current: Summary | null = null;
  for (const b of ctx.layout.blocks) {
    if (b.kind === 'paragraph') {
      if (current && !EMPTY_ROW.test(b.text.replace(/\s+/g, ''))) current = null;
      continue;
    }
    const m = byBlock.get(b);
    if (!m) {
      current = null;
      continue;
    }
    const kind = b.title ? kindOf(b.title) : null;
    if (kind === 'summary' || kind === 'fiscal-summary') {
      current = { kind, models: [m], parts: [], total: null, sure: true };
      out.push(current);
    } else if (current && !b.title) current.models.push(m);
    else current = null;
  }
  for (const s of out) {
    for (const m of s.models)
      for (const r of m.rows)
        for (const it of r.items) {
          if (s.total) break;
          const label = squashSpaces(it.label);
          if (label === '本年支出合计') {
            s.total = it;
            continue;
          }
          if (it.unplaced > 0) s.sure = false;
          const name = expenseName(label);
          if (name) s.parts.push({ name, item: it, fig: it.figures[0] ?? null });
          // A line with figures that is neither a numbered item nor a 收入 line: the parts are not all known.
          else if (
            it.figures.length > 0 &&
            !/^[一二三四五六七八九十]+[、．.]|收入$|拨款$|结余$|结转$|^本年收入合计$/.test(label)
          )
            s.sure = false;
        }
  }
  return out;
}

/** The 类 rows of the one detail table of `kind`, by name: the figure of its 合计 column. */
function detailClasses(
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
  const col = model.headers.findIndex((h) => /^(?:本年支出)?合计$/.test(squashSpaces(h)));
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

export function checkSummaryClasses(ctx: Ctx, models: readonly TableModel[]): void {
  const all = summaries(ctx, models);
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
    for (const { part, other } of disagree) {
      const fig = part.fig!;
      let clause = '';
      if (verdict && verdict.kind === 'wrong' && total && disagree.length === 1) {
        const fixed = parts.map((f) => (f === fig ? { ...f, value: other.value } : f));
        if (judgeSum(fixed, total).kind === 'ok') {
          explained = true;
          clause = `；按${other.value}计，总表各类支出之和恰为本年支出合计${total.value}（按表中${fig.value}计则为${showAs(verdict.total, [...parts, total])}）`;
        }
      }
      // The 总表's 类 add up to its 本年支出合计 with its own figure: the detail table's figure is the odd one.
      if (verdict?.kind === 'ok') {
        report(
          ctx,
          other.line,
          'figure.tables-disagree',
          'error',
          `${part.name} ${other.text}`,
          fig.value,
          other.text,
          `《${detail!.model.table.title}》中“${part.name}”为${other.value}，而第${fig.line + 1}行《${title}》为${fig.value}（总表各类支出之和与本年支出合计相符），同一数字在两张表中不一致，相差${showAs(dec(fig.value).minus(other.value).abs(), [fig, other])}。`,
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
    if (verdict && verdict.kind !== 'ok' && total && !explained && pieces) {
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
