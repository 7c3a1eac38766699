/**
 * The national 财政拨款“三公”经费支出决算表 as plain `pdftotext` (without -layout) prints it: no columns, its one
 * row's twelve figures one (or a few) a line under a line of the twelve column labels:
 *
 *     财政拨款“三公”经费支出决算表
 *     单位：万元
 *     合计 因公出国（境）费 公务用车购置及运行维护费 公务接待费     ← the items, in the national order
 *     小计 公务用车购置费 公务用车运行维护费
 *     预算数 决算数 预算数 决算数 … (twelve)
 *     34.00                                                     ← the figures, 预算数 and 决算数 of each item
 *     25.50
 *     …
 *
 * Read only when the header names every item (合计, 因公出国（境）费, 公务用车购置及运行维护费 with its 小计, 购置费,
 * 运行维护费, 公务接待费 — in any order: a header of cells over several lines prints them so) and exactly twelve figures
 * (or dashes) follow, left to right in the national order. The row must add up as the
 * -layout table does (`table.row-sum`): the 合计 the three items, the car fees their two parts, in 预算数 and
 * 决算数 alike; its figures are handed to the named-figures rule (the text's 三公 figures, shares and rates).
 */
import { claim, report, type Ctx } from './context.ts';
import { printedPlaces } from './numbers.ts';
import { judgeSum, show, verdictClause, type Printed } from './verdict.ts';

/** A figure of the row: its key as figure-claims.ts names the 三公 table's figures, where it stands. */
export type PlainFee = { key: string; value: string; places: number; line: number };
export type PlainFeeTable = { title: string; unit: string; figures: PlainFee[] };

/** The twelve figures' keys in the national order: 预算数 and 决算数 of each item. */
const KEYS = [
  'fees-budget',
  'fees-actual',
  'fees-abroad-budget',
  'fees-abroad',
  'fees-car-budget',
  'fees-car',
  'fees-car-buy-budget',
  'fees-car-buy',
  'fees-car-run-budget',
  'fees-car-run',
  'fees-reception-budget',
  'fees-reception',
];
const ITEM_NAMES = ['因公出国（境）费', '公务用车购置费', '公务用车运行维护费', '公务接待费'] as const;
/** The items the national table's header names (as printed, in any order). */
const ITEM_ORDERS = [
  ['合计', '因公出国', '公务用车购置及运行维护费', '公务接待费'],
  ['小计', '公务用车购置费', '公务用车运行维护费'],
];

/** The twelve labels — or the pair once, over all six items ("预算数 / 决算数" under the items' names). */
const LABELS = /^(?:预算数?决算数?){6}$|^预算数?决算数?$/;
/** A line of such labels only. */
const LABEL_RUN = /^(?:预算数?|决算数?)+$/;
const TITLE = /三公.*决算表/;
const FIGURE = /^(?:[-—－]|\d[\d,]*(?:\.\d+)?)$/;
/** How far above the labels the title may stand (the unit and the item lines between, one item a line maybe). */
const TITLE_REACH = 20;

/** Each such table of the text. */
export function plainFeeTables(lines: readonly string[]): PlainFeeTable[] {
  const out: PlainFeeTable[] = [];
  for (let end = 0; end < lines.length; end++) {
    // The twelve labels on one line, or over the lines before (one a line, a few a line).
    if (!lines[end]!.includes('算') || !LABEL_RUN.test(lines[end]!.replace(/\s+/g, ''))) continue;
    let i = end;
    let labels = '';
    while (i >= 0 && LABEL_RUN.test(lines[i]!.replace(/\s+/g, '')) && labels.length < 40)
      labels = lines[i--]!.replace(/\s+/g, '') + labels;
    i++;
    if (
      !LABELS.test(labels) ||
      (end + 1 < lines.length && LABEL_RUN.test(lines[end + 1]!.replace(/\s+/g, '')))
    )
      continue;
    let t = i - 1;
    while (t >= Math.max(0, i - TITLE_REACH) && !TITLE.test(lines[t]!)) t--;
    if (t < Math.max(0, i - TITLE_REACH)) continue;
    const between = lines.slice(t + 1, i).join(' ');
    // (Every item named: a header of cells over several lines may print them out of order — "公务用车" over "购置费" —
    // while the row's figures run left to right in the national order.)
    const squashed = between.replace(/\s+/g, '');
    if (!ITEM_ORDERS.flat().every((w) => squashed.includes(w))) continue;
    const unit = /单位[:：]\s*(万元|元)/.exec(between)?.[1] ?? '万元';
    const figures: Array<PlainFee | null> = [];
    for (let k = end + 1; k < lines.length && figures.length < KEYS.length; k++) {
      const tokens = lines[k]!.trim().split(/\s+/);
      // (The columns' numbers "1 2 … 12" under the labels: no figures.)
      if (figures.length === 0 && tokens.length > 1 && tokens.every((x, j) => x === String(j + 1))) continue;
      if (tokens[0] === '' || !tokens.every((x) => FIGURE.test(x))) break;
      for (const x of tokens) {
        const key = KEYS[figures.length];
        if (!key) break;
        figures.push(
          /\d/.test(x) ? { key, value: x.replace(/,/g, ''), places: printedPlaces(x), line: k } : null,
        );
      }
    }
    if (figures.length !== KEYS.length) continue;
    // (A dash is 0: no figure of its own.)
    out.push({ title: lines[t]!.trim(), unit, figures: figures.filter((f) => f !== null) });
  }
  return out;
}

/** The row's sums: the 合计 of its three items, the car fees of their two parts — 预算数 and 决算数 alike. */
export function checkPlainFeeSums(ctx: Ctx, tables: readonly PlainFeeTable[]): void {
  for (const table of tables) {
    const of = (key: string): Printed & { line?: number } =>
      table.figures.find((f) => f.key === key) ?? { value: '0', places: 0 };
    for (const [suffix, scope] of [
      ['-budget', '预算数'],
      ['', '决算数'],
    ] as const) {
      const k = (item: string): string =>
        item === 'fees' && suffix === '' ? 'fees-actual' : `${item}${suffix}`;
      const sums: Array<[string, string, string[], string[]]> = [
        [
          'fees',
          '合计',
          ['fees-abroad', 'fees-car', 'fees-reception'],
          [ITEM_NAMES[0], '公务用车购置及运行维护费', ITEM_NAMES[3]],
        ],
        [
          'fees-car',
          '公务用车购置及运行维护费',
          ['fees-car-buy', 'fees-car-run'],
          [ITEM_NAMES[1], ITEM_NAMES[2]],
        ],
      ];
      for (const [whole, wholeName, parts, partNames] of sums) {
        const total = of(k(whole));
        // (A row the -layout table readers summed already: theirs.)
        if (
          total.line === undefined ||
          ctx.claims.some((c) => c.kind === 'table' && c.line === total.line! + 1)
        )
          continue;
        const printed = parts.map((p) => of(k(p)));
        const v = judgeSum(printed, total);
        const sum = printed.map((p) => p.value).join(' + ');
        const exact = v.kind === 'ok' ? total.value : show(v.total, printedPlaces(total.value));
        claim(
          ctx,
          'table',
          total.line,
          0,
          v.kind !== 'wrong',
          `《${table.title}》${wholeName}${scope}：${sum} = ${exact}，表中${total.value}`,
        );
        if (v.kind === 'ok') continue;
        report(
          ctx,
          total.line,
          'table.row-sum',
          v.severity,
          `${wholeName}${scope} ${total.value}`,
          exact,
          total.value,
          `《${table.title}》${wholeName}${scope}应为${partNames.join('、')}之和：${sum} = ${exact}，表中为${total.value}${verdictClause(v.kind)}。`,
        );
      }
    }
  }
}
