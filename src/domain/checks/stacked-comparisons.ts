/**
 * A table comparing each item's budget, outturn and last year's outturn under a header stacked over several lines
 * ("2025 年预算 | 2025 年决算 | 2024 年决算" above, "项目 | 决算数占预算数% | 增减额 | 增减率" below, "数" under the
 * years): the words of the header, read by where they start, name the columns in order. Each row then holds
 * 占预算% = 决算 ÷ 预算, 增减额 = 决算 − 上年 and 增减率 = 增减额 ÷ 上年; a 合计 / 小计 row first or last in a table
 * of plain rows is the sum of the others; and last year's column names the year before this year's.
 *
 * Precision: the header must name every figure column once (a word not naming a column stops the reading), every
 * row must print one figure a column, a percentage only under a rate. A figure is called wrong only when the
 * row's other relations point at it: a 决算 breaking both its rate and its 增减额 is left to the rules summing it
 * (it is no rate's error), a 增减额 only when the 增减率 fits 决算 − 上年 and not it. A figure another rule has
 * already reported on its line is that finding.
 */
import { Dec, dec } from '../money/index.ts';
import { claim, report, type Ctx } from './context.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';
import { isWhite } from './layout-chars.ts';
import type { TableBlock } from './layout-blocks.ts';
import type { TableCell } from './table-row.ts';
import { judgeRatio, judgeSum, show, showAs, SHARE, type Printed } from './verdict.ts';

type Role = 'budget' | 'now' | 'ratio' | 'last' | 'diff' | 'rate';
type Word = { text: string; start: number; line: number };
type Fig = (Printed & { text: string; line: number }) | null;
type Row = { label: string; line: number; start: number; figs: Map<Role, Fig> };

const ROLE_NAMES: Record<Role, string> = {
  budget: '预算数',
  now: '决算数',
  ratio: '决算数占预算数%',
  last: '上年决算数',
  diff: '增减额',
  rate: '增减率',
};
const NUMBER = /^-?\d[\d,]*(\.\d+)?%?$/;
const DASH = /^[-—–－]+$/;
const TOTAL = /^(合计|小计|总计)$/;

/** What a header word names, with the year it names (null when none). */
function roleOf(text: string): { role: Role; year: number | null } | null {
  const year = /(20\d\d)年/.exec(text);
  const y = year ? Number(year[1]) : null;
  if (/增减额|增减数|增减金额|增加额|变动额/.test(text)) return { role: 'diff', year: y };
  if (/增减率|增长率|增减幅度|变动率|增减%/.test(text)) return { role: 'rate', year: y };
  if (/占.*预算|完成率|执行率|完成预算/.test(text)) return { role: 'ratio', year: y };
  if (/增减|增长|比较/.test(text)) return null;
  if (/预算/.test(text)) return { role: 'budget', year: y };
  if (/决算|支出数|执行数/.test(text)) {
    if (/上年/.test(text)) return { role: 'last', year: y };
    if (/本年/.test(text)) return { role: 'now', year: y };
    return y === null ? null : { role: 'now', year: y };
  }
  return null;
}

/** The header's words: cells of one line one space apart joined ("2025" "年预算"). */
function headerWords(cells: readonly TableCell[]): Word[] {
  const out: Word[] = [];
  let prev: TableCell | null = null;
  for (const c of cells) {
    const last = out[out.length - 1];
    // (Two words naming a column each stay apart: "增减额 增减率".)
    const joins = last && prev && c.line === prev.line && c.start - prev.end <= 1;
    if (joins && (roleOf(last.text) === null || roleOf(c.text) === null))
      last.text += c.text.replace(/\s+/g, '');
    else out.push({ text: c.text.replace(/\s+/g, ''), start: c.start, line: c.line });
    prev = c;
  }
  return out;
}

/**
 * Whether a cell's text may be a figure or a dash: its first character other than white space a digit, '-' or a
 * dash (NUMBER and DASH start with one) — the cheap test before the cell is copied without its white space.
 */
function mayBeFigure(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isWhite(c)) continue;
    return (c >= 48 && c <= 57) || c === 0x2d || c === 0x2014 || c === 0x2013 || c === 0xff0d;
  }
  return false;
}

const figureOf = (c: TableCell): Fig | undefined => {
  if (!mayBeFigure(c.text)) return undefined;
  const t = c.text.replace(/\s+/g, '');
  if (DASH.test(t)) return null;
  if (!NUMBER.test(t)) return undefined;
  const value = t.replace(/[,%]/g, '');
  const dot = value.indexOf('.');
  return { value, places: dot < 0 ? 0 : value.length - dot - 1, text: t, line: c.line };
};

/** The columns' roles in order and the rows, or null when the table is not read (see the file's comment). */
function readTable(
  b: TableBlock,
): { roles: Role[]; years: Map<Role, number | null>; rows: Row[]; head: number } | null {
  const first = b.rows.findIndex(
    (r) => r.cells.length > 2 && r.cells.slice(1).every((c) => figureOf(c) !== undefined),
  );
  if (first < 1) return null;
  const dataStart = Math.min(...b.rows[first]!.cells.slice(1).map((c) => c.start));
  const words = b.rows
    .slice(0, first)
    .flatMap((r) => headerWords(r.cells))
    .filter(
      (w) => !/^(数|项目|科目|名称|单位.*|%|（%）)$/.test(w.text) && w.start + w.text.length > dataStart - 2,
    )
    .sort((a, c) => a.start - c.start);
  const read = words.map((w) => roleOf(w.text));
  if (read.some((r) => r === null)) return null;
  // Two years' 决算 ("2025年决算数 | 2024年决算数"): the earlier is last year's.
  const dated = read.filter((r) => r!.role === 'now' && r!.year !== null);
  if (dated.length === 2) {
    const early = dated[0]!.year! < dated[1]!.year! ? dated[0]! : dated[1]!;
    early.role = 'last';
  }
  const roles = read.map((r) => r!.role);
  const years = new Map(read.map((r) => [r!.role, r!.year] as const));
  if (new Set(roles).size !== roles.length || !roles.includes('budget') || !roles.includes('now'))
    return null;
  if (roles.length < 4 || ((roles.includes('diff') || roles.includes('rate')) && !roles.includes('last')))
    return null;
  const ny = years.get('now');
  const ly = years.get('last');
  if (ny != null && ly != null && ly >= ny) return null;
  const rows: Row[] = [];
  for (const r of b.rows.slice(first)) {
    const [label, ...rest] = r.cells;
    if (!label || rest.length !== roles.length || figureOf(label) !== undefined) return null;
    const figs = new Map<Role, Fig>();
    for (let i = 0; i < rest.length; i++) {
      const f = figureOf(rest[i]!);
      if (f === undefined) return null;
      const pct = f !== null && f.text.endsWith('%');
      if (pct && roles[i] !== 'ratio' && roles[i] !== 'rate') return null;
      figs.set(roles[i]!, f);
    }
    rows.push({ label: label.text.replace(/\s+/g, ''), line: r.line, start: label.start, figs });
  }
  return rows.length > 0 ? { roles, years, rows, head: b.rows[0]!.line } : null;
}

export function checkStackedComparisons(ctx: Ctx): void {
  // (A table read names a 预算 column and a 决算 one: 决算, 支出数 or 执行数.)
  if (!mentionsAll(ctx, ['预算']) || !mentionsAny(ctx, ['决算', '支出数', '执行数'])) return;
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'table') continue;
    // (The 预算 column's word lies in a cell, or in two beside each other: the block holds its 预.)
    if (!b.rows.some((r) => r.cells.some((c) => c.text.includes('预')))) continue;
    const t = readTable(b);
    if (!t || !comparesLastYear(t.rows)) continue;
    const name = b.title ? `《${b.title}》` : '表格';
    checkLastYear(ctx, b, t.years, t.roles, name);
    const suspects = checkTotal(ctx, t.rows, name);
    for (const row of t.rows) checkRow(ctx, row, suspects, name);
  }
}

/**
 * A 增减额 that may be 决算 − 预算 (its header does not say 上年): read only when most rows agree with 决算 − 上年
 * (as table-claims.ts reads a one-line header).
 */
function comparesLastYear(rows: readonly Row[]): boolean {
  const held = rows.map((r) => diffHolds(r.figs)).filter((v) => v !== null);
  if (held.length === 0) return true;
  const agree = held.filter(Boolean).length;
  return agree >= 2 && agree * 2 >= held.length;
}

/** Last year's column naming a year other than the one before this year's (a comparison table's header). */
function checkLastYear(
  ctx: Ctx,
  b: TableBlock,
  years: Map<Role, number | null>,
  roles: Role[],
  name: string,
): void {
  const ny = years.get('now') ?? years.get('budget');
  const ly = years.get('last');
  if (!ny || !ly || (ctx.year !== null && ny !== ctx.year)) return;
  if (!roles.includes('diff') && !roles.includes('rate')) return;
  claim(ctx, 'year', b.first, 0, ly === ny - 1, `${name}${ny}年决算与${ly}年决算比较，上年应为${ny - 1}年`);
  if (ly === ny - 1) return;
  const cell = b.rows.flatMap((r) => r.cells).find((c) => c.text.includes(String(ly)));
  report(
    ctx,
    cell?.line ?? b.first,
    'year.mismatch',
    'error',
    `${ly}年决算`,
    `${ny - 1}年`,
    `${ly}年`,
    `${name}本年为${ny}年，与上年比较的列应为${ny - 1}年决算数，表头写作${ly}年。`,
    cell?.start,
  );
}

const reported = (ctx: Ctx, f: NonNullable<Fig>): boolean =>
  ctx.findings.some(
    (x) =>
      x.line === ctx.layout.lineAt(f.line, 0) + 1 && x.found.replace(/,/g, '') === f.text.replace(/,/g, ''),
  );

/**
 * A 合计 / 小计 row first or last of plain rows (no 其中, no indentation) against the sum of the others, in each
 * amount column: a column's total is wrong when the sum holds in two other columns and the total's own row rates
 * fit the sum (or it has none). Returns the figures found wrong.
 */
function checkTotal(ctx: Ctx, rows: readonly Row[], name: string): Set<Fig> {
  const wrong = new Set<Fig>();
  const totals = rows.filter((r) => TOTAL.test(r.label));
  if (totals.length !== 1 || rows.length < 3) return wrong;
  const total = totals[0]!;
  if (total !== rows[0] && total !== rows[rows.length - 1]) return wrong;
  const parts = rows.filter((r) => r !== total);
  if (parts.some((r) => /其中|^[-—－]/.test(r.label) || r.start !== total.start)) return wrong;
  const amounts: Role[] = ['budget', 'now', 'last', 'diff'];
  const sums = new Map<Role, { verdict: ReturnType<typeof judgeSum>; printed: Printed[]; sum: Dec }>();
  for (const role of amounts) {
    const t = total.figs.get(role);
    if (t === undefined || t === null) continue;
    const printed = parts.map((r) => r.figs.get(role) ?? { value: '0', places: t.places });
    const verdict = judgeSum(printed, t);
    sums.set(role, { verdict, printed, sum: printed.reduce((a, p) => a.plus(p.value), dec(0)) });
  }
  const holding = [...sums.values()].filter((s) => s.verdict.kind !== 'wrong').length;
  for (const [role, s] of sums) {
    const t = total.figs.get(role)!;
    const fixed = { ...t, value: showAs(s.sum, s.printed) };

    if (s.verdict.kind !== 'wrong' || holding < 2 || reported(ctx, t)) continue;
    if (!rowFits(new Map([...total.figs, [role, fixed]]), role)) continue;
    wrong.add(t);
    claim(
      ctx,
      'table',
      t.line,
      0,
      s.verdict.kind !== 'wrong',
      `${name}${total.label}${ROLE_NAMES[role]}：${s.printed.map((p) => p.value).join(' + ')}，表中${t.value}`,
    );
    const terms = parts.map((r, i) => `${r.label} ${s.printed[i]!.value}`).join(' + ');
    report(
      ctx,
      t.line,
      'table.total',
      'error',
      rowExcerpt(ctx, total),
      fixed.value,
      t.text,
      `${name}“${total.label}”的${ROLE_NAMES[role]}应为 ${terms} = ${fixed.value}，表中为${t.value}。`,
    );
  }
  return wrong;
}

/** Whether a row's relations that name `role` all hold (true when none does). */
function rowFits(figs: ReadonlyMap<Role, Fig>, role: Role): boolean {
  const checks: boolean[] = [];
  if (role === 'budget' || role === 'now') {
    const r = ratioHolds(figs);
    if (r !== null) checks.push(r);
  }
  if (role === 'now' || role === 'last' || role === 'diff') {
    const d = diffHolds(figs);
    if (d !== null) checks.push(d);
  }
  return checks.every(Boolean);
}

const has = (f: Fig | undefined): f is NonNullable<Fig> => f !== undefined && f !== null;

/** 占预算% = 决算 ÷ 预算 (null when not stated or the budget is 0). */
function ratioHolds(figs: ReadonlyMap<Role, Fig>): boolean | null {
  const [b, n, p] = [figs.get('budget'), figs.get('now'), figs.get('ratio')];
  if (!has(b) || !has(n) || !has(p) || dec(b.value).lte(0)) return null;
  const v = judgeRatio(p, [n, b], ([x, y]) => x!.div(y!).times(100), SHARE);
  return v === null ? null : v.kind !== 'wrong';
}

/** 决算 = 上年 + 增减额. */
function diffHolds(figs: ReadonlyMap<Role, Fig>): boolean | null {
  const [n, l, d] = [figs.get('now'), figs.get('last'), figs.get('diff')];
  if (!has(n) || !has(l) || !has(d)) return null;
  return judgeSum([l, d], n).kind !== 'wrong';
}

/** 增减率 = (a − 上年) ÷ 上年 with a the 决算 (`fromDiff` false) or 上年 + 增减额 (true), its sign too. */
function rateHolds(figs: ReadonlyMap<Role, Fig>, fromDiff: boolean): boolean | null {
  const [n, l, d, r] = [figs.get('now'), figs.get('last'), figs.get('diff'), figs.get('rate')];
  if (!has(l) || !has(r) || dec(l.value).lte(0)) return null;
  if (fromDiff ? !has(d) : !has(n)) return null;
  const delta = fromDiff ? dec(d!.value) : dec(n!.value).minus(l.value);
  const neg = r.value.startsWith('-');
  if (!delta.isZero() && !dec(r.value).isZero() && neg !== delta.isNeg()) return false;
  const printed = { value: r.value.replace(/^-/, ''), places: r.places };
  const v = fromDiff
    ? judgeRatio(printed, [d!, l], ([x, y]) => x!.abs().div(y!).times(100))
    : judgeRatio(printed, [n!, l], ([x, y]) => x!.minus(y!).abs().div(y!).times(100));
  return v === null ? null : v.kind !== 'wrong';
}

function rowExcerpt(ctx: Ctx, row: Row): string {
  return (ctx.lines[row.line] ?? '').trim().replace(/\s+/g, ' ');
}

/** The row's own relations, each figure judged only when the others point at it. */
function checkRow(ctx: Ctx, row: Row, suspects: ReadonlySet<Fig>, name: string): void {
  const figs = row.figs;
  if ([...figs.values()].some((f) => suspects.has(f))) return;
  const ratio = ratioHolds(figs);
  const diff = diffHolds(figs);
  const fromNow = rateHolds(figs, false);
  const fromDiff = rateHolds(figs, true);
  // (Each figure is read below only where the relation naming it was found to hold or fail.)
  const at = (k: Role): NonNullable<Fig> => figs.get(k)!;
  const [b, n, l, d, r, p] = (['budget', 'now', 'last', 'diff', 'rate', 'ratio'] as Role[]).map(at) as [
    NonNullable<Fig>,
    NonNullable<Fig>,
    NonNullable<Fig>,
    NonNullable<Fig>,
    NonNullable<Fig>,
    NonNullable<Fig>,
  ];
  const label = row.label;
  const ex = rowExcerpt(ctx, row);
  if (ratio !== null) {
    const exact = dec(n.value).div(b.value).times(100);
    // (A 决算 breaking its 增减额 too is the wrong figure, not its rate.)
    const blame = !ratio && diff !== false && !reported(ctx, p);
    if (ratio || blame)
      claim(
        ctx,
        'completion',
        p.line,
        0,
        ratio,
        `${name}${label}：${n.value} ÷ ${b.value} × 100% = ${show(exact, p.places)}%，表中${p.text}`,
      );
    if (blame)
      report(
        ctx,
        p.line,
        'completion.percent',
        'error',
        ex,
        `${show(exact, p.places)}%`,
        p.text,
        `${name}“${label}”决算数占预算数的比例应为 ${n.value} ÷ ${b.value} × 100% = ${show(exact, p.places)}%，表中为${p.text}。`,
      );
  }
  if (diff !== null) {
    const exact = showAs(dec(n.value).minus(l.value), [n, l]);
    // (The 增减额 is the odd one when the 增减率 fits the two years and not it, or, without a rate, the 决算 fits its budget.)
    const pointed = fromNow !== null ? fromNow && fromDiff === false : ratio === true;
    const blame = !diff && pointed && !reported(ctx, d);
    if (diff || blame)
      claim(
        ctx,
        'table',
        d.line,
        0,
        diff,
        `${name}${label}增减额：${n.value} − ${l.value} = ${exact}，表中${d.value}`,
      );
    if (blame)
      report(
        ctx,
        d.line,
        'table.change',
        'error',
        ex,
        exact,
        d.text,
        `${name}“${label}”增减额应为 ${n.value} − ${l.value} = ${exact}，表中为${d.value}。`,
      );
  }
  if (fromNow === null || fromNow) return;
  // 决算 − 上年 holding, the rate is judged by it; a 决算 breaking its budget rate and its 增减额, by the 增减额.
  const byDiff = diff === false && ratio === false;
  if (!(diff !== false || byDiff) || (byDiff && fromDiff !== false)) return;
  if (diff === null && ratio === false) return;
  const delta = byDiff ? dec(d.value) : dec(n.value).minus(l.value);
  const exact = `${delta.isNeg() ? '-' : ''}${show(delta.abs().div(l.value).times(100), r.places)}%`;
  const formula = byDiff ? `增减额 ${d.value} ÷ 上年 ${l.value}` : `(${n.value} − ${l.value}) ÷ ${l.value}`;
  claim(
    ctx,
    'change',
    r.line,
    0,
    false,
    `${name}${label}增减率：${formula} × 100% = ${exact}，表中${r.text}`,
  );
  if (!reported(ctx, r))
    report(
      ctx,
      r.line,
      'change.percent',
      'error',
      ex,
      exact,
      r.text,
      `${name}“${label}”增减率应为 ${formula} × 100% = ${exact}，表中为${r.text}。`,
    );
}
