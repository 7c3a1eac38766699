/**
 * A report of spending by quarter — "第二季度支出4,491.87万元，截至第二季度末累计支出7,612.42万元，累计执行率为
 * 40.83%": the running total to a quarter's end must be the quarters' own spending added up (`sum.parts`), and
 * its 累计执行率 that total ÷ the 全年预算 the document states once, maybe paragraphs before
 * (`completion.percent`).
 *
 * Precision first: only a document that states each quarter's own spending once is summed; a rate is judged
 * only against a 全年预算 stated once, and holds when it fits any 预算 figure the document states (a project's
 * own budget). A rate that fits the parts' sum when the printed running total is wrong is that total's fault.
 */
import { completionPercent, dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { judgeRatio, judgeSum, SHARE, show, type Printed } from './verdict.ts';

const FIGURE = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*万元`;
const Q = '([一二三四1-4])';
/** A quarter's own spending: "第二季度支出4,491.87万元" (not "第二季度末累计支出"). */
const OWN = new RegExp(
  String.raw`第\s*${Q}\s*季度\s*(?:实际)?(?:支出|执行|完成支出)\s*(?:为|了)?\s*${FIGURE}`,
  'g',
);
/** The running total: "截至第二季度末累计支出7,612.42万元", "前三季度累计支出…". */
const RUNNING = new RegExp(
  String.raw`(?:(?:截至|截止到?|至)\s*第\s*${Q}\s*季度末?|前\s*${Q}\s*个?\s*季度)\s*[，,]?\s*累计(?:支出|执行|完成支出)\s*(?:为|了)?\s*${FIGURE}`,
  'g',
);
const RATE = /累计(?:预算)?执行率\s*(?:为|是|达到?)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;
const FULL_BUDGET = new RegExp(
  String.raw`(?:调整后|全年)(?:的)?(?:全年)?预算(?:数|总额|资金)?\s*(?:为|是)?\s*${FIGURE}`,
  'g',
);
const ANY_BUDGET = new RegExp(String.raw`预算(?:数|总额|资金)?\s*(?:为|是)?\s*${FIGURE}`, 'g');
const NUMBER: Readonly<Record<string, number>> = { 一: 1, 二: 2, 三: 3, 四: 4 };

const quarterOf = (q: string): number => NUMBER[q] ?? Number(q);
const printed = (v: string): Printed => {
  const value = v.replace(/,/g, '');
  return { value, places: (value.split('.')[1] ?? '').length };
};

type Running = { li: number; at: number; quarter: number; total: Printed; excerpt: string; line: string };

/** Checks the running totals and their rates; returns the places (`li:offset`) of the rates reported wrong. */
export function checkQuarterExecution(ctx: Ctx): Set<string> {
  const wrongRates = new Set<string>();
  const own = new Map<number, Set<string>>();
  const running: Running[] = [];
  const fullBudgets = new Set<string>();
  const budgets = new Set<string>();
  forEachFigureLineWith(ctx, '预算', (line) => {
    for (const m of allMatches(line, FULL_BUDGET)) fullBudgets.add(printed(m[1]!).value);
    for (const m of allMatches(line, ANY_BUDGET)) budgets.add(printed(m[1]!).value);
  });
  forEachFigureLineWith(ctx, '季度', (line, li) => {
    for (const m of allMatches(line, OWN)) {
      const q = quarterOf(m[1]!);
      const set = own.get(q) ?? new Set<string>();
      set.add(printed(m[2]!).value);
      own.set(q, set);
      // (The first quarter's own spending is its running total.)
      if (q === 1) {
        const at = m.index + m[0].lastIndexOf(m[2]!);
        const excerpt = excerptOf(line, m.index, m.index + m[0].length, 0);
        running.push({ li, at, quarter: 1, total: printed(m[2]!), excerpt, line });
      }
    }
    for (const m of allMatches(line, RUNNING)) {
      const at = m.index + m[0].lastIndexOf(m[3]!);
      running.push({
        li,
        at,
        quarter: quarterOf(m[1] ?? m[2]!),
        total: printed(m[3]!),
        excerpt: excerptOf(line, m.index, m.index + m[0].length, 0),
        line,
      });
    }
  });
  // Each quarter's own spending, when every quarter is stated once.
  const ownOf = (q: number): Printed | null => {
    const set = own.get(q);
    return set?.size === 1 ? printed([...set][0]!) : null;
  };
  const sumTo = (q: number): { parts: Printed[]; value: Printed } | null => {
    const parts: Printed[] = [];
    for (let k = 1; k <= q; k++) {
      const p = ownOf(k);
      if (!p) return null;
      parts.push(p);
    }
    const places = Math.max(...parts.map((p) => p.places));
    return {
      parts,
      value: { value: parts.reduce((a, p) => a.plus(p.value), dec(0)).toFixed(places), places },
    };
  };
  const consistent = [...own.values()].every((s) => s.size === 1);
  const sums = new Map<string, Printed>();
  if (consistent)
    for (const r of running) {
      const sum = sumTo(r.quarter);
      if (!sum || sum.parts.length < 2) continue;
      const verdict = judgeSum(sum.parts, r.total);
      const arithmetic = `第1至${r.quarter}季度支出 ${sum.parts.map((p) => p.value).join(' + ')} = ${sum.value.value}`;
      claim(ctx, 'sum', r.li, r.at, verdict.kind !== 'wrong', `${arithmetic}，文中累计${r.total.value}`);
      // (Quarters rounded one by one rarely add up to the cent: not worth a note.)
      if (verdict.kind !== 'wrong') continue;
      sums.set(`${r.li}:${r.at}`, sum.value);
      report(
        ctx,
        r.li,
        'sum.parts',
        verdict.severity,
        r.excerpt,
        sum.value.value,
        r.total.value,
        `截至第${r.quarter}季度末的累计支出应为各季度支出之和：${arithmetic}万元，文中为${r.total.value}万元。`,
        r.at,
      );
    }
  if (fullBudgets.size === 1) {
    const budget = printed([...fullBudgets][0]!);
    for (const r of running)
      checkRate(ctx, r, budget, budgets, sums.get(`${r.li}:${r.at}`) ?? null, wrongRates);
  }
  return wrongRates;
}

/** The 累计执行率 in the running total's clause group, after it: the total ÷ the 全年预算. */
function checkRate(
  ctx: Ctx,
  r: Running,
  budget: Printed,
  budgets: ReadonlySet<string>,
  partsSum: Printed | null,
  wrongRates: Set<string>,
): void {
  const end = r.line.indexOf('；', r.at);
  const stop = Math.min(end < 0 ? r.line.length : end, sentenceEnd(ctx, r));
  const tail = r.line.slice(r.at, stop);
  const rates = allMatches(tail, RATE);
  if (rates.length !== 1) return;
  const m = rates[0]!;
  const rate = printed(m[1]!);
  const fits = (total: Printed, den: string): boolean =>
    judgeRatio(rate, [total, printed(den)], ([x, y]) => completionPercent(x!, y!), SHARE)?.kind !== 'wrong';
  const at = r.at + m.index + m[0].indexOf(m[1]!);
  const totals = partsSum ? [r.total, partsSum] : [r.total];
  const ok = totals.some((t) => [budget.value, ...budgets].some((b) => fits(t, b)));
  const exact = completionPercent(dec(r.total.value), dec(budget.value));
  const shown = exact ? show(exact, rate.places) : '—';
  claim(
    ctx,
    'completion',
    r.li,
    at,
    ok,
    `${r.total.value} ÷ 全年预算${budget.value} = ${shown}%，文中${rate.value}%`,
  );
  if (ok || !exact) return;
  wrongRates.add(`${r.li}:${at}`);
  report(
    ctx,
    r.li,
    'completion.percent',
    'error',
    excerptOf(r.line, r.at, at + m[1]!.length + 1, 0),
    `${shown}%`,
    `${rate.value}%`,
    `累计执行率应为累计支出 ÷ 全年预算：${r.total.value} ÷ ${budget.value} × 100% = ${shown}%，文中为${rate.value}%。`,
    at,
  );
}

/** Where the sentence holding the running total ends in its line. */
function sentenceEnd(ctx: Ctx, r: Running): number {
  for (const s of sentencesAt(ctx, r.li)) if (r.at >= s.start && r.at < s.end) return s.end;
  return r.line.length;
}
