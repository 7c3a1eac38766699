/**
 * A count told item by item after it — "全年共安排因公出国（境）团组6个、28人次，…。具体为：" over "（1）赴老挝…，1个团组
 * 5人次；" "（2）…，1个团组6人次；" … — the items' counts of that unit add up to it (`count.sum`).
 *
 * Precision first: the paragraph ends with "具体为：" / "具体如下：" / "明细如下：" / "分别为：" (a list of the main
 * ones, "主要…有：", names only some); its counts after 共, in that sentence or the one before, are one of each unit; the items are the paragraphs right
 * after it numbered in sequence from 1 in one style, each stating exactly one count of the unit read (two items at
 * least, every one of them stating it).
 */
import { claim, report, excerptOf, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { numbered } from './listed-counts.ts';
import { COUNT_UNITS, scanNumbers, type NumberToken } from './numbers.ts';

const OPENER = /(?:具体为|具体如下|明细如下|分别为|具体情况如下)\s*[：:]\s*$/;
/** The paragraph's counts after 共: "共安排因公出国（境）团组6个、28人次". */
const TOTALS =
  /共(?:安排|派出|接待|召开|举办|组织|有|计)?[^，,。；;：:\d]{0,16}?((?:\d[\d,]*\s*(?:个|人次|批次|辆|人|期|次)\s*[、，,]?\s*){1,3})/;

export function checkItemisedCounts(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['共', '：'])) return;
  const blocks = ctx.layout.blocks;
  blocks.forEach((b, k) => {
    if (b.kind !== 'paragraph' || !OPENER.test(b.text)) return;
    // (The counts told are those of the sentence opening the list or the one before it.)
    const from = Math.max(0, b.text.lastIndexOf('。', b.text.lastIndexOf('。') - 1) + 1);
    const found = TOTALS.exec(b.text.slice(from));
    if (!found) return;
    const head = { 1: found[1]!, index: from + found.index };
    const totals = scanNumbers(head[1]).filter((t) => COUNT_UNITS.has(t.unit));
    if (new Set(totals.map((t) => t.unit)).size !== totals.length) return;
    // The numbered paragraphs right after, in sequence from 1.
    const items: { li: number; text: string }[] = [];
    let style: string | null = null;
    for (let j = k + 1; j < blocks.length; j++) {
      const next = blocks[j]!;
      if (next.kind !== 'paragraph') break;
      const n = numbered(next.text);
      if (!n || n.n !== items.length + 1 || (style !== null && n.style !== style)) break;
      style = n.style;
      items.push({ li: next.first, text: next.text });
    }
    if (items.length < 2) return;
    for (const total of totals) judgeUnit(ctx, b.first, b.text, head.index, total, items);
  });
}

function judgeUnit(
  ctx: Ctx,
  li: number,
  text: string,
  headAt: number,
  total: NumberToken,
  items: readonly { li: number; text: string }[],
): void {
  const counts: string[] = [];
  for (const item of items) {
    const own = scanNumbers(item.text).filter((t) => t.unit === total.unit);
    if (own.length !== 1) return;
    counts.push(own[0]!.value);
  }
  const sum = counts.reduce((a, c) => a + Number(c), 0);
  const stated = Number(total.value);
  const at = text.indexOf(`${total.value}`, headAt);
  const arithmetic = `其后逐项列出 ${counts.join(' + ')} = ${sum}${total.unit}，文中共${stated}${total.unit}`;
  claim(ctx, 'count', li, Math.max(0, at), sum === stated, arithmetic);
  if (sum === stated) return;
  report(
    ctx,
    li,
    'count.sum',
    'error',
    excerptOf(text, headAt, headAt + 40, 0),
    `${sum}${total.unit}`,
    `${stated}${total.unit}`,
    `文中共${stated}${total.unit}，其后逐项列出的${items.length}项为 ${counts.join(' + ')} = ${sum}${total.unit}，两者不符。`,
    Math.max(0, at),
  );
}
