/**
 * A table's column of shares (占比, 比重, 构成) of its 合计 row: "支出内容 | 金额 | 占比" with each row's 占比 = its
 * 金额 ÷ the 合计 row's 金额 × 100, the 合计 row's 占比 100. Read only in a plain table (one item a row, no 科目
 * code, no 小计 / 其中 row, a 合计 / 总计 row last), and only when exactly one amount column gives the shares of
 * the other rows — at least three of them exactly, three for each row that breaks — so that the reading is
 * proved by the table itself; the rows that break are reported (`table.rate`). A share off by a unit or two of
 * its last place in a column that adds up to its 100 is the usual adjustment that makes it do so: not reported.
 */
import { dec } from '../money/index.ts';
import { claim, report, type Ctx } from './context.ts';
import { figureAt, squashSpaces, type TableModel, type TFigure, type TItem } from './table-model.ts';
import { judgeRatio, SHARE, show, sumKind } from './verdict.ts';
import { mentionsAny } from './document-words.ts';

const TOTAL = /^(?:合计|总计)$/;
const NOT_PLAIN = /合计|小计|总计|共计|其中/;
/** A header of shares of the whole: 占比, 比重, 构成, 所占比例, 占实际支出比 (not a rate of change, completion or execution). */
const SHARE_HEAD = /占比|比重|构成|所占比例|占总|占[\u4e00-\u9fa5]{1,8}比(?:例|重)?$/;
const OTHER_RATE = /增减|增长|变动|下降|同比|环比|完成|执行|到位|支出率|预算/;
/** Columns that are not amounts. */
const NOT_AMOUNT =
  /%|％|率|比例|占比|比重|构成|增减|增长|变动|单价|平均|均值|人均|序号|编号|年份|得分|分值|权重/;

type Found = { row: TItem; share: TFigure; amount: TFigure; exact: string };

/** The table's body rows and its 合计 row when it is plain (see the module comment); null otherwise. */
function plainRows(model: TableModel): { body: TItem[]; total: TItem } | null {
  const items: TItem[] = [];
  for (const r of model.rows) {
    if (r.items.length !== 1) return null;
    const it = r.items[0]!;
    if (it.code !== null || it.unplaced > 0 || it.figures.length === 0) return null;
    items.push(it);
  }
  if (items.length < 4) return null;
  const total = items[items.length - 1]!;
  if (!TOTAL.test(squashSpaces(total.label))) return null;
  const body = items.slice(0, -1);
  if (body.some((i) => squashSpaces(i.label) === '' || NOT_PLAIN.test(squashSpaces(i.label)))) return null;
  return { body, total };
}

/** The rows whose share is not amount ÷ total, when the column `a` gives the others' (null when it does not). */
function breaking(body: readonly TItem[], s: number, a: number, whole: TFigure): Found[] | null {
  let holding = 0;
  const out: Found[] = [];
  for (const it of body) {
    const share = figureAt(it, s);
    const amount = figureAt(it, a);
    if (!share || !amount) return null;
    const v = judgeRatio(share, [amount, whole], ([x, y]) => x!.div(y!).times(100), SHARE);
    if (!v) return null;
    if (v.kind === 'ok') holding++;
    else if (v.kind === 'wrong') out.push({ row: it, share, amount, exact: show(v.exact, share.places) });
    else return null;
  }
  return holding >= 3 && holding >= 3 * out.length ? out : null;
}

export function checkShareColumns(ctx: Ctx, models: readonly TableModel[]): void {
  // (A share column — 占比, 比重, 构成, 所占比例, 占总: each holds 占, 比 or 构 — over a 合计 / 总计 row.)
  if (!mentionsAny(ctx, ['占', '比', '构']) || !mentionsAny(ctx, ['合计', '总计'])) return;
  for (const model of models) {
    const heads = model.headers.map((h) => squashSpaces(h));
    if (!heads.some((h) => SHARE_HEAD.test(h))) continue;
    const p = plainRows(model);
    if (!p) continue;
    const rows = [...p.body, p.total];
    const amounts: number[] = [];
    for (let c = 0; c < model.columns; c++) {
      const h = heads[c] ?? '';
      if (h === '' || NOT_AMOUNT.test(h)) continue;
      if (rows.some((i) => figureAt(i, c)?.text.includes('%'))) continue;
      amounts.push(c);
    }
    for (let s = 0; s < model.columns; s++) {
      const head = heads[s] ?? '';
      if (!SHARE_HEAD.test(head) || OTHER_RATE.test(head)) continue;
      const hundred = figureAt(p.total, s);
      if (!hundred || !dec(hundred.value).eq(100)) continue;
      const readings: { a: number; whole: TFigure; found: Found[] }[] = [];
      for (const a of amounts) {
        const whole = figureAt(p.total, a);
        if (!whole || !dec(whole.value).gt(0)) continue;
        const found = breaking(p.body, s, a, whole);
        if (found) readings.push({ a, whole, found });
      }
      // (Two amount columns giving the shares: which one is meant is not known.)
      if (readings.length !== 1) continue;
      const { a, whole, found } = readings[0]!;
      const shares = p.body.map((i) => figureAt(i, s)!);
      const addsUp = sumKind(shares, hundred) !== 'wrong';
      const pc = hundred.text.includes('%') || /%|％/.test(head) ? '%' : '';
      const name = model.table.title ? `《${model.table.title}》` : '表格';
      for (const f of found) {
        const off = dec(f.share.value).minus(f.exact).abs();
        const unit = dec(10).pow(-f.share.places);
        if (addsUp && off.lte(unit.times(2))) continue;
        const arithmetic = `${f.amount.value} ÷ ${whole.value} × 100${pc} = ${f.exact}${pc}`;
        claim(
          ctx,
          'share',
          f.share.line,
          0,
          false,
          `${name}“${f.row.label}”${head}：${arithmetic}，表中${f.share.value}${pc}`,
        );
        report(
          ctx,
          f.share.line,
          'table.rate',
          'error',
          `${f.row.label} ${f.row.figures.map((x) => x.text).join(' ')}`,
          `${f.exact}${pc}`,
          f.share.text,
          `${name}“${head}”为各行“${heads[a]}”占${p.total.label}（${whole.value}）的比重，其他各行均相符，唯“${f.row.label}”行不符：应为 ${arithmetic}，表中为${f.share.value}${pc}${addsUp ? '' : `；各行${head}之和也不等于${hundred.value}${pc}`}。`,
          0,
        );
      }
    }
  }
}
