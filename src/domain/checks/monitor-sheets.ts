/**
 * A 项目绩效运行监控表 of one project, printed one per page (`pdftotext -layout`): a title "YYYY年1—N月…监控表",
 * the project's name lines, a 项目资金 part (年度资金总额 / 财政拨款 / 其他资金 rows under 年度预算数 | 1—N月执行数 |
 * 执行率 | 全年预计执行数 | 全年预计执行率, with a 偏差原因 text beside them), an indicator part (年度指标值 | 1—N月实际完成值 |
 * 完成进度 | 全年预计完成值 | 完成目标可能性 | 偏差原因类型 marks) and an 执行情况说明 paragraph, then 填报日期. The header
 * labels wrap inside narrow cells and pdftotext sets their pieces where they fall, so the table model cannot place them:
 * the parts are read here line by line, by the order of their figures.
 *  - Money rows: each row's figures are read by count (a "—" or a bracketed note holding its place). A rate column
 *    is found by the rows themselves: column r is outturn o ÷ budget b × 100 in a row where o ≠ b (any two columns
 *    left of it); a row where r holds against none of the pairs found for it is wrong (`completion.percent`).
 *    Read only under a header naming a 预算 and an 执行率.
 *  - Indicator rows: 年度指标值, 实际完成值, 完成进度 printed in that order (their header labels start in that order)
 *    and one after another in the row, target and actual in the same unit: 完成进度 = actual ÷ target × 100
 *    (`completion.target`). A ceiling ("≤") is not read; a floor of a rate ("≥95%") or a rate target may print the
 *    rate reached itself; a progress capped at 100 or the target ÷ the actual (a lower-is-better indicator) holds.
 *  - The 执行情况说明: a clause saying what was done ("已完成…1,480亩") whose one figure is in the unit of exactly one
 *    indicator row sharing four characters of its name must state that row's actual (`figure.text-table`) — not
 *    a clause of a plan, the year's forecast or what remains.
 *  - The title's year against the 填报日期 under the table: a date before the period's end month, or a year or more
 *    after it, means one of the two is wrong (`year.mismatch`, the title reported).
 */
import { longestCommonRun } from './layout-chars.ts';
import { completionPercent, dec } from '../money/index.ts';
import { claim, report, type Ctx } from './context.ts';
import { printedPlaces } from './numbers.ts';
import {
  judgeRatio,
  judgeSum,
  SHARE,
  show,
  showAs,
  verdictClause,
  type Printed,
  type RatioVerdict,
} from './verdict.ts';
import { mentionsAll } from './document-words.ts';

const TITLE =
  /(20\d\d)\s*年\s*(?:度\s*)?(?:1\s*[—–\-－~～至]+\s*(\d{1,2})\s*月|(上半年)|(前三季度))[^，。；]{0,30}监控[^，。；]{0,8}表/;
/** A title line without its period, and the period under it. */
const TITLE_ALONE = /^[\u4e00-\u9fa5]{0,20}监控[^，。；]{0,8}表$/;
const PERIOD_LINE = /^[（(]\s*(20\d\d)\s*年\s*1\s*[—–\-－~～至]+\s*(\d{1,2})\s*月\s*[）)]$/;
/** Lines that end a header from above: the project's name lines, the filing line, the unit line. */
const HEAD_STOP = /项目名称|实施单位|主管部门|填报单位|单位[：:]|监控[^，。]{0,8}表/;
/** A money row's label: the funds total and its sources. */
const FUND =
  /资金总额|年度资金|合\s*计|总\s*计|财政拨款|财政资金|其他资金|自筹|中央|省级|市级|州级|县级|本级|上级|社会资金|单位资金/;
/** A figure cell: an amount or a rate (with its % or not), a bracketed note after it; or a dash for a blank. */
const FIGURE = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)([%％])?(?:[（(][^）)]*[）)])?$/;
const DASH = /^[—–\-－/／]+(?:[（(][^）)]*[）)])?$/;
const FILED = /(?:填报|填表|报送)日期[：:]?\s*(20\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

type Cell = { value: string; places: number } | null;
type MoneyRow = { line: number; label: string; cells: Cell[]; raw: string[] };

export function checkMonitorSheets(ctx: Ctx): void {
  // (Every sheet is read under its title naming 监控…表.)
  if (!mentionsAll(ctx, ['监控'])) return;
  const n = ctx.layout.normalised.length;
  const titles: { line: number; year: number; months: number; at: number }[] = [];
  for (let i = 0; i < n; i++) {
    const text = ctx.layout.normalised[i]!.trim();
    if (text.length > 60 || ctx.layout.dropped.has(i)) continue;
    const t = TITLE.exec(text);
    if (t)
      titles.push({ line: i, year: Number(t[1]), months: t[3] ? 6 : t[4] ? 9 : Number(t[2]), at: t.index });
    // "项目支出绩效运行监控表" over "（2024年1—8月）": the period on a line of its own under the title (which may
    // have been dropped as page furniture, printed over each sheet).
    else {
      const p = PERIOD_LINE.exec(text);
      if (p && i > 0 && TITLE_ALONE.test(ctx.layout.normalised[i - 1]!.trim()))
        titles.push({ line: i, year: Number(p[1]), months: Number(p[2]), at: p.index });
    }
  }
  titles.forEach((title, k) => {
    const end = k + 1 < titles.length ? titles[k + 1]!.line : n;
    const money = checkMoney(ctx, title.line + 1, end);
    const rows = checkIndicators(ctx, money.after, end);
    const from = rows.length > 0 ? rows[rows.length - 1]!.line + 1 : money.after;
    checkExplanation(ctx, from, end, rows, money.whole, title.months);
    checkFiled(ctx, title, end);
  });
}

const text = (ctx: Ctx, i: number): string => (ctx.layout.dropped.has(i) ? '' : ctx.layout.normalised[i]!);

/** The cells of a row's figures: the longest run of figure or dash words (three or more), its label before it. */
function figureRun(words: readonly string[]): { from: number; to: number } | null {
  let best: { from: number; to: number } | null = null;
  for (let i = 0; i < words.length;) {
    if (!FIGURE.test(words[i]!) && !DASH.test(words[i]!)) {
      i++;
      continue;
    }
    let j = i;
    while (j < words.length && (FIGURE.test(words[j]!) || DASH.test(words[j]!))) j++;
    if (!best || j - i > best.to - best.from) best = { from: i, to: j };
    i = j;
  }
  return best && best.to - best.from >= 3 ? best : null;
}

const cellOf = (word: string): Cell => {
  const m = FIGURE.exec(word);
  if (!m) return null;
  const value = m[1]!.replace(/,/g, '');
  return { value, places: printedPlaces(value) };
};

/**
 * The 项目资金 part between `from` and `end`: its rows' 执行率 judged. Returns the line to read the indicator part
 * from (after the last money row; `from` when there is none).
 */
function checkMoney(ctx: Ctx, from: number, end: number): { after: number; whole: WholeRates } {
  const rows: MoneyRow[] = [];
  let first = -1;
  for (let i = from; i < end; i++) {
    const line = text(ctx, i).trim();
    if (line === '') continue;
    if (/指标值|目标值/.test(line)) break;
    const words = line.split(/\s+/);
    const run = figureRun(words);
    if (!run) continue;
    // (The part's caption's unit printed before the first row's label — "（万元）" — is left out.)
    const label = words
      .slice(0, run.from)
      .join('')
      .replace(/^[（(][^）)]*[）)]/, '');
    if (!FUND.test(label) || /\d/.test(label)) continue;
    if (first < 0) first = i;
    const raw = words.slice(run.from, run.to);
    rows.push({ line: i, label, cells: raw.map(cellOf), raw });
  }
  if (rows.length === 0) return { after: from, whole: [] };
  const after = rows[rows.length - 1]!.line + 1;
  // The header above the first row, from the project's name lines down: it names a 预算 and an 执行率.
  let head = '';
  for (let i = first - 1; i >= from && i >= first - 6; i--) {
    const line = text(ctx, i);
    if (HEAD_STOP.test(line)) break;
    head = line.replace(/\s+/g, '') + head;
  }
  if (!/预算/.test(head) || !/行率/.test(head)) return { after, whole: [] };
  // Rows of the width most rows print (one cell per column, blanks as dashes).
  const widths = new Map<number, number>();
  for (const r of rows) widths.set(r.cells.length, (widths.get(r.cells.length) ?? 0) + 1);
  const width = [...widths].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  const table = rows.filter((r) => r.cells.length === width);
  // Amount columns: the budgets and outturns a rate column was found to be of.
  const amountCols = new Set<number>();
  const whole: WholeRates = [];
  for (let r = 2; r < width; r++) {
    // The (budget, outturn) pairs column r is the rate of, as some row shows (not a row whose two figures are equal).
    const pairs: { b: number; o: number; rows: Set<MoneyRow> }[] = [];
    for (let o = 1; o < r; o++)
      for (let b = 0; b < o; b++) {
        const held = new Set(
          table.filter((row) => nonTrivial(row, b, o) && verdict(row, b, o, r)?.kind === 'ok'),
        );
        if (held.size > 0) pairs.push({ b, o, rows: held });
      }
    if (pairs.length === 0) continue;
    for (const p of pairs) amountCols.add(p.b).add(p.o);
    for (const row of table) {
      const rate = row.cells[r];
      if (!rate) continue;
      const judged = pairs.flatMap((p) => {
        const v = verdict(row, p.b, p.o, r);
        return v ? [{ ...p, v }] : [];
      });
      // Held by a row other than this one: the column is a rate of that pair whatever this row prints.
      const others = judged.filter((p) => [...p.rows].some((x) => x !== row));
      if (others.length === 0) continue;
      const best = others.find((p) => p.v.kind !== 'wrong') ?? others[0]!;
      const out = row.cells[best.o]!;
      const base = row.cells[best.b]!;
      const v = best.v;
      const exact = v.kind === 'ok' ? rate.value : show(v.exact, rate.places);
      const arithmetic = `${out.value} ÷ ${base.value} × 100% = ${exact}%`;
      if (row === table[0] && WHOLE.test(row.label))
        whole.push({ out, rate, held: v.kind !== 'wrong', col: best.o, base: best.b, outHeld: true });
      claim(
        ctx,
        'completion',
        row.line,
        0,
        v.kind !== 'wrong',
        `${row.label}：${arithmetic}，表中${rate.value}%`,
      );
      if (v.kind === 'ok') continue;
      report(
        ctx,
        row.line,
        'completion.percent',
        v.severity,
        `${row.label} ${row.raw.join(' ')}`,
        `${exact}%`,
        `${rate.value}%`,
        `${row.label}执行率应为 ${arithmetic}，表中为${rate.value}%${verdictClause(v.kind)}。`,
      );
    }
  }
  // (An outturn the sources do not add up to is not held against the text: the table's fault is reported.)
  const wrongSums = checkSources(ctx, table, amountCols);
  // (Nor a rate of a wrong outturn or budget.)
  for (const w of whole) {
    if (wrongSums.has(w.col)) w.outHeld = false;
    if (wrongSums.has(w.col) || wrongSums.has(w.base)) w.held = false;
  }
  return { after, whole };
}

/** The 年度资金总额 row's rate columns in order (the period's, then the year's forecast): outturn, printed rate. */
type WholeRates = {
  out: Printed;
  rate: Printed;
  held: boolean;
  col: number;
  base: number;
  outHeld: boolean;
}[];

const WHOLE = /^(?:年度)?资金总额$|^合\s*计$|^总\s*计$/;
const SOURCES = [
  /^(?:其中[：:])?财政(?:拨款|资金)$/,
  /^(?:其中[：:])?(?:其他资金|自筹资金|社会资金|单位自有资金)$/,
];

/**
 * 年度资金总额 = 财政拨款 + 其他资金 in each amount column (the base or outturn of a rate found), when the rows are exactly the whole
 * and those two sources (no nested source under 财政拨款) and one amount column adds up (`sum.parts`).
 */
function checkSources(ctx: Ctx, table: readonly MoneyRow[], amountCols: ReadonlySet<number>): Set<number> {
  const wrong = new Set<number>();
  if (table.length !== 3 || !WHOLE.test(table[0]!.label)) return wrong;
  const parts = table.slice(1);
  if (!SOURCES.every((re, k) => re.test(parts[k]!.label))) return wrong;
  const verdicts = [];
  for (const c of [...amountCols].sort((a, b) => a - b)) {
    const total = table[0]!.cells[c];
    const values = parts.map((p) => p.cells[c] ?? (DASH.test(p.raw[c]!) ? { value: '0', places: 0 } : null));
    if (!total || values.some((v) => v === null)) continue;
    verdicts.push({ c, total, values: values as Printed[], v: judgeSum(values as Printed[], total) });
  }
  if (!verdicts.some((x) => x.v.kind === 'ok')) return wrong;
  for (const { c, total, values, v } of verdicts) {
    const text = values.map((x) => x.value).join(' + ');
    const li = table[0]!.line;
    claim(
      ctx,
      'sum',
      li,
      0,
      v.kind !== 'wrong',
      `${text} = ${v.kind === 'ok' ? total.value : showAs(v.total, [...values, total])}，${table[0]!.label}${total.value}`,
    );
    if (v.kind === 'ok') continue;
    const sum = showAs(v.total, [...values, total]);
    if (v.kind === 'wrong') wrong.add(c);
    report(
      ctx,
      li,
      'sum.parts',
      v.severity,
      `${table[0]!.label} ${table[0]!.raw.join(' ')}`,
      sum,
      total.value,
      `${table[0]!.label}应为${parts.map((p) => p.label.replace(/^其中[：:]/, '')).join(' + ')} = ${text} = ${sum}，表中为${total.value}。`,
    );
  }
  return wrong;
}

function nonTrivial(row: MoneyRow, b: number, o: number): boolean {
  const [x, y] = [row.cells[b], row.cells[o]];
  return !!x && !!y && !dec(x.value).eq(y.value) && !dec(y.value).isZero();
}

function verdict(row: MoneyRow, b: number, o: number, r: number): RatioVerdict | null {
  const [base, out, rate] = [row.cells[b], row.cells[o], row.cells[r]];
  if (!base || !out || !rate || dec(base.value).isZero()) return null;
  return judgeRatio(rate, [out, base], ([x, y]) => completionPercent(x!, y!), SHARE);
}

/** A target or an actual: a figure and its unit, a bound before it. */
const VALUE =
  /^(≥|≤|>|<|＞|＜|不低于|不少于|不超过|不高于)?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)([%％]|[\u4e00-\u9fa5]{1,4}|[a-zA-Z²³]{1,4})$/;
const FLOOR = /^(≥|>|＞|不低于|不少于)$/;

export type IndicatorRow = { line: number; name: string; unit: string; target: string; actual: string };

/**
 * An indicator row of line `line` whose words hold the target at `t` (VALUE's groups: bound, figure, unit) and the
 * actual (likewise): its name is the words before the target, the 二级/三级 labels printed before it dropped.
 */
export function indicatorRow(
  line: number,
  words: readonly string[],
  t: number,
  unit: string,
  target: RegExpExecArray,
  actual: RegExpExecArray,
): IndicatorRow {
  const name = words
    .slice(0, t)
    .join('')
    .replace(/^(?:[\u4e00-\u9fa5]{0,4}指标)+/, '');
  return { line, name, unit, target: target[2]!.replace(/,/g, ''), actual: actual[2]!.replace(/,/g, '') };
}

/** The indicator part from `from` to `end`: each row's 完成进度 judged; the rows read (for the text). */
function checkIndicators(ctx: Ctx, from: number, end: number): IndicatorRow[] {
  // The header: the line naming the target, the progress within two lines of it; the labels start in order.
  let headAt = -1;
  for (let i = from; i < end && headAt < 0; i++) if (/指标值|目标值/.test(text(ctx, i))) headAt = i;
  if (headAt < 0) return [];
  const starts = (re: RegExp): number => {
    let best = -1;
    for (let i = Math.max(from, headAt - 2); i <= Math.min(end - 1, headAt + 2); i++) {
      const m = re.exec(text(ctx, i));
      if (m && (best < 0 || m.index < best)) best = m.index;
    }
    return best;
  };
  const targetAt = starts(/年度指标值|年度目标值|指标值|目标值/);
  const actualAt = starts(/实际完成|实际完|(?<!预计)完成值|完成数/);
  const progressAt = starts(/完成进度|完成率|完成比例/);
  if (targetAt < 0 || actualAt < 0 || progressAt < 0 || !(targetAt < actualAt && actualAt < progressAt))
    return [];
  const rows: IndicatorRow[] = [];
  for (let i = headAt + 1; i < end; i++) {
    const line = text(ctx, i).trim();
    if (/说明|填表人|填报日期/.test(line)) break;
    const words = line.split(/\s+/);
    const t = words.findIndex((w) => VALUE.test(w));
    if (t < 1) continue;
    const target = VALUE.exec(words[t]!)!;
    const actual = VALUE.exec(words[t + 1] ?? '');
    if (!actual || actual[1]) continue;
    const unit = target[3]!.replace('％', '%');
    // (A date or a period — "12月", "30天" — is no quantity the progress is of.)
    if (unit !== actual[3]!.replace('％', '%') || /^(?:年|月|日|天|季度|时|小时|分钟|号)/.test(unit))
      continue;
    const row = indicatorRow(i, words, t, unit, target, actual);
    rows.push(row);
    const progress = cellOf(words[t + 2] ?? '');
    if (!progress || (target[1] && !FLOOR.test(target[1]))) continue;
    judgeProgress(ctx, row, progress, target[1] ?? '', `${words.slice(t, t + 3).join(' ')}`);
  }
  return rows;
}

export function judgeProgress(
  ctx: Ctx,
  row: IndicatorRow,
  progress: Printed,
  bound: string,
  cells: string,
): void {
  const t = { value: row.target, places: printedPlaces(row.target) };
  const a = { value: row.actual, places: printedPlaces(row.actual) };
  if (dec(t.value).isZero() || dec(a.value).isZero()) return;
  const v = judgeRatio(progress, [a, t], ([x, y]) => completionPercent(x!, y!), SHARE);
  if (!v) return;
  const capped = dec(a.value).gte(t.value) && dec(progress.value).eq(100);
  const inverse = judgeRatio(progress, [t, a], ([x, y]) => completionPercent(x!, y!), SHARE)?.kind === 'ok';
  // (A rate's progress may be the rate reached: "96.40%" → 96.40.)
  const reached = row.unit === '%' && dec(progress.value).eq(a.value);
  const ok = v.kind !== 'wrong' || capped || inverse || reached;
  const exact = v.kind === 'ok' ? progress.value : show(v.exact, progress.places);
  const arithmetic = `实际完成值${a.value}${row.unit} ÷ 年度指标值${bound}${t.value}${row.unit} × 100% = ${exact}%`;
  claim(ctx, 'completion', row.line, 0, ok, `${row.name}：${arithmetic}，表中${progress.value}%`);
  if (ok && (v.kind !== 'rounding' || capped || inverse || reached)) return;
  report(
    ctx,
    row.line,
    'completion.target',
    v.severity,
    `${row.name} ${cells}`,
    `${exact}%`,
    `${progress.value}%`,
    `${row.name}完成进度应为 ${arithmetic}，表中为${progress.value}%${verdictClause(v.kind)}。`,
  );
}

const DONE = /完成|累计|实际/;
const NOT_DONE = /计划|目标|预计|全年|年度|剩余|尚|未|还需|还有|将|力争|拟|下半年|争取|预期/;
const CLAUSE_FIGURE = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*([\u4e00-\u9fa5]{1,4})/g;

/**
 * The 执行情况说明 under the tables: a figure of what was done against its indicator row's actual; the outturn and
 * 执行率 against the 年度资金总额 row's.
 */
function checkExplanation(
  ctx: Ctx,
  from: number,
  end: number,
  rows: readonly IndicatorRow[],
  whole: WholeRates,
  months: number,
): void {
  if (rows.length === 0 && whole.length === 0) return;
  for (let li = from; li < end; li++) {
    const line = ctx.lines[li] ?? '';
    if (!line.includes('。') && !line.includes('，')) continue;
    let at = 0;
    for (const clause of line.split(/[，。；;]/)) {
      checkClause(ctx, li, at, clause, rows, months);
      checkMoneyClause(ctx, li, at, clause, whole, months);
      at += clause.length + 1;
    }
  }
}

const SPENT =
  /(?:累计|实际|已)?(?:支出|执行)(?:资金)?\s*(?:了|为|达)?\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*万元/;
const RATE_STATED = /执行率\s*(?:为|达到?)?\s*(\d+(?:\.\d+)?)\s*[%％]/;
const FORECAST = /预计|全年/;
/** Words of another figure than the whole's outturn: a source, a budget, a part, a plan, last year. */
const OTHER_FIGURE =
  /其中|财政|其他资金|自筹|预算|结转|下达|到位|计划|主要|上年|同期|序时|进度|中央|省|市|县|州|本级|上级|专项|自有|社会|债券|单位|[、和及]/;

/**
 * A clause of the 说明 restating the 年度资金总额 row's outturn ("累计支出X万元") or 执行率 ("1—N月执行率Y%"), or, with
 * 预计 / 全年, the year's forecast and its rate: it must print the row's figure (`figure.text-table`). A rate the
 * table prints wrong is not held against the text; a figure another rule found wrong on the line is that finding.
 */
function checkMoneyClause(
  ctx: Ctx,
  li: number,
  at: number,
  clause: string,
  whole: WholeRates,
  months: number,
): void {
  if (whole.length === 0 || OTHER_FIGURE.test(clause) || otherPeriod(clause, months)) return;
  const forecast = FORECAST.test(clause);
  if (forecast && whole.length !== 2) return;
  const cols = whole[forecast ? 1 : 0]!;
  const what = forecast ? '全年预计' : `1—${months}月`;
  const spent = SPENT.exec(clause);
  const rate = RATE_STATED.exec(clause);
  if (!!spent === !!rate) return;
  const m = (spent ?? rate)!;
  const value = m[1]!.replace(/,/g, '');
  const table = spent ? cols.out.value : cols.rate.value;
  if (rate ? !cols.held : !cols.outHeld) return;
  const unit = spent ? '万元' : '%';
  const ok = dec(value).eq(table);
  claim(
    ctx,
    'figure',
    li,
    at + m.index,
    ok,
    `正文${value}${unit}，表中年度资金总额${what}${spent ? '执行数' : '执行率'}${table}${unit}`,
  );
  if (ok) return;
  const line = ctx.layout.lineAt(li, at + m.index) + 1;
  if (
    ctx.findings.some(
      (f) => f.line === line && [f.found, f.expected].some((x) => x.replace(/,|万元|%/g, '') === value),
    )
  )
    return;
  report(
    ctx,
    li,
    'figure.text-table',
    'error',
    clause.trim(),
    `${table}${unit}`,
    `${m[1]}${unit}`,
    `正文称${clause.trim()}，表中年度资金总额${what}${spent ? '执行数' : '执行率'}为${table}${unit}，二者不符。`,
    at + m.index + m[0].indexOf(m[1]!),
  );
}

function checkClause(
  ctx: Ctx,
  li: number,
  at: number,
  clause: string,
  rows: readonly IndicatorRow[],
  months: number,
): void {
  const figures = [...clause.matchAll(CLAUSE_FIGURE)].filter((m) => !/^[年月日]/.test(m[2]!));
  if (figures.length !== 1 || !DONE.test(clause) || NOT_DONE.test(clause) || otherPeriod(clause, months))
    return;
  const m = figures[0]!;
  const value = m[1]!.replace(/,/g, '');
  const words = clause.replace(/[^\u4e00-\u9fa5]/g, '');
  const candidates = rows
    .filter((r) => r.unit !== '%' && m[2]!.startsWith(r.unit))
    .map((r) => ({ r, common: longestCommonRun(words, r.name) }))
    .filter((c) => c.common >= 4)
    .sort((a, b) => b.common - a.common);
  if (candidates.length === 0 || (candidates.length > 1 && candidates[1]!.common === candidates[0]!.common))
    return;
  const row = candidates[0]!.r;
  const ok = dec(value).eq(row.actual);
  claim(
    ctx,
    'figure',
    li,
    at + m.index!,
    ok,
    `正文${value}${row.unit}，表中${row.name}实际完成值${row.actual}${row.unit}`,
  );
  if (ok) return;
  report(
    ctx,
    li,
    'figure.text-table',
    'error',
    clause.trim(),
    `${row.actual}${row.unit}`,
    `${m[1]}${row.unit}`,
    `正文称${clause.trim()}，表中“${row.name}”1—${months}月实际完成值为${row.actual}${row.unit}，二者不符。`,
    at + m.index!,
  );
}

/** Whether a clause names a month other than the sheet's last ("截至7月底" in a 1—6月 sheet): another period. */
function otherPeriod(clause: string, months: number): boolean {
  return [...clause.matchAll(/(\d{1,2})\s*月/g)].some((m) => Number(m[1]) !== months);
}

/** The title's year against the 填报日期 of its table (the next one before the next title). */
function checkFiled(
  ctx: Ctx,
  title: { line: number; year: number; months: number; at: number },
  end: number,
): void {
  if (title.months < 1 || title.months > 11) return;
  for (let i = title.line + 1; i < end; i++) {
    const d = FILED.exec(text(ctx, i));
    if (!d) continue;
    const [dy, dm] = [Number(d[1]), Number(d[2])];
    const after = dy * 12 + dm - (title.year * 12 + title.months);
    const ok = after >= 0 && after < 12;
    claim(
      ctx,
      'year',
      title.line,
      title.at,
      ok,
      `${title.year}年1—${title.months}月的监控表，填报日期${dy}年${dm}月`,
    );
    if (ok) return;
    // (A title whose year the heading rule found not the document's is that finding.)
    const line = ctx.layout.lineAt(title.line, title.at) + 1;
    if (ctx.findings.some((f) => f.line === line && f.rule === 'year.heading')) return;
    report(
      ctx,
      title.line,
      'year.mismatch',
      'error',
      text(ctx, title.line).trim(),
      `${dy}年`,
      `${title.year}年`,
      `监控表标题为${title.year}年1—${title.months}月，其填报日期却是${d[1]}年${d[2]}月${d[3]}日：${after < 0 ? '早于监控期结束' : '晚于监控期一年以上'}，标题年份（或填报日期）有误。`,
      title.at,
    );
    return;
  }
}
