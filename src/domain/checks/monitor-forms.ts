/**
 * The tables of a 绩效运行监控报告 printed by `pdftotext -layout` with their labels wrapped in narrow cells — a
 * summary of the projects (names over two or three lines, a 偏差原因 column wrapped too) and one 绩效目标运行监控表
 * a project, titled without a period ("表2 …绩效目标运行监控表"). The layout cannot place their cells, so each
 * titled table is read here line by line, from its title to the next title or heading:
 *  - Rows of figures (a run of at least four plain figures, the same width in at least three rows), under a
 *    header naming 执行率: a rate column is found by the rows themselves — column r is outturn o ÷ budget b × 100
 *    in at least two other rows (o ≠ b) — and a row where r holds against none of the pairs so found is wrong
 *    (`completion.percent`); the 合计 row, last, is the sum of the rows above in each amount column of a pair,
 *    when at least one such column adds up (`sum.parts`). A table another rule read (a claim on a row) is left to it.
 *  - A 监控表's funds block, read as its lines joined: "年度预算数 X 其中：财政拨款 Y 其他资金 Z" — the sources, the
 *    last of them 其他…, must add up to X (`sum.parts`).
 *  - A 监控表's indicator rows under "年度指标值 | 1—N月实际完成值 | (全年预计完成值) | 完成进度", the labels starting in
 *    that order in the header's first line: 完成进度 = actual ÷ target × 100 (monitor-sheets.ts judgeProgress);
 *    a target whose unit wrapped onto the next line ("≥4800批" / "次") is read in the actual's unit.
 */
import { claim, report, type Ctx } from './context.ts';
import { indicatorRow, judgeProgress } from './monitor-sheets.ts';
import { printedPlaces } from './numbers.ts';
import { completionPercent, dec } from '../money/index.ts';
import { judgeRatio, judgeSum, SHARE, show, showAs, verdictClause, type Printed } from './verdict.ts';

/** A table's title: "表3 …表" / "…监控表", a short line of its own. */
const TITLE = /^(?:表\s*\d{1,2}\s*)?[\u4e00-\u9fa5“”"（）()0-9\-—]{2,50}表$/;
const MONITOR_TITLE = /监控表$/;
const HEADING =
  /^(?:[一二三四五六七八九十]+\s*[、.．]|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+部分)/;
const FIGURE = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)([%％])?$/;
const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;

const squash = (s: string): string => s.replace(/\s+/g, '');
const printed = (text: string): Printed => {
  const value = text.replace(/,/g, '');
  return { value, places: printedPlaces(value) };
};

type Region = { title: number; from: number; end: number; monitor: boolean };

export function checkMonitorForms(ctx: Ctx): void {
  const lines = ctx.layout.normalised;
  const titles: { line: number; monitor: boolean }[] = [];
  for (let i = 0; i < lines.length; i++) {
    // (A title ends with 表: the lines without one are not squashed.)
    if (ctx.layout.dropped.has(i) || !lines[i]!.includes('表')) continue;
    const t = squash(lines[i]!);
    if (t.length <= 60 && TITLE.test(t) && /^表\s*\d|监控表$/.test(t))
      titles.push({ line: i, monitor: MONITOR_TITLE.test(t) });
  }
  const claimed = new Set(ctx.claims.map((c) => c.line - 1));
  titles.forEach((t, k) => {
    const limit = k + 1 < titles.length ? titles[k + 1]!.line : lines.length;
    let end = t.line + 1;
    while (end < limit && !HEADING.test(lines[end]!.trim())) end++;
    const region: Region = { title: t.line, from: t.line + 1, end, monitor: t.monitor };
    checkRateRows(ctx, region, claimed);
    if (region.monitor) {
      const head = indicatorHeader(ctx, region);
      checkFunds(ctx, region, head?.line ?? region.end, claimed);
      if (head) checkIndicatorRows(ctx, region, head, claimed);
    } else {
      // A summary of the projects' core indicators, a project a row: "序号 项目名称 绩效指标 年度目标值 1—6月完成值 完成进度（%）".
      const head = indicatorHeader(ctx, region);
      if (head && !head.forecast) checkIndicatorRows(ctx, region, head, claimed);
    }
  });
}

const text = (ctx: Ctx, i: number): string => (ctx.layout.dropped.has(i) ? '' : ctx.layout.normalised[i]!);

type FigureRow = { line: number; cells: Printed[]; raw: string[]; label: string; after: string[] };

/** The longest run of plain figure words of a line (four or more), and the words before it. */
function figureRow(line: string, i: number): FigureRow | null {
  const words = line.trim().split(/\s+/);
  let best: { from: number; to: number } | null = null;
  for (let k = 0; k < words.length;) {
    if (!FIGURE.test(words[k]!)) {
      k++;
      continue;
    }
    let j = k;
    while (j < words.length && FIGURE.test(words[j]!)) j++;
    if (!best || j - k > best.to - best.from) best = { from: k, to: j };
    k = j;
  }
  if (!best || best.to - best.from < 4) return null;
  const raw = words.slice(best.from, best.to);
  return {
    line: i,
    raw,
    cells: raw.map((w) => printed(FIGURE.exec(w)![1]!)),
    label: words.slice(0, best.from).join(''),
    after: words.slice(best.to),
  };
}

function checkRateRows(ctx: Ctx, region: Region, claimed: ReadonlySet<number>): void {
  const rows: FigureRow[] = [];
  let first = -1;
  for (let i = region.from; i < region.end; i++) {
    const r = figureRow(text(ctx, i), i);
    if (!r) continue;
    if (first < 0) first = i;
    rows.push(r);
  }
  if (rows.length < 3) return;
  const heads: string[] = [];
  for (let i = region.from; i < first; i++) heads.push(squash(text(ctx, i)));
  if (!headNames(heads, '执行', '率') || !headNames(heads, '预', '算')) return;
  const widths = new Map<number, number>();
  for (const r of rows) widths.set(r.cells.length, (widths.get(r.cells.length) ?? 0) + 1);
  const width = [...widths].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
  const table = rows.filter((r) => r.cells.length === width);
  if (table.length < 3) return;
  // (A table another rule read — a claim on one of its rows — is left to it.)
  if (table.some((r) => claimed.has(r.line))) return;
  const found: { r: number; pairs: { b: number; o: number; rows: Set<FigureRow> }[] }[] = [];
  const amountCols = new Set<number>();
  for (let r = 2; r < width; r++) {
    const pairs: { b: number; o: number; rows: Set<FigureRow> }[] = [];
    for (let o = 1; o < r; o++)
      for (let b = 0; b < o; b++) {
        const held = new Set(
          table.filter((row) => nonTrivial(row, b, o) && rateVerdict(row, b, o, r)?.kind === 'ok'),
        );
        if (held.size >= 2) pairs.push({ b, o, rows: held });
      }
    for (const p of pairs) amountCols.add(p.b).add(p.o);
    if (pairs.length > 0) found.push({ r, pairs });
  }
  // (The 合计 row's rate of a column found not to add up is not judged: the sum's fault is reported.)
  const wrongSums = checkTotalRow(
    ctx,
    table,
    [...amountCols].sort((a, b) => a - b),
  );
  const total = table[table.length - 1]!;
  if (found.length > 0 && headNames(heads, '偏', '差') && heads.some((h) => h.includes('是否')))
    checkDeviationAnswers(ctx, table.slice(0, -1), found[0]!.pairs[0]!);
  for (const { r, pairs } of found) {
    for (const row of table) {
      const others = pairs.filter((p) => [...p.rows].filter((x) => x !== row).length >= 2);
      if (others.length === 0) continue;
      if (row === total && others.some((p) => wrongSums.has(p.b) || wrongSums.has(p.o))) continue;
      const judged = others.flatMap((p) => {
        const v = rateVerdict(row, p.b, p.o, r);
        return v ? [{ ...p, v }] : [];
      });
      if (judged.length === 0) continue;
      const best = judged.find((p) => p.v.kind !== 'wrong') ?? judged[0]!;
      const [rate, out, base] = [row.cells[r]!, row.cells[best.o]!, row.cells[best.b]!];
      const v = best.v;
      const exact = v.kind === 'ok' ? rate.value : show(v.exact, rate.places);
      const arithmetic = `${out.value} ÷ ${base.value} × 100% = ${exact}%`;
      claim(ctx, 'completion', row.line, 0, v.kind !== 'wrong', `${arithmetic}，表中${rate.value}%`);
      if (v.kind === 'ok') continue;
      report(
        ctx,
        row.line,
        'completion.percent',
        v.severity,
        `${row.label} ${row.raw.join(' ')}`.trim(),
        `${exact}%`,
        `${rate.value}%`,
        `执行率应为 ${arithmetic}，表中为${rate.value}%${verdictClause(v.kind)}。`,
      );
    }
  }
}

/**
 * Whether the header names a label "AB" (执行率, 预算): on one line, or wrapped in a narrow cell — A on a line,
 * B on a later one ("全年预" over "算").
 */
function headNames(heads: readonly string[], a: string, b: string): boolean {
  const at = heads.findIndex((h) => h.includes(a));
  return heads.some((h) => h.includes(a + b)) || (at >= 0 && heads.slice(at + 1).some((h) => h.includes(b)));
}

/** The 序时进度 the document states ("按时序进度（50%）衡量"): its one value, or null. */
function statedSchedule(ctx: Ctx): string | null {
  const values = new Set<string>();
  for (const line of ctx.lines)
    if (line.includes('进度'))
      for (const m of line.matchAll(/(?:时序|序时)进度(?:为|是)?[（(]?(\d{1,2}(?:\.\d{1,2})?)[%％]/g))
        values.add(dec(m[1]!).toString());
  return values.size === 1 ? [...values][0]! : null;
}

/**
 * A 是否存在偏差 column (the word right after a row's figures) against the 序时进度 the document states
 * (`monitor.deviation`): when every row answering 是 executes below it (执行率 from the row's amounts) and every
 * row answering 否 but one at or above it, that one — below it, answering 否 — is wrong.
 */
function checkDeviationAnswers(ctx: Ctx, rows: readonly FigureRow[], pair: { b: number; o: number }): void {
  const schedule = statedSchedule(ctx);
  if (schedule === null) return;
  const read = rows.flatMap((row) => {
    const answer = row.after[0];
    const base = row.cells[pair.b];
    const out = row.cells[pair.o];
    const rate = base && out ? completionPercent(out.value, base.value) : null;
    if ((answer !== '是' && answer !== '否') || rate === null) return [];
    return [{ row, answer, rate }];
  });
  if (read.length !== rows.length) return;
  const below = (x: (typeof read)[number]): boolean => x.rate.lt(schedule);
  const yes = read.filter((x) => x.answer === '是');
  const wrong = read.filter((x) => x.answer === '否' && below(x));
  if (yes.length === 0 || !yes.every(below) || wrong.length !== 1) return;
  const { row, rate } = wrong[0]!;
  const shown = rate.toFixed(2);
  claim(ctx, 'completion', row.line, 0, false, `执行率${shown}%低于序时进度${schedule}%，是否存在偏差为“否”`);
  report(
    ctx,
    row.line,
    'monitor.deviation',
    'error',
    `${row.label} ${row.raw.join(' ')} ${row.after.join(' ')}`.trim(),
    '是',
    '否',
    `该项目执行率${shown}%低于文中所述序时进度${schedule}%，表中其他低于序时进度的项目均填“是”，此处填为“否”。`,
  );
}

function nonTrivial(row: FigureRow, b: number, o: number): boolean {
  const [x, y] = [row.cells[b], row.cells[o]];
  return !!x && !!y && !dec(x.value).eq(y.value) && !dec(y.value).isZero();
}

function rateVerdict(row: FigureRow, b: number, o: number, r: number) {
  const [base, out, rate] = [row.cells[b], row.cells[o], row.cells[r]];
  if (!base || !out || !rate || dec(base.value).isZero()) return null;
  return judgeRatio(rate, [out, base], ([x, y]) => completionPercent(x!, y!), SHARE);
}

/**
 * The 合计 row, last, against the rows above it in each amount column (when one of them adds up); returns the
 * columns found not to add up.
 */
function checkTotalRow(ctx: Ctx, table: readonly FigureRow[], cols: readonly number[]): Set<number> {
  const wrong = new Set<number>();
  const total = table[table.length - 1]!;
  if (!/^(?:合计|总计)$/.test(total.label) || cols.length === 0) return wrong;
  const parts = table.slice(0, -1);
  if (parts.length < 2 || parts.some((p) => /合计|小计|总计|其中/.test(p.label))) return wrong;
  const verdicts = cols.map((c) => ({
    c,
    v: judgeSum(
      parts.map((p) => p.cells[c]!),
      total.cells[c]!,
    ),
  }));
  if (!verdicts.some((x) => x.v.kind === 'ok')) return wrong;
  for (const { c, v } of verdicts) {
    const figures = [...parts.map((p) => p.cells[c]!), total.cells[c]!];
    const t = total.cells[c]!.value;
    const sum = v.kind === 'ok' ? t : showAs(v.total, figures);
    claim(ctx, 'sum', total.line, 0, v.kind !== 'wrong', `各行之和 ${sum}，合计${t}`);
    if (v.kind === 'ok') continue;
    if (v.kind === 'wrong') wrong.add(c);
    report(
      ctx,
      total.line,
      'sum.parts',
      v.severity,
      `${total.label} ${total.raw.join(' ')}`,
      sum,
      t,
      `合计行第${c + 1}个数应为以上各行之和 ${parts.map((p) => p.cells[c]!.value).join(' + ')} = ${sum}，表中为${t}${verdictClause(v.kind)}。`,
    );
  }
  return wrong;
}

/** Sources of a project's funds a 监控表 lists after 其中. */
const SOURCE =
  '财政拨款|财政资金|一般公共预算(?:资金)?|政府性基金(?:预算)?(?:资金)?|上级(?:补助|资金)|本级(?:财政)?资金|自筹资金|单位自有资金|社会资金|其他资金';
const FUNDS = new RegExp(
  String.raw`(?:年度)?预算(?:数)?[（(]?(?:万元)?[）)]?${NUMBER}(?![\d.,%％])其中[：:]?((?:(?:${SOURCE})(?:[（(]?万元[）)]?)?\d[\d,]*(?:\.\d+)?(?![\d.,%％]))+)`,
);
const SOURCE_ITEM = new RegExp(`(${SOURCE})(?:[（(]?万元[）)]?)?${NUMBER}`, 'g');

/** "年度预算数 X 其中：财政拨款 Y 其他资金 Z" in the lines from the title to `to`, joined: Y + Z = X. */
function checkFunds(ctx: Ctx, region: Region, to: number, claimed: ReadonlySet<number>): void {
  let joined = '';
  const lineOf: number[] = [];
  for (let i = region.from; i < to; i++) {
    const s = squash(text(ctx, i));
    joined += s;
    for (let k = 0; k < s.length; k++) lineOf.push(i);
  }
  const m = FUNDS.exec(joined);
  if (!m) return;
  const items = [...m[2]!.matchAll(SOURCE_ITEM)];
  if (items.length < 2 || !/其他/.test(items[items.length - 1]![1]!)) return;
  const total = printed(m[1]!);
  const parts = items.map((it) => printed(it[2]!));
  const v = judgeSum(parts, total);
  const li = lineOf[m.index + m[0].indexOf(m[1]!)]!;
  if (claimed.has(li)) return;
  const names = items.map((it) => it[1]!);
  const added = parts.map((p) => p.value).join(' + ');
  const sum = v.kind === 'ok' ? total.value : showAs(v.total, [...parts, total]);
  claim(
    ctx,
    'sum',
    li,
    0,
    v.kind !== 'wrong',
    `${names.join(' + ')} = ${added} = ${sum}，年度预算数${total.value}`,
  );
  if (v.kind === 'ok') return;
  report(
    ctx,
    li,
    'sum.parts',
    v.severity,
    m[0],
    sum,
    total.value,
    `年度预算数应为其中${names.join(' + ')} = ${added} = ${sum}，表中为${total.value}${verdictClause(v.kind)}。`,
  );
}

/** `percent`: the progress column headed "完成进度（%）", its cells printed bare. */
type IndicatorHead = { line: number; forecast: boolean; percent: boolean };

/** The indicator part's header: its first line names the target, the actual, (the forecast,) the progress in order. */
function indicatorHeader(ctx: Ctx, region: Region): IndicatorHead | null {
  for (let i = region.from; i < region.end; i++) {
    const t = squash(text(ctx, i));
    const target = t.search(/年度指|指标值|年度目标/);
    if (target < 0) continue;
    const actual = t.search(/实际|月实|(?<!预计)完成值/);
    const forecast = t.search(/全年预计|预计完成/);
    const progress = t.search(/完成进度|完成率/);
    if (actual < 0 || progress < 0 || !(target < actual && actual < progress)) return null;
    if (forecast >= 0 && !(actual < forecast && forecast < progress)) return null;
    const percent = /^(?:完成进度|完成率)(?:[（(][%％][）)]|[%％])$/.test(t.slice(progress));
    return { line: i, forecast: forecast >= 0, percent };
  }
  return null;
}

/** A target, an actual or a forecast: a bound, a figure, its unit (a bracketed note after it dropped). */
const VALUE = new RegExp(
  String.raw`^(≥|≤|>|<|＞|＜|不低于|不少于)?${NUMBER}([%％]|[\u4e00-\u9fa5]{1,4}|[a-zA-Z²³]{1,4})?(?:[（(][^）)]*[）)])?$`,
);
const PROGRESS = /^(\d+(?:\.\d+)?)[%％]$/;
const BARE_PROGRESS = /^(\d+(?:\.\d+)?)[%％]?$/;

function checkIndicatorRows(
  ctx: Ctx,
  region: Region,
  head: IndicatorHead,
  claimed: ReadonlySet<number>,
): void {
  const count = head.forecast ? 4 : 3;
  for (let i = head.line + 1; i < region.end; i++) {
    if (claimed.has(i)) continue;
    const all = text(ctx, i).trim().split(/\s+/);
    // (A row's 序号 before its name is not a value.)
    const words = /^\d{1,2}$/.test(all[0]!) && /^[\u4e00-\u9fa5]/.test(all[1] ?? '') ? all.slice(1) : all;
    const t = words.findIndex((w) => VALUE.test(w));
    if (t < 1 || t + count > words.length) continue;
    const values = words.slice(t, t + count - 1).map((w) => VALUE.exec(w));
    const progress = (head.percent ? BARE_PROGRESS : PROGRESS).exec(words[t + count - 1]!);
    if (!progress || values.some((v) => v === null)) continue;
    const [target, actual] = values as [RegExpExecArray, RegExpExecArray];
    const unit = actual[3] ?? '';
    // (A rate's target, a ceiling, a date or a period is not read; the target prints the actual's unit or the
    // start of it — the rest wrapped onto the next line — or none.)
    if (
      unit === '' ||
      /^[%％]$/.test(unit) ||
      actual[1] ||
      /^(?:年|月|日|天|季度|时|小时|分钟|号)/.test(unit)
    )
      continue;
    const tu = target[3] ?? '';
    if (/[%％]/.test(tu) || (tu !== '' && !unit.startsWith(tu))) continue;
    if (target[1] && !/^(≥|>|＞|不低于|不少于)$/.test(target[1])) continue;
    const row = indicatorRow(i, words, t, unit, target, actual);
    judgeProgress(ctx, row, printed(progress[1]!), target[1] ?? '', words.slice(t, t + count).join(' '));
  }
}
