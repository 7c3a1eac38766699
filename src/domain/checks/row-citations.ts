/**
 * A table row's figure restated in the running text (`figure.text-table`): "（三）计量标准器具检定项目。…预计全年
 * 执行率85.21%" where the 执行情况表's row 计量标准器具检定 prints 预计执行率 81.25%; "抽检批次…得分8分" against
 * the 评分表's 得分 of that row. Read only in tables with a rate (…率) or a score (得分) column — the 决算 tables'
 * amounts are the named figures' (figure-claims.ts) — and only where the text leaves no doubt:
 *  - the row's label (at least 4 characters) names one row of the document's tables, no other label is
 *    named in the same sentence, and no other row's label contains it;
 *  - the words right before the figure, in the text about that row (from its label, or after a heading
 *    naming it, to the next label), are the column's header — 全年 / 年度 / 的 / 为, a period's 月 and the
 *    label itself aside — and no other column of the table reads the same;
 *  - the figure carries the column's kind: % for a rate, 分 for a score, the table's unit for an amount.
 * Figures that agree at the precision of the less precise one agree.
 */
import { dec } from '../money/index.ts';
import { claim, excerptOf, report, type Ctx } from './context.ts';
import type { Paragraph, TableBlock, TableRow } from './layout.ts';
import { headedRows, stackedHeader } from './headed-rows.ts';
import type { Row } from './tables.ts';
import { mentionsAny } from './document-words.ts';

type Column = { name: string; kind: 'rate' | 'score' | 'amount' | 'actual' | 'target'; header: string };
export type Cited = {
  value: string;
  places: number;
  line: number;
  column: Column;
  table: string;
  unit: string;
  /** A target's bound as printed ("≥", "≤"), when it has one. */
  bound?: string;
};
type Labelled = { label: string; cells: Map<string, Cited> };

const RATE_HEADER = /率/;
/** A level's cell of a 自评表 ("产出指标", "数量指标（20分）"): no indicator of its own. */
const LEVEL_LABEL = /^[\u4e00-\u9fa5]{2,6}指标(?:[（(]\d+(?:\.\d+)?分[）)])?$/;
/** A sentence of plans: its figures are aims. */
const PLAN = /力争|争取|确保|(?<![预])拟/;
const FORECAST = /预计|预测|预估|估算/;
const SCORE_HEADER = /得分/;
const AMOUNT_HEADER = /预算|支出|执行(?![率进])|资金|金额|决算/;
const LABEL_HEADER = /名称|三级指标|^项目$|单位$/;
const FIGURE = /^-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*[%％]?$/;
/** An indicator's 实际完成值 column: a figure with its unit ("648个", "1,095.40平方公里", "97.60%"). */
const ACTUAL_HEADER = /^(?:实际)?完成值$|^实际完成$|^实际值$/;
const QUANTITY = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?([\u4e00-\u9fa5]{1,4}|[%％])$/;
/** The indicator's target column ("≥180块"): a figure in the text that is the target is not its actual. */
const TARGET_HEADER = /^(?:年度)?(?:指标|目标)值$|^年度目标$/;
/** A cell without its white space and a target's bound (≥ ≤ > < ＞ ＜, = after one). */
const withoutBound = (cell: string): string => cell.replace(/\s+/g, '').replace(/^[≥≤><＞＜≧≦]=?/, '');
const TOTAL_OR_GENERIC = /^(?:合计|总计|小计|总分|其中|项目|指标|序号|\d+)$/;
const CJK = /[\u4e00-\u9fa5]/;
/** The parts a budget is split into: words before a figure naming one name that part's figure. */
const BUDGET_PART = /^(?:基本支出|项目支出|人员经费|公用经费)$/;

/** A header or the words before a figure, as compared: Chinese characters only, the period and 全年 / 的 aside. */
function normalName(text: string): string {
  let s = text.replace(/[（(][^）)]*[）)]/g, '').replace(/[^\u4e00-\u9fa5]/g, '');
  s = s.replace(/全年|年度|的/g, '');
  s = s.replace(/^(?:月底?|月末|截至目前|截至|目前|累计)/, '');
  return s.replace(/(?:分别)?(?:为|达到|达|是|约)$/, '');
}

function columnOf(header: string, cells: readonly string[]): Column | null {
  const name = normalName(header);
  if (name.length < 2) return null;
  const quantities = cells.some((c) => QUANTITY.test(withoutBound(c)));
  if (ACTUAL_HEADER.test(name) && quantities) return { name, kind: 'actual', header };
  if (TARGET_HEADER.test(name) && quantities) return { name, kind: 'target', header };
  if (RATE_HEADER.test(name)) return { name, kind: 'rate', header };
  if (SCORE_HEADER.test(name)) return { name, kind: 'score', header };
  if (AMOUNT_HEADER.test(name) && cells.some((c) => FIGURE.test(c) && !/[%％]/.test(c)))
    return { name, kind: 'amount', header };
  return null;
}

/** The rows of one table (or one part of it under its own header) with a rate, score or amount column: into `found`. */
function readRows(block: TableBlock, found: Map<string, Labelled | null>): void {
  const table = alignedRows(block);
  if (!table) return;
  const columns = table.header.map((h, i) =>
    columnOf(
      h,
      table.rows.map((r) => r.cells[i]!.text),
    ),
  );
  // Two columns read the same: neither can be told from the text.
  const names = columns.map((c) => c?.name);
  const usable = columns.map((c) => (c && names.filter((n) => n === c.name).length === 1 ? c : null));
  if (!usable.some(Boolean)) return;
  const labelAt = table.header.findIndex((h) => LABEL_HEADER.test(h));
  for (const [k, r] of table.rows.entries()) {
    const labelCell =
      labelAt >= 0
        ? r.cells[labelAt]
        : r.cells.find((c, i) => !usable[i] && CJK.test(c.text) && !FIGURE.test(c.text));
    const label = (wrappedHead(table.rows[k - 1], r, labelAt) + (labelCell?.text ?? ''))
      .replace(/\s+/g, '')
      .replace(/^[（(]?[一二三四五六七八九十\d]+[）)、.．]/, '');
    if (label.length < 4 || !CJK.test(label) || TOTAL_OR_GENERIC.test(label)) continue;
    // ("产出指标", "数量指标（20分）": a 一级 / 二级 cell, its row's figures its first indicator's.)
    if (LEVEL_LABEL.test(label)) continue;
    if (found.has(label)) {
      found.set(label, null);
      continue;
    }
    const cells = new Map<string, Cited>();
    r.cells.forEach((c, i) => {
      const column = usable[i];
      const text = c.text.replace(/\s+/g, '');
      if (column?.kind === 'actual' || column?.kind === 'target') {
        const q = QUANTITY.exec(withoutBound(text));
        if (!q) return;
        const value = q[0].slice(0, q[0].length - q[2]!.length).replace(/,/g, '');
        const unit = q[2] === '％' ? '%' : q[2]!;
        const places = (value.split('.')[1] ?? '').length;
        const bound = /^[≥≤><＞＜≧≦]/.exec(text)?.[0];
        cells.set(column.name, {
          value,
          places,
          line: c.line,
          column,
          table: block.title,
          unit,
          ...(bound ? { bound } : {}),
        });
        return;
      }
      if (!column || !FIGURE.test(text)) return;
      const hasPercent = /[%％]$/.test(text);
      if (column.kind !== 'rate' && hasPercent) return;
      const value = text.replace(/[%％,]/g, '');
      cells.set(column.name, {
        value,
        places: (value.split('.')[1] ?? '').length,
        line: c.line,
        column,
        table: block.title,
        unit: block.unit,
      });
    });
    found.set(label, cells.size > 0 ? { label, cells } : null);
  }
}

/**
 * The head of a label wrapped over the line above its row (LibreOffice prints a long name from its cell's top, the
 * figures on its last line: "群众对基层医疗卫生服" over "务满意度  ≥90%  93.60%  5  5"): that line's words in the
 * label column when it holds nothing else but words; '' otherwise.
 */
function wrappedHead(above: Row | undefined, row: Row, labelAt: number): string {
  if (!above || labelAt < 0 || above.line !== row.line - 1) return '';
  if (above.cells.some((c) => /\d/.test(c.text))) return '';
  const head = above.cells[labelAt]?.text.replace(/\s+/g, '') ?? '';
  return /^[\u4e00-\u9fa5（）()、]{2,}$/.test(head) ? head : '';
}

/**
 * A block holding several tables one under another, each under its own header row (a 自评表's 项目资金 part, then
 * its 绩效指标 part: "年初预算数 … 执行率 得分", later "一级指标 … 实际完成值 分值 得分"): each part by itself.
 */
function underEachHeader(block: TableBlock): TableBlock[] {
  // (A header of words only, under rows of figures: a header's own lines stacked over each other are one header.)
  const heads: number[] = [];
  let figures = false;
  block.rows.forEach((r, i) => {
    const words = !r.cells.some((c) => /\d/.test(c.text));
    if (figures && words && isHeaderRow(r)) {
      heads.push(i);
      figures = false;
    } else if (r.cells.some((c) => /\d\.\d/.test(c.text))) figures = true;
  });
  if (heads.length === 0) return [block];
  const cuts = [0, ...heads, block.rows.length];
  return cuts.slice(1).map((end, k) => ({ ...block, rows: block.rows.slice(cuts[k], end) }));
}

const isHeaderRow = (r: TableRow): boolean =>
  r.cells.length >= 3 && r.cells.some((c) => RATE_HEADER.test(c.text) || SCORE_HEADER.test(c.text));

/** The rows of a table under its header, each cell under its header cell. */
function alignedRows(block: TableBlock): { header: string[]; rows: Row[] } | null {
  // (Either header needs a 率 or a 得 in a cell of the block: a table without one is passed at once.)
  if (!block.rows.some((r) => r.cells.some((c) => c.text.includes('率') || c.text.includes('得'))))
    return null;
  // (A header wrapped over several lines is read by its labels' places: stackedHeader.)
  const stacked = stackedHeader(block);
  const headed = stacked?.header.some((c) => RATE_HEADER.test(c.text) || SCORE_HEADER.test(c.text))
    ? stacked
    : headedRows(block, isHeaderRow);
  if (!headed || headed.from > 8) return null;
  const { header, body, align } = headed;
  const rows: Row[] = [];
  for (const r of body) {
    const a = align(header, r);
    if (a) rows.push(a);
  }
  return { header: header.map((c) => c.text.replace(/\s+/g, '')), rows };
}

/** citedRows by document: read once for row-citations.ts and pieced-actuals.ts, which run one after the other. */
const CITED = new WeakMap<Ctx, Map<string, Labelled>>();

/** Per label, the figures of its row in the rate / score / amount columns; labels of several rows dropped. */
export function citedRows(ctx: Ctx): Map<string, Labelled> {
  let rows = CITED.get(ctx);
  if (!rows) CITED.set(ctx, (rows = readCitedRows(ctx)));
  return rows;
}

function readCitedRows(ctx: Ctx): Map<string, Labelled> {
  const found = new Map<string, Labelled | null>();
  for (const whole of ctx.layout.blocks) {
    if (whole.kind !== 'table' || whole.shape === 'cell-lines') continue;
    for (const block of underEachHeader(whole)) readRows(block, found);
  }
  const out = new Map<string, Labelled>();
  for (const [label, entry] of found) {
    if (!entry) continue;
    // A label inside another ("监督抽检" in "食品安全监督抽检") cannot be told from it in the text.
    if ([...found.keys()].some((other) => other !== label && other.includes(label))) continue;
    out.set(label, entry);
  }
  return out;
}

const SENTENCE_END = /[。；;！？]/;
const FIGURE_IN_TEXT = /(\d[\d,]*(?:\.\d+)?)\s*(%|％|分|万元|亿元|元)/g;
const HAS_FIGURE = new RegExp(FIGURE_IN_TEXT.source);

/** The labels named in `text`, by where they start (longest first at one place). */
function mentions(text: string, labels: readonly string[]): { at: number; label: string }[] {
  const out: { at: number; label: string }[] = [];
  for (const label of labels)
    for (let k = text.indexOf(label); k >= 0; k = text.indexOf(label, k + label.length))
      // (A label after 占 is a share's base — "重点项目…占项目支出预算的70.33%，…执行率94.99%" —, not what the
      // figures after it are of.)
      if (!/占(?:全部|全年|年度|本年)?$/.test(text.slice(Math.max(0, k - 4), k))) out.push({ at: k, label });
  return out.sort((a, b) => a.at - b.at);
}

function agrees(a: { value: string; places: number }, b: { value: string; places: number }): boolean {
  const places = Math.min(a.places, b.places);
  return dec(a.value).toFixed(places) === dec(b.value).toFixed(places);
}

export function checkRowCitations(ctx: Ctx): void {
  // (Its tables have a 率 or 得分 column: a header stacked over lines may hold 得 and 分 apart.)
  if (!mentionsAny(ctx, ['率', '得'])) return;
  const rows = citedRows(ctx);
  if (rows.size === 0) return;
  const labels = [...rows.keys()];
  // A heading naming one row ("（三）计量标准器具检定项目") makes the paragraphs under it about that row.
  let inherited: string | null = null;
  for (const block of ctx.layout.blocks) {
    if (block.kind !== 'paragraph') continue;
    const found = mentions(block.text, labels);
    const short = block.text.length <= 40 && !/\d{2}/.test(block.text);
    if (block.heading || short) {
      inherited = found.length === 1 && !HAS_FIGURE.test(block.text) ? found[0]!.label : null;
      if (found.length === 0) continue;
    }
    readParagraph(ctx, block, rows, found, found.length === 0 ? inherited : null);
  }
}

/** What may stand between an indicator's name and its actual in the text ("…监督检查712个", "…到报率为99.20%"). */
const ACTUAL_AFTER_LABEL =
  /^(?:为|达|达到|共|共计|累计|实际完成|完成)?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?\s*([\u4e00-\u9fa5]{1,4}|[%％])/;

/**
 * An indicator named in the text with its actual right after its name ("开展监督检查712个"): the figure must be
 * the row's 实际完成值, in the same unit (a figure that is neither is another claim: not read).
 */
function readActuals(
  ctx: Ctx,
  block: Paragraph,
  rows: ReadonlyMap<string, Labelled>,
  found: readonly { at: number; label: string }[],
): void {
  const text = block.text;
  for (const f of found) {
    // A short, generic name ("预算执行率", "资金到位率") may be said of another subject than the row's (a
    // project's rate in a department's report); the 预算执行率 row is indicator-rates.ts's.
    if (f.label.length < 6 || /执行率$/.test(f.label)) continue;
    const actual = [...rows.get(f.label)!.cells.values()].find((c) => c.column.kind === 'actual');
    if (!actual) continue;
    const after = f.at + f.label.length;
    const m = ACTUAL_AFTER_LABEL.exec(text.slice(after));
    if (!m) continue;
    const unit = m[3] === '％' ? '%' : m[3]!;
    if (!unit.startsWith(actual.unit)) continue;
    const value = `${m[1]!.replace(/,/g, '')}${m[2] ?? ''}`;
    const at = after + m.index + m[0].indexOf(m[1]!);
    const said = { value, places: (m[2]?.length ?? 1) - 1 };
    const ok = agrees(said, actual);
    // The row's target said ("设置警示牌180块" in the 年度目标, the row's 年度指标值 ≥180块): not its actual.
    const target = [...rows.get(f.label)!.cells.values()].find((c) => c.column.kind === 'target');
    if (!ok && target && target.unit === actual.unit && agrees(said, target)) continue;
    const where = actual.table ? `《${actual.table}》` : '表中';
    const shown = `${actual.value}${actual.unit}`;
    claim(
      ctx,
      'figure',
      block.first,
      at,
      ok,
      `“${f.label}”的${actual.column.header}：正文${value}${actual.unit}，${where}${shown}`,
    );
    if (ok) continue;
    report(
      ctx,
      block.first,
      'figure.text-table',
      'error',
      excerptOf(text, f.at, at + m[0].length, 12),
      shown,
      `${value}${actual.unit}`,
      `正文中“${f.label}”为${value}${actual.unit}，而第${actual.line + 1}行${where}的${actual.column.header}为${shown}，两处不一致。`,
      at,
    );
  }
}

/** A change made to what follows ("调减", "追加", "核增"…): the words right before a label. */
const ADJUSTED = /(?:调[增减整]|追[加减]|核[增减]|压减|削减|增加|减少)(?:了)?$/;

function readParagraph(
  ctx: Ctx,
  block: Paragraph,
  rows: ReadonlyMap<string, Labelled>,
  found: readonly { at: number; label: string }[],
  inherited: string | null,
): void {
  readActuals(ctx, block, rows, found);
  const text = block.text;
  for (const m of text.matchAll(FIGURE_IN_TEXT)) {
    const at = m.index;
    // The row the text is about: the last label named before the figure (or the heading's).
    let about: { at: number; label: string } | null = inherited ? { at: -1, label: inherited } : null;
    for (const f of found) if (f.at < at) about = f;
    if (!about) continue;
    // "…其他资金300.00万元；全年执行数1,893.72万元": a "；" after the label ends what is said of its row.
    if (about.at >= 0 && /[；;]/.test(text.slice(about.at, at))) continue;
    // "…执行率84.27%，其中中央补助资金执行率88.43%，…，省级资金…执行率85.47%": past 其中, a part's figures; so too
    // after "A项目中“送文化下乡”演出补贴…" (a part of the row named after it).
    const said = text.slice(about.at >= 0 ? about.at + about.label.length : 0, at);
    if (said.includes('其中') || (about.at >= 0 && /^(?:项目|资金|专项)?中/.test(said))) continue;
    // A label whose own sentence states figures is what that sentence is about, not the sentences after it
    // ("…满意度指标得分10.00分，…。B项目…执行率82.40%"); a label opening its text ("（三）A项目。…") is.
    if (about.at >= 0) {
      const end = text.slice(about.at, at).search(/[。！？]/);
      if (end >= 0 && HAS_FIGURE.test(text.slice(about.at, about.at + end))) continue;
    }
    // "调减A资金35.50万元，调整后预算为…": a label named only as what a change was made to, the figure in a later
    // clause — the 调整后 figure may be the whole's, not the row's.
    // So is "调减A项目预算320.00万元": the figure right after it is the change, not the row's budget.
    if (about.at >= 0 && ADJUSTED.test(text.slice(Math.max(0, about.at - 4), about.at))) continue;
    // Another label in the figure's sentence: which row the figure is of is not certain.
    let start = at;
    while (start > 0 && !SENTENCE_END.test(text[start - 1]!)) start--;
    // ("力争2025年项目支出执行率达到95%以上": a plan, not what was done.)
    if (PLAN.test(text.slice(start, at))) continue;
    // ("A满意度为93.60%，B满意度为87.20%，均达到年度目标，得分10分": said of several rows at once.)
    if (/均/.test(text.slice(start, at))) continue;
    if (found.some((f) => f.at >= start && f.at < at && f.label !== about.label)) continue;
    // The words before the figure: back to a punctuation mark, a digit or the label.
    let from = at;
    while (from > 0 && /[\u4e00-\u9fa5\s]/.test(text[from - 1]!)) from--;
    let words = text.slice(from, at);
    const inside = words.lastIndexOf(about.label);
    if (inside >= 0) words = words.slice(inside + about.label.length);
    // ("其中基本支出1005.60万元、项目支出856.80万元": words naming another part of the budget are that part's figure.)
    if (BUDGET_PART.test(normalName(words)) && normalName(words) !== about.label) continue;
    const name = normalName(words).replace(/^项目/, '');
    const cited = rows.get(about.label)!.cells.get(name);
    if (!cited) continue;
    // ("A资金预计执行3,306.00万元，执行率95.00%": a forecast, not the column of what was done.)
    if (FORECAST.test(text.slice(Math.max(about.at, start), at)) && !FORECAST.test(cited.column.header))
      continue;
    const unit = m[2]!;
    const kind =
      unit === '%' || unit === '％'
        ? 'rate'
        : unit === '分'
          ? 'score'
          : unit === cited.unit
            ? 'amount'
            : null;
    if (kind !== cited.column.kind) continue;
    const value = m[1]!.replace(/,/g, '');
    const printed = { value, places: (value.split('.')[1] ?? '').length };
    const ok = agrees(printed, cited);
    const shown = `${cited.value}${kind === 'rate' ? '%' : unit}`;
    const where = cited.table ? `《${cited.table}》` : '表中';
    claim(
      ctx,
      'figure',
      block.first,
      at,
      ok,
      `“${about.label}”的${cited.column.header}：正文${value}${unit}，${where}${shown}`,
    );
    // The table's own cell already reported wrong (its rate against its amounts): the text is not blamed too.
    if (
      ok ||
      ctx.findings.some((f) => f.line === cited.line + 1 && f.found.replace(/[%％,]/g, '') === cited.value)
    )
      continue;
    // A rate one unit of its last place off (63.21% against 63.20%) is one worked out from unrounded amounts in one
    // place and from the printed ones in the other: a warning, not an error.
    const oneOff =
      kind === 'rate' &&
      printed.places === cited.places &&
      printed.places > 0 &&
      dec(value)
        .minus(cited.value)
        .abs()
        .eq(dec(1).div(dec(10).pow(printed.places)));
    report(
      ctx,
      block.first,
      'figure.text-table',
      oneOff ? 'warning' : 'error',
      excerptOf(text, at, at + m[0].length, 24),
      shown,
      `${value}${unit}`,
      `正文中“${about.label}”的${cited.column.header}为${value}${unit}，而第${cited.line + 1}行${where}为${shown}，两处不一致${oneOff ? '（相差末位一个单位，似一处按未四舍五入的金额计算）' : ''}。`,
      at,
    );
  }
}
