/**
 * Scores against their 计分规则, computed by the scoring engine (`scoreRule` in src/domain/scoring), never
 * re-implemented here. Only rules whose inputs the document states unambiguously are checked:
 *  - 评分表 rows "(1-质疑投诉率)×分值" / "资金到位比例×分值" / "X率×分值", the rate taken from the row's 评分说明,
 *    the one figure the running text gives for that exact name, or X's row in a 完成情况表 (see checkRatioRow
 *    for "X率×分值", which has two readings and is therefore never an error);
 *  - 执行进度 paragraphs (001): checkpoint months, targets, points, the actual progress and "此项得分".
 * A printed score is judged at its own precision (an integer as exact): exact rule → fine; what the rule gives when each ratio is
 * first rounded to 2 decimals (a policy seen in 001) or a truncation → warning, naming both; else error.
 */
import { DEFAULT_ROUNDING, parseValue, type RoundingPolicy, type RuleConfig } from '../indicators/index.ts';
import { dec, roundHalfUp, sum, type Dec } from '../money/index.ts';
import { scoreRule, type IndicatorInput } from '../scoring/index.ts';
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { readBands } from './banded-rules.ts';
import { addTo } from './multimap.ts';
import { printedPlaces } from './numbers.ts';
import { readTables } from './tables.ts';
import { plain } from './verdict.ts';

const RATIOS_FIRST: RoundingPolicy = { mode: 'round-ratios-first', ratioPlaces: 2, places: 2 };

type RuleScore = { exact: Dec; explanation: string; ratiosFirst: Dec | null };

function compute(rule: RuleConfig, weight: Dec, input: IndicatorInput): RuleScore | null {
  const exact = scoreRule(rule, { weight, rounding: DEFAULT_ROUNDING, input, entry: undefined });
  if (!exact.ok) return null;
  const alt = scoreRule(rule, { weight, rounding: RATIOS_FIRST, input, entry: undefined });
  return { exact: exact.score, explanation: exact.explanation, ratiosFirst: alt.ok ? alt.score : null };
}

/** Reports a printed score that its rule does not give; returns whether anything was reported. */
function judge(ctx: Ctx, li: number, excerpt: string, label: string, printed: string, r: RuleScore): boolean {
  // A score printed without decimals ("3") is taken as exact, as figures are in judgeRatio; one printed
  // with decimals is judged at its precision.
  const p = printedPlaces(printed) === 0 ? 2 : printedPlaces(printed);
  const shown = dec(printed);
  const want = roundHalfUp(r.exact, Math.max(p, 2));
  const holds = roundHalfUp(r.exact, p).eq(shown);
  const byRatiosFirst = !holds && r.ratiosFirst !== null && roundHalfUp(r.ratiosFirst, p).eq(shown);
  // A score judged against its rule is a claim checked, whether it holds (or holds by a rounding convention) or not.
  claim(
    ctx,
    'score',
    li,
    0,
    holds || byRatiosFirst,
    `${label}：${r.explanation.replace(/。$/, '')}，文中${printed}分`,
  );
  if (holds) return false;
  const wantText = plain(want);
  if (byRatiosFirst) {
    report(
      ctx,
      li,
      'score.rule',
      'warning',
      excerpt,
      wantText,
      printed,
      `${label}按计分规则精确计算：${r.explanation.replace(/。$/, '')}，应为${wantText}分；文中${printed}分是各比率先四舍五入保留2位小数再乘分值的结果，文件未说明采用此舍入口径。`,
    );
    return true;
  }
  const truncated = r.exact.toDecimalPlaces(p, 1).eq(shown);
  report(
    ctx,
    li,
    'score.rule',
    truncated ? 'warning' : 'error',
    excerpt,
    wantText,
    printed,
    `${label}按计分规则：${r.explanation.replace(/。$/, '')}，应为${wantText}分，文中为${printed}分${truncated ? '，似为截断而非四舍五入' : ''}。`,
  );
  return true;
}

/**
 * The one percentage the document states right after `name` in running text ("质疑投诉率4.75%",
 * "完成率为98.82%"); null when absent or ambiguous. A tab is not a gap: in a table row
 * ("政府采购代理项目完成率\t85%\t98.82%") the figure after the name is the 预期指标值, not the rate —
 * rows of a 完成情况表 are read by their columns (indicatorFact).
 */
function statedRate(ctx: Ctx, name: string): string | null {
  // By document and name: a 评分表 asks for the same indicator's rate on every row that names it.
  let byName = statedRates.get(ctx);
  if (!byName) statedRates.set(ctx, (byName = new Map()));
  let rate = byName.get(name);
  if (rate === undefined) byName.set(name, (rate = readStatedRate(ctx, name)));
  return rate;
}

const statedRates = new WeakMap<Ctx, Map<string, string | null>>();

function readStatedRate(ctx: Ctx, name: string): string | null {
  if (name.length < 4) return null;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(
    `${escaped}[ \\u3000]*(?:为|达到?|是|[:：])?[ \\u3000]*(\\d+(?:\\.\\d+)?)[ \\u3000]*[%％]`,
    'g',
  );
  let found: string | null = null;
  for (const line of ctx.lines) {
    if (!line.includes(name)) continue;
    for (const m of allMatches(line, re)) {
      if (found !== null && !dec(found).eq(m[1]!)) return null;
      found = m[1]!;
    }
  }
  return found;
}

/** An indicator's 预期指标值 and 实际完成值 as a 完成情况表 row states them. */
export type IndicatorFact = { target: string; actual: string };

const TARGET_HEAD = /^(预期|年度)?(指标|目标)值$/;
const ACTUAL_HEAD = /^实际(完成)?(指标)?值$/;
const squash = (t: string): string => t.replace(/[\s\u3000]+/g, '');
const factCache = new WeakMap<Ctx, Map<string, IndicatorFact[]>>();

/** Every 完成情况表 row of the document (预期指标值 and 实际完成值 columns), by its indicator's name. */
function allFacts(ctx: Ctx): Map<string, IndicatorFact[]> {
  const cached = factCache.get(ctx);
  if (cached) return cached;
  const facts = new Map<string, IndicatorFact[]>();
  for (const table of readTables(ctx.lines)) {
    let header: { width: number; target: number; actual: number } | null = null;
    for (const row of table.rows) {
      const texts = row.cells.map((c) => squash(c.text));
      const t = texts.findIndex((x) => TARGET_HEAD.test(x));
      const a = texts.findIndex((x) => ACTUAL_HEAD.test(x));
      if (t >= 0 && a > t) {
        header = { width: texts.length, target: t, actual: a };
        continue;
      }
      if (!header || texts.length !== header.width) continue;
      const target = texts[header.target]!;
      const actual = texts[header.actual]!;
      if (target === '' || actual === '') continue;
      // The indicator's name: the last non-empty cell before the target column (三级指标).
      const name = texts
        .slice(0, header.target)
        .reverse()
        .find((x) => x !== '');
      if (!name) continue;
      addTo(facts, name, { target, actual });
    }
  }
  factCache.set(ctx, facts);
  return facts;
}

/** The one target/actual pair the document's 完成情况表 give for `name`; null when absent or when they disagree. */
export function indicatorFact(ctx: Ctx, name: string): IndicatorFact | null {
  const list = allFacts(ctx).get(squash(name)) ?? [];
  if (list.length === 0 || list.some((f) => f.target !== list[0]!.target || f.actual !== list[0]!.actual))
    return null;
  return list[0]!;
}

const ONE_MINUS = /^[（(]\s*1\s*[-−–]\s*([^（）()]+?)\s*[）)]\s*[*×＊]\s*分值$/;
const RATE = /^按?([^*×＊=＝]{2,30}?(?:比例|比率|率))\s*[*×＊]\s*分值$/;
/** A proportion of a whole (资金到位比例, 验收合格项目比例): its full value is 100%, so "×分值" has one reading. */
const PROPORTION = /到位|比例$|比率$/;
const PERCENT = /^(\d+(?:\.\d+)?)[%％]$/;

type Reading = { label: string; r: RuleScore };

/** Whether the printed score is what the rule gives, exactly or with ratios first rounded (at the printed precision). */
function matches(printed: string, r: RuleScore): boolean {
  const p = printedPlaces(printed) === 0 ? 2 : printedPlaces(printed);
  return (
    roundHalfUp(r.exact, p).eq(printed) ||
    (r.ratiosFirst !== null && roundHalfUp(r.ratiosFirst, p).eq(printed))
  );
}

/**
 * A 评分表 row: weight, score, 计分规则 and 评分说明. Returns whether a finding was reported.
 *
 * "X率×分值" where X率 is an indicator with a target of its own (001: 政府采购代理项目完成率, 预期 85%,
 * 实际 98.82%) reads two ways: the rate itself × 分值 (98.82% × 5 = 4.94), or the 完成率 of the target,
 * capped at 100% (98.82 ÷ 85 → 100% → 5, as 001 prints, and as its own 完成数量 rule defines 完成率).
 * Such a row is never an error: a score matching either reading passes, one matching neither gets a note
 * naming the readings. Only a rule with one reading — (1 − X率) × 分值, a proportion of a whole
 * (资金到位比例) — is judged as an error.
 */
const PERCENT_IN_NOTE = /(\d+(?:\.\d+)?)\s*[%％]/g;

export function checkRatioRow(
  ctx: Ctx,
  li: number,
  excerpt: string,
  weight: string,
  score: string,
  ruleText: string,
  note: string,
): boolean {
  const rule = ruleText.replace(/\s+/g, '');
  let basis: 'rate' | 'one-minus-rate' | null = null;
  let name = '';
  let m = ONE_MINUS.exec(rule);
  if (m) {
    basis = 'one-minus-rate';
    name = m[1]!;
  } else if ((m = RATE.exec(rule))) {
    basis = 'rate';
    name = m[1]!;
  }
  if (!basis) return checkBandedRow(ctx, li, excerpt, weight, score, rule, note);
  const w = dec(weight);
  const fact = indicatorFact(ctx, name);
  const rate = rowRate(ctx, note, name, fact);
  const readings: Reading[] = [];
  if (rate !== null) {
    const r = compute({ kind: 'ratio', basis }, w, { rate: `${rate}%` });
    if (r)
      readings.push({ label: basis === 'rate' ? `按比率本身计（${name}${rate}%）` : `${name}${rate}%`, r });
  }
  const proportion = basis === 'one-minus-rate' || PROPORTION.test(name);
  let targetKnown = false;
  if (!proportion && fact) {
    const target = parseValue(fact.target);
    // Only a target to reach has a 完成率 (a ≤ target, lower is better, has none).
    if (target.kind === 'quantity' && target.comparator !== '<=' && target.comparator !== '<') {
      targetKnown = true;
      const r = compute({ kind: 'ratio', basis: 'actual-over-target' }, w, {
        target: fact.target,
        actual: fact.actual,
      });
      if (r && !readings.some((x) => x.r.exact.eq(r.exact)))
        readings.push({ label: `按完成目标的比例计（预期${fact.target}，实际${fact.actual}）`, r });
    }
  }
  if (readings.length === 0) return false;
  if (proportion)
    return judge(ctx, li, excerpt, `“${rule}”（${name}${rate}%，分值${weight}）`, score, readings[0]!.r);
  // "X率×分值" of an indicator that may have a target of its own: ambiguous, never an error.
  if (readings.some((x) => matches(score, x.r))) return false;
  const named = readings.map((x) => `${x.label}：${x.r.explanation.replace(/。$/, '')}`).join('；');
  const unknown = targetKnown
    ? ''
    : `；若${name}应相对其目标值计完成率，还须按目标值折算，而文中未给出目标值`;
  report(
    ctx,
    li,
    'score.rule',
    'note',
    excerpt,
    readings.map((x) => plain(roundHalfUp(x.r.exact, 2))).join('或'),
    score,
    `“${rule}”可有不同读法，${named}${unknown}；文中为${score}分，与${readings.length > 1 ? '各读法' : '此读法'}都不符，但计分规则未写明按哪种读法，故不判为错误，请人工核对。`,
  );
  return true;
}

/**
 * The rate a row is scored on: the one percentage of its 评分说明, else the document's one figure for that
 * name in running text, else the 实际完成值 of that indicator in a 完成情况表.
 */
function rowRate(ctx: Ctx, note: string, name: string, fact: IndicatorFact | null): string | null {
  const inNote = allMatches(note, PERCENT_IN_NOTE).map((x) => x[1]!);
  if (inNote.length === 1 && /率|比例|满意度/.test(note)) return inNote[0]!;
  if (name === '') return null;
  return statedRate(ctx, name) ?? PERCENT.exec(fact?.actual ?? '')?.[1] ?? null;
}

/**
 * A 评分表 row whose 计分规则 scores a rate by bands (banded-rules.ts): the printed score must be the points of
 * the band the rate falls in. A rate on a band's bound, in no band or in two that score it differently is
 * not judged (such texts rarely say which band a bound belongs to).
 */
function checkBandedRow(
  ctx: Ctx,
  li: number,
  excerpt: string,
  weight: string,
  score: string,
  rule: string,
  note: string,
): boolean {
  const bands = readBands(rule, weight);
  if (!bands) return false;
  const rate = rowRate(ctx, note, bands.rate, bands.rate ? indicatorFact(ctx, bands.rate) : null);
  if (rate === null || bands.bounds.some((b) => dec(b).eq(rate))) return false;
  const v = dec(rate);
  const holding = bands.tiers.filter(
    (t) => (t.min === undefined || v.gt(t.min)) && (t.max === undefined || v.lt(t.max)),
  );
  if (holding.length === 0 || holding.some((t) => t.points !== holding[0]!.points)) return false;
  const r = compute({ kind: 'tiers', tiers: bands.tiers }, dec(weight), { value: `${rate}%` });
  if (!r) return false;
  return judge(ctx, li, excerpt, `“${rule}”（${bands.rate || '比率'}${rate}%，分值${weight}）`, score, r);
}

const LIST = (unit: string): RegExp =>
  new RegExp(`(\\d+(?:\\.\\d+)?(?:\\s*[、，,和及]\\s*\\d+(?:\\.\\d+)?)+)\\s*${unit}`);
const numbersOf = (text: string): string[] =>
  text.split(/\s*[、，,和及]\s*/).map((s) => s.replace(/[%％]/g, ''));

/** 执行进度 checkpoints stated in prose (001 部门整体支出绩效评价) and the score printed for them. */
export function checkCheckpointProse(ctx: Ctx): void {
  // (A claim needs 执行进度, the targets "分别达到", the points "分别得" and the score "此项得分".)
  if (!mentionsAll(ctx, ['执行进度', '分别达到', '分别得', '此项得分'])) return;
  ctx.lines.forEach((line, li) => {
    if (!line.includes('执行进度') && !(ctx.lines[li - 1] ?? '').includes('执行进度')) return;
    const m = /即[^。]*?分别达到\s*([\d.]+%(?:\s*[、，,]\s*[\d.]+%)+)/.exec(line);
    if (!m) return;
    const targets = numbersOf(m[1]!);
    const monthsText = LIST('月').exec(line)?.[1] ?? LIST('月').exec(ctx.lines[li - 1] ?? '')?.[1];
    const pointsText = /分别得\s*([\d.]+(?:\s*[、，,]\s*[\d.]+)+)\s*分/.exec(line)?.[1];
    if (!monthsText || !pointsText) return;
    const months = numbersOf(monthsText).map(Number);
    const points = numbersOf(pointsText);
    if (months.length !== targets.length || points.length !== targets.length) return;
    // The actual progress and the printed score follow within a few lines.
    let actual: string[] | null = null;
    for (let lj = li + 1; lj < Math.min(ctx.lines.length, li + 4); lj++) {
      const a = /执行进度[^。]*?分别为\s*([\d.]+%(?:\s*[、，,]\s*[\d.]+%)+)/.exec(ctx.lines[lj]!);
      if (a) {
        actual = numbersOf(a[1]!);
      }
      const s = /此项得分\s*(\d+(?:\.\d+)?)\s*分/.exec(ctx.lines[lj]!);
      if (s && actual) {
        if (actual.length !== targets.length) return;
        const rule: RuleConfig = {
          kind: 'checkpoints',
          checkpoints: months.map((month, i) => ({ month, points: points[i]!, target: targets[i]! })),
        };
        const progress = Object.fromEntries(months.map((month, i) => [String(month), `${actual![i]!}%`]));
        const r = compute(rule, sum(points), { progress });
        if (!r) return;
        judge(ctx, lj, excerptOf(ctx.lines[lj]!, s.index, s.index + s[0].length, 10), '执行进度', s[1]!, r);
        return;
      }
    }
  });
}
