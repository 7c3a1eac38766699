/**
 * An amount broken down right after it, "…中" — "实际支出8,672.22万元中，建筑安装工程费7,714.36万元，设备及材料购置
 * 费402.18万元，勘察设计费186.40万元，工程监理费145.92万元，项目管理及其他费用214.36万元。": the parts, each a name
 * and its amount and nothing else, to the sentence's end, add up to the amount (`sum.parts`).
 *
 * Precision first: three parts at least, each clause exactly a name (two to sixteen characters, no 其中 / 等 /
 * 主要 / 比 / 较 / 增 / 减) and one amount in the total's unit; the list ends its sentence with no 等; a sum short of the
 * total or over it by more than 2% is not judged (the parts may be some of several kinds: a slip of the hand
 * misses by a digit, not by a share).
 */
import { dec } from '../money/index.ts';
import { allMatches, claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { printedPlaces } from './numbers.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { judgeSum, show } from './verdict.ts';

const AMOUNT = '(\\d[\\d,]*(?:\\.\\d+)?)\\s*(万元|亿元|元)';
const HEAD = new RegExp(`${AMOUNT}中[，,：:]`, 'g');
const PART = new RegExp(`^\\s*([\\u4e00-\\u9fa5（）()“”、]{2,16}?)(?:为|是)?\\s*${AMOUNT}\\s*$`);
const NOT_A_PART = /其中|等|主要|比|较|增|减|占|合计|共计|总计/;

export function checkBreakdownSums(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['中，']) && !mentionsAll(ctx, ['中,'])) return;
  forEachFigureLineWith(ctx, '中', (line, li) => {
    for (const s of sentencesAt(ctx, li)) {
      for (const m of allMatches(s.text, HEAD)) {
        const [, totalText, unit] = m as unknown as string[];
        const list = s.text
          .slice(m.index + m[0].length)
          .replace(/[。！]\s*$/, '')
          // (Not at a thousands separator: "7,714.36" is one figure.)
          .split(/[，；;]|,(?!\d{3}(?!\d))/);
        if (list.length < 3 || /等\s*$/.test(list[list.length - 1]!)) continue;
        const parts = list.map((c) => PART.exec(c));
        if (parts.some((p) => !p || p[3] !== unit || NOT_A_PART.test(p[1]!))) continue;
        const values = parts.map((p) => p![2]!.replace(/,/g, ''));
        const total = { value: totalText!.replace(/,/g, ''), places: printedPlaces(totalText!) };
        const sum = values.reduce((a, v) => a.plus(v), dec(0));
        if (dec(total.value).isZero() || sum.minus(total.value).abs().gt(dec(total.value).times('0.02')))
          continue;
        const printed = values.map((v) => ({ value: v, places: printedPlaces(v) }));
        const v = judgeSum(printed, total);
        const places = Math.max(total.places, ...printed.map((p) => p.places));
        const arithmetic = `${values.join(' + ')} = ${show(sum, places)}${unit}`;
        const at = s.start + m.index;
        claim(ctx, 'sum', li, at, v.kind !== 'wrong', `${arithmetic}，文中${total.value}${unit}`);
        if (v.kind === 'ok') continue;
        report(
          ctx,
          li,
          'sum.parts',
          v.severity,
          excerptOf(line, at, s.start + s.text.length, 0),
          `${show(sum, places)}${unit}`,
          `${total.value}${unit}`,
          `所列各项 ${arithmetic}，与其总额${total.value}${unit}不符，相差${show(sum.minus(total.value).abs(), places)}${unit}。`,
          at,
        );
      }
    }
  });
}
