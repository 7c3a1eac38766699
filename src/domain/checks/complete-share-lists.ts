/**
 * A list of parts with their amounts and shares ("从支出结构看，甲支出（类）40.00万元，占40.00%；乙支出（类）
 * 35.00万元，占35.00%；…"), or with counts ("1,126个项目…。其中：优708个，占62.88%；…"), whose amounts add up to a whole its paragraph stated before it ("…财政拨款支出100.00万元，…"):
 * the list is then the whole's every part, each share its amount ÷ that whole. When all the other shares are so
 * (two at least), the one that is not is wrong (`share.percent`) — the shares then no longer add up to 100%.
 *
 * Precision first: the sum of the amounts (rounding allowed for) must be an amount in the same unit stated in the
 * paragraph before the list's sentence — or, none stated, the list's own sum is the whole when every other share is
 * of it (one exactly, the rest within their rounding: a list of some parts only has shares of a larger whole); exactly
 * one share off beyond rounding; a share another rule judged (a claim or a finding with it on those lines) is left.
 */
import { dec } from '../money/index.ts';
import { claim, excerptOf, report, sentencesAt, type Ctx } from './context.ts';
import { MONEY_UNITS, printedPlaces, scanNumbers } from './numbers.ts';
import { forEachFigureLineWith } from './prose-lines.ts';
import { amountShareList, countShareList, shareJudged } from './prose-shares.ts';
import { judgeRatio, judgeSum, SHARE, show, type Printed } from './verdict.ts';
import { mentionsAll } from './document-words.ts';

const printed = (value: string): Printed => ({ value, places: printedPlaces(value) });

export function checkCompleteShareLists(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['占'])) return;
  forEachFigureLineWith(ctx, '占', (line, li) => {
    for (const s of sentencesAt(ctx, li))
      for (const items of [...amountShareList(s.text, s.start), ...countShareList(s.text, s.start)]) {
        if (items.length < 3) continue;
        // (Counts: only of a whole stated before the list — "1,126个自评项目…。其中：优708个，占62.88%；…".)
        const counted = !MONEY_UNITS.has(items[0]!.unit);
        const unit = items[0]!.unit;
        if (items.some((i) => i.unit !== unit)) continue;
        const parts = items.map((i) => printed(i.amount));
        // The whole: an amount in the list's unit stated before it in the paragraph, that the amounts add up to.
        const before = scanNumbers(line.slice(0, s.start)).filter(
          (t) => t.unit === unit && !dec(t.value).isZero() && judgeSum(parts, printed(t.value)).kind === 'ok',
        );
        const values = new Set(before.map((t) => t.value));
        if (values.size > 1) continue;
        // No whole stated before: the list's own sum, when the other shares are all of it (the list is then every
        // part: a list of some parts has shares of a larger whole).
        const stated = values.size === 1;
        if (counted && !stated) continue;
        const whole = stated
          ? before[0]!
          : {
              value: show(
                parts.reduce((a, p) => a.plus(p.value), dec(0)),
                Math.max(...parts.map((p) => p.places)),
              ),
            };
        const W = printed(whole.value);
        const verdicts = items.map((i) =>
          judgeRatio(
            printed(i.share),
            [printed(i.amount), W],
            ([a, b]) => (b!.isZero() ? null : a!.div(b!).times(100)),
            SHARE,
          ),
        );
        const off = items.filter((_, k) => verdicts[k]?.kind === 'wrong');
        const agree = items.filter(
          (i, k) =>
            (verdicts[k]?.kind === 'ok' || (!stated && verdicts[k]?.kind === 'rounding')) &&
            !dec(i.amount).isZero(),
        );
        if (off.length !== 1 || agree.length < 2 || agree.length + 1 !== items.length) continue;
        if (!stated && !items.some((_, k) => verdicts[k]?.kind === 'ok')) continue;
        const item = off[0]!;
        if (shareJudged(ctx, li, line, item.share)) continue;
        const exact = show(dec(item.amount).div(whole.value).times(100), printedPlaces(item.share));
        const sumOfShares = items.reduce((a, i) => a.plus(i.share), dec(0));
        const shareSum = show(sumOfShares, Math.max(...items.map((i) => printedPlaces(i.share))));
        claim(
          ctx,
          'share',
          li,
          item.at,
          false,
          `${item.amount} ÷ ${whole.value}${unit} × 100% = ${exact}%，文中${item.share}%（各分项之和 ${items.map((i) => i.amount).join(' + ')} = ${whole.value}）`,
        );
        report(
          ctx,
          li,
          'share.percent',
          'error',
          excerptOf(line, item.at - 24, item.at + item.share.length + 1, 0),
          `${exact}%`,
          `${item.share}%`,
          `所列各分项${counted ? '数量' : '金额'}之和 ${items.map((i) => i.amount).join(' + ')} ${stated ? '等于前文的' : '= '}${whole.value}${unit}，其余各项占比均为其${counted ? '数量' : '金额'} ÷ ${whole.value}；${item.amount}${unit}所占比重应为 ${item.amount} ÷ ${whole.value} × 100% = ${exact}%，文中为${item.share}%（各项占比之和为${shareSum}%）。`,
          item.at,
        );
      }
  });
}
