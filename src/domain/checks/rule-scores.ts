/**
 * Scores against their 计分规则, computed by the scoring engine (`scoreRule` in src/domain/scoring), never
 * re-implemented here. Only rules whose inputs the document states unambiguously are checked:
 *  - 评分表 rows "(1-质疑投诉率)×分值" / "资金到位比例×分值", the rate taken from the row's 评分说明 or from
 *    the one figure the document gives for that exact name;
 *  - 执行进度 paragraphs (001): checkpoint months, targets, points, the actual progress and "此项得分".
 * A printed score is judged at its own precision (an integer as exact): exact rule → fine; what the rule gives when each ratio is
 * first rounded to 2 decimals (a policy seen in 001) or a truncation → warning, naming both; else error.
 */
import { DEFAULT_ROUNDING, type RoundingPolicy, type RuleConfig } from '../indicators/index.ts';
import { dec, roundHalfUp, sum, type Dec } from '../money/index.ts';
import { scoreRule, type IndicatorInput } from '../scoring/index.ts';
import { excerptOf, report, type Ctx } from './context.ts';
import { plain } from './verdict.ts';

const RATIOS_FIRST: RoundingPolicy = { mode: 'round-ratios-first', ratioPlaces: 2, places: 2 };
const places = (v: string): number => (v.split('.')[1] ?? '').length;

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
  const p = places(printed) === 0 ? 2 : places(printed);
  const shown = dec(printed);
  const want = roundHalfUp(r.exact, Math.max(p, 2));
  if (roundHalfUp(r.exact, p).eq(shown)) return false;
  const wantText = plain(want);
  if (r.ratiosFirst && roundHalfUp(r.ratiosFirst, p).eq(shown)) {
    report(ctx, li, 'score.rule', 'warning', excerpt, wantText, printed,
      `${label}按计分规则精确计算：${r.explanation.replace(/。$/, '')}，应为${wantText}分；文中${printed}分是各比率先四舍五入保留2位小数再乘分值的结果，文件未说明采用此舍入口径。`);
    return true;
  }
  const truncated = r.exact.toDecimalPlaces(p, 1).eq(shown);
  report(ctx, li, 'score.rule', truncated ? 'warning' : 'error', excerpt, wantText, printed,
    `${label}按计分规则：${r.explanation.replace(/。$/, '')}，应为${wantText}分，文中为${printed}分${truncated ? '，似为截断而非四舍五入' : ''}。`);
  return true;
}

/** The one percentage the document gives right after `name` ("质疑投诉率4.75%"); null when absent or ambiguous. */
function statedRate(ctx: Ctx, name: string): string | null {
  if (name.length < 4) return null;
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`${escaped}\\s*(?:为|达到?|是|[:：])?\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]`, 'g');
  let found: string | null = null;
  for (const line of ctx.lines) {
    for (const m of line.matchAll(re)) {
      if (found !== null && !dec(found).eq(m[1]!)) return null;
      found = m[1]!;
    }
  }
  return found;
}

const ONE_MINUS = /^[（(]\s*1\s*[-−–]\s*([^（）()]+?)\s*[）)]\s*[*×＊]\s*分值$/;
const RATE = /^按?([^*×＊=＝]{2,30}?(?:比例|比率|率))\s*[*×＊]\s*分值$/;

/** A 评分表 row: weight, score, 计分规则 and 评分说明. Returns whether a finding was reported. */
export function checkRatioRow(ctx: Ctx, li: number, excerpt: string, weight: string, score: string, ruleText: string, note: string): boolean {
  const rule = ruleText.replace(/\s+/g, '');
  let config: RuleConfig | null = null;
  let name = '';
  let m = ONE_MINUS.exec(rule);
  if (m) {
    config = { kind: 'ratio', basis: 'one-minus-rate' };
    name = m[1]!;
  } else if ((m = RATE.exec(rule))) {
    config = { kind: 'ratio', basis: 'rate' };
    name = m[1]!;
  }
  if (!config) return false;
  // The rate: the one percentage of the row's 评分说明, else the document's one figure for that name.
  const inNote = [...note.matchAll(/(\d+(?:\.\d+)?)\s*[%％]/g)].map((x) => x[1]!);
  const rate = inNote.length === 1 && /率|比例/.test(note) ? inNote[0]! : statedRate(ctx, name);
  if (rate === null) return false;
  const r = compute(config, dec(weight), { rate: `${rate}%` });
  if (!r) return false;
  return judge(ctx, li, excerpt, `“${rule}”（${name}${rate}%，分值${weight}）`, score, r);
}

const LIST = (unit: string): RegExp => new RegExp(`(\\d+(?:\\.\\d+)?(?:\\s*[、，,和及]\\s*\\d+(?:\\.\\d+)?)+)\\s*${unit}`);
const numbersOf = (text: string): string[] => text.split(/\s*[、，,和及]\s*/).map((s) => s.replace(/[%％]/g, ''));

/** 执行进度 checkpoints stated in prose (001 部门整体支出绩效评价) and the score printed for them. */
export function checkCheckpointProse(ctx: Ctx): void {
  ctx.lines.forEach((line, li) => {
    if (!/执行进度/.test(line) && !/执行进度/.test(ctx.lines[li - 1] ?? '')) return;
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
      if (a) { actual = numbersOf(a[1]!); }
      const s = /此项得分\s*(\d+(?:\.\d+)?)\s*分/.exec(ctx.lines[lj]!);
      if (s && actual) {
        if (actual.length !== targets.length) return;
        const rule: RuleConfig = { kind: 'checkpoints', checkpoints: months.map((month, i) => ({ month, points: points[i]!, target: targets[i]! })) };
        const progress = Object.fromEntries(months.map((month, i) => [String(month), `${actual![i]!}%`]));
        const r = compute(rule, sum(points), { progress });
        if (!r) return;
        judge(ctx, lj, excerptOf(ctx.lines[lj]!, s.index, s.index + s[0].length, 10), '执行进度', s[1]!, r);
        return;
      }
    }
  });
}
