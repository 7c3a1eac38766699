/**
 * A score table's rate row against the rule its note states: "注：预算执行率得分 = 预算执行率 × 10（最高10分）" (or
 * "× 分值") under a table whose row names that rate with its figure — "预算执行率（96.38%）  10  9.64" — and then
 * its 分值 and 得分. The 得分 must be rate × N, at most the stated cap and the row's 分值 (`score.rule`).
 *
 * Read only when certain: the note is in the paragraph right below the table (no heading between), the rule
 * names one rate on both sides, one row of that table names it with a percentage in brackets, and two plain
 * numbers follow it (分值, 得分). A printed rate is rounded: a 得分 within what its rounding allows, or truncated
 * at the 得分's places, passes.
 */
import { dec, roundHalfUp, type Dec } from '../money/index.ts';
import { claim, report, type Ctx } from './context.ts';
import { tableAbove } from './score-extremes.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

/** "预算执行率得分=预算执行率×10（最高10分）", "资金到位率得分＝资金到位率×分值". */
const RULE =
  /([\u4e00-\u9fa5]{1,10}率)得分\s*[=＝]\s*\1\s*[×xX*]\s*(\d{1,3}|分值)(?:\s*[（(]\s*最高\s*(\d{1,3})\s*分\s*[)）])?/;
const NUMBER = /^\d{1,3}(?:\.\d{1,2})?$/;

const placesOf = (v: string): number => (v.split('.')[1] ?? '').length;

export function checkNotedRateScores(ctx: Ctx): void {
  // (A note “X率得分 = X率 × …”.)
  if (!(mentionsAll(ctx, ['率得分']) && mentionsAny(ctx, ['=', '＝']))) return;
  const blocks = ctx.layout.blocks;
  blocks.forEach((block, k) => {
    if (block.kind !== 'paragraph') return;
    const m = RULE.exec(block.text.replace(/\s+/g, ''));
    if (!m) return;
    const table = tableAbove(blocks, k);
    if (!table) return;
    const name = m[1]!;
    const named = new RegExp(`^${name}[（(](\\d{1,3}(?:\\.\\d+)?)[%％][)）]$`);
    const rows = table.rows.flatMap((r) => {
      const cells = r.cells.map((c) => c.text.replace(/\s+/g, '')).filter((t) => t !== '');
      const at = cells.findIndex((t) => named.test(t));
      return at < 0 ? [] : [{ line: r.line, cells, at }];
    });
    if (rows.length !== 1) return;
    const { line, cells, at } = rows[0]!;
    const [weight, score] = [cells[at + 1] ?? '', cells[at + 2] ?? ''];
    if (!NUMBER.test(weight) || !NUMBER.test(score)) return;
    const rate = named.exec(cells[at]!)![1]!;
    const times = m[2] === '分值' ? weight : m[2]!;
    const cap = [dec(weight), ...(m[3] ? [dec(m[3])] : [])].reduce((a, b) => (a.lt(b) ? a : b));
    judge(ctx, line, block.first, cells.join(' '), { rule: m[0], rate, times, cap, score });
  });
}

type Row = { rule: string; rate: string; times: string; cap: Dec; score: string };

/** `noteLine`: the claim stands at the note (a claim on the table's rows would stand for the whole table's reading). */
function judge(ctx: Ctx, line: number, noteLine: number, excerpt: string, r: Row): void {
  const min = (a: Dec): Dec => (a.lt(r.cap) ? a : r.cap);
  const exact = min(dec(r.rate).times(r.times).div(100));
  // The rate printed rounded: its half unit either way.
  const half = dec(5).div(dec(10).pow(placesOf(r.rate) + 1));
  const low = min(dec(r.rate).minus(half).times(r.times).div(100));
  const high = min(dec(r.rate).plus(half).times(r.times).div(100));
  const dp = placesOf(r.score);
  const unit = dec(1).div(dec(10).pow(dp));
  const printed = dec(r.score);
  // Within the rounding of both figures, or the exact value truncated at the 得分's places.
  const ok =
    (printed.gte(roundHalfUp(low, dp)) && printed.lte(roundHalfUp(high, dp))) ||
    (printed.lte(exact) && exact.minus(printed).lt(unit));
  const expected = roundHalfUp(exact, Math.max(dp, 2)).toFixed(Math.max(dp, 2));
  const arithmetic = `${r.rate}% × ${r.times} = ${expected}`;
  claim(ctx, 'score', noteLine, 0, ok, `${r.rule}：${arithmetic}，表中${r.score}`);
  if (ok) return;
  report(
    ctx,
    line,
    'score.rule',
    'error',
    excerpt,
    expected,
    r.score,
    `表注写明“${r.rule}”，得分应为 ${arithmetic}${exact.eq(r.cap) ? '（已达最高分）' : ''}，表中为${r.score}。`,
  );
}
