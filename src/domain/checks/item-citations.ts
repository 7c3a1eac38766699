/**
 * The running text about a table of items as rows (item-tables.ts: one 预算 column, one 决算 column of the
 * year) restating a row:
 *  - an amount right after the row's label ("城市间交通费16.80万元", "其中：货物类采购支出为…万元") is the row's
 *    决算 (`figure.text-table`): the label at least 4 characters opening its clause (after a numbering, 其中, the
 *    year or 本部门 at most: "财政拨款基本支出" is not 基本支出), naming one row of the document's tables and
 *    contained in no other row's label, the figure in the table's unit, its clause saying nothing of a budget,
 *    last year, a change or a share; a figure with fewer decimals than the table's is the table's rounded;
 *  - a completion rate whose budget the text leaves to the table ("“三公”经费决算数110.30万元，完成年初预算的
 *    92.41%"): the sentence states one amount before the rate and no budget; the amount is the 决算 of exactly
 *    one row of those tables — a row named right before it, or the 合计 row — and the rate is that amount ÷ the
 *    row's 预算 (`completion.percent`), when the budget named (年初 / 全年 / 调整) is the table's. A rate another
 *    rule has judged on that line (a `completion` claim) is left to it.
 * The 三公 tables' amounts and a unit's funds as a whole (基本支出, 人员经费, …收入) are named figures
 * (figure-claims.ts) and are not read again here.
 */
import { dec, roundHalfUp } from '../money/index.ts';
import { claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { budgetColumns, linesOf, type Line } from './item-tables.ts';
import { scanNumbers, type NumberToken } from './numbers.ts';
import { forEachFigureLine } from './prose-lines.ts';
import { figureAt, type TableModel, type TFigure } from './table-model.ts';
import { judgeRatio, SHARE, show, verdictClause, type Printed } from './verdict.ts';
import { mentionsAll } from './document-words.ts';

type Cited = {
  model: TableModel;
  line: Line;
  /** The label as the text names it: numbering, 其中 and quotes dropped. */
  name: string;
  budget: TFigure | null;
  outturn: TFigure | null;
  budgetHeader: string;
  total: boolean;
};

const TOTAL = /^(?:[\u4e00-\u9fa5]{0,10})?(?:合计|总计)$/;
/** Words that make a clause's amount something else than the year's outturn. */
const OTHER_FIGURE =
  /预算|上年|去年|上一年|同期|同比|比|较|增|减|占|结转|结余|计划|目标|平均|%|年初|全年|调整/;
/**
 * Names of a unit's funds as a whole (基本支出, 人员经费, 财政拨款收入 …): the text says them of several scopes
 * (all funds, 财政拨款, 一般公共预算) and figure-claims.ts names them; not read as a row of an item table.
 */
const FUND_NAME = /^(?:基本支出|项目支出|人员经费|公用经费|经营支出|.*收入|.*结转.*|.*结余.*)$/;
/** Words allowed before a label in its clause: a numbering, 其中, the year, the unit. */
const LEAD =
  /^(?:\s|其中[：:]?|[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.、．]|20\d\d年度?|本年度?|本部门|本单位|我单位)*$/;
/** Words allowed between a label and its amount. */
const FILLER = /^(?:支出|决算数?|金额|共|合计|总额|为|是|达|：|:|\s)*$/;
const RATE =
  /(?:完成(?:了)?(年初|全年|调整后?)?预算(?:数)?的?|(?:为|占)(年初|全年|调整后?)?预算(?:数)?的|预算完成率(?:为|达)?)\s*(\d+(?:\.\d+)?)\s*%/g;

function nameOf(label: string): string {
  return label
    .replace(
      /^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\d]+[）)]|\d+[、.．]|[\u2460-\u2473])/,
      '',
    )
    .replace(/^其中[：:]?/, '');
}

/** The rows of the document's item tables with a budget and an outturn column, in the tables' unit. */
function citedRows(ctx: Ctx, models: readonly TableModel[]): Map<string, Cited[]> {
  const out = new Map<string, Cited[]>();
  for (const model of models) {
    if (model.headers.some((h) => /得分|分值|权重/.test(h))) continue;
    const lines = linesOf(model);
    if (!lines || lines.length < 2) continue;
    const cols = budgetColumns(model, lines, ctx.year);
    if (!cols) continue;
    for (const line of lines) {
      const name = nameOf(line.label);
      const list = out.get(name) ?? [];
      list.push({
        model,
        line,
        name,
        budget: figureAt(line.item, cols.budget),
        outturn: figureAt(line.item, cols.outturn),
        budgetHeader: model.headers[cols.budget]!.replace(/\s+/g, ''),
        total: line.style === null && !line.qizhong && TOTAL.test(line.label),
      });
      out.set(name, list);
    }
  }
  return out;
}

/** The text figure is the table figure as printed, or it rounded half-up to the text's places. */
function agrees(text: NumberToken, table: TFigure): boolean {
  if (text.places >= table.places) return dec(text.value).eq(table.value);
  return roundHalfUp(dec(table.value), text.places).eq(text.value);
}

function inTable(ctx: Ctx): Set<number> {
  const lines = new Set<number>();
  for (const b of ctx.layout.blocks)
    if (b.kind === 'table') for (let i = b.first; i <= b.last; i++) lines.add(i);
  return lines;
}

export function checkItemCitations(ctx: Ctx, models: readonly TableModel[]): void {
  // (Its tables have a 预算 column (its header maybe in pieces).)
  if (!mentionsAll(ctx, ['预', '算'])) return;
  const rows = citedRows(ctx, models);
  if (rows.size === 0) return;
  const tableLines = inTable(ctx);
  const names = [...rows.keys()];
  // Labels read in the text: 4 characters at least, one row, no other label containing them, not a 三公 table's.
  const readable = names.filter(
    (n) =>
      n.length >= 4 &&
      rows.get(n)!.length === 1 &&
      !rows.get(n)![0]!.total &&
      !/三公/.test(rows.get(n)![0]!.model.table.title) &&
      !FUND_NAME.test(n) &&
      !names.some((o) => o !== n && o.includes(n)),
  );
  forEachFigureLine(ctx, (_line, li) => {
    if (tableLines.has(li)) return;
    for (const s of sentencesAt(ctx, li)) {
      const figures = scanNumbers(s.text);
      for (const name of readable) checkAmount(ctx, li, s.start, s.text, figures, rows.get(name)![0]!);
      checkRate(ctx, li, s.start, s.text, figures, rows);
    }
  });
}

/** A stretch naming another year than the document's, or a part of the year (1—6月, 上半年): not the table's. */
function otherPeriod(ctx: Ctx, stretch: string): boolean {
  if (/\d\s*月|半年|季度/.test(stretch)) return true;
  for (const m of stretch.matchAll(/(20\d\d)\s*年/g)) if (Number(m[1]) !== ctx.year) return true;
  return false;
}

/** The start of the clause holding `at` (after the last ，；。 before it). */
function clauseStart(text: string, at: number): number {
  for (let k = at - 1; k >= 0; k--) if ('，,；;。'.includes(text[k]!)) return k + 1;
  return 0;
}

function checkAmount(
  ctx: Ctx,
  li: number,
  offset: number,
  text: string,
  figures: readonly NumberToken[],
  row: Cited,
): void {
  const unit = row.model.table.unit;
  if (!row.outturn || !unit) return;
  for (let at = text.indexOf(row.name); at >= 0; at = text.indexOf(row.name, at + 1)) {
    const after = at + row.name.length;
    const figure = figures.find((f) => f.start >= after);
    if (!figure || figure.unit !== unit || !FILLER.test(text.slice(after, figure.start))) continue;
    const start = clauseStart(text, at);
    // The label opens its clause (a qualifier before it — "财政拨款基本支出" — names another figure).
    if (!LEAD.test(text.slice(start, at))) continue;
    const clause = text.slice(start, figure.end + 1);
    if (OTHER_FIGURE.test(clause.replace(row.name, '')) || otherPeriod(ctx, clause)) continue;
    const table = row.outturn;
    // (The row's budget printed: "一般公共预算财政拨款15,906.27万元，占全年预算数的75.43%" cites that column.)
    if (!agrees(figure, table) && row.budget && agrees(figure, row.budget)) continue;
    const holds = agrees(figure, table);
    const title = row.model.table.title ? `《${row.model.table.title}》` : '表格';
    claim(
      ctx,
      'figure',
      li,
      offset + figure.start,
      holds,
      `正文“${row.name}”${figure.value}${unit}，${title}${table.value}`,
    );
    if (holds) continue;
    report(
      ctx,
      li,
      'figure.text-table',
      'error',
      excerptOf(text, at, figure.end),
      `${table.value}${unit}`,
      `${figure.value}${unit}`,
      `正文中“${row.name}”为${figure.value}${unit}，而第${table.line + 1}行${title}为${table.value}${unit}，两处不一致。`,
      offset + figure.start,
    );
  }
}

function checkRate(
  ctx: Ctx,
  li: number,
  offset: number,
  text: string,
  figures: readonly NumberToken[],
  rows: Map<string, Cited[]>,
): void {
  if (!text.includes('%') || !text.includes('预算')) return;
  RATE.lastIndex = 0;
  for (let m = RATE.exec(text); m !== null; m = RATE.exec(text)) {
    const kind = m[1] ?? m[2] ?? '';
    // (A sentence of items set apart by "；": the rate's own item, from the last "；" before it.)
    const group = Math.max(text.lastIndexOf('；', m.index), text.lastIndexOf(';', m.index)) + 1;
    const before = figures.filter((f) => f.end <= m!.index && f.start >= group);
    const money = before.filter((f) => f.unit === '万元' || f.unit === '元' || f.unit === '亿元');
    if (money.length !== 1 || before.some((f) => f.unit === '%')) continue;
    const amount = money[0]!;
    if (dec(amount.value).isZero() || otherPeriod(ctx, text.slice(0, m.index))) continue;
    const lead = text.slice(group, amount.start);
    if (/预算/.test(lead) || /预算|上年|比|较|增|减/.test(text.slice(amount.end, m.index))) continue;
    // The rows whose 决算 is this amount, in its unit: exactly one.
    const found: Cited[] = [];
    for (const list of rows.values())
      for (const r of list)
        if (r.outturn && r.budget && r.model.table.unit === amount.unit && agrees(amount, r.outturn))
          found.push(r);
    // Named right before the amount, or the 合计 row with no other row named before it. (Rows printing the same
    // figures — "三、公务接待费" and its one part "其中：国内公务接待费" — are one reading: the one named.)
    const clause = lead.slice(clauseStart(lead, lead.length));
    const same = found.every(
      (r) => r.budget!.value === found[0]!.budget!.value && r.outturn!.value === found[0]!.outturn!.value,
    );
    const named = same ? found.filter((r) => !r.total && clause.includes(r.name)) : [];
    if (found.length !== 1 && named.length === 0) continue;
    const row = found.length === 1 ? found[0]! : named[0]!;
    if (!row.total && !clause.includes(row.name)) continue;
    if (row.total && [...rows.keys()].some((n) => n.length >= 2 && clause.includes(n))) continue;
    // The budget the text names is the table's.
    if (
      kind === '年初'
        ? /全年|调整|追加/.test(row.budgetHeader)
        : kind && !row.budgetHeader.includes(kind.slice(0, 2))
    )
      continue;
    const at = offset + m.index + m[0].lastIndexOf(m[3]!);
    if (ctx.claims.some((c) => c.kind === 'completion' && c.line === ctx.layout.lineAt(li, at) + 1)) continue;
    const printed: Printed = { value: m[3]!, places: m[3]!.includes('.') ? m[3]!.split('.')[1]!.length : 0 };
    const budget = row.budget!;
    const outturn = row.outturn!;
    if (!dec(budget.value).gt(0)) continue;
    // A budget the table itself gets wrong (its sum reported) is not the base of a second error.
    const column = `（${row.budgetHeader}）`;
    if (
      ctx.claims.some(
        (c) =>
          c.kind === 'table' && !c.verified && c.line === budget.line + 1 && c.arithmetic.includes(column),
      )
    )
      continue;
    const verdict = judgeRatio(
      printed,
      [outturn, budget],
      ([a, b]) => (b!.isZero() ? null : a!.div(b!).times(100)),
      SHARE,
    );
    if (!verdict) continue;
    const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
    const title = row.model.table.title ? `《${row.model.table.title}》` : '表格';
    const arithmetic = `${outturn.value} ÷ ${budget.value}（${title}第${budget.line + 1}行${row.budgetHeader}） × 100% = ${exact}%`;
    claim(ctx, 'completion', li, at, verdict.kind !== 'wrong', `${arithmetic}，文中${printed.value}%`);
    if (verdict.kind === 'ok') continue;
    report(
      ctx,
      li,
      'completion.percent',
      verdict.severity,
      excerptOf(text, amount.start, m.index + m[0].length),
      `${exact}%`,
      `${printed.value}%`,
      `完成预算的比例应为 ${arithmetic}，文中为${printed.value}%${verdictClause(verdict.kind)}。`,
      at,
    );
  }
}
