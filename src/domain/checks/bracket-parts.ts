/**
 * An amount broken down in the brackets right after it: "上级补助资金2,471.00万元（中央衔接资金1,260.00万元、省级资金
 * 842.00万元、市级资金315.00万元）" — the named amounts in the brackets, in the same unit, must add up to it
 * (`sum.parts`, rounding-aware). Not read when the brackets say the list is partial or of something else (含,
 * 主要, 包括, 其中, 等, a share or a change) or hold anything but named amounts.
 */
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { judgeSum, showAs, type Printed } from './verdict.ts';

const AMOUNT_THEN_BRACKET = /(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)\s*[（(]([^（）()]{4,160})[）)]/g;
const PART = /^[\u4e00-\u9fa5“”"]{1,20}?\s*(?:为|是)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)$/;
const NOT_A_BREAKDOWN = /含|主要|包括|其中|等|如|约|占|[%％]|比|较|增|减|下降|上升|折合|合计|累计|分别/;

const printedOf = (text: string): Printed => {
  const value = text.replace(/,/g, '');
  return { value, places: (value.split('.')[1] ?? '').length };
};

export function checkBracketParts(ctx: Ctx): void {
  for (const open of ['（', '(']) {
    forEachFigureLineWith(ctx, open, (line, li) => {
      for (const m of line.matchAll(AMOUNT_THEN_BRACKET)) {
        const inner = m[3]!;
        if (NOT_A_BREAKDOWN.test(inner)) continue;
        const pieces = inner.split(/[、，；;]|和|及/).map((p) => p.trim());
        if (pieces.length < 2) continue;
        const parts = pieces.map((p) => PART.exec(p));
        if (parts.some((p) => !p || p[2] !== m[2])) continue;
        const printed = parts.map((p) => printedOf(p![1]!));
        const whole = printedOf(m[1]!);
        const v = judgeSum(printed, whole);
        const list = parts.map((p) => p![1]!).join(' + ');
        const at = m.index!;
        const sum = v.kind === 'ok' ? m[1]! : showAs(v.total, [...printed, whole]);
        claim(
          ctx,
          'sum',
          li,
          at,
          v.kind !== 'wrong',
          `括号内各项 ${list} = ${sum}${m[2]}，括号前${m[1]}${m[2]}`,
        );
        if (v.kind === 'ok') continue;
        report(
          ctx,
          li,
          'sum.parts',
          v.severity,
          excerptOf(line, at, at + m[0].length, 8),
          sum,
          m[1]!,
          v.kind === 'rounding'
            ? `括号内各项之和 ${list} = ${sum}${m[2]}，与括号前的${m[1]}${m[2]}相差在四舍五入范围内。`
            : `括号内各项之和 ${list} = ${sum}${m[2]}，与括号前的${m[1]}${m[2]}不符，相差${showAs(v.difference.abs(), [...printed, whole])}${m[2]}。`,
          at,
        );
      }
    });
  }
}
