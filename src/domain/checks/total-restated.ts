/**
 * A 自评表's 总分 told again in the report under it: "…满意度指标得分10分，自评总得分97.57分，自评等级为“优”。" after
 * a form whose 总分 row prints 100 and 98.57 — the text's total must be the form's (`figure.text-table`). Read from
 * each 总分 row (its 分值 100 and its 得分, on its line or a cell a line below) to the next one, when the text states
 * one total there ("自评总得分", "自评总分", "总得分", "自评得分") — several (the forms first, then each project's
 * conclusion) are not told apart; a line another rule judged is left to it.
 */
import { dec } from '../money/index.ts';
import { allMatches, claim, report, sourceText, type Ctx } from './context.ts';
import { mentionsAny } from './document-words.ts';

const TOTAL_ROW = /^总\s*分(?:\s+(100)\s+(\d{1,3}(?:\.\d{1,2})?))?$/;
const SCORE = /^\d{1,3}(?:\.\d{1,2})?$/;
const STATED = /(?:自评总得分|自评总分|总得分|自评得分)(?:为|是)?\s*(\d{1,3}(?:\.\d{1,2})?)\s*分/g;
/** How far below its form a report may state the form's total. */
const REACH = 200;

export function checkTotalsRestated(ctx: Ctx): void {
  if (!mentionsAny(ctx, ['总得分', '自评总分', '自评得分'])) return;
  const n = ctx.source.length;
  const totals: { line: number; score: string }[] = [];
  for (let i = 0; i < n; i++) {
    const m = TOTAL_ROW.exec(sourceText(ctx, i).trim());
    if (!m) continue;
    if (m[2]) {
      totals.push({ line: i, score: m[2] });
      continue;
    }
    const [w, s] = [sourceText(ctx, i + 1).trim(), sourceText(ctx, i + 2).trim()];
    if (w === '100' && SCORE.test(s)) totals.push({ line: i + 2, score: s });
  }
  totals.forEach((t, k) => {
    const end = Math.min(totals[k + 1]?.line ?? n, t.line + REACH, ctx.lines.length);
    // (Several totals stated there — the forms first, then each project's conclusion —: whose is whose is not known.)
    const stated: { li: number; m: RegExpExecArray }[] = [];
    for (let li = t.line + 1; li < end; li++)
      if (ctx.lines[li]!.includes('分'))
        for (const m of allMatches(ctx.lines[li]!, STATED)) stated.push({ li, m });
    // (A total of 100 told is the scale — "本项目自评总分100分，其中预算执行率10分…" —, not the score.)
    if (stated.length !== 1 || dec(stated[0]!.m[1]!).eq(100)) return;
    for (const { li, m } of stated) {
      const at = m.index + m[0].indexOf(m[1]!);
      const shown = ctx.layout.lineAt(li, at) + 1;
      const ok = dec(m[1]!).eq(t.score);
      if (!ctx.claims.some((c) => c.line === shown && c.kind === 'figure')) {
        claim(ctx, 'figure', li, at, ok, `自评总分：正文${m[1]}分，第${t.line + 1}行自评表${t.score}分`);
        if (!ok)
          report(
            ctx,
            li,
            'figure.text-table',
            'error',
            m[0],
            `${t.score}分`,
            `${m[1]}分`,
            `正文中自评总得分为${m[1]}分，而第${t.line + 1}行自评表的总分为${t.score}分，两处不一致。`,
            at,
          );
      }
    }
  });
}
