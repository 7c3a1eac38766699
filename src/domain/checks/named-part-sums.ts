/**
 * A total of one kind broken down by items that each state several amounts — "预计结余资金48.50万元。其中：文物保护专
 * 项经费预计执行380.00万元，结余40.00万元，…；文化市场综合执法经费预计执行78.50万元，结余6.50万元，…。": the parts are
 * each item's amount of the total's kind (结余, 结转, 节约, 调减, 收回), and they must add up to the total
 * (`sum.parts`, rounding-aware).
 *
 * Precision first: the total's clause ends with the kind's word, right before "。其中" or "，其中"; the list runs to the
 * end of its sentence, its items parted by "；", each stating exactly one amount whose clause ends with the same word,
 * in the total's unit; two items at least; a sum another rule made on the line stands.
 */
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { MONEY_UNITS } from './numbers.ts';
import { forEachFigureLineWith, lineFigures } from './prose-lines.ts';
import { judgeSum, showAs, type Printed } from './verdict.ts';

/** The kinds of amount a total and its items' parts share, by the word their clause ends with. */
const KIND = /(结余|结转|节约|调减|收回)(?:资金|金额)?\s*(?:为|约|共计|合计)?\s*$/;
const LIST = /[。，,]\s*其中\s*[：:，,]?/g;

/** The clause of `text` ending at `end`: from the last "，；。：、" before it. */
function clauseBefore(text: string, end: number): string {
  let k = end - 1;
  while (k >= 0 && !'，,；;。：:、'.includes(text[k]!)) k--;
  return text.slice(k + 1, end);
}

export function checkNamedPartSums(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['其中', '；'])) return;
  forEachFigureLineWith(ctx, '其中', (line, li) => {
    if (!/结余|结转|节约|调减|收回/.test(line)) return;
    const money = lineFigures(ctx, li).filter((t) => MONEY_UNITS.has(t.unit));
    for (const m of line.matchAll(LIST)) {
      const total = money.filter((t) => t.end <= m.index).at(-1);
      if (!total || /[\d%％]/.test(line.slice(total.end, m.index).replace(/^\s*(?:万元|亿元|元)/, '')))
        continue;
      const kind = KIND.exec(clauseBefore(line, total.start))?.[1];
      if (!kind) continue;
      const from = m.index + m[0].length;
      const stop = line.indexOf('。', from);
      const to = stop < 0 ? line.length : stop;
      const items: { start: number; end: number }[] = [];
      for (let s = from; s < to;) {
        const e = line.indexOf('；', s);
        const end = e < 0 || e > to ? to : e;
        items.push({ start: s, end });
        s = end + 1;
      }
      if (items.length < 2) continue;
      const parts = items.map((it) =>
        money.filter(
          (t) =>
            t.start >= it.start && t.start < it.end && KIND.exec(clauseBefore(line, t.start))?.[1] === kind,
        ),
      );
      if (parts.some((p) => p.length !== 1 || p[0]!.unit !== total.unit)) continue;
      const shownLine = ctx.layout.lineAt(li, total.start) + 1;
      if (ctx.claims.some((c) => c.kind === 'sum' && c.line === shownLine)) continue;
      const printed: Printed[] = parts.map((p) => ({ value: p[0]!.value, places: p[0]!.places }));
      const whole: Printed = { value: total.value, places: total.places };
      const v = judgeSum(printed, whole);
      const list = printed.map((p) => p.value).join(' + ');
      const sum = v.kind === 'ok' ? whole.value : showAs(v.total, [...printed, whole]);
      claim(
        ctx,
        'sum',
        li,
        total.start,
        v.kind !== 'wrong',
        `各项${kind} ${list} = ${sum}${total.unit}，合计${total.value}${total.unit}`,
      );
      if (v.kind === 'ok') continue;
      report(
        ctx,
        li,
        'sum.parts',
        v.severity,
        excerptOf(line, total.start - 8, total.end + 4, 0),
        `${sum}${total.unit}`,
        `${total.value}${total.unit}`,
        `其中所列各项的${kind} ${list} = ${sum}${total.unit}，与${kind}合计${total.value}${total.unit}不符。`,
        total.start,
      );
    }
  });
}
