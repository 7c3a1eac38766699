/**
 * A part's 执行率 after its outturn, its budget stated by name in the text before: "全年调整后预算为11,236.54万元…；
 * 基本支出2,398.11万元，项目支出8,838.43万元。…项目支出8,483.12万元，占78.01%，执行率95.98%" — the rate must be
 * the outturn ÷ one of the budgets stated under that name (年初 or 调整后; `completion.percent`, rounding-aware).
 *
 * Precision first: the part's name is the clause before its outturn (其中 / 按…分 openers aside), a 支出 or 拨款
 * name with no digit, no total (全年 / 合计 / 总); each budget is a figure of the same name before the rate, in
 * 万元, outside a sentence of another year, or of the one table row of that name printing the outturn; a rate is
 * reported only when another part's rate in the document holds by the same reading, and not when the text tells of
 * the part's budget adjusted (调减, 追加 …: its budget may be one it never states) and no table row tells it. A rate
 * another rule read is left to it.
 */
import { completionPercent } from '../money/index.ts';
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { budgetOfOutturn } from './table-budgets.ts';
import { judgeRatio, SHARE, show, type Printed } from './verdict.ts';

const RATE = /执行率\s*(?:为|是|达)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
/** The outturn before the rate: "NAME A万元，(占…%，)执行率". */
const OUTTURN_BEFORE =
  /([^，,。；;：:]{2,24}?)\s*(\d[\d,]*(?:\.\d+)?)\s*万元\s*[，,]\s*(?:占[^，,。；;%％]{0,14}?\d+(?:\.\d+)?\s*[%％]\s*[，,]\s*)?$/;
const OPENER = /^(?:其中|另外|此外|按[^，,：:]{1,8}分)[：:，,]?\s*/;
const NAME = /^[\u4e00-\u9fa5“”"（）()]{2,16}$/;
const TOTAL = /全年|合计|总|整体|部门|年度/;

const printedOf = (text: string): Printed => {
  const value = text.replace(/,/g, '');
  return { value, places: (value.split('.')[1] ?? '').length };
};

const squash = (s: string): string => s.replace(/\s+/g, '');

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

type Read = {
  li: number;
  at: number;
  name: string;
  outturn: string;
  rate: string;
  budgets: string[];
  fits: boolean;
  /** The budgets include the table row's (its adjusted budget known). */
  tabled: boolean;
};

export function checkPartRates(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['执行率', '万元', '预算'])) return;
  const reads: Read[] = [];
  forEachFigureLineWith(ctx, '执行率', (line, li) => {
    for (const m of line.matchAll(RATE)) {
      const before = line.slice(Math.max(0, m.index! - 60), m.index!);
      const o = OUTTURN_BEFORE.exec(before);
      if (!o) continue;
      const name = o[1]!
        .trim()
        .replace(OPENER, '')
        .replace(/(?:执行|决算)?(?:数)?(?:为|是)?$/, '');
      if (!NAME.test(name) || TOTAL.test(name) || !/支出|拨款|资金|经费/.test(name)) continue;
      // The budgets stated in the text, and those of the table row of that name printing the outturn (a 自评表's
      // 项目资金 row "自治区资金 420.00 485.60 452.17"), which tells the budget an adjustment made.
      const row = budgetOfOutturn(ctx, printedOf(o[2]!), '万元');
      const inTable =
        row && squash(row.label).endsWith(name)
          ? [row.value, ...(row.opening ? [row.opening.value] : [])]
          : [];
      const budgets = [
        ...budgetsOf(ctx, li, line.slice(0, m.index! - before.length + o.index!), name),
        ...inTable,
      ];
      if (budgets.length === 0) continue;
      const printed = printedOf(m[1]!);
      const fits = budgets.some((b) => {
        const v = judgeRatio(
          printed,
          [printedOf(o[2]!), printedOf(b)],
          ([x, y]) => completionPercent(x!, y!),
          SHARE,
        );
        return v !== null && v.kind !== 'wrong';
      });
      reads.push({
        li,
        at: m.index!,
        name,
        outturn: o[2]!,
        rate: m[1]!,
        budgets,
        fits,
        tabled: inTable.length > 0,
      });
    }
  });
  if (!reads.some((r) => r.fits)) return;
  for (const r of reads) {
    // (A rate another rule read — its claim near the rate's line, naming the outturn and the rate — is that rule's.)
    const shownLine = ctx.layout.lineAt(r.li, r.at) + 1;
    const outturn = r.outturn.replace(/,/g, '');
    if (
      ctx.claims.some(
        (c) =>
          c.kind === 'completion' &&
          Math.abs(c.line - shownLine) <= 3 &&
          c.arithmetic.includes(outturn) &&
          c.arithmetic.includes(`${r.rate}%`),
      )
    )
      continue;
    // A part adjusted in the year ("调减县级财政资金20.00万元"): its budget may be one the text never states.
    if (!r.fits && !r.tabled && adjusted(ctx, r.li, r.name)) continue;
    const shown = r.budgets
      .map((b) => `${r.outturn} ÷ ${b} × 100% = ${rateOf(r.outturn, b, r.rate)}%`)
      .join('；');
    claim(ctx, 'completion', r.li, r.at, r.fits, `${r.name}执行率：${shown}，文中${r.rate}%`);
    if (r.fits) continue;
    const line = ctx.lines[r.li] ?? '';
    report(
      ctx,
      r.li,
      'completion.percent',
      'error',
      excerptOf(line, r.at - 20, r.at + 12, 0),
      `${rateOf(r.outturn, r.budgets[r.budgets.length - 1]!, r.rate)}%`,
      `${r.rate}%`,
      `${r.name}执行率应为 ${shown}（以文中前面所列“${r.name}”的预算或到位资金为基数），文中为${r.rate}%。`,
      r.at,
    );
  }
}

/** Whether the text up to line `li` tells of an adjustment of the part named `name`. */
function adjusted(ctx: Ctx, li: number, name: string): boolean {
  const bare = escape(name.replace(/支出$/, ''));
  const re = new RegExp(
    // (Several parts adjusted in one clause: "追加自治区资金65.60万元、县级资金60.00万元".)
    `(?:调减|调增|追加|追减|调整|调入|调出|压减|收回)[^，,。；;]{0,24}${bare}|${bare}[^，,。；;]{0,12}(?:调减|调增|追加|追减|调整|调入|调出|压减|收回)`,
  );
  // (Or its change told in a sentence of the budget's adjustment: "全年预算数调整为…，较年初预算增加…，其中：一般公共
  // 预算财政拨款增加566.28万元".)
  const moved = new RegExp(`${bare}[^，,。；;\\d]{0,4}(?:增加|减少)`);
  for (let k = 0; k <= li; k++) {
    const line = ctx.lines[k] ?? '';
    if (re.test(line)) return true;
    if (moved.test(line) && /较年初预算|调整为|调整后/.test(line)) return true;
  }
  return false;
}

function rateOf(outturn: string, budget: string, rate: string): string {
  const exact = completionPercent(printedOf(outturn).value, printedOf(budget).value);
  return exact === null ? '—' : show(exact, printedOf(rate).places);
}

/** The figures in 万元 named `name` in the text before the rate (earlier lines, and its own line before `upTo`). */
function budgetsOf(ctx: Ctx, li: number, upTo: string, name: string): string[] {
  const bare = name.replace(/支出$/, '');
  const re = new RegExp(
    `${escape(bare)}(?:支出)?(?:预算|到位|安排|下达)?(?:数)?\\s*(?:为|是)?\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*万元`,
    'g',
  );
  const found = new Set<string>();
  for (let k = 0; k <= li; k++) {
    const text = k === li ? upTo : (ctx.lines[k] ?? '');
    if (!text.includes(bare)) continue;
    for (const m of text.matchAll(re)) {
      // (Its sentence: a budget, not an outturn; of this year.)
      const from = Math.max(text.lastIndexOf('。', m.index!), 0);
      const sentence = text.slice(from, m.index! + m[0].length);
      // (A 其中 list opening its sentence is of the budget the sentence before states: "调整后全年预算…万元。其中：
      // 基本支出…万元，项目支出…万元。")
      const listed = /^。?\s*其中/.test(sentence)
        ? text.slice(Math.max(text.lastIndexOf('。', from - 1), 0), from)
        : '';
      if (
        !/预算|到位|安排|下达/.test(sentence + listed) ||
        /执行|支出决算|实际支出|上年|去年|同期/.test(sentence.slice(sentence.lastIndexOf('，') + 1))
      )
        continue;
      const years = [...sentence.matchAll(/(\d{4})\s*年/g)].map((y) => Number(y[1]));
      if (ctx.year !== null && years.some((y) => y !== ctx.year)) continue;
      found.add(m[1]!);
    }
  }
  return [...found];
}
