/**
 * A share restated in brackets for the same amount: "公务用车购置及运行维护费21.30万元，占58.20%（其中公务用车运行维护费
 * 21.30万元，占60.20%）" — the same amount of the same whole (the bracket details the part just stated) cannot make
 * two shares (`share.percent`). Read only when the bracket opens right after the first share and states the same
 * amount in the same unit with a bare 占 (no other whole named), and nothing in it names a year.
 */
import { dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { mentionsAll } from './document-words.ts';

const RESTATED =
  /(\d[\d,]*\.\d+)\s*(万元|亿元|元)\s*[，,]\s*占\s*(\d+(?:\.\d+)?)\s*[%％]\s*[（(]([^（）()]{0,30}?)(\d[\d,]*\.\d+)\s*(万元|亿元|元)\s*[，,]\s*占\s*(\d+(?:\.\d+)?)\s*[%％]\s*[）)]/g;

export function checkBracketedShares(ctx: Ctx): void {
  // (An amount in 元 / 万元 / 亿元 with "，占…%", restated in brackets.)
  if (!mentionsAll(ctx, ['占', '元'])) return;
  forEachFigureLineWith(ctx, '占', (line, li) => {
    if (!line.includes('（') && !line.includes('(')) return;
    for (const m of allMatches(line, RESTATED)) {
      const [, amount, unit, share, between, again, againUnit, second] = m as unknown as string[];
      if (amount!.replace(/,/g, '') !== again!.replace(/,/g, '') || unit !== againUnit) continue;
      if (/20\d\d|上年|去年|预算/.test(between!)) continue;
      const places = Math.min(share!.split('.')[1]?.length ?? 0, second!.split('.')[1]?.length ?? 0);
      const holds = dec(share!).toFixed(places) === dec(second!).toFixed(places);
      const at = m.index + m[0].lastIndexOf(second!);
      claim(ctx, 'share', li, at, holds, `同一金额${amount}${unit}，前写占${share}%，括号内写占${second}%`);
      if (holds) continue;
      report(
        ctx,
        li,
        'share.percent',
        'error',
        excerptOf(line, m.index, m.index + m[0].length, 0),
        `${share}%`,
        `${second}%`,
        `同一金额${amount}${unit}占同一总额的比重只能有一个：前文为${share}%，括号内却写${second}%，二者必有一误。`,
        at,
      );
    }
  });
}
