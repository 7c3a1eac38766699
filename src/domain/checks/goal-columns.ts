/**
 * A 自评表's 实际完成情况 column (the right of its "年度目标 | 实际完成情况" block, wrapped over many lines, as
 * pdftotext -layout prints it) restating the project's budget and spending: "项目预算A万元，全年执行B万元" against the
 * 年度资金总额 row of its 预算执行情况 part above (`figure.text-table`).
 *
 * Read only when certain: the text's budget is the row's 预算数 (the same project, the same figures), and it names
 * the amount spent right after it; a spent amount other than the row's 执行数 is reported at the text.
 */
import { dec } from '../money/index.ts';
import { printedLines, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';

const AMOUNT = '(\\d[\\d,]*(?:\\.\\d+)?)万元';
const CLAIM = new RegExp(
  `(?:项目)?(?:全年)?预算(?:数|资金)?(?:为)?${AMOUNT}[，,、](?:全年|实际|累计)*(?:执行|支出)(?:数|资金)?(?:为)?${AMOUNT}`,
);
const FUND_ROW = /年度资金总额\s+(\d[\d,]*\.\d+)\s+(\d[\d,]*\.\d+)(?:\s|$)/;

export function checkGoalColumns(ctx: Ctx): void {
  // (A claim stands under a header naming 年度目标, 实际完成情况 and 总体目标, below a 年度资金总额 row.)
  if (!mentionsAll(ctx, ['实际完成情况', '年度目标', '总体目标', '年度资金总额'])) return;
  const source = printedLines(ctx);
  source.forEach((header, h) => {
    const right = header.indexOf('实际完成情况');
    const left = header.indexOf('年度目标');
    if (right < 0 || left < 0 || left > right || !/年度总体目标|总体目标/.test(header)) return;
    let fund: RegExpExecArray | null = null;
    for (let k = h - 1; k >= 0 && k >= h - 15 && !fund; k--) fund = FUND_ROW.exec(source[k]!);
    if (!fund) return;
    // The right column: segments starting right of the middle between the two headings.
    const mid = (left + right) / 2;
    let text = '';
    const starts: { at: number; line: number }[] = [];
    for (let i = h + 1; i < source.length && i <= h + 40; i++) {
      const line = source[i]!;
      if (/三级指标|一级\s*指标|^\s*一级\s/.test(line)) break;
      for (const m of line.matchAll(/\S+(?:\s{1,2}\S+)*/g))
        if (m.index! >= mid) {
          starts.push({ at: text.length, line: i });
          text += m[0].replace(/\s+/g, '');
        }
    }
    const m = CLAIM.exec(text);
    if (!m) return;
    const [budget, spent] = [m[1]!.replace(/,/g, ''), m[2]!.replace(/,/g, '')];
    const [rowBudget, rowSpent] = [fund[1]!.replace(/,/g, ''), fund[2]!.replace(/,/g, '')];
    if (!dec(budget).eq(rowBudget)) return;
    const at = m.index! + m[0].lastIndexOf(m[2]!);
    let line = h + 1;
    for (const s of starts) if (s.at <= at) line = s.line;
    const ok = dec(spent).eq(rowSpent);
    ctx.claims.push({
      kind: 'figure',
      line: line + 1,
      verified: ok,
      arithmetic: `实际完成情况所述执行数${spent}万元，预算执行情况表中${rowSpent}万元`,
    });
    if (ok) return;
    ctx.findings.push({
      rule: 'figure.text-table',
      severity: 'error',
      line: line + 1,
      excerpt: m[0],
      expected: `${fund[2]}万元`,
      found: `${m[2]}万元`,
      message: `实际完成情况所述执行数${m[2]}万元与预算执行情况中年度资金总额的执行数${fund[2]}万元不一致（预算数均为${fund[1]}万元）。`,
    });
  });
}
