/**
 * Funds arrived and still to arrive: "市级配套资金到位1,320.00万元，尚有330.00万元未到位" — the two add up to the
 * funds of that name arranged elsewhere in the document ("市级财政配套资金1,650.00万元"). The arranged figure is
 * the one amount written right after a name holding every character of this name (other words between, as
 * 财政), in the same unit, not itself an arrival, a spending or a change; one value in the document, else
 * nothing is said (`sum.parts`).
 */
import { dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, type Ctx } from './context.ts';
import { MONEY_UNITS, printedPlaces, scanNumbers } from './numbers.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { showAs } from './verdict.ts';
import { mentionsAll } from './document-words.ts';

const ARRIVAL =
  /([\u4e00-\u9fa5]{4,14})到位\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)\s*[，,]\s*(?:尚有|还有|仍有|另有)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)\s*(?:资金)?未到位/g;
/** Words that make a figure no arranged amount: an arrival, a spending, a change, a rate. */
const NOT_ARRANGED = /到位|拨付|支出|执行|使用|增加|减少|增长|下降|结余|结转|未/;
const LEADING = /^(?:其中|截至|实际|累计|已)+/;

export function checkArrivalGaps(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['未到位'])) return;
  forEachFigureLineWith(ctx, '未到位', (line, li) => {
    for (const m of allMatches(line, ARRIVAL)) {
      if (m[3] !== m[5]) continue;
      const name = m[1]!.replace(LEADING, '');
      if (name.length < 4) continue;
      const arranged = arrangedAmount(ctx, name, m[3]!);
      if (arranged === null) continue;
      const [came, due] = [m[2]!.replace(/,/g, ''), m[4]!.replace(/,/g, '')];
      const sum = dec(came).plus(due);
      const ok = sum.eq(arranged);
      const printed = [came, due, arranged].map((v) => ({ value: v, places: printedPlaces(v) }));
      const sumText = showAs(sum, printed);
      const at = m.index + m[0].lastIndexOf(m[4]!);
      claim(
        ctx,
        'sum',
        li,
        at,
        ok,
        `${name}到位${came} + 未到位${due} = ${sumText}${m[3]}，安排${arranged}${m[3]}`,
      );
      if (ok) continue;
      report(
        ctx,
        li,
        'sum.parts',
        'error',
        excerptOf(line, m.index, m.index + m[0].length, 0),
        `${arranged}${m[3]}`,
        `${sumText}${m[3]}`,
        `${name}到位${came}${m[3]}与未到位${due}${m[3]}之和为${sumText}${m[3]}，与文中安排的${arranged}${m[3]}不符，相差${showAs(sum.minus(arranged).abs(), printed)}${m[3]}。`,
        at,
      );
    }
  });
}

/** The one amount in `unit` written right after a name holding every character of `name`; null otherwise. */
function arrangedAmount(ctx: Ctx, name: string, unit: string): string | null {
  const chars = [...new Set(name)];
  let found: string | null = null;
  for (const line of ctx.lines) {
    if (!line.includes(chars[0]!) || !line.includes(unit)) continue;
    for (const t of scanNumbers(line)) {
      if (t.unit !== unit || !MONEY_UNITS.has(t.unit)) continue;
      // The words right before the figure, back to the last mark.
      const words = /([\u4e00-\u9fa5“”]{4,20})\s*(?:为|是|共计|合计)?\s*$/.exec(
        line.slice(Math.max(0, t.start - 24), t.start),
      );
      if (!words || NOT_ARRANGED.test(words[1]!) || !chars.every((c) => words[1]!.includes(c))) continue;
      if (found !== null && found !== t.value) return null;
      found = t.value;
    }
  }
  return found;
}
