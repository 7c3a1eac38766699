/**
 * A 执行率 stated with its outturn, its budget in an earlier sentence of the paragraph — "调整后全年预算7,624.92
 * 万元，其中…。全年实际支出7,274.73万元，预算执行率95.41%。" or "全年预算合计788.50万元，…。预计全年支出763.30
 * 万元，全年预计执行率96.80%。": the rate must be the outturn ÷ the budget (`completion.percent`, rounding-aware).
 *
 * Precision first: the rate's clause group states exactly one amount before it, an outturn (实际支出, 执行数,
 * 支出决算 …; a 预计 rate needs a 预计 outturn and the other way round); the budget is stated in the same
 * paragraph before it, in the nearest sentence that states a budget (a sentence between may only be a 其中
 * list), of the document's year, in the outturn's unit; with several budgets stated (年初, 调整后 …) the rate is
 * wrong only when it is none of outturn ÷ budget (only 年初 budgets stated: a warning — the rate may be of an
 * adjusted budget the text leaves out). A part of a 其中 list ("其中：基本支出…万元，执行率…%") is read against
 * the amount of the same name in the 其中 list of the budget's sentence. A rate of last year, a plan or a
 * 序时进度, a rate naming another 项目 than the budget's, or a sentence the completion rule reads (its budget
 * and outturn in the rate's own sentence) is not read.
 */
import { completionPercent } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { MONEY_UNITS, type NumberToken } from './numbers.ts';
import { forEachFigureLine, lineFigures } from './prose-lines.ts';
import { budgetOfOutturn } from './table-budgets.ts';
import { budgetInParagraphAbove } from './budget-above.ts';
import { judgeRatio, SHARE, show, verdictClause, type Printed, type RatioVerdict } from './verdict.ts';
import { mentionsAll } from './document-words.ts';

const RATE = /(?:预算执行率|资金执行率|执行率)\s*(?:为|是|达到|达)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
/** "年中追加", "调减": a change of the budget. */
const ADJUSTED = /(?:追加|追减|调增|调减)(?:预算|资金|经费)?(?:数|金额)?\s*(?:为|是|了|[:：])?\s*$/;
/**
 * The clause right before a budget: "全年预算", "调整后预算数为", "预算合计", "全年预算数调整为", "预算安排资金"; a
 * 项目's "总投资" (the amount its 预算执行率 is of, where no 预算 is stated nearer).
 */
const BUDGET =
  /(?:预算(?:安排)?(?:数|金额|资金|总额|合计|总计)?|总投资|投资总额)\s*(?:调整(?:后)?(?:为|至))?\s*(?:为|是|[:：])?\s*$/;
/** The clause of a budget's change on the opening budget, right after the budget: "较年初预算增加". */
const BUDGET_CHANGE = /^\s*(?:较|比)(?:年初)?预算数?(?:增加|减少|调增|调减|追加)\s*$/;
/** The clause right before an outturn: "实际支出", "执行数", "预计全年支出". */
const OUTTURN =
  /(?:执行数|执行金额|实际执行|实际支出|实际使用|支出决算|决算数|全年执行|资金支出|累计支出|全年支出|预计支出|共支出|已支出)\s*(?:为|是|[:：])?\s*$/;
/** A budget the completion rule reads with an outturn in its sentence (prose-completion.ts). */
const COMPLETION_BUDGET = /预算(?:数|金额|投资|资金|总额)?\s*(?:为|是|[:：])?\s*$/;
const NOT_THIS_YEAR = /上年|去年|上一年|同期/;
/** The clause before an amount of funds arrived or passed on: "资金实际到位", "下达资金". */
const ARRIVED = /到位|到账|下达|拨付/;
const NOT_A_RATE = /上年|去年|同期|目标|计划|序时|进度|不低于|不少于|达到|力争/;

/** The clause of `text` that ends at `end`: from the last "，；。：" before it. */
function clauseBefore(text: string, end: number): string {
  let k = end - 1;
  while (k >= 0 && !'，,；;。：:'.includes(text[k]!)) k--;
  return text.slice(k + 1, end);
}

/** A bracket after a rate naming the base it is worked from other than the budget: 到位, 下达, 拨付 funds. */
const OTHER_BASE = /^\s*[（(][^（）()]*(?:到位|下达|拨付|实到)[^（）()]*[）)]/;
const RATE_ON_OTHER_BASE =
  /执行率\s*(\d+(?:\.\d+)?)\s*[%％]\s*[（(][^（）()]*(?:到位|下达|拨付|实到)[^（）()]*[）)]/g;

export function checkRatesAfterOutturn(ctx: Ctx): void {
  // (Its lines name an 执行率 and a 预算.)
  if (!mentionsAll(ctx, ['执行率', '预算'])) return;
  const otherBase = new Set<string>();
  for (const line of ctx.lines)
    if (line.includes('执行率')) for (const r of allMatches(line, RATE_ON_OTHER_BASE)) otherBase.add(r[1]!);
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('执行率') || !line.includes('预算')) return;
    const sents = sentencesAt(ctx, li);
    const figures = lineFigures(ctx, li);
    sents.forEach((s, si) => {
      for (const m of allMatches(s.text, RATE)) {
        const rateAt = s.start + m.index;
        // ("预算执行率87.06%（按实际支出占到位资金比例计算）": a rate the text says is of another base — there or
        // wherever it states that rate.)
        if (OTHER_BASE.test(line.slice(rateAt + m[0].length, rateAt + m[0].length + 40))) continue;
        if (otherBase.has(/(\d+(?:\.\d+)?)\s*[%％]/.exec(m[0])?.[1] ?? '')) continue;
        // The rate's clause group: from the sentence's start (or its last "；") to the rate.
        const groupStart = s.start + s.text.slice(0, m.index).lastIndexOf('；') + 1;
        // (The sources in brackets after a budget, "预算数180.00万元（其中当年财政拨款180.00万元）", are its parts.)
        const money = figures.filter(
          (t) =>
            t.start >= groupStart &&
            t.start < rateAt &&
            MONEY_UNITS.has(t.unit) &&
            !inBracketAfterBudget(line, groupStart, t.start),
        );
        if (money.length > 1) {
          // "年初预算A万元，全年调整增加B万元，全年预算C万元，全年执行D万元，预算执行率E%": the budget's history
          // and the outturn in the rate's clause group (a shape the completion rule leaves).
          const history = budgetHistory(line, money, rateAt, m);
          const line1 = ctx.layout.lineAt(li, rateAt) + 1;
          if (history && !ctx.claims.some((c) => c.kind === 'completion' && c.line === line1))
            judge(ctx, li, line, rateAt, m, money.at(-1)!, history, '同句所述预算数');
          continue;
        }
        if (money.length !== 1) continue;
        const outturn = money[0]!;
        const outClause = clauseBefore(line, outturn.start);
        if (/预算/.test(outClause) || NOT_THIS_YEAR.test(outClause)) continue;
        const rateClause = clauseBefore(line, rateAt + m[0].length);
        // A part of a 其中 list ("其中：中央资金支出290.00万元，执行率96.67%") is read against its own budget.
        if (!OUTTURN.test(outClause) || /^\s*其中/.test(s.text)) {
          // "其中：基本支出2,401.18万元，执行率99.28%" after "…预算7,624.92万元，其中基本支出2,418.62万元、…".
          const name = partLabel(line, outturn.start);
          let part = partBudget(ctx, line, sents, si, figures, outturn, name);
          let budgetLine = line;
          let source: string | undefined;
          // No budget stated before in the paragraph (only outturns): the 其中 list of the paragraph before.
          if (part === 'unseen') {
            const prev = previousParagraph(ctx, li);
            part =
              prev && partBudget(ctx, prev.line, prev.sents, prev.sents.length, prev.figures, outturn, name);
            if (prev) [budgetLine, source] = [prev.line, '上段所述预算数'];
          }
          if (
            part &&
            part !== 'unseen' &&
            !NOT_A_RATE.test(rateClause.replace(m[0], '')) &&
            !/预计/.test(rateClause)
          )
            judge(ctx, li, line, rateAt, m, outturn, [part], source, budgetLine);
          continue;
        }
        const before = line.slice(outturn.end, rateAt);
        if (
          NOT_A_RATE.test(rateClause.replace(m[0], '')) ||
          /[\d%％]/.test(before.replace(/^\s*(万元|亿元|元)/, ''))
        )
          continue;
        if (/预计/.test(rateClause) !== /预计/.test(outClause)) continue;
        // A budget in the rate's own sentence, before its outturn: the completion rule's shape when it is
        // read there ("预算数A万元，执行数B万元，执行率C%"); this rule reads only what it does not.
        // (Funds arrived before the outturn, "资金实际到位3,200.00万元，到位率100.00%；", are no budget.)
        const own = figures.filter(
          (t) =>
            t.start >= s.start &&
            t.start < outturn.start &&
            MONEY_UNITS.has(t.unit) &&
            !ARRIVED.test(clauseBefore(line, t.start)),
        );
        let budgets: NumberToken[] | null;
        // (Whether the funds arrived are among the bases: the message then names them so.)
        let arrivedBase = false;
        if (own.length > 0) {
          const clause = own.length === 1 ? clauseBefore(line, own[0]!.start) : '';
          if (!BUDGET.test(clause)) continue;
          // (Left to the completion rule when it read the rate; not when the budget is in an earlier clause group,
          // "项目总预算A万元，到位B万元，…；实际支出C万元，预算执行率D%": the funds arrived are then a base too.)
          if (COMPLETION_BUDGET.test(clause)) {
            const shownLine = ctx.layout.lineAt(li, rateAt) + 1;
            const rate = /(\d+(?:\.\d+)?)\s*[%％]/.exec(m[0])?.[1] ?? '';
            if (
              groupStart <= own[0]!.start ||
              ctx.claims.some(
                (c) => c.kind === 'completion' && c.line === shownLine && c.arithmetic.includes(`${rate}%`),
              )
            )
              continue;
            const arrived = figures.filter(
              (t) =>
                t.start > own[0]!.start &&
                t.start < groupStart &&
                t.unit === own[0]!.unit &&
                ARRIVED.test(clauseBefore(line, t.start)),
            );
            budgets = [own[0]!, ...arrived];
            if (arrived.length > 0) arrivedBase = true;
          } else budgets = [own[0]!];
        } else budgets = budgetsBefore(ctx, line, sents, si, figures);
        // No amount stated before in the paragraph: the budget of the table row printing the outturn.
        let source = arrivedBase ? '前文所述预算数或到位资金' : '前文所述预算数';
        if (!budgets && !figures.some((t) => t.start < s.start && MONEY_UNITS.has(t.unit))) {
          const row = budgetOfOutturn(ctx, outturn, outturn.unit);
          if (row) {
            // (The opening budget printed beside it too: the rate holds when it is of either.)
            budgets = [
              ...(row.opening ? [{ ...row.opening, unit: outturn.unit, start: -1, end: -1 }] : []),
              { value: row.value, places: row.places, unit: outturn.unit, start: -1, end: -1 },
            ];
            source = `${row.table ? `《${row.table}》` : '表中'}“${row.label}”行预算数`;
          }
        }
        // "B项目实际支出…，执行率…" after "A项目预算…": another project's budget.
        const project = (text: string) => /([\u4e00-\u9fa5]{2,20}项目)/.exec(text)?.[1] ?? null;
        const rateProject = project(line.slice(s.start, rateAt));
        // Nothing stated before it in its paragraph: the budget of the paragraph before, when it ends in one.
        if (
          !budgets &&
          rateProject === null &&
          !figures.some((t) => t.start < s.start && MONEY_UNITS.has(t.unit))
        ) {
          const prev = previousParagraph(ctx, li);
          const found = prev && budgetsBefore(ctx, prev.line, prev.sents, prev.sents.length, prev.figures);
          if (found && prev) {
            if (found.some((b) => b.unit !== outturn.unit || b.value.replace(/[0.]/g, '') === '')) continue;
            judge(ctx, li, line, rateAt, m, outturn, found, '上段所述预算数', prev.line);
            continue;
          }
        }
        // Still none, the paragraph stating no amount before the rate: a 预算执行率's budget in the paragraph above.
        if (
          !budgets &&
          /预算/.test(m[0]) &&
          !figures.some((t) => t.start < outturn.start && MONEY_UNITS.has(t.unit))
        ) {
          const above = budgetInParagraphAbove(ctx, li);
          if (above) [budgets, source] = [[above], '上段所述预算数'];
        }
        if (!budgets || budgets.length === 0) continue;
        if (budgets.some((b) => b.unit !== outturn.unit || b.value.replace(/[0.]/g, '') === '')) continue;
        const at = budgets[0]!.start;
        const budgetSentence = sents.find((x) => x.start <= at && at < x.end);
        const budgetProject = budgetSentence ? project(budgetSentence.text) : null;
        if (
          rateProject !== null &&
          (budgetProject === null
            ? !line.slice(0, s.start).includes(rateProject)
            : budgetProject !== rateProject)
        )
          continue;
        judge(ctx, li, line, rateAt, m, outturn, budgets, source);
      }
    });
  });
}

/** An adjustment of the budget stated between two budgets: "年中追加", "全年调整增加". */
const ADJUSTMENT =
  /(?:追加|追减|调增|调减|调整增加|调整减少)(?:预算|资金|经费)?(?:数|金额)?\s*(?:为|是|了|[:：])?\s*$/;

/**
 * The budgets of a clause group stating the budget's history and then the outturn, right before the rate
 * (`money`: the group's amounts in order): the last amount an outturn of this year, every other a budget or an
 * adjustment between two budgets, a budget last before the outturn. Null when the group is not so.
 */
function budgetHistory(
  line: string,
  money: readonly NumberToken[],
  rateAt: number,
  m: RegExpExecArray,
): NumberToken[] | null {
  const outturn = money.at(-1)!;
  const outClause = clauseBefore(line, outturn.start);
  if (!OUTTURN.test(outClause) || /预算|预计/.test(outClause) || NOT_THIS_YEAR.test(outClause)) return null;
  const rateClause = clauseBefore(line, rateAt + m[0].length);
  if (NOT_A_RATE.test(rateClause.replace(m[0], '')) || /预计/.test(rateClause)) return null;
  if (/[\d%％]/.test(line.slice(outturn.end, rateAt).replace(/^\s*(万元|亿元|元)/, ''))) return null;
  const rest = money.slice(0, -1);
  const budgets = rest.filter((t) => BUDGET.test(clauseBefore(line, t.start)));
  if (budgets.length === 0 || budgets.at(-1) !== rest.at(-1)) return null;
  for (const t of rest) {
    const clause = clauseBefore(line, t.start);
    if (NOT_THIS_YEAR.test(clause) || /预计|其中/.test(clause) || t.unit !== outturn.unit) return null;
    if (budgets.includes(t)) continue;
    const between = budgets.some((b) => b.start < t.start) && budgets.some((b) => b.start > t.start);
    if (!ADJUSTMENT.test(clause) || !between) return null;
  }
  return budgets;
}

/** A clause adjusting a named part of the budget: "调减区级资金", "年中追加省级补助". */
const ADJUSTS_PART = /^\s*(?:年中|年内|年底)?(?:追加|追减|调增|调减)[\u4e00-\u9fa5]{0,12}$/;

/**
 * The budgets of the nearest earlier sentence of the paragraph that states one: every amount there named a
 * budget (a 其中 list after it aside). A sentence between stating other amounts (but a 其中 list), or a budget
 * of last year or another year: none.
 */
function budgetsBefore(
  ctx: Ctx,
  line: string,
  sents: readonly { start: number; end: number; text: string }[],
  si: number,
  figures: readonly NumberToken[],
): NumberToken[] | null {
  // (At most three sentences back: further, the budget may be another one's.)
  for (let k = si - 1; k >= Math.max(0, si - 3); k--) {
    const s = sents[k]!;
    const money = figures.filter((t) => t.start >= s.start && t.start < s.end && MONEY_UNITS.has(t.unit));
    if (money.length === 0) continue;
    // The amounts of a 其中 list (parts of the budget or of an outturn) do not count.
    // ("按资金来源分：" — or "，" — opens a list of the budget's parts as 其中 does.)
    const listAt = s.text.search(/其中|按[^，,：:。]{1,8}分[：:，,]/);
    const heads = headAmounts(s, listAt, money);
    // "全年预算数486.00万元（年初预算450.00万元，年中追加36.00万元）": the bracket after a budget tells what it is
    // made of; its amounts are no other figure, its budgets judged too, the head budget last (judged against).
    const bracketed = (t: NumberToken): boolean => inBracketAfterBudget(line, s.start, t.start);
    const budgets = heads
      .filter((t) => BUDGET.test(clauseBefore(line, t.start)))
      .sort((x, y) => Number(bracketed(y)) - Number(bracketed(x)));
    // An outturn stated with the budget (of another period: "1—6月实际支出") is not a budget.
    // "年初预算1520.00万元，年中追加66.40万元，全年预算1586.40万元": an adjustment between two budgets is the
    // history of the budget, no other figure.
    // So is "调减A资金35.50万元，调整后预算为…": a part's adjustment the adjusted budget follows.
    const adjustment = (t: NumberToken): boolean =>
      (ADJUSTED.test(clauseBefore(line, t.start)) &&
        budgets.some((b) => b.start < t.start) &&
        budgets.some((b) => b.start > t.start)) ||
      (ADJUSTS_PART.test(clauseBefore(line, t.start)) &&
        budgets.some((b) => b.start > t.start && /调整后/.test(clauseBefore(line, b.start))));
    const others = heads.filter(
      (t) =>
        !budgets.includes(t) &&
        !bracketed(t) &&
        !adjustment(t) &&
        !budgetChange(line, heads, budgets, t) &&
        !OUTTURN.test(clauseBefore(line, t.start)),
    );
    if (budgets.length === 0) {
      if (listAt >= 0 && listAt <= 2) continue;
      return null;
    }
    if (others.length > 0) return null;
    for (const b of budgets) {
      const clause = clauseBefore(line, b.start);
      if (NOT_THIS_YEAR.test(clause)) return null;
      const years = s.text.slice(0, b.start - s.start).match(/20\d\d(?=年)/g) ?? [];
      if (years.some((y) => ctx.year !== null && Number(y) !== ctx.year)) return null;
    }
    return budgets;
  }
  return null;
}

/** Whether head amount `t` is the change of the budget stated right before it ("…调整为A万元，较年初预算增加B万元"). */
function budgetChange(
  line: string,
  heads: readonly NumberToken[],
  budgets: readonly NumberToken[],
  t: NumberToken,
): boolean {
  const k = heads.indexOf(t);
  return k > 0 && budgets.includes(heads[k - 1]!) && BUDGET_CHANGE.test(clauseBefore(line, t.start));
}

/**
 * The paragraph before logical line `li` (the nearest line with text, a paragraph of sentences, no heading or
 * table): its text, sentences and figures; null when there is none.
 */
function previousParagraph(
  ctx: Ctx,
  li: number,
): {
  line: string;
  sents: readonly { start: number; end: number; text: string }[];
  figures: readonly NumberToken[];
} | null {
  let k = li - 1;
  while (k >= 0 && ctx.lines[k]!.trim() === '') k--;
  if (k < 0) return null;
  const block = ctx.layout.blocks.find((b) => b.kind === 'paragraph' && b.first === k);
  if (!block || block.kind !== 'paragraph' || block.heading || !/。\s*$/.test(ctx.lines[k]!)) return null;
  return { line: ctx.lines[k]!, sents: sentencesAt(ctx, k), figures: lineFigures(ctx, k) };
}

/**
 * The amounts of sentence `s` that are no part of its 其中 list (opened at `listAt` in it, -1 for none): those
 * before the list and those after the "；" that ends it ("年初预算A万元，其中基本支出B万元、项目支出C万元；年中追加
 * D万元，全年预算E万元": A, D and E).
 */
/** One part of a list: its name, its amount, maybe its share ("省级财政专项资金736.00万元，占23.00%"). */
const LIST_PART =
  /^[^\d，,。]*\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元)(?:[，,]\s*占[^\d，,]{0,10}\d+(?:\.\d+)?\s*[%％])?\s*[。]?$/;

function headAmounts(
  s: { start: number; text: string },
  listAt: number,
  money: readonly NumberToken[],
): NumberToken[] {
  if (listAt < 0) return [...money];
  // (A list of parts each "name amount(，占x%)" separated by "；" runs to the sentence's end.)
  const groups = s.text
    .slice(listAt)
    .replace(/^其中\s*[：:，,]?/, '')
    .split(/[；;]/);
  if (groups.length > 1 && groups.every((g) => LIST_PART.test(g.trim())))
    return money.filter((t) => t.start < s.start + listAt);
  const semi = s.text.slice(listAt).search(/[；;]/);
  const listEnd = semi < 0 ? Infinity : s.start + listAt + semi;
  return money.filter((t) => t.start < s.start + listAt || t.start > listEnd);
}

/**
 * Whether `at` lies in a bracket opened right after a budget amount of the sentence from `from` ("预算数486.00万元
 * （年初预算…）"), the bracket still open at `at`.
 */
function inBracketAfterBudget(line: string, from: number, at: number): boolean {
  const open = Math.max(line.lastIndexOf('（', at), line.lastIndexOf('(', at));
  if (open < from || /[）)]/.test(line.slice(open, at))) return false;
  const before = line.slice(from, open);
  return /预算[^，,。；;：:]{0,6}?\d[\d,]*(?:\.\d+)?\s*(?:万元|亿元|元)\s*$/.test(before);
}

/** A part's name: the text right before its amount, back to "，；。：、" or the amount before ("其中" dropped). */
function partLabel(line: string, at: number): string {
  let k = at - 1;
  while (k >= 0 && !'，,；;。：:、'.includes(line[k]!) && !/[\d元%％]/.test(line[k]!)) k--;
  return line
    .slice(k + 1, at)
    .replace(/^\s*其中\s*/, '')
    .replace(/\s+/g, '')
    .replace(/(?:为|是)$/, '')
    .replace(/(?:(?:实际)?(?:支出|执行数|执行))+$/, '');
}

/**
 * The budget of a part ("基本支出", "省级资金") whose outturn and 执行率 are stated: the amount of the same
 * part in the 其中 list of the nearest earlier sentence of the paragraph stating a budget (sentences between
 * that state only outturns aside), the only amount of that name there.
 */
function partBudget(
  ctx: Ctx,
  line: string,
  sents: readonly { start: number; end: number; text: string }[],
  si: number,
  figures: readonly NumberToken[],
  outturn: NumberToken,
  name: string,
): NumberToken | 'unseen' | null {
  if (!/^[\u4e00-\u9fa5（）()]{2,16}$/.test(name) || /预算|上年|去年|合计|总计/.test(name)) return null;
  // (At most three sentences back: further, the budget may be another one's.)
  for (let k = si - 1; k >= Math.max(0, si - 3); k--) {
    const s = sents[k]!;
    const money = figures.filter((t) => t.start >= s.start && t.start < s.end && MONEY_UNITS.has(t.unit));
    if (money.length === 0) continue;
    // ("按资金来源分：" — or "，" — opens a list of the budget's parts as 其中 does.)
    const listAt = s.text.search(/其中|按[^，,：:。]{1,8}分[：:，,]/);
    // (A budget adjusted after the list — "…；年中追加…，全年预算…" — leaves the parts' own adjusted budgets
    // unstated: more than one head, not read.)
    const all = headAmounts(s, listAt, money);
    if (all.length > 0 && all.every((t) => OUTTURN.test(clauseBefore(line, t.start)))) continue;
    const heads = all.filter((t) => !budgetChange(line, all, all.slice(0, 1), t));
    if (listAt < 0 || heads.length !== 1 || !BUDGET.test(clauseBefore(line, heads[0]!.start))) return null;
    if (NOT_THIS_YEAR.test(s.text)) return null;
    const years = s.text.match(/20\d\d(?=年)/g) ?? [];
    if (years.some((y) => ctx.year !== null && Number(y) !== ctx.year)) return null;
    const same = money.filter((t) => t.start > s.start + listAt && partLabel(line, t.start) === name);
    return same.length === 1 && same[0]!.unit === outturn.unit ? same[0]! : null;
  }
  return 'unseen';
}

function judge(
  ctx: Ctx,
  li: number,
  line: string,
  at: number,
  m: RegExpExecArray,
  outturn: NumberToken,
  budgets: readonly NumberToken[],
  source = '前文所述预算数',
  budgetLine = line,
): void {
  const a: Printed = { value: outturn.value, places: outturn.places };
  const printed = { value: m[1]!, places: (m[1]!.split('.')[1] ?? '').length };
  // Several budgets: the rate holds when it is the outturn's rate of any; judged against the last (adjusted).
  let verdict: RatioVerdict | null = null;
  let of = budgets[budgets.length - 1]!;
  for (const b of [...budgets].reverse()) {
    const v = judgeRatio(
      printed,
      [a, { value: b.value, places: b.places }],
      ([x, y]) => completionPercent(x!, y!),
      SHARE,
    );
    if (!v) return;
    if (v.kind === 'ok') {
      verdict = v;
      of = b;
      break;
    }
    if (!verdict || (verdict.kind === 'wrong' && v.kind !== 'wrong')) {
      verdict = v;
      if (v.kind !== 'wrong') of = b;
    }
  }
  if (!verdict) return;
  const where = at + m[0].lastIndexOf(m[1]!);
  const unit = of.unit;
  const exact = verdict.kind === 'ok' ? printed.value : show(verdict.exact, printed.places);
  claim(
    ctx,
    'completion',
    li,
    where,
    verdict.kind !== 'wrong',
    `${a.value} ÷ ${of.value}${unit} × 100% = ${exact}%，文中${printed.value}%`,
  );
  if (verdict.kind === 'ok') return;
  // (`exact` of a wrong verdict is of the last budget: the one a 执行率 is usually of.) Only 年初 budgets
  // stated: the rate may be of an adjusted budget the text does not state — a warning, not an error.
  const onlyOpening = budgets.every((b) => /年初/.test(clauseBefore(budgetLine, b.start)));
  report(
    ctx,
    li,
    'completion.percent',
    onlyOpening && verdict.severity === 'error' ? 'warning' : verdict.severity,
    excerptOf(line, outturn.start, at + m[0].length, 10),
    `${exact}%`,
    `${printed.value}%`,
    `执行数${a.value}${unit}、${source}${of.value}${unit}，执行率应为 ${a.value} ÷ ${of.value} × 100% = ${exact}%，文中为${printed.value}%${verdictClause(verdict.kind)}。`,
    where,
  );
}
