/**
 * A 自评表 indicator row whose 偏差原因 opens with the row's 完成率: "人工造林面积 | ≥ | 6000 | 亩 | 5520 | 15 | 13.80
 * | 完成率92.00%，…" — the rate must be the row's 实际完成值 ÷ its 指标值 (`completion.percent`, rounding-aware).
 * Read only in a form whose header names 指标值 and 实际完成值 (the nearest such header above, no title between),
 * on a row printing the target (≥ or no bound: a ≤ target's rate is not actual ÷ target), its unit (no digit),
 * the actual, the 分值 and the 得分 (not above the 分值), then the note — and only when no other rule judged a
 * rate on that line.
 */
import { completionPercent } from '../money/index.ts';
import { claim, report, sourceText, type Ctx } from './context.ts';
import { printedPlaces } from './numbers.ts';
import { judgeRatio, SHARE, show } from './verdict.ts';

const NOTED_ROW =
  /(?:^|\s)(?:[≥＞>]\s*)?(\d[\d,]*(?:\.\d+)?)\s*([^\s\d≥≤＜＞<>]{0,5})\s+(\d[\d,]*(?:\.\d+)?)\s+(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)\s+完成率(?:为)?\s*(\d+(?:\.\d+)?)\s*[%％]/;
const HEADER = /指标值.*实际完成值|实际完成值.*分值.*得分/;
const TITLE = /表\s*(?:[（(]\s*\d+\s*[）)])?$/;
/** How far above its row a form's header may stand. */
const HEADER_REACH = 40;

export function checkNotedCompletion(ctx: Ctx): void {
  const n = ctx.layout.normalised.length;
  for (let i = 0; i < n; i++) {
    const text = sourceText(ctx, i);
    if (!text.includes('完成率')) continue;
    const m = NOTED_ROW.exec(text);
    if (!m || /≤|＜|</.test(text)) continue;
    const [, target, , actual, weight, score, rate] = m as unknown as string[];
    if (Number(score) > Number(weight) || !underHeader(ctx, i)) continue;
    const t = target!.replace(/,/g, '');
    const a = actual!.replace(/,/g, '');
    if (Number(t) <= 0) continue;
    const line = ctx.lines[i] ?? '';
    const li = i;
    const shown = ctx.layout.lineAt(li, 0) + 1;
    if (ctx.claims.some((c) => c.kind === 'completion' && c.line === shown)) continue;
    const printed = { value: rate!, places: printedPlaces(rate!) };
    const inputs = [
      { value: a, places: printedPlaces(a) },
      { value: t, places: printedPlaces(t) },
    ];
    const v = judgeRatio(printed, inputs, ([x, y]) => completionPercent(x!, y!), SHARE);
    if (!v) continue;
    const exact = v.kind === 'ok' ? rate! : show(v.exact, printed.places);
    const arithmetic = `实际完成值${a} ÷ 指标值${t} × 100% = ${exact}%`;
    const at = Math.max(0, line.indexOf(`完成率`));
    claim(ctx, 'completion', li, at, v.kind !== 'wrong', `${arithmetic}，偏差原因中写${rate}%`);
    if (v.kind === 'ok') continue;
    report(
      ctx,
      li,
      'completion.percent',
      v.severity,
      text.slice(m.index, m.index + m[0].length).trim(),
      `${exact}%`,
      `${rate}%`,
      `完成率应为 ${arithmetic}，偏差原因中写${rate}%。`,
      at,
    );
  }
}

/** A header naming 指标值 and 实际完成值 above row `i`, no table title between. */
function underHeader(ctx: Ctx, i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - HEADER_REACH; j--) {
    const squashed = sourceText(ctx, j).replace(/\s+/g, '');
    if (HEADER.test(squashed)) return true;
    if (TITLE.test(squashed) && squashed.length <= 30) return false;
  }
  return false;
}
