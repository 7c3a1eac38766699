/**
 * A report of spending by quarter — "第二季度支出4,491.87万元，截至第二季度末累计支出7,612.42万元，累计执行率为
 * 40.83%": the running total to a quarter's end must be the quarters' own spending added up (`sum.parts`), and
 * its 累计执行率 that total ÷ the 全年预算 the document states once, maybe paragraphs before
 * (`completion.percent`).
 *
 * Precision first: only a document that states each quarter's own spending once is summed; a rate is judged
 * only against a 全年预算 stated once, and holds when it fits any 预算 figure the document states (a project's
 * own budget). A rate that fits the parts' sum when the printed running total is wrong is that total's fault.
 *
 * A series of running totals each with its share of a named base — "一季度末累计支出A万元，占到位资金的P%；二季度末
 * 累计支出B万元，占Q%；…" (the base named once, the later shares of the same): each share must be the total ÷ that
 * base (`completion.percent`). The base is the one amount the document's prose names so (到位资金: a clause ending
 * in 到位 or naming 到位资金; else a clause ending in the base's name), one value only; a share is reported only
 * when at least two other shares of the series hold against it.
 */
import { completionPercent, dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { isLastYear } from './prose-clauses.ts';
import { forEachFigureLine, forEachFigureLineWith, lineFigures } from './prose-lines.ts';
import { judgeRatio, judgeSum, SHARE, show, type Printed } from './verdict.ts';
import { mentionsAll } from './document-words.ts';

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
  // (Every figure it reads is a 季度's, in 万元: no rate can be found wrong without.)
  if (!mentionsAll(ctx, ['季度', '万元'])) return new Set<string>();
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
  checkShareSeries(ctx, wrongRates);
  return wrongRates;
}

/**
 * A running total to a quarter's end and its share: "二季度末累计支出1,200.00万元，占全年预算的40.00%" (the base
 * named: group 3), or "…，占40.00%" (the base of the share before).
 */
const SHARE_STEP = new RegExp(
  String.raw`(?:截至|截止到?|至|到)?\s*第?\s*${Q}\s*季度末\s*[，,]?\s*累计(?:实际)?(?:支出|执行|完成支出|拨付|支付)(?:资金)?\s*(?:为|了)?\s*${FIGURE}\s*[，,]\s*占\s*(?:([\u4e00-\u9fa5]{2,12}?)\s*的\s*)?(\d+(?:\.\d+)?)\s*[%％]`,
  'g',
);
/** Funds arrived: a clause naming 到位资金 or ending in 到位 (not 未到位 / 应到位). */
const ARRIVED_WORDS = /到位资金|资金到位|到位金额|(?<![未应])到位$/;

type Step = { at: number; total: Printed; rate: Printed; start: number; end: number };

function checkShareSeries(ctx: Ctx, wrongRates: Set<string>): void {
  forEachFigureLineWith(ctx, '季度末', (line, li) => {
    let base: string | null = null;
    const series = new Map<string, Step[]>();
    for (const m of allMatches(line, SHARE_STEP)) {
      if (m[3]) base = m[3];
      if (!base) continue;
      const steps = series.get(base) ?? [];
      steps.push({
        at: m.index + m[0].lastIndexOf(m[4]!),
        total: printed(m[2]!),
        rate: printed(m[4]!),
        start: m.index,
        end: m.index + m[0].length,
      });
      series.set(base, steps);
    }
    for (const [name, steps] of series) {
      if (steps.length < 3) continue;
      const amount = namedAmount(ctx, name);
      if (!amount) continue;
      const verdicts = steps.map((s) =>
        judgeRatio(s.rate, [s.total, amount], ([x, y]) => completionPercent(x!, y!), SHARE),
      );
      const held = verdicts.filter((v) => v?.kind === 'ok').length;
      steps.forEach((s, k) => {
        const v = verdicts[k];
        if (!v) return;
        // The base is the series' when the other shares hold against it.
        if (v.kind === 'wrong' && held < 2) return;
        const exact = v.kind === 'ok' ? s.rate.value : show(v.exact, s.rate.places);
        const arithmetic = `${s.total.value} ÷ ${name}${amount.value} × 100% = ${exact}%`;
        claim(ctx, 'completion', li, s.at, v.kind !== 'wrong', `${arithmetic}，文中${s.rate.value}%`);
        if (v.kind === 'ok') return;
        if (v.kind === 'wrong') wrongRates.add(`${li}:${s.at}`);
        report(
          ctx,
          li,
          'completion.percent',
          v.severity,
          excerptOf(line, s.start, s.end, 0),
          `${exact}%`,
          `${s.rate.value}%`,
          `累计支出占${name}的比例应为 ${arithmetic}，文中为${s.rate.value}%。`,
          s.at,
        );
      });
    }
  });
}

/**
 * The one amount (万元) the document's prose names `name` (the words of its clause, right before it): for 到位资金
 * a clause ending in 到位 or naming 到位资金; else a clause ending in the name. Null when none, or several values.
 */
function namedAmount(ctx: Ctx, name: string): Printed | null {
  const arrived = /到位/.test(name);
  let found: Printed | null = null;
  let several = false;
  forEachFigureLine(ctx, (line, li) => {
    if (several) return;
    for (const t of lineFigures(ctx, li)) {
      if (t.unit !== '万元') continue;
      const clauseStart = Math.max(
        ...['，', '；', '。', '：', '、', '（', '('].map((c) => line.lastIndexOf(c, t.start - 1)),
      );
      const words = line
        .slice(clauseStart + 1, t.start)
        .replace(/\s+/g, '')
        .replace(/(?:共计|合计|总计|为|是|达|共)$/, '');
      const sentence = line.slice(line.lastIndexOf('。', t.start - 1) + 1, t.start);
      if (/其中|季度/.test(sentence) || isLastYear(words, ctx.year)) continue;
      const named = arrived
        ? ARRIVED_WORDS.test(words) && !/未到位|应到位/.test(words)
        : words.endsWith(name) && !/增加|减少|增长|下降|比|较|未/.test(words);
      if (!named) continue;
      if (found && found.value !== t.value) several = true;
      found = { value: t.value, places: t.places };
    }
  });
  return several ? null : found;
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
  // (Another amount between the total and the rate — a later quarter's, a total to a month's end — is what the
  // rate is of: "第一季度支出A万元，…，截至9月底累计支出B万元，累计执行率P%".)
  if (/\d\s*万元/.test(tail.slice(0, m.index).replace(/^[\d,.]+\s*万元/, ''))) return;
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
