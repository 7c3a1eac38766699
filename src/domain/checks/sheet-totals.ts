/**
 * A 自评表's 总分 row against the rows above it, read line by line as pdftotext -layout prints the table
 * (`score.sum`): "总分  100  N" (分值, 得分), above it the indicator rows "…三级指标名 W 年度目标 实际完成值 S …" and
 * the 预算执行 row "年度资金总额 预算数 执行数 执行率% W S".
 *
 * Read only when certain: the rows between the 总分 and the table's top (its 预算执行情况 or 项目名称 line, or the
 * last 总分) have 分值s adding up to the 总分's 分值, each 得分 at most its 分值, and no other finding stands on
 * their lines (a wrong row is that finding, not the 总分). A table with 小计 rows is scoring-sheets.ts's.
 */
import { dec, sum } from '../money/index.ts';
import { printedLines, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';

const TOTAL = /^\s*总\s*分\s+(\d{1,3})\s+(\d{1,3}(?:\.\d{1,2})?)(?:\s|$)/;
const SCORE = /^\d{1,3}(?:\.\d{1,2})?$/;
const WEIGHT = /^\d{1,3}$/;
const CJK = /[\u4e00-\u9fa5]/;
const TOP = /预算执行情况|项目名称|总\s*分\s+\d/;

type Row = { weight: string; score: string; line: number };

export function checkSheetTotals(ctx: Ctx): void {
  // (Its sheets close with a "总分 W S" line.)
  if (!mentionsAll(ctx, ['总分'])) return;
  const source = printedLines(ctx);
  source.forEach((text, i) => {
    const m = TOTAL.exec(text);
    if (!m) return;
    const rows: Row[] = [];
    let top = -1;
    for (let k = i - 1; k >= 0 && k >= i - 120; k--) {
      const line = source[k]!;
      if (/小计/.test(line)) return;
      const row = rowOf(line, k);
      if (row) rows.push(row);
      if (TOP.test(line)) {
        top = k;
        break;
      }
    }
    if (top < 0 || rows.length < 3) return;
    if (!sum(rows.map((r) => r.weight)).eq(m[1]!)) return;
    const rowLines = new Set(rows.map((r) => r.line + 1));
    if (ctx.findings.some((f) => rowLines.has(f.line))) return;
    rows.reverse();
    const parts = rows.map((r) => r.score);
    const exact = sum(parts);
    const places = (m[2]!.split('.')[1] ?? '').length;
    const ok = exact.eq(m[2]!);
    const arithmetic = `${parts.join(' + ')} = ${exact.toFixed(places)}`;
    ctx.claims.push({ kind: 'score', line: i + 1, verified: ok, arithmetic: `总分：${arithmetic}` });
    if (ok) return;
    ctx.findings.push({
      rule: 'score.sum',
      severity: 'error',
      line: i + 1,
      excerpt: text.trim(),
      expected: exact.toFixed(places),
      found: m[2]!,
      message: `总分应为预算执行得分与各项指标得分之和 ${arithmetic}，表中为${m[2]}。`,
    });
  });
}

/**
 * A row's 分值 and 得分: "…名称 W 目标 实际 S" (a name before W, some text between, S at most W), or the 预算执行
 * row "… 执行率% W S".
 */
function rowOf(line: string, k: number): Row | null {
  const toks = line.trim().split(/\s+/);
  for (let j = 1; j < toks.length - 1; j++) {
    const w = toks[j]!;
    if (!WEIGHT.test(w)) continue;
    const prev = toks[j - 1]!;
    if (/^\d+(?:\.\d+)?[%％]$/.test(prev) && /年度资金总额|资金总额/.test(line)) {
      const s = toks[j + 1]!;
      if (SCORE.test(s) && dec(s).lte(w) && j + 2 >= toks.length) return { weight: w, score: s, line: k };
      return null;
    }
    if (!CJK.test(prev) || SCORE.test(prev)) continue;
    const at = toks.findIndex((t, n) => n > j + 1 && n <= j + 4 && SCORE.test(t));
    if (at < 0) return null;
    if (toks.slice(j + 1, at).some((t) => SCORE.test(t))) return null;
    const s = toks[at]!;
    if (dec(s).gt(w)) return null;
    return { weight: w, score: s, line: k };
  }
  return null;
}
