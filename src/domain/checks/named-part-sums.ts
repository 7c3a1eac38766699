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
import { MONEY_UNITS, type NumberToken } from './numbers.ts';
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
  checkTotalsOfAbove(ctx);
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
      judgePartsSum(ctx, li, parts, total, excerptOf(line, total.start - 8, total.end + 4, 0), {
        claimed: (list, sum) => `各项${kind} ${list} = ${sum}${total.unit}，合计${total.value}${total.unit}`,
        reported: (list, sum) =>
          `其中所列各项的${kind} ${list} = ${sum}${total.unit}，与${kind}合计${total.value}${total.unit}不符。`,
      });
    }
  });
}

/**
 * "对…，共压减资金1,263.40万元；对…，共压减资金582.30万元。以上合计压减资金1,818.70万元": a total of the items the
 * sentence before lists, each (to its "；") stating one amount named by the total's words ("压减资金", "压减"), in
 * the total's unit, or no amount at all; two items with one at least (`sum.parts`).
 */
const ABOVE =
  /以上(?:合计|共计|总计|累计)(?:共)?([\u4e00-\u9fa5]{2,8}?)(?:为|共)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)/g;

function checkTotalsOfAbove(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['以上', '；'])) return;
  forEachFigureLineWith(ctx, '以上', (line, li) => {
    const money = lineFigures(ctx, li).filter((t) => MONEY_UNITS.has(t.unit));
    for (const m of line.matchAll(ABOVE)) {
      const kind = m[1]!.replace(/(?:资金|金额|经费)$/, '');
      if (kind.length < 2) continue;
      const total = money.find((t) => t.start === m.index + m[0].indexOf(m[2]!, m[1]!.length + 2));
      if (!total) continue;
      // The sentence before: back to the "。" before it (or the paragraph's start).
      const end = line.lastIndexOf('。', m.index);
      if (end < 0 || line.slice(end + 1, m.index).trim() !== '') continue;
      const start = line.lastIndexOf('。', end - 1) + 1;
      const items: { start: number; end: number }[] = [];
      for (let s = start; s < end;) {
        const e = line.indexOf('；', s);
        const stop = e < 0 || e > end ? end : e;
        items.push({ start: s, end: stop });
        s = stop + 1;
      }
      if (items.length < 2) continue;
      // (An item stating no amount — "对…‘优’的项目，予以优先保障" — adds nothing.)
      const all = items.map((it) =>
        money.filter(
          (t) => t.start >= it.start && t.start < it.end && clauseBefore(line, t.start).includes(kind),
        ),
      );
      if (
        items.some(
          (it, k) => all[k]!.length === 0 && money.some((t) => t.start >= it.start && t.start < it.end),
        )
      )
        continue;
      const parts = all.filter((p) => p.length > 0);
      if (parts.length < 2 || parts.some((p) => p.length !== 1 || p[0]!.unit !== total.unit)) continue;
      judgePartsSum(ctx, li, parts, total, excerptOf(line, m.index, total.end, 0), {
        claimed: (list, sum) =>
          `以上各项${m[1]} ${list} = ${sum}${total.unit}，合计${total.value}${total.unit}`,
        reported: (list, sum) =>
          `前句所列各项${m[1]} ${list} = ${sum}${total.unit}，与“以上合计”${total.value}${total.unit}不符。`,
      });
    }
  });
}

/** The items' amounts (one each) against their stated total (`sum.parts`, rounding-aware). */
function judgePartsSum(
  ctx: Ctx,
  li: number,
  parts: readonly (readonly NumberToken[])[],
  total: NumberToken,
  excerpt: string,
  say: { claimed: (list: string, sum: string) => string; reported: (list: string, sum: string) => string },
): void {
  const printed: Printed[] = parts.map((p) => ({ value: p[0]!.value, places: p[0]!.places }));
  const whole: Printed = { value: total.value, places: total.places };
  const v = judgeSum(printed, whole);
  const list = printed.map((p) => p.value).join(' + ');
  const sum = v.kind === 'ok' ? whole.value : showAs(v.total, [...printed, whole]);
  claim(ctx, 'sum', li, total.start, v.kind !== 'wrong', say.claimed(list, sum));
  if (v.kind === 'ok') return;
  report(
    ctx,
    li,
    'sum.parts',
    v.severity,
    excerpt,
    `${sum}${total.unit}`,
    `${total.value}${total.unit}`,
    say.reported(list, sum),
    total.start,
  );
}
