/**
 * A budget and its adjustments stated in one paragraph: "项目年初预算480.00万元，…年中追加36.00万元，调整后全年预算
 * 516.00万元" — the adjusted budget must be the 年初 budget plus what was added, minus what was cut
 * (`sum.budget-adjustment`).
 *
 * Read only in a stretch that opens with one 年初预算 amount and closes with the first 全年 / 调整后 预算 amount after
 * it, all in 万元, every amount between them either an adjustment (追加 / 追减 / 调增 / 调减 / 调整增加 / 调整减少 right
 * before it) or inside a 其中 clause (the budget's sources); one adjustment at least. Anything else between (a
 * spending, a second budget) and the stretch is not read.
 */
import { dec } from '../money/index.ts';
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { judgeSum, show, type Printed } from './verdict.ts';

/** An amount in 万元 and the words right before it (back to a punctuation mark or a figure). */
const AMOUNT = /([^，。；;、：:\d]{0,20}?)\s*(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\s*万元/g;
const INITIAL = /年初(?:预算|批复预算)(?:数|资金)?\s*(?:为|是)?$/;
const ADJUSTED = /(?:调整后|全年|调整)(?:全年)?(?:预算|预算数|批复预算)(?:数|资金)?\s*(?:为|是|达到|达)?$/;
const ADDED = /(?:追加|调增|调整增加|增加)/;
const CUT = /(?:追减|调减|调整减少|核减|减少)/;
const ADJUSTMENT =
  /(?:追加|追减|调增|调减|调整增加|调整减少|核减)[^，。；\d]{0,16}$|^(?:全年|年中)?(?:调整)?(?:增加|减少)$/;

type Amount = { words: string; text: string; value: string; places: number; at: number };

export function checkBudgetAdjustments(ctx: Ctx): void {
  forEachFigureLineWith(ctx, '年初', (line, li) => {
    if (!/追加|追减|调增|调减|调整增加|调整减少|核减/.test(line)) return;
    const amounts: Amount[] = [...line.matchAll(AMOUNT)].map((m) => {
      const value = m[2]!.replace(/,/g, '');
      return {
        words: m[1]!.trim(),
        text: m[2]!,
        value,
        places: (value.split('.')[1] ?? '').length,
        at: m.index + m[0].indexOf(m[2]!),
      };
    });
    for (let i = 0; i < amounts.length; i++) {
      if (!INITIAL.test(amounts[i]!.words)) continue;
      const end = amounts.findIndex((a, k) => k > i && ADJUSTED.test(a.words));
      if (end < 0) continue;
      judge(ctx, line, li, amounts[i]!, amounts.slice(i + 1, end), amounts[end]!);
    }
  });
}

function judge(
  ctx: Ctx,
  line: string,
  li: number,
  initial: Amount,
  between: Amount[],
  adjusted: Amount,
): void {
  const stretch = line.slice(initial.at, adjusted.at);
  // (A second 年初 budget or a full stop and a new subject between: not one budget's story.)
  if (/年初/.test(stretch.slice(1)) || /执行|支出|决算/.test(stretch)) return;
  const changes: { sign: 1 | -1; a: Amount }[] = [];
  for (const a of between) {
    const from = line.lastIndexOf('其中', a.at);
    // A source of the budget listed after 其中 in the same clause group (before the next "。" or "；").
    if (from > initial.at && !/[。；;]/.test(line.slice(from, a.at))) continue;
    if (!ADJUSTMENT.test(a.words)) return;
    const cut = CUT.test(a.words) && !ADDED.test(a.words.replace(/减少|核减|追减|调减/g, ''));
    changes.push({ sign: cut ? -1 : 1, a });
  }
  if (changes.length === 0) return;
  let want = dec(initial.value);
  for (const c of changes) want = c.sign > 0 ? want.plus(c.a.value) : want.minus(c.a.value);
  const parts: Printed[] = [initial, ...changes.map((c) => c.a)].map((a) => ({
    value: a.value,
    places: a.places,
  }));
  // (Σ with the cuts as negatives: a sum of printed figures, rounding-aware.)
  const signed: Printed[] = parts.map((p, k) =>
    k > 0 && changes[k - 1]!.sign < 0 ? { value: dec(p.value).neg().toString(), places: p.places } : p,
  );
  const verdict = judgeSum(signed, { value: adjusted.value, places: adjusted.places });
  const places = Math.max(...parts.map((p) => p.places), adjusted.places);
  const word = (a: Amount): string =>
    /追加|追减|调增|调减|调整增加|调整减少|核减|增加|减少/.exec(a.words)?.[0] ?? '';
  const arithmetic = `年初预算${initial.value}${changes.map((c) => ` ${c.sign > 0 ? '+' : '−'} ${word(c.a)}${c.a.value}`).join('')} = ${show(want, places)}万元`;
  claim(
    ctx,
    'sum',
    li,
    adjusted.at,
    verdict.kind !== 'wrong',
    `${arithmetic}，文中调整后预算${adjusted.value}万元`,
  );
  if (verdict.kind !== 'wrong') return;
  report(
    ctx,
    li,
    'sum.budget-adjustment',
    'error',
    excerptOf(line, initial.at, adjusted.at + adjusted.text.length + 2, 8),
    `${show(want, places)}万元`,
    `${adjusted.text}万元`,
    `调整后的预算应为 ${arithmetic}，文中为${adjusted.text}万元，两者相差${show(want.minus(adjusted.value).abs(), places)}万元（年初预算、调整数或调整后预算有一处有误）。`,
    adjusted.at,
  );
}
