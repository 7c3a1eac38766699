/**
 * The 总计 of a 总表 in pieces (summary-classes.ts reads the pieces) whose 合计 line and 总计 line fall in different
 * pieces — the 结转 line's numbered sub-items, wrapped, cut the table between them:
 *
 *   本年收入合计   9,000.00     本年支出合计   8,900.00 8,900.00
 *   年初财政拨款结转和结余 300.00 年末财政拨款结转和结余 400.00 400.00
 *   一、一般公共预算财政拨 300.00        (read as text)
 *        总计      9,300.00 总计    9,300.00 9,300.00
 *
 * On each side, 总计 = its 合计 + the 结转 / 结余 lines between (their numbered sub-items not added again), as
 * table-claims.ts judges it within one piece. Any other line with a figure between them leaves the side unjudged.
 */
import { claim, report, type Ctx } from './context.ts';
import { summaries } from './summary-classes.ts';
import { itemsOf, squashSpaces, type TableModel, type TFigure, type TItem } from './table-model.ts';
import { judgeSum, showAs } from './verdict.ts';
import type { Finding } from './types.ts';
import { dec } from '../money/index.ts';
import { mentionsAll } from './document-words.ts';

const SUBTOTAL = ['本年收入合计', '本年支出合计'];
const ORDINAL = /^[一二三四五六七八九十]+[、．.]/;

export function checkGrandPieces(ctx: Ctx, models: readonly TableModel[]): void {
  // (A 总表's 总计 row against its 本年收入合计 / 本年支出合计.)
  if (!mentionsAll(ctx, ['总计', '合计'])) return;
  for (const s of summaries(ctx, models)) {
    if (s.models.length < 2) continue;
    const items = s.models.flatMap((m) => itemsOf(m).map((it) => ({ it, m })));
    const title = s.models[0]!.table.title;
    for (const side of [0, 1]) judgeSide(ctx, title, items, side);
  }
}

/** One side's 总计 against its 合计 and the 结转 / 结余 lines between, when the two are in different pieces. */
function judgeSide(
  ctx: Ctx,
  title: string | null,
  items: readonly { it: TItem; m: TableModel }[],
  side: number,
): void {
  let subtotal: { it: TItem; m: TableModel } | null = null;
  let between: TItem[] = [];
  for (const entry of items) {
    const { it, m } = entry;
    if (it.side !== side || it.figures.length === 0) continue;
    const label = squashSpaces(it.label);
    if (label === SUBTOTAL[side]) {
      subtotal = it.unplaced === 0 ? entry : null;
      between = [];
      continue;
    }
    if (!subtotal) continue;
    if (label === '总计') {
      // (In one piece: table-claims.ts's.)
      if (m !== subtotal.m && it.unplaced === 0) judge(ctx, title, subtotal.it, between, it);
      return;
    }
    // A numbered sub-item of a 结转 line (一、一般公共预算财政拨款) is in it already.
    if (ORDINAL.test(label)) continue;
    if (it.unplaced !== 0 || /^(其中|含|[（(])/.test(label) || !/结余|结转|分配|结存/.test(label)) return;
    between.push(it);
  }
}

function judge(
  ctx: Ctx,
  title: string | null,
  subtotal: TItem,
  between: readonly TItem[],
  grand: TItem,
): void {
  const parts: TFigure[] = [subtotal, ...between].map((it) => it.figures[0]!);
  const fig = grand.figures[0]!;
  // (A piece without the header prints its 行次 as a figure, "总计 9 24,697,164.43": not the 总计.)
  if (parts.some((p) => p.places !== fig.places)) return;
  const verdict = judgeSum(parts, fig);
  const names = [subtotal, ...between].map((it) => `“${squashSpaces(it.label)}”`);
  const what = `${title ? `《${title}》` : '表格'}“总计”等于${names[0]}${names.length > 1 ? `加${names.slice(1).join('、')}` : ''}`;
  const partsText = parts.map((f) => f.value).join(' + ');
  const computed = verdict.kind === 'ok' ? fig.value : showAs(verdict.total, [...parts, fig]);
  claim(
    ctx,
    'table',
    fig.line,
    0,
    verdict.kind !== 'wrong',
    `${what}：${partsText} = ${computed}，表中${fig.value}`,
  );
  if (verdict.kind === 'ok') return;
  const diff = showAs(verdict.difference.abs(), [...parts, fig]);
  report(
    ctx,
    fig.line,
    'table.total',
    verdict.severity,
    `总计 ${fig.text}`,
    computed,
    fig.text,
    `${what}：${partsText} = ${computed}，表中为${fig.value}，相差${diff}${verdict.kind === 'rounding' ? `，在${parts.length}个数各自四舍五入的误差范围内` : ''}。`,
    0,
  );
}

/** The label of the 合计 a 总计's finding added the lines after to ("“总计”等于“本年收入合计”加…"). */
const GRAND_OF = /“总计”等于“(本年(?:收入|支出)合计)”/;
const PLAIN_FIGURE = /^-?\d+(?:\.\d+)?$/;

/**
 * A 总计 found wrong only through its 合计 found wrong itself (a 总表 in pieces: the 合计 judged against its items in
 * an earlier piece, the 总计 against the 合计): the 合计 corrected makes the 总计 — one fault, the 合计's finding.
 */
export function isTotalOfMisstatedSubtotal(f: Finding, all: readonly Finding[]): boolean {
  if (f.rule !== 'table.total') return false;
  const label = GRAND_OF.exec(f.message)?.[1];
  if (!label) return false;
  const figure = (s: string): string | null => {
    const t = s.replace(/,/g, '');
    return PLAIN_FIGURE.test(t) ? t : null;
  };
  const [expected, found] = [figure(f.expected), figure(f.found)];
  if (!expected || !found) return false;
  return all.some((g) => {
    if (g === f || g.rule !== 'table.total' || g.line >= f.line || f.line - g.line > 20) return false;
    if (!squashSpaces(g.excerpt).startsWith(label)) return false;
    const [right, printed] = [figure(g.expected), figure(g.found)];
    return !!right && !!printed && dec(expected).minus(printed).plus(right).eq(found);
  });
}
