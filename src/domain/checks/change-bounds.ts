/**
 * A fall of more than 100%: "公务用车购置及运行维护费28.44万元，…，比上年下降130.28%". An amount of money spent or
 * received cannot fall below zero, so no decrease of it exceeds 100% — whatever last year's figure was, and
 * wherever it is printed. The % is wrong (or the direction is: an increase written as 下降).
 *
 * Precision first: only a sentence that states an amount of money before the %, never one about a balance that
 * may turn negative (差额, 赤字, 亏损, 负数) nor a 百分点; a rate another rule already reported is left to it.
 */
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAll, mentionsAny } from './document-words.ts';

/** "下降130.28%" / "减少了130.28%" / "降幅为130.28%" — not "下降13个百分点". */
const FALL = /(下降|减少|降低|降幅|减幅)(?:了|为|达)?\s*(\d{3,}(?:\.\d+)?)\s*[%％]/g;
/** An amount of money: the sentence speaks of what was spent or received. */
const MONEY = /\d\s*(?:万元|元|亿元)/;
/** Figures that may be negative: their fall may pass 100%. */
const MAY_BE_NEGATIVE = /差额|赤字|亏损|负数|负值|净额|结余率/;

export function checkFallsPastZero(ctx: Ctx): void {
  // (A fall in % in a sentence with an amount in 元.)
  if (!(mentionsAny(ctx, ['下降', '减少', '降低', '降幅', '减幅']) && mentionsAll(ctx, ['%', '元']))) return;
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph' || !b.text.includes('%')) continue;
    for (const m of allMatches(b.text, FALL)) {
      const percent = m[2]!;
      if (Number(percent) <= 100) continue;
      const sentenceStart =
        Math.max(b.text.lastIndexOf('。', m.index), b.text.lastIndexOf('；', m.index)) + 1;
      const sentence = b.text.slice(sentenceStart, m.index);
      if (!MONEY.test(sentence) || MAY_BE_NEGATIVE.test(sentence)) continue;
      const at = m.index + m[0].lastIndexOf(percent);
      const line = ctx.layout.lineAt(b.first, at) + 1;
      if (ctx.findings.some((f) => f.line === line && f.found.includes(percent))) continue;
      const arithmetic = `金额不小于0，至多下降100%（降至0），文中${m[1]}${percent}%`;
      claim(ctx, 'change', b.first, at, false, arithmetic);
      report(
        ctx,
        b.first,
        'change.percent',
        'error',
        excerptOf(b.text, m.index, m.index + m[0].length, 24),
        '不超过100%',
        `${percent}%`,
        `${m[1]}${percent}%不可能：${arithmetic}。请核对增减方向或百分比。`,
        at,
      );
    }
  }
}
