/**
 * A 自评表 indicator row whose 偏差原因 opens with the row's 完成率: "人工造林面积 | ≥ | 6000 | 亩 | 5520 | 15 | 13.80
 * | 完成率92.00%，…" — the rate must be the row's 实际完成值 ÷ its 指标值 (`completion.percent`, rounding-aware).
 * Read only in a form whose header names 指标值 and 实际完成值 (the nearest such header above, no title between),
 * on a row printing the target (≥ or no bound: a ≤ target's rate is not actual ÷ target), its unit (no digit),
 * the actual, the 分值 and the 得分 (not above the 分值), then the note — and only when no other rule judged a
 * rate on that line. The note may open with a clause ("…未能入户，完成率为"), its rate wrapped to the start of the
 * note's next line; the actual may carry the target's unit ("≥90% 86.4%"); the header may wrap ("实际完成" / "值").
 */
import { completionPercent } from '../money/index.ts';
import { claim, report, sourceText, type Ctx } from './context.ts';
import { printedPlaces } from './numbers.ts';
import { joinHeaderPieces } from './header-pieces.ts';
import { judgeRatio, SHARE, show } from './verdict.ts';
import { mentionsAll } from './document-words.ts';

const NOTED_ROW =
  /(?:^|\s)(?:[≥＞>]\s*)?(\d[\d,]*(?:\.\d+)?)\s*([^\s\d≥≤＜＞<>]{0,5})\s+(\d[\d,]*(?:\.\d+)?)\2?\s+(\d+(?:\.\d+)?)\s+(\d+(?:\.\d+)?)\s+(?:[^\s\d]*[，,；;。])?完成率(?:为)?\s*(\d+(?:\.\d+)?)\s*[%％]/;
/** A note ending its line with 完成率, the rate wrapped to the start of the note's next line. */
const RATE_WRAPPED = /完成率(?:为)?$/;
const WRAPPED_RATE = /^\d+(?:\.\d+)?[%％](?![\d])/;
const HEADER = /指标值.*实际完成值|实际完成值.*分值.*得分/;
const TITLE = /表\s*(?:[（(]\s*\d+\s*[）)])?$/;
/** How far above its row a form's header may stand. */
const HEADER_REACH = 40;

export function checkNotedCompletion(ctx: Ctx): void {
  // (A row's 完成率 under a header naming 实际完成(值).)
  if (!mentionsAll(ctx, ['完成率', '实际完成'])) return;
  const n = ctx.layout.normalised.length;
  for (let i = 0; i < n; i++) {
    let text = sourceText(ctx, i);
    if (!text.includes('完成率')) continue;
    if (RATE_WRAPPED.test(text)) text += wrappedRate(ctx, i);
    if (!NOTED_ROW.test(text)) text = centredNote(ctx, i) ?? text;
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
    // (The header's cells wrapped onto the line below: "年度指标 实际完成 分 得分" / "值 值 值".)
    if (squashed.includes('实际完成') && !/\d/.test(squashed) && j + 1 < i) {
      const cells = joinHeaderPieces([wordsAt(ctx, j), wordsAt(ctx, j + 1)]).map((c) => c.text);
      if (HEADER.test(cells.join(''))) return true;
    }
    if (TITLE.test(squashed) && squashed.length <= 30) return false;
  }
  return false;
}

/** A row's figures and the start of its note: target, unit, actual, 分值, 得分, then words. */
const FIGURES_THEN_NOTE =
  /(?:^|\s)(?:[≥＞>]\s*)?\d[\d,]*(?:\.\d+)?\s*([^\s\d≥≤＜＞<>]{0,5})\s+\d[\d,]*(?:\.\d+)?\1?\s+\d+(?:\.\d+)?\s+\d+(?:\.\d+)?\s+(?=[^\s\d])/;

/**
 * A note centred on its row, its first line above the row's figures: "重点人群签约   完成率93.61%，部分" over
 * "服务人数  ≥13万人  12.52万人  10  9.63  外出务工人员未签约；". The row with the rate as its note's opening, when
 * the line above holds only words before the rate and the rate stands in the note's column; null otherwise.
 */
function centredNote(ctx: Ctx, i: number): string | null {
  const raw = ctx.layout.normalised[i] ?? '';
  const k = raw.search(/完成率(?:为)?\s*\d/);
  if (k < 0 || /\d/.test(raw.slice(0, k))) return null;
  const row = ctx.layout.normalised[i + 1] ?? '';
  const m = FIGURES_THEN_NOTE.exec(row);
  if (!m) return null;
  const noteAt = m.index + m[0].length;
  if (Math.abs(k - noteAt) > 4) return null;
  return `${row.slice(0, noteAt)}${raw.slice(k)}`;
}

/**
 * The rate a note ending line `i` with "完成率" wrapped to its next line: the last word of the next line (the note
 * is the form's last column), when it opens with the rate and the words before it hold no figure; else ''.
 */
function wrappedRate(ctx: Ctx, i: number): string {
  const words = sourceText(ctx, i + 1)
    .split(/\s+/)
    .filter((w) => w !== '');
  const last = words.at(-1) ?? '';
  if (!WRAPPED_RATE.test(last) || words.slice(0, -1).some((w) => /\d/.test(w))) return '';
  return last;
}

function wordsAt(ctx: Ctx, i: number): { words: string[]; starts: number[] } {
  const ms = [...(ctx.layout.normalised[i] ?? '').matchAll(/\S+/g)];
  return { words: ms.map((m) => m[0]), starts: ms.map((m) => m.index) };
}
