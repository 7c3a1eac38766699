/**
 * The 三公 决算 and its items stated in sentences of their own after "其中：" — "…“三公”经费财政拨款支出…支出决算为
 * 46.65万元，…。其中：因公出国（境）费支出决算为0万元。公务用车购置费支出决算为25.46万元，…；公务用车运行费支出决算为
 * 16.82万元，…。公务接待费支出决算为4.37万元，…": the items must add up to the 决算 (`sum.parts`).
 *
 * Precision first: the items are the fixed 三公 names, each stated once with its 决算 right after its name; every
 * item is there (出国, 接待, and 购置及运行 or both 购置 and 运行); the sentences of the list each open with an item;
 * the total is the paragraph's one 决算 of this year before "其中" (or the paragraph before's, when "其中：" opens its
 * paragraph), in a sentence naming “三公”. A list within one
 * sentence is the 其中 lists' rule's (prose-totals.ts).
 */
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { MONEY_UNITS, scanNumbers, type NumberToken } from './numbers.ts';
import { isLastYear } from './prose-clauses.ts';
import { forEachFigureLine } from './prose-lines.ts';
import { judgeSum, showAs, type Printed } from './verdict.ts';

/** An item's name, then its 决算 ("公务用车运行费支出决算为"): group 1 the name. */
const ITEM =
  /(因公出国[（(]境[）)]费|公务用车购置及运行(?:维护|维修)?费|公务用车购置费|公务用车运行(?:维护|维修)?费|公务接待费)\s*(?:支出)?\s*决算(?:数)?\s*(?:为|是)?\s*$/;
const OPENS_ITEM = /^\s*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]\s*)?(?:因公出国|公务用车|公务接待)/;
const TOTAL_BEFORE = /决算(?:数)?\s*(?:为|是)?\s*$/;

type Kind = 'abroad' | 'cars' | 'purchase' | 'running' | 'reception';

function kindOf(name: string): Kind {
  if (name.startsWith('因公出国')) return 'abroad';
  if (name.startsWith('公务接待')) return 'reception';
  if (name.includes('购置及运行')) return 'cars';
  return name.includes('购置') ? 'purchase' : 'running';
}

export function checkThreeFeeItems(ctx: Ctx): void {
  forEachFigureLine(ctx, (line, li) => {
    if (!line.includes('接待费') || !line.includes('其中')) return;
    const q = line.search(/其中\s*[：:，,]\s*(?=因公出国|公务用车|公务接待)/);
    if (q < 0) return;
    // The total before "其中" in the paragraph, or — when "其中：" opens the paragraph (a page break between) — in the
    // paragraph right before.
    let total = totalBefore(line.slice(0, q), ctx.year);
    if (!total && line.slice(0, q).trim() === '') {
      const k = ctx.layout.blocks.findIndex((b) => b.first === li);
      const above = ctx.layout.blocks[k - 1];
      if (k > 0 && above?.kind === 'paragraph') {
        const t = totalBefore(ctx.lines[above.first] ?? '', ctx.year);
        // (Placed at "其中" in this line: where the claim is recorded.)
        if (t) total = { ...t, start: q, end: q };
      }
    }
    if (!total) return;
    const listStart = line.indexOf('其中', q) + 2;
    // The list's sentences: from "其中：" on, each opening with an item.
    const items = new Map<Kind, NumberToken[]>();
    let from = listStart;
    let sentences = 0;
    while (from < line.length) {
      const stop = line.indexOf('。', from);
      const end = stop < 0 ? line.length : stop;
      const text = line.slice(from, end);
      if (!OPENS_ITEM.test(text.replace(/^[：:，,\s]+/, ''))) break;
      sentences++;
      for (const t of scanNumbers(text)) {
        if (!MONEY_UNITS.has(t.unit)) continue;
        const m = ITEM.exec(text.slice(Math.max(0, t.start - 30), t.start));
        if (!m) continue;
        const kind = kindOf(m[1]!);
        items.set(kind, [...(items.get(kind) ?? []), { ...t, start: from + t.start, end: from + t.end }]);
      }
      from = end + 1;
    }
    if (sentences < 2 || [...items.values()].some((v) => v.length !== 1)) return;
    const one = (k: Kind): NumberToken | undefined => items.get(k)?.[0];
    const cars = one('cars')
      ? [one('cars')!]
      : one('purchase') && one('running')
        ? [one('purchase')!, one('running')!]
        : null;
    if (!cars || !one('abroad') || !one('reception')) return;
    const parts = [one('abroad')!, ...cars, one('reception')!];
    if (parts.some((t) => t.unit !== total.unit)) return;
    const printed: Printed[] = parts.map((t) => ({ value: t.value, places: t.places }));
    const whole = { value: total.value, places: total.places };
    const verdict = judgeSum(printed, whole);
    const partsText = printed.map((p) => p.value).join(' + ');
    const u = total.unit;
    if (verdict.kind === 'ok') {
      claim(ctx, 'sum', li, q, true, `“三公”各项 ${partsText} = ${total.value}${u}，决算${total.value}${u}`);
      return;
    }
    const sum = showAs(verdict.total, [...printed, whole]);
    claim(
      ctx,
      'sum',
      li,
      q,
      verdict.kind !== 'wrong',
      `“三公”各项 ${partsText} = ${sum}${u}，决算${total.value}${u}`,
    );
    report(
      ctx,
      li,
      'sum.parts',
      verdict.severity,
      excerptOf(line, q, Math.min(line.length, q + 90), 0),
      `${total.value}${u}`,
      `${sum}${u}`,
      verdict.kind === 'rounding'
        ? `“三公”经费各项决算之和 ${partsText} = ${sum}${u}，与“三公”经费决算${total.value}${u}相差${showAs(verdict.difference.abs(), [...printed, whole])}${u}，在各数四舍五入的误差范围内。`
        : `“三公”经费各项决算之和 ${partsText} = ${sum}${u}，与“三公”经费决算${total.value}${u}不符，相差${showAs(verdict.difference.abs(), [...printed, whole])}${u}。`,
      q,
    );
  });
}

/** The one 决算 of this year stated before "其中" in a sentence naming “三公” (not last year's). */
function totalBefore(text: string, year: number | null): NumberToken | null {
  let found: NumberToken | null = null;
  let start = 0;
  for (const sentence of text.split('。')) {
    if (sentence.includes('三公')) {
      for (const t of scanNumbers(sentence)) {
        if (!MONEY_UNITS.has(t.unit)) continue;
        const before = sentence.slice(0, t.start);
        if (!TOTAL_BEFORE.test(before) || isLastYear(before, year)) continue;
        if (found) return null;
        found = { ...t, start: start + t.start, end: start + t.end };
      }
    }
    start += sentence.length + 1;
  }
  return found;
}
