/**
 * 一级 scores told with their weights, then the total: "产出指标分值50分，得分49.44分；效益指标分值30分，得分29.68分；
 * 满意度指标分值10分，得分10.00分。加上预算执行得分9.53分，项目自评总分98.65分" — the 一级 得分 and the 预算执行 score
 * added to them make the 总分 (`score.sum`; within the rounding of the printed scores, a note). score-prose.ts
 * never reads a clause naming a 分值; this reads only such pairs (a name ending in 指标, its 分值 and 得分), two or
 * more in one paragraph, then at most one more score of the 预算执行 (or 资金) and a 总分, nothing else scored
 * between; their 分值 make 100 (or less, with the one more score).
 */
import { dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { printedPlaces } from './numbers.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { judgeSum, showAs, type Printed } from './verdict.ts';

const PAIR =
  /([\u4e00-\u9fa5]{2,8}指标)(?:的)?分值(?:为)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分[，,]\s*(?:实际)?得分(?:为)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分/g;
/** After the pairs: one more score (预算执行, 资金), then the 总分 — read from the end of the last pair. */
const TAIL =
  /^[；;。，,]?\s*(?:[^。；;\d]{0,12}?(预算执行(?:率)?|资金(?:执行)?)[^。；;\d]{0,4}?得分(?:为)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分[，,]\s*)?[^。；;\d]{0,10}?(?:自评|评价|综合)?总(?:得)?分(?:为)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分/;

const printedOf = (value: string): Printed => ({ value, places: printedPlaces(value) });

export function checkWeightedScoreSums(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['分值', '得分', '总分'])) return;
  forEachFigureLineWith(ctx, '分值', (line, li) => {
    const pairs = allMatches(line, PAIR);
    if (pairs.length < 2) return;
    // (One run of pairs, each right after the one before: no other sentence between.)
    for (let k = 1; k < pairs.length; k++) {
      const gap = line.slice(pairs[k - 1]!.index + pairs[k - 1]![0].length, pairs[k]!.index);
      if (!/^\s*[；;，,、]?\s*$/.test(gap)) return;
    }
    const last = pairs[pairs.length - 1]!;
    const tail = TAIL.exec(line.slice(last.index + last[0].length));
    if (!tail) return;
    const scores = pairs.map((p) => p[3]!);
    const names = pairs.map((p) => p[1]!);
    if (tail[2]) {
      scores.push(tail[2]);
      names.push(`${tail[1]}`);
    }
    // (The pairs are all the 总分's parts: their 分值 make 100 — or less, the one more score making up the rest.)
    const weights = pairs.reduce((acc, p) => acc.plus(p[2]!), dec(0));
    if (tail[2] ? !weights.lt(100) : !weights.eq(100)) return;
    const total = tail[3]!;
    const v = judgeSum(scores.map(printedOf), printedOf(total));
    const sum = showAs(
      scores.reduce((acc, s) => acc.plus(s), dec(0)),
      scores.map(printedOf),
    );
    const at = line.indexOf(total, last.index + last[0].length);
    const list = scores.join(' + ');
    claim(ctx, 'score', li, at, v.kind === 'ok', `${names.join('、')}得分 ${list} = ${sum}，总分${total}`);
    if (v.kind === 'ok') return;
    report(
      ctx,
      li,
      'score.sum',
      v.severity,
      excerptOf(line, pairs[0]!.index, at + total.length, 0),
      sum,
      total,
      `${names.join('、')}的得分之和 ${list} = ${sum}，与总分${total}分不符。`,
      at,
    );
  });
}
