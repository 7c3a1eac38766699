/**
 * A table's column of shares of its whole — "占区级部门总额比重（%）" beside each row's amounts, the whole's row
 * (总计 / 合计) printing 100: each row's share must be its amount ÷ the whole's amount × 100 (`share.percent`,
 * rounding-aware).
 *
 * share-columns.ts reads plain tables (a 合计 row last, no 小计); this rule the others — "前10位部门小计", "其余35个部门
 * 合计" rows above a "区级45个部门总计" — when that one read nothing of the table.
 *
 * Precision first: the share column is told by its header (占比, 比重, 比例), the whole is the one row whose label
 * ends in 合计 / 总计 and whose share is 100; the amount column is the one in which the most rows' shares hold, at least three
 * and more than half of the rows read — proof the columns are read right; a row with a share another rule judged is
 * left to it.
 */
import { dec, type Dec } from '../money/index.ts';
import { claim, report, type Ctx } from './context.ts';
import { figureAt, squashSpaces, type TableModel, type TFigure, type TItem } from './table-model.ts';
import { judgeRatio, SHARE, show, verdictClause, type RatioVerdict } from './verdict.ts';

const SHARE_HEAD = /占比|比重|比例/;
const WHOLE_LABEL = /(?:合计|总计)$/;

export function checkSharesOfTotalRow(ctx: Ctx, models: readonly TableModel[]): void {
  for (const model of models) {
    const heads = model.headers.map((h) => squashSpaces(h));
    const shareCols = heads.flatMap((h, i) => (SHARE_HEAD.test(h) && !/增减|变动/.test(h) ? [i] : []));
    if (shareCols.length !== 1) continue;
    const S = shareCols[0]!;
    // (A table share-columns.ts read is its.)
    const lines = new Set(model.items.map((i) => i.line + 1));
    if (ctx.claims.some((c) => c.kind === 'table' && c.arithmetic.includes(heads[S]!) && lines.has(c.line)))
      continue;
    const wholes = model.items.filter(
      (i) => WHOLE_LABEL.test(squashSpaces(i.label)) && isHundred(figureAt(i, S)),
    );
    if (wholes.length !== 1) continue;
    const whole = wholes[0]!;
    const rows = model.items.filter((i) => i !== whole && figureAt(i, S) !== null && i.unplaced === 0);
    if (rows.length < 3) continue;
    const ratio = ([a, b]: Dec[]) => (b!.isZero() ? null : a!.div(b!).times(100));
    type Read = { item: TItem; share: TFigure; amount: TFigure; total: TFigure; verdict: RatioVerdict };
    let best: Read[] = [];
    let bestOk = 0;
    for (let c = 0; c < heads.length; c++) {
      if (c === S) continue;
      const total = figureAt(whole, c);
      if (!total || !dec(total.value).gt(0)) continue;
      const reads = rows.flatMap((item) => {
        const share = figureAt(item, S)!;
        const amount = figureAt(item, c);
        if (!amount) return [];
        const verdict = judgeRatio(share, [amount, total], ratio, SHARE);
        return verdict ? [{ item, share, amount, total, verdict }] : [];
      });
      const ok = reads.filter((r) => r.verdict.kind !== 'wrong').length;
      if (ok > bestOk) [best, bestOk] = [reads, ok];
    }
    if (bestOk < 3 || bestOk * 2 <= best.length) continue;
    const name = model.table.title ? `《${model.table.title}》` : '表格';
    for (const { item, share, amount, total, verdict } of best) {
      if (ctx.claims.some((c) => c.kind === 'share' && c.line === share.line + 1)) continue;
      const exact = verdict.kind === 'ok' ? share.value : show(verdict.exact, share.places);
      const label = squashSpaces(item.label);
      const arithmetic = `${amount.value} ÷ ${total.value} × 100 = ${exact}`;
      claim(
        ctx,
        'share',
        share.line,
        0,
        verdict.kind !== 'wrong',
        `${name}${label}${heads[S]}：${arithmetic}，表中${share.value}`,
      );
      if (verdict.kind === 'ok') continue;
      report(
        ctx,
        share.line,
        'share.percent',
        verdict.severity,
        `${label} ${item.figures.map((f) => f.text).join(' ')}`,
        exact,
        share.text,
        `${name}“${label}”${heads[S]}应为 ${arithmetic}（“${squashSpaces(whole.label)}”${total.value}），表中为${share.value}${verdictClause(verdict.kind)}。`,
        0,
      );
    }
  }
}

function isHundred(f: TFigure | null): boolean {
  return f !== null && dec(f.value).eq(100);
}
