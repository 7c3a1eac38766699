/**
 * An amount restated in another money unit in brackets: "差旅费1,234,500.00元（折合123.45万元）", "…3.21亿元（约合
 * 32,100.00万元）", "…（即…元）" — the two must be the same amount (`unit.restated`, an error): the second, converted
 * to the first's unit and rounded to its places, is the first, or the first, converted and rounded to the second's
 * places, is the second (either may be the rounded one). Read only for 元 / 万元 / 亿元, the two units different,
 * the bracket opening right after the first amount's unit and holding nothing but 折合 / 约合 / 即 and the amount.
 */
import { dec, roundHalfUp } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAny } from './document-words.ts';
import { printedPlaces } from './numbers.ts';
import { forEachFigureLine } from './prose-lines.ts';

const RESTATED =
  /(?<![\d.,])(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)\s*[（(]\s*(折合|约合|即)(?:人民币)?\s*(\d[\d,]*(?:\.\d+)?)\s*(亿元|万元|元)\s*[）)]/g;

/** Yuan per unit. */
const YUAN: Record<string, string> = { 元: '1', 万元: '10000', 亿元: '100000000' };

/** `value` in `from` stated in `to`, rounded to `places`. */
function convert(value: string, from: string, to: string, places: number): string {
  return roundHalfUp(dec(value).times(YUAN[from]!).div(YUAN[to]!), places).toFixed(places);
}

export function checkRestatedUnits(ctx: Ctx): void {
  // (The bracket opens with 折合, 约合 or 即: RESTATED.)
  if (!mentionsAny(ctx, ['（折合', '(折合', '（约合', '(约合', '（即', '(即'])) return;
  forEachFigureLine(ctx, (line, li) => {
    if (!/折合|约合|即/.test(line)) return;
    for (const m of allMatches(line, RESTATED)) {
      const [, first, unit, word, second, againUnit] = m as unknown as string[];
      if (unit === againUnit) continue;
      const a = first!.replace(/,/g, '');
      const b = second!.replace(/,/g, '');
      const [pa, pb] = [printedPlaces(a), printedPlaces(b)];
      const want = convert(a, unit!, againUnit!, pb);
      const holds = dec(want).eq(b) || dec(convert(b, againUnit!, unit!, pa)).eq(a);
      const at = m.index + m[0].lastIndexOf(second!);
      claim(
        ctx,
        'figure',
        li,
        at,
        holds,
        `${first}${unit}${word}${want}${againUnit}，文中${second}${againUnit}`,
      );
      if (holds) continue;
      report(
        ctx,
        li,
        'unit.restated',
        'error',
        excerptOf(line, m.index, m.index + m[0].length, 0),
        `${want}${againUnit}`,
        `${second}${againUnit}`,
        `${first}${unit}${word}${want}${againUnit}，括号内却写${second}${againUnit}，同一金额的两种写法不一致。`,
        at,
      );
    }
  });
}
