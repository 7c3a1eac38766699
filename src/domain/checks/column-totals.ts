/**
 * A table of one column of amounts among rows of words — a 问题清单 whose rows wrap their 项目, 整改措施 and 完成时限
 * over lines — closed by a 合计 row: the 合计 is the sum of the amounts above it (`table.total`).
 *
 * Precision first: every amount of the table (two decimals) ends where the 合计's does (pdftotext sets a column of
 * figures flush right), one a line at most, three at least above the 合计; no other row is a total or a part (小计,
 * 其中, 合计); the 合计 is the table's last row with an amount, its line holding nothing but its label and that
 * amount; a sum another rule made on that line stands.
 */
import { claim, excerptOf, printedLines, report, type Ctx } from './context.ts';
import { mentionsAny } from './document-words.ts';
import { judgeSum, printedFigure, showAs, type Printed } from './verdict.ts';

const AMOUNT = /(?<![\d.,])\d[\d,]*\.\d{2}(?![\d%％])/g;
const TOTAL_ROW = /^\s*(?:合\s*计|总\s*计)\s+(\d[\d,]*\.\d{2})\s*$/;
const OTHER_TOTAL = /小\s*计|其\s*中|合\s*计|总\s*计/;

export function checkColumnTotals(ctx: Ctx): void {
  if (!mentionsAny(ctx, ['合计', '总计'])) return;
  const lines = printedLines(ctx);
  for (const b of ctx.layout.blocks) {
    if (b.kind !== 'table' || b.shape !== 'space' || b.rows.length < 4) continue;
    const last = b.rows[b.rows.length - 1]!.line;
    const t = TOTAL_ROW.exec(lines[last] ?? '');
    if (!t) continue;
    const edge = (lines[last] ?? '').lastIndexOf(t[1]!) + t[1]!.length;
    const parts: Printed[] = [];
    let ok = true;
    for (const r of b.rows) {
      if (r.line === last) break;
      const text = lines[r.line] ?? '';
      const amounts = [...text.matchAll(AMOUNT)];
      if (OTHER_TOTAL.test(text) && amounts.length > 0) ok = false;
      if (amounts.length === 0) continue;
      if (amounts.length > 1 || amounts[0]!.index + amounts[0]![0].length !== edge) ok = false;
      if (!ok) break;
      parts.push(printedFigure(amounts[0]![0].replace(/,/g, '')));
    }
    if (!ok || parts.length < 3) continue;
    const totalLine = ctx.layout.lineAt(last, 0) + 1;
    if (ctx.claims.some((c) => c.line === totalLine && (c.kind === 'table' || c.kind === 'sum'))) continue;
    const total = printedFigure(t[1]!.replace(/,/g, ''));
    const v = judgeSum(parts, total);
    const list = parts.map((p) => p.value).join(' + ');
    const computed = v.kind === 'ok' ? total.value : showAs(v.total, [...parts, total]);
    const name = b.title ? `《${b.title}》` : '表格';
    claim(
      ctx,
      'table',
      last,
      0,
      v.kind !== 'wrong',
      `${name}“合计”等于各行之和：${list} = ${computed}，表中${total.value}`,
    );
    if (v.kind === 'ok') continue;
    report(
      ctx,
      last,
      'table.total',
      v.severity,
      excerptOf(lines[last]!, 0, lines[last]!.length, 0),
      computed,
      total.value,
      `${name}“合计”等于各行之和：${list} = ${computed}，表中为${total.value}${v.kind === 'rounding' ? '，在各数四舍五入的误差范围内' : ''}。`,
      0,
    );
  }
}
