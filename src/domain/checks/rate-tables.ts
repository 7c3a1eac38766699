/**
 * 执行情况表 (printed by `pdftotext -layout`, space-aligned; or tab-separated, typed): a table whose header holds a budget column (年初预算,
 * 调整预算, 全年预算 …), an outturn column (执行数, 1-6月支出, 全年预计支出 …) and a 执行率 column after it.
 *  - Each row's 执行率 must be its outturn ÷ its budget (`completion.percent`, rounding-aware): the outturn
 *    is the nearest outturn column left of the rate (a 预计 rate that of a 预计 outturn); with several budget
 *    columns the rate is wrong only when it is none of outturn ÷ budget; with only a 年初 budget printed it
 *    is a warning (the rate may be of an adjusted budget the table leaves out).
 *  - A 合计 / 总计 row, the last or the first, must be the sum of the other rows in each amount column
 *    (`sum.parts`) — judged only when no row is a 其中 / 小计 row and at least one other amount column adds up
 *    (the rows are then the parts of the total).
 * A header whose labels pdftotext set one space apart ("序时进度 偏差（百分点）") is split, its rows then read by
 * count (one cell per label, in order).
 * Bare rate figures are read as % under "执行率（%）" or when the table's unit line names % ("单位：万元、%、分").
 * A row not under the header's cells (alignRow) is not read, nor a cell that is not a plain figure.
 * The rows read are also handed to warning-levels.ts (a 预警等级 column against the rule the text states).
 */
import { completionPercent, dec, type Dec } from '../money/index.ts';
import { allMatches, claim, report, type Ctx } from './context.ts';
import type { TableBlock, TableCell, TableRow } from './layout.ts';
import { printedPlaces } from './numbers.ts';
import { headedRows, stackedHeader, type Headed } from './headed-rows.ts';
import { splitLabels } from './table-model.ts';
import { checkWarningLevels } from './warning-levels.ts';
import type { Row } from './tables.ts';
import {
  halfUlp,
  judgeRatio,
  judgeSum,
  SHARE,
  show,
  showAs,
  verdictClause,
  type Printed,
} from './verdict.ts';
import { mentionsAll } from './document-words.ts';

/** 执行率 only: a 执行进度 is pro-rated to the months elapsed (监控: the rate ÷ (月份 ÷ 12)), not outturn ÷ budget. */
const RATE_HEAD = /执行率/;
const BUDGET_HEAD = /预算|(?:下达|到位)(?:资金|金额|数)?$/;
// (An outturn column may be headed by the bare word or with its period: "执行", "1—7月执行", "截至7月执行";
// not "执行率" / "执行进度".)
const OUTTURN_HEAD = /执行(?![率进])|支出|决算数|完成数|支付/;
/** A column totalling the funds a rate may be of. */
const TOTAL_HEAD = /合计|小计|总额|可用资金|可执行/;
/** A column of funds (a source) that a rate's base may add up. */
const FUND_HEAD = /预算|结转|结余|追加|调减|资金来源|财政拨款|自筹|上级/;
const AMOUNT = /^-?\d{1,3}(?:,\d{3})*(?:\.\d+)?$|^-?\d+(?:\.\d+)?$/;
/** A column of counts: "项目个数", "项目数（个）", "单位数". */
const COUNT_HEAD = /^(?:项目|单位|部门)?(?:个数|数量|数)(?:[（(]个[）)])?$/;
const RATE_CELL = /^(\d+(?:\.\d+)?)\s*[%％]$/;
const BARE_RATE_CELL = /^(\d+(?:\.\d+)?)\s*[%％]?$/;
const TOTAL = /^(合\s*计|总\s*计)$/;
/** A 到位率 column: the funds arrived (the nearest 到位 column left of it) ÷ the funds planned (计划 / 预算 / 应到位, left of those). */
const ARRIVAL_RATE_HEAD = /到位率/;
const ARRIVED_HEAD = /到位/;
const PLAN_HEAD = /计划|预算|应到位/;

/** Each 到位率 column with its 到位 column and the 计划 column before that; none when either is missing. */
function arrivalRates(names: readonly string[]): { rate: number; arrived: number; plan: number }[] {
  const out: { rate: number; arrived: number; plan: number }[] = [];
  names.forEach((n, rate) => {
    if (!ARRIVAL_RATE_HEAD.test(n) || RATE_HEAD.test(n)) return;
    let arrived = rate - 1;
    while (arrived >= 0 && !(ARRIVED_HEAD.test(names[arrived]!) && !/率|未到位|应到位/.test(names[arrived]!)))
      arrived--;
    let plan = arrived - 1;
    while (plan >= 0 && !(PLAN_HEAD.test(names[plan]!) && !/率|实际/.test(names[plan]!))) plan--;
    if (arrived >= 0 && plan >= 0) out.push({ rate, arrived, plan });
  });
  return out;
}

const amount = (text: string): Printed | null => {
  const t = text.trim();
  if (!AMOUNT.test(t)) return null;
  const value = t.replace(/,/g, '');
  return { value, places: printedPlaces(value) };
};

/** The table's unit line (the three lines above it, or its own top line) names % among its units. */
function unitNamesPercent(ctx: Ctx, first: number, top: number): boolean {
  for (let j = Math.max(0, first - 3); j <= top; j++) {
    if (/单位[：:]\s*(?:[^。；]*?[、，,/\s])?[%％]/.test(ctx.lines[j] ?? '')) return true;
  }
  return false;
}

/** A 执行情况表's 合计 row as judged to hold: its 执行率 and the amounts it is of (budget, outturn). */
export type TotalRate = { rate: string; amounts: string[]; title: string };

/** A table's 合计 row with a 到位率: its 到位 amount and its 计划 (as printed, and as its rows add up when not that) (named-rates.ts compares the text against it). */
export type ArrivalTotal = { rate: string; arrived: string; plans: string[]; title: string };

/**
 * Checks each 执行情况表; returns the 合计 rows whose sums and 执行率 held (other rules compare against them), and
 * adds to `arrivalTotals` those whose 到位率 held.
 */
export function checkRateTables(ctx: Ctx, arrivalTotals: ArrivalTotal[] = []): TotalRate[] {
  // (Every table it reads has a header cell naming 执行率: none, no total rate and no 到位 total.)
  if (!mentionsAll(ctx, ['执行率'])) return [];
  const totalRates: TotalRate[] = [];
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'table' || block.shape === 'cell-lines') continue;
    let headed: Headed | null = headedRows(block, (r) => r.cells.some((c) => RATE_HEAD.test(c.text)));
    // A header wrapped over several lines ("1—7" / "月执" / "行"): its labels gathered by place, rows read by count.
    // (Also when the one line holding 执行率 has no outturn label: LibreOffice centres one-line labels between
    // the pieces of the wrapped ones — "1—8月执" / "序号 项目 年度预算 执行率" / "行".)
    const has = (h: Headed, test: (n: string) => boolean) => h.header.some((c) => test(c.text));
    const isBudget = (n: string) => BUDGET_HEAD.test(n) && !RATE_HEAD.test(n);
    const isOutturn = (n: string) => OUTTURN_HEAD.test(n) && !isBudget(n);
    if (headed && (!has(headed, isBudget) || !has(headed, isOutturn))) {
      const stacked = stackedHeader(block);
      const better =
        stacked &&
        has(stacked, (n) => RATE_HEAD.test(n)) &&
        (!has(headed, isBudget) || (has(stacked, isBudget) && has(stacked, isOutturn)));
      headed = better ? stacked : headed;
    }
    // A header over several lines of labels ("序 … 年度预算 1—6月执行 执行率" above "项目名称 主管部门 偏差情况", or
    // "序 … 自评" / "项目名称 预算数 执行数 执行率 等级" / "号 … 得分"): the line holding 执行率 alone places no row —
    // the lines together, read by count.
    if (headed) {
      const placedBy = (h: Headed): number =>
        h.body.filter((r) => hasAmount(r) && h.align(h.header, r) !== null).length;
      const placed = placedBy(headed);
      const stacked = placed < headed.body.filter(hasAmount).length ? stackedHeader(block, true) : null;
      if (
        stacked &&
        placedBy(stacked) > placed &&
        has(stacked, isBudget) &&
        has(stacked, isOutturn) &&
        has(stacked, (n) => RATE_HEAD.test(n))
      )
        headed = stacked;
    }
    headed ??= headedByWords(block);
    if (!headed) continue;
    let { header, align } = headed;
    // Header labels pdftotext set one space apart ("序时进度 偏差（百分点）", one cell): split, and the rows
    // read by count — a row of exactly one cell per label, in order (Chinese labels drift off their columns).
    // (Only when rows print one cell per label: a label split in two — "本年 决算数" — leaves the header as it was.)
    const labels = block.shape === 'space' ? splitLabels(header) : null;
    const split = labels && headed.body.some((r) => byCount(labels, r) !== null) ? labels : null;
    if (split) {
      header = split;
      align = byCount;
    }
    // (A period's figures a wrapped label set apart — "月执1—7行" — are left out of its name.)
    const names = header.map((c) => c.text.replace(/\s+/g, '').replace(/\d+[—–\-－~～至]+\d+(?!\d|月)/g, ''));
    // A 自评表's 项目资金 part (分值 and 得分 beside 执行率) is the score tables' (score-funds.ts); a list of
    // evaluated projects (评价得分, 评价等级 after 执行率, no 分值) is read here.
    if (names.some((n) => /分值|权重/.test(n))) continue;
    const budgets = names.flatMap((n, i) => (BUDGET_HEAD.test(n) && !RATE_HEAD.test(n) ? [i] : []));
    const rates = names.flatMap((n, i) => (RATE_HEAD.test(n) ? [i] : []));
    if (budgets.length === 0) continue;
    // The bases a rate may be of: each budget column, each column totalling the funds (合计, 资金总额), and
    // the sum of the fund columns (年初结转 + 本年预算, 年初预算 + 追加预算) — a rate wrong against all is wrong.
    const isFigureHead = (n: string) => RATE_HEAD.test(n) || (OUTTURN_HEAD.test(n) && !BUDGET_HEAD.test(n));
    const totals = names.flatMap((n, i) =>
      TOTAL_HEAD.test(n) && !isFigureHead(n) && !budgets.includes(i) ? [i] : [],
    );
    const funds = names.flatMap((n, i) =>
      FUND_HEAD.test(n) && !isFigureHead(n) && !TOTAL_HEAD.test(n) ? [i] : [],
    );
    // (Judged from the last: a 合计 first, then the budgets, the last first — the adjusted one.)
    const bases = [
      ...(funds.length > 1 ? [funds] : []),
      ...budgets.map((b) => [b]),
      ...totals.map((t) => [t]),
    ];
    // Only 年初 budgets printed: a rate may be of an adjusted budget the table leaves out — a warning.
    const onlyOpening = bases.every((cols) => cols.length === 1 && /年初/.test(names[cols[0]!]!));
    const outturnOf = new Map<number, number>();
    for (const r of rates) {
      for (let c = r - 1; c >= 0; c--) {
        if (BUDGET_HEAD.test(names[c]!) || !OUTTURN_HEAD.test(names[c]!) || RATE_HEAD.test(names[c]!))
          continue;
        if (/预计/.test(names[r]!) === /预计/.test(names[c]!)) outturnOf.set(r, c);
        break;
      }
    }
    // A line of words only closing the block (a heading pdftotext set right under the table) is no row.
    let to = headed.body.length;
    while (
      to > 0 &&
      !headed.body[to - 1]!.cells.some((c) => kindOf(c.text) === 'amount' || kindOf(c.text) === 'rate')
    )
      to--;
    const body = headed.body.slice(0, to);
    // Header labels the layout already split where pdftotext set them one space apart ("序时进度" and
    // "偏差（百分点）"): a row not under their places is read by count, as above.
    const drift =
      !split && block.shape === 'space' && header.some((c, i) => i > 0 && c.start === header[i - 1]!.end + 1);
    const rows: Row[] = [];
    for (const r of body) {
      const aligned = align(header, r) ?? (drift ? byCount(header, r) : null);
      if (aligned) rows.push(aligned);
      else rows.push({ cells: [], line: r.line });
    }
    if (block.shape === 'space' && !split) realignTotalRow(body, rows);
    const arrivals = arrivalRates(names);
    // A unit line naming % ("单位：万元、%"): a bare 执行率 cell is in per cent, as under "执行率（%）".
    const percentUnit = unitNamesPercent(ctx, block.first, block.rows[0]?.line ?? block.first);
    const { wrong, at, sums } = checkTotalRow(
      ctx,
      body,
      rows,
      names,
      [
        ...new Set([
          ...budgets,
          ...outturnOf.values(),
          ...arrivals.map((a) => a.plan),
          // (A column counting the rows' projects or units adds up to the 合计 as the amounts do.)
          ...names.flatMap((n, i) => (COUNT_HEAD.test(n.replace(/\s+/g, '')) ? [i] : [])),
        ]),
      ].sort((a, b) => a - b),
      (total, rowSums) => rateOfSums(total, rowSums, names, outturnOf, budgets),
    );
    // The total row's rate of a wrong total is not judged again (its figures' fault is reported once).
    // (A 合计 row whose outturn is wrong is not judged again; with a wrong budget 合计 its rate is judged against
    // that budget as its rows add up — the rate of the true total — and the other budgets as printed.)
    const wrongRates = new Set<Row>();
    for (const [r, o] of outturnOf) {
      const percent = /[%％]/.test(names[r]!) || percentUnit;
      const judged = wrong.size > 0 ? rows.filter((_, k) => k !== at) : rows;
      checkRates(ctx, wrongRates, judged, r, o, bases, percent, onlyOpening);
      if (wrong.size > 0 && !wrong.has(o) && rows[at])
        checkRates(ctx, wrongRates, [rows[at]], r, o, bases, percent, onlyOpening, sums);
    }
    // A 到位率 column: each row's 到位 ÷ its 计划 (the 合计 row only when no 合计 was found wrong).
    for (const { rate, arrived, plan } of arrivals) {
      const judged = wrong.size > 0 ? rows.filter((_, k) => k !== at) : rows;
      checkRates(
        ctx,
        wrongRates,
        judged,
        rate,
        arrived,
        [[plan]],
        /[%％]/.test(names[rate]!),
        false,
        undefined,
        names[rate]!,
      );
      // (A 计划 合计 found wrong: the text's rate may be of it as printed or as its rows add up — both kept.)
      const total = at >= 0 ? rows[at] : undefined;
      const r = RATE_CELL.exec(total?.cells[rate]?.text.trim() ?? '');
      const [a, p] = [arrived, plan].map((c) => amount(total?.cells[c]?.text ?? ''));
      if (total && r && a && p && !wrongRates.has(total) && !wrong.has(arrived)) {
        const plans = [p.value, ...(sums.has(plan) ? [sums.get(plan)!] : [])];
        arrivalTotals.push({ rate: r[1]!, arrived: a.value, plans, title: block.title });
      }
    }
    const held = heldTotalRate(rows[at], names, outturnOf, budgets, sums, wrongRates);
    if (held) totalRates.push({ ...held, title: block.title });
    // (A row whose 执行率 is wrong: its 偏差 is not judged against it.)
    const judged = rows.filter((r) => !wrongRates.has(r));
    checkDeviation(ctx, judged, names, rates);
    checkDeviationWords(ctx, judged, names, rates);
    checkWarningLevels(ctx, judged, names, rows);
  }
  return totalRates;
}

/**
 * The 合计 row's 执行率 (the first rate not 预计) when the row was judged and the rate holds: its outturn ÷ one of
 * its budgets — each as printed, or, for a 合计 found wrong, as its rows add up (the rate then of the true total).
 * Null otherwise, and when the outturn's 合计 is itself wrong.
 */
function heldTotalRate(
  total: Row | undefined,
  names: readonly string[],
  outturnOf: ReadonlyMap<number, number>,
  budgets: readonly number[],
  sums: ReadonlyMap<number, string>,
  wrongRates: ReadonlySet<Row>,
): Omit<TotalRate, 'title'> | null {
  if (!total || total.cells.length === 0 || wrongRates.has(total)) return null;
  const first = [...outturnOf].find(([r]) => !/预计/.test(names[r]!));
  if (!first || sums.has(first[1])) return null;
  const [r, o] = first;
  const rate = RATE_CELL.exec(total.cells[r]?.text.trim() ?? '');
  const figures = [o, ...budgets].map((c) => sums.get(c) ?? amount(total.cells[c]?.text ?? '')?.value);
  if (!rate || figures.some((f) => f === undefined)) return null;
  const [out, ...bases] = figures as string[];
  const printed = { value: rate[1]!, places: printedPlaces(rate[1]!) };
  const p = (v: string): Printed => ({ value: v, places: printedPlaces(v) });
  const holds = bases.some(
    (b) => judgeRatio(printed, [p(out!), p(b)], ([x, y]) => completionPercent(x!, y!), SHARE)?.kind === 'ok',
  );
  return holds ? { rate: rate[1]!, amounts: figures as string[] } : null;
}

/**
 * Whether three neighbouring figures of the row, in order, are a budget, an outturn and its 执行率 — that 执行率 the
 * figure read as the outturn (the row's cells read one column off).
 */
function holdsShifted(row: Row, readAsOutturn: Printed): boolean {
  const figures = row.cells
    .map((c) => c.text.trim().replace(/[%％]$/, ''))
    .filter((t) => /^-?\d[\d,]*(?:\.\d+)?$/.test(t))
    .map((t) => ({ value: t.replace(/,/g, ''), places: printedPlaces(t.replace(/,/g, '')) }));
  for (let i = 0; i + 2 < figures.length; i++) {
    const [budget, out, rate] = [figures[i]!, figures[i + 1]!, figures[i + 2]!];
    if (/^[0.-]+$/.test(budget.value) || rate.value !== readAsOutturn.value) continue;
    if (judgeRatio(rate, [out, budget], ([x, y]) => completionPercent(x!, y!), SHARE)?.kind === 'ok')
      return true;
  }
  return false;
}

function checkRates(
  ctx: Ctx,
  wrongRates: Set<Row>,
  rows: readonly Row[],
  rateCol: number,
  outCol: number,
  bases: readonly (readonly number[])[],
  inPercent: boolean,
  onlyOpening: boolean,
  sums?: ReadonlyMap<number, string>,
  label = '执行率',
): void {
  for (const row of rows) {
    if (row.cells.length === 0) continue;
    // "95.00%", or "95.00" under a header "执行率（%）".
    const rate = (inPercent ? BARE_RATE_CELL : RATE_CELL).exec(row.cells[rateCol]?.text.trim() ?? '');
    const out = amount(row.cells[outCol]?.text ?? '');
    if (!rate || !out) continue;
    const printed = { value: rate[1]!, places: printedPlaces(rate[1]!) };
    let verdict: ReturnType<typeof judgeRatio> = null;
    let of: Printed | null = null;
    for (const cols of [...bases].reverse()) {
      const figures = cols.map((c) => amount(sums?.get(c) ?? row.cells[c]?.text ?? ''));
      if (figures.some((f) => f === null)) continue;
      const budget = sumOf(figures as Printed[]);
      if (/^[0.]+$/.test(budget.value)) continue;
      const v = judgeRatio(printed, [out, budget], ([x, y]) => completionPercent(x!, y!), SHARE);
      if (!v) continue;
      if (
        verdict === null ||
        (verdict.kind !== 'ok' && v.kind === 'ok') ||
        (verdict.kind === 'wrong' && v.kind !== 'wrong')
      ) {
        verdict = v;
        of = budget;
      }
      if (v.kind === 'ok') break;
    }
    if (!verdict || !of) continue;
    // (A row the header's cells do not fit — its name wrapped into the columns' places — whose own figures in
    // order hold budget, outturn and rate side by side: a misreading, not a wrong rate.)
    if (verdict.kind !== 'ok' && holdsShifted(row, out)) continue;
    const li = row.cells[rateCol]!.line;
    const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
    claim(
      ctx,
      'completion',
      li,
      0,
      verdict.kind !== 'wrong',
      `${out.value} ÷ ${of.value} × 100% = ${exact}%，表中${printed.value}%`,
    );
    if (verdict.kind === 'ok') continue;
    wrongRates.add(row);
    report(
      ctx,
      li,
      'completion.percent',
      onlyOpening && verdict.severity === 'error' ? 'warning' : verdict.severity,
      rowExcerpt(row),
      `${exact}%`,
      `${printed.value}%`,
      `${label}应为 ${out.value} ÷ ${of.value} × 100% = ${exact}%，表中为${printed.value}%${verdictClause(verdict.kind)}。`,
    );
  }
}

/** A 偏差 column of a 监控表: the 执行率 less the 序时进度 (in 百分点); not 偏差原因. */
const DEVIATION_HEAD = /偏差|差异/;
const SCHEDULE_HEAD = /序时|时间进度/;
const SIGNED = /^([-−－]?)(\d+(?:\.\d+)?)$/;

/**
 * The 偏差（百分点） column of a 监控表 with a 序时进度 column: each row's 偏差 must be its 执行率 − 序时进度
 * (the nearest non-预计 执行率 left of it), within the rounding of the three printed figures. Printed either
 * way round (序时进度 − 执行率) or without a sign, it is read as such; wrong only when it is neither.
 */
/** A row's cells as printed, one space apart (a finding's excerpt). */
const rowExcerpt = (row: Row): string =>
  row.cells
    .map((c) => c.text.trim())
    .filter(Boolean)
    .join(' ');

/** A 偏差 cell in words: "低于序时进度12.98个百分点", "高于序时进度0.61个百分点", "与序时进度持平". */
const DEVIATION_WORDS =
  /^(?:(高于|超过|快于|超出|低于|落后于?|慢于|滞后于?)序时进度\s*(\d+(?:\.\d+)?)\s*个?百分点|与序时进度持平)$/;
/** The one 序时进度 the document states ("序时进度按50%计算", "序时进度（50%）", "序时进度为66.67%"). */
const STATED_SCHEDULE = /序时进度\s*(?:按|为|是|[（(])\s*(\d+(?:\.\d+)?)\s*[%％]/g;

function statedSchedule(ctx: Ctx): string | null {
  const found = new Set<string>();
  for (const line of ctx.lines)
    if (line.includes('序时进度'))
      for (const m of allMatches(line, STATED_SCHEDULE)) found.add(dec(m[1]!).toString());
  return found.size === 1 ? [...found][0]! : null;
}

/**
 * A 偏差情况 column in words against the 执行率 beside it and the one 序时进度 the document states: its direction
 * (高于 / 低于 / 持平) and its points, within the rounding of the printed figures.
 */
function checkDeviationWords(
  ctx: Ctx,
  rows: readonly Row[],
  names: readonly string[],
  rates: readonly number[],
): void {
  const dev = names.findIndex((n) => DEVIATION_HEAD.test(n) && !/原因|说明|分析/.test(n));
  if (dev < 0 || names.some((n) => SCHEDULE_HEAD.test(n) && !DEVIATION_HEAD.test(n))) return;
  const rate = [...rates].reverse().find((r) => r < dev && !/预计/.test(names[r]!));
  if (rate === undefined) return;
  const worded = rows.filter((r) => DEVIATION_WORDS.test(r.cells[dev]?.text.replace(/\s+/g, '') ?? ''));
  if (worded.length < 2) return;
  const schedule = statedSchedule(ctx);
  if (schedule === null) return;
  const percent = /[%％]/.test(names[rate]!) ? BARE_RATE_CELL : RATE_CELL;
  for (const row of worded) {
    const r =
      percent.exec(row.cells[rate]?.text.trim() ?? '') ??
      BARE_RATE_CELL.exec(row.cells[rate]?.text.trim() ?? '');
    const text = row.cells[dev]!.text.replace(/\s+/g, '');
    const d = DEVIATION_WORDS.exec(text)!;
    if (!r) continue;
    const gap = dec(r[1]!).minus(schedule);
    const places = d[2] ? printedPlaces(d[2]) : printedPlaces(r[1]!);
    const allowed = halfUlp(printedPlaces(r[1]!)).plus(halfUlp(places));
    const up = d[1] !== undefined && !/低于|落后|慢于|滞后/.test(d[1]);
    const said = d[1] === undefined ? dec(0) : up ? dec(d[2]!) : dec(d[2]!).neg();
    const ok = gap.minus(said).abs().lte(allowed);
    const shown = show(gap.abs(), places);
    const expected = gap.isZero()
      ? '与序时进度持平'
      : `${gap.isNeg() ? '低于' : '高于'}序时进度${shown}个百分点`;
    const li = row.cells[dev]!.line;
    claim(
      ctx,
      'completion',
      li,
      0,
      ok,
      `${r[1]}% − ${schedule}% = ${show(gap, places)}个百分点，表中“${text}”`,
    );
    if (ok) continue;
    report(
      ctx,
      li,
      'completion.schedule',
      'error',
      rowExcerpt(row),
      expected,
      text,
      `执行率${r[1]}%与序时进度${schedule}%相差 ${show(gap, places)} 个百分点，应为“${expected}”，表中为“${text}”。`,
    );
  }
}

function checkDeviation(
  ctx: Ctx,
  rows: readonly Row[],
  names: readonly string[],
  rates: readonly number[],
): void {
  const dev = names.findIndex(
    (n) => DEVIATION_HEAD.test(n) && !/原因|说明|分析|[%％]/.test(n) && !RATE_HEAD.test(n),
  );
  const schedule = names.findIndex((n) => SCHEDULE_HEAD.test(n) && !DEVIATION_HEAD.test(n));
  if (dev < 0 || schedule < 0) return;
  const rate = [...rates].reverse().find((r) => r < dev && !/预计/.test(names[r]!));
  if (rate === undefined) return;
  // A rate in percent: its header says so ("执行率（%）") or its cell does ("75.02%").
  const percent = /[%％]/.test(names[rate]!) ? BARE_RATE_CELL : RATE_CELL;
  for (const row of rows) {
    const r = percent.exec(row.cells[rate]?.text.trim() ?? '');
    const s = BARE_RATE_CELL.exec(row.cells[schedule]?.text.trim() ?? '');
    const d = SIGNED.exec(row.cells[dev]?.text.trim() ?? '');
    if (!r || !s || !d) continue;
    const printed = `${d[1] ? '-' : ''}${d[2]}`;
    const places = printedPlaces(d[2]!);
    const gap = dec(r[1]!).minus(s[1]!);
    const allowed = halfUlp(printedPlaces(r[1]!))
      .plus(halfUlp(printedPlaces(s[1]!)))
      .plus(halfUlp(places));
    const within = (x: Dec) => x.minus(printed).abs().lte(allowed);
    const ok = within(gap) || within(gap.neg()) || (!d[1] && within(gap.abs()));
    const shown = show(gap, places);
    const li = row.cells[dev]!.line;
    claim(ctx, 'completion', li, 0, ok, `${r[1]}% − ${s[1]}% = ${shown}个百分点，表中${printed}`);
    if (ok) continue;
    report(
      ctx,
      li,
      'completion.schedule',
      'error',
      rowExcerpt(row),
      shown,
      row.cells[dev]!.text.trim(),
      `偏差应为执行率${r[1]}% − 序时进度${s[1]}% = ${shown}个百分点，表中为${row.cells[dev]!.text.trim()}。`,
    );
  }
}

type Kind = 'amount' | 'rate' | 'other';
/** A row holding an amount (a figure with a point or thousands separator). */
const hasAmount = (r: TableRow): boolean => r.cells.some((c) => kindOf(c.text) === 'amount');

const kindOf = (text: string): Kind | null => {
  const t = text.trim();
  if (t === '') return null;
  return AMOUNT.test(t) ? 'amount' : RATE_CELL.test(t) ? 'rate' : 'other';
};

/**
 * The 合计 row of a space-aligned table, its figures shifted under the wrong header cells (a short label,
 * bold figures: pdftotext sets them a few places off) — "合计 2,146.30 2,066.29 94.87%" with 2,066.29 under
 * 执行率 and 94.87% under 评价得分. When a figure falls under a column whose cells above are of another kind
 * (an amount under rates, a rate under amounts), the row's figures are put in order under the columns of
 * figures from its first one on, if every kind then matches; else the row is left unread.
 */
function realignTotalRow(raw: readonly TableRow[], rows: Row[]): void {
  const last = rows.length - 1;
  const total = rows[last];
  if (last < 2 || !total || total.cells.length === 0) return;
  const columns = total.cells.map((_, col) => {
    const kinds = new Set(rows.slice(0, last).map((r) => kindOf(r.cells[col]?.text ?? '')));
    kinds.delete(null);
    return kinds.size === 1 ? [...kinds][0]! : 'other';
  });
  const figures = total.cells.flatMap((c, col) => {
    const kind = kindOf(c.text);
    return kind === 'amount' || kind === 'rate' ? [{ cell: c, col, kind }] : [];
  });
  if (figures.length === 0 || figures.every((f) => columns[f.col] === f.kind)) return;
  const figureCols = columns.flatMap((k, col) => (k === 'amount' || k === 'rate' ? [col] : []));
  const from = figureCols.indexOf(figures[0]!.col);
  const targets = from < 0 ? [] : figureCols.slice(from, from + figures.length);
  if (targets.length !== figures.length || figures.some((f, k) => columns[targets[k]!] !== f.kind)) {
    rows[last] = { cells: [], line: raw[last]!.line };
    return;
  }
  const cells = total.cells.map((c) => (figures.some((f) => f.cell === c) ? { ...c, text: '' } : c));
  figures.forEach((f, k) => (cells[targets[k]!] = f.cell));
  rows[last] = { cells, line: total.line };
}

/** Printed figures added up, at the most places any of them has. */
function sumOf(figures: readonly Printed[]): Printed {
  if (figures.length === 1) return figures[0]!;
  const places = Math.max(...figures.map((f) => f.places));
  const total = figures.reduce((a, f) => a.plus(f.value), dec(0));
  return { value: total.toFixed(places), places };
}

/**
 * Whether the total row's 执行率 (the first not 预计) is its outturn ÷ its budget (one of them) as the other rows add
 * them up, and not as the row prints them: then the rate confirms the rows as the total's parts.
 */
function rateOfSums(
  total: Row,
  rowSums: ReadonlyMap<number, string>,
  names: readonly string[],
  outturnOf: ReadonlyMap<number, number>,
  budgets: readonly number[],
): boolean {
  const first = [...outturnOf].find(([r]) => !/预计/.test(names[r]!));
  if (!first) return false;
  const [r, o] = first;
  const rate = RATE_CELL.exec(total.cells[r]?.text.trim() ?? '');
  if (!rate) return false;
  const shown = { value: rate[1]!, places: printedPlaces(rate[1]!) };
  const p = (v: string | undefined): Printed | null => (v === undefined ? null : amount(v));
  const holds = (out: Printed | null, base: Printed | null): boolean =>
    out !== null &&
    base !== null &&
    judgeRatio(shown, [out, base], ([x, y]) => completionPercent(x!, y!), SHARE)?.kind === 'ok';
  const own = (c: number): Printed | null => amount(total.cells[c]?.text ?? '');
  if (budgets.some((b) => holds(own(o), own(b)))) return false;
  return budgets.some((b) => rowSums.has(b) && holds(p(rowSums.get(o)), p(rowSums.get(b))));
}

/**
 * A row read by count under a header whose labels were split (see checkRateTables): its non-blank cells, one
 * per label, in order; null when it has more or fewer.
 */
/**
 * A table whose header is a line of words set one space apart above its rows ("项目 年初预算 调整后预算 执行数
 * 执行率（%）"), read by the layout as a line of text (`headWords`): the words as the header, each row read by
 * count — only when the words name 执行率 and every row with a figure has one cell per word.
 */
function headedByWords(block: TableBlock): Headed | null {
  const words = block.headWords;
  if (!words || !words.some((w) => RATE_HEAD.test(w))) return null;
  const header: TableCell[] = words.map((text) => ({ text, line: block.first, start: 0, end: 0 }));
  const figured = block.rows.filter((r) => r.cells.some((c) => /\d/.test(c.text)));
  if (figured.length < 2 || figured.some((r) => byCount(header, r) === null)) return null;
  return { header, from: 0, body: block.rows, align: byCount };
}

function byCount(header: readonly TableCell[], row: TableRow): Row | null {
  const cells = row.cells.filter((c) => c.text.trim() !== '').map((c) => ({ text: c.text, line: c.line }));
  // A 合计 row under a 序号 label, printed without an ordinal: its label under 序号's neighbour.
  if (
    cells.length === header.length - 1 &&
    header.length >= 3 &&
    /^序\s*号$/.test(header[0]!.text.trim()) &&
    TOTAL.test(cells[0]!.text.trim())
  )
    cells.unshift({ text: '', line: row.line });
  if (cells.length !== header.length) return null;
  return { cells, line: row.line };
}

/**
 * The 合计 / 总计 row, the last or the first, against the other rows in each amount column; `at`: its index
 * (-1 when none is judged).
 */
function checkTotalRow(
  ctx: Ctx,
  allRaw: readonly TableRow[],
  allRows: readonly Row[],
  names: readonly string[],
  cols: readonly number[],
  rateConfirms: (total: Row, rowSums: ReadonlyMap<number, string>) => boolean,
): { wrong: Set<number>; at: number; sums: Map<number, string> } {
  // (A row of the average score under the 合计 — "平均得分 93.39" — is neither a part nor the total.)
  let end = allRows.length;
  while (
    end > 0 &&
    /^平均/.test(allRaw[end - 1]?.cells.map((c) => c.text.trim()).find((t) => t !== '') ?? '')
  )
    end--;
  const [raw, rows] = [allRaw.slice(0, end), allRows.slice(0, end)];
  const wrong = new Set<number>();
  // The rows' sum of each column whose 合计 is wrong (what the 合计 should be).
  const sums = new Map<number, string>();
  const none = { wrong, at: -1, sums };
  if (rows.length < 3) return none;
  const labelOf = (k: number): string =>
    raw[k]!.cells.map((c) => c.text.trim()).find((t) => t !== '' && !AMOUNT.test(t)) ?? '';
  const last = TOTAL.test(labelOf(rows.length - 1)) ? rows.length - 1 : TOTAL.test(labelOf(0)) ? 0 : -1;
  if (last < 0 || rows[last]!.cells.length === 0) return none;
  const label = labelOf(last);
  // Every other row is a part: read, and not a 其中 / 小计 row or a row of a list within a row. A row of a label
  // alone, "按资金来源分：", opens another breakdown of the total: each adds up to it on its own.
  const groups: Row[][] = [[]];
  for (let k = 0; k < rows.length; k++) {
    if (k === last) continue;
    if (
      BREAKDOWN_LABEL.test(labelOf(k).replace(/\s+/g, '')) &&
      !raw[k]!.cells.some((c) => /\d/.test(c.text))
    ) {
      if (groups.at(-1)!.length > 0) groups.push([]);
      continue;
    }
    groups.at(-1)!.push(rows[k]!);
  }
  if (groups.some((g) => g.length < 2 || g.some((r) => r.cells.length === 0))) return none;
  if (
    raw
      .filter((_, k) => k !== last)
      .some((r) => r.cells.some((c) => /^\s*(其中|小\s*计|合\s*计|总\s*计|[（(]|[-—](?![\d.]))/.test(c.text)))
  )
    return none;
  for (const parts of groups) judgeGroup(parts);
  return { wrong, at: last, sums };

  function judgeGroup(parts: readonly Row[]): void {
    const verdicts = cols.flatMap((col) => {
      const total = amount(rows[last]!.cells[col]?.text ?? '');
      const values = parts.map((r) => amount(r.cells[col]?.text ?? ''));
      if (!total || values.some((v) => v === null)) return [];
      return [{ col, total, values: values as Printed[], v: judgeSum(values as Printed[], total) }];
    });
    // The rows are the total's parts when another column adds up — or when none does but the 合计's own 执行率 is
    // the rows' sums' ratio and not its printed figures' (the rate was worked from the rows: the 合计 figures are off).
    const rowSums = new Map(
      verdicts.map(({ col, total, values, v }) => [
        col,
        v.kind === 'ok' ? total.value : showAs(v.total, [...values, total]),
      ]),
    );
    if (!verdicts.some((x) => x.v.kind === 'ok') && !rateConfirms(rows[last]!, rowSums)) return;
    for (const { col, total, values, v } of verdicts) {
      const li = rows[last]!.cells[col]!.line;
      const partsText = values.map((p) => p.value).join(' + ');
      claim(ctx, 'sum', li, 0, v.kind !== 'wrong', `${names[col]}：${partsText}，合计${total.value}`);
      if (v.kind === 'ok') continue;
      const sum = showAs(v.total, [...values, total]);
      if (v.kind === 'wrong') {
        wrong.add(col);
        sums.set(col, sum);
      }
      report(
        ctx,
        li,
        'sum.parts',
        v.severity,
        `${label} ${rows[last]!.cells.map((c) => c.text.trim())
          .filter(Boolean)
          .join(' ')}`,
        sum,
        total.value,
        `“${names[col]}”各行之和 ${partsText} = ${sum}，与合计${total.value}不符。`,
      );
    }
  }
}

/** A row opening another breakdown of the total: "按资金来源分：", "按支出性质分". */
const BREAKDOWN_LABEL = /^按[\u4e00-\u9fa5]{1,8}分?[：:]?$/;
