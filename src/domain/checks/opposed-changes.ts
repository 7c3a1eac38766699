/**
 * A change whose amount and rate are worded in opposite directions: "比年初预算减少230.00万元，增幅9.64%",
 * "较上年增加3.20万元，下降4.10%" — one figure cannot rise and fall at once, so one of the two words is wrong
 * (`change.direction`). Read only when the rate follows the amount at once, in the same clause group (a "，"
 * between and nothing else), so both are of the one change; which word is wrong the figures before tell
 * (prose-changes.ts) when they are stated.
 */
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { forEachFigureLine } from './prose-lines.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

const UP = /增加|增长|上升|提高|增幅/;
const PAIR =
  /(增加|减少|增长|下降|上升|降低|提高)了?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)\s*[，,]\s*(增幅|增长率|增长|上升|降幅|下降|减幅|降低|增减率)(?:为|了|达)?\s*(\d+(?:\.\d+)?)\s*[%％]/g;

export function checkOpposedChanges(ctx: Ctx): void {
  // (An amount and a rate in 元 and %, one worded up, one down.)
  if (!(
    mentionsAll(ctx, ['元']) &&
    mentionsAny(ctx, ['%', '％']) &&
    mentionsAny(ctx, ['增加', '增长', '上升', '提高', '增幅']) &&
    mentionsAny(ctx, ['减少', '下降', '降低', '降幅', '减幅'])
  ))
    return;
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('%') && !line.includes('％')) return;
    for (const m of allMatches(line, PAIR)) {
      // "增减率" names no direction of its own.
      if (m[4] === '增减率') continue;
      const amountUp = UP.test(m[1]!);
      const rateUp = UP.test(m[4]!);
      // A zero change has no direction to disagree with.
      if (Number(m[2]!.replace(/,/g, '')) === 0 || Number(m[5]) === 0) continue;
      const holds = amountUp === rateUp;
      // (A direction already judged against the figures, on this line, is not reported twice.)
      const at = ctx.layout.lineAt(li, m.index) + 1;
      if (holds || ctx.findings.some((f) => f.rule === 'change.direction' && f.line === at)) continue;
      // (A pair that agrees is the change rules' claim: only the disagreement is recorded here.)
      claim(ctx, 'change', li, m.index, false, `${m[1]}${m[2]}${m[3]}，${m[4]}${m[5]}%：方向相反`);
      report(
        ctx,
        li,
        'change.direction',
        'error',
        excerptOf(line, m.index, m.index + m[0].length, 12),
        `${m[1]}与${m[4]}同向`,
        `${m[1]}…${m[4]}`,
        `同一变动的金额写“${m[1]}${m[2]}${m[3]}”，变动率却写“${m[4]}${m[5]}%”：一增一减，二者必有一误，请按前后两个数核对增减方向。`,
        m.index,
      );
    }
  });
}
