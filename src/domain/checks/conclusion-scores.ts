/**
 * A 自评表's 总分 (or 合计) row and the 自评结论 printed right under it, or under a heading naming it ("七、结论"): "总分 100 96.40" then "自评结论：…经自评，该项目2031年度
 * 绩效自评得分为94.60分，评价等级为“优”。" — the conclusion states the score of the table above it, so its score
 * must be the 总分's 得分 (`figure.text-table`), within the rounding of either figure; a 总分 reported wrong on its
 * own line (its 得分 add up to another figure) may be stated either way.
 *
 * Precision first: the 总分 row reads "总分 <分值 100> <得分>"; the paragraph is the first block below it, at most
 * three lines down, names a 自评结论 / 评价结论 or "该项目", counts no projects ("两个项目") and states no average;
 * it holds one distinct 自评 / 评价 / 综合 score ("自评得分为N分", "评价总分N分"). A score another rule already read
 * on that line is left to it.
 */
import { dec } from '../money/index.ts';
import { claim, report, sourceText, type Ctx } from './context.ts';
import { printedPlaces } from './numbers.ts';
import { halfUlp } from './verdict.ts';
import { mentionsAny } from './document-words.ts';

const TOTAL_ROW = /^\s*(?:总\s*分|合\s*计|总\s*计)\s+(100(?:\.0{1,2})?)\s+(\d{1,3}(?:\.\d{1,2})?)(?:\s|$)/;
const CONCLUSION = /(?:自评|评价)结论|该项目/;
/** A heading between the table and its conclusion that names it ("七、结论", "五、综合评价结论"). */
const CONCLUSION_HEADING = /结论/;
const SEVERAL = /[两二三四五六七八九十\d]+\s*个\s*项目|平均/;
const SCORE = /(?:自评|评价|综合)(?:总得分|总分|得分)(?:为|是|达到?)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分/g;
/** How far below the 总分 row the conclusion may start. */
const REACH = 3;

export function checkConclusionScores(ctx: Ctx): void {
  // (A 总分 / 合计 row and a 自评/评价/综合 得分 or 总分 in the text below.)
  if (!(mentionsAny(ctx, ['总分', '合计', '总计']) && mentionsAny(ctx, ['自评', '评价', '综合']))) return;
  const n = ctx.layout.normalised.length;
  for (let s = 0; s < n; s++) {
    const row = TOTAL_ROW.exec(sourceText(ctx, s));
    if (!row || dec(row[2]!).gt(row[1]!)) continue;
    let block = ctx.layout.blocks.find((b) => b.first > s);
    // (A heading naming the conclusion may stand between: the paragraph after it is the conclusion.)
    let named = false;
    if (block?.kind === 'paragraph' && block.heading && CONCLUSION_HEADING.test(block.text)) {
      const heading = block;
      block = ctx.layout.blocks.find((b) => b.first > heading.last);
      named = true;
    }
    if (!block || block.kind !== 'paragraph' || block.heading || block.first - s > REACH) continue;
    const text = block.text;
    if (!(named || CONCLUSION.test(text)) || SEVERAL.test(text)) continue;
    const scores = [...text.matchAll(SCORE)];
    if (scores.length === 0 || new Set(scores.map((m) => m[1])).size > 1) continue;
    const m = scores[0]!;
    const stated = m[1]!;
    const at = m.index + m[0].lastIndexOf(stated);
    const li = block.first;
    const lineNo = ctx.layout.lineAt(li, at) + 1;
    if (
      ctx.claims.some((c) => c.kind === 'score' && c.line === lineNo && c.arithmetic.includes(`${stated}分`))
    )
      continue;
    const total = row[2]!;
    const corrected = correctedTotals(ctx, s);
    const ok = [total, ...corrected].some((t) => agrees(stated, t));
    claim(ctx, 'score', li, at, ok, `自评表总分${total}，其下自评结论得分${stated}分`);
    if (ok) continue;
    report(
      ctx,
      li,
      'figure.text-table',
      'error',
      m[0],
      `${total}分`,
      `${stated}分`,
      `自评结论称自评得分为${stated}分，而其上自评表（第${s + 1}行）总分为${total}分${corrected.length ? `（按各项得分之和为${corrected.join('或')}分）` : ''}，两者不符。`,
      at,
    );
  }
}

/** The expected figures of the errors reported on source line `s`: the 总分 as the table's 得分 have it. */
function correctedTotals(ctx: Ctx, s: number): string[] {
  const figures = ctx.findings
    .filter((f) => f.line === s + 1 && f.severity === 'error')
    .map((f) => f.expected.replace(/分$/, ''));
  return figures.every((f) => /^\d+(?:\.\d+)?$/.test(f)) ? [...new Set(figures)] : [];
}

function agrees(stated: string, total: string): boolean {
  const diff = dec(stated).minus(total).abs();
  return diff.lte(halfUlp(printedPlaces(stated)).plus(halfUlp(printedPlaces(total))));
}
