/**
 * A total deduction stated with its parts: "本次评价共扣12.40分，其中决策扣2.00分、过程扣3.10分、产出扣4.30分、
 * 效益扣3.00分。" — the parts must add up to the total (`sum.parts`, rounding-aware).
 *
 * Precision first: the list right after "共扣T分，其中" runs to the end of its sentence and every item of it is a
 * name and "扣X分" (two items at least); a list with anything else in it (每, a score, a count) is not read.
 */
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { printedPlaces } from './numbers.ts';
import { judgeSum, show, type Printed } from './verdict.ts';
import { mentionsAll } from './document-words.ts';

const TOTAL_THEN_PARTS =
  /(?:共|合计|累计|总计|一共)\s*扣(?:减|除)?\s*(\d+(?:\.\d+)?)\s*分\s*[，,]\s*其中\s*[：:]?([^。！？]*)/g;
const PART = /^[\u4e00-\u9fa5“”"]{1,12}?扣(?:减|除)?\s*(\d+(?:\.\d+)?)\s*分$/;

const printedOf = (value: string): Printed => ({ value, places: printedPlaces(value) });

export function checkDeductionSums(ctx: Ctx): void {
  // (共扣 …分，其中 and its parts.)
  if (!mentionsAll(ctx, ['扣', '其中'])) return;
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'paragraph' || !b.text.includes('扣')) continue;
    for (const m of b.text.matchAll(TOTAL_THEN_PARTS)) {
      const items = m[2]!
        .replace(/[；;，,、]\s*$/, '')
        .split(/[、，,；;]/)
        .map((s) => s.replace(/\s+/g, ''));
      if (items.length < 2 || /每/.test(m[2]!)) continue;
      const parts: Printed[] = [];
      for (const item of items) {
        const p = PART.exec(item);
        if (!p) break;
        parts.push(printedOf(p[1]!));
      }
      if (parts.length !== items.length) continue;
      const total = printedOf(m[1]!);
      const verdict = judgeSum(parts, total);
      const at = m.index + m[0].indexOf(m[1]!);
      const sum = parts.map((p) => p.value).join(' + ');
      const shown =
        verdict.kind === 'ok'
          ? total.value
          : show(verdict.total, Math.max(total.places, ...parts.map((p) => p.places)));
      claim(
        ctx,
        'sum',
        b.first,
        at,
        verdict.kind !== 'wrong',
        `扣分 ${sum} = ${shown}分，共扣${total.value}分`,
      );
      if (verdict.kind === 'ok') continue;
      report(
        ctx,
        b.first,
        'sum.parts',
        verdict.severity,
        excerptOf(b.text, m.index, m.index + m[0].length, 10),
        `${shown}分`,
        `${total.value}分`,
        `各项扣分之和 ${sum} = ${shown}分，与所述共扣${total.value}分不符。`,
        at,
      );
    }
  }
}
