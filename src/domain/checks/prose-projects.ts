/**
 * A 自评报告 that tells its projects in running text, one section a project under a numbered heading naming it
 * ("一、甲乙河道清淤项目" … "二、丙丁灌区改造项目" …), each stating its 全年预算数 / 全年执行数 (万元) and its 自评总分,
 * then a table summing them up one row a project ("序号 项目名称 全年预算数 全年执行数 执行率 自评得分 等级", a name
 * wrapped in its cell joined back) with a 合计 / 平均 row:
 *  - a row's 全年预算数, 全年执行数 and 自评得分 must be its project's in the text (`figure.text-table`; a 总分 the
 *    text's parts add up otherwise — score-prose.ts — may be either);
 *  - the 合计 row's amounts must be the rows' sums, its 执行率 its 执行数 ÷ its 预算数 (`table.total`,
 *    `table.rate`), and an average score the rows' mean;
 *  - the projects' 总分s are what a stated average of as many projects averages (average-scores.ts).
 * Precision first: read only with two projects or more, each named once, each section stating one 总分; a row is
 * compared only with the project of exactly its name.
 */
import { dec } from '../money/index.ts';
import { completionPercent } from '../money/ratios.ts';
import { claim, report, sourceText, type Ctx } from './context.ts';
import type { TableBlock } from './layout.ts';
import { printedPlaces } from './numbers.ts';
import { halfUlp, judgeRatio, judgeSum, SHARE, show, type Printed } from './verdict.ts';

type Stated = { value: string; li: number };
export type ProseProject = {
  name: string;
  budget: Stated | null;
  spent: Stated | null;
  total: Stated;
  /** The 总分 as the errors reported on its line have it (its parts summed). */
  corrected: string[];
};

const HEADING = /^[一二三四五六七八九十]{1,3}[、.．]\s*([\u4e00-\u9fa5（）()“”0-9]{4,40})$/;
const AMOUNT = '(\\d[\\d,]*(?:\\.\\d+)?)\\s*万元';
const BUDGET = new RegExp(`全年预算(?:数|资金)?(?:为|是)?\\s*${AMOUNT}`, 'g');
const SPENT = new RegExp(`全年(?:实际)?执行(?:数|资金)?(?:为|是)?\\s*${AMOUNT}`, 'g');
/** The project's total: "自评总分92.19分", "综合得分88分" — not a part's ("产出指标得分"), not a scale's ("满分"). */
const TOTAL =
  /(?:(?:自评|评价|综合|绩效)(?:总得分|总分|得分)|总得分)(?:为|是)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分/g;

/** The projects told section by section; [] when fewer than two or a name repeats. */
export function proseProjects(ctx: Ctx): ProseProject[] {
  const blocks = ctx.layout.blocks;
  const out: ProseProject[] = [];
  for (let k = 0; k < blocks.length; k++) {
    const b = blocks[k]!;
    const name = b.kind === 'paragraph' ? HEADING.exec(b.text.trim())?.[1] : undefined;
    if (!name || !/项目$/.test(name)) continue;
    const found = { budget: [] as Stated[], spent: [] as Stated[], total: [] as Stated[] };
    for (let j = k + 1; j < blocks.length; j++) {
      const p = blocks[j]!;
      if (p.kind !== 'paragraph' || HEADING.test(p.text.trim())) break;
      const line = ctx.lines[p.first] ?? '';
      for (const m of line.matchAll(BUDGET))
        found.budget.push({ value: m[1]!.replace(/,/g, ''), li: p.first });
      for (const m of line.matchAll(SPENT)) found.spent.push({ value: m[1]!.replace(/,/g, ''), li: p.first });
      for (const m of line.matchAll(TOTAL)) found.total.push({ value: m[1]!, li: p.first });
    }
    if (found.total.length !== 1 || found.budget.length > 1 || found.spent.length > 1) continue;
    const total = found.total[0]!;
    out.push({
      name,
      budget: found.budget[0] ?? null,
      spent: found.spent[0] ?? null,
      total,
      corrected: correctedOn(ctx, total.li),
    });
  }
  return out.length >= 2 && new Set(out.map((p) => p.name)).size === out.length ? out : [];
}

/** The expected figures of the score.sum errors reported on line li (0-based). */
function correctedOn(ctx: Ctx, li: number): string[] {
  return ctx.findings
    .filter((f) => f.line === li + 1 && f.rule === 'score.sum' && f.severity === 'error')
    .map((f) => f.expected.replace(/分$/, ''))
    .filter((v) => /^\d+(?:\.\d+)?$/.test(v));
}

/** Each project's 总分s an average may take: as printed, and as its parts add up. */
export function proseScores(projects: readonly ProseProject[]): string[][] | null {
  if (projects.length < 2) return null;
  // (The parts' sum first: when neither reading fits, the message shows the arithmetic of the parts.)
  return projects.map((p) => [...new Set([...p.corrected, p.total.value])]);
}

type SummaryRow = {
  name: string;
  budget: string | null;
  spent: string;
  rate: string;
  score: string;
  line: number;
};

const FIGURE = /^\d[\d,]*\.\d+$/;
const RATE = /^(\d+(?:\.\d+)?)\s*[%％]$/;
const SCORE = /^\d{1,3}(?:\.\d{1,2})?$/;
const GRADE = /^(?:优秀|优|良好|良|中等|中|合格|及格|较差|差)$/;
const TOTAL_LABEL = /^(?:合计|总计)/;

/**
 * The table's rows of the shape "[序号] 名称 [预算] 执行 率% 得分 [等级]": figures from the row's end; a row holding only
 * its number and the start of its name continues on the next row's label. The header (the lines above the first
 * such row) must name 预算 before 执行 when two amounts are printed, an 执行率 and a score.
 */
function summaryRows(ctx: Ctx, table: TableBlock): { rows: SummaryRow[]; total: SummaryRow | null } | null {
  const rows: SummaryRow[] = [];
  let total: SummaryRow | null = null;
  let pending = '';
  let header = '';
  for (const r of table.rows) {
    const texts = r.cells.map((c) => c.text.replace(/\s+/g, '')).filter((t) => t !== '');
    let end = texts.length;
    if (end > 0 && GRADE.test(texts[end - 1]!)) end--;
    const score = texts[end - 1] ?? '';
    const rate = RATE.exec(texts[end - 2] ?? '');
    if (!SCORE.test(score) || !rate) {
      if (rows.length === 0 && total === null && !/^\d/.test(texts[0] ?? '')) {
        header += texts.join('');
        continue;
      }
      // "1  甲乙河道清淤项" over "目  386.40 …": a number and a name's start; or the name's end under its row.
      const last = rows[rows.length - 1];
      if (texts.length === 1 && !/\d/.test(texts[0]!) && last && last.line === r.line - 1 && total === null)
        last.name += texts[0]!;
      pending = texts.length === 2 && /^\d{1,2}$/.test(texts[0]!) ? texts[1]! : '';
      continue;
    }
    let k = end - 2;
    const amounts: string[] = [];
    while (k > 0 && FIGURE.test(texts[k - 1]!) && amounts.length < 2)
      amounts.unshift(texts[--k]!.replace(/,/g, ''));
    if (amounts.length === 0) return null;
    const label = texts
      .slice(0, k)
      .filter((t, i) => !(i === 0 && /^\d{1,2}$/.test(t)))
      .join('');
    const row: SummaryRow = {
      name: pending && !/^\d/.test(texts[0]!) ? `${pending}${label}` : label,
      budget: amounts.length === 2 ? amounts[0]! : null,
      spent: amounts[amounts.length - 1]!,
      rate: rate[1]!,
      score,
      line: r.line,
    };
    pending = '';
    if (TOTAL_LABEL.test(row.name)) total = row;
    else if (total === null) rows.push(row);
  }
  const budgetAt = header.search(/预算/);
  const spentAt = header.search(/执行(?!率)|支出|决算/);
  const headed =
    /执行率/.test(header) &&
    /得分|评分|自评得|分数/.test(header) &&
    spentAt >= 0 &&
    (rows.every((r) => r.budget === null) || (budgetAt >= 0 && budgetAt < spentAt));
  return headed && rows.length >= 2 ? { rows, total } : null;
}

const agrees = (a: string, b: string): boolean =>
  dec(a)
    .minus(b)
    .abs()
    .lte(halfUlp(printedPlaces(a)).plus(halfUlp(printedPlaces(b))));

export function checkProseProjects(ctx: Ctx, projects: readonly ProseProject[]): void {
  if (projects.length < 2) return;
  const after = Math.max(...projects.map((p) => p.total.li));
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'table' || b.first < after) continue;
    const read = summaryRows(ctx, b);
    if (!read) continue;
    for (const row of read.rows) {
      const project = projects.find((p) => p.name === row.name);
      if (!project) continue;
      compare(ctx, row, project, '全年预算数', row.budget, project.budget, '万元');
      compare(ctx, row, project, '全年执行数', row.spent, project.spent, '万元');
      const totals = [project.total.value, ...project.corrected];
      compare(
        ctx,
        row,
        project,
        '自评得分',
        row.score,
        { ...project.total, value: totals.find((t) => agrees(t, row.score)) ?? project.total.value },
        '分',
      );
    }
    if (read.total && read.rows.length === projects.length) {
      // A row's figure the text disagrees with may be either: the 合计 may sum the text's.
      const texts = read.rows.map((r) => projects.find((p) => p.name === r.name));
      const alternative = read.rows.map((r, i): SummaryRow => {
        const p = texts[i];
        if (!p) return r;
        const score = [p.total.value, ...p.corrected].some((t) => agrees(t, r.score))
          ? r.score
          : p.total.value;
        return { ...r, budget: p.budget?.value ?? r.budget, spent: p.spent?.value ?? r.spent, score };
      });
      checkTotalRow(ctx, read.rows, alternative, read.total);
    }
    return;
  }
}

/** A summary row's figure against the text's for its project. */
function compare(
  ctx: Ctx,
  row: SummaryRow,
  project: ProseProject,
  what: string,
  inTable: string | null,
  inText: Stated | null,
  unit: string,
): void {
  if (inTable === null || inText === null) return;
  const ok = agrees(inTable, inText.value);
  claim(
    ctx,
    'figure',
    row.line,
    0,
    ok,
    `汇总表${project.name}${what}${inTable}${unit}，正文${inText.value}${unit}`,
  );
  if (ok) return;
  const text = sourceText(ctx, row.line);
  report(
    ctx,
    row.line,
    'figure.text-table',
    'error',
    text.trim(),
    `${inText.value}${unit}`,
    `${inTable}${unit}`,
    `汇总表中${project.name}的${what}为${inTable}${unit}，而正文（第${inText.li + 1}行）为${inText.value}${unit}，两者不符。`,
    Math.max(0, text.indexOf(inTable)),
  );
}

/** The 合计 row: its amounts the rows' sums, its 执行率 its 执行数 ÷ 预算数, its score (an average) the rows' mean. */
function checkTotalRow(
  ctx: Ctx,
  rows: readonly SummaryRow[],
  alternative: readonly SummaryRow[],
  total: SummaryRow,
): void {
  const text = sourceText(ctx, total.line);
  const p = (v: string): Printed => ({ value: v, places: printedPlaces(v) });
  const sums: [string, (r: SummaryRow) => string | null, string | null][] = [
    ['全年预算数', (r) => r.budget, total.budget],
    ['全年执行数', (r) => r.spent, total.spent],
  ];
  let amountsHold = true;
  for (const [what, of, stated] of sums) {
    const parts = rows.map(of);
    if (stated === null || parts.some((v) => v === null)) continue;
    const v = judgeSum(
      parts.map((x) => p(x!)),
      p(stated),
    );
    const other = alternative.map(of);
    if (v.kind !== 'ok' && other.every((x) => x !== null)) {
      const w = judgeSum(
        other.map((x) => p(x!)),
        p(stated),
      );
      if (w.kind === 'ok') continue;
    }
    claim(ctx, 'table', total.line, 0, v.kind !== 'wrong', `${what}：${parts.join(' + ')}，合计${stated}`);
    if (v.kind === 'ok') continue;
    amountsHold &&= v.kind !== 'wrong';
    const sum = show(v.total, printedPlaces(stated));
    report(
      ctx,
      total.line,
      'table.total',
      v.severity,
      text.trim(),
      sum,
      stated,
      `汇总表合计行${what}应为各项目之和 ${parts.join(' + ')} = ${sum}万元，表中为${stated}万元。`,
      Math.max(0, text.indexOf(stated)),
    );
  }
  // (A rate the 执行情况表 rule judged already — rate-tables.ts, when it could put the row under its header — is its.)
  const judged = ctx.claims.some((c) => c.kind === 'completion' && c.line === total.line + 1);
  if (amountsHold && total.budget !== null && !judged) {
    const v = judgeRatio(
      p(total.rate),
      [p(total.spent), p(total.budget)],
      ([x, y]) => completionPercent(x!, y!),
      SHARE,
    );
    const exact = completionPercent(total.spent, total.budget);
    if (v && exact) {
      const want = show(exact, printedPlaces(total.rate));
      claim(
        ctx,
        'table',
        total.line,
        0,
        v.kind !== 'wrong',
        `合计执行率 ${total.spent} ÷ ${total.budget} × 100% = ${want}%，表中${total.rate}%`,
      );
      if (v.kind !== 'ok')
        report(
          ctx,
          total.line,
          'table.rate',
          v.severity,
          text.trim(),
          `${want}%`,
          `${total.rate}%`,
          `汇总表合计行执行率应为 全年执行数${total.spent} ÷ 全年预算数${total.budget} × 100% = ${want}%，表中为${total.rate}%。`,
          Math.max(0, text.indexOf(total.rate)),
        );
    }
  }
  if (!/平均/.test(total.name)) return;
  const places = printedPlaces(total.score);
  const allowed = halfUlp(places).plus(halfUlp(Math.max(...rows.map((r) => printedPlaces(r.score)))));
  const meanOf = (list: readonly SummaryRow[]) =>
    list.reduce((a, r) => a.plus(r.score), dec(0)).div(list.length);
  const mean = meanOf(rows);
  const ok = [mean, meanOf(alternative)].some((m) => m.minus(total.score).abs().lte(allowed));
  const arithmetic = `(${rows.map((r) => r.score).join(' + ')}) ÷ ${rows.length} = ${show(mean, places)}`;
  claim(ctx, 'score', total.line, 0, ok, `${arithmetic}，表中平均${total.score}`);
  if (!ok)
    report(
      ctx,
      total.line,
      'table.total',
      'error',
      text.trim(),
      show(mean, places),
      total.score,
      `汇总表平均得分应为 ${arithmetic}分，表中为${total.score}分。`,
      Math.max(0, text.lastIndexOf(total.score)),
    );
}
