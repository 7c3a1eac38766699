/**
 * The 收入总计 and 支出总计 of a 决算 told with their parts — "收入总计9,882.88万元，支出总计9,882.88万元。……其中：本年
 * 收入合计9,570.30万元，年初结转和结余312.58万元；本年支出合计9,747.32万元，年末结转和结余135.56万元。" — 收入总计 is
 * 本年收入合计 + 年初结转和结余, 支出总计 is 本年支出合计 + 年末结转和结余 (`sum.parts`, rounding-aware).
 *
 * Precision first: each amount stated once in the paragraph that states the 总计 or the one after it, in one unit;
 * a side is judged only when the document states no other amount that side may hold — a 使用非财政拨款结余 or
 * 用事业基金弥补收支差额 not zero (收入), a 结余分配 not zero (支出) — and the other side, when stated, adds up.
 */
import { dec } from '../money/index.ts';
import { claim, excerptOf, report, type Ctx } from './context.ts';
import { mentionsAll } from './document-words.ts';
import { judgeSum, showAs, type Printed } from './verdict.ts';

const AMOUNT = String.raw`\s*(?:为|是|共计|合计)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|亿元|元)`;
/** A name not run into a longer one ("财政拨款收入总计" is another total): after a mark, a year or 部门. */
const amountOf = (name: string): RegExp =>
  new RegExp(`(?<=^|[^\\u4e00-\\u9fa5]|年度|年|部门|其中)${name}${AMOUNT}`, 'g');
const SIDES = [
  {
    name: '收入',
    total: amountOf('(?:收入总计|收入合计总计)'),
    parts: [amountOf('本年收入(?:合计)?'), amountOf('年初结转和?结余')],
    labels: ['本年收入合计', '年初结转和结余'],
    other: /使用非财政拨款结余|事业基金弥补/,
  },
  {
    name: '支出',
    total: amountOf('支出总计'),
    parts: [amountOf('本年支出(?:合计)?'), amountOf('年末结转和?结余')],
    labels: ['本年支出合计', '年末结转和结余'],
    other: /结余分配/,
  },
] as const;

type Stated = { value: string; unit: string; at: number };

function onlyAmount(text: string, re: RegExp): Stated | null {
  const all = [...text.matchAll(re)];
  if (all.length !== 1) return null;
  const m = all[0]!;
  return { value: m[1]!.replace(/,/g, ''), unit: m[2]!, at: m.index + m[0].lastIndexOf(m[1]!) };
}

const printed = (v: string): Printed => ({ value: v, places: (v.split('.')[1] ?? '').length });

export function checkGrandTotals(ctx: Ctx): void {
  if (!mentionsAll(ctx, ['总计', '结转'])) return;
  const blocks = ctx.layout.blocks;
  // (Whether each side names another flow: once for the document.)
  const otherFlow = SIDES.map((side) => unstatedFlow(ctx, side.other));
  blocks.forEach((b, k) => {
    if (b.kind !== 'paragraph' || !b.text.includes('总计')) return;
    const next = blocks[k + 1];
    const text = b.text + (next?.kind === 'paragraph' && !next.heading ? next.text : '');
    const verdicts = SIDES.map((side, sideIndex) => {
      const total = onlyAmount(text, side.total);
      const parts = side.parts.map((re) => onlyAmount(text, re));
      if (!total || parts.some((p) => p === null || p.unit !== total.unit)) return null;
      if (otherFlow[sideIndex]) return null;
      return {
        side,
        total,
        parts: parts as Stated[],
        v: judgeSum(
          parts.map((p) => printed(p!.value)),
          printed(total.value),
        ),
      };
    });
    const read = verdicts.filter((v) => v !== null);
    if (
      read.length === 0 ||
      (read.filter((r) => r.v.kind === 'wrong').length === read.length && read.length > 1)
    )
      return;
    for (const r of read) {
      const list = r.parts.map((p) => p.value).join(' + ');
      const sum = r.parts.reduce((acc, p) => acc.plus(p.value), dec(0));
      const shown = showAs(sum, [...r.parts.map((p) => printed(p.value)), printed(r.total.value)]);
      // (The paragraph's text runs on into the next one: an offset past its own is the next one's.)
      const inNext = r.total.at >= b.text.length;
      const li = inNext ? next!.first : b.first;
      const at = inNext ? r.total.at - b.text.length : r.total.at;
      const own = inNext ? (next as { text: string }).text : b.text;
      claim(
        ctx,
        'sum',
        li,
        at,
        r.v.kind !== 'wrong',
        `${r.side.name}总计 = ${r.side.labels.join(' + ')}：${list} = ${shown}，文中${r.total.value}`,
      );
      if (r.v.kind === 'ok') continue;
      report(
        ctx,
        li,
        'sum.parts',
        r.v.severity,
        excerptOf(own, at - 6, at + r.total.value.length + 2, 0),
        shown,
        r.total.value,
        `${r.side.name}总计应为${r.side.labels.join('与')}之和 ${list} = ${shown}${r.total.unit}，文中为${r.total.value}${r.total.unit}。`,
        at,
      );
    }
  });
}

/** Whether the document states an amount not zero for another flow of this side (in a sentence or a table row). */
function unstatedFlow(ctx: Ctx, other: RegExp): boolean {
  return ctx.lines.some((line) => {
    const m = other.exec(line);
    if (!m) return false;
    const after = line.slice(m.index, m.index + 80);
    return (
      /\d/.test(after) &&
      [...after.matchAll(/(\d[\d,]*(?:\.\d+)?)/g)].some((x) => Number(x[1]!.replace(/,/g, '')) > 0)
    );
  });
}
