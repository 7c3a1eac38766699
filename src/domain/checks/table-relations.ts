/**
 * Relations a plain table of rows (one item a row: a name and its figures, a 合计 / 总计 row last) shows by
 * itself, read from the table's own rows — any subject, any column names:
 *  - a row relation between three amount columns, A = B + C (下达资金 = 实际支出 + 结余资金, 预算 = 执行 +
 *    结余): held by every other row (at least three with B and C not zero) and by the total row (unless one of
 *    its three figures is not the sum of its column), the one row that breaks it is reported. The wrong figure
 *    is named when only one of the three columns no longer adds up to its total and the row's own difference
 *    explains it (that column's failed sum, reported by item-tables.ts, is then withdrawn: the row is the
 *    fault, not the total);
 *  - a rate column (its header a …率, not a change rate; or its cells printed with %) equal to A ÷ B × 100 of
 *    two amount columns of the same row: held, exactly, by every other row (at least three, the total row as
 *    above), the one row whose rate is not A ÷ B (beyond the rounding of its figures) is reported — unless
 *    another rule already judged the column's rates (a `completion` claim on its rows);
 *  - a score table by columns (评价人员甲 / 乙 / 丙, 专家1 / 2, 分值): the total row's figure of a column that is
 *    not the sum of its rows, when at least two other score columns add up to their totals and more columns
 *    add up than do not (an average column is not summed; a total another rule judged is left to it).
 * A table whose rows are not all plain (a row of two items, a 科目 code, a 小计 / 其中 row, a figure without
 * its column) is not read.
 */
import { dec } from '../money/index.ts';
import { claim, report, type Ctx } from './context.ts';
import { figureAt, squashSpaces, type TableModel, type TFigure, type TItem } from './table-model.ts';
import { judgeRatio, judgeSum, SHARE, show, showAs, sumKind, verdictClause } from './verdict.ts';
import { mentionsAny } from './document-words.ts';

const TOTAL = /^(?:合计|总计)$/;
const NOT_PLAIN = /合计|小计|总计|共计|其中/;
/** Columns that are not amounts. */
const NOT_AMOUNT = /%|％|率|比例|占比|比重|增减|增长|变动|单价|平均|均值|人均|序号|编号|年份|得分|分值|权重/;
const RATE_HEAD = /率$|率[（(]%[）)]$|率%$|率％$/;
const CHANGE_HEAD = /增减|增长|变动|下降|同比|环比/;
const SCORE_TABLE = /得分|分值|权重|评分|打分|评价人员|专家/;
const AVERAGE = /平均|均值/;

type Plain = { items: TItem[]; total: TItem; heads: string[] };

/** The table's rows when every row is a plain item and the last is a 合计 / 总计 row; null otherwise. */
function plainRows(model: TableModel): Plain | null {
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
  if (body.some((i) => NOT_PLAIN.test(squashSpaces(i.label)) || squashSpaces(i.label) === '')) return null;
  return { items: body, total, heads: model.headers.map((h) => squashSpaces(h)) };
}

const zero = (col: number, line: number): TFigure => ({ value: '0', places: 0, col, line, text: '' });
const isZero = (f: TFigure): boolean => dec(f.value).isZero();

/** Whether the column's total is the sum of its rows (blank cells 0); null when the total prints none. */
function columnHolds(p: Plain, col: number): boolean | null {
  const total = figureAt(p.total, col);
  if (!total) return null;
  return (
    sumKind(
      p.items.map((i) => figureAt(i, col) ?? zero(col, i.line)),
      total,
    ) !== 'wrong'
  );
}

const tableName = (model: TableModel): string => (model.table.title ? `《${model.table.title}》` : '表格');

/** A = B + C in every row but one (see the module comment); A = the sum of a run of columns likewise. */
function checkRowRelations(
  ctx: Ctx,
  model: TableModel,
  p: Plain,
  amounts: readonly number[],
  runs: readonly (readonly number[])[],
): void {
  const reported = new Set<number>();
  const relations: { a: number; parts: readonly number[] }[] = [];
  for (const a of amounts)
    for (const b of amounts)
      for (const c of amounts) if (a !== b && a !== c && b < c) relations.push({ a, parts: [b, c] });
  relations.push(...runs.map((r) => ({ a: r[0]!, parts: r.slice(1) })));
  const holds = new Map<number, boolean | null>();
  const holdsAt = (c: number): boolean | null => {
    if (!holds.has(c)) holds.set(c, columnHolds(p, c));
    return holds.get(c)!;
  };
  const rows = [...p.items, p.total];
  for (const { a, parts } of relations) {
    const cols = [a, ...parts];
    let support = 0;
    let outlier: TItem | null = null;
    let broken = false;
    let totalHeld = false;
    for (const it of rows) {
      const A = figureAt(it, a);
      const P = parts.map((c) => figureAt(it, c));
      if (!A || P.some((f) => !f)) {
        broken = true;
        break;
      }
      const kind = judgeSum(P as TFigure[], A).kind;
      if (kind === 'ok') {
        if (P.filter((f) => !isZero(f!)).length >= 2 && it !== p.total) support++;
        if (it === p.total) totalHeld = true;
        continue;
      }
      // The total row of a column that does not add up: its fault is that column's.
      if (it === p.total && cols.some((k) => holdsAt(k) === false)) continue;
      if (kind === 'rounding' || outlier || it === p.total) {
        broken = true;
        break;
      }
      outlier = it;
    }
    // Two other rows are enough when the total row holds too and the figure at fault is named (its column
    // adds up once it is set right): a small table by unit ("局机关 | 推广中心 | 疫控中心 | 合计").
    if (broken || !outlier || support < 2 || (support < 3 && !totalHeld) || reported.has(outlier.line))
      continue;
    for (const k of cols) holdsAt(k);
    if (reportRowRelation(ctx, model, p, outlier, a, parts, holds, support >= 3)) reported.add(outlier.line);
  }
}

/** A column's name in a message: its header, or its place when the header is not known. */
function headOf(p: Plain, c: number): string {
  const h = p.heads[c] ?? '';
  // A 合计 header the layout ran into the one before it ("公务接待费合计" over two columns, the next one bare).
  const ranOn = (k: number) =>
    (p.heads[k] ?? '').length > 2 && p.heads[k]!.endsWith('合计') && !p.heads[k + 1];
  if (h === '') return ranOn(c - 1) ? '合计' : `第${c + 1}栏`;
  // A header two columns share ("费费": the last lines of headers whose first lines the layout lost) names neither.
  if (p.heads.filter((x) => x === h).length > 1) return `第${c + 1}栏`;
  return ranOn(c) ? h.slice(0, -2) : h;
}

function reportRowRelation(
  ctx: Ctx,
  model: TableModel,
  p: Plain,
  row: TItem,
  a: number,
  parts: readonly number[],
  holds: ReadonlyMap<number, boolean | null>,
  unnamedToo: boolean,
): boolean {
  const A = figureAt(row, a)!;
  const P = parts.map((c) => figureAt(row, c)!);
  const ha = headOf(p, a);
  const partNames =
    parts.length === 2
      ? `“${headOf(p, parts[0]!)}”与“${headOf(p, parts[1]!)}”之和`
      : `${parts.map((c) => `“${headOf(p, c)}”`).join('、')}各栏之和`;
  const name = tableName(model);
  const cols = [a, ...parts];
  // The one column no longer adding up that this row's figure, set right, makes add up: the figure at fault.
  const failing = cols.filter((k) => holds.get(k) === false);
  const sum = P.reduce((acc, f) => acc.plus(f.value), dec(0));
  const gap = sum.minus(A.value); // > 0: A too small, or a part too large
  let culprit: { fig: TFigure; want: string; head: string } | null = null;
  const fixes = failing.flatMap((k) => {
    const fig = figureAt(row, k)!;
    const want = k === a ? showAs(sum, [...P, A]) : showAs(dec(fig.value).minus(gap), [...P, A]);
    const total = figureAt(p.total, k)!;
    const column = p.items.map((i) =>
      i === row ? { ...fig, value: want } : (figureAt(i, k) ?? zero(k, i.line)),
    );
    return judgeSum(column, total).kind === 'ok' ? [{ fig, want, head: headOf(p, k) }] : [];
  });
  if (fixes.length === 1) culprit = fixes[0]!;
  if (!culprit && !unnamedToo) return false;
  const totalHolds =
    cols.every((k) => figureAt(p.total, k)) &&
    judgeSum(
      parts.map((c) => figureAt(p.total, c)!),
      figureAt(p.total, a)!,
    ).kind === 'ok';
  const relation = `其他各行“${ha}”均等于${partNames}${totalHolds ? `（${p.total.label}行亦然）` : ''}`;
  const arithmetic = `${P.map((f) => f.value).join(' + ')} = ${showAs(sum, [...P, A])}，${ha}为${A.value}，相差${showAs(gap.abs(), [...P, A])}`;
  claim(
    ctx,
    'table',
    row.line,
    0,
    false,
    `${name}“${row.label}”行${ha} = ${parts.map((c) => headOf(p, c)).join(' + ')}：${arithmetic}`,
  );
  const excerpt = `${row.label} ${row.figures.map((f) => f.text).join(' ')}`;
  if (culprit) {
    const totalFig = figureAt(p.total, culprit.fig.col)!;
    report(
      ctx,
      row.line,
      'table.row-sum',
      'error',
      excerpt,
      culprit.want,
      culprit.fig.text,
      `${name}${relation}，唯“${row.label}”行不符：${arithmetic}。按此关系“${culprit.head}”应为${culprit.want}（表中为${culprit.fig.value}），且如此该列各行之和恰与合计${totalFig.value}相符。`,
      0,
    );
    // The column's failed sum (item-tables.ts) is this row's fault, not the total's.
    const totalLine = p.total.line;
    for (let k = ctx.findings.length - 1; k >= 0; k--) {
      const f = ctx.findings[k]!;
      if (f.line === totalLine + 1 && f.rule === 'table.total' && f.found === totalFig.text)
        ctx.findings.splice(k, 1);
    }
    return true;
  }
  report(
    ctx,
    row.line,
    'table.row-sum',
    'error',
    excerpt,
    showAs(sum, [...P, A]),
    A.text,
    `${name}${relation}，唯“${row.label}”行不符：${arithmetic}。`,
    0,
  );
  return true;
}

/** Rate = A ÷ B × 100 in every row but one (see the module comment). */
function checkRateColumns(ctx: Ctx, model: TableModel, p: Plain, amounts: readonly number[]): void {
  const rows = [...p.items, p.total];
  const lines = new Set(rows.map((i) => i.line + 1));
  if (ctx.claims.some((cl) => cl.kind === 'completion' && lines.has(cl.line))) return;
  const holds = new Map<number, boolean | null>(amounts.map((c) => [c, columnHolds(p, c)]));
  for (let r = 0; r < model.columns; r++) {
    const head = p.heads[r] ?? '';
    const percentCells = rows.every((i) => figureAt(i, r)?.text.includes('%') ?? true);
    if (CHANGE_HEAD.test(head) || !(RATE_HEAD.test(head) || (percentCells && /率|%|％/.test(head)))) continue;
    if (amounts.includes(r)) continue;
    const found: {
      a: number;
      b: number;
      row: TItem;
      exact: string;
      kind: 'rounding' | 'wrong' | 'truncated';
    }[] = [];
    let pairs = 0;
    for (const a of amounts)
      for (const b of amounts) {
        if (a === b) continue;
        let support = 0;
        let out: (typeof found)[number] | null = null;
        let broken = false;
        for (const it of rows) {
          const R = figureAt(it, r);
          const A = figureAt(it, a);
          const B = figureAt(it, b);
          if (!R || !A || !B || !dec(B.value).gt(0)) {
            broken = true;
            break;
          }
          const v = judgeRatio(R, [A, B], ([x, y]) => x!.div(y!).times(100), SHARE);
          if (!v) {
            broken = true;
            break;
          }
          if (v.kind === 'ok') {
            if (it !== p.total) support++;
            continue;
          }
          if (it === p.total && (holds.get(a) === false || holds.get(b) === false)) continue;
          if (v.kind !== 'wrong' || out || it === p.total) {
            broken = true;
            break;
          }
          out = { a, b, row: it, exact: show(v.exact, R.places), kind: v.kind };
        }
        if (broken || support < 3) continue;
        pairs++;
        if (out) found.push(out);
      }
    // One relation only (two pairs of columns giving the rates: which one is meant is not known).
    if (pairs !== 1 || found.length !== 1) continue;
    const { a, b, row, exact, kind } = found[0]!;
    const R = figureAt(row, r)!;
    const [A, B] = [figureAt(row, a)!, figureAt(row, b)!];
    const pc = R.text.includes('%') || /%|％/.test(head) ? '%' : '';
    const name = tableName(model);
    const arithmetic = `${A.value} ÷ ${B.value} × 100${pc} = ${exact}${pc}`;
    const [TR, TA, TB] = [figureAt(p.total, r)!, figureAt(p.total, a)!, figureAt(p.total, b)!];
    const totalHolds = judgeRatio(TR, [TA, TB], ([x, y]) => x!.div(y!).times(100), SHARE)?.kind === 'ok';
    claim(
      ctx,
      'completion',
      R.line,
      0,
      false,
      `${name}“${row.label}”${head}：${arithmetic}，表中${R.value}${pc}`,
    );
    report(
      ctx,
      R.line,
      'table.rate',
      'error',
      `${row.label} ${row.figures.map((f) => f.text).join(' ')}`,
      `${exact}${pc}`,
      R.text,
      `${name}其他各行“${head}”均等于“${p.heads[a]}”÷“${p.heads[b]}”${totalHolds ? `（${p.total.label}行亦然）` : ''}，唯“${row.label}”行不符：应为 ${arithmetic}，表中为${R.value}${pc}${verdictClause(kind)}。`,
      0,
    );
  }
}

/** A score table's total row = Σ its rows, column by column (see the module comment). */
function checkScoreColumns(ctx: Ctx, model: TableModel, p: Plain): void {
  if (!p.heads.some((h) => SCORE_TABLE.test(h))) return;
  if (ctx.claims.some((cl) => cl.line === p.total.line + 1 && cl.kind !== 'completion')) return;
  const cols: number[] = [];
  for (let c = 0; c < model.columns; c++) {
    const h = p.heads[c] ?? '';
    if (h === '' || AVERAGE.test(h) || /率|%|％|序号|等级|权重/.test(h)) continue;
    if (![...p.items, p.total].every((i) => figureAt(i, c) && !figureAt(i, c)!.text.includes('%'))) continue;
    cols.push(c);
  }
  const tried = cols.map((col) => {
    const total = figureAt(p.total, col)!;
    const parts = p.items.map((i) => figureAt(i, col)!);
    return { col, total, parts, verdict: judgeSum(parts, total) };
  });
  const holding = tried.filter((t) => t.verdict.kind !== 'wrong');
  const wrong = tried.filter((t) => t.verdict.kind === 'wrong');
  if (holding.length < 2 || wrong.length >= holding.length) return;
  const name = tableName(model);
  for (const t of tried) {
    const partsText = t.parts.map((f) => f.value).join(' + ');
    const v = t.verdict;
    const computed = v.kind === 'ok' ? t.total.value : showAs(v.total, [...t.parts, t.total]);
    const what = `“${p.total.label}”（${p.heads[t.col]}）等于各行之和`;
    claim(
      ctx,
      'table',
      t.total.line,
      0,
      v.kind !== 'wrong',
      `${name}${what}：${partsText} = ${computed}，表中${t.total.value}`,
    );
    if (v.kind === 'ok') continue;
    report(
      ctx,
      t.total.line,
      'table.total',
      v.severity,
      `${p.total.label} ${p.total.figures.map((f) => f.text).join(' ')}`,
      computed,
      t.total.text,
      `${name}${what}：${partsText} = ${computed}，表中为${t.total.value}，相差${showAs(v.difference.abs(), [...t.parts, t.total])}${v.kind === 'rounding' ? `，在${t.parts.length}个数各自四舍五入的误差范围内` : ''}。`,
      0,
    );
  }
}

/** "共完成84个行政村": a total count in the text, its number and the noun after it. */
const TOTAL_COUNT =
  /(?:(?<!公)共|累计|合计|总计)[^，。；,;0-9]{0,8}?(\d{1,3}(?:,\d{3})+|\d+)(个|户|座|所|家|人|项)?([\u4e00-\u9fa5]{0,4})/g;

/**
 * A count the paragraph right after the table gives as a total ("全年共完成84个行政村的生活污水治理") of a count
 * column (治理村数): the noun ends as the column's name does without its 数 (村), and the rest of that name (治理)
 * is in the same clause. Judged against the total row only when the column adds up to it.
 */
function checkCountsInText(ctx: Ctx, model: TableModel, p: Plain): void {
  // (The model may hold a copy of the block: found by its first line.)
  const at = ctx.layout.blocks.findIndex((b) => b.kind === 'table' && b.first === model.table.first);
  if (at < 0) return;
  const next = ctx.layout.blocks[at + 1];
  if (!next || next.kind !== 'paragraph') return;
  const columns: { col: number; stem: string; total: TFigure }[] = [];
  for (let c = 0; c < model.columns; c++) {
    const h = p.heads[c] ?? '';
    if (!/^[\u4e00-\u9fa5]{2,6}数$/.test(h) || /金额|资金|分数|得分|分值/.test(h)) continue;
    const total = figureAt(p.total, c);
    if (!total || total.places > 0 || columnHolds(p, c) !== true) continue;
    columns.push({ col: c, stem: h.slice(0, -1), total });
  }
  if (columns.length === 0) return;
  const text = next.text;
  for (const m of text.matchAll(TOTAL_COUNT)) {
    const value = m[1]!.replace(/,/g, '');
    const noun = m[3]!;
    const start = Math.max(0, text.lastIndexOf('，', m.index), text.lastIndexOf('。', m.index));
    let end = text.length;
    for (const mark of ['，', '。', '；']) {
      const k = text.indexOf(mark, m.index);
      if (k >= 0 && k < end) end = k;
    }
    const clause = text.slice(start, end);
    const fits = columns.filter(
      (c) =>
        `${m[2] ?? ''}${noun}`.includes(c.stem.slice(-1)) &&
        c.stem.length >= 3 &&
        clause.includes(c.stem.slice(0, 2)),
    );
    if (fits.length !== 1) continue;
    const { col, total, stem } = fits[0]!;
    const named = noun.includes(stem.slice(-1)) ? noun.slice(0, noun.indexOf(stem.slice(-1)) + 1) : '';
    const ok = dec(value).eq(total.value);
    const offset = m.index + m[0].indexOf(m[1]!);
    claim(
      ctx,
      'figure',
      next.first,
      offset,
      ok,
      `${p.heads[col]}：正文${value}，${tableName(model)}合计${total.value}`,
    );
    if (ok) continue;
    report(
      ctx,
      next.first,
      'figure.text-table',
      'error',
      clause.replace(/^[，。]/, ''),
      total.value,
      m[1]!,
      `正文“${clause.replace(/^[，。]/, '')}”中为${value}${m[2] ?? ''}${named}，而${tableName(model)}“${p.heads[col]}”合计为${total.value}（${p.items.map((i) => figureAt(i, col)?.value ?? '0').join(' + ')} = ${total.value}），两处不一致。`,
      offset,
    );
  }
}

/**
 * A total column next to a run of at least three amount columns, before or after it ("因公出国（境）费 |
 * 公务用车购置费 | 公务用车运行维护费 | 公务接待费 | 合计"): the total column first, then the run. Its header may be
 * lost to the layout (a header run into its neighbour's): the columns are told by their cells, figures in
 * every row and no percentages. Whether the run adds up is left to the rows (checkRowRelations).
 */
function columnRuns(model: TableModel, p: Plain): number[][] {
  const rows = [...p.items, p.total];
  const ok: boolean[] = [];
  for (let c = 0; c < model.columns; c++) {
    const h = p.heads[c] ?? '';
    ok.push(
      !NOT_AMOUNT.test(h) &&
        rows.every((i) => {
          const f = figureAt(i, c);
          return f !== null && !f.text.includes('%');
        }),
    );
  }
  const out: number[][] = [];
  for (let t = 0; t < model.columns; t++) {
    if (!ok[t]) continue;
    for (const dir of [-1, 1]) {
      const run: number[] = [];
      for (let c = t + dir; c >= 0 && c < model.columns && ok[c]; c += dir) run.push(c);
      // Every run of three or more ending next to the total column.
      for (let n = 3; n <= run.length; n++) out.push([t, ...run.slice(0, n).sort((x, y) => x - y)]);
    }
  }
  return out;
}

export function checkTableRelations(ctx: Ctx, models: readonly TableModel[]): void {
  // (A plain table ends in its 合计 / 总计 row.)
  if (!mentionsAny(ctx, ['合计', '总计'])) return;
  for (const model of models) {
    const p = plainRows(model);
    if (!p) continue;
    if (p.heads.some((h) => SCORE_TABLE.test(h))) {
      checkScoreColumns(ctx, model, p);
      continue;
    }
    const amounts: number[] = [];
    for (let c = 0; c < model.columns; c++) {
      const h = p.heads[c] ?? '';
      if (h === '' || NOT_AMOUNT.test(h)) continue;
      if ([...p.items, p.total].some((i) => figureAt(i, c)?.text.includes('%'))) continue;
      amounts.push(c);
    }
    checkCountsInText(ctx, model, p);
    const runs = columnRuns(model, p);
    if (amounts.length < 2 && runs.length === 0) continue;
    if (amounts.length >= 2) checkRateColumns(ctx, model, p, amounts);
    if (amounts.length >= 3 || runs.length > 0) checkRowRelations(ctx, model, p, amounts, runs);
  }
}
