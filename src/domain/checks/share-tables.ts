/**
 * Shares stated without their amounts: "本年支出合计307.82万元，其中：基本支出占82.31%，项目支出占17.69%". The
 * parts' amounts are in a table: the row whose total column prints the whole (as the text rounds it) and
 * whose columns are named as the parts — the 支出决算表's 合计 row has 基本支出 and 项目支出 columns, the
 * 收入决算表's 财政拨款收入 and 事业收入. Each share is then part ÷ whole of that row, as the table prints them.
 * A part is only tied to a column of exactly its name, never to a budget column; when no row holds the whole,
 * or two rows that do print different parts, the share is not judged.
 */
import { sharePercent } from '../money/index.ts';
import { CHANGE_OR_RATIO } from './change-words.ts';
import { claim, endsWithWord, excerptOf, report, type Ctx } from './context.ts';
import { agrees, convert } from './figure-claims.ts';
import { MONEY_UNITS, scanNumbers, type NumberToken } from './numbers.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { figureAt, squashSpaces, type TableModel, type TFigure } from './table-model.ts';
import { judgeRatio, SHARE, show, sumWhenTotalWrong, verdictClause } from './verdict.ts';
import { dec } from '../money/index.ts';
import { mentionsAll } from './document-words.ts';

/** One part of a list of shares without amounts: "基本支出占81.44%" or "基本支出占本年支出的81.44%". */
const SHARE_ONLY_ITEM =
  /^((?:[^\d%％，,；;。、：:（）()]|（[^\d%％，,；;。、：:（）()]{1,3}）){1,20}?)占(?:([^\d%％，,；;。]{1,16}?)的)?(?:比重|比例)?(?:为|是|达)?(\d{1,3}(?:\.\d{1,4})?)%$/;
/** A part that is itself a total of others (合计, 小计, …): its share overlaps theirs. */
const OVERLAPPING_PART = /合计|小计|总计|累计|共计|总额|以上|其中|分别/;
const QIZHONG = /其中[：:，,]?/g;

export type ShareOnlyItem = { name: string; base: string; share: string; at: number };
/** A list after "其中" (at `qizhong` in the line), up to the sentence's end or the first item of another shape. */
export type ShareOnlyList = { qizhong: number; items: ShareOnlyItem[] };

/** The lists of shares without amounts in a line: "其中，A占a%，B占b%" (items of one base only are kept). */
export function shareOnlyLists(line: string): ShareOnlyList[] {
  const lists: ShareOnlyList[] = [];
  QIZHONG.lastIndex = 0;
  for (let m = QIZHONG.exec(line); m; m = QIZHONG.exec(line)) {
    const start = m.index + m[0].length;
    const end = line.indexOf('。', start);
    const items: ShareOnlyItem[] = [];
    let at = start;
    for (const segment of line.slice(start, end < 0 ? undefined : end).split(/[，,；;、]/)) {
      const item = SHARE_ONLY_ITEM.exec(segment.trim());
      if (!item || OVERLAPPING_PART.test(item[1]!)) break;
      items.push({
        name: item[1]!,
        base: item[2] ?? '',
        share: item[3]!,
        at: at + segment.indexOf(item[3]!),
      });
      at += segment.length + 1;
    }
    if (items.length > 0 && items.every((i) => i.base === items[0]!.base))
      lists.push({ qizhong: m.index, items });
  }
  return lists;
}

/** A column the whole may be read from, and columns no part is read from (a budget is not the outturn). */
const TOTAL_COLUMN = /合计|总计/;
const BUDGET_COLUMN = /预算/;

/** The whole the list belongs to: the money figure that ends the clause right before "其中". */
function wholeBefore(line: string, qizhong: number): { token: NumberToken; name: string } | null {
  const sentenceStart = line.lastIndexOf('。', qizhong) + 1;
  const before = line.slice(sentenceStart, qizhong);
  const tokens = scanNumbers(before);
  const token = tokens[tokens.length - 1];
  if (!token || !MONEY_UNITS.has(token.unit)) return null;
  if (!/^[\s，,：:]*$/.test(before.slice(token.end))) return null;
  if (endsWithWord(before, token.start, CHANGE_OR_RATIO)) return null;
  const clauseStart =
    Math.max(...['，', ',', '；', ';', '：', ':'].map((c) => before.lastIndexOf(c, token.start))) + 1;
  return {
    token: { ...token, start: token.start + sentenceStart, end: token.end + sentenceStart },
    name: before.slice(clauseStart, token.start),
  };
}

/**
 * `printedWhole`: the table's own total when its parts do not add up to it (its 合计 is wrong, and
 * table.row-sum says so): `whole` is then the sum of the parts, the base the shares are judged against.
 */
type RowParts = { whole: TFigure; parts: (TFigure | null)[]; table: string; printedWhole?: TFigure };

/**
 * The sum of `parts` as a figure of the whole's column when they do not add up to the printed `whole`
 * (beyond the rounding of the printed figures); null when they do, or when a part is missing.
 */
function partsSum(whole: TFigure, parts: readonly (TFigure | null)[]): TFigure | null {
  if (parts.length < 2 || parts.some((p) => !p)) return null;
  const sum = sumWhenTotalWrong(parts as TFigure[], whole);
  return sum && { ...sum, col: whole.col, line: whole.line, text: sum.value };
}

/** Rows holding the whole in a total column, with the figure of each part's column (null where none). */
function rowsHolding(
  models: readonly TableModel[],
  whole: NumberToken,
  names: readonly string[],
): RowParts[] {
  const out: RowParts[] = [];
  for (const m of models) {
    const headers = m.headers.map(squashSpaces);
    const totals = headers.flatMap((h, col) => (TOTAL_COLUMN.test(h) && !BUDGET_COLUMN.test(h) ? [col] : []));
    if (totals.length === 0) continue;
    const partCols = names.map((n) => headers.findIndex((h) => h === n && !BUDGET_COLUMN.test(h)));
    if (partCols.every((c) => c < 0)) continue;
    const unit = m.table.unit || '万元';
    for (const item of m.items) {
      for (const col of totals) {
        const f = figureAt(item, col);
        if (!f) continue;
        const parts = partCols.map((c) => (c < 0 ? null : figureAt(item, c)));
        if (agrees(whole.value, whole.places, convert(f.value, unit, whole.unit))) {
          out.push({ whole: f, parts, table: m.table.title });
          break;
        }
        // A row whose printed total is wrong (its parts add up to something else) but whose parts add up
        // to the whole the text states: the text worked from the parts, and its shares are judged against
        // their sum (the wrong total is table.row-sum's). Only when the row prints no other amount (a column
        // the text does not list would make its total right after all).
        const others = item.figures.some(
          (x) => !totals.includes(x.col) && !partCols.includes(x.col) && !dec(x.value).isZero(),
        );
        const sum = others ? null : partsSum(f, parts);
        if (sum && agrees(whole.value, whole.places, convert(sum.value, unit, whole.unit))) {
          out.push({ whole: sum, parts, table: m.table.title, printedWhole: f });
          break;
        }
      }
    }
  }
  return out;
}

export function checkSharesFromTables(ctx: Ctx, models: readonly TableModel[]): void {
  if (models.length === 0) return;
  // ("其中…占…%".)
  if (!mentionsAll(ctx, ['占', '其中', '%'])) return;
  forEachFigureLineWith(ctx, '占', (line, li) => {
    if (!line.includes('其中')) return;
    for (const list of shareOnlyLists(line)) {
      const whole = wholeBefore(line, list.qizhong);
      if (!whole) {
        checkRowShares(ctx, li, line, list, models);
        continue;
      }
      const base = list.items[0]!.base;
      if (base && !squashSpaces(whole.name).includes(squashSpaces(base))) continue;
      const rows = rowsHolding(
        models,
        whole.token,
        list.items.map((i) => squashSpaces(i.name)),
      );
      list.items.forEach((item, k) => {
        const found = rows.map((r) => ({ part: r.parts[k], row: r })).filter((x) => x.part);
        if (found.length === 0) return;
        const { part, row } = found[0]!;
        // Two rows holding the whole but printing this part differently: which one the text means is unknown.
        if (found.some((x) => x.part!.value !== part!.value || x.row.whole.value !== row.whole.value)) return;
        checkOne(ctx, li, line, item, part!, row);
      });
    }
  });
}

/** A row label without its numbering or "其中：" ("2.公务用车购置及运行维护费" → 公务用车购置及运行维护费). */
const rowName = (label: string): string =>
  squashSpaces(label)
    .replace(/^其中[：:]?/, '')
    .replace(/^(\d+|[一二三四五六七八九十]+)[.．、]|^[（(](\d+|[一二三四五六七八九十]+)[)）]/, '');

/**
 * "其中：因公出国（境）费占16.51%，公务用车购置及运行维护费占77.74%，公务接待费占5.75%" with no whole in its
 * sentence, the amounts in a table listing each part as a row under a 合计 row: each share is the part's row
 * ÷ the 合计 row in the table's one outturn column (决算数, not 上年 or 预算). Read only when at least three
 * parts each have their row and most of the shares hold — then the column is the one the text means, and a
 * share that does not hold is an error.
 */
function checkRowShares(
  ctx: Ctx,
  li: number,
  line: string,
  list: ShareOnlyList,
  models: readonly TableModel[],
): void {
  if (list.items.length < 3 || list.items.some((i) => i.base !== '')) return;
  const names = list.items.map((i) => rowName(i.name));
  const found: Array<{ parts: TFigure[]; row: RowParts }> = [];
  for (const m of models) {
    const cols = m.headers.flatMap((h, c) =>
      /决算/.test(h) && !/上年|预算|率|%|％|增减|比/.test(h) ? [c] : [],
    );
    if (cols.length !== 1) continue;
    const total = m.items.filter((i) => /^(合计|总计)$/.test(rowName(i.label)));
    const rows = names.map((n) => m.items.filter((i) => rowName(i.label) === n));
    if (total.length !== 1 || rows.some((r) => r.length !== 1)) continue;
    const printed = figureAt(total[0]!, cols[0]!);
    const parts = rows.map((r) => figureAt(r[0]!, cols[0]!));
    if (!printed || parts.some((f) => !f)) continue;
    // A 三公 合计 its items do not add up to (table.row-sum reports it): the shares are of the items' sum.
    const sum = /三公/.test(m.table.title) ? partsSum(printed, parts) : null;
    const row: RowParts = sum
      ? { whole: sum, parts, table: m.table.title, printedWhole: printed }
      : { whole: printed, parts, table: m.table.title };
    found.push({ parts: parts as TFigure[], row });
  }
  if (found.length !== 1) return;
  const { parts, row } = found[0]!;
  const holds = list.items.filter((item, k) => {
    const v = judgeRatio(
      { value: item.share, places: (item.share.split('.')[1] ?? '').length },
      [parts[k]!, row.whole],
      ([p, t]) => sharePercent(p!, t!),
      SHARE,
    );
    return v !== null && v.kind !== 'wrong';
  }).length;
  if (holds * 2 <= list.items.length) return;
  list.items.forEach((item, k) => checkOne(ctx, li, line, item, parts[k]!, row));
}

function checkOne(
  ctx: Ctx,
  li: number,
  line: string,
  item: ShareOnlyItem,
  part: TFigure,
  row: RowParts,
): void {
  const printed = { value: item.share, places: (item.share.split('.')[1] ?? '').length };
  const whole = row.whole;
  const verdict = judgeRatio(printed, [part, whole], ([p, t]) => sharePercent(p!, t!), SHARE);
  if (!verdict) return;
  const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
  // When the table's total is wrong, the base is the sum of its parts: the message says so.
  const source = row.printedWhole
    ? `第${part.line + 1}行《${row.table}》；表中合计${row.printedWhole.value}与各项之和${whole.value}不符，按各项之和计`
    : `第${part.line + 1}行《${row.table}》`;
  claim(
    ctx,
    'share',
    li,
    item.at,
    verdict.kind !== 'wrong',
    `${item.name} ${part.value} ÷ ${whole.value} × 100% = ${exact}%（${source}），文中${item.share}%`,
  );
  if (verdict.kind === 'ok') return;
  report(
    ctx,
    li,
    'share.percent',
    verdict.severity,
    excerptOf(line, item.at - item.name.length - 1, item.at + item.share.length + 1, 12),
    `${exact}%`,
    `${item.share}%`,
    `${item.name}占比应为 ${part.value} ÷ ${whole.value} × 100% = ${exact}%（金额见${source}），文中为${item.share}%${verdictClause(verdict.kind, '，差异在前后数字四舍五入的误差范围内')}。`,
    item.at,
  );
}
