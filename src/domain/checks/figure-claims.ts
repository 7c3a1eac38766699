/**
 * The same named figure stated in two places: the running text against the 决算 tables, and one table
 * against another (the national 部门决算 set repeats its totals across the nine tables).
 * A figure is named only by phrases whose meaning is fixed (本年收入合计, 财政拨款收入支出总计, 一般公共预算财政拨款
 * 支出, 人员经费, “三公”经费 …, a 类 of the 一般公共预算 table, a column of the 政府性基金 / 国有资本经营预算 table's 合计
 * row in a sentence or section naming that budget), and only for the year reported — a budget, a last-year
 * figure or a change is never compared. When the tables disagree among themselves, the text is not judged.
 */
import { dec, roundHalfUp } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { paragraphLine, type Block, type Paragraph } from './layout.ts';
import { MONEY_UNITS } from './numbers.ts';
import { lineFigures } from './prose-lines.ts';
import { addTo } from './multimap.ts';
import {
  canonicalLabel,
  figureAt,
  itemsOf,
  squashSpaces,
  type TableModel,
  type TFigure,
  type TItem,
} from './table-model.ts';
import {
  judgeRatio,
  judgeSum,
  plain,
  roundsTo,
  SHARE,
  show,
  sumWhenTotalWrong,
  verdictClause,
  type RatioVerdict,
  likeliestReading,
} from './verdict.ts';
import { changePercent, completionPercent } from '../money/index.ts';
import {
  feeFigure,
  feeHeaderInHalves,
  feeHeaderItems,
  feeRowFigures,
  feeRowOrder,
} from './three-fees-order.ts';
import { expenseTotal } from './expense-total.ts';
import { threeFeesColumns, type FeeColumns } from './table-claims.ts';
import { unitSectionStarts } from './unit-sections.ts';
import { plainFeeTables } from './plain-fees.ts';
import { UNITS_OF_A_KIND } from './prose-clauses.ts';

export type NamedEntry = Entry;
type Entry = {
  key: string;
  name: string;
  value: string;
  places: number;
  line: number;
  table: string;
  unit: string;
  /** A figure worked out from printed parts (人员经费合计 + 公用经费合计): how far their rounding may take it. */
  slack?: string;
  /**
   * The 三公 total (fees-actual) when the table's own items do not add up to it (its 合计 is wrong, and
   * table.row-sum says so): the sum of the items, the base the text's shares are judged against.
   */
  parts?: { value: string; places: number; sum: string };
};

/** The 三公 items whose outturns make up the 三公 total, in the table's order. */
const FEE_PARTS = ['fees-abroad', 'fees-car', 'fees-reception'] as const;

type FeePart = TFigure | 'dash' | null | undefined;

/** The 三公 items as printed ("-" as 0) and whether they add up to the printed total, within rounding. */
function feeSum(
  total: TFigure | null | undefined,
  parts: readonly FeePart[],
): { printed: { value: string; places: number }[]; holds: boolean } | null {
  if (!total || parts.some((p) => !p)) return null;
  const printed = parts.map((p) => (p === 'dash' ? { value: '0', places: 0 } : p!));
  return { printed, holds: judgeSum(printed, total).kind !== 'wrong' };
}

/**
 * When the 三公 table's outturn items (a figure each, or "-" for 0) do not add up to its printed total —
 * beyond the rounding of the printed figures —, their sum: a share of the 三公 total stated in the text is
 * judged against it (the table's wrong total is reported by table.row-sum, not again through every share).
 */
function feeParts(total: TFigure | null | undefined, parts: readonly FeePart[]): Entry['parts'] {
  const printed = feeSum(total, parts)?.printed;
  const sum = printed && sumWhenTotalWrong(printed, total!);
  return sum ? { ...sum, sum: printed.map((p) => p.value).join(' + ') } : undefined;
}

/** The car line as its 购置费 + 运行维护费 when it is not their sum beyond rounding; null when it is. */
function carAsParts(car: FeePart, buy: FeePart, run: FeePart): TFigure | null {
  if (!car || car === 'dash' || !buy || !run) return null;
  const sub = [buy, run].map((p) => (p === 'dash' ? { value: '0', places: 0 } : p));
  const sum = sumWhenTotalWrong(sub, car);
  return sum ? { ...car, ...sum, text: sub.map((p) => p.value).join(' + ') } : null;
}

/**
 * Parts of a file that are separate documents (several units' 决算 in one file): a new part starts at a
 * title "…年度部门决算" or at "第一部分" (never at 第二/三部分, parts of one document), or at a unit's section in a
 * notice of several units (unit-sections.ts). Figures are compared within one part only.
 */
function holdsBuOrJue(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x90e8 || c === 0x51b3) return true;
  }
  return false;
}

function segmenter(ctx: Ctx): (line: number) => number {
  const starts: number[] = [];
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph' || b.text.length > 60) continue;
    // Both patterns below need a 部 or a 决: most short paragraphs are not squashed to be tried.
    if (!holdsBuOrJue(b.text)) continue;
    const t = b.text.replace(/\s+/g, '');
    if (/^第[二三四五六七八九十]+部分/.test(t)) continue;
    if (/年度(部门|单位)决算$|^第一部分/.test(t)) starts.push(b.first);
  }
  // (And the sections of several units in one notice, each speaking for its own.)
  starts.push(...unitSectionStarts(ctx));
  starts.sort((a, b) => a - b);
  return (line) => {
    let seg = 0;
    for (const s of starts) if (s <= line) seg++;
    return seg;
  };
}

export type TableKind =
  | 'fiscal-summary'
  | 'summary'
  | 'income'
  | 'gp-basic'
  | 'gp-expense'
  | 'expense'
  | 'three-fees'
  | 'fund'
  | 'soe'
  | null;

export function kindOf(title: string): TableKind {
  const t = squashSpaces(title);
  if (/财政拨款收入支出决算总表/.test(t)) return 'fiscal-summary';
  if (/收入支出决算总表/.test(t)) return 'summary';
  if (/收入决算表/.test(t) && !/支出/.test(t)) return 'income';
  if (/一般公共预算财政拨款基本支出决算表/.test(t)) return 'gp-basic';
  if (/一般公共预算财政拨款支出决算表/.test(t)) return 'gp-expense';
  if (/支出决算表/.test(t) && !/收入|三公|基金|国有资本/.test(t)) return 'expense';
  if (/三公/.test(t)) return 'three-fees';
  if (/政府性基金预算财政拨款(?:收入)?支出决算表/.test(t)) return 'fund';
  if (/国有资本经营预算财政拨款(?:收入)?支出决算表/.test(t)) return 'soe';
  return null;
}

/** The 合计 row's columns of a 政府性基金 / 国有资本经营预算 table, by the header that names each (one column each). */
const BUDGET_COLUMNS: ReadonlyArray<[string, string, RegExp]> = [
  ['carry-in', '年初结转和结余', /^年初结转和?结余$/],
  ['income', '本年收入', /^本年收入(?:合计)?$/],
  ['expense', '本年支出', /^(?:本年支出)?(?:合计|小计)$|^本年支出$/],
  ['basic', '本年支出基本支出', /^(?:本年支出)?基本支出$/],
  ['project', '本年支出项目支出', /^(?:本年支出)?项目支出$/],
  ['carry-out', '年末结转和结余', /^年末结转和?结余$/],
];

/** A word of each column's own header (本年支出 heads the three spending columns, so it is not one). */
const BUDGET_WORDS = [/年初结转/, /本年收入/, /合计|小计/, /基本支出/, /项目支出/, /年末结转/];

function budgetNames(kind: string, budget: string): Record<string, string> {
  return Object.fromEntries(BUDGET_COLUMNS.map(([key, name]) => [`${kind}-${key}`, `${budget}${name}`]));
}

const NAMES: Record<string, string> = {
  'grand-total': '收入支出总计',
  'fiscal-total': '财政拨款收入支出总计',
  'income-total': '本年收入合计',
  'gp-income': '一般公共预算财政拨款收入',
  'expense-total': '本年支出合计',
  'gp-expense-total': '一般公共预算财政拨款支出',
  'gp-basic-total': '一般公共预算财政拨款基本支出',
  'gp-project-total': '一般公共预算财政拨款项目支出',
  'gp-person': '人员经费',
  'gp-office': '公用经费',
  'fees-budget': '“三公”经费预算数',
  'fees-actual': '“三公”经费决算数',
  'fees-abroad': '因公出国（境）费决算数',
  'fees-car': '公务用车购置及运行维护费决算数',
  'fees-car-buy': '公务用车购置费决算数',
  'fees-car-run': '公务用车运行维护费决算数',
  'fees-reception': '公务接待费决算数',
  'fees-abroad-budget': '因公出国（境）费预算数',
  'fees-car-budget': '公务用车购置及运行维护费预算数',
  'fees-car-buy-budget': '公务用车购置费预算数',
  'fees-car-run-budget': '公务用车运行维护费预算数',
  'fees-reception-budget': '公务接待费预算数',
  ...budgetNames('fund', '政府性基金预算财政拨款'),
  ...budgetNames('soe', '国有资本经营预算财政拨款'),
};

const label = (i: TItem): string => squashSpaces(i.label);

/** The 总表s' income row of the 一般公共预算 ("一、一般公共预算财政拨款收入", "一般公共预算财政拨款"). */
const GP_INCOME_ROW = /^(?:[一二三四五六七八九十]+[、.．])?一般公共预算财政拨款(?:收入)?$/;

/** A table as a message names it: 《its title》, or "表格" when it has none. */
const titled = (title: string): string => (title ? `《${title}》` : '表格');

/** A 类 name as the 一般公共预算 table prints it: "一般公共服务（类）支出" and "一般公共服务支出（类）" → "一般公共服务支出". */
export function className(name: string): string {
  const n = name.replace(/[（(]类[）)]/g, '').replace(/\s+/g, '');
  return n.endsWith('支出') ? n : `${n}支出`;
}

/** Figures the tables name, by key. */
function tableEntries(
  lines: readonly string[],
  models: readonly TableModel[],
  segmentOf: (line: number) => number,
  year: number | null,
): Entry[] {
  const out: Entry[] = [];
  // A part of the file with two tables of one kind holds several sets: which is which is unknown.
  const seen = new Map<string, number>();
  // Each table's kind, read once (a title is tried against every kind).
  const kinds = models.map((m) => kindOf(m.table.title) ?? (feeRowsOnly(m) ? 'three-fees' : null));
  models.forEach((m, k) => {
    const kind = kinds[k];
    if (kind)
      seen.set(
        `${segmentOf(m.table.first)}|${kind}`,
        (seen.get(`${segmentOf(m.table.first)}|${kind}`) ?? 0) + 1,
      );
  });
  for (let k = 0; k < models.length; k++) {
    const m = models[k]!;
    const kind = kinds[k];
    if (!kind || seen.get(`${segmentOf(m.table.first)}|${kind}`)! > 1) continue;
    const seg = segmentOf(m.table.first);
    const unit = m.table.unit || '万元';
    const add = (key: string, f: TFigure | null | undefined, name = NAMES[key] ?? key): void => {
      if (f)
        out.push({
          key: `${seg}|${key}`,
          name,
          value: f.value,
          places: f.places,
          line: f.line,
          table: m.table.title,
          unit,
        });
    };
    // The 三公 total just added (fees-actual) with the sum of its items when they do not add up to it.
    const withParts = (total: TFigure | null | undefined, parts: readonly FeePart[]): void => {
      const found = feeParts(total, parts);
      if (!found || !total) return;
      for (let e = out.length - 1; e >= 0; e--)
        if (out[e]!.key === `${seg}|fees-actual` && out[e]!.line === total.line) {
          out[e]!.parts = found;
          return;
        }
    };
    const items = itemsOf(m).filter((i) => i.figures.length > 0);
    const first = (re: RegExp, code = false): TItem | undefined =>
      items.find((i) => (code || i.code === null) && re.test(label(i)));
    const headerCol = (re: RegExp): number => m.headers.findIndex((h) => re.test(squashSpaces(h)));
    // 一般公共预算财政拨款（收入）: a row of the income rows (above 本年收入合计), its first figure the income.
    const gpIncome = (): TFigure | undefined => {
      const total = first(/^本年收入合计$/);
      const row = first(GP_INCOME_ROW);
      return row && total && row.line < total.line ? row.figures[0] : undefined;
    };
    switch (kind) {
      case 'summary':
        add('gp-income', gpIncome());
        add('income-total', first(/^本年收入合计$/)?.figures[0]);
        add('expense-total', first(/^本年支出合计$/)?.figures[0]);
        add('grand-total', first(/^总计$/)?.figures[0]);
        break;
      case 'fiscal-summary':
        add('gp-income', gpIncome());
        add('fiscal-total', first(/^总计$/)?.figures[0]);
        break;
      case 'income':
        add('income-total', first(/^(合计|本年收入合计)$/)?.figures[0]);
        break;
      case 'expense': {
        const total = first(/^(合计|本年支出合计)$/);
        if (total) add('expense-total', expenseTotal(m, total));
        break;
      }
      case 'gp-expense': {
        const total = first(/^合计$/);
        if (!total) break;
        const outturn = gpOutturn(m);
        add('gp-expense-total', outturn(total));
        const basic = headerCol(/^基本支出$/);
        const project = headerCol(/^项目支出$/);
        if (basic >= 0) add('gp-basic-total', figureAt(total, basic));
        if (project >= 0) add('gp-project-total', figureAt(total, project));
        for (const i of items)
          if (i.code && i.code.length === 3)
            add(`gp-class:${className(i.label)}`, outturn(i), `${className(i.label)}（类）`);
        break;
      }
      case 'gp-basic': {
        const person = first(/^人员经费(合计)?$/);
        const office = first(/^公用经费(合计)?$/);
        add('gp-person', person?.figures[0]);
        add('gp-office', office?.figures[0]);
        const p = person?.figures[0];
        const o = office?.figures[0];
        if (p && o) {
          const value = dec(p.value).plus(o.value).toFixed(Math.max(p.places, o.places));
          out.push({
            key: `${seg}|gp-basic-total`,
            name: NAMES['gp-basic-total']!,
            value,
            places: Math.max(p.places, o.places),
            line: p.line,
            table: `${m.table.title}（人员经费合计 + 公用经费合计）`,
            unit,
            // Each part rounded when printed: their sum may miss the rounded total by one last digit.
            slack: dec(1)
              .div(dec(10).pow(Math.max(p.places, o.places)))
              .toString(),
          });
        }
        break;
      }
      case 'fund':
      case 'soe': {
        const total = first(/^合计$/);
        if (!total) break;
        // A column whose header holds two columns' names (年初结转和结余本年收入): the headers are not placed over
        // their figures from there on (wide characters shift a header line; a column left blank takes no header),
        // so no column right of it is named.
        const merged = m.headers.findIndex(
          (h) => BUDGET_WORDS.filter((w) => w.test(squashSpaces(h))).length > 1,
        );
        const named = merged < 0 ? m.headers : m.headers.slice(0, merged);
        for (const [key, , re] of BUDGET_COLUMNS) {
          // (A header two columns hold: which one is meant is not known.)
          const cols = named.flatMap((h, c) => (re.test(squashSpaces(h)) ? [c] : []));
          if (cols.length === 1) add(`${kind}-${key}`, figureAt(total, cols[0]!));
        }
        break;
      }
      case 'three-fees': {
        let national = false;
        // The national layout's header says 预算数 / 决算数 of this year only: a table that also prints last
        // year's outturn or changes ("2023年决算数 | 2024年预算数 | 2024年决算数") is not read by position.
        const firstLine = items[0]?.line ?? Infinity;
        const header = m.table.rows
          .filter((r) => r.line < firstLine)
          .map((r) => r.cells.map((c) => c.text).join(''))
          .join('');
        const years = allMatches(header, YEAR).map((y) => Number(y[1]));
        const positional =
          !/上年|去年|上一年|同期|增减|增长|变动|比上|较上|[率%％]/.test(header) &&
          !years.some((y) => year === null || y !== year);
        for (const r of m.rows) {
          if (!positional) break;
          // (Rows of another width are not copied.)
          const printed = feeRowFigures(r.items);
          // A row printing "-" for its zeros: its figures by their column, when all twelve columns are told.
          const byColumn = printed.length !== 12;
          if (byColumn && (m.columns !== 12 || printed.length < 2 || r.items.some((i) => i.unplaced > 0)))
            continue;
          // A header in halves (预算数 | 决算数, six columns each): the figures reordered in pairs when the
          // header tells each one's column (three-fees-order.ts), else not read.
          // (A row of dashes is read by column in the national order only: its sums cannot be checked.)
          const headerItems = byColumn ? feeHeaderItems(m, r.line) : null;
          const inOrder = !headerItems || headerItems.every((n, j) => n === j);
          const layout = byColumn
            ? feeHeaderInHalves(m, r.line) || !inOrder
              ? null
              : 'columns'
            : feeRowOrder(m, printed);
          if (!layout) continue;
          // The figures in the national order, in pairs (预算数, 决算数 of each item).
          const figs =
            layout === 'columns'
              ? Array.from({ length: 12 }, (_, c) => printed.find((f) => f.col === c))
              : Array.from({ length: 12 }, (_, c) => feeFigure(layout, printed, c >> 1, c & 1));
          add('fees-budget', figs[0]);
          add('fees-actual', figs[1]);
          add('fees-abroad-budget', figs[2]);
          add('fees-abroad', figs[3]);
          add('fees-car-budget', figs[4]);
          add('fees-car', figs[5]);
          add('fees-car-buy-budget', figs[6]);
          add('fees-car-buy', figs[7]);
          add('fees-car-run-budget', figs[8]);
          add('fees-car-run', figs[9]);
          add('fees-reception-budget', figs[10]);
          add('fees-reception', figs[11]);
          // A "-" printed for an item's 决算 is 0 (the row's dashes are recorded by column).
          const dashed = (c: number): TFigure | 'dash' | undefined =>
            figs[c] ?? (byColumn && r.items.some((i) => i.dashes?.includes(c)) ? 'dash' : undefined);
          // Only when the 预算数 columns add up in the national order (as table.row-sum reads the row: then
          // the wrong 决算 total is reported there).
          if (feeSum(figs[0], [dashed(2), dashed(4), dashed(10)])?.holds)
            withParts(figs[1], [dashed(3), dashed(5), dashed(11)]);
          national = true;
          break;
        }
        if (national) break;
        // The items as columns under their names, a row of 预算数 and a row of 决算数 (six figures each).
        const byItem = feeColumnRows(m, year);
        if (positional && byItem) {
          const { cols, budget, actual } = byItem;
          const at = (r: TItem, c: number | undefined) => (c === undefined ? undefined : figureAt(r, c));
          for (const [key, c] of [
            ['fees', cols.total],
            ['fees-abroad', cols.abroad],
            ['fees-car', cols.car],
            ['fees-car-buy', cols.buy],
            ['fees-car-run', cols.run],
            ['fees-reception', cols.reception],
          ] as const) {
            add(key === 'fees' ? 'fees-budget' : `${key}-budget`, at(budget, c));
            add(key === 'fees' ? 'fees-actual' : key, at(actual, c));
          }
          // (A 合计 its items do not add up to: the text may state their sum, as for the national row.)
          const carParts =
            cols.car === undefined ? [at(actual, cols.buy), at(actual, cols.run)] : [at(actual, cols.car)];
          withParts(at(actual, cols.total), [
            at(actual, cols.abroad),
            ...carParts,
            at(actual, cols.reception),
          ]);
          break;
        }
        // One row per item (合计, 因公出国（境）费, …): the figure of the one column whose header says this
        // year's 决算 (预算数 | 决算数 | 上年决算数 | 增减额 | 增减率 — the other columns are not the 决算).
        const col = columnOfYear(m.headers, year, '决算');
        if (col < 0) {
          addUnitTotals(lines, m, items, year, add);
          break;
        }
        const byKey = new Map<string, TFigure[]>();
        // Every row of each name, with a figure in that column or not ("-" or blank: 0, as the row sums read it).
        const rowsByKey = new Map<string, TItem[]>();
        for (const i of itemsOf(m)) {
          if (i.code !== null) continue;
          const key = feeRowKey(label(i));
          if (!key) continue;
          addTo(rowsByKey, key, i);
          const f = figureAt(i, col);
          if (f) addTo(byKey, key, f);
        }
        // (A name on two rows: which one is meant is not known.)
        for (const [key, fs] of byKey) if (fs.length === 1) add(key, fs[0]);
        // This year's budget of each row, when one column's header says so (the rates' bases).
        const budgetCol = columnOfYear(m.headers, year, '预算');
        if (budgetCol >= 0)
          for (const [key, rows] of rowsByKey)
            if (rows.length === 1 && rows[0]!.unplaced === 0)
              add(key === 'fees-actual' ? 'fees-budget' : `${key}-budget`, figureAt(rows[0]!, budgetCol));
        const one = (key: string): TFigure | 'dash' | null => {
          const rows = rowsByKey.get(key);
          if (rows?.length !== 1 || rows[0]!.unplaced > 0) return null;
          return figureAt(rows[0]!, col) ?? 'dash';
        };
        const total = one('fees-actual');
        // A car line its 购置费 + 运行维护费 do not add up to (table.row-sum says so): their sum stands for it.
        const car = carAsParts(one('fees-car'), one('fees-car-buy'), one('fees-car-run'));
        const carEntry = car && out.find((e) => e.key === `${seg}|fees-car` && e.line === car.line);
        if (car && carEntry) carEntry.parts = { ...car, sum: car.text };
        if (total !== 'dash')
          withParts(
            total,
            FEE_PARTS.map((key) => (key === 'fees-car' && car) || one(key)),
          );
        break;
      }
    }
  }
  return out;
}

/** `word`: a word `re` holds as it is (tried first: most clauses do not hold it). */
type Phrase = {
  key: (m: RegExpExecArray, sentence: string, heading: string) => string | null;
  re: RegExp;
  word: string;
  /** When `key` names nothing, the phrases after it are tried (else none is). */
  fallThrough?: boolean;
};

const BEFORE = '(?:支出)?(?:决算数?)?(?:均|各)?(?:为|是|共计|合计|达)?[:：]?$';
/** An item's name starts the clause or follows a year, "其中", a number: "国内公务接待费" is not 公务接待费. */
const ITEM_START = '(?:^|(?<=[^\\u4e00-\\u9fa5]|年|度|的|中|：))';
/** Names stated in running text that must read the same wherever they are stated (no table to compare). */
const RESTATED =
  /^(grand-total|fiscal-total|income-total|expense-total|gp-expense-total|gp-basic-total|fees-actual)$/;

/** The 三公 items a table prints one row each, by their name without ordinal ("3.公务接待费"). */
const FEE_ROWS: ReadonlyArray<[RegExp, string]> = [
  [/^(?:“三公”经费)?(?:合计|总计)$/, 'fees-actual'],
  [/^因公出国[（(]境[）)]费$/, 'fees-abroad'],
  [/^公务用车购置及运行(?:维护)?费$/, 'fees-car'],
  [/^(?:其中[：:])?公务用车购置费$/, 'fees-car-buy'],
  [/^(?:其中[：:])?公务用车运行(?:维护)?费$/, 'fees-car-run'],
  [/^公务接待费$/, 'fees-reception'],
];

export function feeRowKey(name: string): string | null {
  const n = canonicalLabel(name);
  for (const [re, key] of FEE_ROWS) if (re.test(n)) return key;
  return null;
}

/**
 * The one column of a table whose header says it holds this year's `kind` (决算 or 预算): that word and not the
 * other, 上年, a change or a rate, and no year but the document's ("2024年决算数" in a 2024 document). −1 when
 * none or several do.
 */
export function columnOfYear(headers: readonly string[], year: number | null, kind: '决算' | '预算'): number {
  const other = kind === '决算' ? '预算' : '决算';
  let found = -1;
  for (let c = 0; c < headers.length; c++) {
    const h = squashSpaces(headers[c]!);
    if (!h.includes(kind) || h.includes(other) || /上年|去年|上一年|同期|增减|增长|变动|率|%|％|比/.test(h))
      continue;
    const years = allMatches(h, YEAR).map((y) => Number(y[1]));
    if (years.length > 0 && (year === null || years.some((y) => y !== year))) continue;
    if (found >= 0) return -1;
    found = c;
  }
  return found;
}

/**
 * A table without a title whose rows are the 三公 items and their 合计, each once, and nothing else (the
 * 三公 notice's one table, its title the notice's).
 */
function feeRowsOnly(m: TableModel): boolean {
  const keys = new Set<string>();
  for (const i of itemsOf(m)) {
    if (i.figures.length === 0) continue;
    const key = i.code === null ? feeRowKey(label(i)) : null;
    if (!key || keys.has(key)) return false;
    keys.add(key);
  }
  return keys.has('fees-actual') && keys.size >= 4;
}

/** A 决算 a header names, with its year when one is printed right before it ("2024年决算数"). */
const OUTTURN_MENTION = /(?:(20\d\d)\s*年度?)?决算/g;

/**
 * A 三公 table by unit — one row per unit, one column per item (因公出国（境）费 | 公务用车购置费 | … | 合计),
 * under a header that says they are this year's 决算 — gives the items' and the total's outturn from its 合计
 * row, and the 三公 budget from the one column of this year's 预算. Read only when each item's column is told
 * once by its header and the header names no other year's outturn among them.
 */
function addUnitTotals(
  lines: readonly string[],
  m: TableModel,
  items: readonly TItem[],
  year: number | null,
  add: (key: string, f: TFigure | null | undefined) => void,
): void {
  const total = items.filter((i) => i.code === null && /^(合计|总计)$/.test(label(i)));
  if (total.length !== 1 || total[0]!.unplaced > 0) return;
  const firstLine = items[0]?.line ?? Infinity;
  // The header: its rows, and the lines between the title and the table (a spanning "2024年决算数" is printed
  // there, apart from the columns it spans).
  const above: string[] = [];
  for (let l = m.table.first - 1; l >= 0 && l >= m.table.first - 3; l--) {
    const text = lines[l]!;
    if (/表\s*$/.test(text.trim()) || /[。，]/.test(text)) break;
    above.push(text);
  }
  const header =
    above.join('') +
    m.table.rows
      .filter((r) => r.line < firstLine)
      .map((r) => r.cells.map((c) => c.text).join(''))
      .join('');
  // The 决算 the header states that no other column's own header holds: the items' (of this year, or of no year).
  const outturns = allMatches(header, OUTTURN_MENTION).map((o) => o[1] ?? '');
  const columns = new Map<string, number>();
  for (let c = 0; c < m.headers.length; c++) {
    const key = feeRowKey(m.headers[c]!);
    if (!key) continue;
    if (columns.has(key)) return;
    columns.set(key, c);
  }
  // The 合计 column and at least two items; any other column says another year's or a budget.
  if (!columns.has('fees-actual') || columns.size < 3) return;
  for (let c = 0; c < m.headers.length; c++) {
    if ([...columns.values()].includes(c)) continue;
    const h = squashSpaces(m.headers[c]!);
    const years = allMatches(h, YEAR).map((y) => Number(y[1]));
    if (!/预算|上年|去年|20\d\d/.test(h) && h !== '') return;
    if (/决算/.test(h) && !years.some((y) => y !== year) && !/上年|去年/.test(h)) return;
    for (const o of allMatches(h, OUTTURN_MENTION)) outturns.splice(outturns.indexOf(o[1] ?? ''), 1);
  }
  if (outturns.length === 0 || outturns.some((y) => y !== '' && Number(y) !== year)) return;
  for (const [key, c] of columns) add(key, figureAt(total[0]!, c));
  const budgetCol = columnOfYear(m.headers, year, '预算');
  if (budgetCol >= 0) add('fees-budget', figureAt(total[0]!, budgetCol));
}

/** A 政府性基金 / 国有资本经营预算 column as the text names it, by its key (BUDGET_COLUMNS), and a word it holds. */
const BUDGET_TEXT_NAMES: ReadonlyArray<[string, string, string]> = [
  ['carry-in', '年初结转和?结余', '年初结转'],
  ['income', '本年收入(?:合计)?', '本年收入'],
  ['expense', '本年支出(?:合计)?', '本年支出'],
  ['basic', '基本支出', '基本支出'],
  ['project', '项目支出', '项目支出'],
  ['carry-out', '年末结转和?结余', '年末结转'],
];

/**
 * The one of 政府性基金预算 / 国有资本经营预算 a text names, and no other budget (一般公共预算); null when it names
 * none or several.
 */
function budgetNamed(text: string): 'fund' | 'soe' | null {
  const fund = text.includes('政府性基金');
  const soe = text.includes('国有资本经营');
  if (fund === soe || text.includes('一般公共预算')) return null;
  return fund ? 'fund' : 'soe';
}

/**
 * "…政府性基金预算财政拨款年初结转和结余A万元，本年收入B万元，本年支出C万元，…": a column of that budget's table,
 * named after a year, 财政拨款, 中 or a clause mark. The budget is the one the sentence names, or — the sentence
 * naming no budget at all — the one its section's heading names. Else the phrases after these are tried.
 */
function budgetPhrases(): Phrase[] {
  const byColumn: Phrase[] = BUDGET_TEXT_NAMES.map(([key, name, word]) => ({
    word,
    re: new RegExp(`(?:^|[：:；;，,、]|年度?|财政拨款|中)(?:其中[：:]?)?${name}${BEFORE}`),
    key: (_m, sentence, heading) => {
      const own = budgetNamed(sentence);
      const named =
        own ?? (/政府性基金|国有资本经营|一般公共预算/.test(sentence) ? null : budgetNamed(heading));
      return named ? `${named}-${key}` : null;
    },
    fallThrough: true,
  }));
  // "2024年度政府性基金预算财政拨款支出X万元": the budget named with the figure (收入 is the table's 本年收入).
  const BY_NAME: Record<string, string> = {
    收入: 'income',
    支出: 'expense',
    基本支出: 'basic',
    项目支出: 'project',
  };
  const named: Phrase = {
    word: '预算财政拨款',
    re: new RegExp(
      `(政府性基金|国有资本经营)预算财政拨款(?:本年)?(收入|基本支出|项目支出|支出)(?:合计)?${BEFORE}`,
    ),
    key: (m) => `${m[1] === '政府性基金' ? 'fund' : 'soe'}-${BY_NAME[m[2]!]!}`,
  };
  // "政府性基金预算财政拨款收入320.00万元，支出296.40万元": the 支出 of the budget its income was just named with.
  const after: Phrase = {
    word: '支出',
    re: /^(?:本年)?支出(?:决算数?)?(?:为|是)?$/,
    key: (_m, sentence) => {
      const m = INCOME_THEN_EXPENSE.exec(sentence);
      return m ? `${m[1] === '政府性基金' ? 'fund' : 'soe'}-expense` : null;
    },
  };
  return [...byColumn, named, after];
}

const INCOME_THEN_EXPENSE =
  /(政府性基金|国有资本经营)预算财政拨款(?:本年)?收入(?:决算数?)?(?:为|是)?\s*\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元)\s*[，,]\s*(?:本年)?支出(?:决算数?)?(?:为|是)?$/;

/** Phrases that name a figure; `re` is tested against the clause right before the figure. */
const PHRASES: Phrase[] = [
  ...budgetPhrases(),
  {
    word: '总计',
    re: new RegExp(`财政拨款(?:收入支出|收、支|收支)总计${BEFORE}`),
    key: () => 'fiscal-total',
  },
  {
    word: '总计',
    re: new RegExp(`(?<!财政拨款)(?:收入支出|收、支|收支)总计${BEFORE}`),
    key: () => 'grand-total',
  },
  { word: '本年收入合计', re: new RegExp(`本年收入合计${BEFORE}`), key: () => 'income-total' },
  { word: '本年支出合计', re: new RegExp(`本年支出合计${BEFORE}`), key: () => 'expense-total' },
  {
    word: '一般公共预算财政拨款基本支出',
    re: new RegExp(`一般公共预算财政拨款基本支出${BEFORE}`),
    key: () => 'gp-basic-total',
  },
  {
    word: '一般公共预算财政拨款项目支出',
    re: new RegExp(`一般公共预算财政拨款项目支出${BEFORE}`),
    key: () => 'gp-project-total',
  },
  {
    word: '一般公共预算财政拨款支出',
    re: new RegExp(`一般公共预算财政拨款支出${BEFORE}`),
    key: () => 'gp-expense-total',
  },
  {
    word: '经费',
    re: new RegExp(`(?:^|[：:；;，,、])(?:其中[：:]?)?(人员经费|公用经费)${BEFORE}`),
    key: (m, s) =>
      /一般公共预算财政拨款基本支出/.test(s) ? (m[1] === '人员经费' ? 'gp-person' : 'gp-office') : null,
  },
  {
    word: '类',
    re: /(?:^|[：:；;，,、])(?:其中[：:]?)?([\u4e00-\u9fa5]{2,16}?)(?:[（(]类[）)]([\u4e00-\u9fa5]{0,2})|支出[（(]类[）)])(?:支出)?(?:决算)?(?:为)?$/,
    key: (m, s) =>
      /一般公共预算财政拨款支出/.test(s) && !/预算为|年初预算|调整预算/.test(s)
        ? `gp-class:${className(m[1]! + (m[2] ?? ''))}`
        : null,
  },
  {
    word: '因公出国',
    re: new RegExp(`${ITEM_START}因公出国[（(]境[）)]经?费${BEFORE}`),
    key: () => 'fees-abroad',
  },
  {
    word: '公务用车购置及运行',
    re: new RegExp(`${ITEM_START}公务用车购置及运行(?:维护)?费${BEFORE}`),
    key: () => 'fees-car',
  },
  {
    word: '公务用车购置',
    re: new RegExp(`${ITEM_START}公务用车购置费?(?:支出)?(?:决算数?)?(?:为|是)?$`),
    key: () => 'fees-car-buy',
  },
  {
    word: '公务用车运行',
    re: new RegExp(`${ITEM_START}公务用车运行(?:维护)?费?(?:支出)?(?:决算数?)?(?:为|是)?$`),
    key: () => 'fees-car-run',
  },
  { word: '公务接待费', re: new RegExp(`${ITEM_START}公务接待费${BEFORE}`), key: () => 'fees-reception' },
  { word: '“三公”经费', re: /“三公”经费(?:财政拨款)?支出(?:决算数?)?(?:为|是)?$/, key: () => 'fees-actual' },
  {
    // A 类 by its name alone ("…一般公共预算财政拨款支出主要用于以下方面：卫生健康支出98.17万元，…"), compared
    // only when the 一般公共预算 table prints a 类 of that name. Last: the names above end in 支出 too.
    word: '支出',
    re: /(?:^|[：:；;，,、])(?:其中[：:]?)?([\u4e00-\u9fa5]{2,16}支出)(?:决算数?)?(?:为|是)?$/,
    key: (m, s) =>
      /一般公共预算财政拨款支出/.test(s) &&
      !/预算为|年初预算|调整预算/.test(s) &&
      !/^(?:基本|项目)支出$/.test(m[1]!)
        ? `gp-class:${className(m[1]!)}`
        : null,
  },
];

/** The header of a 一般公共预算 table's spending total column: 合计, 本年支出, 本年支出合计. */
const GP_TOTAL_COLUMN = /^(?:本年支出)?合计$|^本年支出$/;
/** A column of the carry-over or the income (年初结转和结余, 本年收入, 年末结转和结余): no spending. */
const GP_OTHER_COLUMN = /结转|结余|本年收入/;

/**
 * The year's spending of a row of the 一般公共预算 table: the figure under the one column headed 合计 / 本年支出合计;
 * without one, the first figure not under a budget column (a province's table may print 年初预算数 and 全年预算数
 * before the 决算 columns) — unless the table also prints carry-over or income columns, when which column is the
 * spending is not known (undefined: not compared).
 */
function gpOutturn(m: TableModel): (i: TItem) => TFigure | undefined {
  const heads = m.headers.map((h) => squashSpaces(h ?? ''));
  const totals = heads.flatMap((h, c) => (GP_TOTAL_COLUMN.test(h) ? [c] : []));
  if (totals.length === 1) return (i) => figureAt(i, totals[0]!) ?? undefined;
  if (heads.some((h) => GP_OTHER_COLUMN.test(h))) return () => undefined;
  // (A label printed twice — "小计 基本支出 项目支出" under 年初预算数 and again under 决算数, the group words not read
  // with them: which group a column is of is not told.)
  const labels = heads.filter((h) => h !== '');
  if (new Set(labels).size < labels.length) return () => undefined;
  return (i) => i.figures.find((f) => !BUDGET_COLUMN.test(heads[f.col] ?? ''));
}

/** A column of a budget, not of the outturn: 年初预算数, 全年预算数, 调整预算数, 预算数. */
const BUDGET_COLUMN = /^(?:年初|全年|调整后?)?预算(?:数)?(?:[（(].*)?$/;

/**
 * A word every phrase above but the last contains (总计/合计, 财政拨款, 经费 and the 三公 fees, 类, 公务用车, the
 * 政府性基金 / 国有资本经营预算 columns).
 */
const PHRASE_WORD = /计|费|类|财政拨款|公务用车|结转|本年|基本支出|项目支出/;

/** Where the sentence holding a figure starts: after the last 。 or ！ before it. */
const isSentenceMark = (c: number): boolean => c === 0x3002 || c === 0xff01;

/** Where a clause ends: the marks before a figure that its naming phrase does not cross (，；;,。). */
const isClauseMark = (c: number): boolean =>
  c === 0xff0c || c === 0xff1b || c === 59 || c === 44 || c === 0x3002;

/** Words that make a figure another year's, a budget, or a change — not the figure the tables print. */
const NOT_ACTUAL =
  /上年|去年|同期|上一年|比|较|增加|减少|增长|下降|预算数?为|年初预算|全年预算|调整预算|预算安排|计划|目标/;

export type StatedFigure = Stated;
type Stated = {
  key: string;
  value: string;
  places: number;
  unit: string;
  para: Paragraph;
  at: number;
  end: number;
};

/**
 * The last clause mark and the last sentence mark at or before a position (what lastIndexOfAny finds with
 * those marks), for positions asked in increasing order: the text is read once, not back from every figure.
 */
function markScanner(text: string): { clause: number; sentence: number; upTo: (from: number) => void } {
  let next = 0;
  const scanner = {
    clause: -1,
    sentence: -1,
    upTo(from: number): void {
      // As lastIndexOf reads its position: a negative one is 0, one past the end the last character.
      const last = Math.min(Math.max(from, 0), text.length - 1);
      if (last < next - 1) {
        // (Asked out of order: read back as lastIndexOfAny does.)
        next = 0;
        scanner.clause = -1;
        scanner.sentence = -1;
      }
      for (; next <= last; next++) {
        const c = text.charCodeAt(next);
        if (isClauseMark(c)) scanner.clause = next;
        if (isSentenceMark(c)) scanner.sentence = next;
      }
    },
  };
  return scanner;
}

const YEAR = /(20\d\d)\s*年/g;

function statedFigures(ctx: Ctx): Stated[] {
  const out: Stated[] = [];
  // A sentence a paragraph leaves open with "；" (its list goes on below, one part a paragraph): its words name the
  // scope of the next paragraph's opening part ("…基本支出X万元，其中：人员经费A万元，…；" / "公用经费B万元，…。").
  let open = '';
  // The heading of the section a paragraph is in (a heading paragraph of no sentence): the budget it names.
  const headings = headingTrail();
  for (const b of ctx.layout.blocks) {
    const carried = open;
    headings.pass(b);
    const heading = headings.budget();
    open =
      b.kind === 'paragraph' && /[；;]$/.test(b.text.trimEnd())
        ? b.text.slice(b.text.lastIndexOf('。') + 1)
        : '';
    if (b.kind !== 'paragraph') continue;
    const text = b.text;
    // A heading is read only when it opens a paragraph of sentences ("（三）公务接待费预算为…，支出决算为…。").
    if (b.heading && !text.includes('。')) continue;
    // (万元 and 亿元 end in 元.)
    if (!text.includes('元')) continue;
    const marks = markScanner(text);
    // (Most paragraphs never mention 三公: not searched again for every figure.)
    const hasThreeFees = text.includes('三公');
    // (A paragraph's text is its first line's logical line: its figures are read once for every rule.)
    for (const t of lineFigures(ctx, b.first)) {
      if (!MONEY_UNITS.has(t.unit)) continue;
      marks.upTo(t.start - 1);
      const clauseStart = marks.clause + 1;
      let clause = text.slice(clauseStart, t.start).trim();
      // "教育支出（类）占12.34%，为56.78万元": the item is named before its share.
      if (/^(?:金额)?(?:为|是)?$/.test(clause)) {
        const prev = /([^，,；;。：:]*?)占(?:比)?\s*\d+(?:\.\d+)?\s*%[，,]\s*$/.exec(
          text.slice(Math.max(0, clauseStart - 60), clauseStart),
        );
        if (prev) clause = prev[1]!.trim();
      }
      const sentenceStart = marks.sentence + 1;
      const threeFees = hasThreeFees ? text.indexOf('三公', sentenceStart) : -1;
      const mentionsThreeFees = threeFees >= 0 && threeFees + 2 <= t.start;
      // Most clauses name nothing: tried against every phrase only when one could match (and only then
      // against NOT_ACTUAL).
      // ("政府性基金预算财政拨款收入320.00万元，支出296.40万元": the 支出 of the budget its income was named with.)
      const mayName =
        PHRASE_WORD.test(clause) ||
        (clause.startsWith('支出') && INCOME_THEN_EXPENSE.test(text.slice(sentenceStart, t.start)));
      // "（三）公务接待费预算为9.00万元，支出决算为7.52万元": the item named before its budget (the clause
      // itself names nothing; tried only when it is "支出决算为").
      const itemActual =
        !mayName && !mentionsThreeFees && clause.length <= 6 && OUTTURN_CLAUSE.test(clause)
          ? feeOfSentence(text, sentenceStart, t.start)
          : null;
      // A 类 by its name alone ("卫生健康支出"): the last phrase.
      const mayClass = !mayName && !itemActual && clause.includes('支出');
      if (!mentionsThreeFees && !mayName && !mayClass && !itemActual) continue;
      if (NOT_ACTUAL.test(clause)) continue;
      // (At most the 300 characters before the figure: a paragraph of one endless "sentence" — a list run on with
      // "；" — is not copied again for each of its figures.)
      const sentence = text.slice(Math.max(sentenceStart, t.start - 300), t.start);
      // "“三公”经费财政拨款支出年初预算为 A 万元，支出决算为 B 万元": the budget and the actual of the 三公 total.
      // Not after "其中" or a "；" that follows the 三公 mention: there the 决算 is a part's ("其中：因公出国（境）费
      // 年初预算为A万元，决算为B万元；…").
      const feesActual =
        mentionsThreeFees &&
        /^(?:“三公”经费(?:财政拨款)?)?(?:全年|本年度?)?(支出)?决算数?(为|是)?$/.test(clause) &&
        /预算/.test(sentence) &&
        !/其中|[；;]/.test(text.slice(threeFees, t.start));
      if (!feesActual && !mayName && !mayClass && !itemActual) continue;
      // Another year's figure ("2023年公务接待费支出…"): a year in the figure's own part of the sentence (a "；"
      // ends a part: "…比2023年度减少3,064.70元；公务接待费9,866.00元" states this year's).
      const part = sentence.slice(Math.max(sentence.lastIndexOf('；'), sentence.lastIndexOf(';')) + 1);
      const years = allMatches(part, YEAR).map((y) => Number(y[1]));
      if (ctx.year !== null && years.some((y) => y !== ctx.year)) continue;
      // "剔除车辆购置因素后，…“三公”经费支出59.28万元": a figure with something taken out is another scope.
      if (EXCLUDING.test(part)) continue;
      // "31个行政单位（含…）“三公”经费决算972.00万元": a kind of the units counted, a part of the whole.
      if (UNITS_OF_A_KIND.test(part)) continue;
      // "局本级“三公”经费财政拨款支出决算23.56万元": the 三公 of one of the units reported, not the whole's.
      // (Read in `sentence`, the 300 characters before the figure at most: a hostile endless sentence stays linear.)
      if (mentionsThreeFees && ONE_UNIT.test(sentence)) continue;
      if (feesActual || itemActual) {
        out.push({
          key: itemActual ?? 'fees-actual',
          value: t.value,
          places: t.places,
          unit: t.unit,
          para: b,
          at: t.start,
          end: t.end,
        });
        continue;
      }
      for (const p of PHRASES) {
        if (!clause.includes(p.word)) continue;
        const m = p.re.exec(clause);
        if (!m) continue;
        const key = p.key(m, sentenceStart === 0 ? carried + sentence : sentence, heading);
        if (key)
          out.push({ key, value: t.value, places: t.places, unit: t.unit, para: b, at: t.start, end: t.end });
        if (key || !p.fallThrough) break;
      }
    }
  }
  return out;
}

/**
 * A unit of the department named as the subject: "局本级", "所属事业单位" (not "含本级及所属单位", nor "市本级", the
 * whole of a city's own budget); or a selection of the units: "居前十位的部门合计".
 */
const ONE_UNIT =
  /(?<![含括及和省市县区旗州])(?:本级|所属|下属)|前\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[位名]/;

/** Words that take something out of a figure's scope ("剔除…后", "扣除…", "不含…", "除…外"). */
const EXCLUDING = /剔除|扣除|不含|不包括|除去|除[^，,。；;]{1,16}外/;

/** A heading's level by its numbering: 第…部分 0, 一、 1, （一） 2, 1. / 1、 3 (another heading: 1). */
function headingLevel(text: string): number {
  const t = text.trimStart();
  if (/^第[一二三四五六七八九十]+部分/.test(t)) return 0;
  if (/^[（(][一二三四五六七八九十]+[）)]/.test(t)) return 2;
  if (/^\d+[.．、]/.test(t)) return 3;
  return 1;
}

/**
 * The headings a paragraph is under, outermost first ("八、政府性基金预算…说明" over "（一）收入情况"); a table
 * ends them (the text after it is under no heading read here). `budget`: the innermost one naming a budget.
 */
function headingTrail(): { pass: (b: Block) => void; budget: () => string } {
  const trail: { level: number; text: string }[] = [];
  return {
    pass(b) {
      if (b.kind !== 'paragraph') {
        trail.length = 0;
        return;
      }
      // A heading run into its text ("（一）一般公共预算情况。本年支出…"): its words up to the first 。 or ：.
      const runIn = !isSectionHeading(b) && b.heading;
      if (!runIn && !isSectionHeading(b)) return;
      const text = runIn ? b.text.slice(0, b.text.search(/[。：:]|$/)) : b.text;
      const level = headingLevel(text);
      while (trail.length > 0 && trail[trail.length - 1]!.level >= level) trail.pop();
      trail.push({ level, text });
    },
    budget() {
      for (let k = trail.length - 1; k >= 0; k--)
        if (/政府性基金|国有资本经营|一般公共预算/.test(trail[k]!.text)) return trail[k]!.text;
      return '';
    },
  };
}

/** A heading that opens a section: flagged as one, or a short line of no clause that says what it explains. */
export function isSectionHeading(b: Paragraph): boolean {
  if (b.text.includes('。') || b.text.includes('，')) return false;
  return b.heading || (b.text.length <= 40 && /(?:情况|说明)$/.test(b.text));
}

const OUTTURN_CLAUSE = /^(?:支出)?决算数?(?:为|是)?$/;
/** "（三）公务接待费（支出）预算为9.00万元，支出决算为": a 三公 item, its budget, then the outturn's clause. */
const ITEM_BUDGET_THEN_OUTTURN =
  /^\s*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十\d]{1,2}[、.．])?\s*(?:20\d\d\s*年度?\s*[，,]?\s*)?(?:全[省市县区州旗]|[省市县区州]级|本(?:部门|单位))*(因公出国[（(]境[）)]费|公务用车购置及运行(?:维护)?费|公务用车购置费|公务用车运行(?:维护)?费|公务接待费)(?:支出)?(?:年初|全年)?预算数?(?:为|是)?\s*\d[\d,]*(?:\.\d+)?\s*万元[，,]\s*(?:支出)?决算数?(?:为|是)?\s*$/;

/** The 三公 item whose outturn the figure at `at` is, when its sentence is ITEM_BUDGET_THEN_OUTTURN. */
function feeOfSentence(text: string, sentenceStart: number, at: number): string | null {
  if (at - sentenceStart > 80) return null;
  const m = ITEM_BUDGET_THEN_OUTTURN.exec(text.slice(sentenceStart, at));
  return m ? feeRowKey(m[1]!) : null;
}

/** A value converted between 元, 万元 and 亿元. */
export function convert(value: string, from: string, to: string): string {
  const factor: Record<string, number> = { 元: 1, 万元: 10000, 亿元: 100000000 };
  if (from === to || !factor[from] || !factor[to]) return value;
  return dec(value).times(factor[from]!).div(factor[to]!).toString();
}

/**
 * A % judged against figures named elsewhere (a table's, a section's): the claim, and a `change.percent` (or, for
 * a share, `share.percent`) finding when it does not hold. A change's `arithmetic` reads "上年数为 …，变动率 … = E%";
 * a share's "A ÷ W × 100% = E%".
 */
export function reportRatioOfNamed(
  ctx: Ctx,
  b: Paragraph,
  m: RegExpExecArray,
  at: number,
  verdict: RatioVerdict,
  printed: string,
  exact: string,
  arithmetic: string,
  kind: 'change' | 'share' = 'change',
): void {
  claim(ctx, kind, b.first, at, verdict.kind !== 'wrong', `${arithmetic}，文中${printed}%`);
  if (verdict.kind === 'ok') return;
  report(
    ctx,
    b.first,
    `${kind}.percent`,
    verdict.severity,
    excerptOf(b.text, m.index, m.index + m[0].length, 10),
    `${exact}%`,
    `${printed}%`,
    `${kind === 'share' ? `占比应为 ${arithmetic}` : arithmetic.replace('变动率', '变动率应为')}，文中为${printed}%${verdictClause(verdict.kind)}。`,
    at,
  );
}

/**
 * A printed share of `part` (in `unit`) in a whole stated elsewhere (its value, unit and places): the verdict,
 * the whole in `unit` with the places its conversion gives, and the share to show (the printed one when it holds).
 */
export function shareOfWhole(
  printed: { value: string; places: number },
  part: string,
  unit: string,
  whole: { value: string; unit: string; places: number },
): { verdict: RatioVerdict | null; wholeIn: string; wholePlaces: number; exact: string } {
  const wholeIn = convert(whole.value, whole.unit, unit);
  const wholePlaces = whole.places + (whole.unit === '元' && unit === '万元' ? 4 : 0);
  const verdict = judgeRatio(
    printed,
    [
      { value: part, places: (part.split('.')[1] ?? '').length },
      { value: wholeIn, places: wholePlaces },
    ],
    ([a, w]) => completionPercent(a!, w!),
    SHARE,
  );
  const exact = !verdict || verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
  return { verdict, wholeIn, wholePlaces, exact };
}

/** Whether a figure printed at `places` is `exact` rounded (the text may print fewer decimals than the table). */
export function agrees(printed: string, places: number, exact: string): boolean {
  return (
    roundsTo(exact, places, printed) ??
    (roundHalfUp(dec(exact), places).eq(printed) || dec(printed).eq(exact))
  );
}

const UNIT_FACTOR: Record<string, number> = { 元: 1, 万元: 10000, 亿元: 100000000 };

/**
 * Whether a figure stated in a finer unit than the table's ("97,812.17元" against "9.78万元") rounds to the table's
 * figure as the table prints it: the same amount, told more exactly — never a disagreement.
 */
export function finerAgrees(value: string, unit: string, tableValue: string, tableUnit: string): boolean {
  const [fine, coarse] = [UNIT_FACTOR[unit], UNIT_FACTOR[tableUnit]];
  if (fine === undefined || coarse === undefined || fine >= coarse) return false;
  const places = (tableValue.split('.')[1] ?? '').length;
  return roundHalfUp(dec(convert(value, unit, tableUnit)), places).eq(tableValue);
}

/** Whether a figure stated in the text is the sum of the table's items where the table's own total is not. */
function partsAgree(table: Entry, s: Stated): boolean {
  return (
    table.parts !== undefined && agrees(s.value, s.places, convert(table.parts.value, table.unit, s.unit))
  );
}

/**
 * The table.* errors found so far: their lines, and per table (by its title, as the messages quote it) the gaps
 * between what its sums should be and what it prints.
 */
function tableErrorsOf(ctx: Ctx): {
  lines: Set<number>;
  gaps: Map<string, Set<string>>;
  sums: Map<number, string[]>;
  lineGaps: Map<number, string[]>;
} {
  const lines = new Set<number>();
  const gaps = new Map<string, Set<string>>();
  const sums = new Map<number, string[]>();
  const lineGaps = new Map<number, string[]>();
  for (const f of ctx.findings) {
    if (f.severity !== 'error' || !f.rule.startsWith('table.')) continue;
    lines.add(f.line);
    const title = /^《([^》]+)》/.exec(f.message)?.[1];
    const [a, b] = [f.expected, f.found].map((x) => x.replace(/,/g, ''));
    if (!/^-?\d+(\.\d+)?$/.test(a!) || !/^-?\d+(\.\d+)?$/.test(b!)) continue;
    if (f.rule === 'table.total' || f.rule === 'table.row-sum' || f.rule === 'table.code-sum')
      addTo(sums, f.line, a!);
    const gap = dec(a!).minus(b!).abs().toString();
    addTo(lineGaps, f.line, gap);
    if (!title) continue;
    const set = gaps.get(title) ?? new Set<string>();
    set.add(gap);
    gaps.set(title, set);
  }
  return { lines, gaps, sums, lineGaps };
}

/**
 * The 三公 table's figures as plain `pdftotext` prints it (plain-fees.ts), in a part of the file whose tables
 * gave none; its 合计 决算数 only when the items add up to it (else plain-fees.ts reports it, and a share of it
 * is not judged again).
 */
function plainFeeEntries(
  lines: readonly string[],
  segmentOf: (line: number) => number,
  entries: readonly Entry[],
): Entry[] {
  const out: Entry[] = [];
  for (const t of plainFeeTables(lines)) {
    const seg = segmentOf(t.figures[0]?.line ?? 0);
    if (entries.some((e) => e.key === `${seg}|fees-actual`)) continue;
    const of = (key: string) => t.figures.find((f) => f.key === key) ?? { value: '0', places: 0 };
    const total = t.figures.find((f) => f.key === 'fees-actual');
    const parts = ['fees-abroad', 'fees-car', 'fees-reception'].map(of);
    const totalHolds = total !== undefined && judgeSum(parts, total).kind !== 'wrong';
    for (const f of t.figures) {
      if (f.key === 'fees-actual' && !totalHolds) continue;
      out.push({
        key: `${seg}|${f.key}`,
        name: NAMES[f.key] ?? f.key,
        value: f.value,
        places: f.places,
        line: f.line,
        table: t.title,
        unit: t.unit,
      });
    }
  }
  return out;
}

/** Whether `other` states `first`'s figure (in its unit), or differs from it by no more than `slack`. */
function sameWithin(other: Entry, first: Entry, slack: Entry['slack']): boolean {
  const gap = dec(convert(other.value, other.unit, first.unit))
    .minus(first.value)
    .abs();
  return gap.isZero() || (slack !== undefined && other.unit === first.unit && gap.lte(slack));
}

/** What the named figures rule read: the file's parts, the figures the text states, each table figure agreed on. */
export type NamedFigures = {
  segmentOf: (line: number) => number;
  stated: readonly Stated[];
  tables: ReadonlyMap<string, Entry>;
};

export function checkNamedFigures(ctx: Ctx, models: readonly TableModel[]): NamedFigures {
  const segmentOf = segmenter(ctx);
  const entries = tableEntries(ctx.lines, models, segmentOf, ctx.year);
  entries.push(...plainFeeEntries(ctx.layout.normalised, segmentOf, entries));
  const byKey = new Map<string, Entry[]>();
  for (const e of entries) addTo(byKey, e.key, e);
  const tableErrors = tableErrorsOf(ctx);
  const consistent = new Map<string, Entry>();
  for (const [key, all] of byKey) {
    // A printed figure is the one others are held to; one worked out from parts only when none is printed.
    // A figure its own table's arithmetic already found wrong is held to the others, not they to it: its line
    // holds a table.* error, or its table's sum missed by just what it differs from the others.
    const printed = all.filter((e) => !e.slack);
    const second = printed.find((e) => e.value !== printed[0]?.value || e.unit !== printed[0]?.unit);
    const wrongInTable = (e: Entry): boolean =>
      tableErrors.lines.has(e.line + 1) ||
      (second !== undefined &&
        e.unit === second.unit &&
        (tableErrors.gaps.get(e.table)?.has(
          dec(e.value)
            .minus(e === second ? printed[0]!.value : second.value)
            .abs()
            .toString(),
        ) ??
          false));
    const list = [
      ...printed.filter((e) => !wrongInTable(e)),
      ...printed.filter(wrongInTable),
      ...all.filter((e) => e.slack),
    ];
    const [first, ...rest] = list as [Entry, ...Entry[]];
    let ok = true;
    for (const other of rest) {
      // (Most tables print a figure alike: no decimal is read for those.)
      const slack = other.slack ?? first.slack;
      const same =
        (other.unit === first.unit && other.value === first.value) || sameWithin(other, first, slack);
      claim(
        ctx,
        'figure',
        other.line,
        0,
        same,
        `${first.name}：${titled(first.table)}${first.value}${first.unit}，${titled(other.table)}${other.value}${other.unit}`,
      );
      if (same) continue;
      // A figure worked out from parts, one of which its own table already found wrong by just this gap: that
      // fault is told on its line (a 人员经费合计 that is not its items' sum), not again as a disagreement.
      if (
        other.slack &&
        other.unit === first.unit &&
        tableErrors.lineGaps
          .get(other.line + 1)
          ?.includes(dec(other.value).minus(first.value).abs().toString())
      )
        continue;
      ok = false;
      report(
        ctx,
        other.line,
        'figure.tables-disagree',
        'error',
        `${other.name} ${other.value}`,
        `${first.value}`,
        other.value,
        `${titled(other.table)}中“${first.name}”为${other.value}${other.unit}，而第${first.line + 1}行${titled(first.table)}为${first.value}${first.unit}，同一数字在两张表中不一致，相差${plain(dec(other.value).minus(first.value).abs())}。`,
        0,
      );
    }
    if (ok) consistent.set(key, first);
  }
  const stated = statedFigures(ctx);
  // (The figures are this call's own: keyed by their part of the file in place, the bare keys kept.)
  const bareKeys = stated.map((s) => s.key);
  for (const s of stated) s.key = `${segmentOf(s.para.first)}|${s.key}`;
  checkFeeRates(ctx, stated, bareKeys, consistent);
  checkFeeChanges(ctx, segmentOf, consistent, stated);
  checkTableShares(ctx, segmentOf, consistent);
  const firstStated = new Map<string, Stated>();
  for (let k = 0; k < stated.length; k++) {
    const s = stated[k]!;
    const lineIndex = s.para.first;
    // (Quoted only in a finding.)
    const excerpt = (): string => excerptOf(s.para.text, s.at, s.end, 24);
    const table = consistent.get(s.key);
    if (byKey.has(s.key) && !table) continue;
    if (table) {
      const want = convert(table.value, table.unit, s.unit);
      // A figure another table works out from rounded parts may be what the text states: within its slack.
      const slack = byKey.get(s.key)?.find((e) => e.slack !== undefined)?.slack;
      const ok =
        agrees(s.value, s.places, want) ||
        finerAgrees(s.value, s.unit, table.value, table.unit) ||
        (slack !== undefined && table.unit === s.unit && dec(s.value).minus(want).abs().lte(slack));
      claim(
        ctx,
        'figure',
        lineIndex,
        s.at,
        ok,
        `${table.name}：正文${s.value}${s.unit}，${titled(table.table)}${table.value}${table.unit}`,
      );
      // The text as the table's items add up, the table's 合计 wrong (table.row-sum reports it): the text is
      // right — a note saying which figure to mend, not an error on the text.
      // So too when the table's own sum, found wrong on its line, comes to the text's figure.
      const sumOnLine = tableErrors.sums
        .get(table.line + 1)
        ?.find((v) => agrees(s.value, s.places, convert(v, table.unit, s.unit)));
      const viaParts = !ok && partsAgree(table, s);
      const textRight = viaParts || (!ok && sumOnLine !== undefined);
      if (!ok)
        report(
          ctx,
          lineIndex,
          'figure.text-table',
          textRight ? 'note' : 'error',
          excerpt(),
          `${table.unit === s.unit ? table.value : plain(dec(want))}${s.unit}`,
          `${s.value}${s.unit}`,
          `正文中“${table.name}”为${s.value}${s.unit}，而第${table.line + 1}行${titled(table.table)}为${table.value}${table.unit}，两处不一致${textRight ? (viaParts ? `（表中各项之和 ${table.parts!.sum} = ${table.parts!.value}${table.unit}，与正文一致：表中合计有误）` : `（表中各项之和为${sumOnLine}${table.unit}，与正文一致：表中合计有误）`) : ''}。`,
          s.at,
        );
      continue;
    }
    // No table names it: a total must be stated the same way each time.
    const bare = bareKeys[k]!;
    if (!RESTATED.test(bare)) continue;
    const before = firstStated.get(s.key);
    if (!before) {
      firstStated.set(s.key, s);
      continue;
    }
    const want = convert(before.value, before.unit, s.unit);
    // Either may print fewer decimals (or a larger unit: 1.05亿元 and 10,522.29万元).
    const ok =
      agrees(s.value, s.places, want) ||
      agrees(before.value, before.places, convert(s.value, s.unit, before.unit));
    const name = NAMES[bare] ?? bare.replace(/^gp-class:/, '');
    claim(
      ctx,
      'figure',
      lineIndex,
      s.at,
      ok,
      `${name}：第${paragraphLine(before.para, before.at) + 1}行${before.value}${before.unit}，此处${s.value}${s.unit}`,
    );
    if (!ok)
      report(
        ctx,
        lineIndex,
        'figure.restated',
        'error',
        excerpt(),
        `${before.value}${before.unit}`,
        `${s.value}${s.unit}`,
        `“${name}”在第${paragraphLine(before.para, before.at) + 1}行为${before.value}${before.unit}，此处为${s.value}${s.unit}，同一数字前后不一致。`,
        s.at,
      );
  }
  return { segmentOf, stated, tables: consistent };
}

/**
 * A 三公 table of the items as columns, told by their headers (threeFeesColumns), and two rows, 预算数 and 决算数,
 * each printing every column; null otherwise.
 */
function feeColumnRows(
  m: TableModel,
  year: number | null,
): { cols: FeeColumns; budget: TItem; actual: TItem } | null {
  const cols = threeFeesColumns(m.headers);
  if (!cols) return null;
  const rows = itemsOf(m).filter((i) => i.figures.length > 0);
  // (The columns that hold figures: a pipe table's label column is numbered too.)
  const figureColumns = new Set(rows.flatMap((i) => i.figures.map((f) => f.col))).size;
  // (A row's label may name its year: "2025年预算数"; only the document's own is this year's.)
  const ofYear = (label: string): string | null => {
    const y = /^(20\d\d)\s*年度?/.exec(label);
    if (!y) return label;
    return year !== null && Number(y[1]) === year ? label.slice(y[0].length) : null;
  };
  const one = (re: RegExp): TItem | null => {
    const found = rows.filter((i) => {
      const label = ofYear(squashSpaces(i.label));
      return label !== null && re.test(label);
    });
    return found.length === 1 && found[0]!.unplaced === 0 && found[0]!.figures.length === figureColumns
      ? found[0]!
      : null;
  };
  const budget = one(/^(?:年初|全年)?预算数?$/);
  const actual = one(/^(?:支出)?决算数?$/);
  // (Besides them, a row of last year's 决算 at most.)
  const others = rows.filter((r) => r !== budget && r !== actual);
  const lastYear = (r: TItem): boolean => {
    const label = squashSpaces(r.label);
    const y = /^(20\d\d)\s*年度?/.exec(label);
    return (
      /决算数?$/.test(label) &&
      (/^上年/.test(label) || (y !== null && year !== null && Number(y[1]) === year - 1))
    );
  };
  return budget && actual && others.length <= 1 && others.every(lastYear) ? { cols, budget, actual } : null;
}

/** "因公出国（境）费支出决算为A万元，完成预算的P%": the rate right after a 三公 item's outturn. */
const FEE_COMPLETION = /^\s*[，,]\s*完成(?:年初|全年)?预算(?:数)?的?\s*(\d+(?:\.\d+)?)\s*[%％]/;
/** "“三公”经费财政拨款支出年初预算为A万元": the 三公 budget the text states. */
const FEE_BUDGET =
  /“三公”经费(?:财政拨款)?(?:支出)?(?:决算)?(?:年初|全年|调整后?)?预算(?:数|安排)?(?:为|是)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元)/g;
/** "因公出国（境）费支出决算A万元，占P%": the item's share of the 三公 total (of nothing else). */
const FEE_SHARE =
  /^\s*[，,]\s*占(?:“三公”经费(?:财政拨款)?(?:支出)?(?:决算数?)?(?:总额|合计|总数)?的?)?\s*(?:比重|比例)?\s*(?:为|是|达)?\s*(\d+(?:\.\d+)?)\s*[%％]/;
/** The 三公 items whose share is of the 三公 total (购置费 and 运行维护费 may be shares of the car fees). */
const FEE_SHARE_ITEMS = /^fees-(abroad|car|reception)$/;

/**
 * A 三公 item's outturn stated in the text followed by its completion rate or its share: the budget and the
 * total are the 三公 table's (the national row of 12 figures), so the sentence need not state them.
 */
function checkFeeRates(
  ctx: Ctx,
  stated: readonly Stated[],
  bareKeys: readonly string[],
  tables: ReadonlyMap<string, Entry>,
): void {
  // The text's 三公 budget ("“三公”经费财政拨款支出年初预算为A万元") must be the table's 预算数: else the text
  // measures its rates against another budget (全年 or 年初) than the table prints, and none is judged here.
  const otherBudget = (segment: string): boolean => {
    const table = tables.get(`${segment}|fees-budget`);
    for (const b of ctx.layout.blocks) {
      if (b.kind !== 'paragraph' || !b.text.includes('三公')) continue;
      for (const m of allMatches(b.text, FEE_BUDGET))
        if (
          !table ||
          !agrees(
            m[1]!.replace(/,/g, ''),
            (m[1]!.split('.')[1] ?? '').length,
            convert(table.value, table.unit, m[2]!),
          )
        )
          return true;
    }
    return false;
  };
  const budgetDiffers = new Map<string, boolean>();
  stated.forEach((s, k) => {
    const bare = bareKeys[k]!;
    if (!/^fees-(actual|abroad|car|car-buy|car-run|reception)$/.test(bare)) return;
    const actual = tables.get(s.key);
    if (!actual) return;
    const after = s.para.text.slice(s.end, s.end + 40);
    const completion = FEE_COMPLETION.exec(after);
    if (bare === 'fees-actual' && !completion) return;
    // The text's outturn must be the table's (else figure.text-table says so): a share is then not judged; a
    // completion rate only when it is neither outturn's (the text's nor the table's) ÷ the table's budget.
    // (The 三公 total its items do not add up to: the text may state their sum.)
    const textOutturn = [actual, actual.parts].some(
      (a) => a && agrees(s.value, s.places, convert(a.value, actual.unit, s.unit)),
    );
    if (!textOutturn && !completion) return;
    if (completion) {
      const segment = s.key.slice(0, s.key.indexOf('|'));
      if (!budgetDiffers.has(segment)) budgetDiffers.set(segment, otherBudget(segment));
      if (budgetDiffers.get(segment)) return;
    }
    const share = completion || !FEE_SHARE_ITEMS.test(bare) ? null : FEE_SHARE.exec(after);
    const m = completion ?? share;
    if (!m) return;
    const budgetKey = bare === 'fees-actual' ? 'fees-budget' : `${bare}-budget`;
    const whole = tables.get(s.key.replace(bare, completion ? budgetKey : 'fees-actual'));
    if (!whole) return;
    // A 三公 total its own items do not add up to: the share is of their sum (the table's 合计 is reported
    // wrong by table.row-sum; the text, worked out from the items, is not blamed for it again).
    const parts = completion ? undefined : whole.parts;
    const base = parts ?? whole;
    if (dec(base.value).isZero()) return;
    const wholeIn = convert(base.value, whole.unit, s.unit);
    const wholePlaces = base.places + (whole.unit === '元' && s.unit === '万元' ? 4 : 0);
    const printed = { value: m[1]!, places: (m[1]!.split('.')[1] ?? '').length };
    const rateOf = (outturn: { value: string; places: number }): RatioVerdict | null =>
      judgeRatio(
        printed,
        [outturn, { value: wholeIn, places: wholePlaces }],
        ([a, b]) => completionPercent(a!, b!),
        SHARE,
      );
    const textVerdict = rateOf({ value: s.value, places: s.places });
    // (The table's outturn, when the text states another: the rate is wrong only when it is neither's.)
    const tableValue = convert(actual.value, actual.unit, s.unit);
    const tableVerdict = textOutturn ? null : rateOf({ value: tableValue, places: actual.places });
    if (
      !textVerdict ||
      (!textOutturn && (!tableVerdict || tableVerdict.kind !== 'wrong' || textVerdict.kind !== 'wrong'))
    )
      return;
    const verdict = tableVerdict ?? textVerdict;
    const outturnText = tableVerdict
      ? `${plain(dec(tableValue))}（${titled(actual.table)}${actual.name}；文中${s.value}${s.unit}）`
      : s.value;
    const line = s.para.first;
    const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
    const source = parts
      ? `${titled(whole.table)}因公出国（境）费、公务用车购置及运行维护费、公务接待费之和 ${parts.sum} = ${parts.value}${whole.unit}，表中“三公”经费合计${whole.value}${whole.unit}与之不符`
      : `${titled(whole.table)}${whole.name}`;
    // (In the table's unit, the figure as printed: "18.00".)
    const wholeShown = whole.unit === s.unit ? wholeIn : plain(dec(wholeIn));
    const arithmetic = `${outturnText} ÷ ${wholeShown}${s.unit}（${source}） × 100% = ${exact}%`;
    claim(
      ctx,
      completion ? 'completion' : 'share',
      line,
      s.end,
      verdict.kind !== 'wrong',
      `${arithmetic}，文中${printed.value}%`,
    );
    if (verdict.kind === 'ok') return;
    report(
      ctx,
      line,
      completion ? 'completion.percent' : 'share.percent',
      verdict.severity,
      excerptOf(s.para.text, s.at, s.end + m[0].length, 10),
      `${exact}%`,
      `${printed.value}%`,
      `${completion ? '完成比例' : '占比'}应为 ${arithmetic}，文中为${printed.value}%${verdictClause(verdict.kind)}。`,
      s.end + m[0].lastIndexOf(m[1]!),
    );
  });
}

/**
 * "“三公”经费财政拨款支出决算数比上年增加D万元，增长P%" with this year's figure stated in another paragraph:
 * this year is the 三公 table's, last year that ∓ D. Only the 三公 total and its items (the car line's 购置费 and
 * 运行维护费 too), compared with last year (never a budget) in their own words or — an item of the 其中 list
 * of a sentence that compares with last year ("…比2024年度增加…，其中：…；公务接待费支出决算减少D万元，下降P%") —
 * in the sentence's, and only when the running-text rule found no base for the change itself.
 */
const FEE_CHANGE = new RegExp(
  `${ITEM_START}(“三公”经费(?:财政拨款)?|因公出国[（(]境[）)]经?费|公务用车购置及运行(?:维护)?费|公务用车购置费|公务用车运行(?:维护)?费|公务接待费)(?:支出)?(?:决算数?)?` +
    '(?:(?:比|较|与)(上年度?|去年|(20\\d\\d)\\s*年度?)(?:决算数?)?(?:相比)?[，,]?\\s*(?:同比)?|同比)?' +
    '(增加|减少)\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|元)\\s*[，,]\\s*(增长|下降|增幅|降幅|上升)\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]',
  'g',
);

function checkFeeChanges(
  ctx: Ctx,
  segmentOf: (line: number) => number,
  tables: ReadonlyMap<string, Entry>,
  stated: readonly Stated[],
): void {
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph' || !b.text.includes('费')) continue;
    for (const m of allMatches(b.text, FEE_CHANGE)) {
      const key =
        feeRowKey(m[1]!.replace(/财政拨款$/, '')) ?? (m[1]!.startsWith('“三公”') ? 'fees-actual' : null);
      if (!key) continue;
      if (m[3] && ctx.year !== null && Number(m[3]) !== ctx.year - 1) continue;
      // (A subject dated another year than the document's — "2029年度“三公”经费…比上年减少…" — is not this year's.)
      const dated = /(\d{4})\s*年度?[^，,。；;\d]{0,4}$/.exec(
        b.text.slice(Math.max(0, m.index - 12), m.index + 1),
      );
      if (dated && ctx.year !== null && Number(dated[1]) !== ctx.year) continue;
      if (!m[2] && !m[0].includes('同比') && !inLastYearList(b.text, m.index, ctx.year)) continue;
      const table =
        tables.get(`${segmentOf(b.first)}|${key}`) ?? statedEntry(stated, `${segmentOf(b.first)}|${key}`);
      if (!table) continue;
      // The sentence states this year's figure itself: the running-text rule judges the change.
      const sentenceStart =
        Math.max(b.text.lastIndexOf('。', m.index), b.text.lastIndexOf('；', m.index)) + 1;
      if (/\d\s*(?:万元|元)/.test(b.text.slice(sentenceStart, m.index))) continue;
      const unit = m[6]!;
      const deltaText = m[5]!.replace(/,/g, '');
      const up = m[4] === '增加';
      if (up !== /增|上升/.test(m[7]!)) continue;
      const printed = { value: m[8]!, places: (m[8]!.split('.')[1] ?? '').length };
      const deltaPlaces = (deltaText.split('.')[1] ?? '').length;
      const judge = (value: string, places: number) =>
        judgeRatio(
          printed,
          [
            { value, places },
            { value: deltaText, places: deltaPlaces },
          ],
          ([c, d]) => {
            const pct = changePercent(c!, up ? c!.minus(d!) : c!.plus(d!));
            return pct === null ? null : pct.abs();
          },
          { num: [0, 1], den: [1, up ? -1 : 1], abs: true },
        );
      /** The change read from this year's figure `value` (in the table's unit): its verdict and last year's. */
      const readFrom = (value: string, places: number) => {
        const base = convert(value, table.unit, unit);
        // (A figure in 万元 taken in 元 is known to its hundreds of 元 only: negative places.)
        const basePlaces =
          places +
          (table.unit === '元' && unit === '万元' ? 4 : table.unit === '万元' && unit === '元' ? -4 : 0);
        const last = up ? dec(base).minus(deltaText) : dec(base).plus(deltaText);
        if (last.lte(0)) return null;
        let verdict = judge(base, basePlaces);
        // The text works from this year's figure as it prints it (12.65万元 of a table's 126,450.00元).
        if (verdict?.kind === 'rounding' && basePlaces > deltaPlaces) {
          const rounded = roundHalfUp(dec(base), deltaPlaces).toFixed(deltaPlaces);
          if (judge(rounded, deltaPlaces)?.kind === 'ok') verdict = { kind: 'ok' };
        }
        return verdict ? { verdict, base, last } : null;
      };
      // A 三公 合计 its items do not add up to (table.row-sum reports it): this year may be either figure.
      const readings = [
        readFrom(table.value, table.places),
        table.parts ? readFrom(table.parts.value, table.parts.places) : null,
      ];
      const reading = likeliestReading(readings);
      if (!reading) continue;
      const { verdict, base, last } = reading;
      const at = m.index + m[0].lastIndexOf(m[8]!);
      const line = ctx.layout.lineAt(b.first, at) + 1;
      if (
        ctx.claims.some(
          (c) =>
            c.kind === 'change' &&
            c.line >= ctx.layout.lineAt(b.first, m.index) + 1 &&
            c.line <= line &&
            c.arithmetic.includes(`文中${printed.value}%`),
        )
      )
        continue;
      const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
      const lastText = plain(last);
      const source =
        table.table === '' && table.name === '' ? '前文所述本年数' : `${titled(table.table)}${table.name}`;
      const arithmetic = `上年数为 ${plain(dec(base))}（${source}） ${up ? '−' : '+'} ${deltaText} = ${lastText}，变动率 ${deltaText} ÷ ${lastText} × 100% = ${exact}%`;
      reportRatioOfNamed(ctx, b, m, at, verdict, printed.value, exact, arithmetic);
    }
  }
}

/**
 * With no table, this year's figure as the text states it (every statement of it the same value): "支出决算为51.69
 * 万元" paragraphs before the change.
 */
function statedEntry(stated: readonly Stated[], key: string): Entry | null {
  const own = stated.filter((s) => s.key === key);
  const first = own[0];
  if (!first || !own.every((s) => s.value === first.value && s.unit === first.unit)) return null;
  return {
    key,
    name: '',
    value: first.value,
    places: first.places,
    line: first.para.first,
    table: '',
    unit: first.unit,
  };
}

/**
 * Whether `at` is in the 其中 list of a sentence whose lead compares with last year ("…比2024年度增加…，其中："):
 * no budget named in the lead, nor in the list before `at`.
 */
function inLastYearList(text: string, at: number, year: number | null): boolean {
  const start = text.lastIndexOf('。', at - 1) + 1;
  const list = text.lastIndexOf('其中', at);
  if (list < start) return false;
  const lead = text.slice(start, list);
  const compared = /(?:比|较|与)\s*(?:上年|去年|上一年|(20\d\d)\s*年)/.exec(lead);
  if (!compared || (compared[1] && (year === null || Number(compared[1]) !== year - 1))) return false;
  return !/预算/.test(text.slice(start, at));
}

/** The totals a share may name ("占一般公共预算财政拨款项目支出的P%"), by their key. */
const SHARE_WHOLES: Record<string, string> = {
  本年收入合计: 'income-total',
  本年支出合计: 'expense-total',
  一般公共预算财政拨款支出: 'gp-expense-total',
  一般公共预算财政拨款基本支出: 'gp-basic-total',
  一般公共预算财政拨款项目支出: 'gp-project-total',
  政府性基金预算财政拨款支出: 'fund-expense',
  国有资本经营预算财政拨款支出: 'soe-expense',
};
/** "…，完成年初预算的95.62%，占…": an item's completion rate between its amount and its share. */
const COMPLETION_BETWEEN = '(?:完成[^，,。；;%％\\d]{0,10}\\d+(?:\\.\\d+)?\\s*[%％]\\s*[，,]\\s*)?';
const TABLE_SHARE = new RegExp(
  `(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|元)\\s*[，,]\\s*${COMPLETION_BETWEEN}占(?:全部|当年)?(${Object.keys(SHARE_WHOLES).join('|')})(?:总额|总数)?的?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`,
  'g',
);

/**
 * A part named before 占 without its amount: "一般公共预算财政拨款收入占本年收入合计的94.05%". The part's amount is
 * the one the paragraph states right after the same name earlier ("2024年度一般公共预算财政拨款收入6,254.18万元，
 * …"), never a budget's or last year's; one value only.
 */
const NAMED_TABLE_SHARE = new RegExp(
  `([\\u4e00-\\u9fa5“”（）()]{2,24}?)占(?:全部|当年)?(${Object.keys(SHARE_WHOLES).join('|')})(?:总额|总数)?的?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`,
  'g',
);
/** Words before a name that make its amount not this year's outturn. */
const NOT_OUTTURN_BEFORE = /(?:上年|去年|上一年|年初|调整|预算安排|计划)$/;

/** The amount stated right after `name` earlier in `text` (before `end`): one value, in 万元 or 元; else null. */
function statedAmountOf(text: string, name: string, end: number): { value: string; unit: string } | null {
  const values = new Set<string>();
  let found: { value: string; unit: string } | null = null;
  for (let k = text.indexOf(name); k >= 0 && k < end; k = text.indexOf(name, k + 1)) {
    if (NOT_OUTTURN_BEFORE.test(text.slice(Math.max(0, k - 6), k))) continue;
    const m = /^(?:决算数?)?(?:为|是|共计|合计)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元)/.exec(
      text.slice(k + name.length, end),
    );
    if (!m) continue;
    found = { value: m[1]!.replace(/,/g, ''), unit: m[2]! };
    values.add(`${found.value}${found.unit}`);
  }
  return values.size === 1 ? found : null;
}

/**
 * "涉及资金2867177.90元，占一般公共预算财政拨款项目支出的90.53%": a share of a total the text never states,
 * the tables print; the part's amount is stated with the share, or before it with the part's name. Left to
 * the running-text rule when that found the total in the text.
 */
function checkTableShares(
  ctx: Ctx,
  segmentOf: (line: number) => number,
  tables: ReadonlyMap<string, Entry>,
): void {
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph' || !b.text.includes('占')) continue;
    const shares: {
      index: number;
      end: number;
      at: number;
      part: string;
      unit: string;
      whole: string;
      share: string;
    }[] = [];
    for (const m of allMatches(b.text, TABLE_SHARE))
      shares.push({
        index: m.index,
        end: m.index + m[0].length,
        at: m.index + m[0].lastIndexOf(m[4]!),
        part: m[1]!.replace(/,/g, ''),
        unit: m[2]!,
        whole: m[3]!,
        share: m[4]!,
      });
    for (const m of allMatches(b.text, NAMED_TABLE_SHARE)) {
      const name = m[1]!.replace(/^(?:其中|全年|本年|当年|年度)/, '');
      if (name === m[2] || /[占比较]|合计|总计/.test(name)) continue;
      const stated = statedAmountOf(b.text, name, m.index);
      if (stated)
        shares.push({
          index: m.index,
          end: m.index + m[0].length,
          at: m.index + m[0].lastIndexOf(m[3]!),
          part: stated.value,
          unit: stated.unit,
          whole: m[2]!,
          share: m[3]!,
        });
    }
    for (const m of shares) {
      const table = tables.get(`${segmentOf(b.first)}|${SHARE_WHOLES[m.whole]!}`);
      if (!table || dec(table.value).isZero()) continue;
      const { at, unit, part } = m;
      const line = ctx.layout.lineAt(b.first, at) + 1;
      const printed = { value: m.share, places: (m.share.split('.')[1] ?? '').length };
      if (
        ctx.claims.some(
          (c) =>
            c.kind === 'share' &&
            c.line >= ctx.layout.lineAt(b.first, m.index) + 1 &&
            c.line <= line &&
            c.arithmetic.includes(`文中${printed.value}%`),
        )
      )
        continue;
      const { verdict, wholeIn: whole, exact } = shareOfWhole(printed, part, unit, table);
      if (!verdict) continue;
      const arithmetic = `${part} ÷ ${plain(dec(whole))}${unit}（${titled(table.table)}${table.name}） × 100% = ${exact}%`;
      claim(ctx, 'share', b.first, at, verdict.kind !== 'wrong', `${arithmetic}，文中${printed.value}%`);
      if (verdict.kind === 'ok') continue;
      report(
        ctx,
        b.first,
        'share.percent',
        verdict.severity,
        excerptOf(b.text, m.index, m.end, 10),
        `${exact}%`,
        `${printed.value}%`,
        `占比应为 ${arithmetic}，文中为${printed.value}%${verdictClause(verdict.kind)}。`,
        at,
      );
    }
  }
}
