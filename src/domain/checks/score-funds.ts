/**
 * The 项目资金 part of a 自评表 (年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分): the 执行率 and 得分 of
 * the 年度资金总额 row, the rows of its sources (财政拨款, 其他资金 …) and the 部门整体 table's breakdowns
 * (按收入性质分, 按支出性质分 — labelled on their first row, or beside their rows in a column of their own, the
 * label wrapped: sideLabels). Its 得分 then counts as one more leaf of the score table below (table-rules.ts).
 */
import { completionPercent, dec, roundHalfUp, type Dec } from '../money/index.ts';
import { claim, report, sourceText, type Ctx } from './context.ts';
import type { TableCell, TableRow } from './layout.ts';
import { printedPlaces } from './numbers.ts';
import { cellAt, PURE_NUMBER, WEIGHT_HEAD, type Cell, type Row } from './tables.ts';
import { judgeRatio, judgeSum, SHARE, show, showAs, verdictClause, type Printed } from './verdict.ts';

const SCORE_HEAD = /^(自评)?得分$/;

/** The 年度资金总额 row with the 分值 and 得分 it scores. */
export type FundRow = Row & { weight: string; score: string };

const FUND_COLS = {
  budget: /^(全年预算数?|预算数)$/,
  spent: /^全?年?执行数$/,
  weight: WEIGHT_HEAD,
  rate: /^执行率$/,
  score: SCORE_HEAD,
};

/**
 * The 部门整体支出绩效自评表's breakdowns of 年度预算资金总额: "按收入性质分" (一般公共预算, 政府性基金预算, …) and
 * "按支出性质分" (基本支出, 项目支出), each a group of rows below the total whose first row carries the group's
 * label left of the figures. Each group adds up to the total in every money column all its rows print.
 */
export function checkFundGroups(
  ctx: Ctx,
  header: readonly TableCell[],
  raw: readonly TableRow[],
  aligned: readonly Row[],
  total: Row,
): void {
  const first = header[0]?.start ?? 0;
  const labelOf = (r: TableRow): string =>
    r.cells
      .filter((c) => c.end < first)
      .map((c) => c.text.trim())
      .join('');
  if (!raw.some((r) => /^按.{1,8}分/.test(labelOf(r)))) return;
  const t = aligned.findIndex((r) => r.line === total.line);
  if (t < 0) return;
  const money = header.flatMap((h, i) =>
    /^(年初|全年)?预算数$|^全年执行数$/.test(fundHead(h.text)) ? [i] : [],
  );
  type Member = { label: string; row: Row };
  const groups: Array<{ name: string; members: Member[] }> = [];
  for (let k = t + 1; k < raw.length; k++) {
    const label = labelOf(raw[k]!);
    const row = aligned[k]!;
    if (!money.some((c) => PURE_NUMBER.test(cellAt(row, c, 0).replace(/,/g, '')))) break;
    const start = /^(按.{1,8}分)(.*)$/.exec(label);
    if (start) groups.push({ name: start[1]!, members: [{ label: start[2]!, row }] });
    else if (groups.length > 0) groups[groups.length - 1]!.members.push({ label, row });
    else return;
  }
  const value = (r: Row, c: number): string => cellAt(r, c, 0).replace(/,/g, '');
  for (const g of groups) {
    if (g.members.length < 2) continue;
    for (const c of money) {
      const whole = value(total, c);
      const parts = g.members.map((m) => value(m.row, c));
      if (!PURE_NUMBER.test(whole) || !parts.every((v) => PURE_NUMBER.test(v))) continue;
      const printedParts = parts.map((v) => ({ value: v, places: printedPlaces(v) }));
      const printedWhole = { value: whole, places: printedPlaces(whole) };
      const verdict = judgeSum(printedParts, printedWhole);
      const head = header[c]!.text.trim();
      const line = total.line;
      const partsText = parts.join(' + ');
      const computed = verdict.kind === 'ok' ? whole : showAs(verdict.total, [...printedParts, printedWhole]);
      claim(
        ctx,
        'table',
        line,
        0,
        verdict.kind !== 'wrong',
        `${g.name}（${head}）：${partsText} = ${computed}，资金总额${whole}`,
      );
      if (verdict.kind === 'ok') continue;
      report(
        ctx,
        line,
        'table.total',
        verdict.severity,
        g.members.map((m) => `${m.label} ${value(m.row, c)}`).join('；'),
        whole,
        computed,
        `${g.name}的各项（${head}）之和 ${partsText} = ${computed}，与年度预算资金总额${whole}${verdict.kind === 'rounding' ? '相差在四舍五入范围内' : '不符'}。`,
      );
    }
  }
}

/** A 项目资金 header without its formula marker: "全年预算数（A）", "执行率（B/A）", "执行率（%）". */
export const fundHead = (text: string): string => text.trim().replace(/\s*[（(][A-Za-z/÷×%％\s]*[）)]$/, '');

/** The 项目资金 row (年度资金总额) as a leaf of the 绩效指标 part: 分值 and 得分 under that part's headers. */
export function fundLeaf(header: Row, funds: FundRow): Row {
  const at = (re: RegExp): number => header.cells.findIndex((c) => re.test(c.text.trim()));
  const cells: Cell[] = header.cells.map(() => ({ text: '', line: funds.line }));
  const w = at(WEIGHT_HEAD);
  const sc = at(SCORE_HEAD);
  if (w >= 0) cells[w] = { text: funds.weight, line: funds.line };
  if (sc >= 0) cells[sc] = { text: funds.score, line: funds.line };
  cells[0] = { text: '预算执行率', line: funds.line };
  return { cells, line: funds.line };
}

/**
 * The 项目资金 part of the national 自评表: 执行率 = 全年执行数 ÷ 全年预算数, 得分 = 分值 × 执行率 (at most
 * 分值). Returns the 年度资金总额 row (with its 分值 and 得分) when `header` is that part's header.
 */
export function checkFunds(
  ctx: Ctx,
  header: Row,
  rows: readonly Row[],
): (Row & { weight: string; score: string }) | null {
  const col = Object.fromEntries(
    Object.entries(FUND_COLS).map(([k, re]) => [k, header.cells.findIndex((c) => re.test(fundHead(c.text)))]),
  ) as Record<keyof typeof FUND_COLS, number>;
  if (Object.values(col).some((c) => c < 0)) return null;
  const row = rows.find(
    (r) =>
      r.cells.length === header.cells.length && PURE_NUMBER.test(cellAt(r, col.spent, 0).replace(/,/g, '')),
  );
  if (!row) return null;
  const text = (c: number): string => cellAt(row, c, 0).replace(/,/g, '');
  const [budget, spent, weight, rate, score] = [
    text(col.budget),
    text(col.spent),
    text(col.weight),
    text(col.rate).replace(/[%％]$/, ''),
    text(col.score),
  ];
  if (![budget, spent, weight, rate, score].every((v) => PURE_NUMBER.test(v))) return null;
  const printed = (v: string): Printed => ({ value: v, places: printedPlaces(v) });
  const excerpt = row.cells
    .map((c) => c.text)
    .filter(Boolean)
    .join(' ');
  const lineOf = (c: number): number => row.cells[c]?.line ?? row.line;
  // (Breakdowns labelled in a column of their own beside the rows, the label wrapped: read without it.)
  const side = sideLabels(header, rows, row);
  const sources = fundSources(header, side?.rows ?? rows, row, col);
  const spentSum = spentAtFault(sources, col, budget, spent, rate);
  const rv = judgeRatio(
    printed(rate),
    [printed(spent), printed(budget)],
    ([a, b]) => completionPercent(a!, b!),
    SHARE,
  );
  if (rv) {
    const exact = rv.kind === 'ok' ? rate : show(rv.exact, printedPlaces(rate));
    claim(
      ctx,
      'completion',
      lineOf(col.rate),
      0,
      rv.kind !== 'wrong' || spentSum !== null,
      spentSum !== null
        ? `执行率 资金来源执行数之和${spentSum} ÷ ${budget} × 100% = ${rate}%，表中${rate}%`
        : `执行率 ${spent} ÷ ${budget} × 100% = ${exact}%，表中${rate}%`,
    );
    // (The total's 执行数 at fault, the rate worked from its sources' sum: reported with the sources' sum.)
    if (rv.kind !== 'ok' && spentSum === null)
      report(
        ctx,
        lineOf(col.rate),
        'completion.percent',
        rv.severity,
        excerpt,
        `${exact}%`,
        `${rate}%`,
        `执行率应为 全年执行数${spent} ÷ 全年预算数${budget} × 100% = ${exact}%，表中为${rate}%${verdictClause(rv.kind)}。`,
      );
  }
  const parts: Array<{ rows: Row[]; group: FundGroup | null }> = side
    ? sideBreakdowns(sources, side.labels, row, header)
    : breakdowns(sources, (r) => sourceText(ctx, r.line)).map((rs) => ({ rows: rs, group: null }));
  for (const part of parts)
    checkFundSources(ctx, header, part.rows, row, col, rv?.kind === 'ok', spentSum !== null, part.group);
  // 得分 = 分值 × 执行率, at most 分值: from the exact ratio or from the printed rate, either reading holds —
  // unless the printed rate is wrong whatever amount is at fault (rateWrong): then only the exact ratio.
  const capped = (r: Dec): Dec => (r.gt(1) ? dec(1) : r).times(weight);
  const fromPrinted = capped(dec(rate).div(100));
  const budgetZero = dec(budget).isZero();
  // A 汇总表 listing projects (序号, 项目名称; each row's 分值 the form's 100) prints each form's total score beside
  // its rate, not the funds' part of it.
  const listing = header.cells.some((c) => /^(?:序号|项目名称)$/.test(c.text.replace(/\s+/g, '')));
  const sv =
    budgetZero || listing
      ? null
      : judgeRatio(printed(score), [printed(spent), printed(budget)], ([a, b]) => capped(a!.div(b!)));
  const places = printedPlaces(score);
  const fitsPrinted = roundHalfUp(fromPrinted, places).eq(score);
  const wrongRate =
    rv?.kind === 'wrong' && sv?.kind === 'wrong' ? rateWrong(header, sources, row, col) : null;
  if (sv) {
    // (The rate wrong: a 得分 of the sources' amounts holds too.)
    const fitsSources =
      wrongRate?.sources != null &&
      judgeRatio(
        printed(score),
        [printed(wrongRate.sources.spent), printed(wrongRate.sources.budget)],
        ([a, b]) => capped(a!.div(b!)),
      )?.kind !== 'wrong';
    const ok = sv.kind !== 'wrong' || (fitsPrinted && !wrongRate) || fitsSources;
    const want = roundHalfUp(wrongRate ? capped(dec(spent).div(budget)) : fromPrinted, places).toFixed(
      places,
    );
    const over = (r: Dec): string => (r.gt(100) ? '（以100%为限）' : '');
    claim(
      ctx,
      'score',
      lineOf(col.score),
      0,
      ok,
      wrongRate
        ? `资金得分 ${weight} × ${spent} ÷ ${budget} = ${want}，表中${score}`
        : `资金得分 ${weight} × 执行率${rate}% = ${want}，表中${score}`,
    );
    if (!ok && wrongRate) {
      const exact = completionPercent(spent, budget)!;
      const other = wrongRate.sources
        ? roundHalfUp(capped(dec(wrongRate.sources.spent).div(wrongRate.sources.budget)), places).toFixed(
            places,
          )
        : want;
      report(
        ctx,
        lineOf(col.score),
        'score.rule',
        'error',
        excerpt,
        want,
        score,
        `预算执行率得分应为 分值${weight} × 执行率（全年执行数${spent} ÷ 全年预算数${budget} = ${show(exact, 2)}%${over(exact)}）= ${want}${other !== want ? `（按资金来源各项之和 ${wrongRate.sources!.spent} ÷ ${wrongRate.sources!.budget} 计为${other}）` : ''}，表中为${score}${fitsPrinted ? `，系按表中执行率${rate}%计算，而该执行率与${wrongRate.sources ? '表中及资金来源各项的' : ''}执行数、预算数都不符` : ''}。`,
      );
    } else if (!ok)
      report(
        ctx,
        lineOf(col.score),
        'score.rule',
        'error',
        excerpt,
        want,
        score,
        `预算执行率得分应为 分值${weight} × 执行率${rate}%${over(dec(rate))} = ${want}，表中为${score}。`,
      );
  }
  const initialAt = header.cells.findIndex((c) => /^年初预算数?$/.test(fundHead(c.text)));
  const initial = initialAt < 0 ? '' : text(initialAt);
  if (!listing)
    ctx.fundRows.push({
      line: row.line,
      weight,
      score,
      budget,
      spent,
      initial: PURE_NUMBER.test(initial) ? initial : null,
    });
  return { ...row, weight, score };
}

/**
 * Whether the 年度资金总额 row's printed 执行率 is wrong whatever amount is at fault: its sources (the rows
 * below) add up to it in the 执行数 or the 全年预算数 column — they are its parts —, and the rate is none of
 * 执行数 ÷ 预算数 for either 执行数 (the row's, its sources' sum) and any 预算数 (全年, 年初, its sources' sum).
 * Then a 得分 worked from that rate is wrong too. `sources`: the sources' sums, when they differ from the row.
 * Null when the rate may be right (an amount at fault), or when the row has no sources to tell.
 */
function rateWrong(
  header: Row,
  sources: readonly Row[],
  total: Row,
  col: Record<keyof typeof FUND_COLS, number>,
): { sources: { spent: string; budget: string } | null } | null {
  if (sources.length < 2) return null;
  const text = (r: Row, c: number): string => cellAt(r, c, 0).replace(/,/g, '');
  const sumOfColumn = (c: number): string | null => {
    const parts = sources.map((r) => text(r, c));
    return parts.every((v) => PURE_NUMBER.test(v)) ? showAs(sumOf(parts), parts.map(printedOf)) : null;
  };
  const [spent, budget] = [text(total, col.spent), text(total, col.budget)];
  const [spentSum, budgetSum] = [sumOfColumn(col.spent), sumOfColumn(col.budget)];
  const holds = (a: string | null, b: string): boolean => a !== null && dec(a).eq(b);
  if (!holds(spentSum, spent) && !holds(budgetSum, budget)) return null;
  const opening = header.cells.findIndex((c) => /^年初预算数?$/.test(fundHead(c.text)));
  const spents = [spent, spentSum].filter((v): v is string => v !== null);
  const budgets = [budget, budgetSum, opening >= 0 ? text(total, opening) : null].filter(
    (v): v is string => v !== null && PURE_NUMBER.test(v) && !dec(v).isZero(),
  );
  const rate = text(total, col.rate).replace(/[%％]$/, '');
  for (const s of spents)
    for (const b of budgets) {
      const v = judgeRatio(
        printedOf(rate),
        [printedOf(s), printedOf(b)],
        ([x, y]) => completionPercent(x!, y!),
        SHARE,
      );
      if (v === null || v.kind !== 'wrong') return null;
    }
  const differ =
    spentSum !== null && budgetSum !== null && !(dec(spentSum).eq(spent) && dec(budgetSum).eq(budget));
  return { sources: differ && !dec(budgetSum!).isZero() ? { spent: spentSum!, budget: budgetSum! } : null };
}

const printedOf = (v: string): Printed => ({ value: v, places: printedPlaces(v) });

/**
 * The 年度资金总额 row's 全年执行数 as the figure at fault: its sources split its 全年预算数 exactly, their
 * 执行数 add up to another figure, and the printed 执行率 is that sum ÷ 全年预算数 (not the row's own 执行数 ÷
 * 预算数). The rate then holds; the 执行数 is wrong (checkFundSources reports it). The sources' sum, else null.
 */
function spentAtFault(
  sources: readonly Row[],
  col: Record<keyof typeof FUND_COLS, number>,
  budget: string,
  spent: string,
  rate: string,
): string | null {
  if (sources.length < 2 || dec(budget).isZero()) return null;
  const column = (c: number): string[] => sources.map((r) => cellAt(r, c, 0).replace(/,/g, ''));
  const [budgets, spents] = [column(col.budget), column(col.spent)];
  if (![...budgets, ...spents].every((v) => PURE_NUMBER.test(v))) return null;
  if (judgeSum(budgets.map(printedOf), printedOf(budget)).kind !== 'ok') return null;
  if (judgeSum(spents.map(printedOf), printedOf(spent)).kind !== 'wrong') return null;
  const sum = showAs(sumOf(spents), [...spents.map(printedOf), printedOf(spent)]);
  const byOwn = judgeRatio(
    printedOf(rate),
    [printedOf(spent), printedOf(budget)],
    ([a, b]) => completionPercent(a!, b!),
    SHARE,
  );
  const bySum = judgeRatio(
    printedOf(rate),
    [printedOf(sum), printedOf(budget)],
    ([a, b]) => completionPercent(a!, b!),
    SHARE,
  );
  return byOwn?.kind === 'wrong' && bySum?.kind === 'ok' ? sum : null;
}

/**
 * The rows below 年度资金总额 (其中：财政拨款, 上年结转资金, 其他资金 …) with a figure in the 执行数 column and an
 * amount or a dash in the 预算数 column; a line of a label wrapped over lines ("其中：当年财政拨" / "款  520.00 …") is passed over.
 */
function fundSources(
  header: Row,
  rows: readonly Row[],
  total: Row,
  col: Record<keyof typeof FUND_COLS, number>,
): Row[] {
  const subs: Row[] = [];
  for (const r of rows.slice(rows.indexOf(total) + 1)) {
    if (!r.cells.some((c) => /\d/.test(c.text))) continue;
    if (r.cells.length !== header.cells.length) break;
    if (!PURE_NUMBER.test(cellAt(r, col.spent, 0).replace(/,/g, ''))) break;
    // (A row of words with a figure that falls under 执行数 — "完成巡护420公里" in the 年度总体目标 row after
    // the part — is not a source: a source prints an amount or a dash under 预算数 too.)
    if (!/^(?:[-—－]|\d[\d,]*(?:\.\d+)?)$/.test(cellAt(r, col.budget, 0).trim())) break;
    subs.push(r);
  }
  return subs;
}

/** A row opening a breakdown of the total: "按收入性质分：一般公共预算", "按支出性质分：基本支出", "按资金来源：财政拨款". */
const BREAKDOWN = /按[\u4e00-\u9fa5]{1,6}分?[：:]/;

/**
 * The sources split into the total's breakdowns: a 部门整体 form splits it twice (按收入性质分 …, then
 * 按支出性质分: 基本支出, 项目支出), each breakdown adding up to the total on its own.
 */
function breakdowns(subs: readonly Row[], lineOf: (r: Row) => string): Row[][] {
  const parts: Row[][] = [[]];
  for (const r of subs) {
    // (The row's label: its line's words before its figures.)
    const label = lineOf(r).replace(/\s+/g, '').split(/\d/)[0]!;
    if (BREAKDOWN.test(label) && parts.at(-1)!.length > 0) parts.push([]);
    parts.at(-1)!.push(r);
  }
  return parts;
}

/** A piece of a side label: a few words alone in their cell. */
const SIDE_PIECE = /^[\u4e00-\u9fa5]{1,8}[：:]?$/;
/** A whole side label: "按收入性质分", "按支出性质分", "按资金来源分". */
const SIDE_LABEL = /^按[\u4e00-\u9fa5]{1,10}分[：:]?$/;

/** A breakdown's label printed beside its rows, and the rows (by their index among the sources) it stands beside. */
type SideLabel = { name: string; at: number[]; gap: number | null };

/**
 * A 部门整体 form printing its breakdowns' labels in a column of their own left of the rows' labels, each label
 * wrapped over the lines beside its rows ("按收入" / "性质分", "按支" / "出性" / "质分"): a row carrying a piece
 * has one cell more than the header (the piece first), a line may carry a piece alone. The rows below the total
 * without their pieces, and the labels read from the pieces (each from a piece opening with 按 to the one ending
 * in 分); null when no row carries such a cell, or the pieces do not read as whole labels.
 */
function sideLabels(
  header: Row,
  rows: readonly Row[],
  total: Row,
): { rows: Row[]; labels: SideLabel[] } | null {
  const n = header.cells.length;
  const at = rows.indexOf(total);
  const out = rows.slice(0, at + 1);
  const labels: Array<SideLabel & { text: string }> = [];
  let open: (SideLabel & { text: string }) | null = null;
  let index = 0; // the index among the rows with figures (the sources) of the next such row
  let extra = false;
  for (const r of rows.slice(at + 1)) {
    const texts = r.cells.map((c) => c.text.trim());
    const first = texts[0] ?? '';
    const figures = r.cells.some((c) => /\d/.test(c.text));
    const own = r.cells.length === n + 1 && SIDE_PIECE.test(first) && /[\u4e00-\u9fa5]/.test(texts[1] ?? '');
    const alone = !figures && SIDE_PIECE.test(first) && texts.slice(1).every((t) => t === '');
    if (own || (alone && (open !== null || first.startsWith('按')))) {
      if (first.startsWith('按')) {
        if (open) return null;
        open = { text: '', name: '', at: [], gap: null };
        labels.push(open);
      }
      if (!open) return null;
      open.text += first;
      if (own) open.at.push(index);
      else open.gap ??= index;
      if (/分[：:]?$/.test(open.text)) open = null;
    }
    if (own) {
      extra = true;
      out.push({ ...r, cells: r.cells.slice(1) });
    } else out.push(r);
    if (figures && !alone) index++;
    // (The part ends at a row of words after its figures: 年度总体目标.)
    if (!figures && !alone && texts.filter(Boolean).length > 1) break;
  }
  out.push(...rows.slice(out.length));
  if (!extra || open || labels.length === 0 || !labels.every((l) => SIDE_LABEL.test(l.text))) return null;
  return {
    rows: out,
    labels: labels.map((l) => ({ name: l.text.replace(/[：:]$/, ''), at: l.at, gap: l.gap })),
  };
}

/** A breakdown read by its side label: its name, and which other breakdown adds up to the total in a column. */
type FundGroup = { name: string; addsUp: (column: number) => string | null };

/**
 * The sources split into the breakdowns whose labels stand beside them (sideLabels): each breakdown a run of
 * rows holding the rows its label stands beside (the rows above the first label may be one more, its label
 * lost), found by the figures — the one split of the rows into such runs where each run adds up to the total in
 * some money column. No such split, or more than one: each row on its own (their 执行率 are still checked; no
 * sum is).
 */
function sideBreakdowns(
  subs: readonly Row[],
  labels: readonly SideLabel[],
  total: Row,
  header: Row,
): Array<{ rows: Row[]; group: FundGroup | null }> {
  const one = subs.map((r) => ({ rows: [r], group: null }));
  // Each label's rows: those it stands beside, else the two its lone pieces fall between.
  const spans: Array<{ lo: number; hi: number }> = [];
  for (const l of labels) {
    const at = l.at.length > 0 ? l.at : l.gap !== null && l.gap > 0 ? [l.gap - 1, l.gap] : [];
    if (at.length === 0 || Math.max(...at) >= subs.length) return one;
    spans.push({ lo: Math.min(...at), hi: Math.max(...at) });
  }
  const money = header.cells.flatMap((h, i) =>
    /^(年初|全年)?预算数?$|^全?年?执行数$/.test(fundHead(h.text)) ? [i] : [],
  );
  const text = (r: Row, c: number): string => cellAt(r, c, 0).replace(/,/g, '');
  const addsUpIn = (rs: readonly Row[], c: number): boolean => {
    const whole = text(total, c);
    const parts = rs.map((r) => text(r, c));
    if (!PURE_NUMBER.test(whole) || !parts.every((v) => PURE_NUMBER.test(v))) return false;
    return judgeSum(parts.map(printedOf), printedOf(whole)).kind === 'ok';
  };
  const addsUp = (rs: readonly Row[]): boolean => rs.length >= 2 && money.some((c) => addsUpIn(rs, c));
  // Each split: the index each run starts at, with the runs' names.
  const found: Array<{ starts: number[]; names: string[] }> = [];
  const walk = (at: typeof spans, names: string[], k: number, from: number, starts: number[]): void => {
    if (at[k]!.lo < from) return;
    if (k === at.length - 1) {
      if (addsUp(subs.slice(from))) found.push({ starts: [...starts, from], names });
      return;
    }
    for (let end = at[k]!.hi + 1; end <= at[k + 1]!.lo; end++)
      if (addsUp(subs.slice(from, end))) walk(at, names, k + 1, end, [...starts, from]);
  };
  const named = labels.map((l) => l.name);
  walk(spans, named, 0, 0, []);
  // (Rows above the first label may be a breakdown of their own, its label lost: "资金来源".)
  if (spans[0]!.lo > 0) walk([{ lo: 0, hi: 0 }, ...spans], ['资金来源', ...named], 0, 0, []);
  if (found.length !== 1) return one;
  const { starts, names } = found[0]!;
  const runs = starts.map((s, k) => subs.slice(s, starts[k + 1] ?? subs.length));
  return runs.map((rows, k) => ({
    rows,
    group: {
      name: names[k]!,
      addsUp: (c) => {
        const j = runs.findIndex((other, i) => i !== k && addsUpIn(other, c));
        return j < 0 ? null : names[j]!;
      },
    },
  }));
}

const sumOf = (values: readonly string[]) => values.reduce((a, v) => a.plus(v), dec(0));

/**
 * The rows below 年度资金总额 (`subs`, see fundSources): each row's 执行率 = 执行数 ÷ 预算数, and together they
 * add up to the total in each money column. A sum is
 * judged only when the rows add up in another money column (they split the total) and no row left out
 * would make it add up (a row may be a part of the row above it: 其中：上年结转).
 */
function checkFundSources(
  ctx: Ctx,
  header: Row,
  subs: readonly Row[],
  total: Row,
  col: Record<keyof typeof FUND_COLS, number>,
  totalRateOk: boolean,
  totalSpentAtFault = false,
  group: FundGroup | null = null,
): void {
  const text = (r: Row, c: number): string => cellAt(r, c, 0).replace(/,/g, '');
  const excerptOf = (r: Row): string =>
    r.cells
      .map((c) => c.text)
      .filter(Boolean)
      .join(' ');
  const printed = (v: string): Printed => ({ value: v, places: printedPlaces(v) });
  // Each row's 执行率 as judged: reported after the sums (a row whose 执行数 breaks both is reported once).
  const rates: Array<{ r: Row; wrong: boolean; report: () => void }> = [];
  // A rate printed without its % sign when the header names the unit ("执行率（%）") or the total's rate is
  // printed so too: a percentage like the total's.
  const bare = /[%％]/.test(header.cells[col.rate]?.text ?? '') || PURE_NUMBER.test(text(total, col.rate));
  for (const r of subs) {
    const [budget, spent] = [text(r, col.budget), text(r, col.spent)];
    const rateText = text(r, col.rate);
    if (!/[%％]$/.test(rateText) && !(bare && PURE_NUMBER.test(rateText))) continue;
    const rate = rateText.replace(/[%％]$/, '');
    if (![budget, spent, rate].every((v) => PURE_NUMBER.test(v)) || dec(budget).isZero()) continue;
    const rv = judgeRatio(
      printed(rate),
      [printed(spent), printed(budget)],
      ([a, b]) => completionPercent(a!, b!),
      SHARE,
    );
    if (!rv) continue;
    const exact = rv.kind === 'ok' ? rate : show(rv.exact, printedPlaces(rate));
    const li = r.cells[col.rate]?.line ?? r.line;
    claim(
      ctx,
      'completion',
      li,
      0,
      rv.kind !== 'wrong',
      `执行率 ${spent} ÷ ${budget} × 100% = ${exact}%，表中${rate}%`,
    );
    if (rv.kind === 'ok') continue;
    const { severity, kind } = rv;
    rates.push({
      r,
      wrong: kind === 'wrong',
      report: () =>
        report(
          ctx,
          li,
          'completion.percent',
          severity,
          excerptOf(r),
          `${exact}%`,
          `${rate}%`,
          `执行率应为 执行数${spent} ÷ 预算数${budget} × 100% = ${exact}%，表中为${rate}%${verdictClause(kind)}。`,
        ),
    });
  }
  const reportRates = (but: Row | null) => {
    for (const x of rates) if (x.r !== but) x.report();
  };
  if (subs.length < 2) return reportRates(null);
  const money = header.cells.flatMap((h, i) =>
    /^(年初|全年)?预算数?$|^全?年?执行数$/.test(fundHead(h.text)) ? [i] : [],
  );
  const judged = money.flatMap((c) => {
    const whole = text(total, c);
    const parts = subs.map((r) => text(r, c));
    if (!PURE_NUMBER.test(whole) || !parts.every((v) => PURE_NUMBER.test(v))) return [];
    const verdict = judgeSum(parts.map(printed), printed(whole));
    const leftOut = parts.some(
      (_, k) => judgeSum(parts.filter((__, j) => j !== k).map(printed), printed(whole)).kind === 'ok',
    );
    return [{ c, whole, parts, verdict, leftOut }];
  });
  if (!judged.some((j) => j.verdict.kind === 'ok')) return reportRates(null);
  // The 执行数 column alone not adding up, one row's own 执行率 not its 执行数 ÷ 预算数 either, and that
  // 执行数 set to the total less the other rows making both hold: the row's 执行数 is the figure at fault.
  const failing = judged.filter((j) => j.verdict.kind === 'wrong' && !j.leftOut);
  const spentSum = failing.length === 1 && failing[0]!.c === col.spent ? failing[0]! : null;
  const wrongRates = rates.filter((x) => x.wrong);
  if (spentSum && wrongRates.length === 1) {
    const r = wrongRates[0]!.r;
    const k = subs.indexOf(r);
    const others = spentSum.parts.filter((_, j) => j !== k);
    const want = dec(spentSum.whole).minus(others.reduce((a, v) => a.plus(v), dec(0)));
    const budget = text(r, col.budget);
    const rate = text(r, col.rate).replace(/[%％]$/, '');
    const wantText = showAs(want, [...spentSum.parts.map(printed), printed(spentSum.whole)]);
    const fits =
      want.gt(0) &&
      judgeRatio(
        printed(rate),
        [printed(wantText), printed(budget)],
        ([a, b]) => completionPercent(a!, b!),
        SHARE,
      )?.kind === 'ok';
    if (fits) {
      const found = text(r, col.spent);
      const head = fundHead(header.cells[col.spent]!.text);
      claim(
        ctx,
        'table',
        r.line,
        0,
        false,
        `${head}：${spentSum.parts.join(' + ')}，资金总额${spentSum.whole}`,
      );
      report(
        ctx,
        r.cells[col.spent]?.line ?? r.line,
        'table.total',
        'error',
        excerptOf(r),
        wantText,
        found,
        `${group?.name ?? '资金来源'}各项（${head}）之和 ${spentSum.parts.join(' + ')} = ${showAs(sumOf(spentSum.parts), [...spentSum.parts.map(printed), printed(spentSum.whole)])}，与资金总额${spentSum.whole}不符；该行执行率${rate}%亦非 ${found} ÷ ${budget}（按${wantText}计则为 ${wantText} ÷ ${budget} × 100% = ${rate}%，各项之和亦恰为${spentSum.whole}），故该行执行数${found}有误，应为${wantText}。`,
      );
      reportRates(r);
      return;
    }
  }
  if (spentSum && totalRateOk && rates.length === 0 && overBudgetSource(ctx, header, subs, col, spentSum))
    return;
  reportRates(null);
  for (const { c, whole, parts, verdict, leftOut } of judged) {
    if (verdict.kind === 'ok' || leftOut) continue;
    const head = fundHead(header.cells[c]!.text);
    const computed = showAs(verdict.total, [...parts.map(printed), printed(whole)]);
    claim(
      ctx,
      'table',
      total.line,
      0,
      verdict.kind !== 'wrong',
      `${head}：${parts.join(' + ')} = ${computed}，资金总额${whole}`,
    );
    // (The total's 执行数 at fault: reported as that figure, with the total's row, what it should be first.)
    const atFault = totalSpentAtFault && c === col.spent && verdict.kind === 'wrong';
    // (Another breakdown adding up to the total in this column: the total holds, the fault is this group's.)
    const other = verdict.kind === 'wrong' ? (group?.addsUp(c) ?? null) : null;
    report(
      ctx,
      // (On the total's cell of this column: a form printed a cell a line has its row over several lines.)
      other !== null ? subs[0]!.line : (total.cells[c]?.line ?? total.line),
      'table.total',
      verdict.severity,
      atFault ? excerptOf(total) : subs.map((r) => excerptOf(r)).join('；'),
      atFault ? computed : whole,
      atFault ? whole : computed,
      `${group?.name ?? '资金来源'}各项（${head}）之和 ${parts.join(' + ')} = ${computed}，与资金总额${whole}${verdict.kind === 'rounding' ? '相差在四舍五入范围内' : '不符'}${atFaultClause(total, col, computed, atFault)}${other !== null ? `（${other}各项之和恰为${whole}：资金总额无误，${group!.name}的某项有误）` : ''}。`,
    );
  }
}

/** Why the total's 执行数 is the figure at fault (see spentAtFault). */
function atFaultClause(
  total: Row,
  col: Record<keyof typeof FUND_COLS, number>,
  sum: string,
  atFault: boolean,
): string {
  if (!atFault) return '';
  const text = (c: number): string => cellAt(total, c, 0).replace(/,/g, '');
  return `；资金总额的执行率${text(col.rate)}恰为 ${sum} ÷ 全年预算数${text(col.budget)}，而非 ${text(col.spent)} ÷ ${text(col.budget)}，故资金总额执行数${text(col.spent)}有误，应为${sum}`;
}

/**
 * The 执行数 column alone not adding up while the total's 执行率 is its 执行数 ÷ 预算数 (the total holds), the
 * sources printing no 执行率: the one source whose 执行数 is above its own 预算数, when its 执行数 set to the
 * total less the other rows is within that 预算数 (and not below 0), is the figure at fault — reported on its
 * row. False (nothing reported) when not exactly one row is so.
 */
function overBudgetSource(
  ctx: Ctx,
  header: Row,
  subs: readonly Row[],
  col: Record<keyof typeof FUND_COLS, number>,
  spentSum: { whole: string; parts: string[] },
): boolean {
  const text = (r: Row, c: number): string => cellAt(r, c, 0).replace(/,/g, '');
  const over = subs.filter((r) => {
    const [budget, spent] = [text(r, col.budget), text(r, col.spent)];
    return PURE_NUMBER.test(budget) && PURE_NUMBER.test(spent) && dec(spent).gt(budget);
  });
  if (over.length !== 1) return false;
  const r = over[0]!;
  const k = subs.indexOf(r);
  const want = dec(spentSum.whole).minus(sumOf(spentSum.parts.filter((_, j) => j !== k)));
  const budget = text(r, col.budget);
  if (want.lt(0) || want.gt(budget)) return false;
  const figures = [...spentSum.parts.map(printedOf), printedOf(spentSum.whole)];
  const wantText = showAs(want, figures);
  const found = text(r, col.spent);
  const head = fundHead(header.cells[col.spent]!.text);
  // (The row's label: its cell, or the last word before its figures as printed.)
  const printedLabel = /([\u4e00-\u9fa5：:（）()]+)\s+[\d.,—-]/.exec(sourceText(ctx, r.line))?.[1];
  const label =
    r.cells.map((c) => c.text.trim()).find((t) => /[\u4e00-\u9fa5]/.test(t)) ?? printedLabel ?? '该来源';
  claim(ctx, 'table', r.line, 0, false, `${head}：${spentSum.parts.join(' + ')}，资金总额${spentSum.whole}`);
  report(
    ctx,
    r.cells[col.spent]?.line ?? r.line,
    'table.total',
    'error',
    r.cells
      .map((c) => c.text)
      .filter(Boolean)
      .join(' '),
    wantText,
    found,
    `资金来源各项（${head}）之和 ${spentSum.parts.join(' + ')} = ${showAs(sumOf(spentSum.parts), figures)}，与资金总额${spentSum.whole}不符；资金总额与其执行率相符，而${label}执行数${found}超过其预算数${budget}（按${wantText}计，各项之和恰为${spentSum.whole}，且不超过预算），故该行执行数${found}有误，应为${wantText}。`,
  );
  return true;
}
